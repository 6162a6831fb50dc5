/**
 * The `untranslated` rule as a user sees it: findings exactly at left-over paragraphs,
 * sentences and clauses; silence on monolingual articles in 20+ languages, on quoted foreign
 * names, titles and slogans, on names, and on code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mergeConfig } from '../../server/src/engine/config';
import { Engine } from '../../server/src/engine/engine';
import type { Rule } from '../../server/src/engine/rule';
import { untranslatedRule } from '../../server/src/engine/rules/untranslated';
import type { DocumentFormat } from '../../server/src/engine/types';
import { pudDocs, sample } from '../support/helpers';

const engine = new Engine({ rules: [untranslatedRule as Rule] });
const fixture = (name: string) => readFileSync(new URL(`../data/lang/${name}`, import.meta.url), 'utf8');
function check(text: string, format: DocumentFormat = 'plaintext', config = mergeConfig()) {
  const r = engine.check({ text, format, config });
  return { ...r, found: r.findings.map((f) => ({ text: text.slice(f.start, f.end), message: f.message, f })) };
}

/** Asserts the findings are exactly the expected leftovers (text without the final stop) and languages. */
function assertExactly(text: string, expected: { text: string; language: string; kind: string }[]) {
  const r = check(text);
  assert.deepEqual(
    r.found.map((x) => ({ text: x.text, language: x.f.data?.language, kind: x.f.data?.kind })),
    expected,
  );
  for (const x of r.found) {
    assert.equal(x.f.category, 'untranslated');
    assert.equal(x.f.severity, 'warning');
    assert.deepEqual(x.f.fixes, [], 'no automatic fix');
  }
  return r;
}

test('English article with a Lithuanian, a Russian and a German paragraph: exactly those three', () => {
  const text = fixture('en-mixed.txt');
  const r = assertExactly(text, [
    {
      text: 'Pasak Vidaus reikalų ministerijos, nuo metų pradžios pasieniečiai sulaikė daugiau nei keturis tūkstančius neteisėtų migrantų. Dauguma jų atvyko iš Irako ir buvo apgyvendinti laikinose stovyklose',
      language: 'lt',
      kind: 'paragraph',
    },
    { text: 'Президент Беларуси заявил, что его страна больше не будет сдерживать мигрантов, направляющихся в Европейский союз', language: 'ru', kind: 'paragraph' },
    { text: 'Die Bundesregierung in Berlin hat angekündigt, Litauen bei der Sicherung der Grenze mit Ausrüstung und Personal zu unterstützen', language: 'de', kind: 'paragraph' },
  ]);
  assert.equal(r.language, 'en');
  assert.equal(r.found[0]!.message, 'This paragraph looks Lithuanian, not English: left untranslated?');
  assert.equal(r.found[1]!.message, 'This paragraph looks Russian, not English: left untranslated?');
  assert.equal(r.found[2]!.message, 'This paragraph looks German, not English: left untranslated?');
});

test('German article with one English sentence: only that sentence (not the quoted English title)', () => {
  const r = assertExactly(fixture('de-mixed.txt'), [{ text: 'The strike is expected to last until Friday morning, according to the union', language: 'en', kind: 'sentence' }]);
  assert.equal(r.language, 'de');
  assert.equal(r.found[0]!.message, 'This sentence looks English, not German: left untranslated?');
});

test('French article with a Spanish clause: only the clause (not the quoted Spanish slogan)', () => {
  const r = assertExactly(fixture('fr-mixed.txt'), [
    { text: 'pero la oposición considera que estas medidas llegan demasiado tarde y no resolverán el problema', language: 'es', kind: 'passage' },
  ]);
  assert.equal(r.language, 'fr');
  assert.equal(r.found[0]!.message, 'This passage looks Spanish, not French: left untranslated?');
});

test('a run in another script inside a sentence is flagged; short quoted ones and names are not', () => {
  const run = 'The crowd outside the court chanted Мы не уйдём отсюда, пока нас не услышат as police watched.';
  const r = check(run);
  assert.deepEqual(r.found.map((x) => [x.text, x.f.data?.language, x.f.data?.by]), [['Мы не уйдём отсюда, пока нас не услышат', 'ru', 'script']]);
  // Seven words are too few to tell Russian from Belarusian with confidence (both have ё and ы):
  // the message names the script, which is certain, and data keeps the guess.
  assert.equal(r.found[0]!.message, 'This passage is in Cyrillic script, not English: left untranslated?');
  const controls = [
    'Protesters chanted «Жыве Беларусь!» outside the embassy on Sunday evening.',
    'The film «Иван Васильевич меняет профессию» is still shown on television every New Year.',
    'The newspaper Новая Газета said its editor would appeal against the ruling.',
    'Tokyo-based Sony (ソニー株式会社) reported higher profits for the quarter.',
  ];
  for (const c of controls) assert.deepEqual(check(c).found, [], c);
});

test('quoted foreign titles and slogans, and foreign names, are not defects', () => {
  const controls = [
    'The slogan “Liberté, égalité, fraternité” was painted on the wall of the town hall last night.',
    'Her novel “Cien años de soledad en la ciudad” was translated into English in 1995 by a small press.',
    'Ingrida Šimonytė, Gabrielius Landsbergis and Agnė Bilotaitė met in Vilnius on Monday to discuss the budget.',
    'He works for the Alliance of Democratic Forces for the Liberation of Congo, a rebel group.',
  ];
  for (const c of controls) assert.deepEqual(check(c).found, [], c);
  const fin = 'Alliance of Democratic Forces for the Liberation of Congo -liittouman kapinalliset valtasivat kaupungin viime viikolla.';
  assert.deepEqual(check(fin, 'plaintext', mergeConfig({ language: 'fi' })).found, [], fin);
});

test('code is masked and never read as a foreign language', () => {
  const md = 'The script prints a greeting.\n\n```\nprint("Это тестовая строка на русском языке без перевода")\n```\n\nRun it with `python3 hello.py` and check the output in the terminal window.\n';
  assert.deepEqual(check(md, 'markdown').found, []);
});

test('short sentences are not judged alone by the language detector; a word list can tell', () => {
  // Four words of a language without a word list: too short for any detector to be trusted.
  assert.deepEqual(check('The minister arrived late. Góðan daginn, kæru vinir. Then the meeting began.').found, []);
  // Four words all in Lithuanian's list and none English: a sentence left untranslated.
  assert.deepEqual(check('The minister arrived late. Labas rytas, mieli draugai. Then the meeting began.').found.map((f) => f.text), ['Labas rytas, mieli draugai']);
});

test('monolingual fixtures and the delfi sample: no findings, right language', () => {
  for (const [f, lang] of [['lt.txt', 'lt'], ['lv.txt', 'lv'], ['uk.txt', 'uk'], ['be.txt', 'be'], ['bg.txt', 'bg'], ['nl.txt', 'nl']] as const) {
    const r = check(fixture(f));
    assert.equal(r.language, lang, f);
    assert.deepEqual(r.found, [], f);
  }
  const delfi = check(sample());
  assert.equal(delfi.language, 'en');
  assert.deepEqual(delfi.found, []);
});

const PUD = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'pl', 'cs', 'sv', 'fi', 'tr', 'zh', 'ja', 'ko', 'ar', 'hi', 'id', 'th', 'is', 'gl'];
test('monolingual PUD articles in 21 languages: right document language, no untranslated findings', () => {
  for (const lang of PUD) {
    const docs = pudDocs(lang);
    // Three articles per language, 12 documents (paragraphs) each, from different parts of the file.
    for (const from of [0, 40, 80]) {
      const text = docs.slice(from, from + 12).join('\n\n');
      const r = check(text);
      assert.equal(r.language, lang, `${lang} from ${from}`);
      assert.deepEqual(r.found.map((x) => x.message + ' ' + x.text), [], `${lang} from ${from}`);
    }
  }
});

test('configured document language: a leftover is judged against it', () => {
  const text = 'Die Regierung hat am Montag neue Maßnahmen angekündigt. The strike is expected to last until Friday morning, according to the union.';
  const r = check(text, 'plaintext', mergeConfig({ language: 'de' }));
  assert.equal(r.language, 'de');
  assert.deepEqual(r.found.map((x) => x.text), ['The strike is expected to last until Friday morning, according to the union']);
});

test('Serbian in Latin letters inside a Serbian Cyrillic article is not a leftover', () => {
  const text = 'Влада је у понедељак објавила нове мере за подршку пољопривредницима. Vlada je u ponedeljak objavila nove mere za podršku poljoprivrednicima.';
  const r = check(text, 'plaintext', mergeConfig({ language: 'sr' }));
  assert.deepEqual(r.found, []);
  // ...but Russian left in an English article is, however short the article.
  const ru = check('The minister said: Президент заявил, что страна больше не будет сдерживать мигрантов.', 'plaintext', mergeConfig({ language: 'en' }));
  assert.deepEqual(ru.found.map((x) => x.f.data?.language), ['ru']);
});

test('a left-over paragraph between native PUD paragraphs is found for 15 language pairs', () => {
  const pud = pudDocs;
  const para = (f: string, i: number) => fixture(`${f}.txt`).split('\n\n')[i]!.trim();
  // [document language, leftover language, leftover paragraph]. Russian + Ukrainian share most
  // function words: the alphabet (і ї є) is the evidence there.
  const cases: [string, string, string][] = [
    ['ru', 'uk', para('uk', 1)],
    ['ru', 'be', para('be', 1)],
    ['en', 'lv', para('lv', 1)],
    ['pl', 'lt', para('lt', 2)],
    ['en', 'uk', para('uk', 2)],
    ['de', 'lv', para('lv', 2)],
    ['fi', 'en', pud('en')[5]!],
    ['cs', 'pl', pud('pl')[7]!],
    ['es', 'pt', pud('pt')[9]!],
    ['pt', 'es', pud('es')[11]!],
    ['sv', 'de', pud('de')[13]!],
    ['it', 'fr', pud('fr')[15]!],
    ['en', 'nl', para('nl', 1)],
    ['ru', 'bg', para('bg', 2)],
    ['de', 'nl', para('nl', 2)],
  ];
  for (const [doc, lang, leftover] of cases) {
    const docs = pud(doc).slice(40, 46);
    docs.splice(3, 0, leftover);
    const text = docs.join('\n\n');
    const r = check(text);
    assert.equal(r.language, doc, `${doc} + ${lang}`);
    assert.deepEqual(r.found.map((x) => [x.f.data?.language, x.f.data?.kind]), [[lang, 'paragraph']], `${doc} + ${lang}`);
    const start = text.indexOf(leftover);
    assert.equal(r.found[0]!.f.start, start, `${doc} + ${lang}: starts at the leftover`);
    assert.ok(r.found[0]!.f.end <= start + leftover.length && r.found[0]!.f.end >= start + leftover.length - 2, `${doc} + ${lang}: ends at the leftover`);
    assert.deepEqual(r.sourceLanguages, [lang], `${doc} + ${lang}: source language`);
  }
});

test('a left-over sentence inside an English paragraph is flagged as a sentence', () => {
  const lt = 'Derybos baigėsi be susitarimo, tačiau kitas susitikimas jau numatytas kitą savaitę Vilniuje';
  const text = `The talks in Vilnius ended late on Thursday without an agreement on the budget. ${lt}. Both sides said they would meet again before the end of the month.`;
  const r = check(text);
  assert.equal(r.language, 'en');
  assert.deepEqual(r.found.map((x) => [x.text, x.f.data?.language, x.f.data?.kind]), [[lt, 'lt', 'sentence']]);
  assert.equal(r.found[0]!.message, 'This sentence looks Lithuanian, not English: left untranslated?');
});

test('the explanation names the evidence: function words, or letters the document alphabet lacks', () => {
  const ru = pudDocs('ru').slice(40, 44);
  ru.splice(2, 0, fixture('uk.txt').split('\n\n')[1]!.trim());
  const r = check(ru.join('\n\n'));
  assert.deepEqual(r.found.map((x) => [x.f.data?.language, x.f.data?.evidence]), [['uk', 'alphabet']]);
  assert.match(r.found[0]!.f.explanation ?? '', /letters the Russian alphabet lacks/);
  const en = check(fixture('en-mixed.txt'));
  assert.equal(en.found[0]!.f.data?.evidence, 'function-words');
  assert.match(en.found[0]!.f.explanation ?? '', /function words are Lithuanian, not English/);
});

test('a run in another script is reported even when its language is only a guess; a strong one keeps its language', () => {
  const ja = mergeConfig({ language: 'ja' });
  // Five English words in a Japanese article: foreign by their script, so reported; franc's
  // reading of so few words is a guess, which must not make the paragraph "French" for the
  // other rules (lang.test.ts checks the block language).
  const weak = check('政府は今日、新しい対策を発表した。\n\nprotests. persons. 「Ja」August 9. the people\n', 'plaintext', ja);
  assert.deepEqual(weak.found.map((x) => [x.text, x.f.data?.by]), [['protests. persons. 「Ja」August 9. the people', 'script']]);
  // …and the message says what is known (the script), not franc's guess of the language.
  assert.equal(weak.found[0]!.message, 'This paragraph is in Latin script, not Japanese: left untranslated?');
  assert.equal(weak.found[0]!.f.data?.tentative, true);
  // A left-over English paragraph with its function words: reported as English.
  const strong = check('政府は今日、新しい対策を発表した。\n\nThe ministry said on Monday that the new rules would apply to all of the companies in the sector.\n', 'plaintext', ja);
  assert.deepEqual(strong.found.map((x) => [x.f.data?.language, x.f.data?.by, x.f.data?.kind]), [['en', 'script', 'paragraph']]);
  assert.equal(strong.found[0]!.message, 'This paragraph looks English, not Japanese: left untranslated?');
});

/** Findings of the word-level detector (kind 'words' or 'mixed-script'), as the texts they cover. */
const wordLevel = (text: string, language: string) =>
  check(text, 'plaintext', mergeConfig({ language })).found.filter((x) => x.f.data?.kind === 'words' || x.f.data?.kind === 'mixed-script').map((x) => x.text);

test('a word or two in another script inside running text is reported, in any script', () => {
  const frame = (w: string) => `The minister said that the ${w} would continue in the capital next week.`;
  for (const w of ['переговоры', 'переговори', '会谈', '話し合い', 'बातचीत', 'المحادثات', '회담', 'διαπραγματεύσεις', 'מגעים', 'การเจรจา']) {
    assert.deepEqual(wordLevel(frame(w), 'en'), [w], w);
  }
  assert.deepEqual(wordLevel('Министр сказал, что 谈判 продолжатся в столице на следующей неделе.', 'ru'), ['谈判']);
  assert.deepEqual(wordLevel('Der Minister sagte, die мирные переговоры würden nächste Woche fortgesetzt.', 'de'), ['мирные переговоры']);
});

test('a word mixing look-alike alphabets is reported', () => {
  assert.deepEqual(wordLevel('Пассажиры платят за доступ к Wi-Fi cети в поездах и на вокзалах.', 'ru'), ['cети']);
  assert.deepEqual(wordLevel('The сompany said it would raise prices for its customers next year.', 'en'), ['сompany']);
});

test('native controls: glosses, quotations, names, Greek symbols, brands in non-Latin text, Japanese', () => {
  const none = (text: string, lang: string) => assert.deepEqual(wordLevel(text, lang), [], text);
  none('The word for peace (мир) also means world in Russian, the linguist said.', 'en');
  none('The film «Война и мир» was shown in the capital next week, the minister said.', 'en');
  none('President Путин met the minister in the capital on Tuesday morning.', 'en');
  none('The beam was 5 μm wide and the α-helix bent sharply inside the cell.', 'en');
  none('Министр купил новый iPhone и сказал, что онлайн-продажи растут быстро.', 'ru');
  none('東京で会議が開かれ、大臣は来週も話し合いを続けると述べた。', 'ja');
  none('переговоры', 'en'); // no running English text around it
  none('Ел. Москва, ул. Тверская, д. 7 — адрес редакции газеты.', 'ru');
});

test('code-mixed sentences: a word of the translation left in the source script is found (PUD sentences, six scripts)', () => {
  const en = pudDocs('en');
  let planted = 0;
  let found = 0;
  const misses: string[] = [];
  for (const lang of ['ru', 'zh', 'hi', 'ja', 'ar', 'ko']) {
    const other = pudDocs(lang);
    for (let i = 0; i < 40; i++) {
      const words = en[i]!.split(' ');
      const k = words.findIndex((w, j) => j > 2 && /^[a-z]{4,}$/.test(w));
      const foreign = (other[i]!.match(/[\p{L}\p{M}]{2,}/gu) ?? []).filter((w) => !/\p{Script=Latin}/u.test(w) && !/^\p{Lu}/u.test(w));
      if (k < 0 || foreign.length === 0) continue;
      // A word: CJK writes no spaces, so two or three characters of a run.
      const run = foreign[i % foreign.length]!;
      const leftover = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run) ? run.slice(0, 2 + (i % 2)) : run;
      words[k] = leftover;
      const text = words.join(' ');
      planted++;
      const at = text.indexOf(leftover);
      if (check(text, 'plaintext', mergeConfig({ language: 'en' })).findings.some((f) => f.start <= at && at < f.end)) found++;
      else misses.push(`${lang}: ${text.slice(0, 90)}`);
    }
  }
  assert.ok(planted >= 200, `planted ${planted}`);
  assert.ok(found / planted >= 0.95, `${found}/${planted}\n${misses.join('\n')}`);
});

test('a word of the document script with letters its alphabet and loanwords lack is reported, naming the languages with them', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'The minister said that the reform is bardzo ważna for the whole country.', 'ważna', 'Polish'],
    ['en', 'The talks in Vilnius were svarbūs for both sides, the minister said.', 'svarbūs', 'Lithuanian'],
    ['en', 'The opposition party said it was değil true and demanded a recount today.', 'değil', 'Turkish'],
    ['en', 'The spokesman said the plan was řekl to be ready by the end of the month.', 'řekl', 'Czech'],
    ['de', 'Der Minister sagte, die Reform sei für das ganze Land ważna und dringend.', 'ważna', 'Polish'],
  ];
  for (const [lang, text, word, language] of cases) {
    const r = engine.check({ text, config: mergeConfig({ language: lang }) });
    const f = r.findings.filter((x) => x.data?.kind === 'alphabet');
    assert.deepEqual(f.map((x) => text.slice(x.start, x.end)), [word], text);
    assert.match(f[0]!.message, new RegExp(`letters of [^(]*${language}`), f[0]!.message);
  }
  // With the source language known, only it is named.
  const lv = engine.check({ text: 'The talks in Vilnius were svarbūs for both sides, the minister said.', config: mergeConfig({ language: 'en', sourceLanguage: ['lt'] }) });
  assert.match(lv.findings[0]!.message, /letters of Lithuanian \(ū\)/);
});

test('native controls for letters: loanwords keep Latin-1 accents, names keep their spelling, glosses are quoted, each language its own alphabet', () => {
  const quiet: [string, string][] = [
    ['en', 'We had a café au lait and a jalapeño bagel near the façade; the naïve señor ordered smörgåsbord.'],
    ['en', 'Lech Wałęsa met Ingrida Šimonytė and Recep Tayyip Erdoğan in Łódź on Monday.'],
    ['en', 'The word for "important" is "ważna" in Polish, and the Turkish (değil) means "not".'],
    ['fr', 'Le cœur de la ville et la main-d’œuvre du pays voisin ont été touchés par la crise.'],
    ['fi', 'Tšekkiläiset ja slovakialaiset tutkijat esittelivät tulokset tšekin kielellä tänään.'],
    ['pl', 'Minister powiedział, że reforma jest bardzo ważna dla całego kraju i jego mieszkańców.'],
    ['es', 'El 45º presidente visitó el 2º distrito; la Sra. y el Sr. llegaron al 1º de mayo.'],
  ];
  for (const [lang, text] of quiet) {
    const r = engine.check({ text, config: mergeConfig({ language: lang }) });
    assert.deepEqual(r.findings.filter((x) => x.data?.kind === 'alphabet').map((x) => text.slice(x.start, x.end)), [], text);
  }
});
