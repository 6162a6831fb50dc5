/** Everything Calque knows of the language bo: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'bo',
  noQuestionMark: true,
} satisfies LanguagePack;
