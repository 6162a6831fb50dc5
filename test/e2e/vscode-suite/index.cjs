// Runs inside the VS Code extension host (@vscode/test-electron): the installed-from-source
// Calque extension checks the sample, lists its findings as diagnostics, and a quick fix applied
// through VS Code's own code action API changes the text. Plain asserts (no mocha needed).
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

async function waitFor(fn, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

exports.run = async function run() {
  const ws = process.env.CALQUE_TEST_WORKSPACE;
  const uri = vscode.Uri.file(path.join(ws, 'article.txt'));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const ext = vscode.extensions.getExtension('calque.calque');
  assert.ok(ext, 'the extension is loaded');
  await ext.activate();
  const diags = await waitFor(() => {
    const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'calque');
    return d.length > 0 ? d : undefined;
  }, 30000, 'Calque diagnostics');
  const rep = diags.find((d) => d.code && (d.code.value ?? d.code) === 'repetition');
  assert.ok(rep, 'doubled coordination reported');
  assert.equal(doc.getText(rep.range), 'sensitive and sensitive');
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, rep.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.isPreferred && a.edit);
  assert.ok(fix, `a preferred quick fix; got ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.ok(!doc.getText().includes('sensitive and sensitive'));
  // The commands are registered.
  const cmds = await vscode.commands.getCommands(true);
  for (const c of ['calque.checkWorkspace', 'calque.fixAll', 'calque.showOutput', 'calque.restartServer']) assert.ok(cmds.includes(c), c);
};
