/** Everything Calque knows of the language tr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'tr',
  detection: [{ franc: ['tur'], script: 'Latin', extra: 'çğıöşüâîû' }],
  functionWords: 'bir ve bu de da için olarak daha ile çok en olan ancak gibi sonra kadar ya tarafından her birlikte ardından arasında olduğunu veya kendi karşı',
  quotes: {
    name: 'Turkish',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['«»'],
    outerSpace: false,
    source: 'TDK Yazım Kılavuzu, “Tırnak işareti” (“…”, ‘…’ inside); suffixes follow a closing mark; [WP]',
  },
  abbreviations: ['vb', 'vs', 'bkz', 'yy', 'sy', 'no', 'dr', 'prof', 'doç', 'yrd', 'av', 'md', 'örn', 'ör', 'krş', 'age', 'agm', 'sf', 's', 'c', 'cad', 'sok', 'mah', 'apt', 'tel', 'mlr', 'mly', 'bin', 'gen', 'alb', 'yzb'],
  titleAbbreviations: ['Dr', 'Prof', 'Doç', 'Av', 'Yrd', 'Op', 'Sn', 'Gen', 'Alb', 'Cad', 'Sok', 'Mah'],
  ordinalDot: true,
  oneLetterWords: 'o',
  quoteContinuations: ['dedi', 'diye', 'diyor', 'dediler', 'demiş', 'demişti', 'diyerek', 'dedim', 'der', 'denildi', 'söyledi', 'ekledi', 'açıkladı', 'belirtti', 'yazdı'],
  punctuation: { openers: ['ve', 'veya', 'ile'], conjunctions: ['ve', 'veya', 'ile'] },
  reduplicating: true,
  names: {
    agglutinative: true,
  },
  numbers: {
    scales: [['bin|bine|binde|binden|bini|binin|binlik\\p{L}*', 1e3], ['milyon\\p{L}*|mn', 1e6], ['milyar\\p{L}*|mlr', 1e9], ['trilyon\\p{L}*', 1e12]],
    scaleForms: { 1e3: { one: 'bin', other: 'bin' }, 1e6: { one: 'milyon', other: 'milyon' }, 1e9: { one: 'milyar', other: 'milyar' } },
    spelled: [[0, 'sıfır'], [1, 'bir'], [2, 'iki'], [3, 'üç'], [4, 'dört'], [5, 'beş'], [6, 'altı'], [7, 'yedi'], [8, 'sekiz'], [9, 'dokuz'], [10, 'on'], [20, 'yirmi'], [30, 'otuz'], [40, 'kırk'], [50, 'elli'], [60, 'altmış'], [70, 'yetmiş'], [80, 'seksen'], [90, 'doksan'], [100, 'yüz'], [1000, 'bin'], [12, 'düzine'],
      [1, 'birinci ilk'], [2, 'ikinci'], [3, 'üçüncü'], [4, 'dördüncü'], [5, 'beşinci']],
    compoundPrefix: [],
    spelledPrefix: 3,
  },
  length: {
    perEnglishChar: 1.045,
    sentenceVariance: 2.32,
  },
} satisfies LanguagePack;
