/**
 * Word lists (lang/bloom.ts, lang/lexicon.ts) and the leftovers they reveal in the `untranslated`
 * rule: a lower-case word the document's complete list lacks and another language's common list
 * has. The lists are the built ones (dist/lexicons/, from `node scripts/build.mjs`).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildWordFilter, WordFilter } from '../../server/src/engine/lang/bloom';
import { lexicon } from '../../server/src/engine/lang/lexicon';
import { check } from '../support/helpers';

const lexiconFindings = (text: string, config: Record<string, unknown> = {}) =>
  check(text, { language: 'en', ...config })
    .findings.filter((f) => f.ruleId === 'untranslated' && (f.data as { kind?: string } | undefined)?.kind === 'lexicon')
    .map((f) => ({ text: text.slice(f.start, f.end), languages: (f.data as { languages: string[] }).languages, message: f.message }));

describe('word filter', () => {
  test('holds every word it was built from, and few others (near its false positive rate)', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
    const f = new WordFilter(buildWordFilter(words, 0.001));
    assert.equal(f.size, 20_000);
    for (const w of words) assert.ok(f.has(w), w);
    let fp = 0;
    for (let i = 0; i < 100_000; i++) if (f.has(`q${i.toString(36)}z`)) fp++;
    assert.ok(fp < 300, `${fp} false positives in 100,000 (rate 0.001)`);
  });

  test('refuses bytes that are not a filter, or a truncated one', () => {
    assert.throws(() => new WordFilter(new Uint8Array([1, 2, 3])), /not a Calque word filter/);
    const ok = buildWordFilter(['a', 'b'], 0.01);
    assert.throws(() => new WordFilter(ok.subarray(0, 17)), /truncated/);
  });

  test('the built lists: English has its words and not the foreign function words a word-game list keeps; the others have their everyday words', () => {
    const en = lexicon('en')!;
    assert.ok(en, 'dist/lexicons/en.bin is built');
    for (const w of ['government', 'governments', 'said', 'emoji', 'eurozone', 'déjà', 'the']) assert.ok(en.has(w), w);
    for (const w of ['sich', 'nicht', 'dans', 'gobierno', 'toujours', 'und']) assert.ok(!en.has(w), w);
    assert.ok(lexicon('de')!.has('sehr') && lexicon('de', 'core')!.has('sehr'));
    assert.ok(lexicon('fr')!.has('toujours') && lexicon('es')!.has('gobierno') && lexicon('it')!.has('famiglia'));
    assert.equal(lexicon('ru'), undefined, 'no list for a language whose pack names none');
    assert.equal(lexicon('ja', 'core'), undefined);
    assert.ok(lexicon('en', 'core')!.has('government') && lexicon('en', 'core')!.has('which'), "English's everyday words");
  });

  test("the common lists leave out the English function words their subtitles and Wikipedia counted, and keep their own words of the same spelling", () => {
    for (const w of ['the', 'which', 'with', 'and', 'because']) assert.ok(!lexicon('de')!.has(w), `de ${w}`);
    for (const w of ['was', 'also', 'so', 'will', 'hand', 'team', 'online']) assert.ok(lexicon('de')!.has(w), `de ${w}`);
    assert.ok(lexicon('pl')!.has('was'), 'Polish "was" (you)');
    assert.ok(lexicon('tr')!.has('on') && lexicon('tr')!.has('his'), 'Turkish "on" (ten), "his" (feeling)');
    assert.ok(lexicon('fr')!.has('but') && lexicon('pt')!.has('for') && lexicon('es')!.has('has'), 'French "but", Portuguese "for", Spanish "has"');
    assert.ok(!lexicon('es')!.has('the') && !lexicon('it')!.has('which') && !lexicon('pl')!.has('the'));
  });
});

describe('untranslated: words of another language in English text', () => {
  test('a lower-case word of another language inside an English sentence, named by its language', () => {
    assert.deepEqual(lexiconFindings('The minister said the reform was sehr important for the whole region.').map((f) => [f.text, f.languages]), [['sehr', ['de']]]);
    const [f] = lexiconFindings('The mayor said the gobierno would pay for the new school before the elections.');
    assert.equal(f?.text, 'gobierno');
    assert.match(f!.message, /"gobierno" is Spanish, not English: left untranslated\?/);
    // Accents kept: an everyday French word, not a misspelt "declare".
    assert.deepEqual(lexiconFindings('The doctors said the patients were déclaré fit to travel home this week.').map((f) => f.text), ['déclaré']);
    // A short phrase is one finding.
    assert.deepEqual(lexiconFindings('The company said the results were muy buenos for the second quarter of the year.').map((f) => f.text), ['muy buenos']);
  });

  test('with the source language known, only its words count', () => {
    assert.deepEqual(lexiconFindings('The minister said the reform was sehr important for the whole region.', { sourceLanguage: ['de'] }).map((f) => f.text), ['sehr']);
    assert.deepEqual(lexiconFindings('The minister said the reform was sehr important for the whole region.', { sourceLanguage: ['fr'] }), []);
  });

  test('a language is named once, whatever tags share its name (Norwegian nb, nn, no)', () => {
    const [f] = lexiconFindings('The minister said the reform was ikke important for the whole region.');
    assert.ok(f, 'a Danish/Norwegian word is found');
    assert.match(f.message, /^"ikke" is Danish, Norwegian Bokmål or Norwegian Nynorsk, not English/);
  });

  test('inside reported speech it is still a leftover; a short quoted gloss is not', () => {
    assert.deepEqual(lexiconFindings('“We will toujours protect the workers of this region and their families,” the minister said.').map((f) => f.text), ['toujours']);
    assert.deepEqual(lexiconFindings('The word for government in Spanish is “gobierno”, and the minister used it often.'), []);
    assert.deepEqual(lexiconFindings("The region belongs to the so-called 'Andes de tipo andino' which were formed long ago."), []);
  });

  test('native English stays silent: names, loanwords, typos, old spellings, foreign passages', () => {
    const quiet = [
      'Ursula von der Leyen said the commission would present its plan in the spring.',
      'Tourists crowded the Plaza de las Armas on the first day of the festival.',
      'It was the coup de grâce for the plan, and the chef served the pasta al dente in the café.',
      'The naïve façade of the old building hid a déjà vu feeling, and vice versa.',
      'He that findeth a wife findeth a good thing, and thou knowest the Lord maketh him glad.',
      'I recieve thier letters every week, and the teh committee meets on Fridays.',
      'Every man is a peece of the Continent, a part of the whole, and thine owne.',
      'Der bestirnte Himmel über mir und das moralische Gesetz in mir, wrote the philosopher.',
      'Relaxen und watchen das blinkenlights, the sign in the computer room said.',
      'He got away scott free after the match, and the team celebrated all night.',
      'Visit www.example.com/gobierno or write to gobierno@example.com for the details.',
    ];
    for (const t of quiet) assert.deepEqual(lexiconFindings(t), [], t);
  });

  test('a short sentence of another language is one finding, replacing the word findings inside it', () => {
    const sentence = (text: string) =>
      check(text, { language: 'en' }).findings.filter((f) => f.ruleId === 'untranslated').map((f) => [text.slice(f.start, f.end), (f.data as { kind?: string; by?: string }).kind, (f.data as { by?: string }).by]);
    assert.deepEqual(sentence('The government met on Monday to discuss the budget. Rząd nie podjął jeszcze decyzji w tej sprawie. The opposition criticised the delay.'), [['Rząd nie podjął jeszcze decyzji w tej sprawie', 'sentence', 'lexicon']]);
    assert.deepEqual(sentence('The government met on Monday to discuss the budget. El gobierno todavía no ha decidido nada. The opposition criticised the delay.'), [['El gobierno todavía no ha decidido nada', 'sentence', 'lexicon']]);
    // Given on purpose, with its translation in brackets; English with contractions and ordinals.
    assert.deepEqual(sentence('As the motto says: Honi soit qui mal y pense. [Evil to him who evil thinks.] The knights agreed.'), []);
    assert.deepEqual(sentence("Maybe he'll go to his 20th reunion, and they'll see his new car and his house."), []);
    assert.deepEqual(sentence('Maria Santos, José Silva and Ana Costa were elected to the board of the company.'), []);
  });

  test('a word the document keeps repeating is a term it is about, not a leftover (three times or more)', () => {
    const para = (k: number) => `The library called undici handles the requests of the server number ${k} very well.`;
    assert.deepEqual(lexiconFindings([para(1), para(2), para(3)].join('\n\n')), []);
    assert.equal(lexiconFindings([para(1), para(2)].join('\n\n')).length, 2);
    // Other leftovers in the same document are still reported.
    assert.deepEqual(lexiconFindings([para(1), para(2), para(3), 'The minister said the reform was sehr important for the whole region.'].join('\n\n')).map((f) => f.text), ['sehr']);
  });

  test('a document in a language with a common list only is read for English phrases: two words or more, one of them a function word', () => {
    const of = (text: string, language: string) =>
      check(text, { language }).findings.filter((f) => (f.data as { kind?: string } | undefined)?.kind === 'lexicon').map((f) => ({ text: text.slice(f.start, f.end), languages: (f.data as { languages: string[] }).languages }));
    assert.deepEqual(of('Die Regierung hat am Dienstag den Haushalt gemeinsam with the Opposition im Parlament vorgestellt.', 'de'), [{ text: 'with the', languages: ['en'] }]);
    assert.deepEqual(of('El gobierno presentó el martes el nuevo presupuesto, and the parlamento lo debatirá en marzo.', 'es'), [{ text: 'and the', languages: ['en'] }]);
    // Other languages' words are not named in them (their lists are not complete), nor an English word alone,
    // a loanword, or function words between capitalised words (a title).
    assert.deepEqual(of('Die Regierung sagte, die Reform sei muy importante für die ganze Region.', 'de'), []);
    assert.deepEqual(of('Die Regierung hat die government Entscheidung über den neuen Haushalt getroffen.', 'de'), []);
    assert.deepEqual(of('Das Team bietet jetzt auch einen Job im Online-Marketing und ein Update an, sagte der Chef.', 'de'), []);
    assert.deepEqual(of('Sein Album On a Wing and a Prayer erschien 1992 bei einem kleinen Label in Berlin.', 'de'), []);
    assert.deepEqual(of('Ford T wurde zum Car of the Century gewählt, berichtete die Zeitung am Montag.', 'de'), []);
  });

  test('documents in a language without a word list are not read for leftovers', () => {
    const ja = check('政府は火曜日に新しい予算を発表し、the parliament will debate it 来月に議論する予定だ。', { language: 'ja' }).findings.filter((f) => (f.data as { kind?: string } | undefined)?.kind === 'lexicon');
    assert.deepEqual(ja, []);
  });
});
