/** Everything Calque knows of the language mk: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'mk',
  detection: [{ franc: ['mkd'], script: 'Cyrillic', alphabet: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш' }],
  detectByDefault: true,
  ordinalDot: true,
  inflection: { endings: ['та', 'то', 'те', 'от', 'ов', 'он', 'а', 'и', 'ите', 'ови', 'овите'] },
} satisfies LanguagePack;
