/** Everything Calque knows of the language lb: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'lb',
  ordinalDot: true,
  capitalisesNouns: true,
  compounding: true,
} satisfies LanguagePack;
