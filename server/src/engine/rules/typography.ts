/**
 * typography: spacing slips that MT and copy-paste leave behind.
 *  - doubled spaces between words (not indentation, not Markdown's trailing hard-break spaces);
 *  - a space before , . ; : ! ? — except in French (and Swiss French), where ; : ! ? take a
 *    (narrow) no-break space before them, and where a missing space there is flagged instead;
 *  - a space after an opening or before a closing bracket: "( text )";
 *  - doubled commas and full stops (",," "..", but not the ellipsis "...");
 *  - an English decimal point in a language that writes a decimal comma ("2.5 Millionen",
 *    "3.7 %"), only before a word of magnitude or a percent sign (data/numbers.ts).
 * All fixes are safe.
 */
import { defineRule, type RuleFinding } from '../rule';
import { baseLanguage, describeLanguage } from '../lang/index';
import { DECIMAL_POINT_ACCEPTED, decimalSymbol, SCALE_WORDS } from '../data/numbers';
import { MASK, type Block } from '../types';
import { isStrayMark } from './punctuation';
import { PUNCTUATION } from '../data/punctuation';
import { isLowerLetter } from '../sentence-starts';
import { languagesWith } from '../languages/index';
import { isSpace } from '../lang/scripts';

const SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?']);
/** French-style languages put a no-break space before these (Imprimerie nationale; Swiss French too). */
const FRENCH_HIGH_PUNCT = new Set([';', ':', '!', '?']);
/** By language, from the language packs (languages/types.ts: `frenchSpacing`). */
const FRENCH = languagesWith('frenchSpacing');

function isLetterOrDigit(c: string | undefined): boolean {
  if (!c) return false;
  return /[\p{L}\p{N}]/u.test(c);
}

export const typographyRule = defineRule({
  meta: {
    id: 'typography',
    category: 'typography',
    defaultSeverity: 'info',
    description: "Doubled spaces, spaces before punctuation or inside brackets, doubled punctuation; French no-break spaces; English decimal points in decimal-comma languages",
    fixable: true,
  },
  checkBlock(block, ctx) {
    const lang = baseLanguage(ctx.language);
    const french = FRENCH.has(lang);
    const questionEllipsis = PUNCTUATION[lang]?.questionEllipsis === true;
    const t = block.text;
    const base = block.start;
    const out: RuleFinding[] = [];
    const n = t.length;
    for (let i = 0; i < n; i++) {
      const c = t[i]!;
      if (c === ' ') {
        // Run of ASCII spaces.
        let j = i;
        while (j < n && t[j] === ' ') j++;
        const prev = t[i - 1];
        const next = t[j];
        const atLineStart = i === 0 || prev === '\n' || prev === '\r';
        const atLineEnd = j === n || next === '\n' || next === '\r';
        let spaceBefore: RuleFinding | undefined;
        if (!atLineStart && next !== undefined && SPACE_BEFORE.has(next) && prev !== MASK && isLetterOrDigit(prev)) {
          const after = t[j + 1];
          const isEllipsis = next === '.' && after === '.' && t[j + 2] === '.';
          // " ,," and " .." are a stray space and doubled punctuation (both fixed in one pass);
          // other doubled marks (" ??", " ::") are left alone.
          const doubled = after === next && (next === ',' || next === '.');
          const tearful = (t[j + 2] === '(' || t[j + 2] === ')') && isEmoticon(t, j + 2); // " :'("
          const glued = isLetterOrDigit(after) || after === ')' || after === '(' || after === '-' || after === '/' || tearful || (after === next && !doubled); // " .NET", " :)", " ,5"
          const frenchOk = french && FRENCH_HIGH_PUNCT.has(next);
          // A mark that should not be there at all is the punctuation rule's ("the ? law").
          if (!isEllipsis && !glued && !frenchOk && !isStrayMark(t, j, ctx.language)) {
            spaceBefore = {
              start: base + i,
              end: base + j + 1,
              message: `Space before “${next}”. Remove it.`,
              fixes: [{ title: `Remove the space before “${next}”`, edits: [{ start: base + i, end: base + j, newText: '' }], safe: true }],
              data: { kind: 'space-before-punctuation' },
            };
          }
        }
        // Spaces inside brackets are reported (and removed) by the bracket checks below; a
        // doubled-space finding there too would only leave them to a second pass.
        const insideBrackets = ((prev === '(' || prev === '[') && isLetterOrDigit(next)) || ((next === ')' || next === ']') && isLetterOrDigit(prev) && !atLineStart);
        if (!spaceBefore && !insideBrackets && j - i >= 2 && !atLineStart && !atLineEnd && prev !== MASK && next !== MASK && prev !== '\t' && next !== '\t') {
          out.push({
            start: base + i,
            end: base + j,
            message: `${j - i} spaces in a row. Use one.`,
            fixes: [{ title: 'Replace with one space', edits: [{ start: base + i, end: base + j, newText: ' ' }], safe: true }],
            data: { kind: 'double-space' },
          });
        }
        if (spaceBefore) out.push(spaceBefore);
        i = j - 1;
        continue;
      }
      if (french && FRENCH_HIGH_PUNCT.has(c) && isLetterOrDigit(t[i - 1]) && t[i - 1] !== undefined) {
        const after = t[i + 1];
        const endsPhrase = after === undefined || after === ' ' || after === '\n' || after === '\r' || after === '\u00a0' || after === '»' || after === '"' || after === '”' || after === ')';
        // "10:30", "http:" (masked anyway), "?!" — only a mark that ends a phrase is checked.
        if (endsPhrase && !(c === ':' && isLetterOrDigit(after)) && t[i + 1] !== c) {
          const nbsp = c === ':' ? '\u00a0' : '\u202f';
          out.push({
            start: base + i - 1,
            end: base + i + 1,
            message: `In French, “${c}” takes a no-break space before it (${c === ':' ? 'espace insécable' : 'espace fine insécable'}).`,
            fixes: [{ title: `Insert a ${c === ':' ? 'no-break' : 'narrow no-break'} space before “${c}”`, edits: [{ start: base + i, end: base + i, newText: nbsp }], safe: true }],
            data: { kind: 'french-space' },
          });
        }
        continue;
      }
      if ((c === '(' || c === '[') && t[i + 1] === ' ' && !isEmoticon(t, i)) {
        let j = i + 1;
        while (t[j] === ' ') j++;
        if (!isLetterOrDigit(t[j])) continue;
        out.push({
          start: base + i,
          end: base + j,
          message: `Space after “${c}”. Remove it.`,
          fixes: [{ title: `Remove the space after “${c}”`, edits: [{ start: base + i + 1, end: base + j, newText: '' }], safe: true }],
          data: { kind: 'space-in-brackets' },
        });
        continue;
      }
      if ((c === ')' || c === ']') && t[i - 1] === ' ') {
        let j = i - 1;
        while (j > 0 && t[j - 1] === ' ') j--;
        if (j === 0 || !isLetterOrDigit(t[j - 1])) continue;
        out.push({
          start: base + j,
          end: base + i + 1,
          message: `Space before “${c}”. Remove it.`,
          fixes: [{ title: `Remove the space before “${c}”`, edits: [{ start: base + j, end: base + i, newText: '' }], safe: true }],
          data: { kind: 'space-in-brackets' },
        });
        continue;
      }
      // Not doubled: "?.." where the language writes it, "[..]" marking an omission, "ku..a" hiding a word.
      const twoDots = c === '.' && t[i + 1] === '.' && t[i + 2] !== '.' && t[i - 1] !== '.';
      const meant = twoDots && ((questionEllipsis && (t[i - 1] === '?' || t[i - 1] === '!')) || ((t[i - 1] === '[' || t[i - 1] === '(') && (t[i + 2] === ']' || t[i + 2] === ')')) || (isLowerLetter(t[i - 1]) && isLowerLetter(t[i + 2])));
      if ((c === ',' && t[i + 1] === ',') || (twoDots && !meant)) {
        // The whole run of commas (",,,"), so that one fix leaves exactly one.
        let j = i + 2;
        if (c === ',') while (t[j] === ',') j++;
        out.push({
          start: base + i,
          end: base + j,
          message: j - i === 2 ? `Doubled “${c}”. Use one.` : `${j - i} “${c}” in a row. Use one.`,
          fixes: [{ title: `Remove the extra “${c}”`, edits: [{ start: base + i + 1, end: base + j, newText: '' }], safe: true }],
          data: { kind: 'double-punctuation' },
        });
        i = j - 1;
      }
    }
    decimalPoints(block, ctx.language, lang, out);
    return out;
  },
});

/** "2.5" or "12.75": 1–3 digits, a point, 1–2 digits (three after the point is a thousands separator there). */
function pointDecimal(s: string): number {
  const dot = s.indexOf('.');
  if (dot < 1 || dot > 3 || s.length - dot - 1 < 1 || s.length - dot - 1 > 2) return -1;
  for (let i = 0; i < s.length; i++) {
    if (i === dot) continue;
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
  }
  return dot;
}

function decimalPoints(block: Block, tag: string, lang: string, out: RuleFinding[]): void {
  const scale = SCALE_WORDS[lang];
  if (!scale || decimalSymbol(tag) !== ',') return;
  // Where the norm accepts the point too, only a regional tag that writes the comma hints.
  const pointAccepted = DECIMAL_POINT_ACCEPTED.has(lang);
  if (pointAccepted && !tag.includes('-')) return;
  const toks = block.tokens;
  const onlySpaces = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const c = block.text.charCodeAt(k - block.start);
      if (c !== 0x20 && c !== 0xa0 && c !== 0x202f) return false;
    }
    return true;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.isWord || t.text.length > 6) continue;
    const dot = pointDecimal(t.text);
    if (dot < 0) continue;
    const next = toks[i + 1];
    const prev = toks[i - 1];
    // The marker after the number ("2.5 millones", "3.7 %") or before it, where the language puts
    // it there (Turkish "yüzde 2.5", "%2.5").
    const after = next !== undefined && onlySpaces(t.end, next.start) && (next.text === '%' || (next.isWord && scale.includes(next.lower)));
    const before = !after && prev !== undefined && ((prev.text === '%' && prev.end === t.start) || (prev.isWord && prev.end < t.start && scale.includes(prev.lower) && onlySpaces(prev.end, t.start)));
    if (!after && !before) continue;
    // Not part of a longer number ("1.2.5", "v2.5") or a list of figures ("2.5, 3.5").
    if (after && prev && prev.end === t.start && (prev.text === '.' || prev.isWord)) continue;
    if (next && next.start === t.end && (next.text === '.' || next.isWord) && !after) continue;
    const marker = after ? next! : prev!;
    const start = after ? t.start : marker.start;
    const end = after ? marker.end : t.end;
    const fixed = t.text.slice(0, dot) + ',' + t.text.slice(dot + 1);
    const shown = after ? `${fixed}${block.text.slice(t.end - block.start, marker.start - block.start)}${marker.text}` : `${marker.text}${block.text.slice(marker.end - block.start, t.start - block.start)}${fixed}`;
    out.push({
      start,
      end,
      severity: pointAccepted ? 'hint' : 'warning',
      message: `In ${describeLanguage(lang)}${pointAccepted ? ` (${tag})` : ''}, decimals ${pointAccepted ? 'usually ' : ''}take a comma: “${shown}”.`,
      explanation:
        'Machine translation from English often keeps the English decimal point. Read with this language\'s conventions, “' +
        t.text +
        '” is a different number (or a date). The decimal symbol comes from the Unicode CLDR data for the document language; regions that write a point (de-CH, es-MX…) are left alone.',
      fixes: [{ title: `Write ${fixed}`, edits: [{ start: t.start + dot, end: t.start + dot + 1, newText: ',' }], safe: true }],
      data: { kind: 'decimal-point' },
    });
  }
}

/**
 * A bracket that is the mouth of an emoticon (":(", ";-(", ":'(", "=["): a face, not an opening
 * bracket, so the space after it is the space after a word.
 */
function isEmoticon(t: string, i: number): boolean {
  let k = i - 1;
  if (t[k] === '-' || t[k] === "'" || t[k] === '’') k--;
  const eyes = t[k];
  return (eyes === ':' || eyes === ';' || eyes === '=') && (k === 0 || isSpace(t[k - 1]));
}
