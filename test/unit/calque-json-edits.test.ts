/**
 * Workspace edits to `.calque.json` ("Ignore everywhere", glossary names): only the new entry is
 * inserted; comments, formatting and a byte-order mark survive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSuppressionEdit, disableRuleEdit, type ConfigEdit } from '../../server/src/lsp/calqueJson';

function apply(text: string, change: ConfigEdit | undefined): string {
  const edit = change!.edit!;
  const uri = Object.keys(edit.changes!)[0]!;
  return TextDocument.applyEdits(TextDocument.create(uri, 'json', 0, text), edit.changes![uri]!);
}

test('"Ignore everywhere" on a .calque.json with a BOM and comments inserts only the entry and keeps both', () => {
  const text = '\ufeff{\n  // team defaults\n  "language": "en",\n  "suppressions": [\n    { "rule": "names", "text": "A." }\n  ]\n}\n';
  const edit = addSuppressionEdit({ path: '/tmp/x/.calque.json', openText: text }, 'repetition', 'It was very, very cold.', false);
  const uri = Object.keys(edit!.edit!.changes!)[0]!;
  const edits = edit!.edit!.changes![uri]!;
  // A small insertion, not a rewrite of the file.
  assert.ok(edits.every((e) => e.range.start.line >= 4), JSON.stringify(edits));
  const out = apply(text, edit);
  assert.ok(out.startsWith('\ufeff{\n  // team defaults\n  "language": "en",'), out);
  assert.deepEqual(JSON.parse(out.slice(1).replace(/\/\/.*\n/, '\n')).suppressions, [{ rule: 'names', text: 'A.' }, { rule: 'repetition', text: 'It was very, very cold.' }]);
  // Asked again: nothing to add.
  assert.equal(addSuppressionEdit({ path: '/tmp/x/.calque.json', openText: out }, 'repetition', 'It was very, very cold.', false), undefined);
});

test('"Disable rule in this workspace" sets the rule off in rules, keeping comments; nothing when it is off already', () => {
  const text = '{\n  // house style\n  "rules": { "typography": "warning" }\n}\n';
  const out = apply(text, disableRuleEdit({ path: '/tmp/x/.calque.json', openText: text }, 'repetition', false));
  assert.ok(out.includes('// house style'), out);
  assert.deepEqual(JSON.parse(out.replace(/\/\/.*\n/, '\n')).rules, { typography: 'warning', repetition: 'off' });
  assert.equal(disableRuleEdit({ path: '/tmp/x/.calque.json', openText: out }, 'repetition', false), undefined);
});

test('without a .calque.json: a client that creates files gets a create edit, one that cannot (Neovim 0.7) the content for the server to write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calque-cj-'));
  try {
    const path = join(dir, '.calque.json');
    const withCreate = disableRuleEdit({ path }, 'names', true)!;
    assert.equal((withCreate.edit!.documentChanges![0] as { kind: string }).kind, 'create');
    const without = disableRuleEdit({ path }, 'names', false)!;
    assert.equal(without.edit, undefined);
    assert.deepEqual(JSON.parse(without.create!.content), { rules: { names: 'off' } });
    assert.equal(without.create!.path, path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
