/**
 * Legitimate doubled words, per language (lower-case). Each list says why its words may
 * legitimately stand twice in a row. Sources: LanguageTool's word-repeat rules and tests
 * (en, de, ru, uk), retext-repeated-words, the PUD corpora (see test/unit/repetition.test.ts),
 * and standard grammars.
 *
 * `pairs`: may occur exactly twice ("had had"); a third repetition is still flagged.
 * `runs`:  reduplication/interjections that may repeat any number of times ("ha ha ha").
 * `coordination`: words that are idiomatic in "X and X" ("more and more", "again and again").
 */
import { byLanguage, languagesWith } from '../languages/index';
export interface RepetitionData {
  pairs: string[];
  runs: string[];
  /** Conjunctions for doubled coordination ("X and X"). */
  conjunctions: string[];
  coordination: string[];
  /** Relative words: a phrase repeated right after a relative clause is grammar ("nobody who waits for us waits for us"). */
  relatives?: string[];
  /** Doubled articles/pronouns that are fine when they do not start the sentence (German "…, die die …"). */
  midSentencePairs?: string[];
  /**
   * A content word said twice intensifies — the superlative by iteration ("piano piano", "caldo
   * caldo", "sotto sotto"): a doubled adjective, adverb or noun is grammar, and only doubled
   * closed-class words (function words, articles, prepositions, pronouns) are reported.
   */
  intensiveReduplication?: boolean;
  /**
   * Verb endings (gerunds, participles, infinitives, finite forms): the iterative superlative is
   * for adjectives, adverbs and nouns, so a doubled word with one of these is still reported
   * ("rivelato rivelato", "vogliono vogliono", "utilizzando utilizzando").
   */
  verbEndings?: string[];
  /**
   * A verb ending a relative or free relative clause followed by the same verb of the main
   * clause is grammar ("What she did did not help", "Everyone who came came by bus"):
   * `relatives` open such a clause (within four words before the double, and at most three
   * words after the sentence start: a relative clause on an object ends no subject),
   * `notVerbs` are never the verb ending it ("what the the" is a slip), `notAfter` right before
   * the double make it a noun or a verb phrase cut short (determiners, modals, "to").
   */
  clauseVerbs?: { relatives: string[]; notVerbs: string[]; notAfter: string[] };
  /** Modals that may stand before a name that is the same word at a sentence start ("Will Will come?"). */
  modalsBeforeNames?: string[];
  /**
   * Verbs of naming after which a noun is followed by its name, the same word: German "Warum
   * heißt der Trabi Trabi?", "nennt man den Döner Döner" (the verb or a two-word phrase, then one
   * closed-class word, then the pair).
   */
  namingVerbs?: string[];
  /**
   * Words that are never names: at a sentence start, a capitalised word before the same word in
   * lower case is otherwise a name and a verb ("Will will", "May may"); "The the" is a slip.
   */
  neverNames?: string[];
  /** A `pairs` word and the words after which its double is a slip after all ("confident that that this plan"). */
  pairsNotBefore?: Record<string, string[]>;
  /**
   * A word whose double is grammar only after these words: an object and the subject of the
   * clause after it ("I told you you were right": tell, warn, promise + object + that-clause).
   */
  pairsAfter?: Record<string, string[]>;
  /**
   * Iteration by position, for a language without `iterativeEndings` (English): a word matching
   * `endings` (a regular expression) and not `except`, coordinated with itself before one of
   * `before` or the end of its clause ("they talked and talked for hours").
   */
  iterativeByPosition?: { endings: string; except: string; before: string[] };
  /** Comparatives coordinated with themselves ("bigger and bigger"): words with this ending and at least `minLength` letters. */
  comparatives?: { ending: string; minLength: number };
  /**
   * Negations after which "X or X" offers an alternative, the second copy negated: "it may or
   * may not rain", "they will or will not", German "Heirate oder heirate nicht", Dutch "wil of
   * wil niet". A doubled coordination followed by one of these is grammar.
   */
  negations?: string[];
}

/** By language, from the language packs (languages/types.ts: `repetition`). */
export const REPETITION: Record<string, RepetitionData> = byLanguage('repetition');

/**
 * Languages with productive full reduplication (doubling a word is grammar, not a slip):
 * Turkish (sık sık, yavaş yavaş, göz göre göre), Hindi/Urdu/Bengali (धीरे धीरे, ले ले), Indonesian/Malay
 * (plural and intensity by reduplication, often written with a space in informal text), Thai, Vietnamese,
 * Tagalog, and CJK (no spaces; the segmenter's word boundaries are not reliable for doubling).
 * Adjacent doubled words are not reported in these languages; a word written three times or more
 * is, where words are written with spaces between them (reduplication is a pair: "yavaş yavaş
 * yavaş yavaş" is a loop).
 */
/**
 * Proper names that are one word written twice (lower-case; any language): places, people,
 * bands, songs and titles. A capitalised word doubled is otherwise a slip ("New York York",
 * "Biden Biden"). Sources: Wikipedia, "Reduplication" (English examples) and "List of
 * reduplicated place names"; the names of well-known bands and songs.
 */
export const REDUPLICATED_NAMES = new Set([
  // places
  'bora', 'walla', 'wagga', 'pago', 'baden', 'sing', 'kiri', 'bongo', 'tumba', 'mbanza',
  // people and characters
  'sirhan', 'humbert', 'major', 'bam', 'jar',
  // Burmese given names are often one syllable twice (May May, Aung Aung, Moe Moe, Hla Hla, Su Su)
  'may', 'aung', 'moe', 'hla', 'su', 'nu', 'khin', 'thida', 'zaw', 'win',
  // movements, bands, songs
  'mau', 'duran', 'talk', 'gus', 'sugar', 'rebel', 'monday', 'louie', 'mony', 'bang', 'baby', 'bye', 'yo', 'chin', 'can', 'dum',
  // plants, foods
  'ylang', 'mahi', 'cous',
]);

/** By language, from the language packs (languages/types.ts: `reduplicating`). */
export const REDUPLICATING_LANGUAGES = languagesWith('reduplicating');
/** Languages written without spaces between words (their segmenters' words cannot be counted for a tripled word). */
export const UNSPACED_LANGUAGES = languagesWith('unspaced');

/** By language, from the language packs (languages/types.ts: `iterativeEndings`). */
export const ITERATIVE_ENDINGS: Record<string, RegExp> = byLanguage('iterativeEndings');
