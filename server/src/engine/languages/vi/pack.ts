/** Everything Calque knows of the language vi: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'vi',
  reduplicating: true,
} satisfies LanguagePack;
