/**
 * Our own doubled-word cases for the `repetition` rule. They were written for Calque to cover
 * the behaviours that LanguageTool's word-repeat rule tests test (EnglishWordRepeatRuleTest,
 * GermanWordRepeatRuleTest, UkrainianWordRepeatRuleTest, RussianWordRepeatRuleTest;
 * LGPL-2.1-or-later), and no sentence is copied from them: doubled words are flagged, with a
 * safe fix that removes the copy; grammatical doubles ("had had", "that that", German
 * "die die" / "sie sie" / "das das", "Leben leben"), reduplication and interjections, names
 * that are one word twice, scores, lists, abbreviations and initials stay silent; a doubled
 * word of a longer name ("New York York") and a number written twice are flagged.
 * Where Calque deliberately differs from LanguageTool (the DEVIATIONS in repetition.test.ts),
 * the test checks Calque's behaviour and says why.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, fixAll, pudDocs } from '../support/helpers';

const rep = (text: string, language: string) => findingsOf('repetition', text, { language });

/** A doubled word: exactly these flagged spans, and the safe fix gives `fixed`, which is then clean. */
function flags(language: string, text: string, spans: string[], fixed: string) {
  const r = rep(text, language);
  assert.deepEqual(r.spans, spans, `${language}: ${text}`);
  assert.ok(r.findings.every((f) => f.severity === 'warning' && f.fixes[0]?.safe === true), `${language}: ${text}`);
  const out = fixAll(text, r.findings);
  assert.equal(out, fixed);
  assert.deepEqual(rep(out, language).spans, [], `the fixed text is clean: ${out}`);
}

/** The flagged spans of a text. */
const spansOf = (language: string, text: string) => rep(text, language).spans;

/** Correct text: nothing flagged. */
function silent(language: string, texts: string[]) {
  for (const t of texts) assert.deepEqual(rep(t, language).spans, [], `${language}: ${t}`);
}

describe('English (behaviours of LanguageTool’s EnglishWordRepeatRuleTest)', () => {
  test('doubled words are flagged once, at the pair, and the copy is removed', () => {
    flags('en', 'The council will will vote on the budget next week.', ['will will'], 'The council will vote on the budget next week.');
    flags('en', 'Residents were were told to boil their water.', ['were were'], 'Residents were told to boil their water.');
    flags('en', 'Police closed the road after a a crash on Monday.', ['a a'], 'Police closed the road after a crash on Monday.');
    flags('en', 'The match was played in in heavy rain.', ['in in'], 'The match was played in heavy rain.');
    flags('en', 'The spokesperson spoke to to reporters outside.', ['to to'], 'The spokesperson spoke to reporters outside.');
    flags('en', 'They left left the building before noon.', ['left left'], 'They left the building before noon.');
    flags('en', 'Please stop stop the car here.', ['stop stop'], 'Please stop the car here.');
  });

  test('case does not hide a double: sentence-initial, and the pronoun I', () => {
    flags('en', 'The the ferry was cancelled because of the storm.', ['The the'], 'The ferry was cancelled because of the storm.');
    flags('en', 'He said I I did not see the car.', ['I I'], 'He said I did not see the car.');
    flags('en', 'But I i never signed the contract.', ['I i'], 'But I never signed the contract.');
  });

  test('two doubles in one sentence are two findings', () => {
    flags('en', 'There was a a problem with the the brakes.', ['a a', 'the the'], 'There was a problem with the brakes.');
  });

  test('"that that" before a determiner is a slip; before a noun or verb it is grammar', () => {
    flags('en', 'The report shows that that the river is rising.', ['that that'], 'The report shows that the river is rising.');
    silent('en', [
      'The minister insisted that that decision was final.',
      'Officials said that that bridge would close in June.',
      'It is said that that man stole the bike.',
      'We were told that that could take months.',
    ]);
  });

  test('"had had", "can can" and "do do" are grammar', () => {
    silent('en', [
      'The company had had a difficult year before the merger.',
      'By the time we arrived, the train had had its doors locked.',
      'The lid can can be recycled.',
      'A tin can can rust if left outside.',
      'Whatever you do do not feed the ducks.',
      'Those who can can help.',
    ]);
  });

  test('the same word in another role: a name before a modal, a name doubled', () => {
    silent('en', [
      'May May join us for dinner?',
      'My daughter May may come too.',
      'Will Will Smith attend the premiere?',
      'Will will join the team in June.',
    ]);
  });

  test('capitalised doubles: names that are one word twice stay silent, a doubled word of a name is a slip', () => {
    silent('en', ['Please meet my friend May May.', 'The band Talk Talk played first.', 'We flew to Bora Bora in June.', 'Their single Really Really Love You reached the top 50.']);
    assert.deepEqual(spansOf('en', 'He moved to New York York last year.'), ['York York']);
    assert.deepEqual(spansOf('en', 'Joe Biden Biden spoke in Delaware on Monday.'), ['Biden Biden']);
    assert.deepEqual(spansOf('de', 'Er wohnt seit Jahren in Berlin Berlin und arbeitet dort.'), ['Berlin Berlin']);
  });

  test('reduplication and interjections stay silent, repeated any number of times', () => {
    silent('en', [
      'Ha ha, very funny.',
      'The kids yelled bye bye from the bus.',
      'The tickets sold out very very quickly.',
      'The crowd chanted no no no at the referee.',
      'We walked far far away from the city.',
      'I miss you so so much.',
      'Yeah yeah, I heard you.',
      'Hip hip hooray for the winners!',
      'Okay okay okay, we will leave.',
    ]);
  });

  test('a number written twice is a slip; scores, lists and times are not', () => {
    assert.deepEqual(spansOf('en', 'He scored in the 10 10 minutes before the break.'), ['10 10']);
    assert.deepEqual(spansOf('en', 'The vote took place in 2016 2016 after months of debate.'), ['2016 2016']);
    silent('en', ['The score was 3 3 at half time.', 'Call 555 555 1234 for details.', 'Tickets cost 200 200 and 300 euros.']);
  });

  test('letters, initialisms, numbers and punctuation-separated repeats are not doubles', () => {
    silent('en', [
      'The sign read c l o s e d in big letters.',
      'The agency is called U.S.A.I.D. now.',
      'E.ON raised its prices again.',
      'Stop, stop!',
      'It was a long, long winter.',
      'What she did didn’t surprise anyone.',
    ]);
  });
});

describe('German (behaviours of LanguageTool’s GermanWordRepeatRuleTest)', () => {
  test('doubled words are flagged, including a sentence-initial article or pronoun', () => {
    flags('de', 'Die Stadt hat hat den Haushalt beschlossen.', ['hat hat'], 'Die Stadt hat den Haushalt beschlossen.');
    flags('de', 'Der Bus fährt fährt heute nicht.', ['fährt fährt'], 'Der Bus fährt heute nicht.');
    flags('de', 'Mal sehen, ob ob das klappt.', ['ob ob'], 'Mal sehen, ob das klappt.');
    flags('de', 'Er sagt, dass dass er kommt.', ['dass dass'], 'Er sagt, dass er kommt.');
    flags('de', 'Die die Kinder spielen im Hof.', ['Die die'], 'Die Kinder spielen im Hof.');
    flags('de', 'Das das Problem ist groß.', ['Das das'], 'Das Problem ist groß.');
    flags('de', 'Wir wir sind gestern angekommen.', ['Wir wir'], 'Wir sind gestern angekommen.');
    flags('de', 'Hat hat er recht?', ['Hat hat'], 'Hat er recht?');
  });

  test('article or demonstrative + relative pronoun after a comma: "die die", "das das"', () => {
    silent('de', [
      'Die Firma, die die Löhne gekürzt hat, ist pleite.',
      'Es sind die Kinder, die die Schule lieben.',
      'Wie bei der Bahn, die die Preise erhöht hat.',
      'Das Kind, das das Spiel gewonnen hat, freut sich.',
    ]);
  });

  test('"das das" with a demonstrative, "wer wer", "sie sie"', () => {
    silent('de', [
      'Vielleicht ist das das richtige Angebot.',
      'Für viele war das das schönste Konzert des Jahres.',
      'Ich glaube, dass das das Ende ist.',
      'Niemand weiß, wer wer ist.',
      'Die Eltern fragten die Lehrerin, ob sie sie abholen könne.',
      'Als die Nachbarn den Hund sahen, riefen sie sie sofort an.',
      'Warum rufen Sie sie nicht einfach an?',
    ]);
  });

  test('a noun and its verb differ in case: "Leben leben", "Essen essen", "Spiel spielen"', () => {
    silent('de', [
      'Sie wollen ihr Leben leben, sagen die Rentner.',
      'Wir müssen unser Essen essen, bevor es kalt wird.',
      'Die Kinder wollen ihr Spiel spielen.',
    ]);
  });

  test('idiomatic "X und X" and interjections', () => {
    silent('de', ['Mehr und mehr Menschen fahren Rad.', 'Nach und nach kamen alle Gäste.', 'Ja ja, ich komme gleich.', 'Das war sehr sehr knapp.']);
  });
});

describe('Ukrainian (behaviours of LanguageTool’s UkrainianWordRepeatRuleTest)', () => {
  test('doubled words and prepositions are flagged', () => {
    flags('uk', 'Уряд ухвалив ухвалив новий бюджет.', ['ухвалив ухвалив'], 'Уряд ухвалив новий бюджет.');
    flags('uk', 'Ми поїхали до до Львова в неділю.', ['до до'], 'Ми поїхали до Львова в неділю.');
    flags('uk', 'Вона працює в в лікарні.', ['в в'], 'Вона працює в лікарні.');
    flags('uk', 'Без без світла залишилися три села.', ['Без без'], 'Без світла залишилися три села.');
    flags('uk', 'Ми чекали на на автобус.', ['на на'], 'Ми чекали на автобус.');
  });

  test('a Cyrillic І typed as the Roman numeral before the conjunction і is flagged, as LanguageTool does', () => {
    // With Latin numerals (I, II) the words differ and nothing is flagged.
    flags('uk', 'Депутати І і ІІ скликань зустрілися.', ['І і'], 'Депутати І ІІ скликань зустрілися.');
    silent('uk', ['Депутати I і II скликань зустрілися.', 'Депутати І та ІІ скликань зустрілися.']);
  });

  test('a word unknown to a dictionary is still flagged when doubled', () => {
    // LanguageTool skips words missing from its dictionary; Calque has no dictionary and flags
    // the doubled word whatever it is.
    flags('uk', 'Він купив ґаджет ґаджет у новому магазині.', ['ґаджет ґаджет'], 'Він купив ґаджет у новому магазині.');
  });

  test('proverb, idioms, abbreviations, numbers and initials stay silent', () => {
    silent('uk', [
      // The proverb "від добра добра не шукають" (genitive of the noun добро, then of the adjective).
      'Директор вирішив, що від добра добра не шукають, і залишив старий графік.',
      'Що, що, а футбол у нашому місті люблять.',
      'Він не сказав ні так, ні ні, а просто пішов.',
      'Відповідно до ч. ч. 2 і 3 статті 5.',
      'Потяг прибуває о 6.45 6.45 і 7.10.',
      'Квитки коштують 200 200 і 300 гривень.',
      'Вулицю назвали на честь ще й О.Гончара.',
      'Мер пообіцяв відремонтувати міст до осені.',
    ]);
  });
});

describe('Russian (behaviours of LanguageTool’s RussianWordRepeatRuleTest)', () => {
  test('adjacent doubled words are flagged', () => {
    flags('ru', 'Губернатор подписал подписал указ.', ['подписал подписал'], 'Губернатор подписал указ.');
    flags('ru', 'Мы ехали в в Казань всю ночь.', ['в в'], 'Мы ехали в Казань всю ночь.');
    flags('ru', 'Команда вышла на на поле под дождём.', ['на на'], 'Команда вышла на поле под дождём.');
    flags('ru', 'Он он пришёл поздно.', ['Он он'], 'Он пришёл поздно.');
  });

  test('a word repeated further on in the sentence is not flagged', () => {
    // LanguageTool's Russian rule flags any repetition in a sentence; repeating a word a few words
    // later is style, not a machine-translation defect, and Calque flags adjacent doubles only.
    silent('ru', [
      'Завод выпустил новый трактор, и трактор сразу продали.',
      'Делегация прибыла в Минск, Минск встретил её дождём.',
      'Я видел его вчера, он говорил, что видел тебя.',
    ]);
  });

  test('hyphenated words, idioms and interjections stay silent', () => {
    silent('ru', [
      'Он сказал, что что-то случилось.',
      'Он звонил снова и снова.',
      'Ну ну, посмотрим, что будет.',
      'Это было очень очень давно.',
      'Пресс-служба заявила, что завод будет работать.',
    ]);
  });
});

describe('planted doubles in clean PUD text (11 languages): lower-case, capitalised, numbers, four in a row', () => {
  test('each shape is found at least 90 % of the time (four in a row: 95 %)', () => {
    const shapes: Record<string, [number, number]> = { lower: [0, 0], capitalised: [0, 0], number: [0, 0], x4: [0, 0] };
    for (const language of ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'pl', 'cs', 'sv', 'fi']) {
      pudDocs(language).forEach((d, i) => {
        const words = [...d.matchAll(/(?<=\s)[\p{L}\p{N}]+(?=[\s,])/gu)];
        const plant = (shape: string, m: RegExpMatchArray | undefined, times: number) => {
          if (!m) return;
          const at = m.index!;
          const text = d.slice(0, at) + Array(times).fill(m[0]).join(' ') + d.slice(at + m[0].length);
          shapes[shape]![1]++;
          // Found: a finding over the copies (from the first or the second copy on).
          if (rep(text, language).findings.some((f) => f.start < at + times * (m[0].length + 1) && f.end > at)) shapes[shape]![0]++;
        };
        const of = (re: RegExp) => words.filter((m) => re.test(m[0]));
        const lower = of(/^\p{Ll}{2,}$/u);
        const caps = of(/^\p{Lu}\p{Ll}{2,}$/u);
        // (not a group of a number written with spaces: "25 000 000")
        const nums = of(/^\d{2,}$/u).filter((m) => !/\d\s$/.test(d.slice(0, m.index!)) && !/^\s\d{3}(?!\d)/.test(d.slice(m.index! + m[0].length)));
        plant('lower', lower[i % Math.max(1, lower.length)], 2);
        plant('capitalised', caps[i % Math.max(1, caps.length)], 2);
        plant('number', nums[i % Math.max(1, nums.length)], 2);
        plant('x4', lower[(i + 1) % Math.max(1, lower.length)], 4);
      });
    }
    const rate = (k: string) => shapes[k]![0] / shapes[k]![1];
    for (const k of ['lower', 'capitalised', 'number']) assert.ok(rate(k) >= 0.9, `${k}: ${shapes[k]!.join('/')}`);
    assert.ok(rate('x4') >= 0.95, `x4: ${shapes.x4!.join('/')}`);
  });
});

describe('decoder loops: a passage written twice in a row, across punctuation (target only)', () => {
  test('a list, a clause after a comma, a sentence twice, a long phrase twice — each with a fix that keeps one copy', () => {
    flags('en', 'The city has parks, schools, hospitals, parks, schools, hospitals and roads.', ['parks, schools, hospitals'], 'The city has parks, schools, hospitals and roads.');
    flags('en', 'He said that the new rules will apply from January. The new rules will apply from January. Officials agreed.', ['The new rules will apply from January'], 'He said that the new rules will apply from January. Officials agreed.');
    flags('en', 'The agreement was signed by both sides on Monday, the agreement was signed by both sides on Monday.', ['the agreement was signed by both sides on Monday'], 'The agreement was signed by both sides on Monday.');
    flags('de', 'Die Regierung hat das Gesetz am Montag im Bundestag verabschiedet die Regierung hat das Gesetz am Montag im Bundestag verabschiedet.', ['die Regierung hat das Gesetz am Montag im Bundestag verabschiedet'], 'Die Regierung hat das Gesetz am Montag im Bundestag verabschiedet.');
    flags('ru', 'Министр сказал, что цены сильно вырастут, цены сильно вырастут, цены сильно вырастут к осени.', ['цены сильно вырастут, цены сильно вырастут'], 'Министр сказал, что цены сильно вырастут к осени.');
  });
  test('native controls: a term that ends one sentence and starts the next, relative clauses, reduplication, short answers', () => {
    for (const [lang, s] of [
      ['en', 'It used the new method. The new method was first used in 1950.'],
      ['en', 'Ha, ha, ha, ha, ha, ha.'],
      ['en', 'Very, very, very good.'],
      ['en', 'No. No. No.'],
      ['fi', 'Hän uskoo, että kukaan, joka ei odota meitä, ei odota meitä. Ehkäpä siksi.'],
      ['zh', '白吉龍分類法是最廣為接受的氣體質量分類法。氣體質量分類法於19世紀50年代就在天氣預報中獲得首次應用。'],
    ] as const) assert.deepEqual(rep(s, lang).spans, [], `${lang}: ${s}`);
  });
  test('planted loops in PUD slices (en, de, fr, ru): at least 85 % found', async () => {
    const { loopRecall } = await import('../../scripts/eval/loops');
    const { PUD } = await import('../support/helpers');
    const rows = loopRecall(PUD, ['en', 'de', 'fr', 'ru'], 60);
    const planted = rows.reduce((n, r) => n + r.planted, 0);
    const found = rows.reduce((n, r) => n + r.found, 0);
    assert.ok(planted >= 200 && found / planted >= 0.85, `${found}/${planted}`);
  });
});

describe('doubled coordination: iterative verbs and comparatives are grammar, doubled adjectives are not', () => {
  test('intensifying reduplication stays silent (en, es, it, fr, ru, uk, pl)', () => {
    for (const [lang, s] of [
      ['en', 'There were lots and lots of people.'],
      ['en', 'It was you and you alone who did it.'],
      ['en', 'He talked and talked for hours.'],
      ['en', 'Prices climbed and climbed.'],
      ['es', 'Los precios suben y suben cada año.'],
      ['it', 'I prezzi crescono e crescono ogni anno.'],
      ['fr', 'Les prix montent et montent sans cesse.'],
      ['ru', 'Цены растут и растут каждый год.'],
      ['ru', 'Он звонит чаще и чаще.'],
      ['ru', 'Мы ждали и ждали.'],
      ['uk', 'Ціни ростуть і ростуть щороку.'],
      ['pl', 'Ceny rosną i rosną co roku.'],
    ] as const) assert.deepEqual(rep(s, lang).spans, [], `${lang}: ${s}`);
  });
  test('a doubled adjective or noun is still flagged (en, es, ru, pl)', () => {
    for (const [lang, s, span] of [
      ['en', 'These are the most sensitive and sensitive issues.', 'sensitive and sensitive'],
      ['en', 'These are complicated and complicated issues.', 'complicated and complicated'],
      ['es', 'Son los temas sensibles y sensibles del país.', 'sensibles y sensibles'],
      ['ru', 'Это самые острые и острые вопросы.', 'острые и острые'],
      ['pl', 'To są ważne i ważne sprawy.', 'ważne i ważne'],
    ] as const) assert.deepEqual(rep(s, lang).spans, [span], `${lang}: ${s}`);
  });
});
