/**
 * User data is data: a workspace's phrasebooks and configuration are parsed, never executed,
 * and pathological phrasebook patterns (many optional groups, long alternations, wildcards,
 * 10,000 entries) compile and match in bounded work. No timing assertions: sizes are chosen so
 * that exponential expansion or super-linear matching would not finish within the timeout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Engine, mergeConfig, parseConfig, RULE_IDS } from '../../server/src/engine/index';
import { ROOT } from '../support/helpers';

const LONG = { timeout: 300_000 };
const en = mergeConfig({ language: 'en' });

function entry(pattern: string, example: string): string {
  return `${pattern} => fine wording\n  :: "source idiom" = a meaning\n  + ${example}\n  - A native sentence about something else.\n`;
}

function checkWithBook(book: string, text: string) {
  const engine = new Engine({ cacheSize: 0 });
  engine.setPhrasebooks(new Map([['team.calque', book]]));
  const r = engine.check({ text, format: 'plaintext', config: en });
  for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length);
  return r.findings.filter((f) => f.ruleId === 'idiom');
}

test('a pattern with 40 optional groups compiles and matches without exponential expansion', LONG, () => {
  const opt = Array.from({ length: 40 }, (_, i) => `(w${i} | x${i} y${i})`).join(' ');
  const book = `[* -> en]\n` + entry(`start ${opt} finish`, 'We start finish now.');
  const text = ('We start ' + Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') + ' finish here. ').repeat(200);
  checkWithBook(book, text);
});

test('a 2,000-word alternation and {*?} wildcards match in bounded work on 100,000 words', LONG, () => {
  const alt = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' | ');
  const book = `[* -> en]\n` + entry(`alpha [${alt}] {*?} omega`, 'Alpha word7 omega.') + entry(`alpha {*} {*?} beta`, 'Alpha x beta.');
  const text = 'alpha '.repeat(50_000) + 'word7 omega. ' + 'alpha word1 beta. '.repeat(5_000);
  checkWithBook(book, text);
});

test('10,000 user entries compile and a 1 MB text is matched against all of them', LONG, () => {
  const entries: string[] = [];
  for (let i = 0; i < 10_000; i++) entries.push(entry(`lorem${i} (ipsum) dolor${i % 97}/sit${i % 89}`, `Lorem${i} ipsum dolor${i % 97} now.`));
  const book = `[* -> en]\n` + entries.join('');
  const text = Array.from({ length: 20_000 }, (_, i) => `Lorem${i % 12_000} ipsum dolor${i % 97} amet.`).join(' ').slice(0, 1024 * 1024);
  const found = checkWithBook(book, text);
  assert.ok(found.length > 0, 'entries match');
});

test('phrasebook text that looks like code is only data', () => {
  const book = `[* -> en]\n` + entry('require(child_process) exec*', 'They require(child_process) executed.') + entry('${process.exit()}', 'x') + '__proto__ => constructor\n  :: "x" = y\n  + __proto__ here.\n  - fine.\n';
  checkWithBook(book, 'They require child_process executed it. __proto__ here. ${process.exit()}');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  const cfg = parseConfig('{"__proto__": {"polluted": true}, "rules": {"constructor": "off"}, "names": {"__proto__": ["x"]}}', RULE_IDS);
  assert.ok(cfg.errors.length > 0, 'unknown keys are errors');
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
});

test('no code from a workspace is ever executed: no eval, new Function, vm or dynamic require/import in the server, CLI and client', () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|mts|js|mjs|cjs)$/.test(n)) files.push(p);
    }
  };
  walk(join(ROOT, 'server', 'src'));
  walk(join(ROOT, 'client', 'src'));
  const bad: string[] = [];
  // The one allowed use: `calque check --jobs` starts worker threads running Calque's own module
  // (its __filename / import.meta.url), never a path from the workspace.
  const ownWorker = (rel: string, code: string) => rel === join('server', 'src', 'cli', 'pool.ts') && /^const w = new Worker\(selfPath\(\), /.test(code.trim());
  for (const f of files) {
    const lines = readFileSync(f, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
      if (ownWorker(relative(ROOT, f), code)) return;
      if (/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|node:vm|from\s+['"]vm['"]|\brequire\s*\(\s*[^'"\s)]|\bimport\s*\(\s*[^'"\s)]|createRequire|\bWorker\s*\(|child_process/.test(code)) bad.push(`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(bad, [], 'code execution primitives found');
});

test('20,000 bad "ignore" entries: every one reported once, at its line and column (positions and de-duplication stay linear)', async () => {
  const { readConfigFile } = await import('../../server/src/node/config');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'calque-ignore-'));
  const lines = ['{', '  "ignore": ['];
  for (let i = 0; i < 20_000; i++) lines.push(`    {"bad": ${i}}${i < 19_999 ? ',' : ''}`);
  lines.push('  ]', '}');
  const file = join(dir, '.calque.json');
  writeFileSync(file, lines.join('\n'));
  const { errors } = readConfigFile(file);
  assert.equal(errors.length, 20_000);
  assert.deepEqual([errors[0]!.line, errors[0]!.column], [3, 5]);
  assert.deepEqual([errors[19_999]!.line, errors[19_999]!.column], [20_002, 5]);
});
