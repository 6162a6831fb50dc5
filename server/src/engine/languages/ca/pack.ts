/** Everything Calque knows of the language ca: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ca',
  detection: [{ franc: ['cat'], script: 'Latin', extra: 'àçéèíïòóúü·' }],
  quotes: {
    name: 'Catalan',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'Institut d’Estudis Catalans, Ortografia catalana (2017) §6.3: «…», “…”, ‘…’; [WP]',
  },
  oneLetterWords: 'a i o',
  punctuation: { openers: ['el', 'la', 'els', 'les', 'un', 'una', 'del', 'dels', 'al', 'als', 'de', 'en', 'amb', 'per', 'sense', 'entre', 'cap', 'i', 'o', 'seu', 'seva', 'seus', 'seves'], conjunctions: ['i', 'o', 'a'] },
  numbers: {
    ordinalSuffix: 'r|n|t|è|a|º|ª',
  },
  prostheticE: true,
} satisfies LanguagePack;
