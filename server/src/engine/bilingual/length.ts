/**
 * How long a translation is expected to be, and how much that varies.
 *
 * Lengths are prose characters (no spaces, no masked non-prose): `alignItem(…).len`. In Chinese,
 * Japanese and Korean text, Latin letters and digits (names, brands, numbers written as in the
 * source) count at the language's factor, as the characters they stand for would: "Avro Energy"
 * in a Chinese sentence is as long as in its English source, where a Chinese phrase is about a
 * third as long.
 *
 * Both tables are measured on PUD (the same 1,000 news and Wikipedia sentences professionally
 * translated into each language; test/data/pud/SOURCES.md; `scripts/eval/length.ts` prints them):
 *  - characters per English character: total length of each language's 397 documents divided by
 *    English's (for the compact languages, their own script's characters divided by the English
 *    characters not written in Latin letters or digits in their text). The expected
 *    target/source ratio of a pair is the quotient of the two factors. Languages not measured
 *    fall back to their script's typical factor.
 *  - variance of a sentence's length around its expectation, per source character (Gale & Church
 *    1993's s², 6.8 on their parliamentary proceedings): the sentences of documents that both
 *    sides cut into as many sentences, English to the language, 1.0 (Swedish) to 3.3 (Japanese).
 *    (Icelandic, 5.6 on fewer sentences, is left to the default for languages not measured.)
 *    Used at one and a half times the measured value, never below 2.5: articles are translated
 *    more freely than PUD's sentence-by-sentence translations.
 */
import { baseTag } from '../lang/languages';
import { groupByLanguage, languagesWith } from '../languages/index';

/** By language, from the language packs (languages/types.ts: `length.perEnglishChar`). */
const PER_ENGLISH_CHAR: Record<string, number> = groupByLanguage('length', 'perEnglishChar');

/** By language, from the language packs (languages/types.ts: `length.sentenceVariance`). */
const SENTENCE_VARIANCE: Record<string, number> = groupByLanguage('length', 'sentenceVariance');
/** For a language not measured: as loose as the loosest measured. */
const UNMEASURED_VARIANCE = 3.5;
const VARIANCE_SAFETY = 1.5;
const MIN_VARIANCE = 2.5;

export function perEnglishChar(lang: string): number {
  const b = baseTag(lang);
  const v = PER_ENGLISH_CHAR[b];
  if (v !== undefined) return v;
  if (b === 'zh' || b === 'yue') return 0.364;
  if (b === 'ja') return 0.51;
  return 1;
}

/**
 * Languages whose own characters are far denser than English letters (Han, kana, Hangul): in
 * their text, a Latin letter or digit counts as perEnglishChar of a character.
 */
export function isCompact(lang: string): boolean {
  return perEnglishChar(lang) < 0.7;
}

/** Expected target length per source character for the pair. */
export function lengthRatio(sourceLang: string, targetLang: string): number {
  return perEnglishChar(targetLang) / perEnglishChar(sourceLang);
}

/**
 * How far a target of length `lt` is from what a source of length `ls` leads one to expect, in
 * standard deviations (Gale & Church's δ, in source characters, the variance taken from the mean
 * of both lengths); negative when the target is short.
 */
export function lengthDeviation(ls: number, lt: number, c: number, s2: number): number {
  const mean = (ls + lt / c) / 2;
  return (lt / c - ls) / Math.sqrt(Math.max(1, mean) * s2);
}

function variance(lang: string): number {
  return SENTENCE_VARIANCE[baseTag(lang)] ?? UNMEASURED_VARIANCE;
}

/**
 * s² of the pair, per source character. Between two languages other than English the spreads
 * do not simply add (German and French translations of one English text vary together; Chinese
 * and Japanese share their Han characters): the larger and half the smaller, which PUD's German–
 * French (3.4), Russian–Polish (2.4) and Chinese–Japanese (1.2) pairs stay within or near.
 */
export function lengthVariance(sourceLang: string, targetLang: string): number {
  const a = variance(sourceLang);
  const b = variance(targetLang);
  const s2 = Math.max(a, b) + 0.5 * Math.min(a, b);
  return Math.max(MIN_VARIANCE, VARIANCE_SAFETY * s2);
}

/** By language, from the language packs (languages/types.ts: `noFullStop`). */
const NO_FULL_STOP = languagesWith('noFullStop');

export function writesNoFullStop(lang: string): boolean {
  return NO_FULL_STOP.has(baseTag(lang));
}
