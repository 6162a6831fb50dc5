/** Everything Calque knows of the language sl: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sl',
  detection: [{ franc: ['slv'], script: 'Latin', extra: 'čšž', group: 'sh' }],
  quotes: {
    name: 'Slovene',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Slovenski pravopis (SAZU 2001) §378 (»…« and „…“); [WP]',
  },
  abbreviations: ['npr', 'tj', 'itd', 'idr', 'oz', 'št', 'l', 'str', 'mio', 'mrd', 'tis', 'dr', 'prof', 'ul', 'min', 'ipd', 'tako', 'imenovani', 'sv'],
  ordinalDot: true,
  oneLetterWords: 'a i k o s v z',
  names: {
    caseEndings: ['a', 'u', 'e', 'i', 'om', 'em', 'ih', 'ima', 'ega', 'emu'],
    frontAlternations: [['c', 'k']],
    cIsTs: true,
  },
} satisfies LanguagePack;
