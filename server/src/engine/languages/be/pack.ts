/** Everything Calque knows of the language be: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'be',
  detection: [{ franc: ['bel'], script: 'Cyrillic', marks: 'іў', alphabet: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя' }],
  detectByDefault: true,
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
  titleAbbreviations: ['праф', 'акад', 'ім', 'вул', 'св', 'ген', 'пр', 'пл'],
  oneLetterWords: 'а і з у ў я',
  // Тлумачальны слоўнік беларускай літаратурнай мовы (мільён, мільярд, трыльён, працэнт, адсотак
  // and their genitive singular and plural, the forms after a fraction: "2,5 мільёна", "1,5
  // працэнта"); the abbreviations млн, млрд, трлн, тыс. of the same dictionary's list of
  // abbreviations. адсотак is the native word for "percent" (Наша Ніва, Радыё Свабода).
  scaleWords: ['мільён', 'мільёна', 'мільёнаў', 'мільярд', 'мільярда', 'мільярдаў', 'трыльён', 'трыльёна', 'трыльёнаў', 'млн', 'млрд', 'трлн', 'тыс', 'працэнт', 'працэнта', 'працэнтаў', 'адсотак', 'адсотка', 'адсоткі', 'адсоткаў'],
  punctuation: { openers: ['у', 'ў', 'на', 'з', 'са', 'да', 'ад', 'па', 'пра', 'пры', 'праз', 'над', 'пад', 'для', 'без', 'за', 'і', 'ці', 'або'], conjunctions: ['і', 'ці', 'або', 'а'], questionEllipsis: true },
  repetition: { pairs: [], runs: ['не', 'так', 'ну', 'ха', 'ой', 'ледзь', 'вельмі'], conjunctions: ['і', 'й', 'ці', 'або'], coordination: ['зноў', 'яшчэ', 'больш', 'менш'] },
  // Labels of svaboda.org, belsat.eu, nashaniva.com, zviazda.by. "Рэклама" is
  // left out: it is not in the whole-line-only set of data/artifacts.ts, so "Рэклама: …" headlines would count.
  stubPrefixes: ['чытайце таксама:', 'чытайце таксама', 'глядзіце таксама:'],
  iterativeEndings: /(?:ей|ае|яе|уе|юць|уць|іць|аць|аў|іў|ла|лі|ло|ся)$/u,
  names: {
    // Belarusian (Cyrillic): Лукашэнкі, Ціханоўскай, Ціханоўскую.
    caseEndings: ['ага', 'аму', 'ымі', 'ам', 'ым', 'ай', 'ую', 'ая', 'ых', 'ах', 'ы', 'і', 'а', 'я', 'у', 'ю', 'е', 'й', 'ь'],
  },
  numbers: {
    scales: [['тыс\\.?|тысяч\\p{L}*', 1e3], ['млн\\.?|мільён\\p{L}*', 1e6], ['млрд\\.?|мільярд\\p{L}*', 1e9]],
  },
  inflection: { withNameEndings: true, endings: ['оў', 'аў', 'ю', 'ай', 'ой', 'ёй', 'ем', 'ом', 'ям'], strip: true, bare: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // argument pronouns of Belarusian dictionaries (нехта, нешта); irregular light verbs.
  citationWords: "нехта некага некаму некім нешта нечага нечаму нечым быць мець даць даваць узяць браць ісці",
  boilerplate: { strong: ['усе правы абаронены'] },
  cases: [
    { rule: 'capitalization', flag: ['Міністр прыехаў у Мінск. на наступны дзень ён сустрэўся з журналістамі.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['Будынак пабудаваны ў 1934 г. па праекце архітэктара Іосіфа Лангбарда.', 'Насельніцтва раёна — каля 40 тыс. чалавек.'], why: 'г. and тыс. are abbreviations: the lower-case word after them goes on the sentence' },
    { rule: 'quotes', flag: ['Міністр назваў перамовы “канструктыўнымі”.', '»Мы не адступім«, — сказаў ён.'], why: 'English “…” at the outer level; guillemets the wrong way round' },
    { rule: 'quotes', quiet: ['Кампанія «Белавія» паведаміла пра змены ў раскладзе.', 'Ён сказаў: «Мы прачыталі артыкул „Новая эканоміка“ і згодныя з ім».', '«Мы гатовыя да дыялогу», — заявіў міністр.'], why: '«…» outside, „…“ inside (Правілы §111)' },
    { rule: 'typography', flag: ['Бюджэт праекта складзе 2.5 млрд рублёў.', 'Інфляцыя паскорылася да 7.4 працэнта.'], why: 'an English decimal point before млрд / працэнта' },
    { rule: 'typography', quiet: ['Бюджэт праекта складзе 2,5 млрд рублёў.', 'Інфляцыя паскорылася да 7,4 працэнта, паведаміў Белстат.', 'На стадыёне сабраліся 12 000 гледачоў, матч пачаўся ў 19.30.'], why: 'the decimal comma before a scale word; a spaced thousands group and a time' },
    { rule: 'punctuation', flag: ['Закон уступіць у сілу ў; студзені.', 'Ура?д ухваліў праект.', 'Рэформа, па словах міністра? працягнецца ў наступным годзе.'], why: 'a semicolon after the preposition ў, a question mark inside a word and before a lower-case word' },
    { rule: 'punctuation', quiet: ['Пытанне адно: што рабіць далей?', 'Прысуд суда — пяць гадоў пазбаўлення волі; адвакаты яго абскардзяць.', 'Што ж будзе далей?.. Гэтага пакуль ніхто не ведае.'], why: 'a colon and a semicolon that end a clause; “?..” is Belarusian punctuation (Правілы §100)' },
    { rule: 'repetition', flag: ['Урад ухваліў ухваліў законапраект.', 'Рашэнне было важным і важным для ўсіх.'], why: 'a doubled verb; an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Цэны растуць і растуць.', 'Зноў і зноў улады адкладаюць рашэнне.', 'Людзей на вуліцах станавілася ўсё больш і больш.'], why: 'iterative “растуць і растуць”, “зноў і зноў”, “больш і больш”' },
    { rule: 'artifact', flag: ['Урад ухваліў законапраект аб падатках.\n\nЧытайце таксама: Што зменіць новы закон\n\nЗакон уступіць у сілу ў студзені.', 'Урад ухваліў законапраект аб падатках.\n\nГлядзіце таксама: Як змяняліся цэны ў 2024 годзе\n\nЗакон уступіць у сілу ў студзені.'], why: 'a “Чытайце таксама:” / “Глядзіце таксама:” line left by the scraper' },
    { rule: 'artifact', quiet: ['Чытайце таксама ўважліва дамовы, раіць юрыст.', 'Глядзіце таксама, як змяняліся цэны ў іншых гарадах.'], why: 'the label words in ordinary sentences' },
    { rule: '*', quiet: ['Урад Беларусі ўхваліў праект бюджэту на 2025 год, паведаміў 12 верасня міністр фінансаў Юрый Селівёрстаў. Па яго словах, дэфіцыт складзе 1,5% ВВП, а выдаткі на сацыяльныя праграмы павялічацца. Дакумент будзе ўнесены ў парламент да канца месяца. Дэпутаты разгледзяць яго ў кастрычніку.\n\n«Мы зыходзім з кансерватыўнага сцэнарыя», — заявіў Селівёрстаў на нарадзе ў Мінску. Ён адзначыў, што цэны на нафту могуць знізіцца. Паводле ацэнак аналітыкаў, у 2024 г. эканоміка вырасла на 4 працэнты. Канчатковае рашэнне чакаецца ў лістападзе.'], why: 'native news paragraphs' },
  ],
} satisfies LanguagePack;
