/** Everything Calque knows of the language hu: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'hu',
  detection: [{ franc: ['hun'], script: 'Latin', extra: 'áéíóöőúüű' }],
  quotes: {
    name: 'Hungarian',
    primary: '„”',
    secondary: '»«',
    alternatives: ['’’'],
    outerSpace: false,
    source: 'A magyar helyesírás szabályai (12th ed., 2015) §256: „…”, »…« inside, ’…’ third; [WP]',
  },
  abbreviations: ['pl', 'stb', 'ill', 'kb', 'ún', 'sz', 'évf', 'o', 'old', 'dr', 'prof', 'id', 'ifj', 'özv', 'ny', 'u', 'krt', 'tér', 'ált', 'fsz', 'em', 'hrsz', 'kft', 'zrt', 'rt', 'bt', 'ker', 'kerület', 'mft', 'ft', 'md', 'mrd', 'millió', 'ezer', 'jan', 'febr', 'márc', 'ápr', 'máj', 'jún', 'júl', 'aug', 'szept', 'okt', 'nov', 'dec', 'hétf', 'vas'],
  titleAbbreviations: ['dr', 'Dr', 'prof', 'ifj', 'id', 'özv', 'Szt'],
  ordinalDot: true,
  oneLetterWords: 'a e',
  punctuation: { openers: ['a', 'az', 'egy', 'és', 'vagy'], conjunctions: ['és', 'vagy', 'illetve'] },
  repetition: { pairs: ['a', 'az'], runs: ['igen', 'nem', 'ha', 'nagyon', 'jó', 'egy'], conjunctions: ['és', 'vagy', 'meg'], coordination: ['újra', 'egyre', 'több'] },
  names: {
    // Hungarian case suffixes attach directly or with a hyphen (Orbánt, Orbánnak).
    caseEndings: ['nak', 'nek', 'val', 'vel', 'ról', 'ről', 'tól', 'től', 'ban', 'ben', 'hoz', 'hez', 'höz', 't', 'ot', 'et', 'öt', 'at'],
    agglutinative: true,
  },
  compounding: true,
} satisfies LanguagePack;
