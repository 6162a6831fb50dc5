/**
 * How long a translation is expected to be: characters (without spaces) per English character,
 * per language. Measured on PUD (the same 1,000 news and Wikipedia sentences professionally
 * translated into each language; test/data/pud/SOURCES.md): total characters of each language's
 * 397 documents divided by those of English. The expected target/source ratio of a pair is the
 * quotient of the two factors. Languages not measured fall back to their script's typical
 * factor (Han and kana text is about a third as long; Hangul a half).
 */
import { baseTag } from '../lang/languages';

const PER_ENGLISH_CHAR: Record<string, number> = {
  en: 1,
  de: 1.14,
  fr: 1.15,
  es: 1.113,
  it: 1.124,
  pt: 1.062,
  ru: 1.058,
  pl: 1.015,
  cs: 0.946,
  sv: 1.012,
  fi: 1.052,
  tr: 1.001,
  zh: 0.321,
  ja: 0.436,
  ko: 0.502,
  ar: 0.845,
  hi: 1.007,
  id: 1.079,
  th: 0.893,
  gl: 1.06,
};

/**
 * Spread of the log length ratio of one sentence pair around its expectation: PUD documents
 * (one to three sentences) show a standard deviation of 0.08–0.19 by language; single sentences
 * spread more.
 */
export const LOG_RATIO_SD = 0.2;

export function perEnglishChar(lang: string): number {
  const b = baseTag(lang);
  const v = PER_ENGLISH_CHAR[b];
  if (v !== undefined) return v;
  if (b === 'zh' || b === 'yue') return 0.321;
  if (b === 'ja') return 0.436;
  return 1;
}

/** Expected target length per source character for the pair. */
export function lengthRatio(sourceLang: string, targetLang: string): number {
  return perEnglishChar(targetLang) / perEnglishChar(sourceLang);
}

/**
 * Languages whose sentences end without punctuation (a space ends a Thai, Lao or Khmer
 * sentence): their sentence boundaries cannot be found reliably, so paragraphs are aligned as
 * wholes and no "missing final stop" is reported.
 */
const NO_FULL_STOP = new Set(['th', 'lo', 'km']);

export function writesNoFullStop(lang: string): boolean {
  return NO_FULL_STOP.has(baseTag(lang));
}
