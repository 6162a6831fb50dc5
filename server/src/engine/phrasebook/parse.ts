/**
 * The `.calque` file parser. Never throws: every broken line yields a diagnostic that names
 * what is wrong and what to write, and the rest of the file still loads.
 * File format: docs/phrasebooks.md.
 */
import { choiceElements, parsePattern, type Pattern } from './pattern';

export interface PhraseDiagnostic {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units) of the first character. */
  column: number;
  /** 1-based column one past the last character (exclusive). */
  endColumn: number;
  severity: 'error' | 'warning';
  message: string;
  /** Stable identifier of the kind of problem (e.g. "syntax", "example-no-match"). */
  code: string;
}

export interface Section {
  line: number;
  /** Base language subtags, or ['*'] for any source language. */
  sources: string[];
  target: string;
  /**
   * `[en -> de] with source`: the entries below are read only where the source is given
   * (bilingual/idioms.ts): their literal renderings are ordinary target-language phrases as well
   * ("ein Stück Kuchen"), a calque only where the source sentence has the idiom.
   */
  withSource?: true;
}

export interface Note {
  line: number;
  /** Language of the idiom when the note names it (`:: ru "…" = …`). */
  lang?: string;
  idiom: string;
  meaning: string;
  /** From a trailing `(literally "…")` in the meaning: the quoted words. */
  literal?: string;
  /** What follows the quoted words inside that bracket (`(literally "…"; English "…" means …)`). */
  literalNote?: string;
}

export interface ExampleLine {
  /** 1-based line. */
  line: number;
  /** 0-based column where the sentence starts. */
  column: number;
  text: string;
}

export interface PhraseEntry {
  file: string;
  /** 1-based line of the pattern. */
  line: number;
  section: Section;
  /** Source languages of this entry: the note's language, or the section's sources. */
  sources: string[];
  patternText: string;
  patterns: Pattern[];
  suggestions: string[];
  note?: Note;
  examples: ExampleLine[];
  controls: ExampleLine[];
}

export interface DisableLine {
  file: string;
  line: number;
  section: Section;
  keys: string[];
}

export interface ParsedPhrasebook {
  file: string;
  sections: Section[];
  entries: PhraseEntry[];
  disables: DisableLine[];
  diagnostics: PhraseDiagnostic[];
}

const LANG_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const OPEN_QUOTES = '"“„«‹‘‚「『\'';
const CLOSE_QUOTES = '"”“»›’‘」』\'';

function isWs(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

function baseTag(tag: string): string {
  const i = tag.indexOf('-');
  return (i < 0 ? tag : tag.slice(0, i)).toLowerCase();
}

/** Index where a trailing comment starts (" # …" — "#" after whitespace, followed by whitespace or the end), or the line length. */
function commentStart(line: string): number {
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '#' && isWs(line[i - 1]) && (i + 1 === line.length || isWs(line[i + 1]))) return i;
  }
  return line.length;
}

function trimRange(line: string, a: number, b: number): [number, number] {
  while (a < b && isWs(line[a])) a++;
  while (b > a && isWs(line[b - 1])) b--;
  return [a, b];
}

export function parsePhrasebook(text: string, file = '<phrasebook>'): ParsedPhrasebook {
  const out: ParsedPhrasebook = { file, sections: [], entries: [], disables: [], diagnostics: [] };
  const lines = text.split(/\r\n|\n|\r/);
  let section: Section | undefined;
  /** After a broken section header, its entries are skipped quietly (the header carries the error). */
  let brokenSection = false;
  /** The entry that indented lines attach to; `null` after a broken entry (its lines are ignored quietly). */
  let current: PhraseEntry | null | undefined;
  const diag = (line: number, a: number, b: number, message: string, severity: 'error' | 'warning' = 'error', code = 'syntax') =>
    out.diagnostics.push({ line: line + 1, column: a + 1, endColumn: Math.max(a + 2, b + 1), severity, message, code });

  for (let ln = 0; ln < lines.length; ln++) {
    let raw = lines[ln]!;
    if (ln === 0 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1); // editors do not count the BOM
    const firstNonWs = raw.search(/[^ \t]/);
    if (firstNonWs < 0) continue;
    if (raw[firstNonWs] === '#') continue;
    const cEnd = commentStart(raw);
    const [a, b] = trimRange(raw, firstNonWs, cEnd);
    if (a >= b) continue;
    const indented = a > 0;
    const head = raw.slice(a, Math.min(b, a + 2));

    // Indented detail lines: note, example, control.
    if (head === '::' || ((raw[a] === '+' || raw[a] === '-') && (indented || isWs(raw[a + 1]))) ) {
      const kind = head === '::' ? 'note' : raw[a] === '+' ? 'example' : 'control';
      if (current === undefined) {
        diag(ln, a, b, `this ${kind} line belongs to no entry: put it under a line "PATTERN => SUGGESTION"`);
        continue;
      }
      if (current === null) continue;
      const [ca, cb] = trimRange(raw, a + (kind === 'note' ? 2 : 1), b);
      if (ca >= cb) {
        diag(ln, a, b, kind === 'note' ? 'empty note: write :: "source idiom" = meaning' : `empty ${kind}: write a sentence after "${raw[a]}"`);
        continue;
      }
      if (kind === 'note') {
        if (current.note) {
          diag(ln, a, b, `second "::" note for this entry (the first is on line ${current.note.line}): keep one`, 'warning', 'duplicate-note');
          continue;
        }
        const note = parseNote(raw, ca, cb, ln, current.section, diag);
        if (note) {
          current.note = note;
          if (note.lang) current.sources = [note.lang];
        }
      } else {
        // Examples keep their full text: a " # " inside an example sentence is part of it.
        const [fa, fb] = trimRange(raw, a + 1, raw.length);
        (kind === 'example' ? current.examples : current.controls).push({ line: ln + 1, column: fa, text: raw.slice(fa, fb) });
      }
      continue;
    }
    if (indented) {
      diag(ln, a, b, 'an indented line must start with "::" (note), "+" (example to flag) or "-" (control to leave alone); entries start at the beginning of the line');
      continue;
    }

    if (raw[a] === '[' && (raw.indexOf('=>', a) < 0 || raw.indexOf('=>', a) >= b)) {
      current = undefined;
      const s = parseSection(raw, a, b, ln, diag);
      section = s ?? undefined;
      brokenSection = !s;
      if (s) out.sections.push(s);
      continue;
    }

    if (brokenSection) {
      current = null;
      continue;
    }

    if (raw[a] === '!') {
      current = undefined;
      if (!section) {
        diag(ln, a, b, '"!" line before any section: add a section header such as [lt -> en] above it');
        continue;
      }
      const { patterns, errors } = parsePattern(raw, a + 1, b);
      for (const e of errors) diag(ln, e.start, e.end, e.message);
      if (errors.length === 0 && patterns.length) out.disables.push({ file, line: ln + 1, section, keys: patterns.map((p) => p.key) });
      continue;
    }

    // An entry: PATTERN => SUGGESTION | SUGGESTION
    const arrow = raw.indexOf('=>', a);
    if (arrow < 0 || arrow >= b) {
      current = null;
      diag(ln, a, b, 'not an entry: write PATTERN => SUGGESTION (e.g. "put all the dots on the i => dot the i\'s"), or start a comment with #');
      continue;
    }
    if (!section) {
      current = null;
      diag(ln, a, b, 'entry before any section: add a section header such as [lt -> en] above it');
      continue;
    }
    const [pa, pb] = trimRange(raw, a, arrow);
    if (pa >= pb) {
      current = null;
      diag(ln, a, arrow + 2, 'missing pattern before "=>": write the words machine translation produces');
      continue;
    }
    const { patterns, errors } = parsePattern(raw, pa, pb);
    for (const e of errors) diag(ln, e.start, e.end, e.message);
    const suggestions: string[] = [];
    let sugErr = false;
    const [sa, sb] = trimRange(raw, arrow + 2, b);
    if (sa >= sb) {
      diag(ln, arrow, arrow + 2, 'missing suggestion after "=>": write the idiomatic rendering(s), separated by |');
      sugErr = true;
    } else {
      let s = sa;
      for (let i = sa; i <= sb; i++) {
        if (i === sb || raw[i] === '|') {
          const [x, y] = trimRange(raw, s, i);
          if (x >= y) {
            diag(ln, Math.min(i, sb - 1), i + 1, 'empty suggestion between "|": write a rendering or remove the extra "|"');
            sugErr = true;
          } else if (raw.slice(x, y).includes('=>')) {
            diag(ln, x, y, 'a second "=>": one entry per line, PATTERN => SUGGESTION | SUGGESTION');
            sugErr = true;
          } else {
            const sug = raw.slice(x, y);
            const bad = checkSuggestionRefs(sug, patterns);
            if (bad) {
              diag(ln, x, y, bad);
              sugErr = true;
            } else suggestions.push(sug);
          }
          s = i + 1;
        }
      }
    }
    if (errors.length || sugErr || patterns.length === 0) {
      current = null;
      continue;
    }
    const entry: PhraseEntry = {
      file,
      line: ln + 1,
      section,
      sources: section.sources,
      patternText: raw.slice(pa, pb),
      patterns,
      suggestions,
      examples: [],
      controls: [],
    };
    out.entries.push(entry);
    current = entry;
  }
  return out;
}

/** `{1}`, `{2}` … in a suggestion repeat the words matched by the pattern's 1st, 2nd … choice. */
function checkSuggestionRefs(s: string, patterns: Pattern[]): string | undefined {
  for (let i = s.indexOf('{'); i >= 0; i = s.indexOf('{', i + 1)) {
    const close = s.indexOf('}', i);
    const inner = close < 0 ? '' : s.slice(i + 1, close);
    if (!/^[1-9]$/.test(inner)) {
      return `"{" in a suggestion must be a reference like {1} (the words matched by the pattern's first choice: a/b, [ ], ( ), stem* or placeholder)`;
    }
    const n = Number(inner);
    for (const p of patterns) {
      const count = choiceElements(p).length;
      if (n > count) return `{${n}} refers to choice ${n}, but the pattern "${p.key}" has ${count} choice${count === 1 ? '' : 's'} (a/b, [ ], ( ), stem* or placeholders)`;
    }
  }
  return undefined;
}

function parseSection(
  raw: string,
  a: number,
  b: number,
  ln: number,
  diag: (line: number, a: number, b: number, message: string) => void,
): Section | null {
  const example = 'write e.g. [lt -> en], [* -> en], [ru, uk -> en] or [en -> de] with source (the entries under this header are skipped until it is fixed)';
  const flag = /\]\s*with\s+source$/i.exec(raw.slice(a, b));
  const withSource = flag !== null;
  if (flag) b = a + flag.index + 1;
  if (raw[b - 1] !== ']') {
    diag(ln, a, b, `section header is not closed with "]": ${example}`);
    return null;
  }
  const inner = raw.slice(a + 1, b - 1);
  let arrow = inner.indexOf('->');
  let arrowLen = 2;
  if (arrow < 0) {
    arrow = inner.indexOf('→');
    arrowLen = 1;
  }
  if (arrow < 0) {
    diag(ln, a, b, `section header needs "->" between source and target language: ${example}`);
    return null;
  }
  const srcText = inner.slice(0, arrow);
  const tgtText = inner.slice(arrow + arrowLen).trim();
  const sources: string[] = [];
  let ok = true;
  let col = a + 1;
  for (const part of srcText.split(',')) {
    const code = part.trim();
    const off = col + part.indexOf(code);
    col += part.length + 1;
    if (code === '*') {
      sources.push('*');
    } else if (LANG_CODE.test(code)) {
      sources.push(baseTag(code));
    } else {
      diag(ln, code ? off : a, code ? off + code.length : b, code ? `"${code}" is not a language code: use ISO 639-1 codes such as lt, ru, de, or * for any language` : `missing source language: ${example}`);
      ok = false;
    }
  }
  if (sources.includes('*') && sources.length > 1) {
    diag(ln, a, b, '"*" already means any source language: list languages or use * alone');
    ok = false;
  }
  const tgtStart = a + 1 + arrow + arrowLen + (inner.slice(arrow + arrowLen).length - inner.slice(arrow + arrowLen).trimStart().length);
  if (!tgtText) {
    diag(ln, a, b, `missing target language after "->": ${example}`);
    ok = false;
  } else if (tgtText === '*' || tgtText.includes(',') || !LANG_CODE.test(tgtText)) {
    diag(ln, tgtStart, tgtStart + tgtText.length, `"${tgtText}" is not one target language: a section has exactly one target, e.g. -> en`);
    ok = false;
  }
  if (!ok) return null;
  const section: Section = { line: ln + 1, sources, target: baseTag(tgtText) };
  if (withSource) section.withSource = true;
  return section;
}

function parseNote(
  raw: string,
  ca: number,
  cb: number,
  ln: number,
  section: Section,
  diag: (line: number, a: number, b: number, message: string, severity?: 'error' | 'warning', code?: string) => void,
): Note | undefined {
  const shape = section.sources[0] === '*' ? ':: ru "source idiom" = meaning' : ':: "source idiom" = meaning';
  let i = ca;
  let lang: string | undefined;
  if (!OPEN_QUOTES.includes(raw[i]!)) {
    let j = i;
    while (j < cb && !isWs(raw[j]) && !OPEN_QUOTES.includes(raw[j]!)) j++;
    const code = raw.slice(i, j);
    if (!LANG_CODE.test(code)) {
      diag(ln, ca, cb, `a note is the quoted source idiom and its meaning: ${shape}`);
      return undefined;
    }
    lang = baseTag(code);
    i = j;
    while (i < cb && isWs(raw[i])) i++;
    if (!OPEN_QUOTES.includes(raw[i] ?? '')) {
      diag(ln, ca, cb, `a note is the quoted source idiom and its meaning (after an optional language code): ${shape}`);
      return undefined;
    }
  }
  // The idiom runs to the closing quote that precedes "=".
  let eq = -1;
  for (let k = i + 1; k < cb; k++) {
    if (raw[k] !== '=') continue;
    let q = k - 1;
    while (q > i && isWs(raw[q])) q--;
    if (q > i && CLOSE_QUOTES.includes(raw[q]!)) {
      eq = k;
      break;
    }
  }
  if (eq < 0) {
    diag(ln, ca, cb, `missing "= meaning" after the quoted idiom: ${shape}`);
    return undefined;
  }
  let q = eq - 1;
  while (isWs(raw[q])) q--;
  const idiom = raw.slice(i + 1, q).trim();
  let meaning = raw.slice(eq + 1, cb).trim();
  if (!idiom || !meaning) {
    diag(ln, ca, cb, `${!idiom ? 'empty idiom' : 'empty meaning'}: ${shape}`);
    return undefined;
  }
  if (section.sources[0] === '*' && !lang) {
    diag(ln, ca, cb, `in a [* -> ${section.target}] section the note names the source language first: ${shape}`);
    return undefined;
  }
  if (lang && section.sources[0] !== '*' && !section.sources.includes(lang)) {
    diag(ln, ca, ca + lang.length, `"${lang}" is not a source language of this section [${section.sources.join(', ')} -> ${section.target}]`, 'warning', 'note-language');
  }
  let literal: string | undefined;
  let literalNote: string | undefined;
  const li = meaning.toLowerCase().lastIndexOf('(literally');
  if (li >= 0 && meaning.endsWith(')')) {
    literal = meaning.slice(li + '(literally'.length, -1).trim();
    if (literal.length >= 2 && OPEN_QUOTES.includes(literal[0]!)) {
      // The quoted words; a comment after them stays apart ("to breathe out"; English "exhale" …).
      let close = -1;
      for (let k = 1; k < literal.length; k++) {
        if (CLOSE_QUOTES.includes(literal[k]!) && (k + 1 === literal.length || !/\p{L}/u.test(literal[k + 1]!))) {
          close = k;
          break;
        }
      }
      if (close > 1) {
        const rest = literal.slice(close + 1).replace(/^[\s;,.:—–-]+/, '').trim();
        literal = literal.slice(1, close).trim();
        if (rest) literalNote = rest;
      }
    }
    meaning = meaning.slice(0, li).trim();
    if (!meaning) meaning = literal;
  }
  return { line: ln + 1, idiom, meaning, ...(lang ? { lang } : {}), ...(literal ? { literal } : {}), ...(literalNote ? { literalNote } : {}) };
}
