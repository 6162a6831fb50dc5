/**
 * fragment: an orphan leftover — a one-word, lower-case "sentence" after a full stop
 * ("In Minsk alone, more than 150,000 people participated in the protests. persons."), typical
 * of MT when a source word the engine could not attach is emitted on its own. Fix: remove.
 * Also a capitalised one ("… by 2030. Tickets."), when it is a common word — the block writes it
 * in lower case elsewhere — and not an answer, an interjection or an emphatic word that stands
 * alone in prose (STANDALONE_WORDS: "Yes.", "Nothing.", "Exactly."), and not a piece of a name
 * the sentence splitter cut after a title, an initial or an ordinal ("Ms. | Gillard.").
 */
import { defineRule, type RuleFinding } from '../rule';
import { lowercaseSentenceStarts, titleAbbreviations } from '../sentence-starts';
import { baseLanguage } from '../lang/index';
import { ORDINAL_DOT_LANGUAGES, STANDALONE_WORDS } from '../data/abbreviations';
import type { Block } from '../types';

const standalone = new Map<string, Set<string>>();
function standaloneWords(lang: string): Set<string> | undefined {
  if (!STANDALONE_WORDS[lang]) return undefined;
  let s = standalone.get(lang);
  if (!s) standalone.set(lang, (s = new Set(STANDALONE_WORDS[lang]!.split(' '))));
  return s;
}


/** Capitalised one-word sentences that are common words written in lower case elsewhere in the block. */
function capitalisedOrphans(block: Block, lang: string): { word: number; stop: number; dot: number }[] {
  const words = standaloneWords(lang);
  if (!words) return [];
  const t = block.tokens;
  const out: { word: number; stop: number; dot: number }[] = [];
  for (let k = 1; k < block.sentences.length; k++) {
    const s = block.sentences[k]!;
    if (s.endToken - s.firstToken !== 2) continue;
    const w = t[s.firstToken]!;
    const stop = t[s.firstToken + 1]!;
    if (!w.isWord || stop.text !== '.' || stop.start !== w.end || w.text.length < 3) continue;
    const c0 = w.text[0]!;
    if (c0 === c0.toLowerCase() || w.text === w.text.toUpperCase() || /\d/u.test(w.text)) continue;
    if (words.has(w.lower)) continue;
    // The sentence before ends with a full stop after a word (not a title, an initial, a Roman numeral, or an ordinal number in languages that write "10. Juni").
    const prev = block.sentences[k - 1]!;
    const dot = t[prev.endToken - 1];
    const before = t[prev.endToken - 2];
    if (!dot || dot.text !== '.' || !before || !before.isWord || before.end !== dot.start) continue;
    if (before.text.length === 1 || (ORDINAL_DOT_LANGUAGES.has(lang) && /^\d+$/u.test(before.text)) || titleAbbreviations(lang).has(before.text) || /^[IVXLCDM]+$/u.test(before.text)) continue;
    // A common word: written in lower case elsewhere in the block.
    if (!t.some((x, i) => i !== s.firstToken && x.isWord && x.text === w.lower)) continue;
    out.push({ word: s.firstToken, stop: s.firstToken + 1, dot: prev.endToken - 1 });
  }
  return out;
}

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
    for (const o of capitalisedOrphans(block, lang)) {
      const dot = block.tokens[o.dot]!;
      const w = block.tokens[o.word]!;
      const stop = block.tokens[o.stop]!;
      out.push({
        start: w.start,
        end: stop.end,
        message: `“${w.text}.” stands alone after the end of the sentence: an orphan word left over from translation (the text writes “${w.lower}” in lower case elsewhere). Remove it, or work it into the sentence.`,
        fixes: [{ title: `Remove “${w.text}.”`, edits: [{ start: dot.end, end: stop.end, newText: '' }], safe: false }],
        data: { kind: 'capitalised' },
      });
    }
    return out;
  },
});
