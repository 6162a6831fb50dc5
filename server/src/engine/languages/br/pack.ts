/** Everything Calque knows of the language br: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'br',
  frenchSpacing: true,
} satisfies LanguagePack;
