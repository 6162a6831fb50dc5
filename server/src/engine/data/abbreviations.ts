/**
 * Abbreviation and sentence-start data by language, as the rules read it: views over the language
 * packs (languages/<tag>/pack.ts; the fields and their sources are documented in
 * languages/types.ts). Shared, language-independent tables stay here.
 */
import { byLanguage, languagesWith } from '../languages/index';

/** By language, from the language packs (languages/types.ts: `abbreviations`). */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = byLanguage('abbreviations');

/** By language, from the language packs (languages/types.ts: `ordinalDot`). */
export const ORDINAL_DOT_LANGUAGES = languagesWith('ordinalDot');

/** By language, from the language packs (languages/types.ts: `titleAbbreviations`). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = byLanguage('titleAbbreviations');

/** By language, from the language packs (languages/types.ts: `oneLetterWords`). */
export const ONE_LETTER_WORDS: Record<string, string> = byLanguage('oneLetterWords');

/**
 * Name particles written in lower case at the start of a name ("de Gaulle", "van Gogh", "von der
 * Leyen", "al-Assad", "bin Salman", "dos Santos", "ter Stegen"): a paragraph may start with one.
 */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'du', 'des', 'van', 'von', 'der', 'den', 'ten', 'ter', 'te', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'zu', 'af', 'av', 'y', 'e', 'mc', 'mac', "d'", "l'", "'t"]);

/** By language, from the language packs (languages/types.ts: `standaloneWords`). */
export const STANDALONE_WORDS: Record<string, string> = byLanguage('standaloneWords');
