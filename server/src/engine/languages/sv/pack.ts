/** Everything Calque knows of the language sv: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sv',
  detection: [{ franc: ['swe'], script: 'Latin', extra: 'åäöé' }],
  functionWords: 'och att som av en för det den på till är de med ett har var han inte från om under men hade vid sig kan efter hans så jag skulle sin mer över när eller hon än',
  quotes: {
    name: 'Swedish',
    primary: '””',
    secondary: '’’',
    alternatives: ['»»'],
    source: 'Språkrådet, Svenska skrivregler (2017) 8.4: ”…” and ’…’, also »…»; [WP]',
  },
  abbreviations: ['t', 'ex', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'resp', 'jfr', 'kap', 'nr', 's', 'st', 'tel', 'milj', 'mdr', 'kr', 'f', 'e', 'kl', 'dr', 'prof', 'forts', 'o', 'tim', 'min', 'max', 'inkl', 'exkl'],
  titleAbbreviations: ['dr', 'Dr', 'prof', 'nr', 'S:t'],
  oneLetterWords: 'i å ö',
  standaloneWords: 'ja nej tack förlåt bra okej precis exakt visst ingenting inget ingen aldrig alltid allt nog slut varför hur vad när var vem kanske',
  punctuation: { openers: ['en', 'ett', 'av', 'från', 'mellan', 'under', 'och', 'eller', 'sin', 'sitt', 'sina'], conjunctions: ['och', 'eller', 'till'] },
  colonSuffix: true,
  repetition: { relatives: ['som', 'vem', 'vad', 'vilken', 'vilket', 'vilka'], pairs: ['som', 'det'], runs: ['ja', 'nej', 'ha', 'oj', 'mycket', 'så'], conjunctions: ['och', 'eller'], coordination: ['mer', 'fler', 'färre', 'mindre', 'åter', 'om', 'år', 'timmar', 'en', 'ett', 'två'] },
  names: {
    caseEndings: ['s'],
  },
  numbers: {
    scales: [['tusen', 1e3], ['miljon\\p{L}*|milj\\.?|mn', 1e6], ['miljard\\p{L}*|mdr|md', 1e9]],
    percentWords: 'procent',
  },
  length: {
    perEnglishChar: 1.028,
    sentenceVariance: 1.01,
  },
  compounding: true,
} satisfies LanguagePack;
