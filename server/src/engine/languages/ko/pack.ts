/** Everything Calque knows of the language ko: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ko',
  quotes: {
    name: 'Korean',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['「」', '『』'],
    outerSpace: false,
    source: '국립국어원, 한글 맞춤법 부록 “문장 부호” (2015): “…” and ‘…’; [WP]',
  },
  reduplicating: true,
  numbers: {
    scaleForms: { 1e4: { one: '만', other: '만', glue: true }, 1e8: { one: '억', other: '억', glue: true }, 1e12: { one: '조', other: '조', glue: true } },
    percentWords: '퍼센트|프로',
    spelled: [[1, '한 하나'], [2, '두 둘'], [3, '세 셋'], [4, '네 넷'], [5, '다섯'], [6, '여섯'], [7, '일곱'], [8, '여덟'], [9, '아홉'], [10, '열'], [20, '스무 스물'], [30, '서른'], [40, '마흔'], [50, '쉰']],
    spelledPrefix: 2,
  },
  length: {
    perEnglishChar: 0.447,
    sentenceVariance: 2.78,
  },
} satisfies LanguagePack;
