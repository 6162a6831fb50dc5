/** Everything Calque knows of the language az: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'az',
  dottedI: true,
  lowerAfterQuotation: true,
  reduplicating: true,
} satisfies LanguagePack;
