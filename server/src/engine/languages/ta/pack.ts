/** Everything Calque knows of the language ta: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ta',
  reduplicating: true,
} satisfies LanguagePack;
