/**
 * Curated per-language data for name extraction and inflection. Product code: every list
 * carries its reason, is exercised by a positive test and a native control in
 * test/unit/names*.test.ts, and lists only closed-class words or grammatical endings
 * (never names).
 */

/**
 * Inflectional endings, per language (the base subtag of the block language).
 * A name form is reduced to candidate stems by removing one of these endings (stem of at
 * least MIN_STEM letters remains). Two spellings share a lexeme when their candidate stem
 * sets intersect, so "Зеленский / Зеленского / Зеленскому", "Zełenski / Zełenskiego",
 * "Zelenskis / Zelenskio / Zelenskiui" or "Merkel / Merkels" are one spelling, not variants.
 *
 * Reason per table: the case (and possessive) endings of the language's standard grammar
 * for nouns and adjectives, which proper names take in running text. Derivational
 * suffixes that form surnames (-ов, -ин, -ski as such, -enko) are deliberately absent:
 * stripping them would merge different names (Иван / Иванов).
 */
export const CASE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  // German: genitive -s / -es / -ens, weak-noun and plural endings (-n, -en, -e, -er, -ern)
  // because German capitalises every noun and nouns are extracted too.
  de: ['s', 'es', 'ens', 'n', 'en', 'e', 'er', 'ern', 'ns'],
  // Dutch, Scandinavian: genitive/plural -s (Ruttes, Putins).
  nl: ['s'],
  sv: ['s'],
  da: ['s'],
  nb: ['s'],
  no: ['s'],
  // Russian: noun and adjective case endings (Пескова, Путину, Зеленского, Зеленскому).
  ru: ['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ей', 'ую', 'юю', 'ым', 'им', 'ом', 'ем', 'ых', 'их', 'ах', 'ях', 'ам', 'ям', 'ою', 'ею', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'й', 'ь'],
  // Ukrainian: as Russian plus the Ukrainian adjective/noun endings (Зеленського, Зеленському, Зеленській).
  uk: ['ого', 'ього', 'ому', 'ьому', 'ими', 'ами', 'ями', 'ий', 'ій', 'ої', 'ою', 'ею', 'ім', 'им', 'ом', 'ем', 'их', 'іх', 'ах', 'ях', 'ам', 'ям', 'ів', 'ей', 'ая', 'а', 'я', 'у', 'ю', 'е', 'є', 'і', 'ї', 'и', 'й', 'ь'],
  // Belarusian (Cyrillic): Лукашэнкі, Ціханоўскай, Ціханоўскую.
  be: ['ага', 'аму', 'ымі', 'ам', 'ым', 'ай', 'ую', 'ая', 'ых', 'ах', 'ы', 'і', 'а', 'я', 'у', 'ю', 'е', 'й', 'ь'],
  // Bulgarian has no case but a definite article; names take none. Serbian/Macedonian Cyrillic: case endings.
  sr: ['ом', 'ем', 'има', 'ама', 'а', 'у', 'е', 'и', 'om', 'em', 'ima', 'ama', 'a', 'u', 'e', 'i'],
  hr: ['a', 'u', 'e', 'i', 'om', 'em', 'ima', 'ama'],
  bs: ['a', 'u', 'e', 'i', 'om', 'em', 'ima', 'ama'],
  sl: ['a', 'u', 'e', 'i', 'om', 'em', 'ih', 'ima', 'ega', 'emu'],
  // Polish: noun and adjective case endings (Zełenskiego, Zełenskiemu, Tuska, Tuskowi, Kowalską).
  pl: ['owie', 'iego', 'iemu', 'ego', 'emu', 'owi', 'ach', 'ami', 'ich', 'ych', 'imi', 'ymi', 'iej', 'om', 'em', 'ie', 'ej', 'im', 'ym', 'ów', 'ą', 'ę', 'a', 'u', 'y', 'i', 'e'],
  // Czech and Slovak: Zelenského, Zelenskému, Putina, Putinovi, Putinem.
  cs: ['ého', 'ému', 'ovi', 'ách', 'ech', 'ými', 'ími', 'ým', 'ím', 'em', 'ou', 'ům', 'ji', 'ii', 'é', 'á', 'ý', 'í', 'a', 'u', 'e', 'y', 'i', 'ů'],
  sk: ['ého', 'ému', 'ovi', 'och', 'ami', 'ým', 'om', 'ou', 'é', 'á', 'ý', 'í', 'a', 'u', 'e', 'y', 'i'],
  // Lithuanian: Zelenskis / Zelenskio / Zelenskiui / Zelenskį; Cichanouskaja / Cichanouskajos / Cichanouskajai.
  lt: ['iui', 'ams', 'oms', 'ėms', 'yje', 'oje', 'ėje', 'ys', 'is', 'as', 'us', 'io', 'iu', 'ui', 'os', 'ės', 'ai', 'ei', 'ą', 'ę', 'į', 'ų', 'ū', 'ė', 'o', 'a', 'e', 'u', 'y'],
  // Latvian: Zelenskis / Zelenska / Zelenskim.
  lv: ['am', 'im', 'ām', 'ēm', 'ās', 'ēs', 'is', 'us', 'as', 'es', 'ai', 'ei', 'a', 'u', 'ā', 'ī', 'e', 'ē', 's', 'š'],
  // Finnish and Estonian: the commonest case endings on foreign names (Putinin, Putinille, Putinista).
  fi: ['ille', 'ilta', 'issa', 'ista', 'lla', 'llä', 'lle', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'ksi', 'in', 'n', 'a', 'ä', 'ia', 'ta', 'tä', 'iin', 'hin'],
  et: ['ile', 'ilt', 'is', 'ist', 'le', 'lt', 'l', 's', 'st', 'ga', 'i', 'd'],
  // Greek: masculine/feminine name endings by case (Τσίπρας / Τσίπρα, Μητσοτάκης / Μητσοτάκη).
  el: ['ος', 'ου', 'ον', 'ο', 'ε', 'ης', 'η', 'ας', 'α', 'ες', 'ων', 'ους', 'οι', 'ις', 'ι'],
  // Hungarian case suffixes attach directly or with a hyphen (Orbánt, Orbánnak).
  hu: ['nak', 'nek', 'val', 'vel', 'ról', 'ről', 'tól', 'től', 'ban', 'ben', 'hoz', 'hez', 'höz', 't', 'ot', 'et', 'öt', 'at'],
};

/** A candidate stem keeps at least this many letters. */
export const MIN_STEM = 3;

/**
 * Words that are capitalised for grammatical reasons and are never names, per language.
 * Reason: they are closed-class words (articles, pronouns, conjunctions, prepositions,
 * determiners) or calendar words, capitalised at a sentence start or, in English,
 * everywhere ("I", weekdays, months). They are excluded from name mentions so that
 * "The Kremlin" is not a two-word name and "Monday" is not a person.
 */
export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your',
    'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with', 'without',
    'after', 'before', 'since', 'until', 'under', 'over', 'about', 'according', 'although', 'though', 'however', 'there', 'here', 'what', 'which', 'who',
    'whom', 'whose', 'why', 'how', 'where', 'all', 'some', 'many', 'most', 'no', 'not', 'one', 'both', 'each', 'every', 'other', 'such', 'also', 'even',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ],
  de: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'er', 'sie', 'es', 'wir', 'ihr', 'ich', 'sein', 'seine',
    'und', 'oder', 'aber', 'doch', 'wenn', 'als', 'wie', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'vor', 'zu', 'zum', 'zur',
    'für', 'über', 'unter', 'durch', 'gegen', 'seit', 'bis', 'dies', 'diese', 'dieser', 'dieses', 'jedoch', 'auch', 'nicht', 'so', 'da', 'dort', 'hier',
    'was', 'wer', 'wo', 'warum', 'sie', 'ihnen', 'ihre', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
    'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  ],
  fr: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'on', 'ce', 'cet', 'cette', 'ces',
    'et', 'ou', 'mais', 'donc', 'car', 'si', 'quand', 'lorsque', 'comme', 'à', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans',
    'après', 'avant', 'depuis', 'selon', 'cependant', 'toutefois', 'qui', 'que', 'quoi', 'où', 'son', 'sa', 'ses', 'leur', 'leurs', 'tous', 'tout',
  ],
  es: [
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'él', 'ella', 'ellos', 'ellas', 'nosotros', 'yo', 'este', 'esta', 'estos', 'estas', 'ese', 'esa',
    'y', 'e', 'o', 'u', 'pero', 'si', 'cuando', 'como', 'a', 'al', 'de', 'del', 'en', 'con', 'sin', 'por', 'para', 'sobre', 'tras', 'desde', 'según',
    'que', 'quien', 'donde', 'su', 'sus', 'todos', 'todo', 'también', 'no',
  ],
  pl: ['w', 'we', 'z', 'ze', 'na', 'do', 'od', 'po', 'o', 'i', 'a', 'ale', 'lub', 'oraz', 'że', 'to', 'ten', 'ta', 'te', 'jak', 'gdy', 'kiedy', 'jest', 'nie', 'się', 'jego', 'jej', 'ich', 'według', 'jednak', 'dla', 'przez', 'przed', 'pod', 'nad', 'za'],
  cs: ['v', 've', 'z', 'ze', 'na', 'do', 'od', 'po', 'o', 'a', 'i', 'ale', 'nebo', 'že', 'to', 'ten', 'ta', 'je', 'se', 'jak', 'když', 'podle', 'však', 'pro', 'při', 'před', 'pod', 'nad', 'za'],
  ru: ['в', 'во', 'и', 'а', 'но', 'на', 'с', 'со', 'к', 'ко', 'о', 'об', 'от', 'по', 'за', 'из', 'у', 'для', 'при', 'что', 'это', 'этот', 'эта', 'он', 'она', 'они', 'мы', 'я', 'как', 'когда', 'если', 'однако', 'также', 'по', 'не', 'его', 'ее', 'её', 'их', 'все', 'всё'],
  uk: ['в', 'у', 'і', 'й', 'та', 'а', 'але', 'на', 'з', 'із', 'зі', 'до', 'від', 'по', 'за', 'для', 'при', 'що', 'це', 'цей', 'ця', 'він', 'вона', 'вони', 'ми', 'я', 'як', 'коли', 'якщо', 'проте', 'також', 'не', 'його', 'її', 'їх'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'o', 'ma', 'se', 'come', 'a', 'di', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'del', 'della', 'che', 'questo', 'questa'],
  pt: ['o', 'a', 'os', 'as', 'um', 'uma', 'e', 'ou', 'mas', 'se', 'como', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'com', 'por', 'para', 'que', 'este', 'esta'],
};

/**
 * Titles and honorifics that introduce a name but are not part of its spelling, per
 * language (lower-cased, without the full stop). Reason: standard forms of address and
 * office titles in news style; a mention "Mr. Lukashenko" is the same name as "Lukashenko".
 * A title is never compared as a name. French "M." is Monsieur, not an initial.
 */
export const TITLES: Readonly<Record<string, readonly string[]>> = {
  en: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'prime', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'gen', 'general', 'col', 'lt', 'capt', 'sgt', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'judge', 'rev', 'st', 'saint', 'secretary', 'ambassador', 'director'],
  de: ['herr', 'herrn', 'frau', 'dr', 'prof', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'minister', 'ministerin', 'könig', 'königin', 'papst', 'st', 'sankt'],
  fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'me', 'dr', 'pr', 'président', 'présidente', 'ministre', 'roi', 'reine', 'pape', 'saint', 'sainte', 'st', 'ste', 'général', 'monsieur', 'madame'],
  es: ['sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra', 'presidente', 'presidenta', 'ministro', 'ministra', 'rey', 'reina', 'papa', 'san', 'santa', 'santo', 'general'],
  it: ['sig', 'sigra', 'dott', 'prof', 'presidente', 'ministro', 'papa', 'san', 'santa', 'santo'],
  pt: ['sr', 'sra', 'dr', 'dra', 'presidente', 'ministro', 'papa', 'são', 'santa', 'santo'],
  pl: ['pan', 'pani', 'panu', 'pana', 'dr', 'prof', 'prezydent', 'prezydenta', 'premier', 'premiera', 'minister', 'św', 'święty'],
  cs: ['pan', 'paní', 'pana', 'dr', 'prof', 'prezident', 'prezidenta', 'premiér', 'ministr', 'sv', 'svatý'],
  ru: ['г', 'г-н', 'г-жа', 'президент', 'премьер', 'министр', 'св'],
  uk: ['пан', 'пані', 'президент', 'прем', 'міністр', 'св'],
  nl: ['dhr', 'mevr', 'dr', 'prof', 'st', 'sint', 'president', 'minister', 'koning', 'koningin'],
};

/**
 * Lower-case particles allowed inside a name mention (von der Leyen, de Gaulle, da Silva,
 * bin Salman). Reason: nobiliary and patronymic particles of European and Arabic names.
 */
export const NAME_PARTICLES: readonly string[] = ['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'bin', 'ibn', 'al', 'el', 'y'];

/**
 * German common-noun suffixes. German capitalises every noun, so nouns are extracted as
 * name candidates; these derivational suffixes form abstract and collective nouns and
 * never surnames or place names of people, so words ending in them are not compared in
 * German text (Regierung, Freiheit, Gesellschaft, Nation, Realität, Kapitalismus).
 */
export const DE_NOUN_SUFFIXES: readonly string[] = ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'ität', 'itäten', 'ismus', 'ismen', 'nis', 'nisse', 'tum', 'tümer', 'ment', 'mente', 'enz', 'enzen', 'anz', 'anzen', 'ling', 'linge', 'chen', 'lein', 'ik', 'iken', 'ie', 'ien', 'ur', 'uren', 'ei', 'eien'];

/**
 * German determiners (articles, article contractions, demonstratives, possessives). Reason:
 * German capitalises every noun; a capitalised word after a determiner (with only lower-case
 * adjectives or numbers between) is a common noun in that occurrence ("die Reihe", "im
 * Schatten", "des 19. Jahrhunderts"), and person names almost never take one. A lexeme seen
 * in such a context is not compared in German text.
 */
export const DE_DETERMINERS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines',
  'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jener', 'jene', 'jenes', 'jeden', 'jede', 'jedes', 'jedem', 'jeder', 'welche', 'welcher', 'welches',
  'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'unser', 'unsere', 'unseren', 'unserem', 'unserer',
  'mein', 'meine', 'meinen', 'meinem', 'meiner', 'dein', 'deine', 'euer', 'eure', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs', 'übers', 'durchs',
  'viele', 'vielen', 'alle', 'allen', 'einige', 'einigen', 'mehrere', 'mehreren', 'beide', 'beiden', 'manche', 'solche', 'andere', 'anderen',
];

/**
 * Consonant alternations before front-vowel case endings (Czech Afrika / Africe, Aljaška /
 * Aljašce, Praha / Praze; Polish Ameryka / Ameryce, Polska / Polsce). Reason: regular
 * stem alternations of the language's declension (dative/locative in -e/-ě/-i). A stem ending
 * in the first string after such an ending also yields the stem with the second.
 */
export const FRONT_ALTERNATIONS: Readonly<Record<string, readonly [string, string][]>> = {
  cs: [['c', 'k'], ['z', 'h'], ['ř', 'r'], ['š', 'ch'], ['ze', 'g']],
  sk: [['c', 'k'], ['z', 'h']],
  pl: [['sc', 'sk'], ['c', 'k'], ['dz', 'g'], ['rz', 'r'], ['ście', 'st']],
  sl: [['c', 'k']],
};

/**
 * Agglutinative languages with stem alternations (Finnish and Estonian consonant gradation,
 * Hungarian and Turkish vowel harmony): Yhdysvaltain / Yhdysvaltojen, Eurooppaa / Euroopan
 * are one name. Reason: their case endings change the stem, so stems are used only to tell
 * that two forms are one spelling, and variants are only linked on whole forms with equal
 * skeletons.
 */
export const AGGLUTINATIVE = new Set(['fi', 'et', 'hu', 'tr']);

/** Languages that capitalise common nouns (German, Luxembourgish). */
export const NOUN_CAPITALISING = new Set(['de', 'lb']);

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
