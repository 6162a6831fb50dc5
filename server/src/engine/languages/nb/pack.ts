/** Everything Calque knows of the language nb: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'nb',
  detection: [{ franc: ['nob'], script: 'Latin', extra: 'æøåéèêóòô', group: 'nord' }],
  ordinalDot: true,
  colonSuffix: true,
  names: {
    caseEndings: ['s'],
  },
  compounding: true,
} satisfies LanguagePack;
