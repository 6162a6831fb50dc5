/**
 * `calque check --fix` never loses data: atomic writes (temp file + rename in the same folder,
 * nothing left behind), permissions, encoding (UTF-8 ± BOM, UTF-16 LE/BE with BOM), BOM and
 * line endings (LF, CRLF, CR, mixed) are kept; a file changed on disk after it was read is not
 * written; files in unsupported encodings (Latin-1 bytes, binary, broken UTF-16) are never
 * touched; and a process killed mid-write leaves the original fully old or fully new.
 *
 * End-to-end tests spawn dist/cli.js (build first: node scripts/build.mjs); the file-level
 * tests call server/src/node/files.ts directly. FUZZ_RUNS raises the number of kills.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, linkSync, existsSync, mkdirSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { calque } from '../support/cli';
import { ROOT } from '../support/helpers';
import { fuzzRuns } from '../support/arbitraries';
import { decodeText, encodeText, FileError, readTextFile, writeTextFileAtomic, type Encoding } from '../../server/src/node/files';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'calque-fix-safety-'));
  writeFileSync(join(dir, '.calque.json'), JSON.stringify({ rules: { idiom: 'off' } }));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
/**
 * A new folder under the test folder. The idiom rule is off there (.calque.json one level up,
 * found by walking up): compiling the built-in phrasebooks costs each CLI run seconds on a busy
 * CI machine, and no test here is about idioms.
 */
function freshDir(): string {
  const d = join(dir, `case-${++seq}`);
  mkdirSync(d);
  return d;
}

/** Files in `d` that are not the given names (temp files left behind). */
function strays(d: string, names: string[]): string[] {
  return readdirSync(d).filter((n) => !names.includes(n));
}

const ENCODINGS: { name: string; encoding: Encoding; bom: boolean }[] = [
  { name: 'UTF-8', encoding: 'utf8', bom: false },
  { name: 'UTF-8 with BOM', encoding: 'utf8', bom: true },
  { name: 'UTF-16 LE with BOM', encoding: 'utf16le', bom: true },
  { name: 'UTF-16 BE with BOM', encoding: 'utf16be', bom: true },
];
const EOLS: { name: string; eols: string[] }[] = [
  { name: 'LF', eols: ['\n', '\n', '\n', '\n'] },
  { name: 'CRLF', eols: ['\r\n', '\r\n', '\r\n', '\r\n'] },
  { name: 'CR', eols: ['\r', '\r', '\r', '\r'] },
  { name: 'mixed', eols: ['\r\n', '\n', '\r', '\r\n'] },
];
// Each line has a defect with a safe fix; non-ASCII text checks the encoding round trip.
const BEFORE = ['The the protests in Minsk grew — ça va, Łódź, 😀.', 'It was late.  Very late.', '', 'Cichanouskaya spoke for an hour.'];
const AFTER = ['The protests in Minsk grew — ça va, Łódź, 😀.', 'It was late. Very late.', '', 'Cichanouskaya spoke for an hour.'];
const join2 = (lines: string[], eols: string[]) => lines.map((l, i) => l + eols[i]).join('');

for (const enc of ENCODINGS) {
  for (const eol of EOLS) {
    test(`--fix keeps ${enc.name} and ${eol.name} line endings, writes atomically and keeps permissions`, () => {
      const d = freshDir();
      const file = join(d, 'article.txt');
      const original = encodeText(join2(BEFORE, eol.eols), enc.encoding, enc.bom);
      writeFileSync(file, original);
      chmodSync(file, 0o640);
      const r = calque(['check', '--fix', '--lang', 'en', 'article.txt'], { cwd: d });
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const got = readFileSync(file);
      assert.deepEqual(got, Buffer.from(encodeText(join2(AFTER, eol.eols), enc.encoding, enc.bom)), `fixed bytes (${enc.name}, ${eol.name}): ${JSON.stringify(decodeText(file, got).text)}\n${r.stderr}`);
      assert.equal(statSync(file).mode & 0o777, 0o640, 'permissions kept');
      assert.deepEqual(strays(d, ['article.txt']), [], 'no temp files left behind');
    });
  }
}

test('--fix keeps executable and group bits exactly (0o755, 0o600, 0o640)', () => {
  for (const mode of [0o755, 0o600, 0o640]) {
    const d = freshDir();
    const file = join(d, 'a.md');
    writeFileSync(file, 'The the end.\n');
    chmodSync(file, mode);
    calque(['check', '--fix', '--lang', 'en', 'a.md'], { cwd: d });
    assert.equal(readFileSync(file, 'utf8'), 'The end.\n');
    assert.equal(statSync(file).mode & 0o7777, mode);
    assert.deepEqual(strays(d, ['a.md']), []);
  }
});

test('--fix through a symbolic link rewrites the target and keeps the link', () => {
  const d = freshDir();
  writeFileSync(join(d, 'real.txt'), 'The the end.\n');
  symlinkSync('real.txt', join(d, 'link.txt'));
  const r = calque(['check', '--fix', '--lang', 'en', 'link.txt'], { cwd: d });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assert.ok(lstatSync(join(d, 'link.txt')).isSymbolicLink(), 'still a symbolic link');
  assert.equal(readlinkSync(join(d, 'link.txt')), 'real.txt');
  assert.equal(readFileSync(join(d, 'real.txt'), 'utf8'), 'The end.\n');
  assert.deepEqual(strays(d, ['real.txt', 'link.txt']), []);
});

const UNSUPPORTED: { name: string; bytes: Buffer }[] = [
  { name: 'Latin-1 bytes', bytes: Buffer.from('The the caf\xe9 was closed.\n', 'latin1') },
  { name: 'binary (NUL bytes)', bytes: Buffer.from([0x54, 0x68, 0x65, 0x20, 0x74, 0x68, 0x65, 0x00, 0x01, 0x02, 0x0a]) },
  { name: 'UTF-16 LE with an unpaired surrogate', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The the end ', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]) },
  { name: 'UTF-16 BE with an odd number of bytes', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('The the end.', 'utf16le').swap16(), Buffer.from([0x00])]) },
  { name: 'truncated UTF-8 sequence', bytes: Buffer.concat([Buffer.from('The the end ', 'utf8'), Buffer.from([0xe2, 0x80])]) },
];

for (const u of UNSUPPORTED) {
  test(`--fix never touches a file with ${u.name} (skipped with a warning naming the offset)`, () => {
    const d = freshDir();
    const file = join(d, 'bad.txt');
    writeFileSync(file, u.bytes);
    const mtime = statSync(file).mtimeMs;
    const r = calque(['check', '--fix', '--lang', 'en', 'bad.txt'], { cwd: d });
    assert.deepEqual(readFileSync(file), u.bytes, 'bytes unchanged');
    assert.equal(statSync(file).mtimeMs, mtime, 'not rewritten');
    assert.match(r.stderr, /bad\.txt.*(offset|odd number)/, r.stderr);
    assert.deepEqual(strays(d, ['bad.txt']), []);
  });
}

test('--stdin --fix refuses invalid UTF-8 instead of writing U+FFFD, and keeps a UTF-16 input UTF-16', async () => {
  const { spawnSync } = await import('node:child_process');
  const cli = join(ROOT, 'dist', 'cli.js');
  const bad = spawnSync(process.execPath, [cli, 'check', '--stdin', '--fix', '--lang', 'en'], { input: Buffer.from('The the caf\xe9.\n', 'latin1') });
  assert.equal(bad.status, 2, bad.stderr.toString());
  assert.equal(bad.stdout.length, 0, 'nothing written to stdout');
  assert.match(bad.stderr.toString(), /not valid UTF-8.*offset 11/);
  const input = encodeText('The the end.\r\n', 'utf16le', true);
  const ok = spawnSync(process.execPath, [cli, 'check', '--stdin', '--fix', '--lang', 'en'], { input: Buffer.from(input) });
  assert.deepEqual(ok.stdout, Buffer.from(encodeText('The end.\r\n', 'utf16le', true)), ok.stderr.toString());
});

// ------------------------------------------------------------------ files.ts directly

test('writeTextFileAtomic refuses to write a file that changed on disk after it was read', () => {
  const d = freshDir();
  const file = join(d, 'a.txt');
  writeFileSync(file, 'The the end.\n');
  const read = readTextFile(file);
  writeFileSync(file, 'Someone else saved this.\n'); // same size or not: the content decides
  assert.throws(
    () => writeTextFileAtomic(read, 'The end.\n'),
    (e: unknown) => e instanceof FileError && e.kind === 'changed' && /changed on disk/.test(e.message),
  );
  assert.equal(readFileSync(file, 'utf8'), 'Someone else saved this.\n');
  // Same length, same mtime second: still detected (content hash, not size or time).
  writeFileSync(file, 'The the end.\n');
  const read2 = readTextFile(file);
  writeFileSync(file, 'THE the end.\n');
  assert.throws(() => writeTextFileAtomic(read2, 'The end.\n'), (e: unknown) => e instanceof FileError && e.kind === 'changed');
  assert.equal(readFileSync(file, 'utf8'), 'THE the end.\n');
  // Deleted meanwhile: an error, and the file is not re-created.
  const read3 = readTextFile(file);
  rmSync(file);
  assert.throws(() => writeTextFileAtomic(read3, 'x'), (e: unknown) => e instanceof FileError);
  assert.equal(existsSync(file), false);
  assert.deepEqual(strays(d, []), []);
});

test('readTextFile/writeTextFileAtomic round-trip every supported encoding byte for byte', () => {
  const d = freshDir();
  const text = 'A BOM inside stays text: \ufeff. ﻿Mixed\r\nline\rends\n😀 𠜎 é\u0301 \u200f\u202e\n';
  for (const enc of ENCODINGS) {
    const file = join(d, `${enc.name.replace(/\W+/g, '-')}.txt`);
    const bytes = Buffer.from(encodeText(text, enc.encoding, enc.bom));
    writeFileSync(file, bytes);
    const read = readTextFile(file);
    assert.equal(read.text, text, enc.name);
    assert.equal(read.encoding, enc.encoding);
    assert.equal(read.bom, enc.bom);
    writeTextFileAtomic(read, read.text);
    assert.deepEqual(readFileSync(file), bytes, `${enc.name}: unchanged bytes after a no-op write`);
  }
});

test('a process killed at random moments while writing leaves the file fully old or fully new, never truncated', async (t) => {
  const d = freshDir();
  // A small bundle of files.ts so that each child starts fast.
  const entry = join(d, 'child-entry.ts');
  writeFileSync(
    entry,
    `import { readTextFile, writeTextFileAtomic } from ${JSON.stringify(join(ROOT, 'server/src/node/files.ts'))};
     const [file, a, b] = process.argv.slice(2);
     const A = require('node:fs').readFileSync(a, 'utf8'); const B = require('node:fs').readFileSync(b, 'utf8');
     process.stdout.write('ready\\n');
     for (;;) { const f = readTextFile(file); writeTextFileAtomic(f, f.text === A ? B : A); }`,
  );
  const bundle = join(d, 'child.cjs');
  await build({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  const work = join(d, 'work');
  mkdirSync(work);
  const line = (s: string) => (s + ' The people of Minsk said that the protests went on. ').repeat(40) + '\n';
  const A = Array.from({ length: 3000 }, (_, i) => line(`A${i}`)).join(''); // ~8 MB
  const B = Array.from({ length: 2000 }, (_, i) => line(`B${i}`)).join(''); // different length
  writeFileSync(join(d, 'A.txt'), A);
  writeFileSync(join(d, 'B.txt'), B);
  const file = join(work, 'article.txt');
  writeFileSync(file, A);
  const kills = fuzzRuns(12);
  let sawA = 0;
  let sawB = 0;
  let midWrite = 0;
  for (let k = 0; k < kills; k++) {
    const child = spawn(process.execPath, [bundle, file, join(d, 'A.txt'), join(d, 'B.txt')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`child exited early (${code}): ${err}`)));
    });
    // Kill at a random moment: somewhere in one of the next few writes.
    await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 400)));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const now = readFileSync(file, 'utf8');
    assert.ok(now === A || now === B, `after kill ${k}: file is neither the old nor the new content (length ${now.length})`);
    if (now === A) sawA++;
    else sawB++;
    // A killed writer may leave its temp file (it is never the article); remove it between runs.
    for (const n of readdirSync(work)) if (n !== 'article.txt') {
      midWrite++;
      assert.match(n, /^\.calque-\d+-[0-9a-z]+-[0-9a-z]+\.tmp$/, `only Calque temp files are left: ${n}`);
      rmSync(join(work, n));
    }
  }
  assert.equal(sawA + sawB, kills);
  t.diagnostic(`${kills} kills: ${sawA} left the old text, ${sawB} the new one; ${midWrite} landed while a temp file was being written`);
});

test('--fix refuses a read-only file and a file with hard links (message, exit 2), writes the others, reports everything, keeps owner and group', () => {
  const d = freshDir();
  writeFileSync(join(d, '0.md'), 'The the end.\n');
  writeFileSync(join(d, 'ro.md'), 'The the end.\n');
  chmodSync(join(d, 'ro.md'), 0o444);
  writeFileSync(join(d, 'a.md'), 'The the end.\n');
  linkSync(join(d, 'a.md'), join(d, 'hard.md'));
  const long = 'x'.repeat(240) + '.md';
  writeFileSync(join(d, long), 'The the end.\n');
  writeFileSync(join(d, 'b.md'), 'A a b.\n');
  const r = calque(['check', '--fix', '--lang', 'en', '--format', 'json', '-j', '1', '0.md', 'ro.md', 'a.md', long, 'b.md'], { cwd: d });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ro\.md: is read-only; not written/);
  assert.match(r.stderr, /a\.md: has 2 hard links; not written/);
  // Written: the plain files, the one with a 244-byte name too.
  assert.equal(readFileSync(join(d, '0.md'), 'utf8'), 'The end.\n');
  assert.equal(readFileSync(join(d, long), 'utf8'), 'The end.\n');
  assert.equal(readFileSync(join(d, 'b.md'), 'utf8'), 'A b.\n');
  // Not written, and their findings reported as they stand.
  assert.equal(readFileSync(join(d, 'ro.md'), 'utf8'), 'The the end.\n');
  assert.equal(readFileSync(join(d, 'hard.md'), 'utf8'), 'The the end.\n');
  assert.equal(statSync(join(d, 'a.md')).nlink, 2);
  const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: unknown[] }[] };
  assert.deepEqual(report.files.map((f) => [f.path, f.diagnostics.length]).sort(), [['0.md', 0], ['a.md', 1], ['b.md', 0], [long, 0], ['ro.md', 1]].sort());
  assert.deepEqual(strays(d, ['0.md', 'ro.md', 'a.md', 'hard.md', long, 'b.md']), []);
  // Owner and group are kept (root can give the file away; others keep their own).
  if (process.getuid?.() === 0) {
    const f = join(d, 'owned.md');
    writeFileSync(f, 'The the end.\n');
    chownSync(f, 65534, 65534);
    chmodSync(f, 0o640);
    calque(['check', '--fix', '--lang', 'en', 'owned.md'], { cwd: d });
    assert.equal(readFileSync(f, 'utf8'), 'The end.\n');
    assert.deepEqual([statSync(f).uid, statSync(f).gid, statSync(f).mode & 0o7777], [65534, 65534, 0o640]);
  }
});
