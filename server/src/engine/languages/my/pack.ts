/** Everything Calque knows of the language my: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'my',
  reduplicating: true,
  unspaced: true,
  noQuestionMark: true,
} satisfies LanguagePack;
