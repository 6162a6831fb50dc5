/** The TextMate grammar for .calque files, run through vscode-textmate + vscode-oniguruma as VS Code does. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vsctmNs from 'vscode-textmate';
import * as onigNs from 'vscode-oniguruma';

// Both packages are CommonJS: under Node's ESM loader their exports sit on `default`.
const vsctm = ((vsctmNs as unknown as { default?: typeof vsctmNs }).default ?? vsctmNs) as typeof vsctmNs;
const oniguruma = ((onigNs as unknown as { default?: typeof onigNs }).default ?? onigNs) as typeof onigNs;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

async function loadGrammar(): Promise<vsctmNs.IGrammar> {
  const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'source.calque') return null;
      const text = readFileSync(join(root, 'syntaxes', 'calque.tmLanguage.json'), 'utf8');
      return vsctm.parseRawGrammar(text, 'calque.tmLanguage.json');
    },
  });
  const g = await registry.loadGrammar('source.calque');
  assert.ok(g);
  return g;
}

let grammarPromise: Promise<vsctmNs.IGrammar> | undefined;
/** Tokens of a document as [text, scopes] per line. */
async function tokenizeLines(text: string): Promise<Array<Array<[string, string[]]>>> {
  grammarPromise ??= loadGrammar();
  const g = await grammarPromise;
  let stack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes] as [string, string[]]);
  });
}
/** The scopes of the token that is exactly `piece` (the n-th occurrence) on a line. */
function scopesOf(line: Array<[string, string[]]>, piece: string, nth = 0): string[] {
  const hits = line.filter(([t]) => t === piece);
  assert.ok(hits[nth], `no token ${JSON.stringify(piece)} in ${JSON.stringify(line.map(([t]) => t))}`);
  return hits[nth]![1];
}
function has(scopes: string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.split(' ').includes(scope));
}

const DOC = `# Lithuanian idioms
[lt, ru -> en]
[* -> en]   # any source
[en -> de] with source   # only with the source
not (even) blacken* {poss} nail / by the black of {poss} nail => not one bit | {1} an inch   # note
  :: lt "nė per nago juodymą" = not at all
  + He is not giving up on even blackening his nail.
  - He is not budging an inch.
! put [dots | points] on {art} i
{bogus} x => y`;

test('every kind of line gets its scopes', async () => {
  const [comment, section, section2, section3, entry, note, example, control, disable, bad] = await tokenizeLines(DOC);
  assert.ok(has(scopesOf(comment!, '#'), 'punctuation.definition.comment.calque'));
  assert.ok(has(scopesOf(comment!, ' Lithuanian idioms'), 'comment.line.number-sign.calque'));

  assert.ok(has(scopesOf(section!, '['), 'punctuation.definition.section.begin.calque'));
  assert.ok(has(scopesOf(section!, 'lt'), 'constant.language.code.calque'));
  assert.ok(has(scopesOf(section!, 'lt'), 'meta.section.calque'));
  assert.ok(has(scopesOf(section!, ','), 'punctuation.separator.comma.calque'));
  assert.ok(has(scopesOf(section!, '->'), 'keyword.operator.arrow.section.calque'));
  assert.ok(has(scopesOf(section!, 'en'), 'constant.language.code.calque'));
  assert.ok(has(scopesOf(section!, ']'), 'punctuation.definition.section.end.calque'));
  assert.ok(has(scopesOf(section2!, '*'), 'constant.language.wildcard.calque'));
  assert.ok(has(scopesOf(section2!, '# any source'), 'comment.line.number-sign.calque'));
  assert.ok(has(scopesOf(section3!, 'with source'), 'keyword.other.with-source.calque'));
  assert.ok(has(scopesOf(section3!, '# only with the source'), 'comment.line.number-sign.calque'));

  assert.ok(has(scopesOf(entry!, 'not'), 'meta.pattern.calque'));
  assert.ok(has(scopesOf(entry!, 'not'), 'entity.name.word.calque'));
  assert.ok(has(scopesOf(entry!, '('), 'punctuation.section.group.optional.begin.calque'));
  assert.ok(has(scopesOf(entry!, ')'), 'punctuation.section.group.optional.end.calque'));
  assert.ok(has(scopesOf(entry!, '*'), 'keyword.operator.prefix.calque'));
  assert.ok(has(scopesOf(entry!, '{poss}'), 'variable.parameter.placeholder.calque'));
  assert.ok(has(scopesOf(entry!, '/'), 'keyword.operator.pattern-separator.calque'));
  assert.ok(has(scopesOf(entry!, '=>'), 'keyword.operator.arrow.suggestion.calque'));
  assert.ok(has(scopesOf(entry!, ' not one bit '), 'string.unquoted.suggestion.calque'));
  assert.ok(has(scopesOf(entry!, '|'), 'punctuation.separator.suggestion.calque'));
  assert.ok(has(scopesOf(entry!, '{1}'), 'variable.other.reference.calque'));
  assert.ok(has(scopesOf(entry!, '# note'), 'comment.line.number-sign.calque'));
  assert.ok(!has(scopesOf(entry!, ' an inch   '), 'comment.line.number-sign.calque'));

  assert.ok(has(scopesOf(note!, '::'), 'keyword.operator.note.calque'));
  assert.ok(has(scopesOf(note!, 'lt'), 'constant.language.code.calque'));
  assert.ok(has(scopesOf(note!, '"nė per nago juodymą"'), 'string.quoted.idiom.calque'));
  assert.ok(has(scopesOf(note!, '='), 'keyword.operator.assignment.calque'));
  assert.ok(has(scopesOf(note!, ' not at all'), 'string.unquoted.meaning.calque'));

  assert.ok(has(scopesOf(example!, '+'), 'markup.inserted.calque'));
  assert.ok(has(scopesOf(example!, ' He is not giving up on even blackening his nail.'), 'string.unquoted.example.calque'));
  assert.ok(has(scopesOf(control!, '-'), 'markup.deleted.calque'));
  assert.ok(has(scopesOf(control!, ' He is not budging an inch.'), 'string.unquoted.control.calque'));

  assert.ok(has(scopesOf(disable!, '!'), 'keyword.control.disable.calque'));
  assert.ok(has(scopesOf(disable!, '['), 'punctuation.section.group.required.begin.calque'));
  assert.ok(has(scopesOf(disable!, '|'), 'keyword.operator.alternative.calque'));
  assert.ok(has(scopesOf(disable!, '{art}'), 'variable.parameter.placeholder.calque'));

  assert.ok(has(scopesOf(bad!, '{bogus}'), 'invalid.illegal.placeholder.calque'));
});

test('word alternatives a/b and a required group starting an entry (not a section)', async () => {
  const [line] = await tokenizeLines('[buy | bought] a cat/pig in a sack => buy a pig in a poke');
  assert.ok(has(scopesOf(line!, '['), 'punctuation.section.group.required.begin.calque'));
  assert.ok(!line!.some(([, s]) => has(s, 'meta.section.calque')));
  assert.ok(has(scopesOf(line!, '/'), 'keyword.operator.alternative.calque'));
  assert.ok(has(scopesOf(line!, 'pig'), 'entity.name.word.calque'));
});

test('the language configuration declares # comments and the brackets', () => {
  const conf = JSON.parse(readFileSync(join(root, 'syntaxes', 'calque.language-configuration.json'), 'utf8'));
  assert.equal(conf.comments.lineComment, '#');
  assert.deepEqual(conf.brackets, [['[', ']'], ['(', ')'], ['{', '}']]);
});

test('every line of the built-in Lithuanian phrasebook tokenizes into known scopes', async () => {
  const text = readFileSync(join(root, 'server', 'phrasebooks', 'lt-en.calque'), 'utf8');
  const lines = await tokenizeLines(text);
  text.split('\n').forEach((src, i) => {
    if (!src.trim()) return;
    const toks = lines[i]!;
    const scoped = toks.every(([, s]) => s.length > 1);
    assert.ok(scoped, `line ${i + 1} has unscoped text: ${JSON.stringify(toks.filter(([, s]) => s.length <= 1))}`);
    assert.ok(!toks.some(([, s]) => s.some((x) => x.startsWith('invalid'))), `line ${i + 1} has invalid tokens`);
  });
});
