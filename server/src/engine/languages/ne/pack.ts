/** Everything Calque knows of the language ne: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ne',
  detection: [{ franc: ['npi'], script: 'Devanagari' }],
  detectByDefault: true,
  reduplicating: true,
} satisfies LanguagePack;
