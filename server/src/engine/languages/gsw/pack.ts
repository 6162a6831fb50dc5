/** Everything Calque knows of the language gsw: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'gsw',
  ordinalDot: true,
} satisfies LanguagePack;
