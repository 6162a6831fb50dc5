/**
 * Language server features beyond the basics (lsp-protocol.test.ts): names (document-wide
 * rename, add to glossary), Markdown suppressions, phrasebook (.calque) diagnostics, and the
 * workspace name scope with $/progress. Driven over stdio like an editor.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig, type PartialConfig } from '../../server/src/engine/config';
import { startHarness, applyTextEdits, editsFor, positionOf, ROOT, type Harness } from '../e2e/lsp-harness';

const sample = readFileSync(join(ROOT, 'examples', 'delfi-belarus-mt-en.txt'), 'utf8');
let dir: string;
let h: Harness;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'calque-lsp-f-'));
  h = await startHarness(dir, { settings: { debounceMs: 10 } });
});
after(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

function keys(t: string, format: 'plaintext' | 'markdown', cfg?: PartialConfig): string[] {
  return new Engine()
    .check({ text: t, format, config: mergeConfig(cfg) })
    .findings.map((f) => `${positionOf(t, f.start).line}:${positionOf(t, f.start).character} ${f.ruleId} ${f.message}`)
    .sort();
}
function dkeys(d: Diagnostic[]): string[] {
  return d.map((x) => `${x.range.start.line}:${x.range.start.character} ${String(x.code)} ${String(x.message)}`).sort();
}
function actions(uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
}

test('names: the variant spelling offers a document-wide rename and "add to the glossary", which writes .calque.json', async () => {
  const sub = join(dir, 'names');
  mkdirSync(sub);
  const file = join(sub, 'article.txt');
  writeFileSync(file, sample);
  const uri = pathToFileURL(file).toString();
  const wait = h.nextDiagnostics(uri);
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: sample } });
  const diags = await wait;
  const name = diags.find((d) => d.code === 'names');
  assert.ok(name, 'the two spellings of Cichanouskaya are reported');
  const data = name.data as { names?: { preferred: string; variants: string[] } };
  assert.ok(data.names, 'name data for the glossary');
  const acts = await actions(uri, name);
  const add = acts.find((a) => a.title.startsWith(`Add “${data.names!.preferred}” to the glossary`));
  assert.ok(add, `offered: ${acts.map((a) => a.title).join(' | ')}`);
  // No .calque.json yet: it is created at the workspace folder's root.
  const cfgUri = pathToFileURL(join(dir, '.calque.json')).toString();
  const content = applyTextEdits('', editsFor(add.edit, cfgUri));
  const parsed = JSON.parse(content) as { names: Record<string, string[]> };
  assert.deepEqual(parsed.names, { [data.names.preferred]: data.names.variants });
  assert.ok(data.names.variants.length > 0 && !data.names.variants.includes(data.names.preferred));

  // Every rename fix replaces exactly the variant occurrences with the preferred spelling.
  const rename = acts.find((a) => /everywhere in this document/.test(a.title) || /here$/.test(a.title));
  assert.ok(rename, 'a rename quick fix');
  const after = applyTextEdits(sample, editsFor(rename.edit, uri));
  for (const v of data.names.variants) assert.ok(sample.includes(v) && (after.split(v).length < sample.split(v).length));

  // With the glossary stored, the server re-checks and reports what the engine reports with it.
  writeFileSync(join(dir, '.calque.json'), content);
  const wait2 = h.nextDiagnostics(uri, (d) => dkeys(d).join() !== dkeys(diags).join());
  h.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 1 }] });
  const after2 = await wait2;
  assert.deepEqual(dkeys(after2), keys(sample, 'plaintext', { names: [{ preferred: data.names.preferred, variants: data.names.variants }] }));
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  rmSync(join(dir, '.calque.json'));
  h.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 3 }] });
});

test('Markdown: "Ignore in this line" inserts an HTML comment directive, which silences the finding', async () => {
  const md = '# Title\n\nThe decision was sensitive and sensitive for everyone.\n\nAnother paragraph here.\n';
  const file = join(dir, 'doc.md');
  writeFileSync(file, md);
  const uri = pathToFileURL(file).toString();
  const wait = h.nextDiagnostics(uri);
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: md } });
  const diags = await wait;
  assert.deepEqual(dkeys(diags), keys(md, 'markdown'));
  const rep = diags.find((d) => d.code === 'repetition');
  assert.ok(rep, 'the doubled coordination is reported in Markdown');
  const ignore = (await actions(uri, rep)).find((a) => a.title === 'Ignore “repetition” in this line')!;
  const edits = editsFor(ignore.edit, uri);
  assert.equal(edits[0]!.newText, '<!-- calque-disable-next-line repetition -->\n');
  const text2 = applyTextEdits(md, edits);
  const wait2 = h.nextDiagnostics(uri, (d) => !d.some((x) => x.code === 'repetition'));
  h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text2 }] });
  assert.deepEqual(dkeys(await wait2), keys(text2, 'markdown'));
  // "Ignore in this document" puts a disable directive after the front matter.
  const fm = '---\ntitle: x\n---\n\nThe decision was sensitive and sensitive for everyone.\n';
  const w3 = h.nextDiagnostics(uri, (d) => d.some((x) => x.code === 'repetition'));
  h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: fm }] });
  const d3 = (await w3).find((x) => x.code === 'repetition')!;
  const docIgnore = (await actions(uri, d3)).find((a) => a.title === 'Ignore “repetition” in this document')!;
  assert.ok(docIgnore);
  const fm2 = applyTextEdits(fm, editsFor(docIgnore.edit, uri));
  assert.equal(fm2, '---\ntitle: x\n---\n<!-- calque-disable repetition -->\n\n\nThe decision was sensitive and sensitive for everyone.\n');
  const w4 = h.nextDiagnostics(uri, (d) => !d.some((x) => x.code === 'repetition'));
  h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: fm2 }] });
  assert.deepEqual(dkeys(await w4), keys(fm2, 'markdown'));
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('phrasebook files (.calque) get their own diagnostics', async () => {
  const bad = '[lt -> en]\n\nput the dots on the i => dot the i\n  + Put the dots on the i.\n';
  const file = join(dir, 'mine.calque');
  const uri = pathToFileURL(file).toString();
  writeFileSync(file, bad);
  const wait = h.nextDiagnostics(uri);
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'calque-phrasebook', version: 1, text: bad } });
  const diags = await wait;
  const { lintPhrasebook } = await import('../../server/src/engine/phrasebook/index');
  const expected = lintPhrasebook(bad, file);
  assert.ok(expected.length > 0, 'the entry lacks its source idiom and a control');
  assert.deepEqual(
    diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.message)}`).sort(),
    expected.map((e) => `${e.line}:${e.column} ${e.message}`).sort(),
  );
  assert.ok(diags.every((d) => d.source === 'calque' && String(d.code).startsWith('phrasebook/')));
  const info = (await h.conn.sendRequest('calque/getDocumentInfo', { uri })) as { kind: string };
  assert.equal(info.kind, 'phrasebook');
  h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

/**
 * A server on a fresh workspace folder: `setup` writes the folder's files and returns the
 * server's options, `body` runs against the server; the server is closed and the folder removed
 * afterwards, whatever happens.
 */
async function inWorkspace(prefix: string, setup: (ws: string) => Parameters<typeof startHarness>[1], body: (w: Harness, ws: string) => Promise<void>): Promise<void> {
  const ws = mkdtempSync(join(tmpdir(), prefix));
  try {
    const w = await startHarness(ws, setup(ws));
    try {
      await body(w, ws);
    } finally {
      await w.close();
    }
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

test('workspace name scope: other articles are indexed in the background with $/progress', async () => {
  const text = 'The opposition leader Sviatlana Tsikhanouskaja said on Tuesday that talks must start. Tsikhanouskaja also thanked Lithuania.\n';
  const progress: unknown[] = [];
  await inWorkspace(
    'calque-lsp-ws-',
    (ws) => {
      writeFileSync(join(ws, '.calque.json'), JSON.stringify({ nameScope: 'workspace' }));
      // Three other articles spell the name one way; the open one the other way.
      const other = (i: number) => `Report ${i}.\n\nSviatlana Tsikhanouskaya met the ministers on Monday. Later, Tsikhanouskaya spoke to reporters in Vilnius.\n`;
      for (let i = 0; i < 3; i++) writeFileSync(join(ws, `other-${i}.md`), other(i));
      writeFileSync(join(ws, 'open.md'), text);
      return { settings: { debounceMs: 10 }, progress: true };
    },
    async (w, ws) => {
      w.conn.onNotification('$/progress', (p: unknown) => {
        progress.push(p);
      });
      const uri = pathToFileURL(join(ws, 'open.md')).toString();
      const got = w.nextDiagnostics(uri, (d) => d.some((x) => x.code === 'names'), 60000);
      w.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const diags = await got;
      const name = diags.find((x) => x.code === 'names')!;
      assert.match(String(name.message), /Tsikhanouskaya/);
      assert.match(String(name.message), /other document/);
    },
  );
  const kinds = progress.map((p) => (p as { value: { kind: string } }).value.kind);
  assert.equal(kinds[0], 'begin');
  assert.equal(kinds.at(-1), 'end');
  assert.match((progress.at(-1) as { value: { message: string } }).value.message, /^4 files indexed$/);
});

test('a client that cannot create files (Neovim 0.7) gets "Disable rule in this workspace" and "Ignore everywhere" as commands; the server creates .calque.json and re-checks (issue 18)', async () => {
  const text = 'The talks ended late.\n\nThe the minister spoke to the press on Monday.\n';
  await inWorkspace(
    'calque-lsp-nocreate-',
    (ws) => {
      writeFileSync(join(ws, 'doc.md'), text);
      return { settings: { debounceMs: 10 }, noCreate: true };
    },
    async (w, ws) => {
      const file = join(ws, 'doc.md');
      const uri = pathToFileURL(file).toString();
      const got = w.nextDiagnostics(uri, (d) => d.some((x) => x.code === 'repetition'));
      w.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const rep = (await got).find((x) => x.code === 'repetition')!;
      const acts = (await w.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: rep.range, context: { diagnostics: [rep] } })) as CodeAction[];
      assert.ok(acts.find((a) => a.title.includes('store in .calque.json'))?.command, '"Ignore everywhere" is offered, as a command');
      const off = acts.find((a) => a.title === 'Disable “repetition” in this workspace (.calque.json)')!;
      assert.ok(off?.command && !off.edit, 'offered as a command');
      assert.ok((w.init as { capabilities: { executeCommandProvider?: { commands: string[] } } }).capabilities.executeCommandProvider?.commands.includes(off.command.command));
      const again = w.nextDiagnostics(uri, (d) => !d.some((x) => x.code === 'repetition'));
      await w.conn.sendRequest('workspace/executeCommand', { command: off.command.command, arguments: off.command.arguments });
      assert.deepEqual(JSON.parse(readFileSync(join(ws, '.calque.json'), 'utf8')), { rules: { repetition: 'off' } });
      await again;
      // Never another file, never an existing one.
      const bad = await w.conn.sendRequest('workspace/executeCommand', { command: off.command.command, arguments: [join(ws, 'doc.md'), '{}'] }).catch((e: Error) => e);
      assert.ok(bad instanceof Error);
      assert.equal(readFileSync(file, 'utf8'), text);
      await w.conn.sendRequest('workspace/executeCommand', { command: off.command.command, arguments: [join(ws, '.calque.json'), '{"rules":{}}'] });
      assert.deepEqual(JSON.parse(readFileSync(join(ws, '.calque.json'), 'utf8')), { rules: { repetition: 'off' } });
    },
  );
});

test('the output says which configuration and phrasebooks were loaded, the language decision of each document and its check time (issue 18)', async () => {
  const text = 'The minister said the alpha widget failed.\n';
  await inWorkspace(
    'calque-lsp-log-',
    (ws) => {
      writeFileSync(join(ws, '.calque.json'), JSON.stringify({ language: 'en', sourceLanguage: ['lt'], rules: { typography: 'off' }, phrasebooks: ['mine.calque'] }));
      writeFileSync(join(ws, 'mine.calque'), '[lt -> en]\n\nalpha widget => gadget\n  + The alpha widget failed.\n  - The gadget failed.\n');
      writeFileSync(join(ws, 'doc.md'), text);
      return { settings: { debounceMs: 10 } };
    },
    async (w, ws) => {
      const uri = pathToFileURL(join(ws, 'doc.md')).toString();
      const got = w.nextDiagnostics(uri);
      w.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await got;
      await new Promise((r) => setTimeout(r, 100));
      const lines = w.logs.map((l) => l.message);
      const has = (re: RegExp) => assert.ok(lines.some((l) => re.test(l)), `${re} in:\n${lines.join('\n')}`);
      has(/^configuration: .*\.calque\.json; language en ← lt; rules off: typography; phrasebooks: .*mine\.calque$/);
      has(/^phrasebooks loaded: .*mine\.calque \(1 entry\)$/);
      has(/^doc\.md: en \(config\) ← lt; \d+ findings? in \d+ ms$/);
    },
  );
});

test('multi-root workspace: each folder is checked with its own phrasebooks (issue 18 #21)', async () => {
  const text = 'The minister said the alpha widget failed, and the beta widget failed too.\n';
  const root = (ws: string, name: string, pattern: string) => {
    const d = join(ws, name);
    mkdirSync(d);
    writeFileSync(join(d, '.calque.json'), JSON.stringify({ language: 'en', phrasebooks: [`${name}.calque`] }));
    writeFileSync(join(d, `${name}.calque`), `[lt -> en]\n\n${pattern} => the ${name} gadget\n  + The ${pattern} failed.\n  - The ${name} gadget failed.\n`);
    writeFileSync(join(d, 'doc.md'), text);
    return d;
  };
  await inWorkspace(
    'calque-lsp-roots-',
    (ws) => ({ settings: { debounceMs: 10 }, folders: [root(ws, 'alpha', 'alpha widget'), root(ws, 'beta', 'beta widget')] }),
    async (w, ws) => {
      const [a, b] = [join(ws, 'alpha'), join(ws, 'beta')];
      const idioms = async (folder: string): Promise<string[]> => {
        const uri = pathToFileURL(join(folder, 'doc.md')).toString();
        const got = w.nextDiagnostics(uri, () => true, 60000);
        w.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        return (await got).filter((d) => d.code === 'idiom').map((d) => text.slice(0, 200).split('\n')[0]!.slice(d.range.start.character, d.range.end.character));
      };
      // Opened one after the other in the same server: neither sees the other's phrasebook.
      assert.deepEqual(await idioms(a), ['alpha widget']);
      assert.deepEqual(await idioms(b), ['beta widget']);
      // An edit in the first re-checks it (its configuration cached) — still with its own.
      const uriA = pathToFileURL(join(a, 'doc.md')).toString();
      const edited = text.replace('The minister', 'The new minister');
      const again = w.nextDiagnostics(uriA, () => true, 60000);
      w.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriA, version: 2 }, contentChanges: [{ text: edited }] });
      const line = edited.split('\n')[0]!;
      assert.deepEqual((await again).filter((d) => d.code === 'idiom').map((d) => line.slice(d.range.start.character, d.range.end.character)), ['alpha widget']);
    },
  );
});

test('in an editor that validates .calque.json with the schema (VS Code), the server reports only what the schema cannot tell: no error twice (issue 18)', async () => {
  await inWorkspace(
    'calque-lsp-schema-',
    (ws) => {
      // "language": 5 and an unknown rule: the schema says so; "xx-nonsense" has a tag's shape: only Calque can tell.
      writeFileSync(join(ws, '.calque.json'), '{\n  "language": 5,\n  "sourceLanguage": ["xx-nonsense"],\n  "rules": { "no-such-rule": "error" }\n}\n');
      writeFileSync(join(ws, 'a.txt'), 'The decision was sensitive and sensitive for everyone.\n');
      return { settings: { debounceMs: 10 }, initializationOptions: { configSchemaInEditor: true } };
    },
    async (w, ws) => {
      const cfgUri = pathToFileURL(join(ws, '.calque.json')).toString();
      const uri = pathToFileURL(join(ws, 'a.txt')).toString();
      const cfgDiags = w.nextDiagnostics(cfgUri);
      w.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(join(ws, 'a.txt'), 'utf8') } });
      const errs = await cfgDiags;
      assert.deepEqual(errs.map((e) => `${e.range.start.line}:${e.range.start.character}`), ['2:21'], JSON.stringify(errs.map((e) => e.message)));
      assert.match(String(errs[0]!.message), /"xx" is no known language code/);
    },
  );
});

test('a broken .calque.json is reported in place (file, line, column) and checking goes on with the rest', async () => {
  await inWorkspace(
    'calque-lsp-cfg-',
    (ws) => {
      writeFileSync(join(ws, '.calque.json'), '{\n  "language": 5,\n  "rules": { "no-such-rule": "error", "repetition": "off" }\n}\n');
      return { settings: { debounceMs: 10 } };
    },
    async (w, ws) => {
      const cfgUri = pathToFileURL(join(ws, '.calque.json')).toString();
      const file = join(ws, 'a.txt');
      const text = 'The decision was sensitive and sensitive for everyone.\n';
      writeFileSync(file, text);
      const uri = pathToFileURL(file).toString();
      const cfgDiags = w.nextDiagnostics(cfgUri);
      const docDiags = w.nextDiagnostics(uri);
      w.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const errs = await cfgDiags;
      assert.deepEqual(
        errs.map((e) => `${e.range.start.line}:${e.range.start.character} ${e.severity}`).sort(),
        ['1:14 1', '2:13 1'],
        JSON.stringify(errs.map((e) => [e.range.start, e.message])),
      );
      assert.ok(errs.some((e) => /language/.test(String(e.message))));
      assert.ok(errs.some((e) => /no-such-rule/.test(String(e.message))));
      // The valid part ("repetition": "off") still applies.
      assert.deepEqual(dkeys(await docDiags), keys(text, 'plaintext', { rules: { repetition: { severity: 'off' } } }));
      // Fixing the file clears its diagnostics.
      writeFileSync(join(ws, '.calque.json'), '{ "rules": { "repetition": "off" } }\n');
      const cleared = w.nextDiagnostics(cfgUri, (d) => d.length === 0);
      w.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 2 }] });
      assert.deepEqual(await cleared, []);
    },
  );
});
