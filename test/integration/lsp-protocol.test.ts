/**
 * The bundled language server (dist/server.js --stdio) driven over JSON-RPC like an editor:
 * initialize, open the sample article, diagnostics at the positions the engine computes,
 * quick fixes and fix-all applied, suppressions, hover, configuration and watched-file
 * changes, pull diagnostics, large documents, and input that must not kill it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { Engine } from '../../server/src/engine/engine';
import { applySafeFixes } from '../../server/src/engine/fixes';
import { mergeConfig } from '../../server/src/engine/config';
import type { Finding } from '../../server/src/engine/types';
import { startHarness, applyTextEdits, editsFor, asContentChanges, positionOf, SERVER, ROOT, type Harness } from '../e2e/lsp-harness';

const SAMPLE = join(ROOT, 'examples', 'delfi-belarus-mt-en.txt');
const sample = readFileSync(SAMPLE, 'utf8');
if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run node scripts/build.mjs first`);

let dir: string;
let h: Harness;
let uri: string;
let text: string;
let version = 1;

function engineFindings(t: string, config = mergeConfig()): Finding[] {
  return new Engine().check({ text: t, format: 'plaintext', config }).findings;
}

type Pos = { line: number; character: number };
function key(d: { range: { start: Pos; end: Pos }; code?: unknown; message: unknown }): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${String(d.message)}`;
}

function expectedKeys(t: string, findings: Finding[]): string[] {
  return findings.map((f) => key({ range: { start: positionOf(t, f.start), end: positionOf(t, f.end) }, code: f.ruleId, message: f.message })).sort();
}

async function change(edits: { range: Diagnostic['range']; newText: string }[]): Promise<void> {
  text = applyTextEdits(text, edits);
  version++;
  h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: asContentChanges(edits) });
}

function codeActions(range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'calque-lsp-'));
  writeFileSync(join(dir, 'article.txt'), sample);
  uri = pathToFileURL(join(dir, 'article.txt')).toString();
  text = sample;
  h = await startHarness(dir, { settings: { debounceMs: 20 } });
});

after(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('initialize advertises the capabilities an editor needs', async () => {
  const caps = h.init.capabilities as Record<string, any>;
  assert.equal(h.init.serverInfo?.name, 'calque');
  assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 }, 'incremental sync');
  assert.equal(caps.hoverProvider, true);
  assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.calque']);
  assert.equal(caps.diagnosticProvider, undefined, 'push mode when the client cannot pull');
  const p = await startHarness(dir, { pull: true });
  try {
    assert.deepEqual((p.init.capabilities as Record<string, any>).diagnosticProvider, { identifier: 'calque', interFileDependencies: false, workspaceDiagnostics: false });
    // A second initialize is refused with an error, and the server keeps running.
    await assert.rejects(p.conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }));
    assert.equal(p.proc.exitCode, null);
  } finally {
    await p.close();
  }
});

test('opening the sample publishes every engine finding at the same position, with code, link and data', async () => {
  const expected = engineFindings(sample);
  assert.ok(expected.length > 0, 'the engine reports findings on the sample');
  const wait = h.nextDiagnostics(uri);
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  const diags = await wait;
  assert.deepEqual(diags.map(key).sort(), expectedKeys(sample, expected));
  for (const d of diags) {
    assert.equal(d.source, 'calque');
    assert.match(d.codeDescription!.href, new RegExp(`^https://github\\.com/calque-dev/calque/blob/main/docs/rules/${String(d.code)}\\.md$`));
    assert.ok([1, 2, 3, 4].includes(d.severity!));
    assert.equal((d.data as { rule: string }).rule, d.code);
  }
  // "sensitive and sensitive" is flagged where it is in the text.
  const at = sample.indexOf('sensitive and sensitive');
  const rep = diags.find((d) => d.code === 'repetition' && d.range.start.line === positionOf(sample, at).line);
  assert.ok(rep, 'doubled coordination is reported');
  assert.deepEqual(rep.range.start, positionOf(sample, at));
  assert.deepEqual(rep.range.end, positionOf(sample, at + 'sensitive and sensitive'.length));
  assert.equal((rep.data as { sentence: string }).sentence.includes('sensitive and sensitive'), true);
});

test('a client that shows diagnostics in its hovers (initializationOptions.diagnosticsInHover, as the VS Code client sends) gets the explanation without the message again', async () => {
  const w = await startHarness(dir, { settings: { debounceMs: 10 }, initializationOptions: { diagnosticsInHover: true } });
  try {
    const got = w.nextDiagnostics(uri, (d) => d.some((x) => x.code === 'repetition'));
    w.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: sample } });
    const rep = (await got).find((d) => d.code === 'repetition')!;
    const hover = (await w.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: rep.range.start.line, character: rep.range.start.character + 3 } })) as Hover;
    const md = (hover.contents as unknown as { value: string }).value;
    assert.ok(!md.includes(String(rep.message)), md);
    assert.match(md, /`repetition`/);
    assert.ok(md.length > 40, 'the explanation is there');
  } finally {
    await w.close();
  }
});

test('hover over a finding shows its message and explanation', async () => {
  const diags = h.published.get(uri)!.at(-1)!.diagnostics;
  const rep = diags.find((d) => d.code === 'repetition')!;
  const hover = (await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: rep.range.start.line, character: rep.range.start.character + 3 } })) as Hover;
  assert.ok(hover, 'a hover is returned');
  const md = hover.contents as unknown as { kind: string; value: string };
  assert.equal(md.kind, 'markdown');
  assert.ok(md.value.includes(String(rep.message)), md.value);
  assert.ok(md.value.includes('repetition'));
  const nothing = await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  const firstDiagOnLine0 = diags.some((d) => d.range.start.line === 0 && d.range.start.character === 0);
  if (!firstDiagOnLine0) assert.equal(nothing, null);
});

test('a quick fix is offered for the finding and applying it changes the text as its title says', async () => {
  const diags = h.published.get(uri)!.at(-1)!.diagnostics;
  const rep = diags.find((d) => d.code === 'repetition')!;
  const actions = await codeActions(rep.range, [rep]);
  const fixes = actions.filter((a) => a.kind === 'quickfix' && (a.diagnostics ?? []).length === 1);
  const dataFixes = (rep.data as { fixes: { title: string }[] }).fixes;
  assert.ok(dataFixes.length > 0, 'the repetition finding carries a fix');
  const fix = fixes.find((a) => a.title === dataFixes[0]!.title)!;
  assert.ok(fix, `quick fix "${dataFixes[0]!.title}" offered; got ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(fix.isPreferred, dataFixes.length === 1);
  assert.ok(actions.some((a) => a.title.startsWith('Ignore “repetition” in this line')));
  assert.ok(actions.some((a) => a.title.includes('store in .calque.json')));
  const edits = editsFor(fix.edit, uri);
  const before = text;
  const wait = h.nextDiagnostics(uri, (d) => !d.some((x) => x.code === 'repetition' && x.range.start.line === rep.range.start.line));
  await change(edits);
  assert.notEqual(text, before);
  assert.ok(!text.includes('sensitive and sensitive'), 'the doubled coordination is gone');
  const after = await wait;
  assert.deepEqual(after.map(key).sort(), expectedKeys(text, engineFindings(text)), 'diagnostics after the edit equal a full re-check');
});

test('a stale diagnostic (its text changed since the check) gets no quick fix', async () => {
  // A slow debounce keeps the server from re-checking before the code action request.
  h.settings = { debounceMs: 3000 };
  h.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await h.nextDiagnostics(uri);
  const diags = h.published.get(uri)!.at(-1)!.diagnostics;
  const d = diags.find((x) => (x.data as { fixes: unknown[] }).fixes.length > 0)!;
  assert.ok(d, 'a diagnostic with a fix');
  const fresh = await codeActions(d.range, [d]);
  assert.ok(fresh.some((a) => a.title === (d.data as { fixes: { title: string }[] }).fixes[0]!.title));
  // Type over the flagged text: the old diagnostic no longer describes the document.
  const saved = text;
  const savedVersion = version;
  await change([{ range: d.range, newText: 'XXXX' }]);
  const stale = await codeActions(d.range, [d]);
  assert.deepEqual(stale.map((a) => a.title), []);
  // Undo, and back to the fast debounce.
  await change([{ range: { start: d.range.start, end: { line: d.range.start.line, character: d.range.start.character + 4 } }, newText: saved.slice(...offsets(saved, d.range)) }]);
  assert.equal(text, saved);
  assert.ok(version > savedVersion);
  h.settings = { debounceMs: 20 };
  h.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await h.nextDiagnostics(uri);
});

function offsets(t: string, r: { start: Pos; end: Pos }): [number, number] {
  const lines = t.split('\n');
  const off = (p: Pos) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [off(r.start), off(r.end)];
}

test('"Ignore in this line" inserts the directive above the line and the finding disappears', async () => {
  const diags = h.published.get(uri)!.at(-1)!.diagnostics;
  const d = diags[0]!;
  const rule = String(d.code);
  const actions = await codeActions(d.range, [d]);
  const ignore = actions.find((a) => a.title === `Ignore “${rule}” in this line`)!;
  assert.ok(ignore);
  const edits = editsFor(ignore.edit, uri);
  assert.equal(edits.length, 1);
  assert.equal(edits[0]!.newText.trim(), `calque-disable-next-line ${rule}`);
  const line = d.range.start.line;
  const sameLineSameRule = diags.filter((x) => x.code === rule && x.range.start.line === line).length;
  const wait = h.nextDiagnostics(uri, (list) => list.filter((x) => x.code === rule).length === diags.filter((x) => x.code === rule).length - sameLineSameRule);
  await change(edits);
  assert.equal(text.split('\n')[line]!.trim(), `calque-disable-next-line ${rule}`);
  const after = await wait;
  assert.ok(!after.some((x) => x.code === rule && x.range.start.line === line + 1));
});

test('"Ignore everywhere" creates .calque.json with the sentence; the watched-file change re-checks', async () => {
  const diags = h.published.get(uri)!.at(-1)!.diagnostics;
  const d = diags.find((x) => (x.data as { sentence: string }).sentence.trim() !== '')!;
  const rule = String(d.code);
  const actions = await codeActions(d.range, [d]);
  const store = actions.find((a) => a.title.includes('store in .calque.json'))!;
  assert.ok(store, 'offered');
  const cfgUri = pathToFileURL(join(dir, '.calque.json')).toString();
  const changes = store.edit!.documentChanges!;
  assert.deepEqual((changes[0] as { kind: string; uri: string }).kind, 'create');
  assert.equal((changes[0] as { uri: string }).uri, cfgUri);
  const content = applyTextEdits('', editsFor(store.edit, cfgUri));
  const parsed = JSON.parse(content) as { suppressions: { rule: string; text: string }[] };
  assert.deepEqual(parsed.suppressions, [{ rule, text: (d.data as { sentence: string }).sentence }]);
  writeFileSync(join(dir, '.calque.json'), content);
  assert.ok(h.registrations.some((r) => (r as { method: string }).method === 'workspace/didChangeWatchedFiles'), 'the server watches .calque.json');
  const wait = h.nextDiagnostics(uri, (list) => !list.some((x) => key(x) === key(d)));
  h.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 1 }] });
  const after = await wait;
  assert.deepEqual(after.map(key).sort(), expectedKeys(text, engineFindings(text, mergeConfig({ suppressions: parsed.suppressions }))));
  // A second suppression is appended to the existing file, keeping the first.
  const other = after.find((x) => (x.data as { sentence: string }).sentence.trim() !== '');
  if (other) {
    const acts = await codeActions(other.range, [other]);
    const st = acts.find((a) => a.title.includes('store in .calque.json'))!;
    const next = applyTextEdits(content, editsFor(st.edit, cfgUri));
    const p2 = JSON.parse(next) as { suppressions: unknown[] };
    assert.equal(p2.suppressions.length, 2);
  }
  rmSync(join(dir, '.calque.json'));
  const back = h.nextDiagnostics(uri, (list) => list.some((x) => key(x) === key(d)));
  h.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 3 }] });
  await back;
});

test('fix-all (source.fixAll.calque) applies exactly the safe, non-overlapping fixes', async () => {
  const expected = applySafeFixes(text, engineFindings(text));
  const actions = await codeActions({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.calque']);
  if (expected.applied === 0) {
    assert.equal(actions.length, 0);
    return;
  }
  assert.equal(actions.length, 1);
  assert.equal(actions[0]!.kind, 'source.fixAll.calque');
  const edits = editsFor(actions[0]!.edit, uri);
  const wait = h.nextDiagnostics(uri);
  await change(edits);
  assert.equal(text, expected.text);
  const after = await wait;
  assert.deepEqual(after.map(key).sort(), expectedKeys(text, engineFindings(text)));
});

test('configuration changes (workspace/configuration + didChangeConfiguration) re-check open documents', async () => {
  const before = h.published.get(uri)!.at(-1)!.diagnostics;
  const rule = String(before[0]!.code);
  h.settings = { debounceMs: 20, rules: { [rule]: 'off' } };
  const wait = h.nextDiagnostics(uri, (d) => !d.some((x) => x.code === rule));
  h.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const after = await wait;
  assert.deepEqual(after.map(key).sort(), expectedKeys(text, engineFindings(text, mergeConfig({ rules: { [rule]: { severity: 'off' } } }))));
  // Wrong types are reported and ignored, never fatal.
  h.settings = { debounceMs: 'soon', rules: 42, language: 7, maxFileSize: 'big', enable: 'yes' };
  const wait2 = h.nextDiagnostics(uri, (d) => d.some((x) => x.code === rule));
  h.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await wait2;
  assert.ok(h.messages.some((m) => m.message.includes('calque.debounceMs')), 'the bad setting is named in a message');
  h.settings = { debounceMs: 20 };
  h.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await h.nextDiagnostics(uri);
});

test('a document over maxFileSize is checked up to the limit, with one notice', async () => {
  const bigUri = pathToFileURL(join(dir, 'big.txt')).toString();
  const big = Array.from({ length: 40 }, () => sample).join('\n\n');
  h.settings = { debounceMs: 20, maxFileSize: 100_000 };
  h.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await h.nextDiagnostics(uri);
  const wait = h.nextDiagnostics(bigUri);
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'plaintext', version: 1, text: big } });
  const diags = await wait;
  const notice = diags.filter((d) => d.code === 'max-file-size');
  assert.equal(notice.length, 1);
  assert.match(String(notice[0]!.message), /checked only the first/);
  const cutLine = notice[0]!.range.start.line;
  assert.ok(cutLine > 0 && cutLine < big.split('\n').length / 2);
  assert.ok(diags.every((d) => d.range.start.line <= cutLine));
  assert.ok(diags.length > 1, 'the first part is checked');
  assert.ok(h.messages.some((m) => m.message.includes('big.txt')));
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
  assert.deepEqual(await h.nextDiagnostics(bigUri), []);
  h.settings = { debounceMs: 20 };
  h.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await h.nextDiagnostics(uri);
});

test('rapid edits are coalesced: stale versions are not all checked, the final one equals a full re-check', async () => {
  const before = h.published.get(uri)!.length;
  const first = version + 1;
  for (let i = 0; i < 30; i++) await change([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: i % 2 ? 'the the ' : 'x' }]);
  const finalText = text;
  const final = version;
  const diags = await h.nextDiagnostics(uri, () => h.published.get(uri)!.at(-1)!.version === final, 60000);
  assert.deepEqual(diags.map(key).sort(), expectedKeys(finalText, engineFindings(finalText)));
  const during = h.published.get(uri)!.slice(before);
  // versions only move forward: an older check never overwrites a newer one
  for (let i = 1; i < during.length; i++) assert.ok(during[i]!.version! >= during[i - 1]!.version!, during.map((p) => p.version).join(','));
  const burst = during.filter((p) => p.version! >= first);
  assert.ok(burst.length < 30, `${burst.length} checks for 30 edits`);
});

test('bad input does not kill the server: unknown documents, out-of-range positions, bad edits, malformed JSON', async () => {
  const unknown = 'file:///nowhere/none.txt';
  assert.equal(await h.conn.sendRequest('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 3, character: 4 } }), null);
  assert.deepEqual(await h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: unknown }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
  assert.equal(await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 100000, character: 99999 } }), null);
  const r = await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: null }).catch((e: Error) => e);
  assert.ok(r === null || r instanceof Error);
  // A diagnostic with a range past the end of the document.
  const bogus: Diagnostic = { range: { start: { line: 9999, character: 0 }, end: { line: 9999, character: 5 } }, message: 'x', source: 'calque', data: { v: 1, rule: 'repetition', category: 'repetition', text: 'x', sentence: 'x', format: 'plaintext', fixes: [{ title: 't', safe: true, edits: [] }] } };
  assert.deepEqual(await codeActions(bogus.range, [bogus]), []);
  // An edit past the end of the document is clamped by the server, like editors do.
  await change([{ range: { start: { line: 99999, character: 0 }, end: { line: 99999, character: 0 } }, newText: '\n\nThe the end.' }]);
  await h.nextDiagnostics(uri);
  // Raw garbage on the wire.
  h.proc.stdin.write('Content-Length: 9\r\n\r\n{"bad":,}');
  h.proc.stdin.write('Content-Length: 2\r\n\r\n[]');
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(h.proc.exitCode, null, `server alive; stderr: ${h.stderr()}`);
  // Unknown methods and custom requests with bad params answer with errors, not crashes.
  await assert.rejects(h.conn.sendRequest('calque/checkFile', { nope: 1 }));
  await assert.rejects(h.conn.sendRequest('calque/nope', {}));
  assert.equal(await h.conn.sendRequest('calque/getDocumentInfo', { uri: unknown }), null);
  const info = (await h.conn.sendRequest('calque/getDocumentInfo', { uri })) as { language: string; kind: string };
  assert.equal(info.kind, 'article');
  assert.equal(info.language, 'en');
});

test('calque/checkFile checks a file on disk (Check Workspace)', async () => {
  const fileUri = pathToFileURL(SAMPLE).toString();
  const res = (await h.conn.sendRequest('calque/checkFile', { uri: fileUri })) as { diagnostics: Diagnostic[]; language: string };
  assert.equal(res.language, 'en');
  assert.deepEqual(res.diagnostics.map(key).sort(), expectedKeys(sample, engineFindings(sample)));
  const missing = (await h.conn.sendRequest('calque/checkFile', { uri: pathToFileURL(join(dir, 'missing.txt')).toString() })) as { error?: string };
  assert.ok(missing.error);
});

test('closing a document clears its diagnostics', async () => {
  const wait = h.nextDiagnostics(uri, (d) => d.length === 0);
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual(await wait, []);
});

test('pull diagnostics: answered when the client supports them, and nothing is pushed', async () => {
  const p = await startHarness(dir, { pull: true, settings: { debounceMs: 20 } });
  try {
    const u = pathToFileURL(join(dir, 'article.txt')).toString();
    p.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'plaintext', version: 1, text: sample } });
    const report = (await p.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as { kind: string; resultId: string; items: Diagnostic[] };
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map(key).sort(), expectedKeys(sample, engineFindings(sample)));
    const again = (await p.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: u }, previousResultId: report.resultId })) as { kind: string };
    assert.equal(again.kind, 'unchanged');
    const at = sample.indexOf('sensitive and sensitive');
    const pos = positionOf(sample, at);
    p.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: pos, end: { line: pos.line, character: pos.character + 'sensitive and '.length } }, text: '' }] });
    const third = (await p.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: u }, previousResultId: report.resultId })) as { kind: string; items: Diagnostic[] };
    assert.equal(third.kind, 'full');
    const edited = sample.slice(0, at) + sample.slice(at + 'sensitive and '.length);
    assert.deepEqual(third.items.map(key).sort(), expectedKeys(edited, engineFindings(edited)));
    assert.equal(p.published.get(u), undefined, 'no push diagnostics in pull mode');
    assert.deepEqual(await p.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere.txt' } }), { kind: 'full', items: [] });
  } finally {
    await p.close();
  }
});
