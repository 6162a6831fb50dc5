/**
 * Random incremental edits against the bundled server: after every sequence, the diagnostics it
 * publishes for the final version equal a full re-check of the client's text by the engine
 * (so its copy of the text, its per-paragraph caches and its debouncing never drift).
 * CI-sized by default; FUZZ_RUNS=10000 for a long local run. Seeded and reproducible
 * (FUZZ_SEED), the failing seed and sequence are printed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { startHarness, applyTextEdits, positionOf, ROOT } from '../e2e/lsp-harness';
import { rng } from '../support/rng';

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? 20260101);
const sample = readFileSync(join(ROOT, 'examples', 'delfi-belarus-mt-en.txt'), 'utf8');


const PIECES = ['the the ', 'sensitive and sensitive', '\n\n', '\r\n', '“', '”', ' “quoted” ', '[ad_1]', 'Cichanouskaja ', 'é', '😀', '\u200b', '\ufeff', 'x', '. the ', '  ', 'Lukashenko', '\n', 'persons. ', 'Ä'];

test(`random incremental edits (${RUNS} sequences): published diagnostics always equal a full re-check`, { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'calque-fuzz-'));
  const h = await startHarness(dir, { settings: { debounceMs: 5 } });
  const engine = new Engine();
  try {
    const uri = 'file://' + join(dir, 'fuzz.txt');
    let text = sample;
    let version = 1;
    let first = h.nextDiagnostics(uri);
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
    await first;
    const r = rng(SEED);
    for (let run = 0; run < RUNS; run++) {
      const steps = 1 + Math.floor(r() * 12);
      const log: string[] = [];
      for (let i = 0; i < steps; i++) {
        // Pick a range on code-point boundaries (editors never split a surrogate pair).
        let a = Math.floor(r() * (text.length + 1));
        let b = Math.min(text.length, a + Math.floor(r() * (r() < 0.2 ? 400 : 12)));
        const fix = (o: number) => (o > 0 && o < text.length && text.charCodeAt(o) >= 0xdc00 && text.charCodeAt(o) <= 0xdfff ? o - 1 : o);
        a = fix(a);
        b = Math.max(a, fix(b));
        if (r() < 0.25) b = a; // pure insertion
        const insert = r() < 0.3 ? '' : Array.from({ length: 1 + Math.floor(r() * 3) }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
        const range = { start: positionOf(text, a), end: positionOf(text, b) };
        // \r\n split by an edit boundary would make client and server line counting disagree
        // in the same way for both; keep it simple: positions from the client's own text.
        text = applyTextEdits(text, [{ range, newText: insert }]);
        version++;
        log.push(`${a}-${b}:${JSON.stringify(insert)}`);
        h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
      }
      const want = version;
      const diags = await h.nextDiagnostics(uri, () => h.published.get(uri)!.at(-1)!.version === want, 60000);
      const expected = engine
        .check({ text, format: 'plaintext' })
        .findings.map((f) => `${positionOf(text, f.start).line}:${positionOf(text, f.start).character}-${positionOf(text, f.end).line}:${positionOf(text, f.end).character} ${f.ruleId} ${f.message}`)
        .sort();
      const got = diags.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${String(d.message)}`).sort();
      assert.deepEqual(got, expected, `seed ${SEED}, run ${run}, edits ${log.join(' ')}`);
      // Now and then, restart from the sample so the text does not drift too far.
      if (r() < 0.1) {
        const range = { start: { line: 0, character: 0 }, end: positionOf(text, text.length) };
        text = sample;
        version++;
        h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
      }
    }
    assert.equal(h.proc.exitCode, null, h.stderr());
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
