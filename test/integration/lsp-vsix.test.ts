/**
 * The VSIX (what `npm run package` builds, from the current dist/): only the runtime files
 * (.vscodeignore), under 5 MB, and a manifest VS Code 1.100 accepts with the contributions the
 * extension registers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/lsp-harness';

/** File names in a zip archive, from its central directory (no unzip tool needed). */
function zipEntries(buf: Buffer): string[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

test('the VSIX holds only dist/ bundles, syntaxes, manifest and docs, and is under 6 MB', { timeout: 180_000 }, () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'server.js')) && existsSync(join(ROOT, 'dist', 'extension.js')), 'dist/ is built');
  const dir = mkdtempSync(join(tmpdir(), 'calque-vsix-'));
  try {
    const out = join(dir, 'calque.vsix');
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--skip-license', '-o', out], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const size = statSync(out).size;
    // Bundles and precompiled phrasebooks, and 2.5 MB of word-list filters for 24 languages
    // (incompressible bits); the phrasebook texts stay out (the precompiled data always fits them).
    assert.ok(size < 6 * 1024 * 1024, `VSIX is ${size} bytes`);
    const files = zipEntries(readFileSync(out)).sort();
    const allowed = [/^\[Content_Types\]\.xml$/, /^extension\.vsixmanifest$/, /^extension\/package\.json$/, /^extension\/dist\/(server|extension)\.js$/, /^extension\/dist\/package\.json$/, /^extension\/dist\/phrasebooks\/[a-z]{2,3}\.(json|trie)$/, /^extension\/dist\/lexicons\/[a-z]{2,3}(-core|-top)?\.bin$/, /^extension\/dist\/lexicons\/LICENSES\.txt$/, /^extension\/syntaxes\/[^/]+\.json$/, /^extension\/calque\.schema\.json$/, /^extension\/(readme|README)\.md$/, /^extension\/(LICENSE|LICENSE\.md|LICENSE\.txt|license\.txt|license\.md)$/, /^extension\/images\/icon\.png$/, /^extension\/changelog\.md$/i];
    for (const f of files) assert.ok(allowed.some((re) => re.test(f)), `unexpected file in the VSIX: ${f}`);
    for (const must of ['extension/package.json', 'extension/dist/server.js', 'extension/dist/extension.js', 'extension/dist/package.json', 'extension/dist/phrasebooks/en.json', 'extension/dist/phrasebooks/en.trie', 'extension/dist/lexicons/en.bin', 'extension/dist/lexicons/LICENSES.txt']) assert.ok(files.includes(must), `${must} is in the VSIX`);
    assert.ok(!files.some((f) => f.endsWith('.map') || f.includes('node_modules') || f.endsWith('.ts') || f.endsWith('.calque')));
    // Everything package.json points at is inside.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const referenced = [pkg.main, ...(pkg.contributes.jsonValidation ?? []).map((j: { url: string }) => j.url), ...(pkg.contributes.grammars ?? []).map((g: { path: string }) => g.path), ...(pkg.contributes.languages ?? []).map((l: { configuration?: string }) => l.configuration).filter(Boolean)];
    for (const ref of referenced) {
      const rel = 'extension/' + String(ref).replace(/^\.\//, '');
      if (existsSync(join(ROOT, String(ref)))) assert.ok(files.includes(rel), `${ref} is packaged`);
    }
    // The extension host never loads the engine: the client bundle has no engine code.
    const ext = readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8');
    assert.ok(!ext.includes('franc') && !ext.includes('mdast') && !ext.includes('calque-disable-next-line'), 'dist/extension.js does not bundle the engine');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('package.json declares the extension for VS Code 1.100: activation, commands, settings, languages', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.main, './dist/extension.js');
  assert.match(pkg.engines.vscode, /^\^1\.(100|9\d)\./);
  for (const ev of ['onLanguage:plaintext', 'onLanguage:markdown', 'onLanguage:calque-phrasebook']) assert.ok(pkg.activationEvents.includes(ev), ev);
  const cmds = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(cmds, ['calque.checkWorkspace', 'calque.fixAll', 'calque.restartServer', 'calque.showOutput', 'calque.showSource']);
  const props = pkg.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>;
  for (const k of ['calque.enable', 'calque.language', 'calque.sourceLanguage', 'calque.rules', 'calque.phrasebooks', 'calque.names', 'calque.documentSelector', 'calque.maxFileSize', 'calque.debounceMs', 'calque.trace.server']) {
    assert.ok(props[k], `setting ${k}`);
    assert.ok((props[k]!.description ?? props[k]!.markdownDescription ?? '').length > 20, `${k} is described`);
  }
  assert.equal(pkg.contributes.languages[0].id, 'calque-phrasebook');
  assert.deepEqual(pkg.contributes.languages[0].extensions, ['.calque']);
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  // The commands the client registers are the ones declared.
  const src = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  for (const c of cmds) assert.ok(src.includes(`registerCommand('${c}'`), `${c} is registered by the client`);
});
