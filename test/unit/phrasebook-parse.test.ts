import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhrasebook } from '../../server/src/engine/phrasebook/parse';
import { lintPhrasebook } from '../../server/src/engine/phrasebook/lint';

const GOOD = `# Lithuanian into English
[lt -> en]

not (even) blackening {poss} nail / by the black of {poss} nail => not one bit | not an inch   # trailing comment
  :: "nė per nago juodymą" = not at all (literally "not by the blackness of a nail")
  + He would not give up, not even blackening his nail.
  + She would not move by the black of her nail.
  - He is not budging an inch.

[* -> en]
hang noodles on {poss} ears => pull {poss2} leg
  :: ru "вешать лапшу на уши" = to deceive someone
  + Stop trying to hang noodles on my ears.
  - Stop pulling my leg.

[ru, uk -> de]
auf den Augen Tomaten haben => Tomaten auf den Augen haben
  :: "x" = y
`;

test('parses sections, entries, notes, examples and controls', () => {
  const p = parsePhrasebook(GOOD.replace('{poss2}', 'my'), 'good.calque');
  assert.deepEqual(p.diagnostics, []);
  assert.equal(p.sections.length, 3);
  assert.deepEqual(p.sections.map((s) => [s.sources, s.target]), [[['lt'], 'en'], [['*'], 'en'], [['ru', 'uk'], 'de']]);
  assert.equal(p.entries.length, 3);
  const [nail, noodles, tomatoes] = p.entries;
  assert.equal(nail!.line, 4);
  assert.equal(nail!.patterns.length, 2, 'two top-level patterns joined by " / "');
  assert.deepEqual(nail!.suggestions, ['not one bit', 'not an inch'], 'trailing comment is not part of the last suggestion');
  assert.equal(nail!.note!.idiom, 'nė per nago juodymą');
  assert.equal(nail!.note!.meaning, 'not at all');
  assert.equal(nail!.note!.literal, 'not by the blackness of a nail');
  assert.deepEqual(nail!.examples.map((e) => e.line), [6, 7]);
  assert.deepEqual(nail!.controls.map((e) => e.text), ['He is not budging an inch.']);
  assert.deepEqual(noodles!.sources, ['ru'], 'a [* -> en] note names the language');
  assert.deepEqual(tomatoes!.sources, ['ru', 'uk']);
});

/** Each broken line: [line text, expected 1-based column, a word the message must contain]. */
const BROKEN: Array<[string, number, string]> = [
  ['(foo bar => baz', 1, 'not closed'],
  ['foo [bar | baz => qux', 5, 'not closed'],
  ['foo bar) => baz', 8, 'no matching'],
  ['{xx} nail => y', 1, 'unknown placeholder'],
  ['a/ b => c', 1, 'empty alternative'],
  ['ab* nail => y', 1, 'too short'],
  ['fo*o nail => y', 3, 'only end a word stem'],
  ['foo * bar => y', 5, '{*}'],
  ['foo | bar => z', 5, 'only inside'],
  ['foo bar => c | | d', 16, 'empty suggestion'],
  ['foo bar =>', 9, 'missing suggestion'],
  ['=> foo bar', 1, 'missing pattern'],
  ['foo bar => {2} there', 12, 'refers to choice 2'],
  ['foo bar => {poss} there', 12, 'reference'],
  ['{*} two words => x', 1, 'cannot start'],
  ['two words {*?} => y', 11, 'cannot end'],
  ['(two) (words) => y', 1, 'optional'],
  ['just some words without an arrow', 1, 'PATTERN => SUGGESTION'],
  ['   weird indented line', 4, 'indented line'],
  ['[lt en]', 1, '->'],
  ['[lt -> en', 1, 'not closed'],
  ['[lt, * -> en]', 1, 'any source language'],
  ['[lt -> *]', 8, 'one target language'],
  ['[l1t -> en]', 2, 'not a language code'],
  ['foo (bar / baz) => x', 10, '"|"'],
  ['foo {poss}x => y', 5, 'stands alone'],
  ['foo {*}/bar => y', 5, 'on its own'],
];

for (const [line, col, word] of BROKEN) {
  test(`broken line yields a diagnostic and the rest loads: ${line}`, () => {
    const text = `[lt -> en]\ngood words here => fine\n${line}\nother good words => fine too\n`;
    const p = parsePhrasebook(text, 'x.calque');
    const d = p.diagnostics.filter((x) => x.severity === 'error');
    assert.ok(d.length >= 1, `expected an error for ${line}`);
    assert.equal(d[0]!.line, 3);
    assert.equal(d[0]!.column, col, `column of ${JSON.stringify(d[0])}`);
    assert.ok(d[0]!.endColumn > d[0]!.column);
    assert.ok(d[0]!.message.includes(word), `message "${d[0]!.message}" should mention ${word}`);
    // The entries after the broken line still load (unless the broken line is a section header,
    // whose entries are skipped — the header carries the error).
    const patterns = p.entries.map((e) => e.patternText);
    assert.ok(patterns.includes('good words here'));
    if (!line.startsWith('[')) assert.ok(patterns.includes('other good words'), 'the entry after the broken line loads');
  });
}

test('detail lines need an entry; a [* -> en] note needs a language; notes need quotes and =', () => {
  const p = parsePhrasebook(`[lt -> en]\n  + orphan example\n[* -> en]\nfoo bar => baz\n  :: "x" = y\n[lt -> en]\nfoo bar => baz\n  :: no quotes here\nbar baz => qux\n  :: "idiom" meaning without equals\n`, 'n.calque');
  const msgs = p.diagnostics.map((d) => `${d.line}: ${d.message}`);
  assert.ok(msgs.some((m) => m.startsWith('2:') && m.includes('belongs to no entry')), msgs.join('\n'));
  assert.ok(msgs.some((m) => m.startsWith('5:') && m.includes('names the source language')), msgs.join('\n'));
  assert.ok(msgs.some((m) => m.startsWith('8:') && m.includes('quoted source idiom')), msgs.join('\n'));
  assert.ok(msgs.some((m) => m.startsWith('10:') && m.includes('= meaning')), msgs.join('\n'));
  assert.equal(p.entries.length, 3);
});

test('parser never throws on arbitrary input', async () => {
  const fc = await import('fast-check');
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('[lt -> en]', '  + x', '  - y', '  :: "a" = b', '(', ')', '[', ']', '|', '{', '}', '=>', '/', ' / ', '*', '{*?}', '{poss}', '#')), { maxLength: 30 }), (parts) => {
      const text = parts.join(Math.random() < 0.5 ? ' ' : '\n');
      const d = lintPhrasebook(text, 'fuzz.calque');
      for (const x of d) assert.ok(x.line >= 1 && x.column >= 1 && x.endColumn > x.column);
    }),
    { numRuns: 300 },
  );
});

test('lint warns about missing note, examples and controls, short patterns and duplicates', () => {
  const text = `[lt -> en]
lonely => alone
foo bar baz => qux
  :: "a" = b
  + foo bar baz
  - something else
foo bar baz => other
  :: "a" = b
  + foo bar baz again
  - quiet
`;
  const d = lintPhrasebook(text, 'w.calque');
  const codes = d.map((x) => `${x.line}:${x.code}:${x.severity}`);
  assert.ok(codes.includes('2:missing-note:warning'), codes.join(' '));
  assert.ok(codes.includes('2:missing-example:warning'));
  assert.ok(codes.includes('2:missing-control:warning'));
  assert.ok(codes.includes('2:short-pattern:warning'));
  assert.ok(codes.includes('7:duplicate-pattern:warning'));
  assert.ok(!d.some((x) => x.severity === 'error'), 'warnings only');
});

test('lint checks + examples (must match their entry) and - controls (must not match any entry)', () => {
  const text = `[lt -> en]
like two drops of water => like two peas in a pod
  :: "kaip du vandens lašai" = exactly alike
  + They are like two drops of water.
  + They are like two drops of milk.
  - They are like two peas in a pod.
  - She looks like two drops of water.
`;
  const d = lintPhrasebook(text, 'e.calque');
  const fail = d.filter((x) => x.code === 'example-no-match');
  assert.deepEqual(fail.map((x) => [x.line, x.column]), [[5, 5]]);
  const ctrl = d.filter((x) => x.code === 'control-matches');
  assert.deepEqual(ctrl.map((x) => x.line), [7]);
  assert.ok(ctrl[0]!.message.includes('line 2'));
  assert.equal(d.length, 2);
});

test('lint warns when a placeholder has no words in the target language', () => {
  const d = lintPhrasebook(`[en -> ru]\nна {art} столе => x\n  :: "on the table" = y\n  + на столе\n  - нет\n`, 'p.calque');
  assert.ok(d.some((x) => x.code === 'placeholder-language' && x.line === 2));
});

test('a byte order mark and CRLF line ends are accepted', () => {
  const p = parsePhrasebook('\uFEFF[lt -> en]\r\nfoo bar => baz\r\n  :: "a" = b\r\n', 'bom.calque');
  assert.deepEqual(p.diagnostics, []);
  assert.equal(p.entries[0]!.note!.meaning, 'b');
});

test('the examples in docs/phrasebooks.md are valid phrasebooks that pass their own examples', async () => {
  const { readFileSync } = await import('node:fs');
  const doc = readFileSync(new URL('../../docs/phrasebooks.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const calque = blocks.filter((b) => /^\[[^\]]*->/m.test(b));
  assert.ok(calque.length >= 2);
  for (const b of calque) {
    const d = lintPhrasebook(b, 'doc.calque').filter((x) => x.severity === 'error' || x.code === 'example-no-match' || x.code === 'control-matches');
    assert.deepEqual(d, [], b);
  }
});

test('a pattern nesting brackets thousands deep is reported on its line and skipped, without overflowing the stack', () => {
  const deep = '['.repeat(3000) + 'a' + ' | b]'.repeat(3000);
  const book = parsePhrasebook(['[lt -> en]', `${deep} => x`, '  :: "x" = y', '  + a', '  - b c', 'put all the dots on the i => dot the i\'s', '  :: "sudėti taškus ant i" = y', '  + put all the dots on the i', '  - dot the i\'s'].join('\n'), 'deep.calque');
  assert.ok(book.diagnostics.some((e) => e.line === 2 && /nested 3000 deep/.test(e.message)), JSON.stringify(book.diagnostics.slice(0, 2)));
  // The other entries still load.
  assert.deepEqual(book.entries.map((e) => e.patternText), ["put all the dots on the i"]);
});
