/** Everything Calque knows of the language lo: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'lo',
  reduplicating: true,
  noFullStop: true,
  unspaced: true,
} satisfies LanguagePack;
