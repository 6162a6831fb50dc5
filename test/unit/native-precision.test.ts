/**
 * Native-text precision: shapes of edited native text that are no defects (issue 17), each with
 * the defect next to it that must still be reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/helpers';

const rules = (text: string, language: string, minSeverity: 'hint' | 'info' = 'info') =>
  check(text, { language }).findings.filter((f) => minSeverity === 'hint' || f.severity !== 'hint').map((f) => f.ruleId);

test('"?.." and "!.." are the question/exclamation ellipsis in ru, uk, be, bg, pl, lt — a doubled full stop elsewhere', () => {
  assert.deepEqual(rules('Неужели это правда?.. Он ушёл. Что ты делаешь!.. Иди домой.', 'ru'), []);
  assert.deepEqual(rules('Kodėl taip?.. Nežinau. Jis atėjo!.. Tai gerai.', 'lt'), []);
  assert.deepEqual(rules('Naprawdę?.. Nie wiem.', 'pl'), []);
  assert.deepEqual(rules('Это правда.. Он ушёл.', 'ru'), ['typography']);
  assert.deepEqual(rules('Is it true?.. He left.', 'en'), ['typography']);
});

test('abbreviations before a lower-case word: listed ones, and gloss labels after a bracket in any language', () => {
  assert.deepEqual(rules('Kaina pakilo 5 proc. ir tai daug. Tekstas (red. past. čia klaida) baigėsi.', 'lt'), []);
  assert.deepEqual(rules('Žodis (angl. word) yra svarbus.', 'lt'), []);
  assert.deepEqual(rules('Дерево (букв. «высокое») растёт. Он (ум. в 1990 г.) жил тут.', 'ru'), []);
  assert.deepEqual(rules('Слово (грец. logos) означає «слово».', 'uk'), []);
  assert.deepEqual(rules('Das Wort (griech. logos) bedeutet Wort.', 'de'), []);
  // Still a lower-case sentence start: a real word, or a bracket that does not open the gloss.
  assert.deepEqual(rules('Kaina pakilo. ir tai daug.', 'lt'), ['capitalization']);
  assert.deepEqual(rules('He left (see below. the rest) later.', 'en'), ['capitalization']);
});

test('Lithuanian „…” is accepted beside „…“; a reversed or foreign pair is still reported', () => {
  assert.deepEqual(rules('Jis sakė „labas” ir išėjo. Ji atsakė „sveikas“ vėl.', 'lt'), []);
  assert.ok(rules('Jis sakė “labas„ ir išėjo.', 'lt').includes('quotes'));
});

test('«…» nested in «…» in Ukrainian and Russian is the style level (a hint), not a warning', () => {
  const f = check('Газета «Вечірній «Київ»» вийшла вчора.', { language: 'uk' }).findings;
  assert.deepEqual(f.map((x) => [x.ruleId, x.severity]), [['quotes', 'hint']]);
  assert.deepEqual(rules('Газета «Вечерняя «Москва»» вышла вчера.', 'ru'), []);
  // German keeps the rule: „…“ inside „…“ is a warning.
  assert.deepEqual(rules('Er sagte: „Das Buch „Faust“ ist alt.“', 'de'), ['quotes']);
});

test("typewriter ``…'' is one pair (each mark still reported as a stand-in), not a closing mark never opened", () => {
  const f = check("Il ``Corriere della Sera'' titola oggi.", { language: 'it' }).findings.filter((x) => x.ruleId === 'quotes');
  assert.deepEqual(f.map((x) => x.message), ['`` stands in for a quotation mark: use «.', "'' stands in for a quotation mark: use »."]);
});

test('two dots that are meant: an omission "[..]", a word hidden "ku..a"; a doubled full stop between sentences is still one', () => {
  assert.deepEqual(rules('Er hat nicht gesprochen [..]. Deshalb ging er.', 'de'), []);
  assert.deepEqual(rules('Co za ku..a dzień.', 'pl'), []);
  assert.deepEqual(rules('The end..The next day came.', 'en'), ['typography']);
});

test('a lettered list item after a question or a full stop is no lower-case sentence start', () => {
  assert.deepEqual(rules('Wie lautet dieser Satz? a) Ich gehe. b) Du gehst.', 'de'), []);
});

test('iterative verbs in German and Czech; doubled adjectives still reported', () => {
  assert.deepEqual(rules('Er überlegt und überlegt und wartet.', 'de'), []);
  assert.deepEqual(rules('Musel chodit a chodit celý den.', 'cs'), []);
  assert.deepEqual(rules('Das sind die wichtigen und wichtigen Fragen.', 'de'), ['repetition']);
});

test('short English sentences of speech are English (pronouns and auxiliaries are English function words)', () => {
  assert.deepEqual(rules('No, I do not have a drinking problem. I drink, I get drunk, I fall down. No problem!', 'en'), []);
  assert.deepEqual(rules('I am just a nice, clean-cut Mongolian boy.', 'en'), []);
});

test('ASCII marks between Chinese clauses are not inside a word', () => {
  assert.deepEqual(rules('你好!充话费!充多少?充满!', 'zh'), []);
});

test('a cry or a question said again is no decoder loop; a statement written twice still is', () => {
  assert.deepEqual(rules('The British are coming! The British are coming!', 'en'), []);
  assert.deepEqual(rules('Prenda la mia mano! Prenda la mia mano!', 'it'), []);
  assert.deepEqual(rules('The council approved the plan. The council approved the plan.', 'en'), ['repetition']);
});

test('Russian infinitives coordinated with themselves are iterative ("жить и жить")', () => {
  assert.deepEqual(rules('Надо жить и жить, а не ждать.', 'ru'), []);
  assert.deepEqual(rules('Это важные и важные вопросы.', 'ru'), ['repetition']);
});

test('a short document is in the language its function words show, when its letters allow it', () => {
  const lang = (text: string) => check(text, { language: 'auto' }).language;
  assert.equal(lang('Cichanouskaja spoke in Vilnius on Friday. Cichanouskaja left early.'), 'en');
  assert.equal(lang('The minister spoke.'), 'en');
  // Letters English does not have keep the detector's answer.
  assert.equal(lang('Minister przemawiał we wtorek w Warszawie.'), 'pl');
  assert.equal(lang('Ministras kalbėjo antradienį Vilniuje.'), 'lt');
});

test('an opening quotation mark before an ellipsis opens the quotation ("... finché morte")', () => {
  assert.deepEqual(rules('Disse invece che "... finche\' morte non vi separi" e se ne andò.', 'it'), []);
  assert.deepEqual(rules('Der Spieß: "... und die Sachen bleiben hier", sagte er.', 'de'), []);
});

test('units and recipe abbreviations before a lower-case word (16 tbsp. milk, 2 hrs. later)', () => {
  assert.deepEqual(rules('Add 16 tbsp. milk and stir for 2 hrs. until thick.', 'en'), []);
});
