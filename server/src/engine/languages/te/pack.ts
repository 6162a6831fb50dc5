/** Everything Calque knows of the language te: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'te',
  reduplicating: true,
} satisfies LanguagePack;
