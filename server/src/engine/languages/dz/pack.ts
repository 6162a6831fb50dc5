/** Everything Calque knows of the language dz: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'dz',
  noQuestionMark: true,
} satisfies LanguagePack;
