/** Everything Calque knows of the language km: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'km',
  reduplicating: true,
  noFullStop: true,
  unspaced: true,
  noQuestionMark: true,
} satisfies LanguagePack;
