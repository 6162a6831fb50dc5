/**
 * Compiles phrasebook entries for one target language into a token trie, and matches it.
 *
 * Every pattern stands for word sequences of steps (literal word, word prefix, placeholder, any
 * word); the sequences of all entries share one trie keyed on literal words. Matching is one
 * left-to-right pass over a sentence's words through a deterministic automaton built lazily
 * from the trie (subset construction, cached on the compiled book, bounded in size): after
 * warm-up each word costs one hash lookup, however many entries the trie holds. The
 * nondeterministic walk (`matchWordsNfa`) is kept as the reference the tests compare against.
 * No backtracking, no regular expressions.
 */
import { lowerCase } from '../segment';
import { MAX_VARIANTS, type PNode, type Pattern, type Step } from './pattern';
import type { PhraseEntry } from './parse';
import { placeholderWords, type PlaceholderName } from './placeholders';
import { literalWords, normaliseApostrophes, type Word } from './words';

export interface TrieNode {
  id: number;
  lit?: Map<string, TrieNode>;
  /** Prefix edges indexed by the stem's first 3 code units. */
  pre?: Map<string, Array<{ stem: string; node: TrieNode }>>;
  ph?: Array<{ words: ReadonlySet<string>; node: TrieNode; name: PlaceholderName }>;
  any?: TrieNode;
  ends?: Terminal[];
}

export interface Terminal {
  /** Index into CompiledPhrasebook.entries. */
  entry: number;
  /** Which top-level pattern ("A / B") of the entry. */
  pattern: number;
  steps: Step[];
  /** Literal steps: more literal words = more specific. */
  literals: number;
}

/** A state of the lazily built deterministic automaton: a set of trie nodes (the root is implied). */
interface DState {
  nodes: TrieNode[];
  /** Terminals of the member nodes: a match ends at the word that led here. */
  ends: Terminal[];
  /** word -> next state, filled on first use. */
  trans: Map<string, DState>;
  /**
   * True when the member nodes only have literal edges: then a word that continues none of them
   * leads where it leads from the start state, and needs no transition of its own here.
   */
  plain: boolean;
}

interface Dfa {
  start: DState;
  states: Map<string, DState>;
  transitions: number;
}

/** Bounds on the lazily built automaton; past them it is rebuilt from scratch (rare). */
const MAX_DFA_STATES = 50000;
const MAX_DFA_TRANSITIONS = 300000;
const MAX_INTERNED = 200000;

export interface CompiledPhrasebook {
  target: string;
  root: TrieNode;
  /** Lazily built deterministic automaton over the trie (see matchWords). */
  dfa?: Dfa;
  /**
   * One string object per distinct word (the trie's literal words, then words met in text):
   * map lookups with the very key object that was stored succeed on identity, without reading
   * the stored string — which matters once the trie is too big for the CPU caches.
   */
  intern: Map<string, string>;
  entries: PhraseEntry[];
  nodes: number;
  /** Entries that could not be compiled (too many variants), with the pattern index. */
  skipped: Array<{ entry: PhraseEntry; pattern: number }>;
}

export function compileEntries(entries: readonly PhraseEntry[], target: string): CompiledPhrasebook {
  let nextId = 0;
  // Every node gets the same fields (same hidden class), so the matcher's property reads stay monomorphic.
  const mk = (): TrieNode => ({ id: nextId++, lit: undefined, pre: undefined, ph: undefined, any: undefined, ends: undefined });
  const root = mk();
  const book: CompiledPhrasebook = { target, root, entries: [...entries], nodes: 0, skipped: [], intern: new Map() };
  const intern = (w: string): string => {
    const k = book.intern.get(w);
    if (k !== undefined) return k;
    book.intern.set(w, w);
    return w;
  };
  const edge = (n: TrieNode, st: Step): TrieNode => {
    if (st.k === 'lit') {
      n.lit ??= new Map();
      const v = intern(st.v);
      let c = n.lit.get(v);
      if (!c) n.lit.set(v, (c = mk()));
      return c;
    }
    if (st.k === 'pre') {
      n.pre ??= new Map();
      const k = st.v.slice(0, 3);
      let list = n.pre.get(k);
      if (!list) n.pre.set(k, (list = []));
      let c = list.find((x) => x.stem === st.v)?.node;
      if (!c) list.push({ stem: st.v, node: (c = mk()) });
      return c;
    }
    if (st.k === 'ph') {
      n.ph ??= [];
      let c = n.ph.find((x) => x.name === st.v)?.node;
      if (!c) n.ph.push({ name: st.v, words: placeholderWords(target, st.v), node: (c = mk()) });
      return c;
    }
    return (n.any ??= mk());
  };
  book.entries.forEach((e, ei) => {
    e.patterns.forEach((p, pi) => {
      if (!insertPattern(p, target, root, edge, ei, pi)) book.skipped.push({ entry: e, pattern: pi });
    });
  });
  book.nodes = nextId;
  return book;
}

/**
 * Inserts every word sequence a pattern stands for into the trie, walking the pattern depth-first
 * (no list of all variants is built). Returns false when the pattern has more than MAX_VARIANTS.
 */
/** literalWords tokenises; a pattern's words recur across its expanded variants, so remember them. */
const literalWordsCache = new Map<string, string[]>();
function cachedLiteralWords(text: string, lang: string): string[] {
  const key = lang + '\u0000' + text;
  let ws = literalWordsCache.get(key);
  if (!ws) {
    ws = literalWords(text, lang);
    if (literalWordsCache.size > 50000) literalWordsCache.clear();
    literalWordsCache.set(key, ws);
  }
  return ws;
}

function insertPattern(p: Pattern, lang: string, root: TrieNode, edge: (n: TrieNode, st: Step) => TrieNode, entry: number, pattern: number): boolean {
  const stack: Step[] = [];
  const seen = new Set<TrieNode>();
  let count = 0;
  let ok = true;
  const finish = (end: TrieNode): void => {
    if (++count > MAX_VARIANTS) ok = false;
    if (!ok || stack.length === 0 || seen.has(end)) return;
    seen.add(end); // the same words reached twice by one pattern (e.g. "(a) (a)")
    let literals = 0;
    for (const st of stack) if (st.k === 'lit') literals++;
    (end.ends ??= []).push({ entry, pattern, steps: stack.slice(), literals });
  };
  const through = (node: TrieNode, steps: Step[], k: (n: TrieNode) => void): void => {
    let n = node;
    for (const st of steps) {
      n = edge(n, st);
      stack.push(st);
    }
    k(n);
    stack.length -= steps.length;
  };
  const walkNode = (pn: PNode, node: TrieNode, elem: number, k: (n: TrieNode) => void): void => {
    if (!ok) return;
    if (pn.t === 'ph') {
      if (pn.name === '*?') k(node);
      if (pn.name === '*' || pn.name === '*?') through(node, [{ k: 'any', elem }], k);
      else through(node, [{ k: 'ph', v: pn.name, elem }], k);
      return;
    }
    if (pn.t === 'word') {
      for (const a of pn.alts) {
        if (a.ph) through(node, [{ k: 'ph', v: a.ph, elem }], k);
        else if (a.prefix) through(node, [{ k: 'pre', v: normaliseApostrophes(lowerCase(a.text, lang)), elem }], k);
        else {
          const ws = cachedLiteralWords(a.text, lang);
          if (ws.length) through(node, ws.map((v) => ({ k: 'lit' as const, v, elem })), k);
        }
      }
      return;
    }
    if (pn.optional) k(node);
    for (const alt of pn.alts) walkSeq(alt, 0, node, elem, k);
  };
  const walkSeq = (seq: PNode[], i: number, node: TrieNode, elem: number, k: (n: TrieNode) => void): void => {
    if (!ok) return;
    if (i === seq.length) return k(node);
    walkNode(seq[i]!, node, elem < 0 ? i : elem, (n) => walkSeq(seq, i + 1, n, elem, k));
  };
  walkSeq(p.nodes, 0, root, -1, finish);
  return ok;
}

export interface RawMatch {
  /** Word indices [start, end). */
  start: number;
  end: number;
  term: Terminal;
}

/** Active states of the matcher: parallel arrays (trie node, start word index). */
interface States {
  nodes: TrieNode[];
  starts: number[];
  seen: Set<number> | undefined;
}

function addState(st: States, node: TrieNode, start: number, end: number, out: RawMatch[]): void {
  const n = st.nodes.length;
  if (n < 32) {
    for (let k = 0; k < n; k++) if (st.nodes[k] === node && st.starts[k] === start) return;
  } else {
    if (!st.seen) {
      st.seen = new Set();
      for (let k = 0; k < n; k++) st.seen.add(st.nodes[k]!.id * 1048576 + st.starts[k]!);
    }
    const id = node.id * 1048576 + start;
    if (st.seen.has(id)) return;
    st.seen.add(id);
  }
  st.nodes.push(node);
  st.starts.push(start);
  if (node.ends) for (const term of node.ends) out.push({ start, end, term });
}

/**
 * Every match of the trie in `words` (one sentence), in one left-to-right pass over a set of
 * active trie states (a nondeterministic walk). `matchWords` gives the same result through the
 * cached deterministic automaton; this is its reference implementation.
 */
export function matchWordsNfa(book: CompiledPhrasebook, words: readonly Word[]): RawMatch[] {
  const out: RawMatch[] = [];
  let cur: States = { nodes: [], starts: [], seen: undefined };
  let next: States = { nodes: [], starts: [], seen: undefined };
  const root = book.root;
  for (let i = 0; i < words.length; i++) {
    const key = words[i]!.key;
    next.nodes.length = 0;
    next.starts.length = 0;
    next.seen = undefined;
    cur.nodes.push(root);
    cur.starts.push(i);
    const end = i + 1;
    for (let j = 0; j < cur.nodes.length; j++) {
      const node = cur.nodes[j]!;
      const start = cur.starts[j]!;
      if (node.lit) {
        const c = node.lit.get(key);
        if (c) addState(next, c, start, end, out);
      }
      if (node.pre) {
        const list = node.pre.get(key.slice(0, 3));
        if (list) for (const p of list) if (key.startsWith(p.stem)) addState(next, p.node, start, end, out);
      }
      if (node.ph) for (const p of node.ph) if (p.words.has(key)) addState(next, p.node, start, end, out);
      if (node.any) addState(next, node.any, start, end, out);
    }
    const t = cur;
    cur = next;
    next = t;
  }
  return out;
}

/** The transition map of states that are not remembered (never written to). */
const NO_TRANSITIONS: Map<string, DState> = new Map();

function emptyState(): DState {
  return { nodes: [], ends: [], trans: new Map(), plain: true };
}

function isPlain(nodes: readonly TrieNode[]): boolean {
  for (const n of nodes) if (n.ph || n.pre || n.any) return false;
  return true;
}

function dfaOf(book: CompiledPhrasebook): Dfa {
  if (!book.dfa) {
    const start = emptyState();
    book.dfa = { start, states: new Map([['', start]]), transitions: 0 };
  }
  return book.dfa;
}

/**
 * The automaton state after reading `key` in state `d`: every trie node reachable from d's nodes
 * or the root. Interned and cached while the automaton is within its bounds; past them the state
 * is computed on the fly (the walk then costs as much as the nondeterministic one).
 */
function step(book: CompiledPhrasebook, dfa: Dfa, d: DState, key: string): DState {
  const nodes: TrieNode[] = [];
  const add = (c: TrieNode) => {
    if (!nodes.includes(c)) nodes.push(c);
  };
  const visit = (node: TrieNode) => {
    if (node.lit) {
      const c = node.lit.get(key);
      if (c) add(c);
    }
    if (node.pre) {
      const list = node.pre.get(key.slice(0, 3));
      if (list) for (const p of list) if (key.startsWith(p.stem)) add(p.node);
    }
    if (node.ph) for (const p of node.ph) if (p.words.has(key)) add(p.node);
    if (node.any) add(node.any);
  };
  visit(book.root);
  for (const n of d.nodes) visit(n);
  const cache = d.trans !== NO_TRANSITIONS && dfa.transitions < MAX_DFA_TRANSITIONS;
  if (nodes.length === 0) {
    if (cache) {
      d.trans.set(key, dfa.start);
      dfa.transitions++;
    }
    return dfa.start;
  }
  nodes.sort((x, y) => x.id - y.id);
  const id = nodes.length === 1 ? String(nodes[0]!.id) : nodes.map((n) => n.id).join(',');
  let next = dfa.states.get(id);
  if (!next) {
    const ends = nodes.length === 1 ? (nodes[0]!.ends ?? []) : nodes.flatMap((n) => n.ends ?? []);
    // Past the bound, states are computed on the fly and not remembered.
    if (dfa.states.size >= MAX_DFA_STATES) return { nodes, ends, trans: NO_TRANSITIONS, plain: isPlain(nodes) };
    next = { nodes, ends, trans: new Map(), plain: isPlain(nodes) };
    dfa.states.set(id, next);
  }
  if (cache) {
    d.trans.set(key, next);
    dfa.transitions++;
  }
  return next;
}

/**
 * Every match of the trie in `words` (one sentence). One pass; each word costs one hash lookup
 * in a lazily built deterministic automaton (subset construction over the trie, cached on the
 * compiled book), whatever the number of entries. A match's start follows from its terminal's
 * step count: every step consumes exactly one word.
 */
export function matchWords(book: CompiledPhrasebook, words: readonly Word[]): RawMatch[] {
  const out: RawMatch[] = [];
  const dfa = dfaOf(book);
  const start = dfa.start;
  const intern = book.intern;
  let d = start;
  for (let i = 0; i < words.length; i++) {
    let key = words[i]!.key;
    const k = intern.get(key);
    if (k !== undefined) key = k;
    else if (intern.size < MAX_INTERNED) intern.set(key, key);
    if (d.plain && d !== start) {
      let continues = false;
      for (const n of d.nodes) {
        if (n.lit?.has(key)) {
          continues = true;
          break;
        }
      }
      if (!continues) d = start;
    }
    d = d.trans.get(key) ?? step(book, dfa, d, key);
    if (d.ends.length) for (const term of d.ends) out.push({ start: i + 1 - term.steps.length, end: i + 1, term });
  }
  return out;
}

/**
 * Picks findings from raw matches: for each span the best entry (lower `rank` first, then the
 * more specific pattern, then file order), then longest spans first without overlaps.
 */
export function resolveMatches(matches: RawMatch[], rank: (entry: PhraseEntry) => number, book: CompiledPhrasebook): RawMatch[] {
  if (matches.length <= 1) return matches;
  const bySpan = new Map<string, RawMatch>();
  const better = (a: RawMatch, b: RawMatch): boolean => {
    const ra = rank(book.entries[a.term.entry]!);
    const rb = rank(book.entries[b.term.entry]!);
    if (ra !== rb) return ra < rb;
    if (a.term.literals !== b.term.literals) return a.term.literals > b.term.literals;
    return a.term.entry < b.term.entry;
  };
  for (const m of matches) {
    const k = m.start + ':' + m.end;
    const cur = bySpan.get(k);
    if (!cur || better(m, cur)) bySpan.set(k, m);
  }
  const cands = [...bySpan.values()].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(book.entries[a.term.entry]!) - rank(book.entries[b.term.entry]!) || a.start - b.start,
  );
  const picked: RawMatch[] = [];
  for (const c of cands) {
    if (picked.some((p) => c.start < p.end && p.start < c.end)) continue;
    picked.push(c);
  }
  return picked.sort((a, b) => a.start - b.start);
}
