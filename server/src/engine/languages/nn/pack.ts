/** Everything Calque knows of the language nn: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'nn',
  detection: [{ franc: ['nno'], script: 'Latin', extra: 'æøåéèêóòô', group: 'nord' }],
  ordinalDot: true,
  colonSuffix: true,
  compounding: true,
} satisfies LanguagePack;
