/** Everything Calque knows of the language mr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'mr',
  detection: [{ franc: ['mar'], script: 'Devanagari' }],
  detectByDefault: true,
  reduplicating: true,
} satisfies LanguagePack;
