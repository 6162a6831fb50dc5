/**
 * The quotes rule as a user sees it: the sample article, apostrophes and primes, nesting,
 * quotations running over paragraphs, Markdown code, straight marks, and fixes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { applySafeFixes } from '../../server/src/engine/fixes';
import { quotesRule } from '../../server/src/engine/rules/quotes';
import { findRule } from '../../server/src/engine/rules/index';
import type { Rule } from '../../server/src/engine/rule';
import type { DocumentFormat, Finding } from '../../server/src/engine/types';

const engine = new Engine({ rules: [quotesRule as Rule] });
function check(text: string, language: string, format: DocumentFormat = 'plaintext'): Finding[] {
  return engine.check({ text, format, config: mergeConfig({ language }) }).findings;
}
const at = (text: string, f: Finding) => text.slice(f.start, f.end);
/** Findings whose range lies inside the first occurrence of `snippet`. */
function within(text: string, findings: Finding[], snippet: string): Finding[] {
  const s = text.indexOf(snippet);
  assert.ok(s >= 0, `snippet not in text: ${snippet}`);
  return findings.filter((f) => f.start >= s && f.end <= s + snippet.length);
}

const SAMPLE = readFileSync(new URL('../../examples/delfi-belarus-mt-en.txt', import.meta.url), 'utf8');

test('the rule is registered under its id', () => {
  assert.equal(findRule('quotes'), quotesRule);
});

test('sample: the four broken quotations are reported', () => {
  const f = check(SAMPLE, 'en');
  for (const broken of ['“Put all the dots in the” i “', '“alive or in parts “.', '‘A. Lukashenko and integration are incompatible, “he told AFP.', 'promises” anything but nothing “, and']) {
    const s = SAMPLE.indexOf(broken);
    assert.ok(s >= 0);
    const hits = f.filter((x) => x.start < s + broken.length && x.end > s);
    assert.ok(hits.length > 0, `not reported: ${broken}`);
  }
});

test('sample: the correct quotations and apostrophes are not reported', () => {
  const f = check(SAMPLE, 'en');
  for (const fine of [
    '“Belarus is very important,” said Mikhail Vinogradov',
    '“Putin does not want to be on the side of the losers.”',
    'a “working visit” to Russia',
    '“put all the points on the most sensitive and sensitive issues for both parties”',
    '“influence the situation”',
    '“can support such a regime and such violence against peaceful citizens exercising their constitutionally protected rights to freedom of assembly, association and expression.”',
    '“If the Kremlin continues down this path, it runs the risk that the people of Belarus, who do not blame Russia, will oppose Moscow,”',
    'They “have declared that they want to apply for asylum in Sweden,” said',
    '“Russia will seek to make the most of its support for Lukashenko,”',
    '“It completely depends on Russia,”',
    'Lukashenko’s first face-to-face meeting',
    'Moscow’s closest partner',
  ]) {
    assert.deepEqual(within(SAMPLE, f, fine).map((x) => x.message), [], fine);
  }
  assert.equal(f.length, 4, f.map((x) => `${at(SAMPLE, x)}: ${x.message}`).join('\n'));
});

test('sample: clear fixes are safe, ambiguous ones are not, and fixing re-checks clean of them', () => {
  const f = check(SAMPLE, 'en');
  const alive = within(SAMPLE, f, '“alive or in parts “.');
  assert.equal(alive.length, 1);
  assert.equal(alive[0]!.fixes[0]?.safe, true);
  const stray = within(SAMPLE, f, '“Put all the dots in the” i “');
  assert.equal(stray.length, 1);
  assert.ok(stray[0]!.fixes.every((x) => !x.safe), 'where the closing mark belongs is a guess: no safe fix');
  const mixed = f.find((x) => at(SAMPLE, x).startsWith('‘A. Lukashenko'))!;
  assert.match(mixed.message, /unclear/);
  assert.equal(mixed.fixes.length, 0);

  const fixed = applySafeFixes(SAMPLE, f);
  assert.equal(fixed.applied, 2);
  assert.ok(fixed.text.includes('“alive or in parts”.'));
  assert.ok(fixed.text.includes('anything but nothing”, and'));
  const again = check(fixed.text, 'en');
  assert.ok(again.every((x) => !x.fixes.some((y) => y.safe)), 'nothing left to fix safely');
  assert.equal(again.length, f.length - fixed.applied);
});

test('messages name the language, the expected marks and what was found', () => {
  const f = check('Er sagte: “Das ist gut so.”', 'de');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.message, 'In German text, quotations use „…“ — found “…”.');
  assert.equal(f[0]!.fixes[0]!.safe, true);
  assert.match(f[0]!.explanation ?? '', /Duden/);
});

test('apostrophes and primes are not quotation marks', () => {
  const en = [
    'Lukashenko’s visit, don’t worry, rock ’n’ roll, the ’90s and O’Neill’s “plan”.',
    "Mr. Jones' golf clubs and the boys' room; goin' home in '49.",
    'He is 5′ 5″ tall, the screen is 20" wide and the board 5\'10" long.',
    'The “Times”’s editor said “fine” in ’em.',
  ];
  for (const t of en) assert.deepEqual(check(t, 'en').map((x) => x.message), [], t);
  assert.deepEqual(check('‘I don’t know,’ she said. ‘It’s Jones’ car, and the boys’ bikes.’', 'en-GB').map((x) => x.message), []);
  assert.deepEqual(check('‚Das ist Hans’.‘ Und „’s geht“.', 'de').map((x) => x.message), []);
  assert.deepEqual(check('Він сказав «м’ясо» і «пам\'ять», а пам’ятник — «ні».', 'uk').map((x) => x.message), []);
  assert.deepEqual(check('Ён сказаў «пам’ятаю» і «з\'ява».', 'be').map((x) => x.message), []);
  assert.deepEqual(check('LaBeouf\'un filmi, ABD\'nin "Sultan"ı ve 1990\'larda.', 'tr').map((x) => x.message), []);
  assert.deepEqual(check('L’uomo disse «un po’ di pane» all’amico.', 'it').map((x) => x.message), []);
  assert.deepEqual(check('In ’s-Hertogenbosch zeggen ze “’t is goed”.', 'nl').map((x) => x.message), []);
  // Hebrew geresh and gershayim typed as ' and ".
  assert.deepEqual(check('צ\'יפס של צה"ל', 'he').map((x) => x.message), []);
});

test('a ‘ used as an apostrophe is reported, with a safe fix', () => {
  const text = 'The ‘90s and don‘t.';
  const f = check(text, 'en');
  assert.equal(f.length, 2);
  assert.equal(applySafeFixes(text, f).text, 'The ’90s and don’t.');
});

test('French elisions keep their apostrophe joined, and word-final ’ is not an apostrophe in French', () => {
  const text = 'Il est accusé de l’ empêchement d’un enterrement.';
  const f = check(text, 'fr');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /l’empêchement/);
  assert.equal(applySafeFixes(text, f).text, 'Il est accusé de l’empêchement d’un enterrement.');
  assert.equal(check('Ces actions ne représentent rien’ pour moi.', 'fr').length, 1);
  assert.deepEqual(check('Après « n’ », il faut un verbe : il (n’)est pas là, d’ « Undersea ».', 'fr').map((x) => x.message), []);
});

test('nested quotations: the other marks inside, with a safe fix', () => {
  const cases: [string, string, string][] = [
    ['en', 'He said: “They called it “home” then.”', 'He said: “They called it ‘home’ then.”'],
    ['de', '„Verschachtelte „Anführungszeichen“ sind kompliziert.“', '„Verschachtelte ‚Anführungszeichen‘ sind kompliziert.“'],
    ['de', '»Verschachtelte »Anführungszeichen« sind kompliziert.«', '»Verschachtelte ›Anführungszeichen‹ sind kompliziert.«'],
    ['ru', '«Он прочёл «Цыганы» вслух».', '«Он прочёл „Цыганы“ вслух».'],
    ['pl', 'To jest „cytat „w cytacie”, który jest długi”.', 'To jest „cytat »w cytacie«, który jest długi”.'],
  ];
  for (const [lang, text, fixed] of cases) {
    const f = check(text, lang);
    assert.equal(f.length, 1, `${lang}: ${text}`);
    assert.equal(applySafeFixes(text, f).text, fixed);
  }
  for (const [lang, text] of [
    ['en', 'He said: “They called it ‘home’ then.”'],
    ['en-GB', 'He said: ‘They called it “home” then.’'],
    ['de', 'Der „Film“ ist „gut“.'],
    ['ru', 'Он сказал: «Я читал „Правду“ и „Известия“».'],
  ] as const) {
    assert.deepEqual(check(text, lang).map((x) => x.message), [], `${lang}: ${text}`);
  }
});

test('straight quotations nested in the same straight marks are reported', () => {
  const f = check('Dies habe, so Meyer, "nichts mit "Globalisierung" zu tun".', 'de');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /inside/);
});

test('a quotation continued over paragraphs re-opens at each paragraph and is not reported', () => {
  const text = '“This is the first paragraph of a long statement.\n\n“This is the second, and it ends here.”\n\nAfter it, plain text.';
  assert.deepEqual(check(text, 'en').map((x) => x.message), []);
  const de = '„Erster Absatz der Rede.\n\n„Zweiter Absatz, der endet.“';
  assert.deepEqual(check(de, 'de').map((x) => x.message), []);
});

test('a quotation closed in the next paragraph without re-opening is information; one never closed is a warning', () => {
  const runOn = '“This starts here.\n\nand it ends here.”';
  const f = check(runOn, 'en');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'info');
  const never = '“This starts here.\n\nAnd something else follows.';
  const g = check(never, 'en');
  assert.equal(g.length, 1);
  assert.equal(g[0]!.severity, 'warning');
  assert.equal(g[0]!.fixes.length, 0);
  assert.equal(at(never, g[0]!), '“');
});

test('Markdown: quotation marks in code spans and code blocks are not checked', () => {
  const md = 'Use `"` or `\'` in code, and `“` too; she said “fine”.\n\n```\nprint("unbalanced)\n```\n\nA *“styled”* quote and [a “link”](https://example.com/"x) here.\n';
  assert.deepEqual(check(md, 'en', 'markdown').map((x) => x.message), []);
  // The same text as plain text has unbalanced marks.
  assert.ok(check('Use " or \' in code.', 'en').length > 0);
  // Prose around code is still checked.
  const bad = 'Run `x` and she said “fine “.';
  const f = check(bad, 'en', 'markdown');
  assert.equal(f.length, 1);
  assert.equal(applySafeFixes(bad, f).text, 'Run `x` and she said “fine”.');
});

test('mixed straight and curly marks in one quotation are reported and completed', () => {
  const f = check('O nome “Caribe" deriva dos Caribs.', 'pt');
  assert.equal(f.length, 1);
  assert.equal(applySafeFixes('O nome “Caribe" deriva dos Caribs.', f).text, 'O nome “Caribe” deriva dos Caribs.');
  const g = check('John said "Hello World!\'.', 'en');
  assert.equal(g.length, 1);
  assert.equal(g[0]!.fixes.length, 0);
});

test('straight quotations: accepted as a style, reported (hint) only in an otherwise curly document', () => {
  assert.deepEqual(check('He said "yes". She said "no". They said "maybe". "Fine," we said.', 'en').map((x) => x.message), []);
  // Mixed across sentences, as in edited sources: no majority, no report.
  assert.deepEqual(check('He said “yes”. She said "no". They said “maybe”. We said "fine".', 'en').map((x) => x.message), []);
  const curly = 'A “one”, a “two”, a “three”, a “four”, a “five”, a “six”, a “seven”, an “eight”, a “nine”, and a "ten".';
  const f = check(curly, 'en');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'hint');
  const fixed = applySafeFixes(curly, f).text;
  assert.ok(fixed.endsWith('and a “ten”.'));
  assert.deepEqual(check(fixed, 'en'), []);
});

test('spaces on the wrong side of a mark are moved, and stray spaces removed', () => {
  const cases: [string, string, string][] = [
    ['en', 'Vos said “ excuses” twice.', 'Vos said “excuses” twice.'],
    ['en', '“Good morning, Frank,”said Hal.', '“Good morning, Frank,” said Hal.'],
    ['id', 'Dia bilang,\' Hei, apa kabar? \' ujar Pall.', "Dia bilang, 'Hei, apa kabar?' ujar Pall."],
    ['pl', 'To jest „ przykład”.', 'To jest „przykład”.'],
    ['en', 'The leader promises” anything but nothing “, and more.', 'The leader promises “anything but nothing”, and more.'],
  ];
  for (const [lang, text, fixed] of cases) {
    const f = check(text, lang);
    assert.ok(f.length > 0, text);
    const r = applySafeFixes(text, f).text;
    assert.equal(r, fixed);
    assert.deepEqual(check(r, lang).map((x) => x.message), [], r);
  }
});

test('marks foreign to the language, reversed marks and mismatched pairs', () => {
  const cases: [string, string, string | null][] = [
    ['de', 'Er sagte „Hallo” und ging.', 'Er sagte „Hallo“ und ging.'],
    ['en', 'He said ”hello” and left.', 'He said “hello” and left.'],
    ['en', 'He said “hello“ and left.', 'He said “hello” and left.'],
    ['en', 'The paper «Pravda» wrote it.', 'The paper “Pravda” wrote it.'],
    ['ru', 'Газета “Правда”.', 'Газета «Правда».'],
    ['fr', 'Vos “amis“ et vous.', 'Vos “amis” et vous.'],
    ['fr', '«\u00a0Le grand homme«', '«\u00a0Le grand homme\u00a0»'],
    ['en', 'Tu sais, ‘ton ami” est venu.', null],
  ];
  for (const [lang, text, fixed] of cases) {
    const f = check(text, lang);
    assert.ok(f.length > 0, text);
    const r = applySafeFixes(text, f);
    if (fixed === null) {
      assert.equal(r.applied, 0, text);
      continue;
    }
    assert.equal(r.text, fixed);
    assert.deepEqual(check(r.text, lang).map((x) => x.message), [], r.text);
  }
});

test('German text with Swiss «…» is information that points at de-CH', () => {
  const f = check('Er sagte «Hallo» und ging.', 'de');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'info');
  assert.match(f[0]!.message, /de-CH/);
  assert.deepEqual(check('Er sagte «Hallo» und ging.', 'de-CH'), []);
});

test('unpaired marks: an unclosed opener, a closer that closes nothing', () => {
  const a = check('C’est “compliqué.', 'fr');
  assert.equal(a.length, 1);
  assert.match(a[0]!.message, /never closed/);
  const b = check('C’était mon affaire”.', 'fr');
  assert.equal(b.length, 1);
  assert.match(b[0]!.message, /never opened/);
});

test('quoted punctuation is a quotation, not a stray mark', () => {
  assert.deepEqual(check('Der Operator „,“ ist nützlich.', 'de').map((x) => x.message), []);
  assert.deepEqual(check('le signe “…” ou le signe « ! » ?', 'fr').map((x) => x.message), []);
  assert.deepEqual(check('Печорин размышляет: «…зачем было судьбе кинуть меня?»', 'ru').map((x) => x.message), []);
});

test('languages without a profile: only pairing is checked', () => {
  assert.deepEqual(check('قال: «مرحبا» و"أهلا".', 'ar').map((x) => x.message), []);
  assert.equal(check('قال: "مرحبا.', 'ar').length, 1);
});

test('doubled single marks standing in for a double mark are replaced', () => {
  const cases: [string, string, string][] = [
    ['pl', 'To ,,rekiny’’.', 'To „rekiny”.'],
    ['fr', "''Ça” recommence.", '“Ça” recommence.'],
    ['fr', 'Le ‘‘barbare’’ dont il faut se défendre.', `Le «\u00a0barbare\u00a0» dont il faut se défendre.`],
  ];
  for (const [lang, text, fixed] of cases) {
    const f = check(text, lang);
    assert.ok(f.length > 0, text);
    const r = applySafeFixes(text, f).text;
    assert.equal(r, fixed);
    assert.deepEqual(check(r, lang).map((x) => x.message), [], r);
  }
  // ''' is wiki markup, not a quotation mark.
  assert.deepEqual(check("J’en ai '''marre''' (syntaxe wiki).", 'fr').map((x) => x.message), []);
});

test('guillemets used as separators are not quotation marks', () => {
  assert.deepEqual(check('Startseite » Datenbank » Tipps zur Performance', 'de').map((x) => x.message), []);
});

test('a number in a quotation and an inch mark are told apart', () => {
  for (const t of ['"02" will sort before "10" as expected so it will have size of 10".', 'I think that Liszt\'s "Forgotten Waltz No. 3" is a masterpiece.', '"The screen is 20" wide."']) {
    assert.deepEqual(check(t, 'en').map((x) => x.message), [], t);
  }
  assert.equal(check('"The screen is 20" wide." "And this one is never closed.', 'en').length, 1);
});

test('the configured severity applies to the main findings; weaker signals keep theirs', () => {
  const text = 'Er sagte: “Das ist gut so.” Und «Hallo».';
  const f = engine.check({ text, config: mergeConfig({ language: 'de', rules: { quotes: { severity: 'error' } } }) }).findings;
  assert.deepEqual(f.map((x) => x.severity), ['error', 'info']);
  const off = engine.check({ text, config: mergeConfig({ language: 'de', rules: { quotes: { severity: 'off' } } }) }).findings;
  assert.deepEqual(off, []);
});

test('an outer quotation in another pair than the rest of the document uses: a hint with the conversion', () => {
  const NB = '\u00a0';
  // French: «…» four times, one outer “…” (machine translation from English keeps its marks).
  const fr = `Le ministre a déclaré : «${NB}Nous ne céderons pas${NB}». Il a ajouté : “Rien ne changera”.\n\nLe président a parlé de «${NB}réforme${NB}» et de «${NB}dialogue${NB}». Les syndicats parlent de «${NB}trahison${NB}».\n`;
  const f = check(fr, 'fr').filter((x) => x.data?.kind === 'style');
  assert.deepEqual(f.map((x) => at(fr, x)), ['“Rien ne changera”']);
  assert.equal(f[0]!.severity, 'hint');
  assert.equal(f[0]!.message, 'Elsewhere this French text quotes with «…» (4 times); this quotation uses “…”.');
  const edits = f[0]!.fixes[0]!.edits;
  let out = fr;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  assert.ok(out.includes(`ajouté : «${NB}Rien ne changera${NB}».`), out);
  assert.equal(f[0]!.fixes[0]!.safe, false, 'a suggestion: --fix leaves it to the editor');
  // German: „…“ three times, one »…«.
  const de = 'Er sagte: „Wir bleiben.“ Sie sagte: „Wir gehen.“ Dann hieß es „Schluss“.\n\nDie Zeitung schrieb »Verrat«.\n';
  assert.deepEqual(check(de, 'de').filter((x) => x.data?.kind === 'style').map((x) => at(de, x)), ['»Verrat«']);
});

test('native controls for quotation style: nested quotations, no clear majority, one style throughout, single-mark headlines', () => {
  const NB = '\u00a0';
  const style = (text: string, lang: string) => check(text, lang).filter((x) => x.data?.kind === 'style');
  // “…” inside «…» is the French nesting, not another style.
  const nested = `Il a dit : «${NB}Le mot “crise” est exagéré${NB}». Elle a répondu : «${NB}Non${NB}». Puis : «${NB}Peut-être${NB}». Enfin : «${NB}Assez${NB}».\n`;
  assert.deepEqual(style(nested, 'fr'), []);
  // Two «…» and one “…”: no clear majority.
  const even = `Il a dit : «${NB}Oui${NB}». Elle a dit : «${NB}Non${NB}». Ils ont écrit “Peut-être”.\n`;
  assert.deepEqual(style(even, 'fr'), []);
  // “…” throughout (a house style French publishers also use).
  const curly = 'Il a dit “Oui”. Elle a dit “Non”. Ils ont écrit “Peut-être”, puis “Jamais”.\n';
  assert.deepEqual(style(curly, 'fr'), []);
  // English: single quotes in a headline beside double quotes in the body.
  const en = 'Minister: ‘We will not give up’\n\nThe minister said: “We will not give up.” She added: “Never.” Critics called it “a stunt”.\n';
  assert.deepEqual(style(en, 'en'), []);
});
