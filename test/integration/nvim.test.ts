/**
 * Neovim (Debian's 0.7.2, headless, built-in LSP client) against the bundled server:
 * open a copy of the sample, get the diagnostics at the engine's positions, choose a quick fix
 * through vim.lsp.buf.code_action() + vim.ui.select as a user would, and assert the buffer text.
 * Skips (saying why) when nvim is not installed; .ci/run installs it (apt-get install -y neovim).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { applyEdits } from '../../server/src/engine/fixes';
import { SERVER, ROOT, positionOf } from '../e2e/lsp-harness';

const SAMPLE = join(ROOT, 'examples', 'delfi-belarus-mt-en.txt');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const haveNvim = nvim.status === 0;

test('Neovim shows the diagnostics and applies a quick fix', { timeout: 180_000, skip: haveNvim ? false : 'nvim not found (apt-get install -y neovim); .ci/run installs it' }, () => {
  assert.ok(existsSync(SERVER), 'dist/server.js is built');
  const sample = readFileSync(SAMPLE, 'utf8');
  const findings = new Engine().check({ text: sample, format: 'plaintext' }).findings;
  const target = findings.find((f) => f.ruleId === 'repetition' && sample.slice(f.start, f.end) === 'sensitive and sensitive');
  assert.ok(target && target.fixes.length > 0, 'the engine flags "sensitive and sensitive" with a fix');
  const fix = target.fixes[0]!;
  const expected = applyEdits(sample, fix.edits);

  const dir = mkdtempSync(join(tmpdir(), 'calque-nvim-'));
  try {
    const file = join(dir, 'article.txt');
    const out = join(dir, 'out.json');
    writeFileSync(file, sample);
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test', 'e2e', 'nvim-calque.lua')}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 150000,
      env: { ...process.env, CALQUE_SERVER: SERVER, CALQUE_FILE: file, CALQUE_OUT: out, CALQUE_FIX_TITLE: fix.title },
    });
    assert.ok(existsSync(out), `nvim wrote its result (status ${r.status}, stderr: ${r.stderr})`);
    const res = JSON.parse(readFileSync(out, 'utf8')) as {
      errors: string[];
      diagnostics: { lnum: number; col: number; source: string; message: string }[];
      raw_before: { range: { start: { line: number; character: number } }; code: string; message: string }[];
      raw_after: { range: { start: { line: number; character: number } }; code: string }[];
      actions: string[];
      chosen: boolean;
      after: string;
    };
    assert.deepEqual(res.errors, []);
    // Every finding of the engine is a diagnostic in Neovim, at the same (UTF-16) position.
    const want = findings.map((f) => `${positionOf(sample, f.start).line}:${positionOf(sample, f.start).character} ${f.ruleId} ${f.message}`).sort();
    const got = res.diagnostics.length === findings.length ? res.raw_before.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).sort() : [];
    assert.deepEqual(got, want);
    assert.ok(res.diagnostics.every((d) => d.source === 'calque'));
    // The lines of vim.diagnostic match too (columns there are bytes, lines are the same).
    assert.deepEqual(res.diagnostics.map((d) => d.lnum).sort((a, b) => a - b), findings.map((f) => positionOf(sample, f.start).line).sort((a, b) => a - b));
    assert.ok(res.actions.includes(fix.title), `offered: ${res.actions.join(' | ')}`);
    assert.ok(res.actions.some((t) => t.startsWith('Ignore “repetition” in this line')));
    // Neovim 0.7 creates no files through edits: these come as server commands (issue 18).
    assert.ok(res.actions.some((t) => t.startsWith('Ignore “repetition” in this sentence everywhere')), `offered: ${res.actions.join(' | ')}`);
    assert.ok(res.actions.includes('Disable “repetition” in this workspace (.calque.json)'), `offered: ${res.actions.join(' | ')}`);
    assert.equal(res.chosen, true);
    assert.equal(res.after, expected.replace(/\r?\n$/, '').replace(/\r\n/g, '\n'));
    const line = positionOf(sample, target.start).line;
    assert.ok(!res.raw_after.some((d) => d.code === 'repetition' && d.range.start.line === line), 'the fixed finding is gone after the re-check');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
