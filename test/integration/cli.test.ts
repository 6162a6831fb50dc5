import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, statSync, chmodSync, copyFileSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { Log } from 'sarif';
import { calque } from '../support/cli';
import { ROOT, SAMPLE_PATH, sample } from '../support/helpers';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'calque-cli-'));
}

interface JsonReport {
  version: number;
  files: {
    path: string;
    language: string;
    diagnostics: {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      severity: number;
      code: string;
      category: string;
      source: string;
      message: string;
      fixes: { title: string; edits: { range: unknown; newText: string }[] }[];
    }[];
  }[];
}

describe('calque check: the sample', () => {
  test('text output lists the defects eslint-style and exits 1', () => {
    const r = calque(['check', SAMPLE_PATH]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.split('\n');
    const row = (needle: string) => lines.find((l) => l.includes(needle));
    assert.match(row('[ad_1]') ?? '', /^\s+5:1\s+warning\s+.*artifact$/);
    assert.match(row('persons.') ?? '', /^\s+19:116\s+warning\s+.*fragment$/);
    assert.match(row('sensitive and sensitive”') ?? '', /repetition$/);
    assert.match(row('“9. the”') ?? '', /^\s+9:80\s+.*capitalization$/);
    assert.match(r.stdout, /✖ \d+ problems/);
  });
  test('--format json is the documented contract, with LSP positions', () => {
    const r = calque(['check', '--format', 'json', SAMPLE_PATH]);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.version, 1);
    const [file] = report.files;
    assert.equal(file!.language, 'en');
    const persons = file!.diagnostics.find((d) => d.code === 'fragment')!;
    assert.deepEqual(persons.range, { start: { line: 18, character: 115 }, end: { line: 18, character: 123 } });
    assert.equal(persons.source, 'calque');
    assert.equal(persons.severity, 2);
    assert.equal(persons.category, 'fragment');
    assert.equal(persons.fixes[0]!.edits[0]!.newText, '');
    // Every diagnostic's range is inside the file.
    const lines = sample().split(/\r?\n/);
    for (const d of file!.diagnostics) {
      assert.ok(d.range.start.line < lines.length && d.range.start.character <= lines[d.range.start.line]!.length, JSON.stringify(d));
    }
  });
  test('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const r = calque(['check', '--format', 'sarif', SAMPLE_PATH]);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as Log;
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const results = log.runs[0]!.results!;
    assert.ok(results.some((x) => x.ruleId === 'fragment' && x.locations![0]!.physicalLocation!.region!.startLine === 19 && x.locations![0]!.physicalLocation!.region!.startColumn === 116));
    assert.ok(log.runs[0]!.tool.driver.rules!.some((rule) => rule.id === 'idiom'));
  });
  test('--format sarif writes each artifact location as a percent-encoded URI reference', () => {
    const dir = tmp();
    const name = 'weird name #1 %20 ü.md';
    writeFileSync(join(dir, name), 'The the end.\n');
    const r = calque(['check', '--format', 'sarif', '--lang', 'en', name], { cwd: dir });
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as Log;
    const uri = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    assert.equal(uri, 'weird%20name%20%231%20%2520%20%C3%BC.md');
    assert.equal(decodeURIComponent(uri), name);
  });
  test('--format github prints workflow commands', () => {
    const r = calque(['check', '--format', 'github', SAMPLE_PATH]);
    const line = r.stdout.split('\n').find((l) => l.includes('title=calque(fragment)'));
    assert.match(line ?? '', /^::warning file=.*delfi-belarus-mt-en\.txt,line=19,col=116,endColumn=124,title=calque\(fragment\)::“persons\.” stands alone/);
  });
});

describe('exit codes', () => {
  test('0 when nothing reaches --fail-on, 1 when something does', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'A clean sentence.  With a double space.\n');
    assert.equal(calque(['check', 'a.txt'], { cwd: dir }).code, 0); // typography is info; default fail-on is warning
    assert.equal(calque(['check', '--fail-on', 'info', 'a.txt'], { cwd: dir }).code, 1);
    writeFileSync(join(dir, 'b.txt'), 'The the cat sat.\n');
    assert.equal(calque(['check', 'b.txt'], { cwd: dir }).code, 1);
    assert.equal(calque(['check', '--fail-on', 'error', 'b.txt'], { cwd: dir }).code, 0);
  });
  test('2 for usage errors, missing files and bad configuration, naming the file and position', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Text.\n');
    let r = calque(['check', '--format', 'xml', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be one of text, json, sarif, github/);
    r = calque(['check', '--bogus'], { cwd: dir });
    assert.equal(r.code, 2);
    r = calque(['check', 'missing.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.txt: no such file/);
    writeFileSync(join(dir, '.calque.json'), '{\n  "language": "en",\n  "rulez": {}\n}\n');
    r = calque(['check', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.calque\.json:3:3: unknown key "rulez"/);
    r = calque(['check', '--lang', 'english', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    // The shape of a tag without a language (issue 18: it made every sentence "untranslated").
    r = calque(['check', '--lang', 'xx-nonsense', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--lang: "xx-nonsense": "xx" is no known language code/);
  });
  test('binary and non-UTF-8 files are skipped with a warning, not a crash', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    writeFileSync(join(dir, 'ok.txt'), 'Fine text here.\n');
    const r = calque(['check'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.match(r.stderr, /bin\.txt: looks binary \(NUL byte at offset 1\)/);
    assert.match(r.stderr, /latin1\.txt: is not valid UTF-8 \(invalid byte at offset 3\)/);
    assert.match(r.stdout, /no problems in 1 file/);
  });
});

describe('file discovery and config', () => {
  test('default: .md/.markdown/.txt below the folder, skipping node_modules, .git, .gitignore and config ignores', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
    mkdirSync(join(dir, 'drafts'));
    mkdirSync(join(dir, 'build'));
    mkdirSync(join(dir, '.git'));
    for (const f of ['a.md', 'b.markdown', 'c.txt', 'node_modules/x/d.md', 'drafts/e.md', 'build/f.md', 'g.html']) writeFileSync(join(dir, f), 'The the slip.\n');
    writeFileSync(join(dir, '.gitignore'), 'build/\n');
    writeFileSync(join(dir, '.calque.json'), '{ "ignore": ["drafts/**"] }');
    const r = calque(['check', '--format', 'json'], { cwd: dir });
    const paths = (JSON.parse(r.stdout) as JsonReport).files.map((f) => f.path).sort();
    assert.deepEqual(paths, ['a.md', 'b.markdown', 'c.txt']);
  });
  test('--lang and the project file set the language; rules can be switched off', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'The the cat sat.\n');
    writeFileSync(join(dir, '.calque.json'), '{ "language": "de", "rules": { "repetition": "off" } }');
    const r = calque(['check', '--format', 'json', 'a.txt'], { cwd: dir });
    const f = (JSON.parse(r.stdout) as JsonReport).files[0]!;
    assert.equal(f.language, 'de');
    assert.equal(f.diagnostics.length, 0);
    const r2 = calque(['check', '--format', 'json', '--lang', 'fr', 'a.txt'], { cwd: dir });
    assert.equal((JSON.parse(r2.stdout) as JsonReport).files[0]!.language, 'fr');
  });
  test('--stdin with --stdin-filename picks the format by extension', () => {
    const r = calque(['check', '--stdin', '--stdin-filename', 'x.md', '--lang', 'en', '--format', 'json'], { input: 'Use `the the` here.\n\nThe the end.\n' });
    const d = (JSON.parse(r.stdout) as JsonReport).files[0]!.diagnostics;
    assert.deepEqual(d.map((x) => [x.code, x.range.start.line]), [['repetition', 2]]);
  });
  test('calque rules lists every rule with its category', () => {
    const r = calque(['rules']);
    assert.equal(r.code, 0);
    for (const id of ['artifact', 'repetition', 'fragment', 'capitalization', 'typography', 'idiom', 'quotes', 'names', 'untranslated']) assert.match(r.stdout, new RegExp(`^${id}\\s`, 'm'));
  });
});

describe('--fix', () => {
  const broken = 'Mass protests resumed. In Minsk, people joined the protests. persons.\r\n\r\n[ad_1]\r\n\r\nThe the crowd grew  quickly .\r\n';
  let dir = '';
  before(() => {
    dir = tmp();
  });
  test('round trip on a CRLF + BOM file: fixes applied, BOM, line endings and mode kept; a second --fix changes nothing', () => {
    const file = join(dir, 'crlf.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(broken, 'utf8')]));
    chmodSync(file, 0o640);
    const r = calque(['check', '--fix', '--lang', 'en', '--fail-on', 'info', 'crlf.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.equal(text, 'Mass protests resumed. In Minsk, people joined the protests.\r\n\r\nThe crowd grew quickly.\r\n');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    const again = calque(['check', '--fix', '--lang', 'en', 'crlf.txt'], { cwd: dir });
    assert.equal(again.code, 0);
    assert.deepEqual(readFileSync(file), bytes);
  });
  test('one --fix run reaches the fixed point on French typography (spaces, guillemets, doubled marks): a second run applies nothing (issue 18 #15)', () => {
    const file = join(dir, 'fr.md');
    writeFileSync(file, 'Le ministre a dit : "nous allons gagner" . Pourquoi? Parce que "la France" ,  c\'est "nous"!\n\nIl a ajouté  :  « c\'est  fini  »  ;  puis il est parti .. Vraiment ?!\n\n"Je  suis "content" ", a-t-il dit; "très content".\n');
    const first = calque(['check', '--fix', '--lang', 'fr', 'fr.md'], { cwd: dir });
    assert.match(first.stderr + first.stdout, /applied \d+ fixes/);
    const fixed = readFileSync(file);
    const again = calque(['check', '--fix', '--lang', 'fr', 'fr.md'], { cwd: dir });
    assert.doesNotMatch(again.stderr + again.stdout, /applied \d+ fix/);
    assert.deepEqual(readFileSync(file), fixed);
  });
  test('UTF-16 LE files keep their encoding', () => {
    const file = join(dir, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The the end.\n', 'utf16le')]));
    calque(['check', '--fix', '--lang', 'en', 'utf16.txt'], { cwd: dir });
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(bytes.subarray(2).toString('utf16le'), 'The end.\n');
  });
  test('non-regular files are refused, never read: a FIFO or /dev/zero to check, /dev/zero or a FIFO as a phrasebook', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.md'), 'The the end.\n');
    execFileSync('mkfifo', [join(dir, 'fifo.md')]);
    const r = calque(['check', '--lang', 'en', 'fifo.md', '/dev/zero', 'a.md'], { cwd: dir });
    assert.equal(r.code, 1); // a.md's finding; the others skipped with a warning
    assert.match(r.stderr, /fifo\.md: is not a regular file/);
    assert.match(r.stderr, /dev\/zero: is not a regular file/);
    writeFileSync(join(dir, '.calque.json'), JSON.stringify({ phrasebooks: ['/dev/zero', 'pipe.calque'] }));
    execFileSync('mkfifo', [join(dir, 'pipe.calque')]);
    const p = calque(['check', '--lang', 'en', 'a.md'], { cwd: dir });
    assert.equal(p.code, 2);
    assert.match(p.stderr, /\/dev\/zero:1:1: cannot read the phrasebook: not a regular file/);
    assert.match(p.stderr, /pipe\.calque:1:1: cannot read the phrasebook: not a regular file/);
  });
  test('default discovery finds extensions in any case (README.MD); a run where no file could be checked exits 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'README.MD'), 'The the end.\n');
    const r = calque(['check', '--lang', 'en', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['README.MD']);
    writeFileSync(join(dir, '.calque.json'), JSON.stringify({ maxFileSize: 100 }));
    writeFileSync(join(dir, 'big.md'), 'word '.repeat(100));
    const big = calque(['check', 'big.md'], { cwd: dir });
    assert.equal(big.code, 2);
    assert.match(big.stderr, /big\.md: is 500 bytes, over the limit of 100 \(maxFileSize\); skipped/);
  });
  test('a folder is checked inside its own tree: folder links not followed, file links out of it skipped, one file once, the same for any -j', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside', 'x.md'), 'The the end.\n');
    writeFileSync(join(dir, 'docs', 'a.md'), 'A a b.\n');
    symlinkSync('..', join(dir, 'docs', 'loop'));
    symlinkSync('../outside/x.md', join(dir, 'docs', 'link.md'));
    symlinkSync('a.md', join(dir, 'docs', 'same.md'));
    for (const j of ['1', '4']) {
      const r = calque(['check', '--format', 'json', '--lang', 'en', '-j', j, 'docs/'], { cwd: dir });
      assert.deepEqual((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['docs/a.md'], `-j ${j}`);
    }
    const fix = calque(['check', '--fix', '--lang', 'en', '-j', '4', 'docs/'], { cwd: dir });
    assert.equal(fix.code, 0, fix.stderr);
    assert.equal(readFileSync(join(dir, 'outside', 'x.md'), 'utf8'), 'The the end.\n');
    assert.equal(readFileSync(join(dir, 'docs', 'a.md'), 'utf8'), 'A b.\n');
  });
  test('--stdin input over maxFileSize is refused with a message naming it, exit 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.calque.json'), JSON.stringify({ maxFileSize: 1000 }));
    const r = calque(['check', '--stdin', '--lang', 'en'], { input: 'The the end. '.repeat(200), cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /<stdin>: is over the limit of 1000 bytes \(maxFileSize\)/);
    const ok = calque(['check', '--stdin', '--lang', 'en', '--format', 'json'], { input: 'The the end.', cwd: dir });
    assert.equal(ok.code, 1);
  });
  test('--stdin --fix writes the fixed text to stdout', () => {
    const r = calque(['check', '--stdin', '--fix', '--lang', 'en'], { input: 'The the end.\n' });
    assert.equal(r.stdout, 'The end.\n');
  });
  test('suggestion-only findings (idioms, names) are not applied blindly', () => {
    const file = join(dir, 'sample.txt');
    copyFileSync(SAMPLE_PATH, file);
    calque(['check', '--fix', 'sample.txt'], { cwd: dir });
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.includes('not giving up on even blackening his nail'));
    assert.ok(!fixed.includes('[ad_1]') && !fixed.includes(' persons.') && fixed.includes('9. The people'));
    assert.ok(existsSync(file));
  });
});

describe('workspace name scope', () => {
  test('a name spelled one way in most articles and another way in one is flagged in that one', () => {
    const dir = tmp();
    const para = (name: string) => `Opposition leader Sviatlana ${name} met diplomats in Vilnius on Monday.\n\nLater, ${name} gave a speech.\n`;
    writeFileSync(join(dir, 'a.txt'), para('Tsikhanouskaya'));
    writeFileSync(join(dir, 'b.txt'), para('Tsikhanouskaya'));
    writeFileSync(join(dir, 'c.txt'), para('Tsikhanouskaya'));
    writeFileSync(join(dir, 'd.txt'), para('Tikhanovskaya'));
    const doc = JSON.parse(calque(['check', '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout) as JsonReport;
    assert.deepEqual(doc.files.flatMap((f) => f.diagnostics.filter((d) => d.code === 'names').map(() => f.path)), []);
    writeFileSync(join(dir, '.calque.json'), '{ "nameScope": "workspace" }');
    const ws = JSON.parse(calque(['check', '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout) as JsonReport;
    const flagged = ws.files.flatMap((f) => f.diagnostics.filter((d) => d.code === 'names').map((d) => `${f.path}:${d.range.start.line}`));
    assert.deepEqual(flagged, ['d.txt:0', 'd.txt:2']);
  });
});

describe('source language', () => {
  test('JSON reports the configured source language, and an inferred one from untranslated leftovers', () => {
    const r = calque(['check', '--format', 'json', '--lang', 'en', '--source-lang', 'lt', SAMPLE_PATH]);
    const f = (JSON.parse(r.stdout) as { files: { sourceLanguage?: string; sourceLanguageSource?: string }[] }).files[0]!;
    assert.deepEqual([f.sourceLanguage, f.sourceLanguageSource], ['lt', 'config']);
    const article =
      'The government said on Monday that the talks would continue next week in Vilnius.\n\n' +
      'Vyriausybė pirmadienį pranešė, kad derybos bus tęsiamos kitą savaitę Vilniuje, o opozicija reikalauja naujų rinkimų.\n\n' +
      'Officials did not say who would attend the meeting or what would be discussed there.\n\n' +
      'Protestuotojai susirinko prie Seimo rūmų ir reikalavo, kad valdžia atsakytų už savo sprendimus.\n';
    const r2 = calque(['check', '--format', 'json', '--lang', 'en', '--stdin', '--stdin-filename', 'a.txt'], { input: article });
    const f2 = (JSON.parse(r2.stdout) as { files: { sourceLanguage?: string; sourceLanguageSource?: string; diagnostics: { code: string }[] }[] }).files[0]!;
    assert.equal(f2.diagnostics.filter((d) => d.code === 'untranslated').length, 2);
    assert.deepEqual([f2.sourceLanguage, f2.sourceLanguageSource], ['lt', 'inferred']);
  });
});

describe('user phrasebooks', () => {
  test('a *.calque file in the project folder and a config path both add entries; "!" disables a built-in; a broken line is reported, the rest loads', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'books'));
    writeFileSync(join(dir, 'team.calque'), '[* -> en]\nsquare the circle of doom => make the impossible possible\n  :: it "quadrare il cerchio" = to attempt the impossible\n  + They tried to square the circle of doom.\n  - They squared the numbers.\n');
    writeFileSync(join(dir, 'a.txt'), 'They tried to square the circle of doom.\n\nHe is not giving up on even blackening his nail.\n');
    const idioms = () => (JSON.parse(calque(['check', '--format', 'json', '--lang', 'en', 'a.txt'], { cwd: dir }).stdout) as JsonReport).files[0]!.diagnostics.filter((x) => x.code === 'idiom');
    let d = idioms();
    assert.equal(d.length, 2);
    assert.match(d[0]!.message, /Italian "quadrare il cerchio"/);
    assert.match(d[1]!.message, /Lithuanian "nė per nago juodymą"/);
    // A phrasebook named in .calque.json disables the built-in entry; its broken line is skipped.
    writeFileSync(join(dir, 'books', 'extra.calque'), '[lt -> en]\n! not giving up on (even) blackening {poss} nail / not yielding (even) by the black* of {poss} nail\n! even blacken* {poss} nail / blacken*/black of {poss} nail / [by | on] the black* of {art}/{poss} nail\nthis line is broken =>\n');
    writeFileSync(join(dir, '.calque.json'), '{ "phrasebooks": ["books/extra.calque"] }');
    d = idioms();
    assert.deepEqual(d.map((x) => x.message.slice(0, 30)), ['"square the circle of doom" lo']);
    const r = calque(['phrasebook', 'lint', 'books/extra.calque'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /books\/extra\.calque:4:\d+\s+error/);
  });
});

describe('--jobs: worker threads', () => {
  function folder(): string {
    const dir = tmp();
    const paras = sample().split('\n\n');
    // Articles of different sizes and languages, a skipped binary file, a file --fix repairs.
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `a${i}.txt`), paras.slice(i, i + 4 + i * 2).join('\n\n') + '\n');
    writeFileSync(join(dir, 'de.md'), '# Titel\n\nDer Bericht wurde in 2020 veröffentlicht. Das ist ist ein Test.\n');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'fixme.txt'), 'The the crowd grew  quickly .\n');
    return dir;
  }
  test('the report, exit code and warnings are the same as in-process, in the same order', () => {
    const dir = folder();
    const one = calque(['check', '--jobs', '1', '--format', 'json'], { cwd: dir });
    const three = calque(['check', '--jobs', '3', '--format', 'json'], { cwd: dir });
    assert.equal(one.code, 1, one.stderr);
    assert.equal(three.code, one.code);
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.stderr, one.stderr);
    assert.match(three.stderr, /bin\.txt: looks binary/);
    const report = JSON.parse(three.stdout) as JsonReport;
    assert.deepEqual(report.files.map((f) => f.path), ['a0.txt', 'a1.txt', 'a2.txt', 'a3.txt', 'a4.txt', 'a5.txt', 'de.md', 'fixme.txt']);
    assert.ok(report.files.find((f) => f.path === 'de.md')!.diagnostics.length >= 1);
  });
  test('--fix in workers writes each file once, like in-process', () => {
    const a = folder();
    const b = folder();
    calque(['check', '--jobs', '1', '--fix'], { cwd: a });
    const r = calque(['check', '--jobs', '4', '--fix'], { cwd: b });
    assert.match(r.stderr, /applied \d+ fix/);
    for (const f of ['a0.txt', 'a3.txt', 'de.md', 'fixme.txt']) assert.equal(readFileSync(join(b, f), 'utf8'), readFileSync(join(a, f), 'utf8'), f);
    assert.equal(readFileSync(join(b, 'fixme.txt'), 'utf8'), 'The crowd grew quickly.\n');
  });
  test('a configuration error in a worker stops the run with exit code 2 naming the file', () => {
    const dir = folder();
    writeFileSync(join(dir, '.calque.json'), '{ "language": 42 }');
    const r = calque(['check', '--jobs', '2'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.calque\.json:1:\d+/);
  });
  test('--jobs must be a whole number from 1 to 64, or auto', () => {
    for (const bad of ['0', '1.5', 'many']) {
      const r = calque(['check', '--jobs', bad, SAMPLE_PATH]);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--jobs must be/);
    }
    assert.equal(calque(['check', '--jobs', 'auto', SAMPLE_PATH]).code, 1);
  });
});
