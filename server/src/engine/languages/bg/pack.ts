/** Everything Calque knows of the language bg: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'bg',
  detection: [{ franc: ['bul'], script: 'Cyrillic', alphabet: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ' }],
  detectByDefault: true,
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
  // Речник на българския език (ИБЕ, БАН): милион, милиард, трилион, процент with their count form
  // (after a fraction: "2,5 милиона", "1,5 процента") and plural; the abbreviations млн., млрд.,
  // трлн., хил. of the Официален правописен речник на българския език (БАН, 2012).
  scaleWords: ['милион', 'милиона', 'милиони', 'милиард', 'милиарда', 'милиарди', 'трилион', 'трилиона', 'трилиони', 'млн', 'млрд', 'трлн', 'хил', 'процент', 'процента'],
  // Labels of btvnovinite.bg ("Прочетете още:"), nova.bg and dir.bg ("Вижте още:"), dnevnik.bg
  // ("Още по темата"); "Реклама" as a line of its own (whole-line only, data/artifacts.ts).
  stubPrefixes: ['прочетете още:', 'вижте още:', 'още по темата', 'реклама'],
  repetition: {
    // No grammatical double: "да, да" and "не, не" take a comma (БАН, 2012), so "да да" is a slip.
    pairs: [],
    // Interjections and refrains written as runs: "ха ха ха", "бла бла бла", "ла ла ла".
    runs: ['ха', 'хи', 'хе', 'бла', 'ла'],
    conjunctions: ['и', 'или'],
    // "отново и отново", "пак и пак", "още и още", "все повече и повече", "години и години", "часове и часове"
    // "само и само" ('just so as to', a set intensifier: "само и само да се прехрани"; fortunes-bg).
    coordination: ['само', 'отново', 'пак', 'още', 'повече', 'години', 'часове'],
  },
  // Iterated verbs ("растат и растат", "чакаха и чакаха", "чакаше и чакаше", "чакали и чакали"):
  // present 3rd plural, aorist 3rd plural, imperfect 3rd singular, l-participle (Граматика на
  // съвременния български книжовен език, БАН 1983). The 3rd singular ("расте и расте") ends as
  // nouns and adjectives do (-е, -а, -и) and is not told apart.
  iterativeEndings: /(?:ат|ят|ха|ше|ла|ли|ло)$/u,
  punctuation: { openers: ['в', 'във', 'на', 'с', 'със', 'от', 'до', 'за', 'по', 'при', 'през', 'над', 'под', 'без', 'към', 'и', 'или'], conjunctions: ['и', 'или', 'а'], questionEllipsis: true },
  inflection: { endings: ['та', 'то', 'те', 'ът', 'ят', 'а', 'я', 'и', 'ове', 'ите', 'овете', 'ища'] },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['всички права запазени'] },
  cases: [
    { rule: 'capitalization', flag: ['Министърът пристигна в София. на следващия ден той се срещна с журналисти.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['Сградата е построена през 1905 г. по проект на архитект Никола Лазаров.', 'Населението на общината е около 40 хил. души.', 'Бюджетът е 5 млн. лв. за първата година.'], why: 'г. хил. млн. лв. are abbreviations: the lower-case word after them goes on the sentence' },
    { rule: 'quotes', flag: ['Премиерът нарече преговорите “конструктивни”.', '»Няма да отстъпим«, заяви той.'], why: 'English “…” instead of „…“; guillemets the wrong way round' },
    { rule: 'quotes', quiet: ['Компанията „Булгаргаз“ обяви нови цени.', 'Той каза: „Прочетохме статията «Новата икономика» и сме съгласни с нея“.', '„Готови сме за диалог“, заяви министърът.'], why: '„…“ outside, «…» inside (БАН, 2012)' },
    { rule: 'typography', flag: ['Бюджетът на проекта ще бъде 2.5 млрд. лв.', 'Инфлацията се ускори до 7.4 процента.'], why: 'an English decimal point before млрд. / процента' },
    { rule: 'typography', quiet: ['Бюджетът на проекта ще бъде 2,5 млрд. лв.', 'Инфлацията се ускори до 7,4 процента, съобщи НСИ.', 'На стадиона се събраха 12 000 зрители.'], why: 'the decimal comma before a scale word; a spaced thousands group' },
    { rule: 'punctuation', flag: ['Законът влиза в сила от; януари.', 'Правителс?твото одобри проекта.', 'Реформата, по думите на министъра? ще продължи и догодина.'], why: 'a semicolon after the preposition от, a question mark inside a word and before a lower-case word' },
    { rule: 'punctuation', quiet: ['Въпросът е един: какво следва?', 'Присъдата е пет години затвор; адвокатите ще я обжалват.'], why: 'a colon and a semicolon that end a clause' },
    { rule: 'repetition', flag: ['Министърът пристигна в в София в понеделник.', 'Решението беше важно и важно за всички.'], why: 'a doubled preposition; an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Отново и отново властите отлагат решението.', 'Работи само и само да се прехрани.', 'Все повече и повече хора работят от вкъщи.', 'Цените растат и растат.', 'Публиката се смееше: „Ха ха ха!“'], why: '“отново и отново”, “повече и повече”, the iterated verb “растат и растат”, the interjection run “ха ха ха”' },
    { rule: 'artifact', flag: ['Правителството одобри законопроекта.\n\nПрочетете още: Какво ще промени новият закон\n\nЗаконът влиза в сила през януари.', 'Парламентът прие бюджета.\n\nРеклама\n\nБюджетът влиза в сила през януари.'], why: 'a “Прочетете още:” line and a lone “Реклама” line left by the scraper' },
    { rule: 'artifact', quiet: ['Рекламата по телевизията е поскъпнала с 15% за година.', 'Вижте още веднъж условията на договора, съветва адвокатът.', 'Още по темата ще говорим в следващия брой.'], why: 'the label words in ordinary sentences' },
    { rule: '*', quiet: ['Правителството одобри проектобюджета за 2025 г., съобщи на 12 септември финансовият министър Людмила Петкова. По думите ѝ дефицитът ще бъде 3% от БВП, а разходите за заплати ще нараснат с 1,2 млрд. лв. Документът ще бъде внесен в Народното събрание до края на месеца. Депутатите ще го обсъдят на първо четене през октомври.\n\n„Изхождаме от консервативен сценарий“, заяви Петкова на брифинг в София. Тя отбеляза, че цените на енергията може да се понижат. Според анализатори от Института за пазарна икономика прогнозата е реалистична. Окончателното решение се очаква през ноември.'], why: 'native news paragraphs' },
  ],
} satisfies LanguagePack;
