/** Everything Calque knows of the language fa: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'fa',
  detection: [{ franc: ['pes'], script: 'Arabic' }],
  detectByDefault: true,
  reduplicating: true,
} satisfies LanguagePack;
