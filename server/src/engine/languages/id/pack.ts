/** Everything Calque knows of the language id: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'id',
  detection: [{ franc: ['ind'], script: 'Latin', extra: '', group: 'malay' }],
  functionWords: 'yang dan di untuk pada ini dengan itu dari dalam tidak ke ia adalah mereka oleh telah sebagai akan bahwa lebih juga sebuah saya bisa setelah menjadi tentang seperti ada namun tapi saat',
  quotes: {
    name: 'Indonesian',
    primary: '“”',
    secondary: '‘’',
    source: 'Pedoman Umum Ejaan Bahasa Indonesia (2016) §III.K–L: “…” and ‘…’; [WP]',
  },
  titleAbbreviations: ['Dr', 'Prof', 'Ir', 'Jl', 'No', 'H', 'Hj', 'Bpk', 'Sdr'],
  punctuation: { openers: ['di', 'ke', 'dari', 'pada', 'dengan', 'untuk', 'dan', 'atau'], conjunctions: ['dan', 'atau'] },
  reduplicating: true,
  numbers: {
    scales: [['ribu', 1e3], ['juta\\p{L}*', 1e6], ['miliar\\p{L}*', 1e9], ['triliun', 1e12]],
  },
  length: {
    perEnglishChar: 1.114,
    sentenceVariance: 1.61,
  },
} satisfies LanguagePack;
