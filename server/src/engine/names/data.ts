/**
 * Curated per-language data for name extraction and inflection, as the name code reads it:
 * views over the language packs (languages/types.ts: `names`). Product code: every list carries
 * its reason, is exercised by a positive test and a native control in test/unit/names*.test.ts,
 * and lists only closed-class words or grammatical endings (never names).
 */
import { groupByLanguage, languagesWith, languagesWithNames, pack } from '../languages/index';

/** By language, from the language packs (languages/types.ts: `names.caseEndings`). */
export const CASE_ENDINGS: Readonly<Record<string, readonly string[]>> = groupByLanguage('names', 'caseEndings');

/** A candidate stem keeps at least this many letters. */
export const MIN_STEM = 3;

/** By language, from the language packs (languages/types.ts: `names.stopWords`). */
export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = groupByLanguage('names', 'stopWords');

/** By language, from the language packs (languages/types.ts: `names.titles`). */
export const TITLES: Readonly<Record<string, readonly string[]>> = groupByLanguage('names', 'titles');

/**
 * Lower-case particles allowed inside a name mention (von der Leyen, de Gaulle, da Silva,
 * bin Salman). Reason: nobiliary and patronymic particles of European and Arabic names.
 */
export const NAME_PARTICLES: readonly string[] = ['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'bin', 'ibn', 'al', 'el', 'y'];

/** By language, from the language packs (languages/types.ts: `names.nounSuffixes (de)`). */
export const DE_NOUN_SUFFIXES: readonly string[] = pack('de')?.names?.nounSuffixes ?? [];

/** By language, from the language packs (languages/types.ts: `names.determiners (de)`). */
export const DE_DETERMINERS: readonly string[] = pack('de')?.names?.determiners ?? [];

/** By language, from the language packs (languages/types.ts: `names.frontAlternations`). */
export const FRONT_ALTERNATIONS: Readonly<Record<string, readonly (readonly [string, string])[]>> = groupByLanguage('names', 'frontAlternations');

/** By language, from the language packs (languages/types.ts: `names.agglutinative`). */
export const AGGLUTINATIVE = languagesWithNames('agglutinative');

/** By language, from the language packs (languages/types.ts: `capitalisesNouns`). */
export const NOUN_CAPITALISING = languagesWith('capitalisesNouns');

export function baseLang(tag: string): string {
  const i = tag.indexOf('-');
  return (i < 0 ? tag : tag.slice(0, i)).toLowerCase();
}

const stopCache = new Map<string, Set<string>>();
export function stopWords(lang: string): Set<string> {
  const b = baseLang(lang);
  let s = stopCache.get(b);
  if (!s) {
    s = new Set(STOP_WORDS[b] ?? []);
    stopCache.set(b, s);
  }
  return s;
}
const titleCache = new Map<string, Set<string>>();
export function titles(lang: string): Set<string> {
  const b = baseLang(lang);
  let s = titleCache.get(b);
  if (!s) {
    s = new Set([...(TITLES[b] ?? []), ...TITLES.en!.filter((t) => t === 'mr' || t === 'mrs' || t === 'ms' || t === 'dr' || t === 'prof' || t === 'st')]);
    titleCache.set(b, s);
  }
  return s;
}
export function caseEndings(lang: string): readonly string[] {
  return CASE_ENDINGS[baseLang(lang)] ?? [];
}
