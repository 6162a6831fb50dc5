/** Everything Calque knows of the language lt: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'lt',
  detection: [{ franc: ['lit'], script: 'Latin', extra: 'ąčęėįšųūž' }],
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
} satisfies LanguagePack;
