/**
 * Recall on doubled words planted in clean PUD documents, target only: a word of a sentence
 * written twice — lower case ("lower"), capitalised inside the sentence, a name or a German noun
 * ("capitalised": "New York York"), a number ("number": "in 2015 2015"), or written four times
 * ("x4"; the only shape planted in languages where doubling a word is grammar: Turkish,
 * Indonesian). Found when a `repetition` finding overlaps the word and its copies. The rule's false
 * alarms on the clean corpus are in the false-alarms section.
 */
import { Engine, mergeConfig } from '../../server/src/engine/index';
import { REDUPLICATING_LANGUAGES } from '../../server/src/engine/data/repetition';
import type { LoopRow } from './loops';
import { eachSentence, tally } from './plant';

export const DOUBLED_SHAPES = ['lower', 'capitalised', 'number', 'x4'] as const;

const SHAPE_WORD: Record<(typeof DOUBLED_SHAPES)[number], RegExp> = {
  lower: /^\p{Ll}[\p{Ll}\p{M}]+$/u,
  capitalised: /^\p{Lu}[\p{Ll}\p{M}]+$/u,
  number: /^\d+$/u,
  x4: /^\p{Ll}[\p{Ll}\p{M}]+$/u,
};

export function doubledRecall(dir: string, langs: readonly string[], perLang: number, seed = 5): LoopRow[] {
  const engine = new Engine();
  const rows = new Map<string, LoopRow>();
  eachSentence(dir, langs, perLang, seed, { tries: 20, skipBlank: true }, ({ lang, doc, s, rand }) => {
    // Where doubling a word is grammar (Turkish, Indonesian: REDUPLICATING_LANGUAGES), only a word written four times is a defect.
    const shape = REDUPLICATING_LANGUAGES.has(lang) ? 'x4' : DOUBLED_SHAPES[Math.floor(rand() * DOUBLED_SHAPES.length)]!;
    // Whole words of the sentence (between spaces, a trailing punctuation mark left out; not a
    // part of "city-state", "330,000", "5.7" or "dell'aria"), not its first word.
    const words = [...s.segment.matchAll(/(?<=^|\s)[\p{L}\p{M}\p{N}]+(?=\s|[,.;:!?](?:\s|$)|$)/gu)].filter((m) => m.index! > 0 && SHAPE_WORD[shape].test(m[0]));
    if (!words.length) return false;
    const w = words[Math.floor(rand() * words.length)]!;
    const from = s.index + w.index!;
    const to = from + w[0].length;
    const insert = (' ' + w[0]).repeat(shape === 'x4' ? 3 : 1);
    const text = doc.slice(0, to) + insert + doc.slice(to);
    const r = engine.check({ text, config: mergeConfig({ language: lang }) });
    tally(rows, lang, shape, r.findings.some((f) => f.ruleId === 'repetition' && f.start < to + insert.length && f.end > from));
    return true;
  });
  return [...rows.values()];
}
