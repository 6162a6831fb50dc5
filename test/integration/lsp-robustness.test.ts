/**
 * The language server (dist/server.js --stdio) survives whatever a client sends: malformed
 * JSON-RPC framing and bodies, wrong parameter types, unknown documents and methods,
 * out-of-range positions, edits that do not apply, a 50 MB document, cancelled checks and
 * settings of the wrong type. A fuzz test drives random incremental edits (several changes per
 * notification, edits that split surrogate pairs, line breaks of every kind) and checks after
 * each sequence that the diagnostics the server pulls for its copy equal the engine's findings
 * on the client's copy (computed here, independently) — so both copies are the same text and
 * the server's per-paragraph caches match a full re-check.
 *
 * Build first (node scripts/build.mjs). CI-sized; FUZZ_RUNS=10000 for a long local run,
 * FUZZ_SEED to replay.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { Engine, mergeConfig } from '../../server/src/engine/index';
import { startHarness, SERVER } from '../e2e/lsp-harness';
import { fuzzRuns } from '../support/arbitraries';
import { rng } from '../support/rng';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'calque-lsp-robust-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Lines of `text` as LSP counts them (\n, \r\n and \r end a line). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) out.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    }
  }
  return out;
}
function positionOf(text: string, offset: number): { line: number; character: number } {
  const ls = lineStarts(text);
  let line = 0;
  while (line + 1 < ls.length && ls[line + 1]! <= offset) line++;
  return { line, character: offset - ls[line]! };
}
/** Offset of an LSP position: the character is clamped to the line's content (what the spec says). */
function offsetOf(text: string, pos: { line: number; character: number }): number {
  const ls = lineStarts(text);
  if (pos.line >= ls.length) return text.length;
  const start = ls[pos.line]!;
  let end = pos.line + 1 < ls.length ? ls[pos.line + 1]! : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return Math.min(start + pos.character, end);
}


/** Raw framing: spawn the server and talk bytes to it. */
function rawServer() {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = Buffer.alloc(0);
  let err = '';
  proc.stdout.on('data', (b: Buffer) => (out = Buffer.concat([out, b])));
  proc.stderr.on('data', (b) => (err += b.toString()));
  const send = (body: string | Buffer, header?: string) => {
    const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    proc.stdin.write(Buffer.concat([Buffer.from(header ?? `Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]));
  };
  const request = (id: number, method: string, params: unknown) => send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
  /** Parsed messages received so far. */
  const messages = (): { id?: number; result?: unknown; error?: { code: number; message: string }; method?: string }[] => {
    const list = [];
    let s = out;
    for (;;) {
      const h = s.indexOf('\r\n\r\n');
      if (h < 0) break;
      const m = /Content-Length: (\d+)/i.exec(s.subarray(0, h).toString('ascii'));
      if (!m) break;
      const len = Number(m[1]);
      if (s.length < h + 4 + len) break;
      list.push(JSON.parse(s.subarray(h + 4, h + 4 + len).toString('utf8')));
      s = s.subarray(h + 4 + len);
    }
    return list;
  };
  const response = async (id: number, timeoutMs = 60_000) => {
    const t0 = Date.now();
    for (;;) {
      const r = messages().find((m) => m.id === id && !m.method);
      if (r) return r;
      if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}) before answering ${id}; stderr: ${err}`);
      if (Date.now() - t0 > timeoutMs) throw new Error(`no answer to ${id}; stderr: ${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const initialize = async () => {
    request(1, 'initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: {} });
    await response(1);
    send(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  };
  return { proc, send, request, response, messages, initialize, stderr: () => err };
}

test('malformed JSON bodies, wrong shapes and unknown methods are answered or ignored; the server keeps working', { timeout: 120_000 }, async () => {
  const s = rawServer();
  try {
    await s.initialize();
    s.send('{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":'); // truncated JSON
    s.send('not json at all');
    s.send('{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":5,"position":"x"}}');
    s.send('{"jsonrpc":"2.0","id":4,"method":"calque/noSuchMethod","params":{}}');
    s.send('{"jsonrpc":"2.0","method":"calque/noSuchNotification","params":[1,2,3]}');
    s.send('{"jsonrpc":"2.0","id":5}'); // a response to nothing
    s.send('[{"jsonrpc":"2.0","id":6,"method":"shutdown"}]'); // batch (not in LSP)
    s.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])); // invalid UTF-8
    s.send('{"jsonrpc":"2.0","id":7,"method":"textDocument/didOpen","params":null}'); // a notification sent as a request
    s.send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 42, text: null, version: 'one' } } }));
    s.send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///nowhere.txt', version: 2 }, contentChanges: [{ text: 'x' }] } }));
    s.send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: 'file:///never-opened.txt' } } }));
    s.send(JSON.stringify({ jsonrpc: '2.0', method: 'workspace/didChangeWatchedFiles', params: { changes: 'all' } }));
    s.send(JSON.stringify({ jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: { settings: { calque: { enable: 'yes', debounceMs: -5, rules: 7, maxFileSize: 'huge', language: ['en'], sourceLanguage: 3, phrasebooks: [1, null] } } } }));
    const unknownMethod = await s.response(4);
    assert.equal(unknownMethod.error?.code, -32601, 'MethodNotFound for an unknown request');
    const badParams = await s.response(3);
    assert.ok(badParams.result === null || badParams.error, 'a hover with bad params is answered');
    // Still alive and answering: open a document and hover over its finding.
    const uri = pathToFileURL(join(dir, 'raw.txt')).toString();
    s.send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'It was the the end.' } } }));
    let hover: { result?: unknown } = {};
    for (let id = 100; id < 200; id++) {
      s.request(id, 'textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } });
      hover = await s.response(id);
      if (hover.result) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(hover.result, `the hover is answered once the document is checked; stderr: ${s.stderr()}`);
    assert.equal(s.proc.exitCode, null);
  } finally {
    s.proc.kill();
  }
});

test('broken framing (bad or missing Content-Length) never crashes the server silently', { timeout: 60_000 }, async () => {
  for (const header of ['Content-Length: abc\r\n\r\n', 'Content-Length: -5\r\n\r\n', 'Content-Type: text/plain\r\n\r\n', 'Content-Length: 99999999999\r\n\r\n']) {
    const s = rawServer();
    try {
      await s.initialize();
      s.send('{"jsonrpc":"2.0","id":9,"method":"shutdown"}', header);
      // Then a well-formed request: a server that recovers answers it; one that cannot parse the
      // stream any more must exit (so the client restarts it), not hang with a live process.
      s.request(10, 'shutdown', null);
      const t0 = Date.now();
      let outcome = '';
      while (!outcome && Date.now() - t0 < 20_000) {
        if (s.messages().some((m) => m.id === 10)) outcome = 'answered';
        else if (s.proc.exitCode !== null) outcome = `exited ${s.proc.exitCode}`;
        else await new Promise((r) => setTimeout(r, 50));
      }
      assert.ok(outcome, `header ${JSON.stringify(header)}: the server neither answered nor exited (hung); stderr: ${s.stderr()}`);
    } finally {
      s.proc.kill();
    }
  }
});

test('unknown documents, out-of-range and malformed positions, edits that do not apply', { timeout: 120_000 }, async () => {
  const h = await startHarness(dir, { pull: true, settings: { debounceMs: 0 } });
  try {
    const uri = pathToFileURL(join(dir, 'a.txt')).toString();
    const unknown = pathToFileURL(join(dir, 'unknown.txt')).toString();
    let text = 'First line has has a slip.\r\nSecond 😀 line.\rThird line\n';
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const pull = async () => ((await h.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
    assert.equal((await pull()).length, 1);
    // Unknown documents.
    assert.deepEqual(((await h.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: unknown } })) as { items: unknown[] }).items, []);
    assert.equal(await h.conn.sendRequest('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    // Positions out of range or malformed: answered (null or an error), never a crash.
    for (const position of [{ line: -1, character: -1 }, { line: 2 ** 31, character: 2 ** 31 }, { line: 0, character: 1e9 }, { line: 1.5, character: 0.5 }, { line: 'a', character: {} }, {}]) {
      const r = await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position }).catch((e: Error) => e);
      assert.ok(r === null || r instanceof Error || typeof r === 'object', JSON.stringify(position));
    }
    for (const range of [{ start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }, { start: { line: -3, character: 0 }, end: { line: 1e6, character: 1e6 } }]) {
      const r = await h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } }).catch((e: Error) => e);
      assert.ok(Array.isArray(r) || r instanceof Error);
    }
    // Edits that do not apply cleanly: clamped like editors do (past the end, start after end, mid-CRLF).
    const changes = [
      { range: { start: { line: 99, character: 0 }, end: { line: 99, character: 5 } }, text: ' Appended the the.' },
      { range: { start: { line: 0, character: 500 }, end: { line: 0, character: 600 } }, text: '!' },
    ];
    let version = 2;
    h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    for (const c of changes) {
      const a = offsetOf(text, c.range.start);
      const b = offsetOf(text, c.range.end);
      text = text.slice(0, a) + c.text + text.slice(b);
    }
    // A change for an older version and a change with no text are ignored or applied, never fatal.
    h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [] });
    h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }] });
    const diags = await pull();
    const engine = new Engine();
    const expected = engine.check({ text, format: 'plaintext', config: mergeConfig() }).findings.map((f) => `${JSON.stringify(positionOf(text, f.start))} ${f.ruleId}`);
    assert.deepEqual(diags.map((d) => `${JSON.stringify(d.range.start)} ${String(d.code)}`), expected);
    assert.equal(h.proc.exitCode, null);
  } finally {
    await h.close();
  }
});

test('a 50 MB document is checked in part, with a notice, and the server still answers meanwhile', { timeout: 600_000 }, async () => {
  const h = await startHarness(dir, { settings: { debounceMs: 0 } });
  try {
    const uri = pathToFileURL(join(dir, 'huge.txt')).toString();
    const para = 'The people of Minsk said that the protests went on and on for many weeks. ';
    const text = (para.repeat(20) + '\n\n').repeat(Math.ceil((50 * 1024 * 1024) / (para.length * 20 + 2))) + 'The the end.';
    const published = h.nextDiagnostics(uri, () => true, 590_000);
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    // A hover sent right away is answered (null or a finding) — the server is not frozen for good.
    const hover = await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
    assert.ok(hover === null || typeof hover === 'object');
    const diags = await published;
    const notice = diags.filter((d) => d.code === 'max-file-size');
    assert.equal(notice.length, 1, 'one notice saying where checking stopped');
    assert.ok(h.messages.some((m) => /huge\.txt/.test(m.message)), 'and a message naming the file');
    assert.ok(!diags.some((d) => d.code === 'repetition' && d.range.start.line > notice[0]!.range.start.line), 'nothing reported past the cut');
    // Another document opened after it is still checked.
    const small = pathToFileURL(join(dir, 'small.txt')).toString();
    const w = h.nextDiagnostics(small, (d) => d.length > 0, 300_000);
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'plaintext', version: 1, text: 'It was the the end.' } });
    assert.equal((await w)[0]!.code, 'repetition');
  } finally {
    await h.close();
  }
});

test('cancelling a pull-diagnostics request of a long check is answered and leaves the server working', { timeout: 300_000 }, async () => {
  const h = await startHarness(dir, { pull: true, settings: { debounceMs: 2000 } });
  try {
    const uri = pathToFileURL(join(dir, 'long.md')).toString();
    const text = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} has has a “quote” and Cichanouskaya.`).join('\n\n');
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol');
    const source = new CancellationTokenSource();
    const req = h.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    const r = await req.then(
      (v) => ({ ok: v }),
      (e: { code?: number }) => ({ err: e.code }),
    );
    assert.ok('ok' in r || r.err === -32800 || r.err === -32802, `cancelled request answered with a result or RequestCancelled/ServerCancelled: ${JSON.stringify(r)}`);
    const items = ((await h.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
    assert.equal(items.filter((d) => d.code === 'repetition').length, 3000);
  } finally {
    await h.close();
  }
});

test('settings of the wrong type are reported and ignored; checking goes on', { timeout: 120_000 }, async () => {
  const bad = { enable: 'yes', debounceMs: 'soon', rules: ['typography'], names: 'Cichanouskaya', maxFileSize: -1, language: 42, sourceLanguage: { lt: true }, phrasebooks: 'x.calque', nameScope: 7 };
  const h = await startHarness(dir, { settings: bad });
  try {
    const uri = pathToFileURL(join(dir, 'settings.txt')).toString();
    const w = h.nextDiagnostics(uri, (d) => d.some((x) => x.code === 'repetition'), 110_000);
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'It was the the end.' } });
    await w;
    assert.ok(h.messages.length > 0, 'the bad settings are reported');
    assert.ok(h.messages.some((m) => m.message.includes('calque.enable')), h.messages.map((m) => m.message).join('\n'));
    for (const settings of [null, 5, 'x', [], { rules: { repetition: 'loud' } }, { rules: { nosuchrule: 'off' } }]) {
      h.settings = settings as Record<string, unknown>;
      const again = h.nextDiagnostics(uri, (d) => d.some((x) => x.code === 'repetition'), 110_000);
      h.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await again;
    }
    assert.equal(h.proc.exitCode, null);
  } finally {
    await h.close();
  }
});

const PIECES = ['the the ', 'Word. word ', '\n\n', '\r\n', '\r', '\n', '“', '”', '„', '«', '»', '[ad_1]', 'Cichanouskaja ', 'Cichanouskaya ', 'é', 'e\u0301', '😀', '\ud83d', '\ude00', '\u200b', '\ufeff', '\u0000', 'x', '. the ', '  ', ' ,', 'persons. ', 'Ä', 'שלום ', 'السلام ', '中文。', '> ', '# ', '`', '**', '<!-- calque-disable-next-line -->\n', 'calque-disable-next-line\n'];

test(`random incremental edits (${fuzzRuns(25)} sequences, several changes per notification): the server's text and diagnostics equal the client's full re-check`, { timeout: 900_000 }, async () => {
  const RUNS = fuzzRuns(25);
  const SEED = Number(process.env.FUZZ_SEED ?? 90210);
  const h = await startHarness(dir, { pull: true, settings: { debounceMs: 0 } });
  const engine = new Engine();
  try {
    for (const [name, languageId, format] of [['fuzz.txt', 'plaintext', 'plaintext'], ['fuzz.md', 'markdown', 'markdown']] as const) {
      const uri = pathToFileURL(join(dir, name)).toString();
      let text = 'Opening paragraph has has words.\r\n\r\nSecond “paragraph” here. the end.\n';
      let version = 1;
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
      const r = rng(SEED);
      for (let run = 0; run < RUNS; run++) {
        const log: string[] = [];
        const notes = 1 + Math.floor(r() * 6);
        for (let n = 0; n < notes; n++) {
          const contentChanges: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] = [];
          const k = 1 + Math.floor(r() * 3);
          for (let c = 0; c < k; c++) {
            const insert = r() < 0.25 ? '' : Array.from({ length: 1 + Math.floor(r() * 3) }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
            if (r() < 0.03) {
              contentChanges.push({ text: insert }); // full replacement
              text = insert;
              continue;
            }
            // Any UTF-16 offset (surrogate pairs may be split) except between \r and \n,
            // which no LSP position can address.
            const ok = (o: number) => (o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10 ? o - 1 : o);
            const a = ok(Math.floor(r() * (text.length + 1)));
            const b = ok(Math.max(a, Math.min(text.length, a + Math.floor(r() * (r() < 0.2 ? 200 : 8)))));
            const range = { start: positionOf(text, a), end: positionOf(text, b) };
            contentChanges.push({ range, text: insert });
            // The client's copy, computed here from the positions (not with the server's library).
            const sa = offsetOf(text, range.start);
            const sb = offsetOf(text, range.end);
            text = text.slice(0, sa) + insert + text.slice(sb);
            log.push(`${sa}-${sb}:${JSON.stringify(insert)}`);
          }
          version++;
          h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
        }
        let items: Diagnostic[] | undefined;
        for (let attempt = 0; attempt < 5 && !items; attempt++) {
          try {
            items = ((await h.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;
          } catch {
            /* ServerCancelled: retrigger */
          }
        }
        assert.ok(items, 'diagnostics answered');
        const want = engine
          .check({ text, format, config: mergeConfig() })
          .findings.map((f) => `${JSON.stringify(positionOf(text, f.start))}-${JSON.stringify(positionOf(text, f.end))} ${f.ruleId} ${f.message}`);
        const got = items.map((d) => `${JSON.stringify(d.range.start)}-${JSON.stringify(d.range.end)} ${String(d.code)} ${d.message}`);
        assert.deepEqual(got.sort(), want.sort(), `${name}, seed ${SEED}, run ${run}: ${log.join(' ')}\ntext: ${JSON.stringify(text)}`);
      }
      h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    assert.equal(h.proc.exitCode, null, h.stderr());
  } finally {
    await h.close();
  }
});

test('requests after shutdown are answered with InvalidRequest; exit ends the process', { timeout: 60_000 }, async () => {
  const s = rawServer();
  try {
    await s.initialize();
    const uri = pathToFileURL(join(dir, 'after-shutdown.txt')).toString();
    s.send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'The the end.' } } }));
    s.request(31, 'shutdown', null);
    const shut = await s.response(31);
    assert.equal(shut.error, undefined);
    s.request(32, 'textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    const hover = await s.response(32);
    assert.equal(hover.error?.code, -32600, JSON.stringify(hover));
    s.send(JSON.stringify({ jsonrpc: '2.0', method: 'exit' }));
    const t0 = Date.now();
    while (s.proc.exitCode === null && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 50));
    assert.notEqual(s.proc.exitCode, null, 'the process ended after exit');
  } finally {
    s.proc.kill();
  }
});
