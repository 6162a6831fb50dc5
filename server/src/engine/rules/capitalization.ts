/**
 * capitalization: a sentence that starts lower-case after a full stop ("since August 9. the
 * people"). Abbreviations, initials, ordinals ("9. Mai"), list numbers, ellipses and caseless
 * scripts are not sentence ends (see sentence-starts.ts). One-word orphans ("protests.
 * persons.") belong to the `fragment` rule. Fix: capitalise.
 * And a paragraph or heading that starts in lower case: cut off by a scraper or a segmenter
 * ("n addition, the ministry…" — a lone letter that is no word of the language: it starts mid-
 * word) or left so by the translation. Not list items, table cells, brands with an inner
 * capital ("iPhone"), name particles ("de Gaulle", "van Gogh"), quotations that open with an
 * ellipsis, or paragraphs of fewer than three words. With the source, `omission` says more
 * (whether the translation is also short) and its finding replaces this one.
 */
import { defineRule, type RuleFinding } from '../rule';
import { lowercaseSentenceStarts } from '../sentence-starts';
import { baseLanguage } from '../lang/index';
import { pack } from '../languages/index';
import { NAME_PARTICLES, ONE_LETTER_WORDS } from '../data/abbreviations';
import type { Block } from '../types';

const oneLetter = new Map<string, Set<string>>();
function oneLetterWords(lang: string): Set<string> {
  let s = oneLetter.get(lang);
  if (!s) oneLetter.set(lang, (s = new Set((ONE_LETTER_WORDS[lang] ?? '').split(' ').filter(Boolean))));
  return s;
}

const isLowerLetter = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();

/** A paragraph or heading whose first word starts in lower case (see the module comment). */
function lowerParagraphStart(block: Block, lang: string): RuleFinding | undefined {
  if (block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'blockquote') return undefined;
  const w = block.tokens[0];
  if (!w || !w.isWord || !isLowerLetter(w.text[0]!)) return undefined;
  // At least three words (counted only as far as needed: this runs on every block).
  let words = 0;
  for (let k = 0; k < block.tokens.length && words < 3; k++) if (block.tokens[k]!.isWord) words++;
  if (words < 3) return undefined;
  // Only letters, spaces and Markdown syntax before it (not an ellipsis, a quotation mark, a dash or a mask).
  const before = block.text.slice(0, w.start - block.start);
  if (/[^\s\u200b]/u.test(before)) return undefined;
  if ([...w.text].slice(1).some((c) => c !== c.toLowerCase())) return undefined; // iPhone, eBay, pH
  if (NAME_PARTICLES.has(w.lower) || NAME_PARTICLES.has(w.lower + "'")) return undefined;
  const next = block.tokens[1];
  const apostrophe = next && next.start === w.end && /^['’]$/u.test(next.text);
  if (apostrophe) return undefined; // d'Alembert, l'Oréal, 't Hooft
  const hyphenated = next && next.start === w.end && /^[-‐‑]$/u.test(next.text);
  if (hyphenated && NAME_PARTICLES.has(w.lower)) return undefined; // al-Assad
  const cut = w.text.length === 1 && !oneLetterWords(lang).has(w.lower) && ONE_LETTER_WORDS[lang] !== undefined;
  if (cut) {
    return {
      start: w.start,
      end: w.end,
      message: `This paragraph starts with “${w.text}”, a letter on its own: its beginning looks cut off in the middle of a word.`,
      explanation: 'A lone lower-case letter that is not a word of the language, at the start of a paragraph, is the end of a word whose beginning was lost (a scraper or a segmenter cut the text).',
      data: { kind: 'cut-start' },
    };
  }
  const fixed = capitalise(w.text, lang);
  const first = String.fromCodePoint(w.text.codePointAt(0)!);
  return {
    start: w.start,
    end: w.end,
    message: `This paragraph starts in lower case: “${w.text}”. Capitalise it — or, if its beginning was lost, restore it.`,
    fixes: [{ title: `Capitalise: “${fixed}”`, edits: [{ start: w.start, end: w.start + first.length, newText: fixed.slice(0, fixed.length - w.text.length + first.length) }], safe: false }],
    data: { kind: 'paragraph-start' },
  };
}

export function capitalise(word: string, lang: string): string {
  // A letter pair capitalised together (the pack's `initialDigraphs`: Dutch "IJsselmeer").
  const pair = pack(lang)?.initialDigraphs?.find((d) => word.startsWith(d));
  if (pair) return pair.toLocaleUpperCase(lang) + word.slice(pair.length);
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toLocaleUpperCase(lang) + word.slice(first.length);
}

export const capitalizationRule = defineRule({
  meta: {
    id: 'capitalization',
    category: 'capitalization',
    defaultSeverity: 'warning',
    description: 'A sentence that starts lower-case after a full stop ("August 9. the people"), and a paragraph that starts lower-case or in the middle of a word',
    fixable: true,
  },
  checkBlock(block, ctx) {
    const lang = baseLanguage(ctx.language);
    const out: RuleFinding[] = [];
    const start = lowerParagraphStart(block, lang);
    if (start) out.push(start);
    for (const s of lowercaseSentenceStarts(block, lang)) {
      if (s.orphan) continue;
      const w = block.tokens[s.word]!;
      const fixed = capitalise(w.text, lang);
      const before = block.tokens[s.dot - 1]!;
      out.push({
        start: w.start,
        end: w.end,
        message: `“${before.text}. ${w.text}”: after a full stop the sentence starts in lower case. Capitalise “${w.text}” (or, if no new sentence was meant, remove the full stop).`,
        fixes: [
          { title: `Capitalise: “${fixed}”`, edits: [{ start: w.start, end: w.start + (String.fromCodePoint(w.text.codePointAt(0)!)).length, newText: fixed.slice(0, fixed.length - w.text.length + String.fromCodePoint(w.text.codePointAt(0)!).length) }], safe: true },
          { title: 'Remove the full stop', edits: [{ start: block.tokens[s.dot]!.start, end: block.tokens[s.dot]!.end, newText: '' }], safe: false },
        ],
      });
    }
    return out;
  },
});
