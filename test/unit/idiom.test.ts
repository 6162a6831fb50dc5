import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idiomRule } from '../../server/src/engine/rules/idiom';
import type { EngineResources, RuleContext, RuleFinding } from '../../server/src/engine/rule';
import { mergeConfig } from '../../server/src/engine/config';
import { sentences, tokenize } from '../../server/src/engine/segment';
import type { Block } from '../../server/src/engine/types';
import { sample } from '../support/helpers';

function block(text: string, language = 'en', start = 0): Block {
  const tokens = tokenize(text, start, language);
  return { index: 0, kind: 'paragraph', start, end: start + text.length, text, tokens, sentences: sentences(text, start, language, tokens), language };
}
function resources(user: Record<string, string> = {}): EngineResources {
  return { phrasebooks: new Map(Object.entries(user)), version: 0, scratch: new Map() };
}
function ctx(language = 'en', sourceLanguages: string[] = [], res = resources()): RuleContext {
  return { language, documentLanguage: language, sourceLanguages, options: {}, config: mergeConfig(), format: 'plaintext', resources: res };
}
function check(text: string, c = ctx()): RuleFinding[] {
  const r = idiomRule.checkBlock!(block(text, c.language), c);
  return Array.isArray(r) ? r : r.findings;
}

test('a literal gloss with a comment after its quotation: the quoted words alone are the literal, the comment follows in brackets (no doubled quotes)', () => {
  const text = 'There are no signs that the protesters are starting to exhale.';
  const [f] = check(text);
  assert.ok(f, 'the exhale calque is reported');
  assert.match(f.explanation!, /Literally: "to breathe out" \(English "exhale" suggests relief instead\)/);
  assert.doesNotMatch(f.explanation!, /""/);
  assert.equal((f.data as { literal?: string }).literal, 'to breathe out');
});

test('the nail calque: message names the source language, idiom, meaning and a suggestion', () => {
  const text = 'The leader is not giving up on even blackening his nail.';
  const [f, ...rest] = check(text);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f!.start, f!.end), 'not giving up on even blackening his nail');
  assert.equal(
    f!.message,
    '"not giving up on even blackening his nail" looks like a word-for-word rendering of Lithuanian "nė per nago juodymą" (not one bit). Consider: "not budging an inch" or "not giving an inch".',
  );
  assert.deepEqual(f!.fixes!.map((x) => [x.title, x.safe, x.edits]), [
    ['Replace with "not budging an inch"', false, [{ start: f!.start, end: f!.end, newText: 'not budging an inch' }]],
    ['Replace with "not giving an inch"', false, [{ start: f!.start, end: f!.end, newText: 'not giving an inch' }]],
  ]);
  assert.match(f!.explanation!, /Literally: "not even by the blackening of a nail"/);
  assert.match(f!.explanation!, /`lt-en\.calque`, line \d+/);
  assert.deepEqual({ ...f!.data, line: 0 }, {
    source: 'lt',
    idiom: 'nė per nago juodymą',
    meaning: 'not one bit',
    literal: 'not even by the blackening of a nail',
    suggestions: ['not budging an inch', 'not giving an inch'],
    phrasebook: 'lt-en.calque',
    line: 0,
  });
});

test('fixes keep the capitalisation of the first letter', () => {
  const [f] = check('Put all the dots on the i before signing.');
  assert.equal(f!.fixes![0]!.edits[0]!.newText, "Dot the i's and cross the t's");
  const [g] = check('We must put all the dots on the i.');
  assert.equal(g!.fixes![0]!.edits[0]!.newText, "dot the i's and cross the t's");
});

test('{n} references carry the matched words into the fix', () => {
  const text = 'He tried to topple Moscow with the European Union.';
  const [f] = check(text);
  assert.equal(text.slice(f!.start, f!.end), 'topple Moscow with the European Union');
  assert.equal(f!.fixes![0]!.edits[0]!.newText, 'play Moscow off against the European Union');
});

test('offsets are document offsets (block not at 0)', () => {
  const pre = 'x'.repeat(100);
  const text = 'They stared like a calf at new gates.';
  const c = ctx();
  const r = idiomRule.checkBlock!(block(text, 'en', pre.length), c);
  const [f] = Array.isArray(r) ? r : r.findings;
  assert.equal((pre + text).slice(f!.start, f!.end), 'like a calf at new gates');
});

test('target language is the base subtag (en-GB uses the en sections); other targets stay silent', () => {
  assert.equal(check('The twins are like two drops of water.', ctx('en-GB')).length, 1);
  assert.equal(check('The twins are like two drops of water.', ctx('de')).length, 0);
});

test('a known source language ranks its entries first when two match the same words', () => {
  const user = { 'team.calque': '[ru -> en]\nlike two drops of water => RU\n  :: "как две капли воды" = exactly alike\n' };
  const res = resources(user);
  // Unknown source: both sections apply (the user's ru entry does not override the lt built-in:
  // different source); same words, same specificity, so file order decides (user phrasebooks first).
  const unknown = check('They are like two drops of water.', ctx('en', [], res));
  assert.equal(unknown.length, 1);
  assert.equal(unknown[0]!.data!.source, 'ru');
  const lt = check('They are like two drops of water.', ctx('en', ['lt'], resources(user)));
  assert.equal(lt[0]!.data!.source, 'lt');
  assert.match(lt[0]!.message, /Lithuanian "kaip du vandens lašai"/);
  const ru = check('They are like two drops of water.', ctx('en', ['ru'], resources(user)));
  assert.match(ru[0]!.message, /Russian "как две капли воды"/);
  assert.equal(idiomRule.blockCacheKey!(ctx('en', ['lt', 'ru-RU'])), 'lt,ru');
});

test('user phrasebooks: entries override built-ins with the same pattern; "!" disables them; broken lines do not break the rule', () => {
  const user = {
    'mine.calque': `[lt -> en]
like two drops of water => OURS
  :: "kaip du vandens lašai" = alike
! like a mouse under a broom
this line is broken
like a squirrel in a wheel (unclosed => x
`,
  };
  const c = ctx('en', [], resources(user));
  const [f] = check('The twins are like two drops of water.', c);
  assert.deepEqual(f!.data!.suggestions, ['OURS']);
  assert.equal(f!.data!.phrasebook, 'mine.calque');
  assert.equal(check('He sat like a mouse under a broom.', c).length, 0, 'disabled by !');
  assert.equal(check('They work like a squirrel in a wheel.', c).length, 1, 'the built-in stays; the broken user line is skipped');
});

test('the Delfi sample: exactly its calques are flagged, with useful suggestions', () => {
  const text = sample();
  const found: string[] = [];
  let offset = 0;
  for (const para of text.split('\n')) {
    for (const f of check(para.length ? para : ' ', ctx('en'))) found.push(`${para.slice(f.start, f.end)} => ${f.fixes![0]!.edits[0]!.newText}`);
    offset += para.length + 1;
  }
  assert.deepEqual(found, [
    'protesters are starting to exhale => protesters are starting to run out of steam',
    'not giving up on even blackening his nail => not budging an inch',
    "Put all the dots in the” i => Dot the i's and cross the t's",
    'put all the points on the most sensitive and sensitive issues => clear up the most sensitive and sensitive issues',
    'topple Moscow with the European Union => play Moscow off against the European Union',
  ]);
});

test('through the engine: the sample, as plain text, with the source language known or not', async () => {
  // Imported here so that the unit tests above do not depend on every other rule compiling.
  const { Engine } = await import('../../server/src/engine/engine');
  const text = sample();
  for (const sourceLanguage of [[], ['lt']]) {
    const engine = new Engine();
    const r = engine.check({ text, config: mergeConfig({ language: 'en', sourceLanguage }) });
    const idioms = r.findings.filter((f) => f.ruleId === 'idiom').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(idioms, [
      'protesters are starting to exhale',
      'not giving up on even blackening his nail',
      'Put all the dots in the” i',
      'put all the points on the most sensitive and sensitive issues',
      'topple Moscow with the European Union',
    ]);
    assert.ok(r.findings.filter((f) => f.ruleId === 'idiom').every((f) => f.category === 'idiom' && f.fixes.length > 0 && f.fixes.every((x) => !x.safe)));
  }
});
