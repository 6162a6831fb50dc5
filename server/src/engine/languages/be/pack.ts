/** Everything Calque knows of the language be: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'be',
  detection: [{ franc: ['bel'], script: 'Cyrillic', marks: 'іў', alphabet: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя' }],
  functionWords: 'і ў у на з што не да за ад як гэта яго яе іх быў была было будзе таксама але пра для пасля ўжо яшчэ якія які якая ён яна яны супраць паміж праз',
  quotes: {
    name: 'Belarusian',
    primary: '«»',
    secondary: '„“',
    // „…” (the handwritten form of the lapki) is common in edited Russian-script text.
    alternatives: ['„”'],
    nestedOnly: ['“”'],
    apostrophe: 'ʼ',
    // «…» inside «…»: the norm asks for „…“ inside, but the press often keeps the same marks.
    strictNesting: 'style',
    source: 'Правілы беларускай арфаграфіі і пунктуацыі (2008) §111 («…», inside „…“); [WP]',
  },
  abbreviations: ['г', 'гг', 'ст', 'т', 'зв', 'тыс', 'млн', 'млрд', 'руб', 'вул', 'в', 'с', 'вобл', 'праф', 'акад', 'напр', 'англ', 'лац', 'км', 'рэд', 'выд', 'мін', 'макс', 'інш', 'пам', 'нар', 'літар', 'грэч', 'ням', 'франц', 'італ', 'ісп', 'польск', 'руск', 'укр', 'кіт', 'мн', 'адз', 'прым', 'параўн', 'скар'],
  titleAbbreviations: ['праф', 'акад', 'імя', 'вул', 'св', 'ген', 'пр', 'пл'],
  oneLetterWords: 'а і з у ў я',
  punctuation: { openers: ['у', 'ў', 'на', 'з', 'са', 'да', 'ад', 'па', 'пра', 'пры', 'праз', 'над', 'пад', 'для', 'без', 'за', 'і', 'ці', 'або'], conjunctions: ['і', 'ці', 'або', 'а'], questionEllipsis: true },
  repetition: { pairs: [], runs: ['не', 'так', 'ну', 'ха', 'ой', 'ледзь', 'вельмі'], conjunctions: ['і', 'й', 'ці', 'або'], coordination: ['зноў', 'яшчэ', 'больш', 'менш'] },
  iterativeEndings: /(?:ей|ае|яе|уе|юць|уць|іць|аць|аў|іў|ла|лі|ло|ся)$/u,
  names: {
    // Belarusian (Cyrillic): Лукашэнкі, Ціханоўскай, Ціханоўскую.
    caseEndings: ['ага', 'аму', 'ымі', 'ам', 'ым', 'ай', 'ую', 'ая', 'ых', 'ах', 'ы', 'і', 'а', 'я', 'у', 'ю', 'е', 'й', 'ь'],
  },
  numbers: {
    scales: [['тыс\\.?|тысяч\\p{L}*', 1e3], ['млн\\.?|мільён\\p{L}*', 1e6], ['млрд\\.?|мільярд\\p{L}*', 1e9]],
  },
} satisfies LanguagePack;
