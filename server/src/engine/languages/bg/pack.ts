/** Everything Calque knows of the language bg: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'bg',
  detection: [{ franc: ['bul'], script: 'Cyrillic', alphabet: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ' }],
  functionWords: 'и на в да се от за с не че е по са който която които което като беше бяха със към след при но това той тя те ще си го му',
  quotes: {
    name: 'Bulgarian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['«»', '’‘'],
    source: 'Официален правописен речник на българския език (БАН, 2012), “Кавички” („…“, «…» also); [WP]',
  },
  abbreviations: ['г', 'гг', 'в', 'т', 'н', 'др', 'млн', 'млрд', 'хил', 'лв', 'ул', 'бул', 'гр', 'с', 'стр', 'проф', 'доц', 'д-р', 'мин', 'макс', 'напр', 'англ', 'лат', 'ок', 'св'],
  titleAbbreviations: ['проф', 'акад', 'ул', 'бул', 'св', 'ген', 'г-н', 'г-жа'],
  oneLetterWords: 'а в и с у',
  punctuation: { openers: ['в', 'във', 'на', 'с', 'със', 'от', 'до', 'за', 'по', 'при', 'през', 'над', 'под', 'без', 'към', 'и', 'или'], conjunctions: ['и', 'или', 'а'], questionEllipsis: true },
} satisfies LanguagePack;
