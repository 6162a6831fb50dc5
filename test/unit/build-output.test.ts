/**
 * The bundles `npm test` builds (scripts/build.mjs): plain ASCII, so that V8 holds each bundle's
 * source — kept in memory for lazy compilation — as a one-byte string (one non-Latin-1 character,
 * such as a Cyrillic ending in a language pack's regular expression, doubles it: 4 MB more per
 * server process); and the source map still points at the right place on the lines the escaping
 * lengthened; and the built-in phrasebooks' texts stay out of the bundles (dist/phrasebooks/,
 * read only to lint or when the precompiled data does not fit).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

test('the server, CLI and extension bundles are ASCII', () => {
  for (const f of ['server.js', 'cli.js', 'extension.js']) {
    const js = readFileSync(join(DIST, f), 'utf8');
    const at = js.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `${f}: non-ASCII at ${at}: ${JSON.stringify(js.slice(Math.max(0, at - 40), at + 10))}`);
  }
});

test('on a line with escaped regular expressions, names still map to their place in the source', () => {
  const js = readFileSync(join(DIST, 'server.js'), 'utf8').split('\n');
  const map = new SourceMap(JSON.parse(readFileSync(join(DIST, 'server.js.map'), 'utf8')));
  // The language packs' iterative endings: regular expressions with Cyrillic letters, now escaped.
  const escaped = /iterativeEndings:\/\(\?:[^/]*\\u04[0-9A-F]{2}/;
  const i = js.findIndex((l) => escaped.test(l));
  assert.ok(i >= 0, 'a line with an escaped iterativeEndings regex');
  const line = js[i]!;
  const from = line.search(escaped);
  let checked = 0;
  // Property names written after the escaped regex on that line.
  for (const m of line.slice(from).matchAll(/\b(stubPrefixes|boilerplate|citationWords|names|cases)\b/g)) {
    const col = from + m.index!;
    const e = map.findEntry(i, col) as { generatedLine?: number; generatedColumn?: number; originalSource?: string; originalLine?: number; originalColumn?: number };
    // A name inside a string or comment has no mapping of its own.
    if (!e.originalSource || e.generatedColumn !== col) continue;
    const src = readFileSync(resolve(DIST, e.originalSource.replace(/^file:\/\//, '')), 'utf8').split('\n')[e.originalLine!]!;
    assert.ok(src.slice(e.originalColumn!).startsWith(m[1]!), `${m[1]} maps to ${e.originalSource}:${e.originalLine! + 1}: ${src.slice(e.originalColumn!, e.originalColumn! + 30)}`);
    if (++checked >= 20) break;
  }
  assert.ok(checked >= 3, `checked ${checked} names`);
});

test('checking reads only the precompiled phrasebooks: the same findings with the phrasebook texts removed from dist/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calque-dist-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    const texts = readdirSync(join(dir, 'phrasebooks')).filter((f) => f.endsWith('.calque'));
    assert.ok(texts.length >= 20, 'the built-in phrasebook texts are shipped beside the bundles');
    for (const f of texts) rmSync(join(dir, 'phrasebooks', f));
    const examples = join(import.meta.dirname, '..', '..', 'examples');
    for (const ex of readdirSync(examples)) {
      const run = (cli: string) => {
        try {
          return execFileSync(process.execPath, [cli, 'check', join(examples, ex), '--format', 'json'], { encoding: 'utf8' });
        } catch (e) {
          return (e as { stdout: string }).stdout; // exit 1: findings
        }
      };
      const full = run(join(DIST, 'cli.js'));
      assert.ok(full.includes('"files"') || full.includes('"ruleId"') || full.startsWith('{') || full.startsWith('['), `${ex}: a JSON report`);
      assert.equal(run(join(dir, 'cli.js')), full, ex);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the shipped phrasebook texts carry every entry of the sources on its line, without comments, examples and controls', async () => {
  const { parsePhrasebook } = await import('../../server/src/engine/phrasebook/parse');
  const src = join(import.meta.dirname, '..', '..', 'server', 'phrasebooks');
  const names = readdirSync(src).filter((f) => f.endsWith('.calque'));
  assert.ok(names.length >= 20);
  for (const f of names) {
    const original = readFileSync(join(src, f), 'utf8');
    const shipped = readFileSync(join(DIST, 'phrasebooks', f), 'utf8');
    assert.ok(shipped.length < original.length, `${f} is smaller`);
    assert.equal(shipped.split('\n').length, original.split('\n').length, `${f}: line numbers kept`);
    const a = parsePhrasebook(original, f);
    const b = parsePhrasebook(shipped, f);
    const shape = (p: typeof a) => JSON.stringify([p.entries.map((e) => [e.line, e.patternText, e.suggestions, e.note, e.section, e.sources]), p.disables]);
    assert.equal(shape(b), shape(a), `${f}: the same entries`);
    assert.ok(b.entries.every((e) => e.examples.length === 0 && e.controls.length === 0), `${f}: no examples or controls`);
  }
});
