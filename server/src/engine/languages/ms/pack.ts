/** Everything Calque knows of the language ms: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ms',
  detection: [{ franc: ['zlm'], script: 'Latin', extra: '', group: 'malay' }],
  reduplicating: true,
} satisfies LanguagePack;
