/**
 * capitalization: a sentence that starts lower-case after a full stop ("since August 9. the
 * people"). Abbreviations, initials, ordinals ("9. Mai"), list numbers, ellipses and caseless
 * scripts are not sentence ends (see sentence-starts.ts). One-word orphans ("protests.
 * persons.") belong to the `fragment` rule. Fix: capitalise.
 */
import { defineRule, type RuleFinding } from '../rule';
import { lowercaseSentenceStarts } from '../sentence-starts';
import { baseLanguage } from '../lang/index';

export function capitalise(word: string, lang: string): string {
  if (lang === 'nl' && word.startsWith('ij')) return 'IJ' + word.slice(2);
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toLocaleUpperCase(lang) + word.slice(first.length);
}

export const capitalizationRule = defineRule({
  meta: {
    id: 'capitalization',
    category: 'capitalization',
    defaultSeverity: 'warning',
    description: 'A sentence that starts lower-case after a full stop ("August 9. the people")',
    fixable: true,
  },
  checkBlock(block, ctx) {
    const lang = baseLanguage(ctx.language);
    const out: RuleFinding[] = [];
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
