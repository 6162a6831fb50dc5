/**
 * Placeholder word lists per target language, for phrasebook patterns ({poss} {pron} {refl} {be} {art}).
 * Words are lower-case with the straight apostrophe ('), in the form the matcher sees them
 * (see `splitClitics` in words.ts: English "'s"/"n't" and French/Italian elided "l'" are separate words).
 * Languages without articles (ru, pl, uk) have an empty {art} list.
 */
import { byLanguage } from '../languages/index';
export type PlaceholderName = 'poss' | 'pron' | 'refl' | 'be' | 'art';
export const PLACEHOLDER_NAMES: readonly PlaceholderName[] = ['poss', 'pron', 'refl', 'be', 'art'];

/** What each placeholder means, for diagnostics and docs. */
export const PLACEHOLDER_DESCRIPTIONS: Record<PlaceholderName, string> = {
  poss: 'a possessive determiner',
  pron: 'a personal pronoun',
  refl: 'a reflexive pronoun',
  be: 'a form of "to be"',
  art: 'an article',
};

/** By language, from the language packs (languages/types.ts: `placeholders`). */
const LISTS: Record<string, Readonly<Record<PlaceholderName, readonly string[]>>> = byLanguage('placeholders');

/** The languages that have placeholder lists. */
export const PLACEHOLDER_LANGUAGES: readonly string[] = Object.keys(LISTS);

const SETS = new Map<string, Map<PlaceholderName, Set<string>>>();

/** The set of words a placeholder stands for in `lang` (base subtag); empty if the language has none. */
export function placeholderWords(lang: string, name: PlaceholderName): ReadonlySet<string> {
  let m = SETS.get(lang);
  if (!m) {
    m = new Map();
    const l = LISTS[lang];
    for (const n of PLACEHOLDER_NAMES) m.set(n, new Set(l ? l[n] : []));
    SETS.set(lang, m);
  }
  return m.get(name)!;
}

/** A pack field that is a space-separated word list, as a set per language (base subtag), built on first use. */
function packWordSets(field: 'idiomModifiers' | 'idiomAdverbs'): (lang: string) => ReadonlySet<string> {
  const lists: Record<string, string> = byLanguage(field);
  const sets = new Map<string, ReadonlySet<string>>();
  return (lang) => {
    let s = sets.get(lang);
    if (!s) sets.set(lang, (s = new Set((lists[lang] ?? '').split(/\s+/).filter(Boolean))));
    return s;
  };
}

/** The words that may stand after an article or a possessive inside an idiom in `lang` (base subtag); empty if none. */
export const idiomModifiers = packWordSets('idiomModifiers');

/** The words that may stand right after the first word of an idiom in `lang` (base subtag); empty if none. */
export const idiomAdverbs = packWordSets('idiomAdverbs');
