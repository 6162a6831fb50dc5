/** Everything Calque knows of the language sr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sr',
  detection: [{ franc: ['srp'], script: 'Latin', extra: 'čćđšž', group: 'sh' }, { franc: ['srp'], script: 'Cyrillic', alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш' }],
  detectByDefault: true,
  quotes: {
    name: 'Serbian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['„”', '»«', '’’', '‘’'],
    source: 'Pravopis srpskoga jezika (Matica srpska, 2010) §“Navodnici”: „…“ and »…«, ’…’ inside; [WP]',
  },
  // "односно" is a whole word, never abbreviated; its abbreviation is одн. (Pravopis, "Skraćenice").
  // The Latin half mirrors the Cyrillic one.
  abbreviations: ['нпр', 'тј', 'итд', 'итсл', 'год', 'бр', 'стр', 'мил', 'млрд', 'хиљ', 'др', 'проф', 'ул', 'мин', 'тзв', 'одн', 'св', 'npr', 'tj', 'itd', 'itsl', 'god', 'br', 'str', 'mil', 'mlrd', 'hilj', 'dr', 'prof', 'ul', 'min', 'tzv', 'odn', 'sv'],
  ordinalDot: true,
  // Речник српскога језика (Матица српска, 2011): милион, милијарда, билион (long scale: 10^12)
  // in the forms after a fraction ("2,5 милиона", "1,5 милијарди/милијарде"); the abbreviations мил.
  // and млрд. of the Pravopis srpskoga jezika (2010); процент, одсто and посто. Both scripts.
  scaleWords: ['милион', 'милиона', 'милијарда', 'милијарде', 'милијарди', 'билион', 'билиона', 'мил', 'млрд', 'процент', 'процента', 'процената', 'одсто', 'посто',
    'milion', 'miliona', 'milijarda', 'milijarde', 'milijardi', 'bilion', 'biliona', 'mil', 'mlrd', 'procent', 'procenta', 'procenata', 'odsto', 'posto'],
  // Labels of blic.rs, nova.rs, novosti.rs ("Pročitajte još:", "Прочитајте још:"), n1info.rs and
  // kurir.rs ("Pročitajte i:"); "Реклама"/"Reklama" as a line of its own (whole-line only, data/artifacts.ts).
  stubPrefixes: ['прочитајте још:', 'прочитајте још', 'pročitajte još:', 'pročitajte još', 'прочитајте и:', 'pročitajte i:', 'реклама', 'reklama'],
  repetition: {
    // "да да": the conjunction да before дати ("Нико није хтео да да изјаву").
    pairs: ['да', 'da'],
    // Interjections written as runs: "ха ха ха", "бла бла бла".
    runs: ['ха', 'хе', 'бла', 'ла', 'ha', 'he', 'bla', 'la'],
    conjunctions: ['и', 'или', 'i', 'ili'],
    // "опет и опет", "изнова и изнова", "све више и више", "све мање и мање", "годинама и годинама", "сатима и сатима"
    coordination: ['опет', 'изнова', 'више', 'мање', 'годинама', 'сатима', 'opet', 'iznova', 'više', 'manje', 'godinama', 'satima'],
  },
  // Iterated verbs ("чекају и чекају", "путују и путују", "чекао и чекао", "чекали и чекали"):
  // present 3rd plural and the l-participle (Станојчић–Поповић, Граматика српског језика). The
  // 3rd singular ("расте и расте") ends as adjectives do (-е, -а, -и) and is not told apart.
  iterativeEndings: /(?:ају|ују|ију|еју|ао|ео|ла|ле|ли|ло|aju|uju|iju|eju|ao|eo|la|le|li|lo)$/u,
  names: {
    // Bulgarian has no case but a definite article; names take none. Serbian/Macedonian Cyrillic: case endings.
    caseEndings: ['ом', 'ем', 'има', 'ама', 'а', 'у', 'е', 'и', 'om', 'em', 'ima', 'ama', 'a', 'u', 'e', 'i'],
    cIsTs: true,
  },
  inflection: { withNameEndings: true, endings: ['о', 'ој', 'ог', 'их', 'o', 'oj', 'og', 'ih'], strip: true, bare: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['сва права задржана', 'sva prava zadržana'] },
  cases: [
    { rule: 'capitalization', flag: ['Министар је допутовао у Београд. следећег дана састао се са новинарима.', 'Ministar je doputovao u Beograd. sutradan se sastao sa novinarima.'], why: 'a sentence that starts in lower case after a full stop (Cyrillic and Latin)' },
    { rule: 'capitalization', quiet: ['Скупштина је закон усвојила 12. маја, тј. два дана после седнице владе.', 'Према проценама, тзв. сива економија чини трећину БДП-а.', 'Skupština je zakon usvojila 12. maja, tj. dva dana posle sednice vlade.', 'Буџет износи 5 млрд. динара.'], why: 'the ordinal “12.” and тј. тзв. tj. млрд. go on the sentence' },
    { rule: 'quotes', flag: ['Премијер је преговоре назвао “конструктивним”.', 'Премијер је преговоре назвао «конструктивним».', 'Premijer je pregovore nazvao “konstruktivnim”.'], why: 'English “…” instead of „…“; guillemets pointing outwards instead of »…«' },
    { rule: 'quotes', quiet: ['Компанија „Србијагас“ најавила је нове цене.', 'Лист »Политика« објавио је интервју с премијером.', 'Рекао је: „Прочитали смо чланак ’Нова економија’ и слажемо се с њим.“', 'Kompanija „Srbijagas“ najavila je nove cene.'], why: '„…“ and »…«, ’…’ inside (Pravopis, Matica srpska)' },
    { rule: 'typography', flag: ['Буџет пројекта износиће 2.5 милијарде динара.', 'Inflacija je ubrzala na 7.4 odsto.'], why: 'an English decimal point before милијарде / odsto' },
    { rule: 'typography', quiet: ['Буџет пројекта износиће 2,5 милијарде динара.', 'Inflacija je ubrzala na 7,4 odsto, saopštio je RZS.', 'Утакмицу је гледало 12.000 гледалаца, а почела је у 19.30 часова.'], why: 'the decimal comma before a scale word; the thousands point and a time' },
    { rule: 'repetition', flag: ['Министар је допутовао у у Београд.', 'Odluka je bila važna i važna za sve.'], why: 'a doubled preposition; an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Нико није хтео да да изјаву.', 'Опет и опет власти одлажу одлуку.', 'Sve više i više ljudi radi od kuće.', 'Грађани чекају и чекају на шалтерима.', 'Публика се смејала: „Ха ха ха!“'], why: 'да + дати, “опет и опет”, “više i više”, the iterated verb “чекају и чекају”, the interjection run' },
    { rule: 'artifact', flag: ['Влада је усвојила предлог закона.\n\nПрочитајте још: Шта доноси нови закон\n\nЗакон ступа на снагу у јануару.', 'Vlada je usvojila predlog zakona.\n\nReklama\n\nZakon stupa na snagu u januaru.'], why: 'a “Прочитајте још:” line and a lone “Reklama” line left by the scraper' },
    { rule: 'artifact', quiet: ['Прочитајте још једном услове уговора, саветује адвокат.', 'Reklama na televiziji poskupela je za 15 odsto.'], why: 'the label words in ordinary sentences' },
    { rule: '*', quiet: ['Влада Србије усвојила је предлог буџета за 2025. годину, саопштио је 12. септембра министар финансија Синиша Мали. Према његовим речима, дефицит ће износити 3 одсто БДП-а, а плате у јавном сектору биће повећане за 8,5 одсто. Документ ће бити упућен Народној скупштини до краја месеца. Посланици ће о њему расправљати у октобру.\n\n„Полазимо од опрезног сценарија“, изјавио је Мали на конференцији за новинаре у Београду. Он је навео да би цене енергената могле да падну. Аналитичари, нпр. из Фискалног савета, сматрају да је пројекција реална. Коначна одлука очекује се у новембру.'], why: 'native news paragraphs' },
  ],
} satisfies LanguagePack;
