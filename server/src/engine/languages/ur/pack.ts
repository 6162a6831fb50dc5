/** Everything Calque knows of the language ur: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ur',
  detection: [{ franc: ['urd'], script: 'Arabic' }],
  detectByDefault: true,
  reduplicating: true,
} satisfies LanguagePack;
