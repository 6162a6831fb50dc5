/** Everything Calque knows of the language sw: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sw',
  reduplicating: true,
} satisfies LanguagePack;
