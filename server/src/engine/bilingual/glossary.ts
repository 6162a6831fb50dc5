/**
 * Terminology: glossaries (CSV/TSV, TBX, inline in .calque.json) and checking an aligned
 * source/target segment pair against them. Pure: text in, data out (no file access; the caller
 * reads the file and passes its text and name, which is only used in errors and origins).
 *
 * Matching (term-match.ts) is inflection-tolerant per language and whole-word, so German
 * "Bundestages" is "Bundestag", Russian "Госдумы" is "Госдума", and "Bundestag" inside
 * "Bundestagswahl" is no occurrence of the source term. Precision rules of checkTerms:
 *  - a source occurrence inside a longer occurrence of another glossary term is not one
 *    ("data" inside "data protection"); of two terms on the same span the case-sensitive wins;
 *  - entries with the same source term are one term: any of their renderings satisfies it;
 *  - missing-target only when the source term occurs and no accepted rendering occurs anywhere in
 *    the target segment; in compounding target languages (German, Dutch, Scandinavian, Finnic) a
 *    rendering may be the first or last part of a longer word ("Datenschutzbeauftragte");
 *  - a forbidden rendering is reported only when the source term occurs more often than its
 *    accepted renderings in the target (otherwise the forbidden word translates something else:
 *    "the State Duma … the Duma" → "Госдума … Дума"), as a whole word, not inside an accepted
 *    rendering, and not when it is an accepted rendering of another term of the segment.
 */
import { computeLineStarts, lineOf } from '../lines';
import { joinOr } from '../rule';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseXml, XmlElement, XmlError } from '@rgrove/parse-xml';
import { hasCaseMarks, isCompounding, matchTerm, matchWith, termMatcher, termPrefix, wordPrefixes, type Matcher, type MatchOptions } from './term-match';

export interface GlossaryEntry {
  /** Source term (may be several words). */
  source: string;
  /** Accepted target renderings (first = preferred); empty for do-not-translate. */
  targets: string[];
  /** Target renderings that must not be used for this source term. */
  forbidden: string[];
  /** Do-not-translate: the target must contain the source term as is. */
  dnt: boolean;
  /** Default false; true when the term has inner capitals or is in capitals, or the file says so. */
  caseSensitive: boolean;
  note?: string;
  origin: { file: string; line: number; column: number };
}

export interface Glossary {
  sourceLanguage?: string;
  targetLanguage?: string;
  entries: GlossaryEntry[];
}

/** A glossary file that cannot be read: where (1-based line and column) and why. */
export class GlossaryError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'GlossaryError';
  }
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
const clean = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** 1-based line and column of an offset (line starts from article.ts: \n, \r\n and \r end a line). */
function position(starts: number[], offset: number): { line: number; column: number } {
  const line = lineOf(starts, offset);
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    if (x === '' || seen.has(x)) continue;
    seen.add(x);
    out.push(x);
  }
  return out;
}

/** Renderings in one cell, separated by '|' or ';'. */
const splitRenderings = (cell: string | undefined) => dedupe((cell ?? '').split(/[|;]/).map(clean));

const normTag = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
const baseOf = (tag: string) => normTag(tag).split('-')[0]!;

// ---------------------------------------------------------------------------------------------
// CSV / TSV

type Field = 'source' | 'target' | 'forbidden' | 'dnt' | 'case' | 'note';
/** Column names (lower case, '_' and '-' read as spaces), with the common synonyms of CAT-tool exports. */
const COLUMN_NAMES: Readonly<Record<string, Field>> = {
  source: 'source', 'source term': 'source', term: 'source', src: 'source',
  target: 'target', targets: 'target', 'target term': 'target', translation: 'target', translations: 'target', tgt: 'target',
  forbidden: 'forbidden', 'forbidden target': 'forbidden', 'forbidden targets': 'forbidden', deprecated: 'forbidden', 'do not use': 'forbidden', avoid: 'forbidden',
  dnt: 'dnt', 'do not translate': 'dnt', donottranslate: 'dnt', untranslatable: 'dnt', 'no translate': 'dnt',
  case: 'case', 'case sensitive': 'case', casesensitive: 'case', 'match case': 'case',
  note: 'note', notes: 'note', comment: 'note', comments: 'note', definition: 'note', description: 'note', context: 'note',
};
const LANGUAGE_COLUMN = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** Delimiter: the file name says TSV, or the header line has a tab, or more semicolons than commas. */
function guessDelimiter(text: string, file: string): ',' | ';' | '\t' {
  if (/\.(tsv|tab)$/i.test(file)) return '\t';
  const nl = text.search(/[\r\n]/);
  const header = (nl < 0 ? text : text.slice(0, nl)).replace(/"[^"]*"/g, '');
  if (header.includes('\t')) return '\t';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Offsets of the cells of one CSV record starting at `from` (after any empty lines), the offset
 * just after it, and where a quoting problem is: quote-aware as RFC 4180 (a quote opens a quoted
 * cell only at its start; "" inside it is a quote; with `strictQuotes` a quote inside an unquoted
 * cell is a problem too).
 */
function scanRecord(text: string, from: number, delimiter: string, strictQuotes: boolean): { cells: number[]; end: number; problem?: number } {
  let i = from;
  while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++; // skipped empty lines
  const cells: number[] = [];
  const eol = (j: number) => (text[j] === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1);
  for (;;) {
    cells.push(i);
    if (text[i] === '"') {
      const open = i;
      i++;
      for (;;) {
        if (i >= text.length) return { cells, end: i, problem: open };
        if (text[i] === '"') {
          if (text[i + 1] === '"') i += 2;
          else break;
        } else i++;
      }
      i++; // closing quote
      if (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') return { cells, end: i, problem: i };
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        if (strictQuotes && text[i] === '"') return { cells, end: i, problem: i };
        i++;
      }
    }
    if (i < text.length && text[i] === delimiter) {
      i++;
      continue;
    }
    return { cells, end: i < text.length ? eol(i) : i };
  }
}

/** The first quoting problem of a CSV text (offset), scanning record by record. */
function firstQuotingProblem(text: string, delimiter: string, strictQuotes: boolean): number | undefined {
  let at = 0;
  while (at < text.length) {
    const r = scanRecord(text, at, delimiter, strictQuotes);
    if (r.problem !== undefined) return r.problem;
    if (r.end <= at) return undefined;
    at = r.end;
  }
  return undefined;
}

interface CsvRow {
  record: string[];
  raw: string;
  info: { lines: number; bytes: number };
}

/**
 * CSV (RFC 4180, comma or semicolon) and TSV glossaries. A header row is required; columns are
 * found by name, case-insensitively: source, target (several renderings separated by '|' or ';'),
 * forbidden, dnt (yes/true/1/x), case (sensitive/yes), note — or language codes ("en", "de-CH"),
 * of which `sourceLanguage`/`targetLanguage` pick the source and target column (without them, two
 * language columns are source and target in that order). Common synonyms of CAT-tool exports are
 * read too (term, translation, deprecated, comment, …). Several source terms in one cell,
 * separated the same way, are one entry each. Rows that are empty, or that give no target,
 * forbidden rendering or dnt (a multilingual sheet without this target language), are skipped.
 * The delimiter is `opts.delimiter`, else tab for *.tsv/*.tab or a header with a tab, else the
 * more frequent of ';' and ',' in the header.
 */
export function parseGlossaryDelimited(text: string, file: string, opts: { delimiter?: ',' | ';' | '\t'; sourceLanguage?: string; targetLanguage?: string } = {}): Glossary {
  const src = stripBom(text);
  const starts = computeLineStarts(src);
  const at = (offset: number) => position(starts, offset);
  const fail = (message: string, offset: number): never => {
    const p = at(offset);
    throw new GlossaryError(message, file, p.line, p.column);
  };
  const delimiter = opts.delimiter ?? guessDelimiter(src, file);
  const shown = delimiter === '\t' ? 'TSV' : 'CSV';
  // RFC 4180 for CSV (a quote belongs in a quoted cell); TSV writers often leave quotes bare.
  const strictQuotes = delimiter !== '\t';

  let rows: CsvRow[];
  try {
    rows = parseCsv(src, { delimiter, info: true, raw: true, relax_column_count: true, relax_quotes: !strictQuotes, skip_empty_lines: true }) as unknown as CsvRow[];
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    // Point at the quote that is not closed, the character after a closing quote or a quote inside an unquoted cell.
    const problem = firstQuotingProblem(src, delimiter, strictQuotes);
    const p = problem !== undefined ? at(problem) : { line: err.lines ?? 1, column: 1 };
    const reason = (err.message ?? String(e)).replace(/\s+at line \d+.*$/s, '').replace(/ on field \d+.*$/s, '');
    throw new GlossaryError(`malformed ${shown}: ${reason}`, file, p.line, p.column);
  }

  // Offsets: each record's raw text follows the previous one's.
  let cursor = 0;
  const located = rows.map((r) => {
    let start = src.startsWith(r.raw, cursor) ? cursor : src.indexOf(r.raw, cursor);
    if (start < 0) start = cursor;
    cursor = start + r.raw.length;
    return { cells: r.record, offsets: scanRecord(src, start, delimiter, false).cells, start };
  });
  if (located.length === 0) fail(`missing header row: the first row must name the columns (source, target, …)`, 0);

  // Header.
  const header = located[0]!;
  const fields = new Map<Field, number>();
  const languages: { tag: string; index: number }[] = [];
  const unknown: number[] = [];
  header.cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
    if (name === '') return;
    const field = COLUMN_NAMES[name];
    const offset = header.offsets[index] ?? header.start;
    if (field) {
      if (fields.has(field)) fail(`column "${raw.trim()}" given twice (as ${field})`, offset);
      fields.set(field, index);
    } else if (LANGUAGE_COLUMN.test(raw.trim())) languages.push({ tag: raw.trim().replace(/_/g, '-'), index });
    else unknown.push(index);
  });
  if (!fields.has('source') && !fields.has('target') && languages.length === 0) {
    fail(`missing header row: the first row must name the columns (source, target, forbidden, dnt, case, note, or language codes such as "en", "de")`, header.start);
  }
  if (unknown.length) {
    const i = unknown[0]!;
    fail(`unknown column "${header.cells[i]!.trim()}" (expected source, target, forbidden, dnt, case, note, or a language code)`, header.offsets[i] ?? header.start);
  }
  let sourceLanguage = opts.sourceLanguage;
  let targetLanguage = opts.targetLanguage;
  let sourceIdx = fields.get('source');
  let targetIdx = fields.get('target');
  if (languages.length) {
    if (sourceIdx !== undefined || targetIdx !== undefined) fail(`both "source"/"target" and language columns (${languages.map((l) => l.tag).join(', ')}): use one or the other`, header.offsets[languages[0]!.index] ?? header.start);
    const pick = (tag: string | undefined, role: string, exclude?: number): { tag: string; index: number } => {
      if (tag === undefined) {
        if (languages.length === 2) return role === 'source' ? languages[0]! : languages.find((l) => l.index !== exclude)!;
        return fail(`${languages.length} language columns (${languages.map((l) => l.tag).join(', ')}): the ${role} language must be given`, header.start);
      }
      const exact = languages.find((l) => normTag(l.tag) === normTag(tag) && l.index !== exclude);
      if (exact) return exact;
      const base = languages.filter((l) => baseOf(l.tag) === baseOf(tag) && l.index !== exclude);
      if (base.length === 1) return base[0]!;
      return fail(base.length ? `several columns for ${role} language ${tag} (${base.map((l) => l.tag).join(', ')})` : `no column for ${role} language ${tag} (columns: ${languages.map((l) => l.tag).join(', ')})`, header.start);
    };
    const s = pick(opts.sourceLanguage, 'source');
    const t = pick(opts.targetLanguage, 'target', s.index);
    sourceIdx = s.index;
    targetIdx = t.index;
    sourceLanguage ??= s.tag;
    targetLanguage ??= t.tag;
  }
  if (sourceIdx === undefined) fail(`no "source" column in the header`, header.start);
  const width = header.cells.length;

  const entries: GlossaryEntry[] = [];
  for (const row of located.slice(1)) {
    const cell = (i: number | undefined) => (i === undefined ? '' : (row.cells[i] ?? '').trim());
    const offsetOf = (i: number | undefined) => (i === undefined ? row.offsets[0]! : row.offsets[i] ?? row.offsets[row.offsets.length - 1]!);
    if (row.cells.every((c) => c.trim() === '')) continue;
    for (let i = width; i < row.cells.length; i++) if (row.cells[i]!.trim() !== '') fail(`more cells than columns in the header (${width})`, offsetOf(i));
    // Several source terms in one cell (synonyms, as in a multilingual sheet's "Bundeskanzler|Kanzler") are one entry each.
    const sources = splitRenderings(cell(sourceIdx));
    if (sources.length === 0) fail(`entry without source term`, offsetOf(sourceIdx));
    const flag = (field: 'dnt' | 'case', yes: Set<string>): boolean | undefined => {
      const i = fields.get(field);
      const v = cell(i).toLowerCase();
      if (v === '') return undefined;
      if (yes.has(v)) return true;
      if (NO.has(v) || (field === 'case' && v === 'insensitive')) return false;
      return fail(`${field} column: "${cell(i)}" is not yes or no`, offsetOf(i));
    };
    const dnt = flag('dnt', YES) ?? false;
    const caseFlag = flag('case', new Set([...YES, 'sensitive', 'case sensitive']));
    const targets = splitRenderings(cell(targetIdx));
    const forbidden = splitRenderings(cell(fields.get('forbidden')));
    if (!dnt && targets.length === 0 && forbidden.length === 0) continue;
    const note = clean(cell(fields.get('note')));
    const p = at(offsetOf(sourceIdx));
    for (const source of sources) {
      entries.push({
        source,
        targets: [...targets],
        forbidden: [...forbidden],
        dnt,
        caseSensitive: caseFlag ?? hasCaseMarks(source),
        ...(note ? { note } : {}),
        origin: { file, line: p.line, column: p.column },
      });
    }
  }
  return { ...(sourceLanguage ? { sourceLanguage } : {}), ...(targetLanguage ? { targetLanguage } : {}), entries };
}

// ---------------------------------------------------------------------------------------------
// TBX

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const elements = (e: XmlElement) => e.children.filter((c): c is XmlElement => c instanceof XmlElement);
function* descendants(e: XmlElement, names: ReadonlySet<string>, stopAt?: ReadonlySet<string>): Generator<XmlElement> {
  for (const c of elements(e)) {
    const n = localName(c.name);
    if (names.has(n)) yield c;
    else if (!stopAt?.has(n)) yield* descendants(c, names, stopAt);
  }
}

type Status = 'preferred' | 'admitted' | 'forbidden';
/** administrativeStatus / normativeAuthorization values: TBX-Basic's "-admn-sts" picklist and the older bare names. */
function statusOf(value: string): Status {
  const v = value.trim().toLowerCase().replace(/-admn-sts$/, '');
  if (/deprecated|superseded|obsolete|notrecommended|not recommended|forbidden|rejected|proscribed/.test(v)) return 'forbidden';
  if (/preferred/.test(v)) return 'preferred';
  return 'admitted';
}

/**
 * TBX (TermBase eXchange): TBX-Basic 2008 (<martif>, <termEntry>, <langSet>, <tig>/<ntig>) and
 * TBX v3 "core" (<tbx>, <conceptEntry>, <langSec>, <termSec>). The terms of the source language
 * (exact tag or same base language) that are not deprecated become entries; in the target
 * language, preferred terms come first, admitted ones next, and deprecated/superseded ones
 * (administrativeStatus or normativeAuthorization) are forbidden. A definition or note of the
 * concept becomes the entry's note. Concepts without a source or a target term are skipped.
 */
export function parseGlossaryTbx(text: string, file: string, opts: { sourceLanguage: string; targetLanguage: string }): Glossary {
  const src = stripBom(text);
  const starts = computeLineStarts(src);
  const fail = (message: string, offset: number): never => {
    const p = position(starts, offset);
    throw new GlossaryError(message, file, p.line, p.column);
  };
  let root: XmlElement | null;
  try {
    root = parseXml(src, { includeOffsets: true }).root;
  } catch (e) {
    if (e instanceof XmlError) throw new GlossaryError(`not well-formed XML: ${e.message.split('\n')[0]!.replace(/\s*\(line \d+, column \d+\)$/, '')}`, file, e.line, e.column);
    throw e;
  }
  if (!root) return fail(`not a TBX file: no root element`, 0);
  if (!['martif', 'tbx'].includes(localName(root.name))) fail(`not a TBX file: the root element is <${root.name}>, expected <martif> or <tbx>`, root.start);

  const matches = (lang: string, wanted: string) => normTag(lang) === normTag(wanted);
  const sameBase = (lang: string, wanted: string) => baseOf(lang) === baseOf(wanted);
  const entries: GlossaryEntry[] = [];
  for (const concept of descendants(root, new Set(['termEntry', 'conceptEntry']))) {
    const langSets = [...descendants(concept, new Set(['langSet', 'langSec']))];
    const byLang = langSets.map((ls) => {
      const lang = ls.attributes['xml:lang'] ?? ls.attributes['lang'];
      if (!lang) fail(`<${ls.name}> without xml:lang`, ls.start);
      return { lang: lang!, el: ls };
    });
    const pickSets = (wanted: string) => {
      const exact = byLang.filter((l) => matches(l.lang, wanted));
      return exact.length ? exact : byLang.filter((l) => sameBase(l.lang, wanted));
    };
    const termsOf = (sets: { el: XmlElement }[]) => {
      const out: { text: string; status: Status; el: XmlElement }[] = [];
      for (const { el } of sets) {
        const groups = [...descendants(el, new Set(['tig', 'ntig', 'termSec']))];
        for (const g of groups.length ? groups : [el]) {
          const term = [...descendants(g, new Set(['term']))][0];
          if (!term) {
            if (g !== el) fail(`<${g.name}> without <term>`, g.start);
            continue;
          }
          const value = clean(term.text);
          if (value === '') fail(`empty <term>`, term.start);
          let status: Status = 'admitted';
          for (const note of descendants(g, new Set(['termNote', 'administrativeStatus', 'normativeAuthorization']))) {
            const type = localName(note.name) === 'termNote' ? (note.attributes['type'] ?? '') : localName(note.name);
            if (type === 'administrativeStatus' || type === 'normativeAuthorization') status = statusOf(note.text);
          }
          out.push({ text: value, status, el: term });
        }
      }
      return out;
    };
    const sourceTerms = termsOf(pickSets(opts.sourceLanguage)).filter((t) => t.status !== 'forbidden');
    if (sourceTerms.length === 0) continue;
    const targetTerms = termsOf(pickSets(opts.targetLanguage));
    const targets = dedupe([...targetTerms.filter((t) => t.status === 'preferred'), ...targetTerms.filter((t) => t.status === 'admitted')].map((t) => t.text));
    const forbidden = dedupe(targetTerms.filter((t) => t.status === 'forbidden').map((t) => t.text)).filter((f) => !targets.includes(f));
    if (targets.length === 0 && forbidden.length === 0) continue;
    let note: string | undefined;
    for (const d of descendants(concept, new Set(['descrip', 'note', 'definition']), new Set(['langSet', 'langSec']))) {
      const type = localName(d.name) === 'descrip' ? d.attributes['type'] : localName(d.name);
      if (type === 'definition' || type === 'note') {
        note = clean(d.text) || undefined;
        if (note) break;
      }
    }
    for (const s of sourceTerms) {
      const p = position(starts, s.el.start);
      entries.push({ source: s.text, targets: [...targets], forbidden: [...forbidden], dnt: false, caseSensitive: hasCaseMarks(s.text), ...(note ? { note } : {}), origin: { file, line: p.line, column: p.column } });
    }
  }
  return { sourceLanguage: opts.sourceLanguage, targetLanguage: opts.targetLanguage, entries };
}

// ---------------------------------------------------------------------------------------------
// .calque.json

/**
 * The entries given inline in .calque.json: `{ "source term": "target" | ["t1", "t2"] |
 * { "target": …, "forbidden": […], "dnt": true, "caseSensitive": true, "note": … } }`.
 * A parsed JSON value carries no positions: `locate` (optional, e.g. from jsonc-parser's tree)
 * gives the line and column of a key path; without it entries and errors are at line 1, column 1.
 */
export function glossaryFromConfig(value: unknown, file: string, locate?: (path: (string | number)[]) => { line: number; column: number } | undefined): Glossary {
  const where = (path: (string | number)[]) => locate?.(path) ?? { line: 1, column: 1 };
  const fail = (message: string, path: (string | number)[]): never => {
    const p = where(path);
    throw new GlossaryError(message, file, p.line, p.column);
  };
  if (value === undefined || value === null) return { entries: [] };
  if (typeof value !== 'object' || Array.isArray(value)) fail(`glossary must be an object: { "source term": "target" | ["target", …] | { "target": …, "forbidden": […], "dnt": true } }`, []);
  const strings = (v: unknown, path: (string | number)[], what: string): string[] => {
    if (v === undefined || v === null) return [];
    if (typeof v === 'string') return dedupe([clean(v)]);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return dedupe(v.map((x: string) => clean(x)));
    return fail(`${what} must be a string or a list of strings`, path);
  };
  const entries: GlossaryEntry[] = [];
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const source = clean(key);
    if (source === '') fail(`entry without source term`, [key]);
    let targets: string[] = [];
    let forbidden: string[] = [];
    let dnt = false;
    let caseSensitive: boolean | undefined;
    let note: string | undefined;
    if (typeof v === 'string' || Array.isArray(v)) targets = strings(v, [key], `"${key}"`);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const path = [key, k];
        if (k === 'target' || k === 'targets') targets = strings(x, path, `"${key}".${k}`);
        else if (k === 'forbidden') forbidden = strings(x, path, `"${key}".forbidden`);
        else if (k === 'dnt' || k === 'caseSensitive') {
          if (typeof x !== 'boolean') fail(`"${key}".${k} must be true or false`, path);
          if (k === 'dnt') dnt = x as boolean;
          else caseSensitive = x as boolean;
        } else if (k === 'note') {
          if (typeof x !== 'string') fail(`"${key}".note must be a string`, path);
          note = clean(x as string) || undefined;
        } else fail(`"${key}": unknown field "${k}" (expected target, forbidden, dnt, caseSensitive, note)`, path);
      }
    } else fail(`"${key}" must be a target, a list of targets or an object`, [key]);
    if (!dnt && targets.length === 0 && forbidden.length === 0) fail(`"${key}" has no target (give target, forbidden or dnt: true)`, [key]);
    const p = where([key]);
    entries.push({ source, targets, forbidden, dnt, caseSensitive: caseSensitive ?? hasCaseMarks(source), ...(note ? { note } : {}), origin: { file, line: p.line, column: p.column } });
  }
  return { entries };
}

// ---------------------------------------------------------------------------------------------
// Matching and checking

/**
 * Occurrences of a term in text, inflection-tolerant for the language (each word of the term may
 * carry a case/number ending), whole words only, the term's own words in order, case-insensitive
 * unless `caseSensitive`. See term-match.ts.
 */
export function findTerm(text: string, term: string, lang: string, caseSensitive = false): { start: number; end: number }[] {
  return matchTerm(text, term, lang, { caseSensitive });
}

export interface TermIssue {
  kind: 'missing-target' | 'forbidden' | 'dnt-changed';
  entry: GlossaryEntry;
  sourceAt: { start: number; end: number };
  targetAt?: { start: number; end: number };
  message: string;
}

type Range = { start: number; end: number };

/** Entries with the same source term (same spelling, or same lower-case spelling when case-insensitive) are one term. */
interface TermGroup {
  source: string;
  caseSensitive: boolean;
  entries: GlossaryEntry[];
  prefix: string;
  /** Accepted renderings of all entries, in order (dnt entries accept their source term as is). */
  accepted: string[];
  dnt: boolean;
  /** The group's own compiled matchers (a large glossary would thrash the shared cache). */
  matchers: Map<string, Matcher | null>;
}

/** Matches of a term with the group's own matcher cache. */
function groupMatch(g: TermGroup, text: string, term: string, lang: string, opts: MatchOptions): Range[] {
  const key = `${opts.mode ?? ''}\u0000${lang}\u0000${opts.caseSensitive ? 1 : 0}${opts.compounds ? 1 : 0}\u0000${term}`;
  let re = g.matchers.get(key);
  if (re === undefined) g.matchers.set(key, (re = termMatcher(term, lang, opts)));
  return matchWith(re, text);
}

const groupsCache = new WeakMap<Glossary, { entries: GlossaryEntry[]; count: number; groups: TermGroup[] }>();

function groupsOf(glossary: Glossary): TermGroup[] {
  const cached = groupsCache.get(glossary);
  if (cached && cached.entries === glossary.entries && cached.count === glossary.entries.length) return cached.groups;
  const byKey = new Map<string, TermGroup>();
  for (const e of glossary.entries) {
    const source = clean(e.source);
    if (source === '') continue;
    const key = (e.caseSensitive ? 'S' : 'i') + (e.caseSensitive ? source : source.toLowerCase());
    let g = byKey.get(key);
    if (!g) {
      g = { source, caseSensitive: e.caseSensitive, entries: [], prefix: termPrefix(source), accepted: [], dnt: false, matchers: new Map() };
      byKey.set(key, g);
    }
    g.entries.push(e);
    for (const t of e.targets) if (!g.accepted.includes(t)) g.accepted.push(t);
    if (e.dnt) g.dnt = true;
  }
  const groups = [...byKey.values()];
  groupsCache.set(glossary, { entries: glossary.entries, count: glossary.entries.length, groups });
  return groups;
}

/** Case rule for a target string: case-sensitive only when the term is and the string itself is spelled with case marks (NATO → "Nato" matches "NATO"). */
const targetCase = (g: TermGroup, s: string) => g.caseSensitive && hasCaseMarks(s);

/** Source occurrences of every group in the source, without those inside a longer (or more specific) occurrence of another group. */
function sourceOccurrences(groups: TermGroup[], source: string, sourceLang: string): Map<TermGroup, Range[]> {
  const prefixes = wordPrefixes(source);
  const found: { g: TermGroup; r: Range }[] = [];
  for (const g of groups) {
    if (g.prefix !== '' && !prefixes.has(g.prefix)) continue;
    for (const r of groupMatch(g, source, g.source, sourceLang, { caseSensitive: g.caseSensitive })) found.push({ g, r });
  }
  const out = new Map<TermGroup, Range[]>();
  for (const a of found) {
    const covered = found.some(
      (b) => b.g !== a.g && b.r.start <= a.r.start && b.r.end >= a.r.end && (b.r.end - b.r.start > a.r.end - a.r.start || (b.g.caseSensitive && !a.g.caseSensitive)),
    );
    if (covered) continue;
    const list = out.get(a.g);
    if (list) list.push(a.r);
    else out.set(a.g, [a.r]);
  }
  return out;
}

/** Where the group's accepted renderings (and, for dnt, its source term as is) occur in the target; loose in compounding languages. */
function renderingMatches(g: TermGroup, target: string, targetLang: string): { rendering: string; at: Range }[] {
  const out: { rendering: string; at: Range }[] = [];
  const compounds = isCompounding(targetLang);
  for (const t of g.accepted) for (const at of groupMatch(g, target, t, targetLang, { caseSensitive: targetCase(g, t), compounds })) out.push({ rendering: t, at });
  if (g.dnt) for (const at of groupMatch(g, target, g.source, targetLang, { caseSensitive: g.caseSensitive, mode: 'asis' })) out.push({ rendering: g.source, at });
  return out;
}

/** The ranges not inside another (longer) one, each once. */
function outermost(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    if (ranges.some((o) => o !== r && o.start <= r.start && o.end >= r.end && o.end - o.start > r.end - r.start)) continue;
    if (out.some((o) => o.start === r.start && o.end === r.end)) continue;
    out.push(r);
  }
  return out;
}

const quote = (s: string) => `“${s}”`;
const orList = (xs: string[]) => joinOr(xs.map(quote));

/**
 * One aligned source/target segment pair against a glossary: each glossary source term found in
 * the source must have an accepted rendering in the target (or, for a do-not-translate term, the
 * source term itself); a forbidden rendering of a term found in the source is reported when some
 * occurrence of the term is left without an accepted rendering (see the file comment). Issues
 * are in source order; one missing-target/dnt-changed issue per term and segment, one forbidden
 * issue per forbidden occurrence.
 */
export function checkTerms(glossary: Glossary, source: string, sourceLang: string, target: string, targetLang: string): TermIssue[] {
  const groups = groupsOf(glossary);
  if (groups.length === 0 || source.trim() === '') return [];
  const occurring = sourceOccurrences(groups, source, sourceLang);
  if (occurring.size === 0) return [];
  // Accepted renderings of every term of the segment: a forbidden word that is one of them is not reported.
  const acceptedHere = new Map<TermGroup, { rendering: string; at: Range }[]>();
  for (const g of occurring.keys()) acceptedHere.set(g, renderingMatches(g, target, targetLang));
  const issues: TermIssue[] = [];
  for (const [g, occ] of occurring) {
    const sourceAt = occ[0]!;
    const found = acceptedHere.get(g)!;
    const entry = g.entries[0]!;
    if (found.length === 0 && (g.accepted.length > 0 || g.dnt)) {
      if (g.accepted.length === 0) {
        issues.push({ kind: 'dnt-changed', entry, sourceAt, message: `Glossary: ${quote(g.source)} is not to be translated, but the target does not contain it as is.` });
      } else {
        const options = g.dnt ? [g.source, ...g.accepted] : g.accepted;
        issues.push({ kind: 'missing-target', entry, sourceAt, message: `Glossary: ${quote(g.source)} should be translated as ${orList(options)}, which the target does not contain.` });
      }
    }
    // Every source occurrence has its accepted rendering: a forbidden word then translates something
    // else ("the State Duma … the Duma" → "Госдума … Дума"), not this term.
    const renderedAll = outermost(found.map((m) => m.at)).length >= occ.length && (g.accepted.length > 0 || g.dnt);
    if (renderedAll) continue;
    const forbiddenSeen = new Set<string>();
    for (const e of g.entries) {
      for (const f of e.forbidden) {
        if (forbiddenSeen.has(f) || g.accepted.includes(f)) continue;
        forbiddenSeen.add(f);
        const elsewhere = [...occurring.keys()].some((h) => h !== g && h.accepted.some((t) => t.toLowerCase() === f.toLowerCase()));
        if (elsewhere) continue;
        const allAccepted = [...acceptedHere.values()].flat();
        for (const at of groupMatch(g, target, f, targetLang, { caseSensitive: e.caseSensitive && hasCaseMarks(f) })) {
          if (allAccepted.some((a) => a.at.start <= at.start && a.at.end >= at.end && a.at.end - a.at.start > at.end - at.start)) continue;
          const use = g.dnt ? [g.source, ...g.accepted] : g.accepted;
          const advice = use.length ? `; use ${orList(use)}` : '';
          issues.push({ kind: 'forbidden', entry: e, sourceAt, targetAt: at, message: `Glossary: ${quote(target.slice(at.start, at.end))} is a forbidden rendering of ${quote(g.source)}${advice}.` });
        }
      }
    }
  }
  return issues.sort((a, b) => a.sourceAt.start - b.sourceAt.start || (a.targetAt?.start ?? -1) - (b.targetAt?.start ?? -1));
}

/** A consistency finding over one document. */
export interface TermConsistencyFinding {
  /**
   * 'inconsistent': the term was rendered by several of its accepted targets in one document;
   * 'shared': this term and `other.entry` (a different source term) were both rendered by the
   * same word, although one of them has another accepted rendering that would keep them apart.
   */
  kind: 'inconsistent' | 'shared';
  entry: GlossaryEntry;
  /** Rendering (as written in the glossary) → number of segments in which it rendered this term. */
  renderings: Map<string, number>;
  /** 'shared': the other source term and its segment counts for the shared rendering. */
  other?: { entry: GlossaryEntry; renderings: Map<string, number> };
}

/**
 * Term consistency over the segment pairs of one document. A segment counts for a term when the
 * term occurs in its source and its accepted renderings are found in its target, each match not
 * inside a longer match of another of its renderings and not also a rendering of another term of
 * the same segment; a segment with more distinct renderings than source occurrences is skipped
 * (one of them translates something else). Reported: terms rendered by two or more of their
 * accepted targets ('inconsistent'), and pairs of different source terms rendered by the same
 * word in segments where only one of them occurs, when one has another accepted rendering ('shared').
 */
export function termConsistency(glossary: Glossary, pairs: { source: string; target: string }[], sourceLang: string, targetLang: string): TermConsistencyFinding[] {
  const groups = groupsOf(glossary);
  const usage = new Map<TermGroup, Map<string, number>>();
  for (const pair of pairs) {
    if (!pair.source || !pair.target) continue;
    const occurring = sourceOccurrences(groups, pair.source, sourceLang);
    if (occurring.size === 0) continue;
    const matches = new Map<TermGroup, { rendering: string; at: Range }[]>();
    for (const g of occurring.keys()) {
      const all = renderingMatches(g, pair.target, targetLang);
      // Drop a match inside a longer match of another rendering of the same term (Bundestag in "Deutscher Bundestag").
      matches.set(g, all.filter((m) => !all.some((o) => o !== m && o.rendering !== m.rendering && o.at.start <= m.at.start && o.at.end >= m.at.end && o.at.end - o.at.start > m.at.end - m.at.start)));
    }
    for (const [g, occ] of occurring) {
      const own = matches.get(g)!.filter(
        (m) => ![...matches].some(([h, hm]) => h !== g && hm.some((o) => o.at.start < m.at.end && m.at.start < o.at.end)),
      );
      const distinct = [...new Set(own.map((m) => m.rendering))];
      if (distinct.length === 0 || distinct.length > occ.length) continue;
      let u = usage.get(g);
      if (!u) usage.set(g, (u = new Map()));
      for (const r of distinct) u.set(r, (u.get(r) ?? 0) + 1);
    }
  }
  const out: TermConsistencyFinding[] = [];
  for (const g of groups) {
    const u = usage.get(g);
    if (u && u.size >= 2) out.push({ kind: 'inconsistent', entry: g.entries[0]!, renderings: new Map(u) });
  }
  // Two source terms rendered by one word (case-insensitive), in segments where each occurred without the other.
  const used = groups.filter((g) => usage.has(g));
  for (let i = 0; i < used.length; i++) {
    for (let j = i + 1; j < used.length; j++) {
      const a = used[i]!;
      const b = used[j]!;
      if (a.source.toLowerCase() === b.source.toLowerCase()) continue;
      const ua = usage.get(a)!;
      const ub = usage.get(b)!;
      for (const [ra, na] of ua) {
        const rb = [...ub.keys()].find((x) => x.toLowerCase() === ra.toLowerCase());
        if (rb === undefined) continue;
        const distinguishable = a.accepted.some((t) => t.toLowerCase() !== ra.toLowerCase()) || b.accepted.some((t) => t.toLowerCase() !== ra.toLowerCase());
        if (!distinguishable) continue;
        out.push({ kind: 'shared', entry: a.entries[0]!, renderings: new Map([[ra, na]]), other: { entry: b.entries[0]!, renderings: new Map([[rb, ub.get(rb)!]]) } });
      }
    }
  }
  return out;
}
