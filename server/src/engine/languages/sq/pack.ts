/** Everything Calque knows of the language sq: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sq',
  detection: [{ franc: ['als'], script: 'Latin', extra: 'çë' }],
  ordinalDot: true,
} satisfies LanguagePack;
