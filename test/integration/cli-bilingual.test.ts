/**
 * `calque check` with sources, as a CI job runs it: the fixed `--source` contract, pairs found
 * by name and by the `pairs` setting, XLIFF 1.2 / 2.0 and PO files, the JSON and SARIF shapes
 * of findings that point into the other file, glossaries, exit codes, and --fix on a bilingual
 * file (escaped the file's way).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calque } from '../support/cli';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'calque-cli-bi-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const LT = ['Seimas pritarė biudžetui: miestui skirta 25 tūkst. eurų bibliotekai.', 'Biblioteka bus atidaryta kovą. Joje bus daugiau nei keturiasdešimt tūkstančių knygų ir senų žemėlapių kolekcija.', 'Gyventojai paprašė ilgesnių darbo valandų savaitgaliais.'].join('\n\n');
const EN = ['The Seimas approved the budget: the city gets 2,500 euros for the library.', 'The library will open in March.', 'Residents asked for longer opening hours at weekends.'].join('\n\n');

interface JsonReport {
  files: { path: string; role?: string; source?: string; target?: string; diagnostics: { code: string; message: string; range: { start: { line: number } }; relatedInformation?: { location: { path: string } }[] }[] }[];
}

describe('paired articles', () => {
  test('--source: target and source each listed under their own path, findings that point into the other file', () => {
    const sub = join(dir, 'flag');
    mkdirSync(sub);
    writeFileSync(join(sub, 'article.lt.md'), LT);
    writeFileSync(join(sub, 'article.en.md'), EN);
    const r = calque(['check', '--source', 'article.lt.md', 'article.en.md', '--format', 'json'], { cwd: sub });
    assert.equal(r.code, 1, r.stderr);
    const rep = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(rep.files.map((f) => [f.path, f.role]).sort(), [['article.en.md', 'target'], ['article.lt.md', 'source']]);
    const en = rep.files.find((f) => f.path === 'article.en.md')!;
    const lt = rep.files.find((f) => f.path === 'article.lt.md')!;
    assert.equal(en.source, 'article.lt.md');
    const num = en.diagnostics.find((d) => d.code === 'numbers');
    assert.ok(num, JSON.stringify(en.diagnostics.map((d) => d.message)));
    assert.equal(num.relatedInformation?.[0]?.location.path, 'article.lt.md');
    const miss = lt.diagnostics.find((d) => d.code === 'omission');
    assert.ok(miss, JSON.stringify(lt.diagnostics.map((d) => d.message)));
    assert.equal(miss.range.start.line, 2);
    assert.equal(miss.relatedInformation?.[0]?.location.path, 'article.en.md');
    // The text format shows where a finding points in the other file.
    const text = calque(['check', '--source', 'article.lt.md', 'article.en.md'], { cwd: sub });
    assert.match(text.stdout, /↳ article\.lt\.md:1:\d+ the number in the source/);
    // SARIF carries the same as relatedLocations.
    const sarif = JSON.parse(calque(['check', '--source', 'article.lt.md', 'article.en.md', '--format', 'sarif'], { cwd: sub }).stdout) as { runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const sn = sarif.runs[0]!.results.find((x) => x.ruleId === 'numbers');
    assert.equal(sn?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri, 'article.lt.md');
  });

  test('pairs by name (story.md → story.en.md; story.lt.md → story.en.md with sourceLanguage) and by the pairs setting; a source is not checked as an article', () => {
    const sub = join(dir, 'names');
    mkdirSync(join(sub, 'a'), { recursive: true });
    writeFileSync(join(sub, 'a', 'story.md'), LT);
    writeFileSync(join(sub, 'a', 'story.en.md'), EN);
    mkdirSync(join(sub, 'b'));
    writeFileSync(join(sub, 'b', 'story.lt.md'), LT);
    writeFileSync(join(sub, 'b', 'story.en.md'), EN);
    writeFileSync(join(sub, 'b', '.calque.json'), '{ "sourceLanguage": "lt" }');
    mkdirSync(join(sub, 'c', 'src', 'lt', 'news'), { recursive: true });
    mkdirSync(join(sub, 'c', 'src', 'en', 'news'), { recursive: true });
    writeFileSync(join(sub, 'c', 'src', 'lt', 'news', 'x.md'), LT);
    writeFileSync(join(sub, 'c', 'src', 'en', 'news', 'x.md'), EN);
    writeFileSync(join(sub, 'c', '.calque.json'), '{ "pairs": [{ "source": "src/lt/**/*.md", "target": "src/en/**/*.md" }] }');
    const r = calque(['check', '.', '--format', 'json'], { cwd: sub });
    const rep = JSON.parse(r.stdout) as JsonReport;
    const roles = Object.fromEntries(rep.files.map((f) => [f.path.split('\\').join('/'), f.role]));
    assert.deepEqual(roles, { 'a/story.en.md': 'target', 'a/story.md': 'source', 'b/story.en.md': 'target', 'b/story.lt.md': 'source', 'c/src/en/news/x.md': 'target', 'c/src/lt/news/x.md': 'source' });
    for (const f of rep.files.filter((x) => x.role === 'target')) assert.ok(f.diagnostics.some((d) => d.code === 'numbers'), f.path);
    // A source's own text is not checked as an article: only findings of the pair are on it.
    for (const f of rep.files.filter((x) => x.role === 'source')) assert.deepEqual([...new Set(f.diagnostics.map((d) => d.code))], ['omission'], f.path);
  });

  test('a pairs setting whose patterns do not match wildcards is a configuration error with its position', () => {
    const sub = join(dir, 'badpairs');
    mkdirSync(sub);
    writeFileSync(join(sub, '.calque.json'), '{\n  "pairs": [{ "source": "lt/*.md", "target": "en/**/*.md" }]\n}\n');
    writeFileSync(join(sub, 'a.md'), EN);
    const r = calque(['check', 'a.md'], { cwd: sub });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.calque\.json:2:\d+: pair: "lt\/\*\.md" and "en\/\*\*\/\*\.md" must have the same wildcards/);
  });

  test('a glossary file (CSV): a forbidden rendering is reported; a glossary with a bad header is an error naming file, line and column', () => {
    const sub = join(dir, 'glossary');
    mkdirSync(sub);
    writeFileSync(join(sub, 'terms.csv'), 'source,target,forbidden\nSeimas,Seimas,Parliament\n');
    writeFileSync(join(sub, '.calque.json'), '{ "glossary": "terms.csv", "sourceLanguage": "lt" }');
    writeFileSync(join(sub, 'a.lt.md'), 'Seimas pritarė biudžetui.');
    writeFileSync(join(sub, 'a.en.md'), 'The Parliament approved the budget.');
    const r = calque(['check', '.', '--format', 'json'], { cwd: sub });
    const rep = JSON.parse(r.stdout) as JsonReport;
    const t = rep.files.find((f) => f.path === 'a.en.md')!;
    assert.deepEqual(t.diagnostics.filter((d) => d.code === 'terminology').length, 1, JSON.stringify(t.diagnostics));
    writeFileSync(join(sub, 'terms.csv'), 'source,colour\nSeimas,Seimas\n');
    const bad = calque(['check', '.'], { cwd: sub });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /terms\.csv:1:\d+: /);
  });
});

test('calque check --help lists --source (exit 0)', () => {
  const r = calque(['check', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--source FILE/);
});

describe('XLIFF and PO', () => {
  const xliff12 = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    ' <file source-language="en" target-language="fr" datatype="plaintext" original="ui">',
    '  <body>',
    '   <trans-unit id="1"><source>Delete %d files?</source><target>Supprimer %d fichiers ?</target></trans-unit>',
    '   <trans-unit id="2"><source>Open the <g id="1">settings</g> page at https://example.org/help.</source><target>Ouvrez la page <g id="1">paramètres</g> sur https://example.org/aide.</target></trans-unit>',
    '   <trans-unit id="3"><source>The report covers 1,250 schools &amp; 40 towns.</source><target>Le rapport couvre 1 520 écoles &amp; 40 villes</target></trans-unit>',
    '  </body>',
    ' </file>',
    '</xliff>',
    '',
  ].join('\n');
  test('XLIFF 1.2: findings at their place in the file (a changed number, a changed URL), nothing on the intact units', () => {
    const sub = join(dir, 'xlf');
    mkdirSync(sub);
    writeFileSync(join(sub, 'ui.fr.xlf'), xliff12);
    const r = calque(['check', 'ui.fr.xlf', '--format', 'json'], { cwd: sub });
    assert.equal(r.code, 1, r.stderr);
    const f = (JSON.parse(r.stdout) as JsonReport).files[0]!;
    const lines = xliff12.split('\n');
    const at = (d: JsonReport['files'][0]['diagnostics'][0]) => d.range.start.line;
    const num = f.diagnostics.find((d) => d.code === 'numbers');
    assert.ok(num);
    assert.equal(at(num), 6);
    const url = f.diagnostics.find((d) => d.code === 'markup');
    assert.ok(url, JSON.stringify(f.diagnostics.map((d) => d.message)));
    assert.equal(at(url), 5);
    assert.ok(!f.diagnostics.some((d) => at(d) === 4 && d.code !== 'typography'), JSON.stringify(f.diagnostics));
    void lines;
  });
  test('--fix on an XLIFF file adds the missing final stop inside the <target>, escaped, and keeps the rest byte for byte', () => {
    const sub = join(dir, 'xlffix');
    mkdirSync(sub);
    const file = join(sub, 'ui.fr.xlf');
    writeFileSync(file, xliff12);
    calque(['check', '--fix', 'ui.fr.xlf'], { cwd: sub });
    const after = readFileSync(file, 'utf8');
    assert.equal(after, xliff12.replace('&amp; 40 villes</target>', '&amp; 40 villes.</target>'));
  });
  test('PO: a dropped placeholder is an error at the msgstr; an untranslated entry is not checked; a broken file is exit 2 with line and column, and the other files are still reported', () => {
    const sub = join(dir, 'po');
    mkdirSync(sub);
    const po = ['msgid ""', 'msgstr ""', '"Language: de\\n"', '', 'msgid "Hello, %s!"', 'msgstr "Hallo!"', '', 'msgid "Not yet"', 'msgstr ""', ''].join('\n');
    writeFileSync(join(sub, 'de.po'), po);
    const r = calque(['check', 'de.po', '--format', 'json'], { cwd: sub });
    const f = (JSON.parse(r.stdout) as JsonReport).files[0]!;
    const m = f.diagnostics.filter((d) => d.code === 'markup');
    assert.equal(m.length, 1, JSON.stringify(f.diagnostics));
    assert.equal(m[0]!.range.start.line, 5);
    writeFileSync(join(sub, 'bad.po'), 'msgid "a"\nmsgstr "b\n');
    const both = calque(['check', '.', '--format', 'json'], { cwd: sub });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /bad\.po:2:8: /);
    assert.ok((JSON.parse(both.stdout) as JsonReport).files.some((x) => x.path === 'de.po'));
  });
});
