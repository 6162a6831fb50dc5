/** Everything Calque knows of the language tl: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'tl',
  reduplicating: true,
} satisfies LanguagePack;
