/**
 * Workspace edits to `.calque.json` ("Ignore everywhere", glossary names): only the new entry is
 * inserted; comments, formatting and a byte-order mark survive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { addSuppressionEdit } from '../../server/src/lsp/calqueJson';

function apply(text: string, edit: ReturnType<typeof addSuppressionEdit>): string {
  const uri = Object.keys(edit!.changes!)[0]!;
  return TextDocument.applyEdits(TextDocument.create(uri, 'json', 0, text), edit!.changes![uri]!);
}

test('"Ignore everywhere" on a .calque.json with a BOM and comments inserts only the entry and keeps both', () => {
  const text = '\ufeff{\n  // team defaults\n  "language": "en",\n  "suppressions": [\n    { "rule": "names", "text": "A." }\n  ]\n}\n';
  const edit = addSuppressionEdit({ path: '/tmp/x/.calque.json', openText: text }, 'repetition', 'It was very, very cold.', false);
  const uri = Object.keys(edit!.changes!)[0]!;
  const edits = edit!.changes![uri]!;
  // A small insertion, not a rewrite of the file.
  assert.ok(edits.every((e) => e.range.start.line >= 4), JSON.stringify(edits));
  const out = apply(text, edit);
  assert.ok(out.startsWith('\ufeff{\n  // team defaults\n  "language": "en",'), out);
  assert.deepEqual(JSON.parse(out.slice(1).replace(/\/\/.*\n/, '\n')).suppressions, [{ rule: 'names', text: 'A.' }, { rule: 'repetition', text: 'It was very, very cold.' }]);
  // Asked again: nothing to add.
  assert.equal(addSuppressionEdit({ path: '/tmp/x/.calque.json', openText: out }, 'repetition', 'It was very, very cold.', false), undefined);
});
