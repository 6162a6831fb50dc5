/**
 * fragment: an orphan leftover — a one-word, lower-case "sentence" after a full stop
 * ("In Minsk alone, more than 150,000 people participated in the protests. persons."), typical
 * of MT when a source word the engine could not attach is emitted on its own. Fix: remove.
 */
import { defineRule, type RuleFinding } from '../rule';
import { lowercaseSentenceStarts } from '../sentence-starts';
import { baseLanguage } from '../lang/index';

export const fragmentRule = defineRule({
  meta: {
    id: 'fragment',
    category: 'fragment',
    defaultSeverity: 'warning',
    description: 'Orphan one-word sentences left over after a full stop ("protests. persons.")',
    fixable: true,
  },
  checkBlock(block, ctx) {
    const lang = baseLanguage(ctx.language);
    const out: RuleFinding[] = [];
    for (const s of lowercaseSentenceStarts(block, lang)) {
      if (!s.orphan) continue;
      const dot = block.tokens[s.dot]!;
      const w = block.tokens[s.word]!;
      const stop = block.tokens[s.word + 1]!;
      out.push({
        start: w.start,
        end: stop.end,
        message: `“${w.text}.” stands alone after the end of the sentence: an orphan word left over from translation. Remove it (or work it into the sentence).`,
        fixes: [{ title: `Remove “${w.text}.”`, edits: [{ start: dot.end, end: stop.end, newText: '' }], safe: true }],
      });
    }
    return out;
  },
});
