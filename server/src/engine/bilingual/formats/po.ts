/**
 * gettext PO/POT → BitextFile.
 *
 * A small line lexer (PO is line-based: a comment, a keyword with its first string, or a
 * continuation string per line) feeding an entry state machine. Strings are decoded as they are
 * read, each decoded character mapped to its file offset (an escape maps to its backslash), so
 * the whole file is read once: linear in the input.
 */
import { BitextError, type BitextFile, type BitextUnit, type Span } from './types';

/** A string being read, possibly over several pieces ("a" "b" on successive lines). */
interface Str {
  parts: string[];
  map: number[];
  fileStart: number;
  fileEnd: number;
  /** Bytes ≥ 0x80 from octal/hex escapes, waiting to be read as UTF-8, with their backslashes. */
  bytes: number[];
  byteAt: number[];
}

interface Entry {
  flags: Set<string>;
  ctxt?: Str;
  id?: Str;
  idAt: number;
  idPlural?: Str;
  strs: Str[];
  /** The string a continuation line appends to. */
  last?: Str;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '"': '"', '\\': '\\', "'": "'", '?': '?' };
const KEYWORD = /([A-Za-z_]+)(?:\[(\d+)\])?/y;

export function parsePo(text: string): BitextFile {
  const file: BitextFile = { format: 'po', units: [], escape: escapePo };
  let cur: Entry = newEntry();

  const finish = (): void => {
    emit(cur, file);
    cur = newEntry();
  };

  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const lineEnd = eol > pos && text[eol - 1] === '\r' ? eol - 1 : eol;
    let i = skipSpace(text, pos, lineEnd);
    const ch = text[i];

    if (i === lineEnd || ch === '#') {
      // A blank line or a comment after the msgstr ends the entry: what follows belongs to the next one.
      if (cur.strs.length > 0) finish();
      if (ch === '#' && text[i + 1] === '~') {
        // The comments so far (a "#, fuzzy" included) belong to an obsolete entry, which is skipped.
        if (!cur.id) cur.flags = new Set();
      } else if (ch === '#' && text[i + 1] === ',') {
        for (const f of text.slice(i + 2, lineEnd).split(',')) if (f.trim()) cur.flags.add(f.trim());
      }
    } else if (ch === '"') {
      if (!cur.last) throw new BitextError('A string must follow a keyword (msgid, msgstr, …)', i);
      i = readString(text, i, lineEnd, cur.last);
    } else {
      KEYWORD.lastIndex = i;
      const m = KEYWORD.exec(text);
      if (!m) throw new BitextError(`Unexpected character ${JSON.stringify(ch)}: expected a keyword, a string or a comment`, i);
      const kwAt = i;
      const kw = m[1]!;
      const n = m[2] === undefined ? undefined : Number(m[2]);
      const s = newStr();
      if (kw === 'msgctxt' && n === undefined) {
        if (cur.strs.length > 0) finish();
        if (cur.id) throw new BitextError('msgid without msgstr', cur.idAt);
        if (cur.ctxt) throw new BitextError('A second msgctxt in one entry', kwAt);
        cur.ctxt = s;
      } else if (kw === 'msgid' && n === undefined) {
        if (cur.strs.length > 0) finish();
        if (cur.id) throw new BitextError('msgid without msgstr', cur.idAt);
        cur.id = s;
        cur.idAt = kwAt;
      } else if (kw === 'msgid_plural' && n === undefined) {
        if (!cur.id || cur.strs.length > 0 || cur.idPlural) throw new BitextError('msgid_plural must follow a msgid, once, before msgstr[0]', kwAt);
        cur.idPlural = s;
      } else if (kw === 'msgstr') {
        if (!cur.id) throw new BitextError('msgstr without msgid', kwAt);
        if (cur.idPlural && n === undefined) throw new BitextError('An entry with msgid_plural needs msgstr[0], msgstr[1], …', kwAt);
        if (!cur.idPlural && n !== undefined) throw new BitextError(`msgstr[${n}] without msgid_plural`, kwAt);
        if ((n ?? 0) !== cur.strs.length) throw new BitextError(n === undefined ? 'A second msgstr in one entry' : `msgstr[${n}] where msgstr[${cur.strs.length}] was expected`, kwAt);
        cur.strs.push(s);
      } else {
        throw new BitextError(`Unknown keyword "${m[0]}"`, kwAt);
      }
      cur.last = s;
      i = skipSpace(text, i + m[0].length, lineEnd);
      if (text[i] !== '"') throw new BitextError(`A string in double quotes must follow ${m[0]}`, i);
      i = readString(text, i, lineEnd, s);
    }
    if (ch !== '#' && i < lineEnd) {
      // Adjacent strings on one line ("a" "b") concatenate as on separate lines.
      for (i = skipSpace(text, i, lineEnd); text[i] === '"'; i = skipSpace(text, i, lineEnd)) i = readString(text, i, lineEnd, cur.last!);
      if (i < lineEnd) throw new BitextError('Unexpected text after the string', i);
    }
    pos = eol + 1;
  }
  if (cur.strs.length > 0) emit(cur, file);
  else if (cur.id) throw new BitextError('msgid without msgstr', cur.idAt);
  else if (cur.ctxt) throw new BitextError('msgctxt without msgid', cur.ctxt.fileStart - 1);
  return file;
}

/** C-string escaping of decoded text for writing it back between the quotes of a PO string. */
export function escapePo(s: string): string {
  return s.replace(/[\\"\n\t\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\${c}`));
}

function newEntry(): Entry {
  return { flags: new Set(), idAt: 0, strs: [] };
}

function newStr(): Str {
  return { parts: [], map: [], fileStart: -1, fileEnd: -1, bytes: [], byteAt: [] };
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f' || text[i] === '\v' || text[i] === '\r')) i++;
  return i;
}

/** Reads the string whose opening quote is at q into `s`; returns the offset after its closing quote. */
function readString(text: string, q: number, lineEnd: number, s: Str): number {
  if (s.fileStart < 0) s.fileStart = q + 1;
  let i = q + 1;
  for (;;) {
    // A run of plain characters up to the next quote or backslash.
    let j = i;
    while (j < lineEnd && text[j] !== '"' && text[j] !== '\\') j++;
    if (j > i) {
      flushBytes(s);
      s.parts.push(text.slice(i, j));
      for (let k = i; k < j; k++) s.map.push(k);
    }
    if (j >= lineEnd) throw new BitextError('Unterminated string: no closing double quote on this line', q);
    if (text[j] === '"') {
      flushBytes(s);
      s.fileEnd = j;
      return j + 1;
    }
    i = readEscape(text, j, lineEnd, s);
  }
}

/** Decodes the escape whose backslash is at b; returns the offset after it. */
function readEscape(text: string, b: number, lineEnd: number, s: Str): number {
  const e = text[b + 1];
  if (b + 1 >= lineEnd || e === undefined) throw new BitextError('Bad escape: a backslash at the end of the line', b);
  const simple = SIMPLE_ESCAPES[e];
  if (simple !== undefined) {
    flushBytes(s);
    s.parts.push(simple);
    s.map.push(b);
    return b + 2;
  }
  let j = b + 1;
  let value: number;
  if (e >= '0' && e <= '7') {
    while (j < lineEnd && j < b + 4 && text[j]! >= '0' && text[j]! <= '7') j++;
    value = parseInt(text.slice(b + 1, j), 8);
  } else if (e === 'x') {
    j = b + 2;
    while (j < lineEnd && /[0-9a-fA-F]/.test(text[j]!)) j++;
    if (j === b + 2) throw new BitextError('Bad escape: \\x without hex digits', b);
    value = parseInt(text.slice(b + 2, j), 16);
  } else {
    throw new BitextError(`Bad escape: \\${e}`, b);
  }
  if (value > 0xff) throw new BitextError('Bad escape: the value does not fit in a byte', b);
  if (value < 0x80) {
    flushBytes(s);
    s.parts.push(String.fromCharCode(value));
    s.map.push(b);
  } else {
    // Octal and hex escapes are bytes: "\303\251" is é in a UTF-8 file. Gather them and decode together.
    s.bytes.push(value);
    s.byteAt.push(b);
  }
  return j;
}

/** Decodes pending escaped bytes as UTF-8 (a byte that starts no valid sequence is read as Latin-1). */
function flushBytes(s: Str): void {
  const { bytes, byteAt } = s;
  for (let k = 0; k < bytes.length; ) {
    const b0 = bytes[k]!;
    const len = b0 >= 0xf0 && b0 <= 0xf4 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 && b0 <= 0xdf ? 2 : 1;
    let cp = len === 1 ? b0 : b0 & (0xff >> (len + 1));
    let ok = len > 1 && k + len <= bytes.length;
    for (let m = 1; ok && m < len; m++) {
      const c = bytes[k + m]!;
      ok = (c & 0xc0) === 0x80;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && len > 1 && (cp < [0, 0, 0x80, 0x800, 0x10000][len]! || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    const str = ok ? String.fromCodePoint(cp) : String.fromCharCode(b0);
    s.parts.push(str);
    for (let u = 0; u < str.length; u++) s.map.push(byteAt[k]!);
    k += ok ? len : 1;
  }
  bytes.length = 0;
  byteAt.length = 0;
}

function toSpan(s: Str): Span {
  return { text: s.parts.join(''), map: [...s.map, s.fileEnd], fileStart: s.fileStart, fileEnd: s.fileEnd, codes: [] };
}

function emit(e: Entry, file: BitextFile): void {
  const id = toSpan(e.id!);
  if (!e.ctxt && id.text === '') {
    // The header: not a unit, but it names the target language.
    const m = /^[ \t]*Language[ \t]*:[ \t]*([^\n]*?)[ \t]*$/im.exec(toSpan(e.strs[0]!).text);
    if (m && m[1] && file.targetLanguage === undefined) file.targetLanguage = bcp47(m[1]);
    return;
  }
  // gettext's own key: context and msgid joined by U+0004.
  const key = e.ctxt ? `${toSpan(e.ctxt).text}\u0004${id.text}` : id.text;
  const plural = e.idPlural ? toSpan(e.idPlural) : undefined;
  e.strs.forEach((str, n) => {
    const target = toSpan(str);
    const u: BitextUnit = { id: plural ? `${key}[${n}]` : key, source: n > 0 && plural ? plural : id };
    if (target.text !== '') u.target = target;
    else u.targetInsertAt = target.fileEnd;
    u.state = e.flags.has('fuzzy') ? 'fuzzy' : target.text !== '' ? 'translated' : 'new';
    if (plural) u.plural = n;
    file.units.push(u);
  });
}

/** PO locale names (pt_BR, sr@latin, de_DE.UTF-8) as BCP 47 tags (pt-BR, sr-Latn, de-DE). */
function bcp47(locale: string): string {
  const [base = '', modifier] = locale.split('@');
  const script = modifier === 'latin' ? '-Latn' : modifier === 'cyrillic' ? '-Cyrl' : '';
  const [lang = '', ...rest] = base.replace(/\..*$/, '').split(/[_-]/);
  return [lang + script, ...rest].filter(Boolean).join('-');
}
