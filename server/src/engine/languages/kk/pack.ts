/** Everything Calque knows of the language kk: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'kk',
  detection: [{ franc: ['kaz'], script: 'Cyrillic', alphabet: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя' + 'әғқңөұүһі' }],
  detectByDefault: true,
} satisfies LanguagePack;
