/** Everything Calque knows of the language nl: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'nl',
  detection: [{ franc: ['nld'], script: 'Latin', extra: 'áéèëïóöü' }],
  functionWords: 'de het een en van in is dat op te voor met zijn die niet aan er door ook om als bij maar werd wordt naar uit dan nog worden heeft hebben was over tot deze dit hij zij ze',
  quotes: {
    name: 'Dutch',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['‘’', '„”'],
    source: 'Taalunie, Taaladvies.net “Aanhalingstekens: enkele of dubbele” (‘…’ and “…”; „…” in older print); [WP]',
  },
  abbreviations: ['bijv', 'bv', 'enz', 'etc', 'o', 'a', 'm', 'n', 'z', 'ca', 'dr', 'mr', 'drs', 'ir', 'prof', 'nr', 'blz', 'jl', 'vs', 'mln', 'mld', 'resp', 'incl', 'excl', 'max', 'min', 'ong', 'tel', 'st'],
  titleAbbreviations: ['Dhr', 'Mevr', 'Dr', 'Drs', 'Ir', 'Mr', 'Prof', 'St', 'nr', 'blz'],
  oneLetterWords: 'u',
  standaloneWords: 'ja nee dank bedankt sorry goed prima precies inderdaad niets niemand nooit altijd alles genoeg klaar waarom hoe wat wanneer waar wie misschien',
  scaleWords: ['miljoen', 'miljard', 'biljoen', 'procent', 'mln', 'mld'],
  punctuation: { openers: ['de', 'het', 'een', 'van', 'voor', 'tijdens', 'tussen', 'zonder', 'en', 'of', 'zijn', 'haar', 'hun', 'ons', 'onze'], conjunctions: ['en', 'of', 'tot'] },
  repetition: { relatives: ['die', 'dat', 'wie', 'wat'], pairs: ['die', 'dat'], runs: ['ha', 'ja', 'nee', 'oh', 'heel', 'zo', 'bla'], conjunctions: ['en', 'of'], coordination: ['meer', 'minder', 'weer', 'steeds', 'jaren', 'uren'] },
  stubPrefixes: ['lees ook:', 'lees meer:', 'advertentie'],
  names: {
    // Dutch, Scandinavian: genitive/plural -s (Ruttes, Putins).
    caseEndings: ['s'],
    titles: ['dhr', 'mevr', 'dr', 'prof', 'st', 'sint', 'president', 'minister', 'koning', 'koningin'],
  },
  numbers: {
    scales: [['duizend', 1e3], ['miljoen\\p{L}*|mln\\.?|mio\\.?', 1e6], ['miljard\\p{L}*|mld\\.?|mrd\\.?', 1e9], ['biljoen\\p{L}*', 1e12]],
    scaleForms: { 1e3: { one: 'duizend', other: 'duizend' }, 1e6: { abbr: 'mln', one: 'miljoen', other: 'miljoen' }, 1e9: { abbr: 'mld', one: 'miljard', other: 'miljard' } },
    percentWords: 'procent',
    ordinalSuffix: 'e|ste|de',
    spelled: [[0, 'nul'], [1, 'een één'], [2, 'twee'], [3, 'drie'], [4, 'vier'], [5, 'vijf'], [6, 'zes'], [7, 'zeven'], [8, 'acht'], [9, 'negen'], [10, 'tien'], [11, 'elf'], [12, 'twaalf dozijn'], [13, 'dertien'], [14, 'veertien'], [15, 'vijftien'], [16, 'zestien'], [17, 'zeventien'], [18, 'achttien'], [19, 'negentien'], [20, 'twintig'], [30, 'dertig'], [40, 'veertig'], [50, 'vijftig'], [60, 'zestig'], [70, 'zeventig'], [80, 'tachtig'], [90, 'negentig'], [100, 'honderd'], [1000, 'duizend']],
  },
  compounding: true,
} satisfies LanguagePack;
