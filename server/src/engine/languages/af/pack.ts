/** Everything Calque knows of the language af: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'af',
  detection: [{ franc: ['afr'], script: 'Latin', extra: 'áéèêëíîïóôöúûüŉ' }],
  compounding: true,
} satisfies LanguagePack;
