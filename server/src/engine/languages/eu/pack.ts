/** Everything Calque knows of the language eu: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'eu',
  ordinalDot: true,
} satisfies LanguagePack;
