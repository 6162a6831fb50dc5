/** Everything Calque knows of the language no: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'no',
  quotes: {
    name: 'Norwegian',
    primary: '«»',
    secondary: '‘’',
    alternatives: ['””', '’’', '„“'],
    source: 'Språkrådet, “Anførselstegn” («…» primary, ‘…’ inside; ”…” accepted); [WP]',
  },
  abbreviations: ['f', 'eks', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'jf', 'kap', 'nr', 's', 'st', 'tlf', 'mill', 'mrd', 'kr', 'kl', 'dr', 'prof', 'inkl', 'ekskl', 'evt', 'pga', 'vedr', 'iflg', 'ang', 'mht', 'hhv', 'ifm'],
  ordinalDot: true,
  oneLetterWords: 'i å',
  punctuation: { openers: ['en', 'et', 'ei', 'av', 'fra', 'mellom', 'og', 'eller', 'sin', 'sitt', 'sine'], conjunctions: ['og', 'eller', 'til'] },
  colonSuffix: true,
  repetition: { relatives: ['som', 'der', 'hvem', 'hva'], pairs: ['som', 'det', 'der'], runs: ['ja', 'nei', 'ha', 'veldig', 'så'], conjunctions: ['og', 'eller'], coordination: ['mer', 'mindre', 'igjen'] },
  names: {
    caseEndings: ['s'],
  },
  compounding: true,
} satisfies LanguagePack;
