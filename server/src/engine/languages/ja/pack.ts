/** Everything Calque knows of the language ja: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ja',
  quotes: {
    name: 'Japanese',
    primary: '「」',
    secondary: '『』',
    alternatives: ['“”', '〝〟', '〝〞'],
    outerSpace: false,
    innerSpace: 'none',
    source: 'JIS X 4051:2004 (「…」, 『…』 inside); 文部省「くぎり符号の使ひ方」(1946); [WP]',
  },
  reduplicating: true,
  numbers: {
    scaleForms: { 1e4: { one: '万', other: '万', glue: true }, 1e8: { one: '億', other: '億', glue: true }, 1e12: { one: '兆', other: '兆', glue: true } },
    percentWords: 'パーセント',
  },
  length: {
    perEnglishChar: 0.51,
    sentenceVariance: 3.31,
  },
  unspaced: true,
  fewExclamations: true,
} satisfies LanguagePack;
