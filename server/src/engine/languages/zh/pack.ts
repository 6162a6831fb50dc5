/** Everything Calque knows of the language zh: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'zh',
  quotes: {
    name: 'Chinese',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['「」', '『』'],
    outerSpace: false,
    source: 'GB/T 15834-2011 标点符号用法 4.4 (“…”, ‘…’ inside); 教育部《重訂標點符號手冊》(Taiwan: 「…」, 『…』); [WP]',
  },
  reduplicating: true,
  numbers: {
    scaleForms: { 1e4: { one: '万', other: '万', glue: true }, 1e8: { one: '亿', other: '亿', glue: true } },
  },
  length: {
    perEnglishChar: 0.364,
    sentenceVariance: 3.16,
  },
  unspaced: true,
  regions: {
    'zh-TW': {
      quotes: {
        name: 'Traditional Chinese',
        primary: '「」',
        secondary: '『』',
        alternatives: ['“”', '‘’'],
        outerSpace: false,
        source: '教育部《重訂標點符號手冊》(2008): 「…」 and 『…』; “…” also common in print; [WP]',
      },
    },
    'zh-Hant': {
      scaleForms: { 1e4: { one: '萬', other: '萬', glue: true }, 1e8: { one: '億', other: '億', glue: true } },
    },
  },
} satisfies LanguagePack;
