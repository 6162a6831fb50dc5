/**
 * Source-aware checking in the language server, driven over stdio like an editor: a translation
 * opened beside its source (found by name) is checked against it on every change, the source's
 * findings are published on the source document, related information points into the other
 * document, the hover shows the aligned source sentence, calque/alignedSource reveals it, editing
 * the source re-checks the translation, and XLIFF and PO files are checked with positions in the
 * file.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { startHarness, applyTextEdits, editsFor, type Harness } from '../e2e/lsp-harness';
import { ALIGNED_SOURCE_REQUEST, type AlignedSourceResult } from '../../server/src/lsp/protocol';

let dir: string;
let h: Harness;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'calque-lsp-bi-'));
  h = await startHarness(dir, { settings: { debounceMs: 10 } });
});
after(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const EN = [
  'The city council approved a budget of 25,000 euros for the new library on Monday.',
  'The library will open in March. It will hold more than forty thousand books and a collection of old maps.',
  'Residents asked for longer opening hours on weekends.',
].join('\n\n');
const DE = [
  'Der Stadtrat hat am Montag ein Budget von 2.500 Euro für die neue Bibliothek genehmigt.',
  'Die Bibliothek wird im März eröffnet.',
  'Die Einwohner baten um längere Öffnungszeiten am Wochenende.',
].join('\n\n');

test('a translation opened beside its source: numbers, an omission in the source, related information, hover, aligned source, re-check on source edits', async () => {
  const src = join(dir, 'library.md');
  const tgt = join(dir, 'library.de.md');
  writeFileSync(src, EN);
  writeFileSync(tgt, DE);
  const suri = pathToFileURL(src).toString();
  const turi = pathToFileURL(tgt).toString();
  const waitT = h.nextDiagnostics(turi);
  const waitS = h.nextDiagnostics(suri, (d) => d.length > 0);
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: turi, languageId: 'markdown', version: 1, text: DE } });
  const diags = await waitT;
  const num = diags.find((d) => d.code === 'numbers');
  assert.ok(num, `numbers finding: ${diags.map((d) => `${String(d.code)} ${d.message}`).join(' | ')}`);
  assert.equal(DE.split('\n')[num.range.start.line]!.slice(num.range.start.character, num.range.end.character), '2.500');
  assert.equal(num.relatedInformation?.[0]?.location.uri, suri);
  // The fix puts the source's value in the target's format.
  const acts: CodeAction[] = await h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: turi }, range: num.range, context: { diagnostics: [num] } });
  const fix = acts.find((a) => /source's value/.test(a.title));
  assert.ok(fix, acts.map((a) => a.title).join(' | '));
  assert.match(applyTextEdits(DE, editsFor(fix.edit, turi)), /Budget von 25\.000 Euro/);
  // The sentence left out is reported on the source document, pointing into the translation.
  const sdiags = await waitS;
  const miss = sdiags.find((d) => d.code === 'omission');
  assert.ok(miss, sdiags.map((d) => d.message).join(' | '));
  assert.equal(EN.split('\n')[miss.range.start.line]!.slice(miss.range.start.character, miss.range.end.character), 'It will hold more than forty thousand books and a collection of old maps.');
  assert.equal(miss.relatedInformation?.[0]?.location.uri, turi);
  // Hover on a translated sentence shows its source sentence.
  const hover: Hover | null = await h.conn.sendRequest('textDocument/hover', { textDocument: { uri: turi }, position: { line: 4, character: 5 } });
  assert.match(JSON.stringify(hover?.contents), /Residents asked for longer opening hours/);
  const aligned: AlignedSourceResult | null = await h.conn.sendRequest(ALIGNED_SOURCE_REQUEST, { uri: turi, position: { line: 4, character: 5 } });
  assert.equal(aligned?.uri, suri);
  assert.equal(aligned?.range.start.line, 4);
  assert.match(aligned!.text, /^Residents asked/);
  // Editing the source (open in the editor, unsaved) re-checks the translation against the new text.
  const fixedEn = EN.replace('25,000', '2,500');
  const waitT2 = h.nextDiagnostics(turi, (d) => !d.some((x) => x.code === 'numbers'));
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: suri, languageId: 'markdown', version: 1, text: EN } });
  h.conn.sendNotification('textDocument/didChange', { textDocument: { uri: suri, version: 2 }, contentChanges: [{ text: fixedEn }] });
  const after = await waitT2;
  assert.equal(after.filter((d) => d.code === 'numbers').length, 0);
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri: suri } });
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri: turi } });
});

test('XLIFF 2.0 and PO files: findings on the target text inside the file, a parse error at its position', async () => {
  const xlf = join(dir, 'ui.xlf');
  const planted = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">',
    ' <file id="f1">',
    '  <unit id="u1"><segment state="translated"><source>You have {count} new messages.</source><target>Sie haben neue Nachrichten.</target></segment></unit>',
    '  <unit id="u2"><segment state="translated"><source>Save <ph id="1"/> before closing &amp; leaving.</source><target>Vor dem Schließen &amp; Verlassen <ph id="1"/> speichern.</target></segment></unit>',
    ' </file>',
    '</xliff>',
    '',
  ].join('\n');
  writeFileSync(xlf, planted);
  const uri = pathToFileURL(xlf).toString();
  const wait = h.nextDiagnostics(uri);
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version: 1, text: planted } });
  const diags: Diagnostic[] = await wait;
  // The placeholder dropped from the first target: one error, on that target's text in the file, with a fix that copies it.
  const markup = diags.filter((d) => d.code === 'markup');
  assert.equal(markup.length, 1, diags.map((d) => `${String(d.code)} ${d.message}`).join(' | '));
  assert.equal(markup[0]!.range.start.line, 3);
  const line = planted.split('\n')[3]!;
  assert.equal(line.slice(markup[0]!.range.start.character, markup[0]!.range.end.character), 'Sie haben neue Nachrichten.');
  assert.equal(markup[0]!.relatedInformation?.[0]?.location.uri, uri);
  assert.equal(line.slice(markup[0]!.relatedInformation![0]!.location.range.start.character, markup[0]!.relatedInformation![0]!.location.range.end.character), '{count}');
  // The unit with its inline code and entity intact gets nothing from the markup rule.
  assert.ok(!diags.some((d) => d.code === 'markup' && d.range.start.line === 4));
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });

  const bad = join(dir, 'bad.po');
  const badText = 'msgid "Hello"\nmsgstr "Hallo\n';
  writeFileSync(bad, badText);
  const buri = pathToFileURL(bad).toString();
  const wait2 = h.nextDiagnostics(buri);
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: buri, languageId: 'po', version: 1, text: badText } });
  const d2 = await wait2;
  assert.equal(d2.length, 1);
  assert.equal(d2[0]!.code, 'parse-error');
  assert.equal(d2[0]!.range.start.line, 1);
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri: buri } });
});

test('a source word left in a translation: "mark as do-not-translate" writes a glossary entry to .calque.json, and the word is then accepted', async () => {
  const sub = join(dir, 'dnt');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(sub);
  const ru = 'Министр заявил, что переговоры продолжатся в столице на следующей неделе.\n';
  const en = 'The minister said the переговоры would continue in the capital next week.\n';
  writeFileSync(join(sub, 'talks.md'), ru);
  writeFileSync(join(sub, 'talks.en.md'), en);
  const uri = pathToFileURL(join(sub, 'talks.en.md')).toString();
  const wait = h.nextDiagnostics(uri, (d) => d.some((x) => x.code === 'untranslated'));
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: en } });
  const diags = await wait;
  const left = diags.find((d) => d.code === 'untranslated')!;
  const acts: CodeAction[] = await h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: left.range, context: { diagnostics: [left] } });
  const dnt = acts.find((a) => a.title.startsWith('Mark “переговоры” as do-not-translate'));
  assert.ok(dnt, acts.map((a) => a.title).join(' | '));
  // No .calque.json yet: the edit creates it at the workspace root with the entry.
  const cfgUri = pathToFileURL(join(dir, '.calque.json')).toString();
  const content = applyTextEdits('', editsFor(dnt.edit, cfgUri));
  assert.deepEqual(JSON.parse(content), { glossary: { переговоры: { dnt: true } } });
  writeFileSync(join(dir, '.calque.json'), content);
  const wait2 = h.nextDiagnostics(uri, (d) => !d.some((x) => x.code === 'untranslated'));
  h.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 1 }] });
  await wait2;
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const { rmSync: rm } = await import('node:fs');
  rm(join(dir, '.calque.json'));
  h.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 3 }] });
});
