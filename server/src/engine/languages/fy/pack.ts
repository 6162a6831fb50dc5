/** Everything Calque knows of the language fy: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'fy',
  compounding: true,
} satisfies LanguagePack;
