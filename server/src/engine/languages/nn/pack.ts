/** Everything Calque knows of the language nn: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'nn',
  // Nynorsk: the written standard of Norwegian; quotes, abbreviations, numbers and the rest come from the no pack.
  inherits: 'no',
  detection: [{ franc: ['nno'], script: 'Latin', extra: 'æøåéèêóòô', group: 'nord' }],
  ordinalDot: true,
  colonSuffix: true,
  compounding: true,
  inflection: { endings: ['s', 'en', 'n', 'et', 't', 'e', 'ar', 'ane', 'er', 'ene', 'a', 'i'] },
} satisfies LanguagePack;
