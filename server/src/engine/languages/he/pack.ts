/** Everything Calque knows of the language he: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'he',
  repetition: { pairs: [], runs: [], conjunctions: [], coordination: [] },
} satisfies LanguagePack;
