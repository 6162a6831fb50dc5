/** Everything Calque knows of the language en: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'en',
  detection: [{ franc: ['eng'], script: 'Latin', extra: '' }],
  detectByDefault: true,
  // PUD's 45 commonest closed-class words, and the pronouns and auxiliaries of speech and quotation
  // that news prose in PUD rarely uses (you, we, me, my, am, do, did, will, can, up, down, get…: Cambridge Grammar
  // of English, the closed classes): without them a short English sentence has no English
  // function word and may be read as Catalan or Romanian ("I am just a nice, clean-cut boy").
  functionWords: 'the of in to and was is that as it for on with by at he his from are this have were an be has but which had their not they been also who there her after its about would you we me my our your she him them us am do does did will can could should may might must what how when where why if so no than then because just very never much up down out off over get got',
  quotes: {
    name: 'English',
    primary: '“”',
    secondary: '‘’',
    // Single marks as the outer pair: British book style and US headline style.
    alternatives: ['‘’'],
    source: 'Chicago Manual of Style 17th ed. 6.9, 13.30 (US); New Hart’s Rules 9.2 (UK: ‘…’ with “…” inside, double also common); [WP]',
  },
  abbreviations: ['etc', 'vs', 'cf', 'approx', 'incl', 'esp', 'ca', 'al', 'fig', 'figs', 'no', 'nos', 'vol', 'vols', 'pp', 'ed', 'eds', 'dept', 'est', 'min', 'max', 'govt', 'jr', 'sr', 'st', 'mt', 'ft', 'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'inc', 'corp', 'ltd', 'co', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'avg', 'misc', 'mio', 'bn', 'mln', 'tel', 'ext', 'viz', 'ibid', 'op', 'cit', 'ch', 'sec', 'art', 'para', 'resp', 'abt', 'admin', 'assn', 'ave', 'blvd', 'rd', 'b', 'd', 'lit', 'gr', 'lat', 'ger', 'fr', 'it', 'sp', 'port', 'russ', 'pol', 'trans', 'abbr', 'aka', 'tbsp', 'tsp', 'oz', 'lb', 'lbs', 'cont', 'qt', 'doz', 'hr', 'hrs', 'yr', 'yrs', 'wk', 'wks'],
  titleAbbreviations: ['Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'St', 'Mt', 'Gen', 'Sen', 'Rep', 'Gov', 'Capt', 'Sgt', 'Col', 'Lt', 'Rev', 'Hon', 'Pres', 'No', 'Nos', 'Vol', 'Fig', 'vs'],
  oneLetterWords: 'a i',
  standaloneWords: 'yes no yeah nope okay ok thanks thank sorry please hello goodbye bye indeed exactly absolutely certainly definitely right sure true nothing never nobody none everything everyone enough period again finally seriously really well so anyway still amen bravo wow oh ah hm hmm agreed done fine good great perfect correct wrong why how what when where who which maybe perhaps probably possibly always sometimes often gone over silence',
  punctuation: { openers: ['the', 'a', 'an', 'my', 'your', 'our', 'their', 'its', 'of', 'from', 'into', 'onto', 'upon', 'towards', 'toward', 'among', 'amongst', 'between', 'during', 'via', 'per', 'than', 'whose', 'and', 'or', 'nor'], conjunctions: ['and', 'or', 'to', 'nor'] },
  repetition: { relatives: ['who', 'which', 'that', 'whoever', 'whatever', 'what', 'whom', 'where', 'when'],
    // "What she did did", "Whoever wins wins", "Everyone who came came" (a relative clause's
    // verb and the main clause's verb; Huddleston & Pullum, The Cambridge Grammar of the English
    // Language, ch. 12 "Relative constructions"): the words that open such a clause, the words
    // that are never its last verb, and the words before a double that make it a noun ("that the
    // victim victim") or a verb phrase cut short ("they should leave leave").
    clauseVerbs: {
      relatives: ['what', 'whatever', 'who', 'whoever', 'whom', 'which', 'whichever', 'that'],
      notVerbs: ['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'i', 'he', 'she', 'we', 'they', 'you', 'it', 'this', 'these', 'those', 'my', 'his', 'her', 'its', 'their', 'our', 'your', 'not', 'no', 'so', 'as', 'if', 'there', 'that', 'what', 'who', 'which'],
      notAfter: ['the', 'a', 'an', 'this', 'these', 'those', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'do', 'does', 'did', "don't", "didn't", "won't", "can't"],
    },
    // English questions put a modal before a name: "Will Will come?", "May May stay?".
    modalsBeforeNames: ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'do', 'is', 'was', 'has', 'had'],
    // Function words are no names: "The the" at a sentence start is a slip, "Will will" a name and a modal.
    neverNames: ['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'are', 'was', 'were', 'be', 'it', 'i', 'he', 'she', 'we', 'they', 'you', 'this', 'that', 'these', 'those', 'there', 'as', 'if', 'not', 'no', 'so', 'has', 'have', 'had', 'do', 'does', 'did', 'would', 'can', 'could', 'should', 'might', 'must', 'his', 'her', 'its', 'their', 'our', 'my', 'your'],
    // "that that" (conjunction + demonstrative) is grammar, but not before a determiner: "confident that that this administration" is a slip.
    pairsNotBefore: { that: ['the', 'a', 'an', 'this', 'these', 'those'] },
    // "I told you you were right", "We warned you you would lose": a verb's object, then the
    // subject of its that-clause without "that" (Quirk et al., A Comprehensive Grammar, §16.35).
    pairsAfter: { you: ['tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'promise', 'promised', 'promises', 'assure', 'assured', 'assures', 'remind', 'reminded', 'reminds', 'show', 'showed', 'shown', 'bet', 'guarantee', 'guaranteed', 'convince', 'convinced', 'persuade', 'persuaded', 'inform', 'informed', 'teach', 'taught'] },
    // "they talked and talked for hours", "it rains and rains": a verb in -ed or -s coordinated
    // with itself before a preposition or adverb, or at the clause end (not -ous, -ics, -ss, -ness nouns and adjectives).
    iterativeByPosition: { endings: '[^s]s$|ed$', except: '(?:ous|ics|ss|ness)$', before: ['for', 'until', 'till', 'but', 'and', 'on', 'in', 'at', 'to', 'all', 'without', 'while', 'as', 'again'] },
    // "bigger and bigger", "closer and closer": comparatives in -er of five letters or more.
    comparatives: { ending: 'er', minLength: 5 },
    // had had (past perfect of have), that that (conjunction + demonstrative; but see the
    // determiner check in rules/repetition.ts), do do ("they do do"), can can (noun + modal; can-can).
    pairs: ['had', 'that', 'do', 'can'],
    // Intensifying and interjectional reduplication (LanguageTool's English exceptions and tests):
    runs: ['so', 'far', 'very', 'really', 'long', 'many', 'much', 'bye', 'ha', 'hah', 'haha', 'ho', 'hee', 'oh', 'ah', 'ok', 'okay', 'o', 'hip', 'knock', 'tut', 'blah', 'bla', 'chop', 'meow', 'woof', 'boo', 'yeah', 'yes', 'no', 'come', 'now', 'there', 'well', 'hush', 'night', 'quick', 'pom', 'tick', 'tock', 'cha', 'la', 'na', 'da', 'dum', 'bang', 'choo', 'beep', 'tsk', 'hey', 'ooh', 'aah', 'wow', 'go'],
    conjunctions: ['and', 'or', 'nor'], negations: ['not', 'never'],
    // "more and more", "again and again", "over and over", "on and on", "round and round",
    // "through and through", "by and by", "out and out", "neck and neck", "years and years"…
    coordination: ['more', 'less', 'fewer', 'again', 'lots', 'loads', 'tons', 'you', 'over', 'on', 'round', 'around', 'through', 'by', 'out', 'up', 'down', 'back', 'neck', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'miles', 'times', 'ages', 'higher', 'further', 'farther', 'better', 'worse', 'faster', 'bigger', 'smaller', 'deeper', 'closer', 'louder', 'stronger', 'weaker', 'longer', 'greater', 'harder'],
  },
  stubPrefixes: ['read also:', 'read more:', 'also read:', 'see also:', 'related:', 'related article:', 'related articles:', 'recommended:', 'share on facebook', 'share on twitter', 'share this article', 'share this:', 'click here to', 'subscribe to our newsletter', 'follow us on', 'sign up for our newsletter', 'advertisement', 'continue reading', 'loading...', 'loading…'],
  names: {
    stopWords: [
      'i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your',
      'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with', 'without',
      'after', 'before', 'since', 'until', 'under', 'over', 'about', 'according', 'although', 'though', 'however', 'there', 'here', 'what', 'which', 'who',
      'whom', 'whose', 'why', 'how', 'where', 'all', 'some', 'many', 'most', 'no', 'not', 'one', 'both', 'each', 'every', 'other', 'such', 'also', 'even',
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
      'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    ],
    titles: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'prime', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'gen', 'general', 'col', 'lt', 'capt', 'sgt', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'judge', 'rev', 'st', 'saint', 'secretary', 'ambassador', 'director'],
    articles: ['the'],
  },
  // English dictionaries' argument words; the light verbs be, have, get, make, take, do, go (Quirk et al., A Comprehensive Grammar, §3.63 on irregular verbs).
  // Irregular verbs: the common ones of Quirk et al., A Comprehensive Grammar of the English Language, §3.14–3.16 (forms as listed there; -ing only where a doubled or dropped letter hides the stem).
  irregularVerbs: "arise arose arisen; be was were been being am is are; bear bore borne born; beat beaten; become became; begin began begun; bend bent; bet; bind bound; bite bit bitten; bleed bled; blow blew blown; break broke broken; breed bred; bring brought; build built; burn burnt; burst; buy bought; catch caught; choose chose chosen; cling clung; come came; cost; creep crept; cut; deal dealt; dig dug; do did done does; draw drew drawn; dream dreamt; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen; feed fed; feel felt; fight fought; find found; flee fled; fling flung; fly flew flown flies; forbid forbade forbidden; forget forgot forgotten; forgive forgave forgiven; freeze froze frozen; get got gotten; give gave given; go went gone goes; grind ground; grow grew grown; hang hung; have has had; hear heard; hide hid hidden; hit; hold held; hurt; keep kept; kneel knelt; know knew known; lay laid; lead led; lean leant; leap leapt; learn learnt; leave left; lend lent; let; lie lay lain lying; light lit; lose lost; make made; mean meant; meet met; pay paid; put; quit; read; ride rode ridden; ring rang rung; rise rose risen; run ran; say said; see saw seen; seek sought; sell sold; send sent; set; shake shook shaken; shed; shine shone; shoot shot; show shown; shrink shrank shrunk; shut; sing sang sung; sink sank sunk; sit sat sitting; sleep slept; slide slid; sling slung; speak spoke spoken; spend spent; spill spilt; spin spun; spit spat; split; spread; spring sprang sprung; stand stood; steal stole stolen; stick stuck; sting stung; stink stank stunk; strike struck; string strung; strive strove striven; swear swore sworn; sweep swept; swim swam swum; swing swung; take took taken; teach taught; tear tore torn; tell told; think thought; throw threw thrown; tread trod trodden; understand understood; wake woke woken; wear wore worn; weave wove woven; weep wept; win won; wind wound; wring wrung; write wrote written",
  citationWords: "someone someone's somebody somebody's something sb sth oneself one one's be have get make take do go",
  // Adjectives that intensify or size the noun an idiom already has, which writers insert ("kick
  // the proverbial bucket", "a real can of worms") and machine translation carries over from a
  // source idiom's own modifier ("подложить большую свинью" → "put a big pig"): adjectives of
  // degree and size, which grade the noun without describing it, and the idiom markers
  // "proverbial", "metaphorical", "veritable". Not the descriptive ones that give a noun its
  // literal sense (broken, young, hilly), nor "last", "first", "same" (they pick another referent).
  // Contractions of auxiliaries and "not", and the genitive 's (the clitics of The Cambridge Grammar of the English Language): words of their own to the phrasebooks.
  clitics: ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"],
  // "a" before a consonant sound, "an" before a vowel sound: one article to the phrasebook ("an elephant" is "a big elephant").
  allomorphs: [['a', 'an']],
  idiomModifiers: 'proverbial metaphorical figurative veritable real true genuine absolute complete total utter sheer whole entire big bigger huge enormous giant gigantic massive great little small tiny fat serious major proper',
  placeholders: {
    poss: w("my your his her its our their one's"),
    pron: w('i me you he him she her it we us they them one'),
    refl: w('myself yourself himself herself itself oneself ourselves yourselves themselves'),
    be: w("be am is are was were been being 's 're 'm"),
    art: w('a an the'),
  },
  numbers: {
    scales: [['thousand', 1e3], ['million|mln|mn', 1e6], ['billion|bln|bn', 1e9], ['trillion|trn|tn', 1e12], ['lakhs?|lacs?', 1e5], ['crores?', 1e7]],
    scaleForms: { 1e3: { one: 'thousand', other: 'thousand' }, 1e6: { abbr: 'm', one: 'million', other: 'million' }, 1e9: { abbr: 'bn', one: 'billion', other: 'billion' }, 1e12: { abbr: 'tn', one: 'trillion', other: 'trillion' } },
    percentWords: 'per\\s?cent|percent|pct\\.?|percentage\\s+points?',
    // US dates put the month first ("3/4/2020" is March 4; CLDR en-US yMd); times take a glued or
    // spaced am/pm; "5m" is metres or millions in news ("a £5m deal"); "half a million", "one and a
    // half million"; abbreviated scales are glued ("$5bn": The Economist and Guardian style guides).
    monthFirst: true,
    ampm: true,
    ambiguousGlued: { m: 1e6 },
    halfOf: { word: 'half', before: '\\s+a(?=\\s)' },
    halfBeforeScale: '\\s+and\\s+a\\s+half(?=\\s+(?:million|billion|thousand|trillion))',
    glueAbbreviations: true,
    ordinalSuffix: 'st|nd|rd|th',
    spelled: [[0, 'zero'], [1, 'one'], [2, 'two'], [3, 'three'], [4, 'four'], [5, 'five'], [6, 'six'], [7, 'seven'], [8, 'eight'], [9, 'nine'], [10, 'ten'], [11, 'eleven'], [12, 'twelve dozen'], [13, 'thirteen'], [14, 'fourteen'], [15, 'fifteen'], [16, 'sixteen'], [17, 'seventeen'], [18, 'eighteen'], [19, 'nineteen'], [20, 'twenty'], [30, 'thirty'], [40, 'forty'], [50, 'fifty'], [60, 'sixty'], [70, 'seventy'], [80, 'eighty'], [90, 'ninety'], [100, 'hundred'], [1000, 'thousand'], [1, 'a an'], [10, 'decade'],
      [20, 'twenties'], [30, 'thirties'], [40, 'forties'], [50, 'fifties'], [60, 'sixties'], [70, 'seventies'], [80, 'eighties'], [90, 'nineties'],
      [1, 'first'], [2, 'second'], [3, 'third'], [4, 'fourth'], [5, 'fifth'], [6, 'sixth'], [7, 'seventh'], [8, 'eighth'], [9, 'ninth'], [10, 'tenth'], [2, 'twice'], [3, 'thrice'], [2, 'both'],
      [11, 'eleventh'], [12, 'twelfth'], [13, 'thirteenth'], [14, 'fourteenth'], [15, 'fifteenth'], [16, 'sixteenth'], [17, 'seventeenth'], [18, 'eighteenth'], [19, 'nineteenth'], [20, 'twentieth'], [60, 'sixtieth'], [100, 'hundredth'], [1000, 'thousandth'],
      // "billions of euros" for "数十億ユーロ"; "above freezing" for "above 0 °C"
      [100, 'hundreds'], [1000, 'thousands'], [1e6, 'millions'], [1e9, 'billions'], [0, 'freezing']],
    halfAfter: 'and\\s+a\\s+half',
  },
  length: {
    perEnglishChar: 1,
    sentenceVariance: 0,
  },
  regions: {
    'en-GB': {
      quotes: {
        name: 'British English',
        primary: '‘’',
        secondary: '“”',
        alternatives: ['“”'],
        source: 'New Hart’s Rules (2nd ed.) 9.2.1: single marks with double inside; many newspapers use double; [WP]',
      },
    },
  },
  inflection: {
    endings: ['s', 'es', "'s", '’s', "s'", 's’', "es'", 'es’'],
    replace: { y: ['ies', "ies'", 'ies’'] },
    // The regular verb forms (Quirk et al., A Comprehensive Grammar of the English Language, §§3.5–3.10:
    // -s, -ed, -ing; y → ied; e dropped before -ing; ie → ying): take/taking, hope/hoped, try/tried.
    formEndings: ['s', 'es', 'ed', 'd', 'ing'],
    formReplace: { y: ['ied'], e: ['ing'], ie: ['ying'] },
    minStem: 3,
    // English patterns write verbs in any form ("beating the alarm"), and -s/-ed/-ing make no other noun of a verb form.
    formEndingsInPatterns: true,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['all rights reserved', 'strictly forbidden to use the information', 'strictly prohibited to use', 'may not be reproduced', 'without the written permission', 'without written permission', 'without prior written consent'], weak: ['copyright', 'forbidden', 'prohibited', 'without consent', 'cite', 'as the source', 'reproduction', 'redistribut'] },
  // English in all its forms: a lower-case word outside it and in another language's common
  // words is a leftover (lang/lexicon.ts). Letterpress's list has the dictionary; the frequency
  // lists add current words (emoji, eurozone) but not the other languages' commonest words
  // they also count (und, mais, muy, von), nor the names they count (novak, erdogan).
  lexicon: {
    coverage: 'complete',
    // Its everyday words: the ones named when left in a language with a common list only.
    core: 20000,
    top: 3000,
    sources: [
      { package: 'an-array-of-english-words', licence: 'MIT', origin: 'the Letterpress word list (Loren Brichter, github.com/lorenbrichter/Words), ~275,000 words with their inflected forms' },
      { package: '@zxcvbn-ts/language-en', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies (OpenSubtitles via FrequencyWords; English Wikipedia)', unlessForeign: 5000, unlessIn: ['firstnames', 'lastnames'] },
    ],
    // Foreign words English writes as they are, from Wikipedia's "List of Latin phrases",
    // "List of French words and phrases used by English speakers" and "List of German
    // expressions in English" (the words of their common entries that the lists lack): déjà vu,
    // vice versa, status quo, carpe diem, de facto, bona fide, ad nauseam, a priori/posteriori,
    // pro bono, persona non grata, modus operandi, mea culpa, coup d'état, raison d'être, fait
    // accompli, laissez-faire, joie de vivre, je ne sais quoi, c'est la vie, savoir-faire,
    // nouveau riche, femme fatale, avant-garde, bon appétit, cul-de-sac, coup de grâce, über;
    // "List of English words of Italian origin": al dente, al fresco, dolce vita, sotto voce, a cappella;
    // "List of English words with diacritics" (the accented spellings English keeps: café, naïve,
    // façade, fiancé, résumé, señor, jalapeño, doppelgänger …); and
    // current words the lists predate (Oxford English Dictionary additions 2013–2022).
    extra: 'déjà deja vu versa quo diem etc carpe facto fide nauseam priori posteriori bono grata operandi mea raison être etre fait accompli laissez faire joie vivre quoi savoir riche fatale garde appétit appetit cul grâce über uber ' +
      'dente fresco dolce vita voce cappella ' +
      'café cafés naïve naïveté façade façades fiancé fiancée fiancés cliché clichés résumé résumés rôle rôles élite élites protégé protégée protégés touché exposé exposés soufflé sauté sautéed crème brûlée entrée entrées décor débris début débuts détente communiqué communiqués attaché née doppelgänger señor señora señorita piñata jalapeño jalapeños mañana canapé canapés consommé flambé frappé glacé lamé passé pâté pièce pliés purée risqué soirée soirées matinée habitué blasé outré émigré émigrés ingénue précis séance tête éclair éclairs crêpe crêpes château châteaux plié appliqué rosé cortège décolletage mêlée métier mâché piqué smörgåsbord führer fräulein müesli doña piña colada adiós cañon ' +
      // informal spellings of English words that dictionaries list (Merriam-Webster: yer, ya, y'all, gonna, wanna)
      'yer ya gonna wanna gotta dunno lemme gimme ' +
      // the web and computing words English prose uses as words (RFC and W3C names, common in any article about technology)
      'http https url urls www html css json xml api apis sdk cli gui dir dirs config configs app apps async regex wifi npm arg args param params loc ' +
      'emoji emojis selfie selfies covid cryptocurrency cryptocurrencies bitcoin livestream livestreamed livestreaming wifi microplastic microplastics deepfake deepfakes vape vaping cyberattack cyberattacks ransomware eurozone proactively',
    // The word-game list keeps function words of other languages that English prose never uses
    // (German, French, Spanish, Italian, Portuguese, Dutch, Polish, Lithuanian, Latvian, Swedish,
    // Indonesian: the packs' functionWords that the list has, less those English has too — die,
    // hat, son, pas, pour, van, till, men …).
    // Early Modern English verb endings (third person -eth, second person -est, after a final e
    // -th, -st: "He that findeth", "thou knowest", "maketh"), which proverbs, scripture and quotations keep.
    oldEndings: 'eth est',
    exclude: 'sich eine auf nicht nach sind ich das als dans sur los las che dell dei foram het een maar nie aby kuris kuri arba tika och att hade dari juga',
  },
  cases: [
    { rule: 'untranslated', flag: ["The minister said the reform was sehr important for the whole region."], quiet: ["It was the coup de grâce for the government's plan, and the chef served the pasta al dente."], why: "a German word left in English text; foreign phrases English uses (coup de gr\u00e2ce, al dente) stay silent" },
    { rule: 'untranslated', in: 'es', flag: ['El gobierno presentó el martes el nuevo presupuesto, and the parlamento lo debatirá en marzo.'], quiet: ['La empresa lanzó una herramienta de chat para el trabajo, con stickers, un feed de noticias y un single nuevo.'], why: 'English words left in Spanish text, found by their function words; English loanwords Spanish uses stay silent' },
    { rule: 'untranslated', in: 'pl', flag: ['Rząd przedstawił we wtorek nowy budżet, który with the parlament omówi w przyszłym tygodniu.'], quiet: ['Nie chciałbym wywierać na was presji, ale los republiki spoczywa w waszych rękach.'], why: 'English words left in Polish text; Polish “was” (you) is no English word there' },
    { rule: 'untranslated', in: 'pt', quiet: ['Se o governo for eleito, vai apresentar o orçamento no parlamento em março.'], why: 'Portuguese “for” (subjunctive of ser/ir) is Portuguese' },
    { rule: 'untranslated', in: 'fr', quiet: ['Il est venu dans le but de rencontrer le maire, mais le rendez-vous a été annulé.'], why: 'French “but” (aim) is French' },
    { rule: 'untranslated', in: 'cs', quiet: ['Odehrál jednu ze svých nejlepších tenisových her, když v jednom setu všechno vyhrál.', 'Na několika nahrávkách z alba On a Wing and a Prayer z roku 1992 znovu spolupracovali.'], why: 'Czech “her” (of games); an English title in a Czech sentence' },
    { rule: 'idiom', in: 'en', flag: ['The opposition made an enormous elephant out of a fly over the budget.'], quiet: ['The surgeon operated on the heart of a young man.', 'At the end of the vote count, the mayor conceded defeat.'], why: 'an idiom modifier inside a calque (idiomModifiers, allomorphs a/an); a descriptive adjective or a noun there gives the words their literal sense' },
    { rule: 'capitalization', flag: ['The minister arrived in London on Monday. the talks began an hour later.', 'Prices rose by 3 percent in March. rents went up too.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['The meeting lasted approx. two hours and ended without a deal.', 'Schools, hospitals, libraries, etc. will receive more money next year.', 'The study builds on earlier work (Jones et al. reached a similar result in 2015).'], why: 'a listed abbreviation before a lower-case word is no sentence end' },
    { rule: 'quotes', flag: ['The minister called the plan „unrealistic“ on Monday.', '“The law says “no exceptions”, and we will follow it,” she said.'], why: 'German marks in English text; a nested quotation in the same marks' },
    { rule: 'quotes', quiet: ['“We will not give up,” the mayor said.', '“The law says ‘no exceptions’, and we will follow it,” she said.', '‘We will not give up,’ the mayor’s spokesman said.'], why: 'double marks with single inside; single marks as the outer pair (British style)' },
    { rule: 'punctuation', flag: ['The government approved the; law on Tuesday.', 'The minister ? said the talks would continue.', 'The gov?ernment denied the report.'], why: 'a stray mark after an article, inside a clause, inside a word' },
    { rule: 'punctuation', quiet: ['The vote was close; the law passed by two votes.', 'He named three priorities: jobs, housing and health.', 'Both short- and long-term interest rates fell in May.'], why: 'a semicolon and a colon where a clause ends; a suspended hyphen before “and”' },
    { rule: 'repetition', flag: ['The minister said the the new law would take effect in May.', 'The measures are important and important for the industry.'], why: 'a doubled word; doubled coordination' },
    { rule: 'repetition', flag: ['The institute made specimens of polonium, which were were used in its research.', 'In 1976 he met with a friend who worked worked with his label.'], quiet: ['Everyone who came came by bus.', 'The man who won won a car.'], why: 'a relative clause on an object ends no subject: the verb after it is doubled; after a short subject it is the main verb' },
    { rule: 'repetition', quiet: ['The report may or may not be published before the election.', 'Whether the court will or will not hear the case is unclear.'], why: 'an alternative with the second copy negated (negations)' },
    { rule: 'repetition', quiet: ['By then the company had had three chief executives.', 'What would you do if I told you you had a week to live?', 'More and more people are working from home.', 'Prices rose again and again over the summer.'], why: '“had had”, “more and more”, “again and again” are grammar' },
    { rule: 'artifact', flag: ['Read also: Parliament approves new budget', 'Share on Facebook'], why: 'scraper stub lines' },
    { rule: 'artifact', quiet: ['Advertisements for tobacco will be banned from next year.', 'Related costs rose sharply in the second quarter.'], why: 'a stub label word opening ordinary prose' },
    { rule: 'fragment', flag: ['More than 150,000 people took part in the protests. persons.', 'The stadium will be finished by 2030. Tickets. Sales of tickets will start next year.'], why: 'an orphan word after a full stop, in lower case or capitalised' },
    { rule: 'fragment', quiet: ['Reporters asked whether the report would be published. Yes. The spokesman said yes twice, then left the room.', 'Critics said the plan would fail. Exactly. It failed exactly as they had predicted.'], why: 'a standalone word (“Yes.”, “Exactly.”) used as a one-word sentence' },
    { rule: '*', quiet: [
      'The Denver City Council approved a new transportation plan on Tuesday, March 14, 2023. The plan, which will cost an estimated $2.4 billion, includes a new light-rail line and 40 miles of bike lanes. “This is the biggest investment in the city in a generation,” said council president Anna Reyes. Opposition members called the timetable ‘ambitious’ but voted in favor.\n\nWork on the first section is due to begin in early 2025. Residents will be consulted on the route before a final decision is made. Ms. Reyes said the council would publish the full costs by the end of the year. The federal government has promised to cover about 60 percent of the bill.',
    ], why: 'native news prose: quotation marks, a decimal, an abbreviation, a date, a name' },
  ],
} satisfies LanguagePack;
