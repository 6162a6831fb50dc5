/**
 * Function words by language (the language packs' `functionWords`, documented with their
 * sources in languages/types.ts), as sets, and the reverse index word → languages.
 */
import { byLanguage } from '../languages/index';
import { STOP_WORDS } from '../names/data';
import { PUNCTUATION } from '../data/punctuation';

/** By language, from the language packs (languages/types.ts: `functionWords`). */
const RAW: Record<string, string> = byLanguage('functionWords');

export const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(RAW).map(([k, v]) => [k, new Set(v.split(' '))]),
);

export function hasFunctionWords(lang: string): boolean {
  return FUNCTION_WORDS.has(lang);
}

/** Word -> the languages whose function-word list has it. */
const BY_WORD = new Map<string, string[]>();
for (const [lang, set] of FUNCTION_WORDS) for (const w of set) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), lang]);

/**
 * The largest number of words that are function words of one language other than `doc`
 * (and not of `doc`): an upper bound of the foreign evidence the untranslated test can find,
 * computed without franc.
 */
export function maxForeignFunctionWords(words: readonly { lower: string }[], doc: string, isClose: (a: string, b: string) => boolean): number {
  const fwD = FUNCTION_WORDS.get(doc);
  const counts = new Map<string, number>();
  let max = 0;
  for (const w of words) {
    if (fwD?.has(w.lower)) continue;
    const langs = BY_WORD.get(w.lower);
    if (!langs) continue;
    for (const l of langs) {
      if (l === doc || isClose(l, doc)) continue;
      const n = (counts.get(l) ?? 0) + 1;
      counts.set(l, n);
      if (n > max) max = n;
    }
  }
  return max;
}

/** How many words of `text` are function words of each language (a word of several lists counts for each). */
export function functionWordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    const langs = BY_WORD.get(m[0].toLowerCase());
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return counts;
}

const closedCache = new Map<string, ReadonlySet<string>>();
/**
 * The language's closed-class words: its function words, the words that are never names, and the
 * punctuation rule's openers and conjunctions. A new phrase or clause may start with one; a
 * doubled one is never the intensifying iteration of a content word.
 */
export function closedClassWords(lang: string): ReadonlySet<string> {
  let s = closedCache.get(lang);
  if (!s) {
    const p = PUNCTUATION[lang];
    closedCache.set(lang, (s = new Set([...(FUNCTION_WORDS.get(lang) ?? []), ...(STOP_WORDS[lang] ?? []), ...(p?.openers ?? []), ...(p?.conjunctions ?? [])])));
  }
  return s;
}
