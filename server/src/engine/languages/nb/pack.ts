/** Everything Calque knows of the language nb: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'nb',
  // Bokmål: the written standard of Norwegian; quotes, abbreviations, numbers and the rest come from the no pack.
  inherits: 'no',
  detection: [{ franc: ['nob'], script: 'Latin', extra: 'æøåéèêóòô', group: 'nord' }],
  detectByDefault: true,
  ordinalDot: true,
  colonSuffix: true,
  names: {
    caseEndings: ['s'],
  },
  compounding: true,
  inflection: { endings: ['s', 'en', 'n', 'et', 't', 'e', 'er', 'ene', 'ne', 'r', 'a', 'ens', 'ets', 'enes', 'es'] },
} satisfies LanguagePack;
