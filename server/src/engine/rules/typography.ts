/**
 * typography: spacing slips that MT and copy-paste leave behind.
 *  - doubled spaces between words (not indentation, not Markdown's trailing hard-break spaces);
 *  - a space before , . ; : ! ? — except in French (and Swiss French), where ; : ! ? take a
 *    (narrow) no-break space before them, and where a missing space there is flagged instead;
 *  - a space after an opening or before a closing bracket: "( text )";
 *  - doubled commas and full stops (",," "..", but not the ellipsis "...").
 * All fixes are safe.
 */
import { defineRule, type RuleFinding } from '../rule';
import { baseLanguage } from '../lang/index';
import { MASK } from '../types';

const SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?']);
/** French-style languages put a no-break space before these (Imprimerie nationale; Swiss French too). */
const FRENCH_HIGH_PUNCT = new Set([';', ':', '!', '?']);
const FRENCH = new Set(['fr', 'br']);

function isLetterOrDigit(c: string | undefined): boolean {
  if (!c) return false;
  return /[\p{L}\p{N}]/u.test(c);
}

export const typographyRule = defineRule({
  meta: {
    id: 'typography',
    category: 'typography',
    defaultSeverity: 'info',
    description: 'Doubled spaces, spaces before punctuation or inside brackets, doubled punctuation; French no-break spaces',
    fixable: true,
  },
  checkBlock(block, ctx) {
    const lang = baseLanguage(ctx.language);
    const french = FRENCH.has(lang);
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
          const glued = isLetterOrDigit(after) || after === ')' || after === '(' || after === '-' || after === '/' || (after === next && !doubled); // " .NET", " :)", " ,5"
          const frenchOk = french && FRENCH_HIGH_PUNCT.has(next);
          if (!isEllipsis && !glued && !frenchOk) {
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
      if ((c === '(' || c === '[') && t[i + 1] === ' ') {
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
      if ((c === ',' && t[i + 1] === ',') || (c === '.' && t[i + 1] === '.' && t[i + 2] !== '.' && t[i - 1] !== '.')) {
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
    return out;
  },
});
