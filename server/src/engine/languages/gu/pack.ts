/** Everything Calque knows of the language gu: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'gu',
  reduplicating: true,
} satisfies LanguagePack;
