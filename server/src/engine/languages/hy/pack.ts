/** Everything Calque knows of the language hy (Armenian): see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'hy',
  // The Armenian question mark (hartsakan nshan, U+055E) stands over the stressed vowel of the
  // questioned word, inside it, not at the sentence end (Unicode Standard, ch. 7 "Armenian").
  questionMarks: '\u055e',
} satisfies LanguagePack;
