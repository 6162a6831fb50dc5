/** Everything Calque knows of the language th: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'th',
  reduplicating: true,
  numbers: {
    // Thai (Royal Institute; Wiktionary "Thai numerals"): written without spaces, so matched without a word end; พัน not before ธ (พันธุ์ = breed).
    scales: [['ล้านล้าน', 1e12], ['พันล้าน', 1e9], ['หมื่นล้าน', 1e10], ['แสนล้าน', 1e11], ['ล้าน', 1e6], ['แสน', 1e5], ['หมื่น', 1e4], ['พัน(?!ธ)', 1e3]],
  },
  length: {
    perEnglishChar: 1.037,
    sentenceVariance: 1.96,
  },
  noFullStop: true,
  unspaced: true,
} satisfies LanguagePack;
