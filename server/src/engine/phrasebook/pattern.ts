/**
 * Phrasebook patterns: parsing (with column-exact errors) and expansion into token step lists.
 *
 *   word            that word                    a/b/c        one of the words
 *   stem*           a word starting with stem    ( … | … )    optional, one of the alternatives
 *   [ … | … ]       one of the alternatives      {poss} {pron} {refl} {be} {art}  placeholders
 *   {*}             any one word                 {*?}         at most one word
 *   A / B           (spaces around /) two patterns for one entry
 *
 * No regular expressions are built from patterns: they compile to a token trie (compile.ts).
 */
import { PLACEHOLDER_NAMES, type PlaceholderName } from './placeholders';
import { lowerCase } from '../segment';
import { literalWords, normaliseApostrophes } from './words';

export interface PatternError {
  /** 0-based column range in the line. */
  start: number;
  end: number;
  message: string;
}

export interface WordAlt {
  text: string;
  prefix: boolean;
  /** A placeholder alternative, as in {poss}/the. */
  ph?: PlaceholderName;
}

export type PNode =
  | { t: 'word'; alts: WordAlt[]; start: number; end: number }
  | { t: 'ph'; name: PlaceholderName | '*' | '*?'; start: number; end: number }
  | { t: 'group'; optional: boolean; alts: PNode[][]; start: number; end: number };

/** One top-level alternative of a pattern. */
export interface Pattern {
  nodes: PNode[];
  start: number;
  end: number;
  /** Canonical text (lower-case, normalised spacing): identity for overrides, `!` and duplicates. */
  key: string;
}

interface Lex {
  kind: 'word' | 'op' | 'ph' | 'sep';
  text: string;
  start: number;
  end: number;
}

const PH_LIST = '{poss}, {pron}, {refl}, {be}, {art}, {*} or {*?}';
const OPS = new Set(['(', ')', '[', ']', '|']);
const MIN_STEM = 3;
export const MAX_VARIANTS = 4096;

function isWs(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

function lex(line: string, from: number, to: number, errors: PatternError[]): Lex[] {
  const out: Lex[] = [];
  let i = from;
  while (i < to) {
    const ch = line[i]!;
    if (isWs(ch)) {
      i++;
      continue;
    }
    if (OPS.has(ch)) {
      out.push({ kind: 'op', text: ch, start: i, end: i + 1 });
      i++;
      continue;
    }
    // A word: anything up to whitespace or an operator; a placeholder {…} may contain spaces.
    let j = i;
    while (j < to && !OPS.has(line[j]!)) {
      if (line[j] === '{') {
        const close = line.indexOf('}', j);
        if (close < 0 || close >= to) {
          errors.push({ start: j, end: to, message: 'placeholder "{" is not closed: write e.g. {poss} or {*}' });
          return out;
        }
        j = close + 1;
        continue;
      }
      if (isWs(line[j]!)) break;
      j++;
    }
    const text = line.slice(i, j);
    const isPh = text.startsWith('{') && text.endsWith('}') && text.indexOf('}') === text.length - 1;
    out.push({ kind: text === '/' ? 'sep' : isPh ? 'ph' : 'word', text: isPh ? text.slice(1, -1).trim() : text, start: i, end: j });
    i = j;
  }
  return out;
}

function parseWord(l: Lex, errors: PatternError[]): PNode | undefined {
  const parts = l.text.split('/');
  const alts: WordAlt[] = [];
  let pos = l.start;
  for (const p of parts) {
    const s = pos;
    pos += p.length + 1;
    if (p === '') {
      errors.push({ start: l.start, end: l.end, message: `empty alternative in "${l.text}": write words separated by single slashes, e.g. give/gives/gave` });
      return undefined;
    }
    if (p.includes('{') || p.includes('}')) {
      const name = p.slice(1, -1).trim();
      if (!p.startsWith('{') || !p.endsWith('}') || p.indexOf('}') !== p.length - 1) {
        errors.push({ start: s, end: s + p.length, message: `"${p}": a placeholder stands alone between slashes or spaces, e.g. {poss}/the nail` });
        return undefined;
      }
      if (!(PLACEHOLDER_NAMES as readonly string[]).includes(name)) {
        errors.push({ start: s, end: s + p.length, message: name === '*' || name === '*?' ? `{${name}} cannot be one of several alternatives a/b: write it on its own` : `unknown placeholder {${name}}: use ${PH_LIST}` });
        return undefined;
      }
      alts.push({ text: p, prefix: false, ph: name as PlaceholderName });
      continue;
    }
    const star = p.indexOf('*');
    if (star >= 0) {
      if (p === '*') {
        errors.push({ start: s, end: s + 1, message: 'a bare "*" is not a word: write {*} for any one word, or stem* (e.g. blacken*)' });
        return undefined;
      }
      if (star !== p.length - 1) {
        errors.push({ start: s + star, end: s + star + 1, message: `"*" may only end a word stem, as in blacken*: "${p}"` });
        return undefined;
      }
      const stem = p.slice(0, -1);
      if ([...stem].length < MIN_STEM) {
        errors.push({ start: s, end: s + p.length, message: `stem "${stem}*" is too short: write at least ${MIN_STEM} letters before "*"` });
        return undefined;
      }
      alts.push({ text: stem, prefix: true });
    } else {
      alts.push({ text: p, prefix: false });
    }
  }
  return { t: 'word', alts, start: l.start, end: l.end };
}


/** Parses a sequence until `close` (")" or "]") or the end; handles "|" inside groups. */
function parseSeq(toks: Lex[], pos: { i: number }, close: string | null, errors: PatternError[]): PNode[][] {
  const alts: PNode[][] = [[]];
  while (pos.i < toks.length) {
    const l = toks[pos.i]!;
    if (l.kind === 'op') {
      if (l.text === ')' || l.text === ']') {
        if (close === l.text) return alts;
        errors.push({ start: l.start, end: l.end, message: close ? `"${l.text}" closes nothing here: expected "${close}"` : `"${l.text}" has no matching "${l.text === ')' ? '(' : '['}"` });
        pos.i++;
        continue;
      }
      if (l.text === '|') {
        if (!close) {
          errors.push({ start: l.start, end: l.end, message: '"|" separates alternatives only inside ( ) or [ ]: write [a | b], or a/b for single words' });
          pos.i++;
          continue;
        }
        alts.push([]);
        pos.i++;
        continue;
      }
      // ( or [
      pos.i++;
      const want = l.text === '(' ? ')' : ']';
      const inner = parseSeq(toks, pos, want, errors);
      const closed = pos.i < toks.length && toks[pos.i]!.text === want;
      const end = closed ? toks[pos.i]!.end : (toks[toks.length - 1]?.end ?? l.end);
      if (!closed) errors.push({ start: l.start, end: l.end, message: `"${l.text}" is not closed: add "${want}"` });
      else pos.i++;
      if (inner.some((a) => a.length === 0)) {
        errors.push({ start: l.start, end, message: `empty alternative in "${l.text} … ${want}": every alternative needs at least one word` });
      } else {
        alts[alts.length - 1]!.push({ t: 'group', optional: l.text === '(', alts: inner, start: l.start, end });
      }
      continue;
    }
    if (l.kind === 'sep') {
      errors.push({ start: l.start, end: l.end, message: close ? `inside "${close === ')' ? '( )' : '[ ]'}" separate alternatives with "|", not "/"` : 'unexpected "/"' });
      pos.i++;
      continue;
    }
    if (l.kind === 'ph') {
      const name = l.text;
      if (name === '*' || name === '*?' || (PLACEHOLDER_NAMES as readonly string[]).includes(name)) {
        alts[alts.length - 1]!.push({ t: 'ph', name: name as PlaceholderName | '*' | '*?', start: l.start, end: l.end });
      } else {
        errors.push({ start: l.start, end: l.end, message: `unknown placeholder {${name}}: use ${PH_LIST}` });
      }
      pos.i++;
      continue;
    }
    const node = parseWord(l, errors);
    if (node) alts[alts.length - 1]!.push(node);
    pos.i++;
  }
  return alts;
}

function canon(nodes: PNode[]): string {
  return nodes
    .map((n) => {
      if (n.t === 'word') return n.alts.map((a) => (a.ph ? `{${a.ph}}` : normaliseApostrophes(a.text.toLowerCase()) + (a.prefix ? '*' : ''))).join('/');
      if (n.t === 'ph') return `{${n.name}}`;
      // [a | b] with single plain words is the same as a/b.
      if (!n.optional && n.alts.every((a) => a.length === 1 && a[0]!.t === 'word')) return n.alts.map((a) => canon(a)).join('/');
      const inner = n.alts.map(canon).join(' | ');
      return n.optional ? `(${inner})` : `[${inner}]`;
    })
    .join(' ');
}

/**
 * Parses the pattern in line[from, to) into its top-level alternatives ("A / B").
 * Errors carry 0-based columns of `line`.
 */
/** Deepest nesting of groups a pattern may have. */
const MAX_NESTING = 16;

export function parsePattern(line: string, from: number, to: number): { patterns: Pattern[]; errors: PatternError[] } {
  const errors: PatternError[] = [];
  const toks = lex(line, from, to, errors);
  // Split at top-level " / " separators (not inside brackets).
  const chunks: Lex[][] = [[]];
  let depth = 0;
  // Groups nest a few levels in practice; a line nesting them deeper (thousands of "[" in a
  // hostile file) is reported and skipped before any recursive step could overflow the stack.
  let deepest = 0;
  for (const t of toks) {
    if (t.kind === 'op' && (t.text === '(' || t.text === '[')) deepest = Math.max(deepest, depth + 1);
    if (t.kind === 'op' && (t.text === ')' || t.text === ']')) depth = Math.max(0, depth - 1);
    else if (t.kind === 'op' && (t.text === '(' || t.text === '[')) depth++;
  }
  if (deepest > MAX_NESTING) {
    errors.push({ start: from, end: Math.max(from + 1, to), message: `brackets nested ${deepest} deep: at most ${MAX_NESTING} levels of ( ) and [ ] are allowed` });
    return { patterns: [], errors };
  }
  depth = 0;
  for (const t of toks) {
    if (t.kind === 'op' && (t.text === '(' || t.text === '[')) depth++;
    if (t.kind === 'op' && (t.text === ')' || t.text === ']')) depth = Math.max(0, depth - 1);
    if (t.kind === 'sep' && depth === 0) {
      chunks.push([]);
      continue;
    }
    chunks[chunks.length - 1]!.push(t);
  }
  const patterns: Pattern[] = [];
  for (const chunk of chunks) {
    if (chunk.length === 0) {
      errors.push({ start: from, end: Math.max(from + 1, to), message: 'empty pattern: write the words machine translation produces, e.g. "put all the dots on the i"' });
      continue;
    }
    const before = errors.length;
    const alts = parseSeq(chunk, { i: 0 }, null, errors);
    const nodes = alts[0]!;
    if (errors.length > before || nodes.length === 0) continue;
    const start = chunk[0]!.start;
    const end = chunk[chunk.length - 1]!.end;
    const first = nodes[0]!;
    const last = nodes[nodes.length - 1]!;
    if (first.t === 'ph' && (first.name === '*' || first.name === '*?')) {
      errors.push({ start: first.start, end: first.end, message: `a pattern cannot start with {${first.name}}: begin with the first word of the calque` });
      continue;
    }
    if (last.t === 'ph' && (last.name === '*' || last.name === '*?')) {
      errors.push({ start: last.start, end: last.end, message: `a pattern cannot end with {${last.name}}: end with the last word of the calque` });
      continue;
    }
    if (nodes.every((n) => n.t === 'group' && n.optional)) {
      errors.push({ start, end, message: 'every part of this pattern is optional: it needs at least one required word' });
      continue;
    }
    patterns.push({ nodes, start, end, key: canon(nodes) });
  }
  return { patterns, errors };
}

/** One step of an expanded pattern: consumes exactly one word. */
export type Step =
  | { k: 'lit'; v: string; elem: number }
  | { k: 'pre'; v: string; elem: number }
  | { k: 'ph'; v: PlaceholderName; elem: number }
  | { k: 'any'; elem: number };

type BareStep = { k: 'lit'; v: string } | { k: 'pre'; v: string } | { k: 'ph'; v: PlaceholderName } | { k: 'any' };
type Steps = BareStep[];

class TooMany extends Error {}

function expandSeq(nodes: PNode[], lang: string, limit: number): Steps[] {
  let acc: Steps[] = [[]];
  for (const n of nodes) {
    const opts = expandNode(n, lang, limit);
    const next: Steps[] = [];
    for (const a of acc) for (const o of opts) next.push([...a, ...o]);
    if (next.length > limit) throw new TooMany();
    acc = next;
  }
  return acc;
}

function expandNode(n: PNode, lang: string, limit: number): Steps[] {
  if (n.t === 'ph') {
    if (n.name === '*') return [[{ k: 'any' }]];
    if (n.name === '*?') return [[], [{ k: 'any' }]];
    return [[{ k: 'ph', v: n.name }]];
  }
  if (n.t === 'word') {
    const out: Steps[] = [];
    for (const a of n.alts) {
      if (a.ph) {
        out.push([{ k: 'ph', v: a.ph }]);
      } else if (a.prefix) {
        out.push([{ k: 'pre', v: normaliseApostrophes(lowerCase(a.text, lang)) }]);
      } else {
        const ws = literalWords(a.text, lang);
        if (ws.length) out.push(ws.map((v) => ({ k: 'lit' as const, v })));
      }
    }
    return out;
  }
  const out: Steps[] = n.optional ? [[]] : [];
  for (const alt of n.alts) out.push(...expandSeq(alt, lang, limit));
  if (out.length > limit) throw new TooMany();
  return out;
}

/**
 * All step sequences a pattern stands for in `lang`. Each step records the index of the
 * top-level pattern element it came from (for `{1}`-style references in suggestions).
 * Returns undefined when the pattern has more than MAX_VARIANTS variants.
 */
export function expandPattern(p: Pattern, lang: string): Step[][] | undefined {
  try {
    let acc: Step[][] = [[]];
    p.nodes.forEach((n, elem) => {
      const opts = expandNode(n, lang, MAX_VARIANTS);
      const next: Step[][] = [];
      for (const a of acc) for (const o of opts) next.push([...a, ...o.map((s) => ({ ...s, elem }) as Step)]);
      if (next.length > MAX_VARIANTS) throw new TooMany();
      acc = next;
    });
    return acc.filter((s) => s.length > 0);
  } catch (e) {
    if (e instanceof TooMany) return undefined;
    throw e;
  }
}

/** Indices of the pattern's top-level elements that are choices ({1}, {2} … in suggestions refer to them in order). */
export function choiceElements(p: Pattern): number[] {
  const out: number[] = [];
  p.nodes.forEach((n, i) => {
    if (n.t === 'ph' || n.t === 'group' || (n.t === 'word' && (n.alts.length > 1 || n.alts[0]!.prefix))) out.push(i);
  });
  return out;
}
