/** Everything Calque knows of the language ar: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ar',
  detection: [{ franc: ['arb'], script: 'Arabic' }],
  detectByDefault: true,
  // Arabic: "من من" (preposition + relative "who", PUD), letter names in spelled acronyms (بي بي سي = BBC,
  // سي إن إن = CNN, إس إس = SS); رويداً رويداً "little by little", a fixed reduplicated adverb (معجم
  // المعاني / المعجم الوسيط, رود), written with and without the tanween.
  // جدا جدا ("very very"): the intensifier doubled for emphasis, as English "very very" (PUD ar).
  repetition: { pairs: ['من', 'رويدا', 'رويداً'], runs: ['جدا', 'جداً', 'بي', 'سي', 'إس', 'إن', 'دي', 'إم', 'جي', 'تي', 'آي', 'أي', 'كي', 'إف', 'إل'], conjunctions: [], coordination: [] },
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
  cases: [
    { rule: 'repetition', quiet: ['قال إنه سعيد جدا جدا بالنتيجة.'], why: 'the intensifier جدا doubled for emphasis' },
    {
      rule: 'repetition',
      flag: ['أكد الوزير أن أن المفاوضات ستستأنف الأسبوع المقبل.', 'وصل الوفد الأمريكي إلى إلى بيروت مساء الثلاثاء.'],
      why: 'a doubled conjunction and a doubled preposition',
    },
    {
      rule: 'repetition',
      quiet: ['من من المرشحين سيفوز بالانتخابات؟', 'وذكرت شبكة بي بي سي أن المحادثات انتهت دون اتفاق.', 'وذكرت شبكة سي إن إن أن الرئيس سيزور المنطقة قريباً.', 'بدأت الحياة تعود رويداً رويداً إلى شوارع المدينة.'],
      why: 'interrogative مَن + preposition مِن; spelled acronyms (BBC, CNN); the reduplicated adverb رويداً رويداً',
    },
    {
      rule: '*',
      quiet: [
        'أعلن البنك المركزي المصري، يوم الخميس 1 فبراير/شباط 2024، رفع سعر عائد الإيداع لليلة واحدة بواقع نقطتين مئويتين ليصل إلى 21.25%. وقال محافظ البنك حسن عبد الله إن القرار يهدف إلى «كبح التضخم واستعادة الثقة في الاقتصاد». وتوقع محللون أن تتراجع معدلات التضخم تدريجياً خلال الأشهر المقبلة.\n\n' +
          'وفي سياق متصل، قال وزير المالية د. محمد معيط إن الحكومة ستواصل برنامج الإصلاح الاقتصادي. وأضاف أن الموازنة الجديدة «تراعي البعد الاجتماعي» وتزيد مخصصات الدعم. ومن المقرر أن يناقش مجلس النواب مشروع الموازنة الشهر المقبل.',
      ],
      why: 'native news paragraphs: «…», a decimal, the title د., a date and names',
    },
  ],
} satisfies LanguagePack;
