/** Everything Calque knows of the language fo: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'fo',
  ordinalDot: true,
} satisfies LanguagePack;
