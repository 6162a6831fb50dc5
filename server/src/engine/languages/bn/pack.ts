/** Everything Calque knows of the language bn: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'bn',
  reduplicating: true,
} satisfies LanguagePack;
