/**
 * Bilingual file parsers (XLIFF 1.2 / 2.0, gettext PO/POT): units, states, languages, inline
 * codes, and above all the map from every decoded character back to the file, which findings
 * and fixes rely on. Fixtures (written for Calque) are in test/data/bitext/.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { bitextFormatOf, parseBitext, BitextError, type BitextFile, type BitextUnit, type InlineCode, type Span } from '../../server/src/engine/bilingual/formats/index';
import { parseXliff } from '../../server/src/engine/bilingual/formats/xliff';
import { parsePo } from '../../server/src/engine/bilingual/formats/po';
import { DATA } from '../support/helpers';

const OBJ = '\uFFFC';
const fixture = (name: string): string => readFileSync(join(DATA, 'bitext', name), 'utf8');
const unitById = (f: BitextFile, id: string): BitextUnit => {
  const u = f.units.find((x) => x.id === id);
  assert.ok(u, `unit ${JSON.stringify(id)}`);
  return u;
};

/** 1-based line and column of an offset, as the CLI and the editor show it. */
function lineCol(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  return [before.split('\n').length, offset - nl];
}

/** What the file token starting at `at` decodes to (an entity, an escape, a CR LF, a <cp/>, or the character itself). */
function decodedAt(file: string, at: number, kind: 'xml' | 'po'): string {
  const ch = file[at]!;
  if (kind === 'xml') {
    if (ch === '&') {
      const ref = file.slice(at + 1, file.indexOf(';', at));
      if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[ref]!;
    }
    if (ch === '\r') return '\n';
    const cp = /^<cp hex="([0-9a-fA-F]+)"\/>/.exec(file.slice(at));
    if (cp) return String.fromCodePoint(parseInt(cp[1]!, 16));
    return ch;
  }
  if (ch !== '\\') return ch;
  const e = file[at + 1]!;
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '"': '"', '\\': '\\', "'": "'", '?': '?' };
  if (simple[e]) return simple[e]!;
  // A run of octal/hex byte escapes, read as UTF-8.
  const bytes: number[] = [];
  const re = /\\(?:([0-7]{1,3})|x([0-9a-fA-F]+))/y;
  re.lastIndex = at;
  for (let m; (m = re.exec(file)); ) bytes.push(m[1] ? parseInt(m[1], 8) : parseInt(m[2]!, 16));
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/**
 * Every property a span promises: map length and end, monotone, inside the content; each
 * character is what the file says at its offset; each U+FFFC is a code whose markup is where
 * the code says.
 */
function checkSpan(file: string, s: Span, kind: 'xml' | 'po', label: string): void {
  assert.equal(s.map.length, s.text.length + 1, `${label}: map length`);
  assert.equal(s.map[s.text.length], s.fileEnd, `${label}: map end is fileEnd`);
  assert.ok(s.fileStart <= s.fileEnd, `${label}: content range`);
  const codeAt = new Map<number, InlineCode>(s.codes.map((c) => [c.at, c]));
  assert.equal(codeAt.size, s.codes.length, `${label}: one code per U+FFFC`);
  for (let i = 0; i <= s.text.length; i++) {
    const at = s.map[i]!;
    assert.ok(at >= s.fileStart && at <= s.fileEnd, `${label}: map[${i}] = ${at} inside [${s.fileStart}, ${s.fileEnd}]`);
    if (i > 0) assert.ok(s.map[i - 1]! <= at, `${label}: map is monotone at ${i}`);
    if (i === s.text.length) break;
    const ch = s.text[i]!;
    const code = codeAt.get(i);
    if (code) {
      assert.equal(ch, OBJ, `${label}: code at ${i} is U+FFFC`);
      assert.equal(at, code.fileStart, `${label}: code ${code.tag} maps to its markup`);
      const markup = file.slice(code.fileStart, code.fileEnd);
      // A zero-width close is the end of an empty-element <g/>.
      if (markup !== '') assert.match(markup, new RegExp(`^<${code.role === 'close' && ['g', 'pc', 'mrk'].includes(code.tag) ? '/' : ''}${code.tag}([\\s/][\\s\\S]*)?>$`), `${label}: markup of ${code.tag}`);
      continue;
    }
    assert.notEqual(ch, OBJ, `${label}: U+FFFC at ${i} without a code`);
    assert.ok(at < s.fileEnd, `${label}: character ${i} inside the content`);
    // The character itself (written, or inside CDATA), or what the entity/escape/<cp/> there decodes to.
    assert.ok(file[at] === ch || decodedAt(file, at, kind).includes(ch), `${label}: text[${i}] = ${JSON.stringify(ch)} but the file has ${JSON.stringify(file.slice(at, at + 8))} at ${at}`);
  }
  for (let k = 1; k < s.codes.length; k++) assert.ok(s.codes[k - 1]!.at < s.codes[k]!.at, `${label}: codes in order`);
}

function checkAll(file: string, f: BitextFile, kind: 'xml' | 'po'): void {
  for (const u of f.units) {
    checkSpan(file, u.source, kind, `${u.id} source`);
    if (u.target) checkSpan(file, u.target, kind, `${u.id} target`);
    assert.ok(!(u.target && u.targetInsertAt !== undefined), `${u.id}: an insertion point only without a target`);
  }
}

const codeShape = (s: Span): string[] => s.codes.map((c) => `${c.tag}#${c.id}:${c.role}@${c.at}`);

describe('XLIFF 1.2', () => {
  const file = fixture('article-lt-en.xlf');
  const f = parseXliff(file);

  test('file facts and units', () => {
    assert.equal(f.format, 'xliff');
    assert.equal(f.version, '1.2');
    assert.equal(f.sourceLanguage, 'lt');
    assert.equal(f.targetLanguage, 'en');
    assert.deepEqual(f.units.map((u) => u.id), ['title', 'p1', 'p2', 'p3', 'p4', 'brand', 'cmd', 'p5', 'p6', 'p7']);
    assert.deepEqual(f.units.map((u) => u.state ?? '-'), ['translated', 'needs-review-translation', 'final', 'signed-off', '-', '-', '-', 'translated', '-', 'new']);
    assert.deepEqual(f.units.filter((u) => u.translate === false).map((u) => u.id), ['brand', 'cmd'], 'translate="no" on the unit and inherited from <group>');
    checkAll(file, f, 'xml');
  });

  test('<g> is two codes around prose, <x/> one; entities are decoded', () => {
    const u = unitById(f, 'p1');
    assert.equal(u.source.text, `Prezidentas ${OBJ}G. Nausėda${OBJ} pareiškė: „Sienos & saugumas“.${OBJ}`);
    assert.deepEqual(codeShape(u.source), ['g#1:open@12', 'g#1:close@23', 'x#2:standalone@55']);
    assert.deepEqual(codeShape(u.target!), ['g#1:open@10', 'g#1:close@21', 'x#2:standalone@50']);
    const amp = u.source.text.indexOf('&');
    assert.equal(file.slice(u.source.map[amp], u.source.map[amp + 1]), '&amp;');
    const close = u.source.codes[1]!;
    assert.equal(file.slice(close.fileStart, close.fileEnd), '</g>');
  });

  test('<bpt>/<ept> content is native code, not prose', () => {
    const u = unitById(f, 'p2');
    assert.equal(u.source.text, `Spauskite ${OBJ}čia${OBJ} → daugiau…`);
    assert.deepEqual(codeShape(u.source), ['bpt#1:open@10', 'ept#1:close@14']);
    assert.equal(file.slice(u.source.codes[0]!.fileStart, u.source.codes[0]!.fileEnd), '<bpt id="1">&lt;b&gt;</bpt>');
    assert.equal(u.target!.text, `Click ${OBJ}here${OBJ} → more…`);
  });

  test('CDATA, &lt; and astral characters (written and as a reference)', () => {
    const u = unitById(f, 'p3');
    assert.equal(u.source.text, 'Kaina <5 € ir <10 € 😀');
    assert.equal(u.target!.text, 'Price <5 € and <10 € 😀');
    assert.equal(file[u.source.map[0]!], 'K', 'inside the CDATA section');
    const e = u.source.text.indexOf('😀');
    assert.equal(u.source.map[e], u.source.map[e + 1], 'both halves of &#x1F600; map to its "&"');
    assert.equal(file.slice(u.source.map[e], u.source.map[e + 2]), '&#x1F600;');
    const t = u.target!.text.indexOf('😀');
    assert.equal(u.target!.map[t]! + 1, u.target!.map[t + 1], 'a written astral character maps unit by unit');
  });

  test('a comment inside <source> is skipped; a unit without <target> gets an insertion point after </source>', () => {
    const u = unitById(f, 'p4');
    assert.equal(u.source.text, 'Dar neišversta pastraipa.');
    assert.equal(u.target, undefined);
    assert.equal(file.slice(u.targetInsertAt! - 9, u.targetInsertAt), '</source>');
    const n = u.source.text.indexOf('neišversta');
    assert.equal(file.slice(u.source.map[n - 1], u.source.map[n]), ' <!-- TODO: terminology -->');
    assert.equal(file.slice(unitById(f, 'cmd').targetInsertAt! - 9, unitById(f, 'cmd').targetInsertAt), '</source>');
  });

  test('<alt-trans> is not read; <mrk mtype="seg"> of a segmented target is not a code', () => {
    const u = unitById(f, 'p5');
    assert.equal(u.source.text, 'Pirmas sakinys. Antras sakinys.');
    assert.equal(u.target!.text, 'First sentence. Second sentence.');
    assert.deepEqual(u.target!.codes, []);
  });

  test('an empty-element <g/> is an open and a zero-width close; unknown elements are standalone codes', () => {
    const text = '<xliff version="1.2"><file><body><trans-unit id="e"><source>a<g id="1"/>b<constructor/><ext:tag xmlns:ext="urn:x">z</ext:tag></source></trans-unit></body></file></xliff>';
    const s = parseXliff(text).units[0]!.source;
    assert.equal(s.text, `a${OBJ}${OBJ}b${OBJ}${OBJ}`);
    assert.deepEqual(codeShape(s), ['g#1:open@1', 'g#1:close@2', 'constructor#:standalone@4', 'ext:tag#:standalone@5']);
    const [open, close] = s.codes;
    assert.equal(text.slice(open!.fileStart, open!.fileEnd), '<g id="1"/>');
    assert.equal(close!.fileStart, open!.fileEnd);
    assert.equal(close!.fileEnd, open!.fileEnd);
    checkSpan(text, s, 'xml', 'g/');
  });

  test('with <seg-source>, a missing <target> goes after it; prefixed elements are read', () => {
    const text = '<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><x:file source-language="en"><x:body><x:trans-unit id="s"><x:source>A. B.</x:source><x:seg-source><x:mrk mtype="seg" mid="1">A.</x:mrk> <x:mrk mtype="seg" mid="2">B.</x:mrk></x:seg-source></x:trans-unit></x:body></x:file></x:xliff>';
    const u = parseXliff(text).units[0]!;
    assert.equal(u.source.text, 'A. B.');
    assert.equal(text.slice(u.targetInsertAt! - 15, u.targetInsertAt), '</x:seg-source>');
  });

  test('<ph>, <it>, <bx/>, <ex/>; an empty <target/> is no target and has no insertion point', () => {
    const u = unitById(f, 'p6');
    assert.equal(u.source.text, `Eilutė${OBJ}ir ${OBJ}kursyvas, ${OBJ}kodas${OBJ}.`);
    assert.deepEqual(codeShape(u.source), ['ph#1:standalone@6', 'it#2:standalone@10', 'bx#3:open@21', 'ex#4:close@27']);
    assert.equal(u.target, undefined);
    assert.equal(u.targetInsertAt, undefined);
  });

  test('<target></target> is an empty target whose content position is between the tags', () => {
    const u = unitById(f, 'p7');
    assert.equal(u.target!.text, '');
    assert.equal(u.target!.fileStart, u.target!.fileEnd);
    assert.equal(file.slice(u.target!.fileStart - 20, u.target!.fileEnd + 9), '<target state="new"></target>');
  });

  test('escape() writes decoded text back as XML', () => {
    assert.equal(f.escape('a < b & c > d "e"'), 'a &lt; b &amp; c &gt; d "e"');
  });
});

describe('XLIFF 2.0', () => {
  const file = fixture('ui-en-de.xlf');
  const f = parseXliff(file);

  test('file facts, one unit per segment, <ignorable> skipped', () => {
    assert.equal(f.version, '2.0');
    assert.equal(f.sourceLanguage, 'en');
    assert.equal(f.targetLanguage, 'de');
    assert.deepEqual(f.units.map((u) => u.id), ['u1/s1', 'u1/s2', 'u1/3', 'u2', 'u3']);
    assert.deepEqual(f.units.map((u) => u.state), ['translated', 'reviewed', 'initial', 'final', undefined]);
    assert.deepEqual(f.units.map((u) => u.translate), [undefined, undefined, undefined, undefined, false]);
    checkAll(file, f, 'xml');
  });

  test('<pc> around prose, <ph/> standalone', () => {
    const [s1, s2] = f.units;
    assert.equal(s1!.source.text, `Press ${OBJ}Save${OBJ} to keep your changes.`);
    assert.deepEqual(codeShape(s1!.source), ['pc#1:open@6', 'pc#1:close@11']);
    assert.equal(file.slice(s1!.source.codes[0]!.fileStart, s1!.source.codes[0]!.fileEnd), '<pc id="1" type="fmt" subType="xlf:b">');
    assert.equal(s2!.target!.text, `Zeile eins${OBJ}Zeile zwei & mehr.`);
    assert.deepEqual(codeShape(s2!.target!), ['ph#2:standalone@10']);
  });

  test('a segment without target gets an insertion point after its </source>', () => {
    const u = unitById(f, 'u1/3');
    assert.equal(u.target, undefined);
    assert.equal(file.slice(u.targetInsertAt! - 36, u.targetInsertAt), '<source>Not translated yet.</source>');
  });

  test('<sc/>/<ec/> pair by startRef, <mrk> wraps prose, <cp/> is a character', () => {
    const u = unitById(f, 'u2');
    assert.equal(u.source.text, `${OBJ}Bold start, ${OBJ}Calque${OBJ} inside${OBJ} and a\x07bell.`);
    assert.deepEqual(codeShape(u.source), ['sc#1:open@0', 'mrk#m1:open@13', 'mrk#m1:close@20', 'ec#1:close@28']);
    const bell = u.source.text.indexOf('\x07');
    assert.ok(file.startsWith('<cp hex="0007"/>', u.source.map[bell]!));
  });

  test('<sm/>/<em/> markers; translate="no" inherited from <group>', () => {
    const u = unitById(f, 'u3');
    assert.deepEqual(codeShape(u.source), ['sm#a1:open@10', 'em#a1:close@15']);
    assert.equal(u.translate, false);
  });
});

describe('gettext PO', () => {
  const file = fixture('article-lt-en.po');
  const f = parsePo(file);

  test('header gives the target language and is not a unit; obsolete entries are skipped', () => {
    assert.equal(f.format, 'po');
    assert.equal(f.version, undefined);
    assert.equal(f.targetLanguage, 'en-GB');
    assert.equal(f.sourceLanguage, undefined);
    assert.deepEqual(f.units.map((u) => u.id), [
      'Lietuva ir Baltarusija',
      'Labas, %s!\n',
      'Sienos ir saugumas',
      'menu\u0004Failas',
      'verb\u0004Failas',
      'Vienas failas[0]',
      'Vienas failas[1]',
      'Ilgas tekstas, kuris tęsiasi kitoje eilutėje.',
      'Kabutės "citata", tab\tir \\ pasvirasis, é ir AA',
      'Neišverstas',
      'Po pasenusio',
    ]);
    checkAll(file, f, 'po');
  });

  test('states: fuzzy flag, translated, new; the obsolete entry\'s fuzzy flag does not leak', () => {
    assert.deepEqual(f.units.map((u) => u.state), ['translated', 'translated', 'fuzzy', 'translated', 'new', 'translated', 'translated', 'translated', 'translated', 'new', 'translated']);
  });

  test('plurals: msgstr[0] pairs with msgid, msgstr[1] with msgid_plural', () => {
    const [one, many] = [unitById(f, 'Vienas failas[0]'), unitById(f, 'Vienas failas[1]')];
    assert.equal(one.plural, 0);
    assert.equal(many.plural, 1);
    assert.equal(one.source.text, 'Vienas failas');
    assert.equal(many.source.text, '%d failai');
    assert.equal(many.target!.text, '%d files');
    assert.equal(unitById(f, 'Lietuva ir Baltarusija').plural, undefined);
  });

  test('multi-line strings are concatenated; the map jumps over the quotes and the line break', () => {
    const u = unitById(f, 'Ilgas tekstas, kuris tęsiasi kitoje eilutėje.');
    const s = u.source;
    const k = s.text.indexOf('tęsiasi');
    assert.equal(file.slice(s.map[k - 1], s.map[k]), ' "\n"');
    assert.equal(file[s.fileStart - 1], '"');
    assert.equal(file.slice(s.fileStart, s.fileStart + 2), '"\n', 'the content starts inside the empty first piece');
    assert.equal(file.slice(s.fileEnd, s.fileEnd + 2), '"\n');
    assert.equal(u.target!.text, 'A long text that continues on the next line.');
  });

  test('escapes: \\" \\t \\\\ \\n, octal and hex bytes (UTF-8), each mapped to its backslash', () => {
    const u = unitById(f, 'Kabutės "citata", tab\tir \\ pasvirasis, é ir AA');
    const s = u.target!;
    assert.equal(s.text, 'Quotes "quote", tab\tand \\ backslash, é and AA');
    const e = s.text.indexOf('é');
    assert.equal(file.slice(s.map[e], s.map[e + 1]), '\\303\\251');
    assert.equal(file.slice(s.map[e + 6], s.map[e + 7]), '\\x41');
    assert.equal(file.slice(s.map[e + 7], s.map[e + 8]), '\\101');
    const nl = unitById(f, 'Labas, %s!\n').target!;
    assert.equal(file.slice(nl.map[nl.text.length - 1], nl.map[nl.text.length]), '\\n');
  });

  test('an untranslated entry has no target and an insertion point inside the quotes of msgstr ""', () => {
    for (const id of ['Neišverstas', 'verb\u0004Failas']) {
      const u = unitById(f, id);
      assert.equal(u.target, undefined);
      assert.equal(file.slice(u.targetInsertAt! - 8, u.targetInsertAt! + 1), 'msgstr ""');
    }
  });

  test('adjacent strings on one line concatenate', () => {
    const text = 'msgid "a" "b"\nmsgstr "c"  "d" \n';
    const u = parsePo(text).units[0]!;
    assert.equal(u.source.text, 'ab');
    assert.equal(u.target!.text, 'cd');
    checkAll(text, parsePo(text), 'po');
  });

  test('escape() writes decoded text back as a C string', () => {
    assert.equal(f.escape('a "b" \\ c\nd\te'), 'a \\"b\\" \\\\ c\\nd\\te');
  });
});

describe('POT and CRLF files', () => {
  test('POT: no language, every entry new with an insertion point, plural forms too', () => {
    const file = fixture('demo.pot');
    const f = parsePo(file);
    assert.equal(f.targetLanguage, undefined);
    assert.deepEqual(f.units.map((u) => [u.id, u.state, u.plural, u.source.text]), [
      ['Lietuva ir Baltarusija', 'new', undefined, 'Lietuva ir Baltarusija'],
      ['%d comment[0]', 'new', 0, '%d comment'],
      ['%d comment[1]', 'new', 1, '%d comments'],
    ]);
    for (const u of f.units) {
      assert.equal(u.target, undefined);
      assert.equal(file.slice(u.targetInsertAt! - 1, u.targetInsertAt! + 2), '""\n');
    }
    checkAll(file, f, 'po');
  });

  test('CRLF: no CR in any text, offsets are those of the file', () => {
    const file = fixture('crlf.po');
    assert.ok(file.includes('\r\n'), 'the fixture keeps its CRLF line endings');
    const f = parsePo(file);
    assert.equal(f.targetLanguage, 'de');
    assert.deepEqual(f.units.map((u) => [u.id, u.state, u.target?.text]), [
      ['Save', 'translated', 'Speichern'],
      ['Open file', 'fuzzy', 'Datei öffnen'],
      ['Close', 'new', undefined],
    ]);
    const open = unitById(f, 'Open file').source;
    assert.equal(file.slice(open.map[4], open.map[5]), ' "\r\n"');
    checkAll(file, f, 'po');
  });

  test('CRLF XLIFF: CR LF reads as LF mapped to the CR', () => {
    const file = fixture('article-lt-en.xlf').replace(/\n/g, '\r\n').replace('<source>Lietuva ir Baltarusija', '<source>Lietuva\r\nir Baltarusija');
    const f = parseXliff(file);
    const s = unitById(f, 'title').source;
    assert.equal(s.text, 'Lietuva\nir Baltarusija');
    assert.equal(file.slice(s.map[7], s.map[8]), '\r\n');
    checkAll(file, f, 'xml');
  });

  test('a UTF-8 BOM is accepted and offsets stay those of the given string', () => {
    for (const [name, kind] of [['article-lt-en.xlf', 'xml'], ['ui-en-de.xlf', 'xml'], ['article-lt-en.po', 'po'], ['crlf.po', 'po']] as const) {
      const plain = fixture(name);
      const bom = `\uFEFF${plain}`;
      const a = kind === 'xml' ? parseXliff(plain) : parsePo(plain);
      const b = kind === 'xml' ? parseXliff(bom) : parsePo(bom);
      assert.equal(b.units.length, a.units.length, name);
      assert.equal(b.targetLanguage, a.targetLanguage, name);
      b.units.forEach((u, k) => {
        assert.equal(u.source.text, a.units[k]!.source.text);
        assert.deepEqual(u.source.map, a.units[k]!.source.map.map((x) => x + 1), `${name} ${u.id}`);
      });
      checkAll(bom, b, kind);
    }
  });
});

describe('errors carry the offset of the problem', () => {
  const expectError = (fn: () => unknown, text: string, line: number, col: number, message: RegExp): void => {
    assert.throws(fn, (e: unknown) => {
      assert.ok(e instanceof BitextError, String(e));
      assert.deepEqual(lineCol(text, e.offset), [line, col], `${e.message} at ${e.offset}`);
      assert.match(e.message, message);
      return true;
    });
  };

  test('ill-formed XLIFF: the missing end tag of <g>', () => {
    const file = fixture('bad.xlf');
    expectError(() => parseXliff(file), file, 6, 38, /Ill-formed XML: .*\bg\b/);
    assert.equal(file.indexOf('</source>'), (() => { try { parseXliff(file); } catch (e) { return (e as BitextError).offset; } return -1; })());
  });

  test('XML errors after astral characters are in UTF-16 offsets', () => {
    const text = '<xliff version="2.0"><file><unit id="1"><segment><source>😀😀 <pc id="1">x</source></segment></unit></file></xliff>';
    expectError(() => parseXliff(text), text, 1, text.indexOf('</source>') + 1, /pc/);
  });

  test('not XLIFF, a unit without source, a bad <cp/>', () => {
    expectError(() => parseXliff('<?xml version="1.0"?>\n<html/>'), '<?xml version="1.0"?>\n<html/>', 2, 1, /Not an XLIFF file/);
    const noSource = '<xliff version="1.2"><file><body>\n  <trans-unit id="a"><target>x</target></trans-unit></body></file></xliff>';
    expectError(() => parseXliff(noSource), noSource, 2, 3, /no <source>/);
    const cp = '<xliff version="2.0"><file><unit id="1"><segment><source>a<cp hex="zz"/></source></segment></unit></file></xliff>';
    expectError(() => parseXliff(cp), cp, 1, cp.indexOf('<cp') + 1, /<cp>/);
  });

  test('bad PO: an unterminated string', () => {
    const file = fixture('bad.po');
    expectError(() => parsePo(file), file, 6, 8, /Unterminated string/);
  });

  test('bad PO: each kind of error', () => {
    const cases: [string, number, number, RegExp][] = [
      ['msgstr "x"\n', 1, 1, /msgstr without msgid/],
      ['msgid "a"\nmsgstr "b\\qc"\n', 2, 10, /Bad escape: \\q/],
      ['msgid "a"\nmsgstr "b\\', 2, 10, /Bad escape/],
      ['msgid "a"\nmsgstr "\\x"\n', 2, 9, /\\x without hex/],
      ['msgid "a"\nmsgstr "\\x100"\n', 2, 9, /byte/],
      ['\n\nmsgid "a"\n', 3, 1, /msgid without msgstr/],
      ['msgid "a"\nmsgid "b"\nmsgstr ""\n', 1, 1, /msgid without msgstr/],
      ['msgid "a"\nmsgtxt "b"\n', 2, 1, /Unknown keyword "msgtxt"/],
      ['msgid "a" x\nmsgstr ""\n', 1, 11, /after the string/],
      ['msgid "a"\nmsgstr[1] "b"\n', 2, 1, /without msgid_plural/],
      ['msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n', 3, 1, /msgstr\[0\]/],
      ['msgid "a"\nmsgstr "b"\n\n"c"\n', 4, 1, /must follow a keyword/],
      ['msgid a\n', 1, 7, /double quotes/],
      ['msgctxt "c"\n', 1, 9, /msgctxt without msgid/],
    ];
    for (const [text, line, col, message] of cases) expectError(() => parsePo(text), text, line, col, message);
  });
});

describe('format selection', () => {
  test('bitextFormatOf by extension, case-insensitive', () => {
    assert.equal(bitextFormatOf('a/b/file.xlf'), 'xliff');
    assert.equal(bitextFormatOf('C:\\x\\FILE.XLIFF'), 'xliff');
    assert.equal(bitextFormatOf('de.po'), 'po');
    assert.equal(bitextFormatOf('messages.POT'), 'po');
    assert.equal(bitextFormatOf('notes.md'), undefined);
    assert.equal(bitextFormatOf('po'), undefined);
    assert.equal(bitextFormatOf('dir.po/readme'), undefined);
  });
  test('parseBitext dispatches', () => {
    assert.equal(parseBitext(fixture('ui-en-de.xlf'), 'xliff').version, '2.0');
    assert.equal(parseBitext(fixture('crlf.po'), 'po').targetLanguage, 'de');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: random segments with special characters and inline codes, written into a file in
// random encodings; the parser must give back the decoded text and exactly the expected map.

interface Built {
  raw: string;
  text: string;
  map: number[];
  codes: { tag: string; role: InlineCode['role']; at: number; fileStart: number; fileEnd: number }[];
}

type XmlToken =
  | { kind: 'char'; c: string; enc: 'lit' | 'dec' | 'hex' | 'named' | 'cdata' }
  | { kind: 'crlf' | 'open' | 'close' | 'x' | 'ph' | 'comment'; c?: undefined; enc?: undefined };

const xmlToken: fc.Arbitrary<XmlToken> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('char' as const), c: fc.constantFrom('a', 'Z', 'é', 'ж', '😀', '&', '<', '>', '"', "'", ' ', '\n', '\t', '\r', ']', '€', '\u00a0', '字'), enc: fc.constantFrom('lit' as const, 'dec' as const, 'hex' as const, 'named' as const, 'cdata' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('crlf' as const, 'open' as const, 'close' as const, 'x' as const, 'ph' as const, 'comment' as const) }) },
);

function buildXml(tokens: XmlToken[], v2: boolean, pick: number): Built {
  const b: Built = { raw: '', text: '', map: [], codes: [] };
  const stack: string[] = [];
  const named: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };
  const add = (raw: string, text: string, mapTo: 'each' | 'first', skip = 0): void => {
    for (let k = 0; k < text.length; k++) b.map.push(b.raw.length + (mapTo === 'each' ? skip + k : 0));
    b.text += text;
    b.raw += raw;
  };
  const code = (tag: string, role: InlineCode['role'], raw: string): void => {
    b.codes.push({ tag, role, at: b.text.length, fileStart: b.raw.length, fileEnd: b.raw.length + raw.length });
    add(raw, OBJ, 'first');
  };
  let n = 0;
  for (const t of tokens) {
    n++;
    if (t.kind === 'char') {
      const cp = t.c.codePointAt(0)!;
      let enc = t.enc;
      if (t.c === '\r' && (enc === 'lit' || enc === 'cdata' || enc === 'named')) enc = 'dec'; // a raw CR would be read as LF
      if (enc === 'named' && !named[t.c]) enc = 'lit';
      if (enc === 'lit' && named[t.c] && t.c !== '"' && t.c !== "'") enc = 'named'; // & < must be escaped, > too (after "]]")
      if (enc === 'lit') add(t.c, t.c, 'each');
      else if (enc === 'cdata') add(`<![CDATA[${t.c}]]>`, t.c, 'each', 9);
      else if (enc === 'named') add(`&${named[t.c]};`, t.c, 'first');
      else add(enc === 'dec' ? `&#${cp};` : `&#x${cp.toString(16)};`, t.c, 'first');
    } else if (t.kind === 'crlf') add('\r\n', '\n', 'first');
    else if (t.kind === 'comment') b.raw += '<!-- note -->';
    else if (t.kind === 'open') {
      const tag = (n + pick) % 2 ? 'mrk' : v2 ? 'pc' : 'g';
      stack.push(tag);
      code(tag, 'open', `<${tag} id="${n}">`);
    } else if (t.kind === 'close' && stack.length) {
      const tag = stack.pop()!;
      code(tag, 'close', `</${tag}>`);
    } else if (t.kind === 'x' || t.kind === 'close') {
      if (v2) code('ph', 'standalone', `<ph id="${n}"/>`);
      else code('x', 'standalone', `<x id="${n}"/>`);
    } else if (v2) {
      code(n % 2 ? 'sc' : 'ec', n % 2 ? 'open' : 'close', n % 2 ? `<sc id="${n}"/>` : `<ec startRef="${n}"/>`);
    } else {
      code('ph', 'standalone', `<ph id="${n}">&lt;br/&gt;</ph>`);
    }
  }
  while (stack.length) {
    const tag = stack.pop()!;
    code(tag, 'close', `</${tag}>`);
  }
  return b;
}

function expectSpan(s: Span, b: Built, base: number): void {
  assert.equal(s.text, b.text);
  assert.deepEqual(s.map, [...b.map.map((x) => x + base), base + b.raw.length]);
  assert.equal(s.fileStart, base);
  assert.equal(s.fileEnd, base + b.raw.length);
  assert.deepEqual(
    s.codes.map(({ tag, role, at, fileStart, fileEnd }) => ({ tag, role, at, fileStart, fileEnd })),
    b.codes.map((c) => ({ ...c, fileStart: c.fileStart + base, fileEnd: c.fileEnd + base })),
  );
  for (let i = 0; i < s.map.length; i++) {
    assert.ok(s.map[i]! >= s.fileStart && s.map[i]! <= s.fileEnd, 'inside the content');
    if (i > 0) assert.ok(s.map[i - 1]! <= s.map[i]!, 'monotone');
  }
}

describe('properties', () => {
  test('XLIFF 1.2 and 2.0: random segments decode to the expected text, map and codes', () => {
    fc.assert(
      fc.property(fc.array(xmlToken, { maxLength: 30 }), fc.array(xmlToken, { maxLength: 30 }), fc.boolean(), fc.boolean(), fc.nat(1), (src, tgt, v2, crlf, pick) => {
        const s = buildXml(src, v2, pick);
        const t = buildXml(tgt, v2, pick);
        const nl = crlf ? '\r\n' : '\n';
        const head = v2
          ? `<?xml version="1.0"?>${nl}<xliff version="2.0" srcLang="en" trgLang="lt">${nl}<file id="f"><unit id="u"><segment state="translated">${nl}  <source xml:space="preserve">`
          : `<?xml version="1.0"?>${nl}<xliff version="1.2"><file source-language="en" target-language="lt"><body>${nl}<trans-unit id="u">${nl}  <source xml:space="preserve">`;
        const mid = `</source>${nl}  <target>`;
        const tail = v2 ? `</target>${nl}</segment></unit></file></xliff>${nl}` : `</target>${nl}</trans-unit></body></file></xliff>${nl}`;
        const file = head + s.raw + mid + t.raw + tail;
        const f = parseXliff(file);
        assert.equal(f.units.length, 1);
        const u = f.units[0]!;
        expectSpan(u.source, s, head.length);
        expectSpan(u.target!, t, head.length + s.raw.length + mid.length);
        checkAll(file, f, 'xml');
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  type PoToken = { kind: 'char'; c: string; enc: 'lit' | 'simple' | 'octal' | 'hex' } | { kind: 'break'; c?: undefined; enc?: undefined };
  const poToken: fc.Arbitrary<PoToken> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('char' as const), c: fc.constantFrom('z', 'Q', 'é', 'ж', '😀', '"', '\\', '\n', '\t', '\r', '\x07', '\b', '\f', '\v', '?', "'", ' ', '#', '%', '€'), enc: fc.constantFrom('lit' as const, 'simple' as const, 'octal' as const, 'hex' as const) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'break' as const }) },
  );
  const SIMPLE: Record<string, string> = { '\n': 'n', '\t': 't', '\r': 'r', '\x07': 'a', '\b': 'b', '\f': 'f', '\v': 'v', '"': '"', '\\': '\\', "'": "'", '?': '?' };

  function buildPo(tokens: PoToken[], nl: string): Built {
    const b: Built = { raw: '', text: '', map: [], codes: [] };
    for (const t of tokens) {
      if (t.kind === 'break') {
        b.raw += `"${nl}"`;
        continue;
      }
      let enc = t.enc;
      if (enc === 'lit' && SIMPLE[t.c] && '"\\\n\r'.includes(t.c)) enc = 'simple';
      if (enc === 'simple' && !SIMPLE[t.c]) enc = 'lit';
      const at = b.raw.length;
      if (enc === 'lit') {
        for (let k = 0; k < t.c.length; k++) b.map.push(at + k);
        b.raw += t.c;
      } else {
        for (let k = 0; k < t.c.length; k++) b.map.push(at);
        if (enc === 'simple') b.raw += `\\${SIMPLE[t.c]}`;
        // Octal escapes always have three digits and hex ones two, so a following digit is never swallowed
        // (the literal alphabet has no hex letters).
        else for (const byte of new TextEncoder().encode(t.c)) b.raw += enc === 'octal' ? `\\${byte.toString(8).padStart(3, '0')}` : `\\x${byte.toString(16).padStart(2, '0')}`;
      }
      b.text += t.c;
    }
    return b;
  }

  test('PO: random strings with escapes, UTF-8 byte escapes and line breaks decode to the expected text and map', () => {
    fc.assert(
      fc.property(fc.array(poToken, { maxLength: 30 }), fc.array(poToken, { maxLength: 30 }), fc.boolean(), fc.boolean(), (src, tgt, crlf, fuzzy) => {
        const nl = crlf ? '\r\n' : '\n';
        const s = buildPo(src, nl);
        const t = buildPo(tgt, nl);
        const head = `msgid ""${nl}msgstr ""${nl}"Language: lt\\n"${nl}${nl}${fuzzy ? `#, fuzzy${nl}` : ''}msgctxt "p"${nl}msgid "`;
        const mid = `"${nl}msgstr "`;
        const file = `${head}${s.raw}${mid}${t.raw}"${nl}`;
        const f = parsePo(file);
        assert.equal(f.targetLanguage, 'lt');
        assert.equal(f.units.length, 1);
        const u = f.units[0]!;
        assert.equal(u.id, `p\u0004${s.text}`);
        expectSpan(u.source, s, head.length);
        const tBase = head.length + s.raw.length + mid.length;
        if (t.text === '') {
          assert.equal(u.target, undefined);
          assert.equal(u.targetInsertAt, tBase + t.raw.length);
          assert.equal(u.state, fuzzy ? 'fuzzy' : 'new');
        } else {
          expectSpan(u.target!, t, tBase);
          assert.equal(u.state, fuzzy ? 'fuzzy' : 'translated');
        }
        checkAll(file, f, 'po');
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  test('escape() round-trips any text through the parser', () => {
    const xmlChar = /^[\t\n\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const po = parsePo(`msgctxt "c"\nmsgid "${parsePo('').escape(s)}"\nmsgstr ""\n`);
        assert.equal(po.units[0]!.source.text, s);
        if (xmlChar.test(s)) {
          const x = parseXliff(`<xliff version="1.2"><file><body><trans-unit id="1"><source>${parseXliff('<xliff version="1.2"/>').escape(s)}</source></trans-unit></body></file></xliff>`);
          assert.equal(x.units[0]!.source.text, s);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});
