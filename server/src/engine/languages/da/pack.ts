/** Everything Calque knows of the language da: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'da',
  detection: [{ franc: ['dan'], script: 'Latin', extra: 'æøåé', group: 'nord' }],
  quotes: {
    name: 'Danish',
    primary: '»«',
    secondary: '›‹',
    alternatives: ['„“', '‚‘', '””', '’’'],
    source: 'Dansk Sprognævn, Retskrivningsordbogen §56 (»…«, „…“ and ”…” all correct); [WP]',
  },
  abbreviations: ['f', 'eks', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'jf', 'kap', 'nr', 's', 'st', 'tlf', 'mio', 'mia', 'kr', 'kl', 'dr', 'prof', 'inkl', 'ekskl', 'evt', 'pga', 'vedr', 'iflg', 'ang', 'hhv'],
  ordinalDot: true,
  oneLetterWords: 'i å',
  punctuation: { openers: ['en', 'et', 'af', 'fra', 'mellem', 'og', 'eller', 'sin', 'sit', 'sine'], conjunctions: ['og', 'eller', 'til'] },
  colonSuffix: true,
  repetition: { relatives: ['som', 'der', 'hvem', 'hvad'], pairs: ['som', 'det', 'der'], runs: ['ja', 'nej', 'ha', 'meget', 'så'], conjunctions: ['og', 'eller'], coordination: ['mere', 'mindre', 'igen'] },
  names: {
    caseEndings: ['s'],
  },
  compounding: true,
} satisfies LanguagePack;
