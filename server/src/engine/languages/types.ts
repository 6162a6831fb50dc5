/**
 * The language pack: everything Calque knows of one language, in one folder
 * (`languages/<tag>/pack.ts`), behind this one schema. Rules never hold per-language sets of
 * their own; they read the packs through the registry (`languages/index.ts`). Shared tables —
 * Unicode classes, transliteration, name particles of every language — stay where they are used.
 * docs/languages.md says how to add or improve a language; its coverage table is generated from
 * the packs (`npm run languages:table`).
 *
 * Every field is optional: a language has what has been curated for it, and a rule without its
 * data for a language does what it does for an unknown language (usually: stays silent).
 * Each field's documentation names its sources; entries that need their own reason carry a
 * comment in the pack. The pack's `cases` are its tests (test/unit/language-packs.test.ts).
 */
import type { LanguageInfo } from '../lang/languages';
import type { QuoteSpec } from '../quotes/profiles';
import type { PunctuationData } from '../data/punctuation';
import type { RepetitionData } from '../data/repetition';
import type { PlaceholderName } from '../phrasebook/placeholders';
import type { ScaleForms } from '../bilingual/numbers';

export interface NameData {
  /**
   * Inflectional endings (the case and possessive endings of the language's standard grammar for
   * nouns and adjectives, which proper names take in running text). A name form is reduced to
   * candidate stems by removing one (a stem of at least MIN_STEM letters remains); two spellings
   * share a lexeme when their stems intersect, so "Зеленский / Зеленского", "Zelenskis /
   * Zelenskio" or "Merkel / Merkels" are one spelling, not variants. Derivational surname
   * suffixes (-ов, -ин, -ski, -enko) are deliberately absent: stripping them would merge
   * different names (Иван / Иванов).
   */
  caseEndings?: readonly string[];
  /**
   * Words capitalised for grammatical reasons that are never names: closed-class words and
   * calendar words, capitalised at a sentence start or (English) everywhere. Excluded from name
   * mentions, so "The Kremlin" is not a two-word name and "Monday" is not a person.
   */
  stopWords?: readonly string[];
  /**
   * Titles and honorifics that introduce a name but are not part of its spelling (lower case,
   * without the full stop): "Mr. Lukashenko" is the name "Lukashenko". French "M." is Monsieur.
   */
  titles?: readonly string[];
  /**
   * Consonant alternations before front-vowel case endings (Czech Afrika / Africe, Praha / Praze;
   * Polish Polska / Polsce): regular stem alternations of the declension. A stem ending in the
   * first string after such an ending also yields the stem with the second.
   */
  frontAlternations?: readonly (readonly [string, string])[];
  /**
   * Agglutinative with stem alternations (Finnish and Estonian consonant gradation, Hungarian and
   * Turkish vowel harmony): Yhdysvaltain / Yhdysvaltojen are one name. Stems only tell that two
   * forms are one spelling; variants are linked on whole forms with equal skeletons.
   */
  agglutinative?: true;
  /**
   * Written "c" stands for /ts/ (Polish, Czech, Slovak, Slovene, Croatian, Bosnian, Serbian Latin,
   * Lithuanian, Latvian), so a name's skeleton reads c as ts: "Cichanouskaja" ~ "Tsikhanouskaya".
   */
  cIsTs?: true;
  /** Suffixes of German common nouns (-ung, -heit, -keit…): a capitalised word with one is no name. */
  nounSuffixes?: readonly string[];
  /** German determiners and quantifiers that precede a capitalised noun (not a name). */
  determiners?: readonly string[];
  /**
   * Articles before an institution ("the Bureau", "la Commission"): a single capitalised word after
   * one is no evidence of a person (German: `determiners`).
   */
  articles?: readonly string[];
}

/**
 * How nouns inflect, for finding a glossary term in any of its forms (bilingual/term-match.ts):
 * the case, number and possessive endings (and the suffixed definite article of the Scandinavian,
 * Balkan and Romanian languages) nouns and adjectives take in running text. Sources: the
 * languages' reference grammars and Wiktionary's inflection tables.
 */
export interface Inflection {
  /** Endings that may follow the word as written, or follow a stem from which `strip` removed an ending. */
  endings: readonly string[];
  /** The name case endings (`names.caseEndings`) too: the common-noun endings are added to them. */
  withNameEndings?: boolean;
  /** The endings may also follow an apostrophe (Turkish proper names: Ankara'da). */
  afterApostrophe?: boolean;
  /** The word's own final ending (one of `endings`) may be removed before another is added. */
  strip?: boolean;
  /** A stripped stem is itself a form (the zero ending of the Slavic genitive plural: "Госдум"). */
  bare?: boolean;
  /** Word-final letters replaced by other endings (English policy → policies, Polish rząd → rządzie). */
  replace?: Readonly<Record<string, readonly string[]>>;
  /** Endings allowed on short words; default: `endings`. */
  short?: readonly string[];
  /**
   * More endings for reading a phrasebook pattern's words in any of their forms
   * (phrasebook/forms.ts, with `endings` and `replace`): a verb's forms (person, tense,
   * participle) after the part its infinitive keeps, the infinitive's own ending included
   * (French "er", "era", "é"; English "ed", "ing"), and the noun and adjective endings that
   * `endings` leaves to names. Glossary terms do not read them.
   */
  formEndings?: readonly string[];
  /** Word-final letters a form replaces (English take → taking: { e: ['ing'] }), as `replace`; phrasebook forms only. */
  formReplace?: Readonly<Record<string, readonly string[]>>;
  /** The fewest letters the part before an ending keeps for phrasebook forms (default 4). */
  minStem?: number;
  /**
   * A pattern's words lose `formEndings` too, not only noun and infinitive endings: patterns of
   * the language write verbs in any form ("beating the alarm" must match "beat the alarm") and
   * its few verb endings make no noun of another word's form.
   */
  formEndingsInPatterns?: true;
}

/**
 * Numbers in the language, for comparing source and target (bilingual/numbers.ts). Sources:
 * the language's Wiktionary entries for the numerals and their inflection tables
 * ("Appendix:Numerals", "Appendix:Ordinal numbers", "Names of large numbers"), abbreviations as
 * listed there and in the style guides (Duden "Mio./Mrd.", Грамота.ру "тыс./млн/млрд", PWN
 * "tys./mln/mld", ÚJČ "tis./mil./mld.", VLKK "tūkst./mln./mlrd.", LVA "tūkst./milj./mljrd.");
 * percent words of ar/hi from the PUD treebanks' own usage.
 */
export interface NumberData {
  /**
   * Scale words: [regular-expression source, value], matched case-insensitively as a whole word
   * right after a number (spaced or glued: "5млн", "$221bn"); `\p{L}*` after a stem takes the
   * inflected forms. Long scale where the language has it (de/fr/es/pt-PT/pl/cs/nl Billion = 10^12).
   */
  scales?: readonly (readonly [string, number])[];
  /** How the language writes each scale (for the suggested fix): abbreviation and plural forms. */
  scaleForms?: Readonly<Record<number, ScaleForms>>;
  /** Percent as a word after the number (regular-expression source); % ％ ٪ ‰ work everywhere. */
  percentWords?: string;
  /** Glued ordinal suffixes ("9th", "9e", "9º"), regular-expression alternatives; English's work everywhere. */
  ordinalSuffix?: string;
  /**
   * Spelled-out small numbers: [value, forms (space-separated, lower case)] — 0–20, tens, hundred,
   * dozen, with the inflected forms news text uses. Never reported; they only let "3" match
   * "three". Not listed on purpose: "half", "couple", "dozens" (no exact number).
   */
  spelled?: readonly (readonly [number, string])[];
  /** Stems of inflected ordinals (and a few multiplicatives): a word that is the stem plus at most three letters ("четвертый", "sechsten"). */
  ordinalStems?: readonly (readonly [string, number])[];
  /** Numeral first parts of compounds ("десятинедельный", "zehnwöchige"): the stem plus at least four letters. */
  compoundPrefix?: readonly (readonly [string, number])[];
  /** "and a half" after a scale word ("1 million et demi"), regular-expression source. */
  halfAfter?: string;
  /** Spelled forms take suffixes (Korean particles, Turkish case endings): a form of at least this many letters matches a word it begins. */
  spelledPrefix?: number;
  /** An ambiguous date puts the month first ("3/4/2020" is March 4 in US English); elsewhere the day. */
  monthFirst?: true;
  /** Times take a glued or spaced "am"/"pm" ("10am", "2:30 pm"); elsewhere only the dotted and capital forms are read. */
  ampm?: true;
  /** Glued letters that are a unit and a scale at once, with the scale ("5m people": metres or millions). */
  ambiguousGlued?: Readonly<Record<string, number>>;
  /** Units and tens written as one word with this joiner between them, units first ("fünfundzwanzig"). */
  unitsJoinTens?: string;
  /** Tens written as one word with the units after them, by stem, the final vowel dropped before a vowel ("venticinque", "trentotto"). */
  tensGlued?: readonly (readonly [string, number])[];
  /** Tens that take units after them as a second word from this value ("on bir" = 11 in Turkish; 20 elsewhere: "thirty five"). */
  tensFrom?: number;
  /** "half a" before a scale word is half of it ("half a million"), regular-expression source of what follows "half". */
  halfOf?: { word: string; before: string };
  /** "and a half" between a number and its scale word ("one and a half million"), regular-expression source. */
  halfBeforeScale?: string;
  /** An abbreviated scale is written glued to the number ("$5bn", "3m"). */
  glueAbbreviations?: true;
}

/**
 * Sentence length against English, measured on the PUD corpus (bilingual/length.ts documents how
 * and how to measure again: `npm run eval -- --only length`).
 */
export interface LengthData {
  /** Characters per English character (Latin letters in zh/ja/ko counted at this factor). */
  perEnglishChar?: number;
  /** s² of a sentence's length against English, before the safety factor. */
  sentenceVariance?: number;
}

/** A regional variant's differences from its language. */
export interface RegionData {
  /** Quotation conventions of the region (Swiss «…», Brazilian “…”, Traditional Chinese 「…」). */
  quotes?: QuoteSpec;
  /** Scale words of the region (Brazilian bilhão = 10^9; Traditional Chinese 萬 億). */
  scaleForms?: NumberData['scaleForms'];
}

export interface LanguagePack {
  /** BCP 47 primary subtag ("de"); regional variants live under `regions`. */
  tag: string;
  /**
   * The pack this one takes every field it does not set from (not its detection or cases):
   * Bokmål (nb) and Nynorsk (nn) share what Calque knows of Norwegian (no).
   */
  inherits?: string;
  /**
   * Detection: franc (ISO 639-3) codes, script, and the alphabet per script (a language written
   * in two scripts, Serbian, has two entries). Latin: letters beyond a-z; Cyrillic: the whole
   * alphabet. Source: Unicode CLDR exemplar characters (main set) of the locale. A letter outside
   * a candidate's alphabet is evidence against it (lang/detect.ts). `marks`: letters so frequent
   * that a text without any is unlikely to be in the language; `group`: close languages short
   * text cannot separate (never "untranslated" against each other).
   */
  detection?: readonly Omit<LanguageInfo, 'tag'>[];
  /**
   * A candidate of detection when `.calque.json` names no `languages`: the languages of European
   * and major world news translation that franc models well. Malay (confused with Indonesian) and
   * Nynorsk/Bosnian (confused with Bokmål/Croatian) are left out unless configured.
   */
  detectByDefault?: true;
  /**
   * Function words (articles, prepositions, conjunctions, pronouns, auxiliaries, copulas), one
   * string, space-separated: closed-class forms every sentence is full of and that names,
   * numbers and borrowed terms never supply — the `untranslated` rule's evidence beyond franc's
   * trigrams. Sources: en de fr es it pt pl cs sv fi tr id gl ru is — the most frequent word forms
   * of the language's PUD file, keeping closed-class words and no single Latin letters; lt lv uk
   * be bg nl — the same classes written out from the language's grammar; each list is tested on
   * native sentences in test/data/lang/ and must stay silent there.
   */
  functionWords?: string;
  /**
   * Quotation marks of edited text (quotes/profiles.ts explains each part: primary, secondary,
   * alternatives, nestedOnly, rare, spacing, nesting, apostrophe). Source: the national style
   * guide named in `source`, and Wikipedia's "Quotation mark" summary table [WP].
   */
  quotes?: QuoteSpec;
  /** What differs in regional variants, by full tag ("de-CH", "pt-BR", "zh-TW"). */
  regions?: Readonly<Record<string, RegionData>>;
  /**
   * Abbreviations after which a full stop does not end a sentence, so a lower-case word may
   * follow ("e.g. the", "ca. zwei", "в 2020 г. были", "5 proc. ir"). Lower case, without the final
   * dot. Single letters (initials, "U.S.", "z.B.", "т. е.") and gloss labels right after a bracket
   * ("(angl. …)", "(букв. …)") are handled generically and need not be listed. Sources: the
   * language's standard abbreviation lists (Duden, Académie, RAE, Грамота.ру, СУМ, PWN, VLKK
   * "Bendrinės kalbos žodžių sutrumpinimai", ÚJČ) and the abbreviations seen in PUD.
   */
  abbreviations?: readonly string[];
  /**
   * Abbreviations that stand before a name or a number — titles, honorifics, "No.", "St." — and
   * so do not end a sentence even before a capital ("Mr. Comey", "проф. Иванов", "ul.
   * Marszałkowska"). As written, case included. The sentence splitter cuts after them; alignment
   * joins the pieces again (bilingual/segments.ts). Sources: as `abbreviations`; the cuts in PUD.
   */
  titleAbbreviations?: readonly string[];
  /**
   * Writes ordinal numbers with a full stop ("9. Mai", "3. října"), so "9." before a lower-case
   * word is no sentence end. Source: Wikipedia, "Ordinal indicator" (da de et fi fo hr hu is lv
   * nb/nn/no cs sk sl sr bs tr eu; lt in dates; pl in dates and ordinals).
   */
  ordinalDot?: true;
  /**
   * Words of one letter (space-separated, lower case): a paragraph starting with any other lone
   * lower-case letter ("n addition, …") starts mid-word. Source: the language's grammar.
   */
  oneLetterWords?: string;
  /**
   * One-word sentences that stand on their own — answers, interjections, emphatic adverbs and
   * pronouns ("Yes.", "Nothing.", "Never.") — space-separated, lower case; any other capitalised
   * one-word sentence that the document writes in lower case elsewhere is an orphan (`fragment`).
   * Sources: the grammar's interjections and sentence adverbs; PUD's one-word sentences.
   */
  standaloneWords?: string;
  /**
   * Words that follow a quotation's closing full stop in running text, in lower case by the
   * language's rules (Turkish puts the reporting verb after the quotation: "… ediyorum." dedi.).
   */
  quoteContinuations?: readonly string[];
  /**
   * Words of magnitude and percentage news text puts after a decimal (lower case), so that an
   * English decimal point before one is found ("2.5 Millionen" in a decimal-comma language; the
   * decimal symbol itself comes from CLDR via Intl). Each checked in the language's dictionary
   * (Duden, Larousse, RAE, Treccani, Priberam, Грамота.ру, СУМ, PWN, Van Dale). Multi-word ones
   * match on a first word that cannot start anything else after a number ("por" is not listed).
   */
  scaleWords?: readonly string[];
  /**
   * The norm accepts the decimal point as well as the comma: under the bare tag a point is not
   * reported; under a regional tag whose CLDR symbol is the comma (es-ES) it is a hint.
   */
  decimalPointAccepted?: true;
  /**
   * Elided words written with an apostrophe and joined to the next word (French l’, d’, qu’,
   * jusqu’; Italian dell’, un’; Catalan l’, d’), lower case, without the apostrophe. The quotes
   * rule reports a space after their apostrophe ("l’ homme"); phrasebook matching splits them off.
   * Sources: Grevisse, Le Bon Usage §45; Serianni, Grammatica italiana I.70–76 (elisione);
   * IEC, Ortografia catalana §4 (apòstrof).
   */
  elisions?: readonly string[];
  /** What the `punctuation` rule needs (data/punctuation.ts documents each part and its sources). */
  punctuation?: PunctuationData;
  /**
   * French typographic spacing: a (narrow) no-break space before ; : ! ? and inside « »
   * (Imprimerie nationale, Lexique des règles typographiques; Swiss French too; Breton follows it).
   */
  frenchSpacing?: true;
  /** Joins a suffix to a multi-word name with a spaced hyphen ("Associated Press -uutistoimisto"). */
  spacedSuffixHyphen?: true;
  /** Joins a case ending to an abbreviation with a colon ("EU:n", "bkt:n", "tv:n"). */
  colonSuffix?: true;
  /** Legitimate doubled words and coordination (data/repetition.ts documents each part). */
  repetition?: RepetitionData;
  /**
   * Reduplication is grammar (plurals, intensives, distributives: Indonesian "anak-anak",
   * Turkish "yavaş yavaş", Chinese "看看", Hindi "धीरे धीरे"): doubled words are not reported.
   * Source: Wikipedia "Reduplication" and the languages' grammars.
   */
  reduplicating?: true;
  /**
   * Endings of verb forms and comparatives that make "X and X" intensifying coordination
   * ("чаще и чаще", "suben y suben") rather than MT's doubled adjective or noun. Sources: the
   * reference grammars (Русская грамматика 1980; RAE Nueva gramática; Serianni; Grevisse; PWN;
   * Mluvnice češtiny) and LanguageTool's word-repeat tests.
   */
  iterativeEndings?: RegExp;
  /**
   * Labels of scraper leftovers ("Read also:", "Читайте также:"): a short line starting with one
   * is a stub (`artifact`). Lower case. Source: the labels of major news sites in the language.
   */
  stubPrefixes?: readonly string[];
  /**
   * Publisher boilerplate at the end of an article, lower case substrings: `strong` (the language's
   * "all rights reserved" and reproduction notices) makes a closing block boilerplate alone, `weak`
   * (words such notices use: "prohibited", "запрещ") only two together. Read in every document:
   * scraped notices come in the publisher's language. Source: the standard copyright notice of the
   * language as publishers print it.
   */
  boilerplate?: { strong: readonly string[]; weak?: readonly string[] };
  /** Name inflection and extraction. */
  names?: NameData;
  /** Noun inflection, for glossary terms (source-aware `terminology`). */
  inflection?: Inflection;
  /** Numbers written in words, scales, ordinals (source-aware `numbers` check). */
  numbers?: NumberData;
  /** Sentence length against English (source-aware alignment and `omission`). */
  length?: LengthData;
  /**
   * Sentences end without punctuation (a space ends a Thai, Lao or Khmer sentence): boundaries
   * cannot be found reliably, so paragraphs are aligned as wholes and no "missing final stop" is reported.
   */
  noFullStop?: true;
  /** Written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese). */
  unspaced?: true;
  /** Writes compounds as one word (German, Dutch, Scandinavian, Finnish…): a term may be inside a word. */
  compounding?: true;
  /** Adds an e- before s + consonant in borrowed names (Spanish "Estocolmo", French "Espagne"). */
  prostheticE?: true;
  /** Does not mark questions with a sign often enough to compare (Khmer, Burmese, Tibetan, Dzongkha): a source "?" may vanish. */
  noQuestionMark?: true;
  /** Style guides avoid "!" where English has one (German and Japanese UI and news text): a source "!" may vanish. */
  fewExclamations?: true;
  /** Capitalises common nouns (German, Luxembourgish): a capital letter is no sign of a name. */
  capitalisesNouns?: true;
  /**
   * Subordinate clauses put the finite verb last (German "…, weil er den Nagel auf den Kopf
   * trifft"): a phrasebook pattern of three literal words or more that ends in an infinitive
   * matches that verb's other forms there too (phrasebook/match.ts).
   */
  verbFinal?: true;
  /**
   * Has dotted and dotless i as two letters (Turkish, Azerbaijani: I/ı, İ/i): lower-casing needs
   * the language's locale ("DİYARBAKIR" → "diyarbakır"). Source: Unicode SpecialCasing.txt.
   */
  dottedI?: true;
  /**
   * A reporting clause goes on in lower case after a quotation's full stop (Turkish "… değil."
   * yorumunu yaptı): a lower-case word after a closing quotation mark does not start a sentence.
   * Source: Türk Dil Kurumu, Yazım Kılavuzu ("Tırnak işareti").
   */
  lowerAfterQuotation?: true;
  /** Letter pairs capitalised together at a word's start (Dutch "ij": "IJsselmeer"), lower case. Source: Taalunie, Woordenlijst. */
  initialDigraphs?: readonly string[];
  /**
   * Clitics written after a word with an apostrophe ("don't" = do + n't, "Putin's" = Putin + 's):
   * each is a word of its own to the phrasebooks, so "{poss}" and "n't" can be written in patterns.
   */
  clitics?: readonly string[];
  /** Question marks of the language beyond "?" and the shared ones (Greek ";" and ";", Armenian "՞"). */
  questionMarks?: string;
  /**
   * Word classes for phrasebook placeholders ({poss}, {pron}, {refl}, {be}, {art}): the closed
   * classes from the language's grammar, all forms.
   */
  placeholders?: Readonly<Record<PlaceholderName, readonly string[]>>;
  /**
   * Words that may stand after an article or a possessive inside an idiom without changing it,
   * space-separated: adjectives that intensify or size the noun the idiom already has ("kick
   * the proverbial bucket", "put a big pig", "made an enormous elephant out of a fly"). A
   * phrasebook pattern of four literal words or more matches across one of them, not right before
   * its last word (phrasebook/match.ts). Not words that give the noun its literal sense
   * ("a broken nose", "a young man").
   */
  idiomModifiers?: string;
  /**
   * Adverbs that may stand right after the first word of an idiom (mostly its verb) without
   * changing it, space-separated: time, frequency, degree and sentence adverbs and modal
   * particles, where the language puts them after the finite verb (German "kostet heutzutage
   * einen Arm und ein Bein", Spanish "costó literalmente un ojo de la cara"). A phrasebook
   * pattern of four literal words or more matches across one of them (phrasebook/match.ts). Never
   * a negation or a word that reverses or restricts the claim ("nicht", "kaum", "nur").
   */
  idiomAdverbs?: string;
  /**
   * Forms of one word that the next word's sound chooses (English "a" / "an"): a phrasebook
   * pattern's "an elephant" matches "a big elephant". Each group's first form stands for all.
   */
  allomorphs?: readonly (readonly string[])[];
  /**
   * Words of an idiom's dictionary form that text need not show as written: the words
   * dictionaries put in for the idiom's arguments (German "jemandem", "etwas"; English
   * "someone", "something") and the light verbs whose forms are irregular (French "avoir",
   * "faire"; German "haben", "machen"). Recognising a phrasebook entry's source idiom in a source
   * sentence (bilingual/idioms.ts) reads the idiom without them.
   */
  citationWords?: string;
  /**
   * Verbs whose forms share no stem with their base (English "take took taken", "lie lay lain";
   * German "liegen lag gelegen"; Russian "сесть сел сяду"): one group per verb, base form first,
   * groups separated by ";". Reading a literal rendering in a translation (bilingual/idioms.ts)
   * counts every form of a group as the base; recognising an idiom in a source sentence looks for
   * every form of its verb (the stems of the forms).
   */
  irregularVerbs?: string;
  /**
   * Infinitive endings of the language's verbs (Italian -are/-ere/-ire, Spanish -ar/-er/-ir):
   * an idiom's dictionary form gives the infinitive, text gives any form, and the part before
   * the ending is what the forms share. Recognising a phrasebook entry's source idiom in a source
   * sentence (bilingual/idioms.ts) reads the verb by it.
   */
  infinitiveEndings?: readonly string[];
  /**
   * The language's word list, for telling a word of another language left in running text
   * (`untranslated`, lang/lexicon.ts). Built at build time from the npm packages named in
   * `sources` (devDependencies; each with its licence) into a compact filter,
   * dist/lexicons/<tag>.bin, read the first time a document needs it.
   */
  lexicon?: LexiconSpec;
  /**
   * The pack's own tests: for a rule, texts in the language that must be reported (`flag`) and
   * native text that must stay silent (`quiet`), with the reason. Run by
   * test/unit/language-packs.test.ts.
   */
  cases?: readonly PackCase[];
}

export interface LexiconSpec {
  /**
   * `complete`: the language's words in all their forms (hundreds of thousands), so a word not in
   * it is not a word of the language: the document side. `common`: the language's common words
   * (tens of thousands, by frequency), so a word in it is a word of the language: the side of a
   * leftover's language.
   */
  coverage: 'complete' | 'common';
  /**
   * For a `common` list: how many of the first source's first list (by frequency) are the
   * language's everyday words — a word among them is no typo of another language's word, and
   * keeps its accents (déclaré is French, not a misspelt "declare").
   */
  core?: number;
  /**
   * How many of the first frequency list are its commonest words, kept as a plain list: for a
   * `common` list, a word of three or four letters among them is no typo ("sehr", "muy"), where
   * a rarer one often is ("teh", "spel"); for a `complete` list, the words asked first (most
   * words of a text are among them, and a set answers faster than the filter).
   */
  top?: number;
  /** Where the words come from: an npm package, the lists in it (export or dictionary keys), its licence and origin. */
  sources: readonly LexiconSource[];
  /**
   * Words added to a `complete` list, space-separated, each group with its reason in the pack:
   * loanwords and phrases the language writes with their foreign spelling (déjà vu, per se).
   */
  extra?: string;
  /**
   * Words a source list has that are no words of the language in running text, space-separated
   * (word-game lists keep foreign words: sich, dans), each group with its reason in the pack.
   */
  exclude?: string;
  /**
   * Endings of old or dialect verb forms that a complete list lacks, space-separated: a word that
   * is a word of the list plus one of them is the language's (English "findeth", "knowest"; an
   * ending that starts with "e" also after a word's final e: "maketh").
   */
  oldEndings?: string;
}

export interface LexiconSource {
  /** The npm package (a devDependency). */
  package: string;
  /** Dictionary keys to read (zxcvbn-ts language packages: "commonWords", "wikipedia"); absent: the package's default export is the list. */
  lists?: readonly string[];
  /** A text file of the package to read instead, one word per line in frequency order ("build/resources/swedish.txt"). */
  file?: string;
  /** The package's licence (SPDX) and where its words come from. */
  licence: string;
  origin: string;
  /**
   * Take a word of this source only if it is not among the first `unlessForeign` words of
   * another language's `common` list: frequency lists counted from subtitles and Wikipedia hold
   * the other languages' commonest words (English lists: und, mais, muy, von), which a complete
   * list must not call English.
   */
  unlessForeign?: number;
  /** Lists of the same package whose words are not taken from this source (frequency lists count names: "novak", "erdogan"). */
  unlessIn?: readonly string[];
}

export interface PackCase {
  /** The rule id; '*' = every rule (a native paragraph that must stay silent). */
  rule: string;
  /** The document language of the texts, when not the pack's (a word of this language left in English text). */
  in?: string;
  /** Each text must get at least one finding of the rule (any severity). */
  flag?: readonly string[];
  /** Each text must get no finding of the rule above hint (a hint is the "style" level). */
  quiet?: readonly string[];
  /** What the case shows. */
  why: string;
}

