/** Everything Calque knows of the language ar: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ar',
  detection: [{ franc: ['arb'], script: 'Arabic' }],
  // Arabic: "من من" (preposition + relative "who", PUD), letter names in spelled acronyms (بي بي سي = BBC,
  // سي إن إن = CNN, إس إس = SS).
  repetition: { pairs: ['من'], runs: ['بي', 'سي', 'إس', 'إن', 'دي', 'إم', 'جي', 'تي', 'آي', 'أي', 'كي', 'إف', 'إل'], conjunctions: [], coordination: [] },
  numbers: {
    scales: [['آلاف|ألف\\p{L}*|الف', 1e3], ['ملايين|مليون\\p{L}*', 1e6], ['مليار\\p{L}*|بليون\\p{L}*', 1e9], ['تريليون\\p{L}*', 1e12]],
    scaleForms: { 1e3: { one: 'ألف', other: 'ألف' }, 1e6: { one: 'مليون', other: 'مليون' }, 1e9: { one: 'مليار', other: 'مليار' } },
    percentWords: 'بالمئة|بالمائة|في\\s?المئة|في\\s?المائة',
    spelled: [[0, 'صفر'], [1, 'واحد واحدة'], [2, 'اثنان اثنين اثنتان اثنتين'], [3, 'ثلاث ثلاثة'], [4, 'أربع أربعة'], [5, 'خمس خمسة'], [6, 'ست ستة'], [7, 'سبع سبعة'], [8, 'ثماني ثمانية ثمان'], [9, 'تسع تسعة'], [10, 'عشر عشرة'], [20, 'عشرون عشرين'], [30, 'ثلاثون ثلاثين'], [40, 'أربعون أربعين'], [50, 'خمسون خمسين'], [100, 'مائة مئة'], [1000, 'ألف'],
      [1, 'أول أولى حادي حادية'], [2, 'ثاني ثانية'], [3, 'ثالث ثالثة'], [4, 'رابع رابعة'], [5, 'خامس خامسة'], [6, 'سادس سادسة'], [7, 'سابع سابعة'], [8, 'ثامن ثامنة'], [9, 'تاسع تاسعة'], [10, 'عاشر عاشرة'],
      // duals of units news text counts in (two years, days, months, hours, degrees; twice)
      [2, 'عامين عامان سنتين سنتان يومين يومان شهرين شهران ساعتين أسبوعين درجتين درجتان مرتين ضعفين'],
      // decades ("the seventies")
      [20, 'عشرينيات'], [30, 'ثلاثينيات'], [40, 'أربعينيات'], [50, 'خمسينيات'], [60, 'ستينيات'], [70, 'سبعينيات'], [80, 'ثمانينيات'], [90, 'تسعينيات']],
  },
  length: {
    perEnglishChar: 0.842,
    sentenceVariance: 2.42,
  },
} satisfies LanguagePack;
