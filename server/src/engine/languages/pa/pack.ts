/** Everything Calque knows of the language pa: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'pa',
  reduplicating: true,
} satisfies LanguagePack;
