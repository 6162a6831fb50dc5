/**
 * Numbers of a translation against its source (server/src/engine/bilingual/numbers.ts): reading
 * numbers the way each language writes them, matching them across languages, writing them back
 * for a fix, and — precision first — no report on clean parallel text (the PUD slices).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractNumbers, compareNumbers, formatNumber, type NumberDiff, type NumberMention } from '../../server/src/engine/bilingual/numbers';
import { pudDocs } from '../support/helpers';

const show = (m: NumberMention) => `${JSON.stringify(m.text)}=${m.value}`;
const showDiff = (d: NumberDiff) =>
  `missing [${d.missing.map(show)}] extra [${d.extra.map(show)}] changed [${d.changed.map((c) => `${show(c.source)}→${show(c.target)}`)}]`;
const isClean = (d: NumberDiff) => d.missing.length === 0 && d.extra.length === 0 && d.changed.length === 0;
function diff(source: string, sourceLang: string, target: string, targetLang: string): NumberDiff {
  return compareNumbers(extractNumbers(source, sourceLang), extractNumbers(target, targetLang));
}
function assertSame(source: string, sourceLang: string, target: string, targetLang: string): void {
  const d = diff(source, sourceLang, target, targetLang);
  assert.ok(isClean(d), `${sourceLang} ${JSON.stringify(source)} vs ${targetLang} ${JSON.stringify(target)}: ${showDiff(d)}`);
}
/** The reportable numbers (not spelled out, not optional) of a text, as values. */
const values = (text: string, lang: string) => extractNumbers(text, lang).filter((m) => !m.spelled && !m.optional).map((m) => m.value);
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

describe('extractNumbers: separators', () => {
  test('1,000.5 = 1 000,5 (space, NBSP, narrow NBSP, thin space) = 1.000,5 = 1\'000.5', () => {
    assert.deepEqual(values('It is 1,000.5 km.', 'en'), [1000.5]);
    for (const sp of [' ', '\u00A0', '\u202F', '\u2009']) assert.deepEqual(values(`C'est 1${sp}000,5 km.`, 'fr'), [1000.5], JSON.stringify(sp));
    assert.deepEqual(values('Es sind 1.000,5 km.', 'de'), [1000.5]);
    assert.deepEqual(values("Es sind 1'000.5 km.", 'de-CH'), [1000.5]);
    assert.deepEqual(values('Es sind 1’000.5 km.', 'de-CH'), [1000.5]);
    assert.deepEqual(values('Это 1 234 567,89 рубля.', 'ru'), [1234567.89]);
    assert.deepEqual(values('12,34,567 लोग', 'hi'), [1234567]); // Indian grouping
    assert.deepEqual(values('٢٫٥ مليار و١٬٢٣٤ شخص', 'ar'), [2.5e9, 1234]); // Arabic-Indic digits and separators
    assert.deepEqual(values('１２３人', 'ja'), [123]); // fullwidth digits
  });
  test('a decimal written the English way in German is still a decimal', () => {
    const [m] = extractNumbers('Es wuchs um 2.5 Prozent.', 'de');
    assert.equal(m!.value, 2.5);
    assert.equal(m!.alternatives, undefined);
    assert.deepEqual(values('1.8 млрд', 'ru'), [1.8e9]);
  });
  test('"1.500" / "1,500": the language decides, the other reading is kept only when the text leaves it open', () => {
    const en = extractNumbers('It cost 1,500 dollars.', 'en')[0]!;
    assert.equal(en.value, 1500);
    assert.equal(en.alternatives, undefined); // English writes a comma between thousands
    const de = extractNumbers('Es kostet 1.500 Euro.', 'de')[0]!;
    assert.equal(de.value, 1500);
    const deComma = extractNumbers('Es kostet 1,500 Euro.', 'de')[0]!; // a comma left by an English source
    assert.equal(deComma.value, 1.5);
    assert.deepEqual(deComma.alternatives, [1500]);
    const enDot = extractNumbers('It is 1.500 wide.', 'en')[0]!;
    assert.equal(enDot.value, 1.5);
    assert.deepEqual(enDot.alternatives, [1500]);
    const mixed = extractNumbers('Prices: 2,5 and 1,500.', 'en'); // the text writes a decimal comma too
    assert.deepEqual(mixed[1]!.alternatives, [1.5]);
    assert.deepEqual(values('2015,300 people', 'en'), [2015, 300]); // not a decimal, not a thousands group
  });
  test('a run of numbers that is not one number is split, and versions are skipped', () => {
    assert.deepEqual(values('in 2016 300 people', 'fr'), [2016, 300]);
    assert.deepEqual(values('Version 1.2.3 and 10.0.19045', 'en'), []);
    assert.deepEqual(values('Server 192.168.0.1', 'en'), []);
    assert.deepEqual(values('1.234.567 Einwohner', 'de'), [1234567]);
  });
});

describe('extractNumbers: scale words', () => {
  const cases: [string, string, number][] = [
    ['en', '2.5 billion', 2.5e9], ['en', '$221bn', 221e9], ['en', '£3.5m', 3.5e6], ['en', '25 thousand', 25000], ['en', '3 crore', 3e7], ['en', 'one and a half million', 1.5e6],
    ['de', '2,5 Milliarden', 2.5e9], ['de', '2,5 Mrd.', 2.5e9], ['de', '1,8 Mio.', 1.8e6], ['de', '3 Millionen', 3e6], ['de', '25 Tausend', 25000], ['de', '2 Billionen', 2e12],
    ['fr', '2,5 milliards', 2.5e9], ['fr', '1 million et demi', 1.5e6], ['fr', '3 millions', 3e6], ['fr', '2 billions', 2e12], ['fr', '5 M€', 5e6],
    ['es', '2,5 mil millones', 2.5e9], ['es', '2.500 millones', 2.5e9], ['es', '25 mil', 25000], ['es', '3 millones', 3e6], ['es', '1 billón', 1e12],
    ['it', '2,5 miliardi', 2.5e9], ['it', '25 mila', 25000], ['it', '3 milioni', 3e6], ['it', '1 miliardo', 1e9],
    ['pt', '2,5 mil milhões', 2.5e9], ['pt-BR', '2,5 bilhões', 2.5e9], ['pt', '1 bilhão', 1e9], ['pt', '25 mil', 25000], ['pt', '3 milhões', 3e6], ['pt', '2 biliões', 2e12],
    ['pl', '2,5 mld', 2.5e9], ['pl', '25 tys.', 25000], ['pl', '25 tysięcy', 25000], ['pl', '3 tysiące', 3000], ['pl', '1,8 miliarda', 1.8e9], ['pl', '5 milionów', 5e6], ['pl', '3 mln', 3e6],
    ['ru', '2,5 млрд', 2.5e9], ['ru', '25 тысяч', 25000], ['ru', '3 тысячи', 3000], ['ru', '5 тыс.', 5000], ['ru', '1.8 млрд', 1.8e9], ['ru', '3 миллиона', 3e6], ['ru', '5 миллионов', 5e6], ['ru', '2 миллиардами', 2e9],
    ['uk', '2,5 млрд', 2.5e9], ['uk', '25 тисяч', 25000], ['uk', '5 тис.', 5000], ['uk', '3 мільйони', 3e6], ['uk', '2 мільярди', 2e9],
    ['lt', '2,5 mlrd.', 2.5e9], ['lt', '25 tūkst.', 25000], ['lt', '3 mln.', 3e6], ['lt', '3 milijonai', 3e6], ['lt', '5 milijonų', 5e6], ['lt', '2 tūkstančiai', 2000],
    ['lv', '2,5 mljrd.', 2.5e9], ['lv', '25 tūkst.', 25000], ['lv', '3 milj.', 3e6], ['lv', '3 miljoni', 3e6],
    ['cs', '2,5 mld.', 2.5e9], ['cs', '25 tis.', 25000], ['cs', '3 mil.', 3e6], ['cs', '3 miliony', 3e6], ['cs', '5 milionů', 5e6], ['cs', '100 miliónů', 1e8], ['cs', '2 miliardy', 2e9],
    ['tr', '2,5 milyar', 2.5e9], ['tr', '25 bin', 25000], ['tr', '3 milyon', 3e6], ['tr', '3 milyonluk', 3e6],
    ['nl', '2,5 miljard', 2.5e9], ['nl', '25 duizend', 25000], ['nl', '3 miljoen', 3e6],
    ['zh', '25亿', 2.5e9], ['zh', '2.5万', 25000], ['zh', '2210億', 2.21e11], ['zh', '5千', 5000], ['zh', '3万5千', 35000],
    ['ja', '25億', 2.5e9], ['ja', '2万5000', 25000], ['ja', '1億2000万', 1.2e8], ['ja', '1370万', 1.37e7], ['ja', '3兆', 3e12],
    ['ko', '25억', 2.5e9], ['ko', '2만 5천', 25000], ['ko', '1억 370만', 1.037e8], ['ko', '2천2백1십억', 2.21e11], ['ko', '150만', 1.5e6],
    ['hi', '250 करोड़', 2.5e9], ['hi', '2.5 लाख', 250000], ['hi', '25 हज़ार', 25000], ['hi', '25 हजार', 25000], ['hi', '1.5 मिलियन', 1.5e6],
    ['ar', '2,5 مليار', 2.5e9], ['ar', '25 ألف', 25000], ['ar', '3 ملايين', 3e6], ['ar', '103,7 مليون', 1.037e8],
  ];
  for (const [lang, text, value] of cases) {
    test(`${lang} "${text}" = ${value}`, () => {
      const ms = extractNumbers(text, lang);
      assert.equal(ms.length, 1, JSON.stringify(ms));
      assert.ok(near(ms[0]!.value, value), `${ms[0]!.value}`);
    });
  }
  test('mantissa and scale are kept apart', () => {
    const m = extractNumbers('2,5 млрд', 'ru')[0]!;
    assert.equal(m.mantissa, 2.5);
    assert.equal(m.scale, 1e9);
    assert.equal(m.text, '2,5 млрд');
  });
});

describe('extractNumbers: kinds and units', () => {
  const one = (text: string, lang: string) => extractNumbers(text, lang).find((m) => !m.spelled)!;
  test('percent: sign and words', () => {
    for (const [text, lang] of [['5%', 'en'], ['5 per cent', 'en'], ['5 percent', 'en'], ['5 Prozent', 'de'], ['5 %', 'fr'], ['5 pour cent', 'fr'], ['5 процентов', 'ru'], ['%5', 'tr'], ['5٪', 'ar'], ['5％', 'ja'], ['5 प्रतिशत', 'hi'], ['5 por ciento', 'es'], ['66-процентное', 'ru']] as const) {
      const m = one(text, lang);
      assert.equal(m.kind, 'percent', text);
      assert.equal(m.value, lang === 'ru' && text.startsWith('66') ? 66 : 5, text);
      assert.equal(m.unit, '%', text);
    }
    assert.equal(one('5‰', 'de').unit, '‰');
  });
  test('currencies: signs, codes and words', () => {
    for (const [text, lang, unit] of [['$5,000', 'en', 'USD'], ['5 000 $', 'fr', 'USD'], ['€5', 'en', 'EUR'], ['5 EUR', 'de', 'EUR'], ['5 евро', 'ru', 'EUR'], ['5 долларов', 'ru', 'USD'], ['5 zł', 'pl', 'PLN'], ['5 Kč', 'cs', 'CZK'], ['5 ₽', 'ru', 'RUB'], ['5 ₴', 'uk', 'UAH'], ['£12,000', 'en', 'GBP'], ['5美元', 'zh', 'USD'], ['5ドル', 'ja', 'USD'], ['5달러', 'ko', 'USD'], ['R$ 5', 'pt', 'BRL']] as const) {
      const m = one(text, lang);
      assert.equal(m.kind, 'currency', text);
      assert.equal(m.unit, unit, text);
    }
  });
  test('years, dates, times, ordinals', () => {
    assert.equal(one('in 2016', 'en').kind, 'year');
    assert.equal(one('the 1990s', 'en').kind, 'year');
    assert.deepEqual(one('the 1970s', 'en').alternatives, [70]);
    const d = one('on 9 August 2016', 'en');
    assert.equal(d.kind, 'date');
    assert.equal(d.text, '9 August');
    assert.equal(one('am 9. August', 'de').kind, 'date');
    assert.equal(one('9 августа', 'ru').kind, 'date');
    assert.equal(one('August 9, 2016', 'en').value, 9);
    assert.deepEqual(values('10月21日', 'zh'), [21]); // the month is a month name
    assert.deepEqual(values('10월 21일', 'ko'), [21]);
    assert.deepEqual(values('2016-08-09', 'en'), [2016, 9]);
    assert.deepEqual(values('09.08.2016', 'de'), [9, 2016]);
    assert.equal(one('14:30', 'de').value, 870);
    assert.equal(one('2:30 pm', 'en').value, 870);
    assert.equal(one('14h30', 'fr').value, 870);
    assert.equal(one('14.30 Uhr', 'de').value, 870);
    assert.equal(one('午後2時', 'ja').value, 840);
    assert.equal(one('14時30分', 'ja').value, 870);
    for (const [text, lang] of [['9th', 'en'], ['9.', 'de'], ['9-го', 'ru'], ['9-й', 'ru'], ['9e', 'fr'], ['9º', 'es'], ['第9', 'zh'], ['9esimo', 'it'], ['제9', 'ko'], ['9वें', 'hi']] as const) {
      const m = one(`Auf dem ${text} Platz`, lang);
      assert.equal(m.value, 9, text);
      assert.equal(m.kind, 'ordinal', text);
    }
  });
  test('ranges give two numbers; minus signs', () => {
    assert.deepEqual(values('10–15 people', 'en'), [10, 15]);
    assert.deepEqual(values('10-15 people', 'en'), [10, 15]);
    assert.deepEqual(values('between 10 - 15 people', 'en'), [10, 15]);
    assert.deepEqual(values('from −5 to -10 °C', 'en'), [-5, -10]);
    assert.deepEqual(values('a score of 2-1', 'en'), [2, 1]);
    assert.deepEqual(extractNumbers('the 2015-16 season', 'en')[1]!.alternatives, [2016]);
  });
});

describe('extractNumbers: what is not a quantity', () => {
  const controls: [string, string][] = [
    ['en', 'The G7 met over COVID-19 and the F-16; use A4 paper, 4G, 3D and MP3 files.'],
    ['en', 'See https://example.com/page/2024?id=7 or www.example.org/a/1, write to info2@example.org.'],
    ['en', 'Call +44 20 7946 0958 or (202) 555-0143 or 202-555-0143.'],
    ['en', 'Version 1.2.3 fixes it, as does v2 and build 10.0.19045; the server is 192.168.0.1.'],
    ['en', '1. First item\n2. Second item\n3) Third item\n- 4. Fourth'],
    ['en', 'As shown before.[12] Another claim.3 And more [^4].'],
    ['de', 'Die G7 trafen sich wegen COVID-19; siehe www.example.de/a1 oder Version 10.4.1.'],
    ['ru', 'Встреча G7 по COVID-19 прошла на Ил-76 и Су-27; версия 2.0.1.'],
    ['fr', 'Le COVID-19, le G20 et l’A380 ; voir https://exemple.fr/2016/09.'],
    ['pl', '1. Pierwszy punkt\n2. Drugi punkt'],
  ];
  for (const [lang, text] of controls) {
    test(`${lang}: ${JSON.stringify(text.slice(0, 50))}`, () => assert.deepEqual(values(text, lang), []));
  }
  test('spelled-out numbers, halves, dozens: never reported', () => {
    assertSame('Three people and a dozen eggs.', 'en', 'Drei Personen und ein Dutzend Eier.', 'de');
    assertSame('3 people', 'en', 'трое людей', 'ru');
    assertSame('three people', 'en', '3 personnes', 'fr');
    assertSame('twenty-five people', 'en', '25 personas', 'es');
    assertSame('25 Leute', 'de', 'venticinque persone', 'it');
    assertSame('fünfundzwanzig Leute', 'de', '25 persone', 'it');
    assertSame('two million people', 'en', '2 Millionen Menschen', 'de');
    assertSame('Half the people, a couple of friends and dozens of cars.', 'en', 'Die Hälfte der Leute, ein paar Freunde und Dutzende Autos.', 'de');
    assertSame('Only 4 of them came.', 'en', 'Przyszło tylko czterech z nich.', 'pl');
    assertSame('a 10-week course', 'en', 'desetitýdenní kurz', 'cs');
    assertSame('the 4th grade', 'en', 've čtvrté třídě', 'cs');
    assertSame('four minutes', 'en', '四分鐘', 'zh');
    assertSame('3 people', 'en', '세 명', 'ko');
    assertSame('Andre Price III', 'en', '안드레 프라이스 3세', 'ko');
    assertSame('the 45th president', 'en', 'الرئيس الخامس والأربعين', 'ar');
    assertSame('only 11 percent', 'en', 'yüzde on biri', 'tr');
    assertSame('3 people', 'en', 'три людини', 'uk');
    assertSame('5 people', 'en', 'penki žmonės', 'lt');
    assertSame('5 people', 'en', 'vijf mensen', 'nl');
    assertSame('in grade 8', 'en', 'no oitavo ano', 'pt');
    assertSame('three times more', 'en', 'el número se triplicaba', 'es');
    assertSame('2 Jahre', 'de', 'dva roky', 'cs');
    // An unmatched spelled number is never missing or extra.
    assert.ok(isClean(diff('Three people came.', 'en', 'Es kamen Leute.', 'de')));
    assert.ok(isClean(diff('People came.', 'en', 'Es kamen drei Leute.', 'de')));
  });
  test('identifiers glued to letters are skipped on both sides, spaced model numbers are numbers', () => {
    assertSame('The G7 and COVID-19.', 'en', 'Die G7 und Covid-19.', 'de');
    assertSame('The G7 and COVID-19.', 'en', 'Die Gruppe und die Pandemie.', 'de');
    assertSame('The Mate 9 phones', 'en', 'Die Mate 9 Smartphones', 'de');
    assert.deepEqual(diff('The iPhone 15 Pro', 'en', 'Das iPhone Pro', 'de').missing.map((m) => m.value), [15]);
  });
});

describe('compareNumbers', () => {
  const pairs: [string, string, string, string][] = [
    // en "2.5 billion" in every language
    ['en', 'It cost $2.5 billion.', 'ru', 'Это стоило 2,5 млрд долларов.'],
    ['en', 'It cost $2.5 billion.', 'de', 'Es kostete 2,5 Milliarden Dollar.'],
    ['en', 'It cost $2.5 billion.', 'de', 'Es kostete 2,5 Mrd. $.'],
    ['en', 'It cost $2.5 billion.', 'fr', 'Cela a coûté 2,5 milliards de dollars.'],
    ['en', 'It cost $2.5 billion.', 'es', 'Costó 2,5 mil millones de dólares.'],
    ['en', 'It cost $2.5 billion.', 'es', 'Costó 2.500 millones de dólares.'],
    ['en', 'It cost $2.5 billion.', 'it', 'È costato 2,5 miliardi di dollari.'],
    ['en', 'It cost $2.5 billion.', 'pt', 'Custou 2,5 mil milhões de dólares.'],
    ['en', 'It cost $2.5 billion.', 'pt-BR', 'Custou US$ 2,5 bilhões.'],
    ['en', 'It cost $2.5 billion.', 'pl', 'Kosztowało to 2,5 mld dolarów.'],
    ['en', 'It cost $2.5 billion.', 'uk', 'Це коштувало 2,5 млрд доларів.'],
    ['en', 'It cost $2.5 billion.', 'lt', 'Tai kainavo 2,5 mlrd. dolerių.'],
    ['en', 'It cost $2.5 billion.', 'lv', 'Tas maksāja 2,5 mljrd. dolāru.'],
    ['en', 'It cost $2.5 billion.', 'cs', 'Stálo to 2,5 mld. dolarů.'],
    ['en', 'It cost $2.5 billion.', 'tr', '2,5 milyar dolara mal oldu.'],
    ['en', 'It cost $2.5 billion.', 'nl', 'Het kostte 2,5 miljard dollar.'],
    ['en', 'It cost $2.5 billion.', 'zh', '耗資25亿美元。'],
    ['en', 'It cost $2.5 billion.', 'ja', '費用は25億ドルだった。'],
    ['en', 'It cost $2.5 billion.', 'ko', '비용은 25억 달러였다.'],
    ['en', 'It cost $2.5 billion.', 'hi', 'इसकी लागत 250 करोड़ डॉलर थी।'],
    ['en', 'It cost $2.5 billion.', 'ar', 'كلف 2,5 مليار دولار.'],
    ['en', 'It cost $2.5 billion.', 'en', 'It cost $2,500,000,000.'],
    // thousands and the rest
    ['en', '25,000 people', 'ru', '25 тысяч человек'],
    ['en', '25,000 people', 'ru', '25 000 человек'],
    ['en', '25,000 people', 'de', '25.000 Menschen'],
    ['en', '25,000 people', 'es', '25 mil personas'],
    ['en', '25,000 people', 'it', '25 mila persone'],
    ['en', '25,000 people', 'ja', '2万5000人'],
    ['en', '25,000 people', 'ko', '2만 5천 명'],
    ['en', '25,000 people', 'zh', '2.5万人'],
    ['en', '25,000 people', 'hi', '25 हज़ार लोग'],
    ['en', '25,000 people', 'tr', '25 bin kişi'],
    ['en', '25,000 people', 'lt', '25 tūkst. žmonių'],
    ['en', '25,000 people', 'cs', '25 tis. lidí'],
    ['en', '25,000 people', 'pl', '25 tys. osób'],
    ['en', '$1.5 million', 'fr', '1 million et demi de dollars'],
    ['en', '$1.5 million', 'ru', '1,5 млн долларов'],
    ['en', '$103.7 million', 'ko', '1억 370만 달러'],
    ['en', '€5', 'de', '5 EUR'],
    ['en', '$5,000 per person', 'ru', '5000 долларов на человека'],
    ['en', '$5,000 per person', 'es', '5 000 $ por persona'],
    ['en', 'only 11 percent', 'de', 'nur 11 %'],
    ['en', 'only 11%', 'ru', 'всего 11 процентов'],
    ['en', 'up by 6%', 'tr', "%6'lık artış"],
    ['en', 'the 45th president', 'de', 'der 45. Präsident'],
    ['en', 'the 45th president', 'ru', '45-й президент'],
    ['en', 'the 45th president', 'zh', '第45任總統'],
    ['en', 'the 45th president', 'hi', '45वें राष्ट्रपति'],
    ['en', 'on 21 October', 'ru', '21 октября'],
    ['en', 'on 21 October', 'ko', '10월 21일'],
    ['en', 'on 21 October', 'ja', '10月21日'],
    ['en', 'in the 1970s', 'es', 'en los años 70'],
    ['en', 'in the 1970s', 'ru', 'в 1970-х годах'],
    ['en', 'in the 1970s', 'ar', 'في السبعينيات'],
    ['en', 'at 2:30 pm', 'de', 'um 14:30 Uhr'],
    ['en', 'at 2 pm', 'ja', '午後2時に'],
    ['en', 'at 2 pm', 'de', 'um 14 Uhr'],
    ['en', '(6.30-10am)', 'ru', '(с 06:30 до 10:00)'],
    ['en', '2013-14', 'de', '2013–2014'],
    ['en', 'from April to June', 'zh', '4至6月'],
    ['en', 'from £3,000 to £5,000', 'ru', 'от 3 до 5 тысяч фунтов'],
    ['en', 'between 3 and 5 million', 'de', 'zwischen 3 und 5 Millionen'],
    ['en', 'it fell 5%', 'de', 'es sank um −5 %'],
    ['en', 'It costs 1,500 euros.', 'de', 'Es kostet 1,500 Euro.'], // ambiguous reading: equal
    ['en', 'It costs 1.500 euros.', 'de', 'Es kostet 1.500 Euro.'],
    ['en', 'on 08/09/2016', 'de', 'am 9. August 2016'],
    ['en', 'a 1.5-degree target', 'de', 'das Ziel von 1,5 Grad'],
    ['en', 'under 2C', 'de', 'unter 2°C'],
    ['en', 'mid-2016', 'fr', 'à la mi-2016'],
    ['en', 'five people', 'de', '5 Leute'],
    // centuries and decades written in words or the CJK way
    ['en', 'in the 15th century', 'fr', 'au quinzième siècle'],
    ['en', 'in the 16th century', 'it', 'nel sedicesimo secolo'],
    ['en', 'in the 15th century', 'cs', 'v patnáctém století'],
    ['en', 'in the 13th century', 'de', 'im dreizehnten Jahrhundert'],
    ['en', 'in the 15th century', 'ru', 'в пятнадцатом веке'],
    ['en', 'in the 15th century', 'pl', 'w piętnastym wieku'],
    ['en', 'in the 15th century', 'es', 'en el decimoquinto siglo'],
    ['en', 'in the 15th century', 'pt', 'no décimo quinto século'],
    ['en', 'in the 15th century', 'ar', 'في القرن الخامس عشر'],
    ['en', 'in the 8th century', 'hi', 'आठवीं शताब्दी में'],
    ['en', 'in the 1960s', 'cs', 'v šedesátých letech'],
    ['en', 'in the 1960s', 'zh', '20世纪60年代'],
    ['en', 'in the 1990s', 'ja', '20世紀90年代に'],
    ['en', 'in the 1960s', 'ko', '20세기 60년대에'],
    ['en', 'in the mid-Sixties', 'es', 'a mediados de los años 60'],
    // ages and sizes glued to a word
    ['en', 'the 53-year-old', 'it', 'il 53enne'],
    ['en', 'an 18-year-old', 'cs', '18letá dívka'],
    ['en', 'a 90-hectare course', 'cs', '90hektarové hřiště'],
    ['en', 'an 18-year-old', 'de', 'eine Achtzehnjährige'],
    ['en', 'an 18-year-old', 'ru', 'восемнадцатилетняя девушка'],
    ['en', 'in over 500 plants', 'cs', 've více než pěti stech elektrárnách'],
    // a scale shared by both ends of a range or a list
    ['en', 'between 3 million and more than 10 million', 'es', 'entre 3 y más de 10 millones'],
    ['en', 'between 3 million and 10 million', 'it', 'tra i 3 e i 10 milioni'],
    ['en', '£2bn and £1.4bn', 'fi', '2 ja 1,4 miljardia puntaa'],
    // Thai scale words, glued or spaced
    ['en', '$1.5 million', 'th', '1.5 ล้านดอลลาร์'],
    ['en', '£2bn', 'th', '2 พันล้านปอนด์'],
    ['en', '$221bn', 'th', '221,000 ล้านดอลลาร์'],
    // units and words
    ['en', '2900 kilowatts', 'zh', '2900千瓦'],
    ['en', 'close to half a million', 'ja', '50万近く'],
    ['en', 'above freezing', 'fr', 'au-dessus de 0°C'],
    ['en', 'investors invest billions', 'ja', '投資家は10億ドルを投資する'],
    ['en', '42 million euros', 'ja', '4,200万ユーロ'],
    ['en', 'a number of B-29s', 'ar', 'عدد من طائرات بي-29'],
    ['en', 'she will speak at 23.45', 'es', 'ella hablará a las 23:45 p.m.'],
    ['en', 'in the 1960s', 'gl', 'nos anos sesenta'],
    ['en', 'in the 5th century BC', 'es', 'en el siglo 5to a. C.'],
    ['en', 'now 31', 'ar', 'الذي بلغ الحادية والثلاثين من عمره'],
  ];
  for (const [sl, s, tl, t] of pairs) test(`${sl} ${JSON.stringify(s)} = ${tl} ${JSON.stringify(t)}`, () => assertSame(s, sl, t, tl));

  test('a changed number is a change', () => {
    const d = diff('25,000 people', 'en', '2,500 people', 'en');
    assert.deepEqual(d.changed.map((c) => [c.source.value, c.target.value]), [[25000, 2500]]);
    assert.equal(d.missing.length + d.extra.length, 0);
    const r = diff('It cost $2.5 billion.', 'en', 'Это стоило 2,5 млн долларов.', 'ru');
    assert.deepEqual(r.changed.map((c) => [c.source.value, c.target.value]), [[2.5e9, 2.5e6]]);
    const ja = diff('it cost $103.7 million', 'en', '1370万ドルの費用がかかった', 'ja');
    assert.deepEqual(ja.changed.map((c) => [c.source.value, c.target.value]), [[1.037e8, 1.37e7]]);
    const y = diff('in 2016', 'en', 'im Jahr 2017', 'de');
    assert.deepEqual(y.changed.map((c) => [c.source.kind, c.target.kind]), [['year', 'year']]);
  });
  test('numbers read in words, glued or across a range still report a real change', () => {
    assert.deepEqual(diff('in the 15th century', 'en', 'au seizième siècle', 'fr').missing.map((m) => m.text), ['15th']);
    assert.deepEqual(diff('the 53-year-old', 'en', 'il 35enne', 'it').missing.map((m) => m.value), [53]);
    assert.deepEqual(diff('an 8-year-old', 'en', 'eine Achtzehnjährige', 'de').missing.map((m) => m.value), [8], '"achtzehn" is 18, not 8');
    assert.deepEqual(diff('$1.5 million', 'en', '1.5 พันล้านดอลลาร์', 'th').changed.map((c) => c.target.value), [1.5e9]);
    assert.deepEqual(diff('in the 1970s', 'en', '20世纪60年代', 'zh').changed.map((c) => c.target.value), [1960]);
    assert.deepEqual(diff('between 3 and 10 million', 'en', 'between 4 and 10 million', 'en').changed.map((c) => [c.source.value, c.target.value]), [[3, 4]]);
    // 千 before a character that is not a metric unit is a thousand
    assert.deepEqual(values('2900千人', 'zh'), [2.9e6]);
  });
  test('rounded approximations are not equal', () => {
    const d = diff('about 2.5 million', 'en', 'etwa 2,47 Mio.', 'de');
    assert.equal(d.changed.length, 1, showDiff(d));
  });
  test('missing and extra', () => {
    const d = diff('In 2015, 300 people and 12 cars.', 'en', 'En 2015, 300 personnes.', 'fr');
    assert.deepEqual(d.missing.map((m) => m.value), [12]);
    const e = diff('300 people', 'en', '300 personnes et 12 voitures en 2015', 'fr');
    assert.deepEqual(e.extra.map((m) => m.value).sort(), [12, 2015]);
    // two leftovers of one kind on a side: no pairing, reported as missing / extra
    const m = diff('5 and 6 apples', 'en', '7 und 8 Äpfel', 'de');
    assert.equal(m.changed.length, 0);
    assert.deepEqual([m.missing.length, m.extra.length], [2, 2]);
  });
  test('an ambiguous reading does not make a real change equal', () => {
    const d = diff('It costs 1,500 euros.', 'en', 'Es kostet 1,5 Euro.', 'de');
    assert.equal(d.changed.length, 1);
  });
});

describe('formatNumber', () => {
  const like = (text: string, lang: string) => extractNumbers(text, lang).find((m) => !m.spelled)!;
  const cases: [string, string, number, string | undefined, string][] = [
    ['de', 'with a scale word', 2500000, '2,47 Millionen', '2,5 Millionen'],
    ['de', 'abbreviated', 2500000, '2,47 Mio.', '2,5 Mio.'],
    ['de', 'digits', 2500000, '2.400.000', '2.500.000'],
    ['de', 'no like', 2500000, undefined, '2.500.000'],
    ['en', 'no like', 2500000, undefined, '2,500,000'],
    ['en', 'with a scale word', 2.5e9, '2.4 billion', '2.5 billion'],
    ['en', 'abbreviated', 2.5e9, '$2.4bn', '2.5bn'],
    ['fr', 'no like (CLDR group separator)', 2500000, undefined, new Intl.NumberFormat('fr').format(2500000)],
    ['fr', 'with a scale word', 2.5e9, '2,4 milliards', '2,5 milliards'],
    ['ru', 'abbreviated', 2.5e9, '2,4 млрд', '2,5 млрд'],
    ['ru', 'plural form', 2.5e9, '2,4 миллиарда', '2,5 миллиарда'],
    ['ru', 'plural form (many)', 5e6, '4 миллиона', '5 миллионов'],
    ['ru', 'thousands', 25000, '24 тысячи', '25 тысяч'],
    ['ru', 'no grouping like', 25000, '24000', '25000'],
    ['pl', 'abbreviated', 2.5e9, '2,4 mld', '2,5 mld'],
    ['es', 'mil millones', 2.5e9, '2,4 mil millones', '2,5 mil millones'],
    ['es', 'CLDR minimum grouping', 1234.5, undefined, '1234,5'],
    ['pt-BR', 'bilhões', 2.5e9, '2,4 bilhões', '2,5 bilhões'],
    ['zh', 'myriads', 2.5e9, '24亿', '25亿'],
    ['zh', 'traditional myriads', 2.5e9, '24億', '25億'],
    ['ja', 'myriads', 2.5e9, '24億', '25億'],
    ['ko', 'myriads', 2.5e9, '24억', '25억'],
    ['hi', 'crore', 2.5e9, '240 करोड़', '250 करोड़'],
    ['hi', 'Indian grouping', 1234567, undefined, '12,34,567'],
    ['de-CH', 'Swiss grouping', 1234.5, undefined, new Intl.NumberFormat('de-CH').format(1234.5)],
    ['en', 'year', 2017, '2016', '2017'],
    ['en', 'time, 12-hour', 870, '2:15 pm', '2:30 pm'],
    ['de', 'time, 24-hour', 870, '14:15', '14:30'],
    ['de', 'date', 10, '9. August', '10. August'],
    ['en', 'ordinal', 46, '45th', '46th'],
  ];
  for (const [lang, what, value, likeText, expected] of cases) {
    test(`${lang} ${what}: ${value} → ${expected}`, () => assert.equal(formatNumber(value, lang, likeText ? like(likeText, lang) : undefined), expected));
  }
  test('what formatNumber writes, extractNumbers reads back', () => {
    for (const lang of ['de', 'ru', 'pl', 'zh', 'ja', 'ko', 'hi', 'es', 'fr']) {
      const l = extractNumbers(lang === 'zh' || lang === 'ja' ? '24億' : lang === 'ko' ? '24억' : `2,4 ${{ de: 'Mrd.', ru: 'млрд', pl: 'mld', hi: 'अरब', es: 'mil millones', fr: 'milliards' }[lang]}`, lang)[0]!;
      const written = formatNumber(2.5e9, lang, l);
      assert.deepEqual(values(written, lang), [2.5e9], `${lang}: ${written}`);
    }
  });
});

describe('property: Intl-formatted numbers read back', () => {
  const LANGS = ['en', 'de', 'fr', 'es', 'ru', 'pl', 'de-CH', 'hi', 'ar-EG', 'sv', 'it', 'pt', 'cs', 'tr', 'zh', 'ja', 'ko', 'uk', 'lt', 'nl'];
  test('in 20 languages, with and without grouping, negative and fractional', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<boolean | 'auto'>(true, false, 'auto'),
        (lang, n, shift, places, grouping) => {
          const value = Math.trunc(n / 10 ** shift) / 10 ** places;
          const options: Intl.NumberFormatOptions = { minimumFractionDigits: places, maximumFractionDigits: places };
          if (grouping !== 'auto') options.useGrouping = grouping;
          const written = new Intl.NumberFormat(lang, options).format(value);
          const text = `x ${written} y`;
          const ms = extractNumbers(text, lang).filter((m) => !m.spelled);
          assert.equal(ms.length, 1, `${lang} ${JSON.stringify(text)}: ${JSON.stringify(ms)}`);
          assert.ok(near(ms[0]!.value, value) || (value === 0 && ms[0]!.value === 0), `${lang} ${JSON.stringify(text)}: ${ms[0]!.value} ≠ ${value}`);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000), seed: 20260517 },
    );
  });
});

describe('precision on clean parallel text (PUD)', () => {
  /**
   * The first 100 PUD documents of en.txt against the same documents in 14 languages (1,400
   * pairs). Measured: 9 documents flagged, listed here, each looked at:
   *  - es #3, fr #3, it #3: "grade 4 … grade 8" localised to the target country's school years
   *    (es "4º … 2º de la ESO", fr "CM1 … 4ème", it "quarto anno … ultimo anno della scuola media").
   *  - fr #42: "$1.5 million" translated "un milliard et demi de dollars" (1.5 billion): a translation error.
   *  - fr #82: "£15,001-£19,999" → "£15000 et £19990", "two and three years" → "2 à 5 ans", and one
   *    "3%" left out: translation errors.
   *  - zh #4: "$103.7 million" → "103.7億美元" (10.37 billion): a translation error.
   *  - ja #4: "$103.7 million" → "1370万ドル" (13.7 million): a translation error.
   *  - ja #21: "$221bn" → "221億ドル" (22.1 billion): a translation error.
   *  - ar #21: "the 1.5-degree target" → "درجة ونصف" ("a degree and a half", spelled out with a half).
   * So 1 of 1,400 is a false alarm (ar #21), 3 are localisations, 5 are real errors the rule should report.
   */
  const EXPECTED: Record<string, number[]> = { es: [3], fr: [3, 42, 82], it: [3], zh: [4], ja: [4, 21], ar: [21] };
  const MUST_FLAG: Record<string, number[]> = { fr: [42, 82], zh: [4], ja: [4, 21] };
  const LANGS = ['de', 'fr', 'es', 'ru', 'pl', 'zh', 'ja', 'ar', 'hi', 'tr', 'pt', 'it', 'cs', 'ko'];
  const en = pudDocs('en');
  const enNumbers = en.map((d) => extractNumbers(d, 'en'));
  for (const lang of LANGS) {
    test(`en → ${lang}`, () => {
      const docs = pudDocs(lang);
      assert.equal(docs.length, en.length);
      const flagged: number[] = [];
      const why: string[] = [];
      for (let i = 0; i < en.length; i++) {
        const d = compareNumbers(enNumbers[i]!, extractNumbers(docs[i]!, lang));
        if (!isClean(d)) {
          flagged.push(i);
          why.push(`#${i}: ${showDiff(d)}`);
        }
      }
      const allowed = EXPECTED[lang] ?? [];
      assert.ok(flagged.every((i) => allowed.includes(i)), `${lang}: unexpected reports\n${why.join('\n')}`);
      assert.ok(flagged.length <= allowed.length);
      for (const i of MUST_FLAG[lang] ?? []) assert.ok(flagged.includes(i), `${lang} #${i}: the translation error is no longer reported`);
    });
  }
});
