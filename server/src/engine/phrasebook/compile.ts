/**
 * Compiles phrasebook entries for one target language into a packed token trie, and matches it.
 *
 * Every pattern stands for word sequences of steps (literal word, word prefix, placeholder, any
 * word); the sequences of all entries share one trie. The trie is packed into typed arrays:
 *
 *  - Words are interned once to integer symbols: the phrasebook's vocabulary (its literal words
 *    and the target language's placeholder words) gets ids at compile time; a word of the text
 *    outside it is symbol 0 ("other") — unless it starts with a `stem*` of the book, in which
 *    case it gets a symbol of its own that records the stems it matches. So a word of the text
 *    costs one Map lookup, and an "other" word can only fill `{*}`/`{*?}` steps.
 *  - Every symbol carries a bitset of the placeholder classes ({poss} {pron} …) it belongs to,
 *    and every node a word of flags (which kinds of edges leave it, whether entries end there,
 *    a 16-bit filter of its literal edges): a placeholder edge costs a bit test, and a node the
 *    word cannot continue usually costs one read.
 *  - Nodes are numbered breadth-first: the children of a node are consecutive and sorted by
 *    edge label (a short scan); a node with many children has its own small hash table with a
 *    bit filter in front, so the edges of frequently visited nodes stay in the CPU cache. The
 *    root's literal edges are a dense array by symbol.
 *  - Terminals (entry, pattern) are stored per node in CSR arrays; the Terminal objects a match
 *    reports (with their step list, for `{1}` captures) are rebuilt from the node's path on
 *    first use and cached.
 *
 * Matching is one left-to-right pass over a sentence's words with a set of active trie nodes
 * (every step consumes exactly one word, so a node fixes where its match started, and a node
 * has one parent, so it is never reached twice for a word). The root is visited at every word;
 * other nodes stay active only while the text follows their paths. No backtracking, no regular
 * expressions (match.ts; test/support/phrasebook-nfa.ts holds an independent brute-force
 * reference for tests). `serializeBook`/`loadBook` (serialize.ts) store and restore a compiled
 * book (precompile.ts), and `combineBooks` matches two books as one (user entries over the
 * precompiled built-ins). This file builds and packs the trie and reads it.
 */
import { lowerCase } from '../segment';
import { MAX_VARIANTS, type PNode, type Pattern, type Step } from './pattern';
import type { PhraseEntry } from './parse';
import { PLACEHOLDER_NAMES, idiomAdverbs, idiomModifiers, placeholderWords } from './placeholders';
import { literalWords, normaliseApostrophes } from './words';
import { formBases, inflectable, inflects, infinitiveEndings, isBaseForm, isInfinitive } from './forms';
import { baseTag } from '../lang/languages';
import { languagesWith } from '../languages/index';

export interface Terminal {
  /** Index into CompiledPhrasebook.entries. */
  entry: number;
  /** Which top-level pattern ("A / B") of the entry. */
  pattern: number;
  steps: Step[];
  /** Literal steps: more literal words = more specific. */
  literals: number;
}

/*
 * Edge labels: placeholder class c (index in PLACEHOLDER_NAMES) -> c; any word -> ANY;
 * literal symbol s -> 8 + 2s; stem t -> 9 + 2t.
 */
export const ANY = 5;
export const litLabel = (s: number): number => 8 + 2 * s;
export const stemLabel = (t: number): number => 9 + 2 * t;
/** The bit of a literal symbol in a node's 16-bit filter of its literal edges (bits 16-31 of its info). */
export const bloomBit = (s: number): number => 1 << (16 + (Math.imul(s, 0x9e3779b1) >>> 28));

/* Node flags: bits 0-4 placeholder classes with an edge, then: */
export const F_ANY = 32;
export const F_PRE = 64;
export const F_LIT = 128;
/** The node ends entries (has terminals). */
export const F_TERM = 256;
/** The node has more than WIDE children, in a hash table of its own. */
export const F_WIDE = 512;
/**
 * The edge into the node is an article or a possessive (a literal of the `art` or `poss`
 * placeholder lists, or the placeholder), and the language has idiom modifiers: one of them may
 * stand between it and the next word of the pattern ("put a big pig"), see match.ts.
 */
export const F_GAP = 1024;
/**
 * The edge into the node is a pattern's first word, and the language has idiom adverbs: one of
 * them may stand between it and the pattern's second word ("kostet heutzutage einen Arm und ein
 * Bein"), see match.ts. Same rules as F_GAP (once per match, GAP_MIN_LITERALS).
 */
export const F_GAP_ADV = 2048;
/**
 * Fewest literal words of a pattern matched across a gap: shorter ones are everyday phrases
 * with a real adjective ("in the paper bag" is no "in the bag"; "kick the bucket" stays exact).
 */
export const GAP_MIN_LITERALS = 4;
/* Symbol flags: bits 0-4 placeholder classes the word belongs to, then: */
export const S_STEMS = 32;

/** Text words remembered (as "other" or with their stems) beyond the vocabulary, per book. */
const MAX_INTERNED = 200000;

/** The packed trie and symbol tables (internal). */
export interface Packed {
  /** word -> symbol; 0 = a word no edge names. Grows with text words (bounded). */
  sym: Map<string, number>;
  /** Symbol -> the literal word (for literal symbols; rebuilding step lists). */
  symWord: string[];
  /** Symbol -> flags (placeholder classes, S_STEMS). */
  symFlags: Uint8Array;
  symCount: number;
  /** Symbols 1 .. litCount-1 are the literal words of the trie. */
  litCount: number;
  /** Symbol -> stem ids it starts with (only when S_STEMS). */
  symStems: Array<number[] | undefined>;
  /**
   * Symbol -> the literal symbol of the base form it is another form of (forms.ts: "took",
   * "taking" -> "take"), 0 = none: the word also starts that literal's matches; -1 = not worked
   * out yet (a literal word of the book, see formFor).
   */
  symForm: Int32Array;
  /** A base (forms.ts) -> the literal in base form with that base; undefined when the target language has no forms. */
  formLit?: Map<string, number>;
  /** The words some pattern lists among alternatives (listedForms): they match as written. */
  listed: ReadonlySet<string>;
  /** The target language (base subtag), for reading a text word's forms. */
  lang: string;
  /** The language puts the finite verb last (the pack's `verbFinal`): a pattern's last infinitive matches its other forms too. */
  formsAtEnd: boolean;
  stems: string[];
  stemId: Map<string, number>;
  /** First 3 code units of a stem -> stem ids. */
  stemIndex: Map<string, number[]>;
  /** The stored part (see serializeBook). */
  core: PackedCore;
  /** Children of node n are nodes childStart[n] .. childStart[n+1]-1, sorted by `label`. */
  childStart: Int32Array;
  /** The label of the edge into each node. */
  label: Int32Array;
  /** Per node: offset + 1 of its hash table in wideArea (0 = none: scan its labels). */
  wideAt: Int32Array;
  wideArea: Int32Array;
  /** The root's literal edges, dense by symbol: child + 1 (0 = none). */
  rootLit: Int32Array;
  /**
   * Per node: bits 0-9 flags (edge kinds leaving it, F_TERM, F_WIDE), bits 16-31 a filter of the symbols
   * of its literal edges (a clear bit = no such edge): one read decides what a node needs.
   */
  info: Int32Array;
  /** Terminals of node n: tEntry/tPattern[termStart[n] .. termStart[n+1]). */
  termStart: Int32Array;
  tEntry: Int32Array;
  tPattern: Int32Array;
  /** Build order of every terminal slot (orders matches that end at the same word). */
  tOrder: Int32Array;
  tCache: Array<Terminal | undefined>;
  cur: number[];
  next: number[];
  /** The gap each active node's path skipped (-1: none), beside cur and next (match.ts). */
  curGap: number[];
  nextGap: number[];
}

export interface CompiledPhrasebook {
  target: string;
  entries: PhraseEntry[];
  /** Trie nodes (root included). */
  nodes: number;
  /** Entries that could not be compiled (too many variants), with the pattern index. */
  skipped: Array<{ entry: PhraseEntry; pattern: number }>;
  /** @internal */
  packed: Packed;
  /**
   * A second compiled book matched along with this one (`combineBooks`): its entries are this
   * book's entries from `base` on, and its `blocked` patterns (entry * 4096 + pattern, in its own
   * numbering) never match.
   */
  also?: { book: CompiledPhrasebook; base: number; blocked: ReadonlySet<number>; terms: Map<Terminal, Terminal> };
}

/**
 * One book that matches like `first` and `second` compiled together, with `first`'s entries
 * first, minus `second`'s `blocked` patterns (entry * 4096 + pattern): user entries over the
 * precompiled built-ins, without recompiling the built-ins.
 */
export function combineBooks(first: CompiledPhrasebook, second: CompiledPhrasebook, blocked: ReadonlySet<number>): CompiledPhrasebook {
  if (first.also || second.also) throw new Error('combineBooks: books are combined once');
  return {
    target: first.target,
    entries: [...first.entries, ...second.entries],
    nodes: first.nodes + second.nodes,
    skipped: [...first.skipped, ...second.skipped],
    packed: first.packed,
    also: { book: second, base: first.entries.length, blocked, terms: new Map() },
  };
}

function hash(node: number, label: number): number {
  let h = Math.imul(label, 0x9e3779b1) ^ node;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Growable build-time storage for the trie. */
class Builder {
  /** Edge hash, 3 ints per slot: node, label, child + 1 (0 = empty slot). */
  table: Int32Array;
  mask: number;
  edges = 0;
  parent: Int32Array;
  inLabel: Int32Array;
  /** Per node: the serial of the last pattern that ended there (duplicate variant check). */
  seen: Int32Array;
  nodes = 1;

  /** Sized for about `expected` nodes (the tables still grow past it). */
  constructor(expected: number) {
    let cap = 1024;
    while (cap < 2 * expected) cap *= 2;
    this.table = new Int32Array(3 * cap);
    this.mask = cap - 1;
    this.parent = new Int32Array(cap / 2);
    this.inLabel = new Int32Array(cap / 2);
    this.seen = new Int32Array(cap / 2);
  }

  child(node: number, label: number): number {
    const tb = this.table;
    let i = hash(node, label) & this.mask;
    for (;;) {
      const c = tb[3 * i + 2]!;
      if (c === 0) break;
      if (tb[3 * i] === node && tb[3 * i + 1] === label) return c - 1;
      i = (i + 1) & this.mask;
    }
    const n = this.nodes++;
    if (n >= this.parent.length) this.growNodes();
    this.parent[n] = node;
    this.inLabel[n] = label;
    tb[3 * i] = node;
    tb[3 * i + 1] = label;
    tb[3 * i + 2] = n + 1;
    if (++this.edges * 2 > this.mask) this.rehash(this.mask * 2 + 1);
    return n;
  }

  growNodes(): void {
    const size = this.parent.length * 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.parent = g32(this.parent);
    this.inLabel = g32(this.inLabel);
    this.seen = g32(this.seen);
  }

  rehash(mask: number): void {
    const old = this.table;
    const tb = (this.table = new Int32Array(3 * (mask + 1)));
    this.mask = mask;
    for (let j = 0; j < old.length; j += 3) {
      if (old[j + 2] === 0) continue;
      let i = hash(old[j]!, old[j + 1]!) & mask;
      while (tb[3 * i + 2] !== 0) i = (i + 1) & mask;
      tb[3 * i] = old[j]!;
      tb[3 * i + 1] = old[j + 1]!;
      tb[3 * i + 2] = old[j + 2]!;
    }
  }
}

/** A pattern with its words resolved to edge labels (alternatives with no words are dropped). */
type RNode =
  | { t: 'alts'; alts: number[][] } // one word (or a literal phrase) out of alternatives
  | { t: 'opt1'; label: number } // {*?}
  | { t: 'group'; optional: boolean; alts: RNode[][] };

/** literalWords tokenises; a pattern's words recur across entries, so remember them per book. */
function resolver(lang: string, symbolOf: (w: string) => number, stemOf: (s: string) => number): (nodes: PNode[]) => RNode[] {
  const litCache = new Map<string, number[]>();
  const resolve = (nodes: PNode[]): RNode[] =>
    nodes.map((pn): RNode => {
      if (pn.t === 'ph') {
        if (pn.name === '*?') return { t: 'opt1', label: ANY };
        return { t: 'alts', alts: [[pn.name === '*' ? ANY : PLACEHOLDER_NAMES.indexOf(pn.name)]] };
      }
      if (pn.t === 'word') {
        const alts: number[][] = [];
        for (const a of pn.alts) {
          if (a.ph) alts.push([PLACEHOLDER_NAMES.indexOf(a.ph)]);
          else if (a.prefix) alts.push([stemLabel(stemOf(normaliseApostrophes(lowerCase(a.text, lang))))]);
          else {
            let ls = litCache.get(a.text);
            if (!ls) {
              ls = literalWords(a.text, lang).map((w) => litLabel(symbolOf(w)));
              litCache.set(a.text, ls);
            }
            if (ls.length) alts.push(ls);
          }
        }
        return { t: 'alts', alts };
      }
      return { t: 'group', optional: pn.optional, alts: pn.alts.map(resolve) };
    });
  return resolve;
}

/**
 * Walks every label sequence of a resolved pattern depth-first, in the order the patterns'
 * variants are defined (optional parts first absent, then present; alternatives left to right).
 * `visit(label, elem)` descends one step and returns false to prune; `leave()` undoes it;
 * `done()` is called at the end of every variant and returns false to stop the walk.
 */
function walkPattern(nodes: RNode[], visit: (label: number, elem: number) => boolean, leave: () => void, done: () => boolean): void {
  let stop = false;
  const through = (labels: number[], elem: number, k: () => void): void => {
    let n = 0;
    for (; n < labels.length; n++) if (!visit(labels[n]!, elem)) break;
    if (n === labels.length) k();
    for (let j = 0; j < n; j++) leave();
  };
  const walkNode = (rn: RNode, elem: number, k: () => void): void => {
    if (stop) return;
    if (rn.t === 'opt1') {
      k();
      if (!stop) through([rn.label], elem, k);
      return;
    }
    if (rn.t === 'alts') {
      for (const a of rn.alts) {
        if (stop) return;
        through(a, elem, k);
      }
      return;
    }
    if (rn.optional) k();
    for (const alt of rn.alts) {
      if (stop) return;
      walkSeq(alt, 0, elem, k);
    }
  };
  const walkSeq = (seq: RNode[], i: number, elem: number, k: () => void): void => {
    if (stop) return;
    if (i === seq.length) return k();
    walkNode(seq[i]!, elem < 0 ? i : elem, () => walkSeq(seq, i + 1, elem, k));
  };
  walkSeq(nodes, 0, -1, () => {
    if (!done()) stop = true;
  });
}

/** Languages whose finite verb goes last in subordinate clauses (the packs' `verbFinal`). */
const VERB_FINAL = languagesWith('verbFinal');

/** Fewest literal words of a pattern read with its last infinitive first (shorter ones are everyday phrases). */
export const VERB_SECOND_MIN_LITERALS = 3;

/**
 * Whether a pattern is also read with its last word first: where the finite verb goes last in
 * subordinate clauses and second in main clauses (the pack's `verbFinal`: German "…, weil sie den
 * Nagel auf den Kopf trifft" / "Sie trifft den Nagel auf den Kopf"), a pattern that ends in one
 * infinitive, written alone (not among alternatives: authors list forms to place them), in an
 * entry whose suggestions repeat no words of the match (`{1}`: the order of the captures would change).
 */
export function verbSecond(e: PhraseEntry, p: Pattern, lang: string): boolean {
  if (!VERB_FINAL.has(lang) || e.suggestions.some((x) => x.includes('{'))) return false;
  const last = p.nodes[p.nodes.length - 1];
  if (!last || last.t !== 'word' || last.alts.length !== 1 || p.nodes.length < 3) return false;
  const a = last.alts[0]!;
  if (a.prefix || a.ph) return false;
  const ws = literalWords(a.text, lang);
  return ws.length === 1 && a.text === a.text.toLowerCase() && isInfinitive(ws[0]!, lang);
}

export function compileEntries(entries: readonly PhraseEntry[], target: string): CompiledPhrasebook {
  // The built-ins average ~70 trie nodes per entry (optional parts multiply word sequences).
  const b = new Builder(Math.min(1 << 20, entries.length * 64));
  const sym = new Map<string, number>();
  const symWord: string[] = [''];
  const stems: string[] = [];
  const stemId = new Map<string, number>();
  const symbolOf = (w: string): number => {
    let s = sym.get(w);
    if (s === undefined) {
      s = symWord.length;
      symWord.push(w);
      sym.set(w, s);
    }
    return s;
  };
  const stemOf = (s: string): number => {
    let t = stemId.get(s);
    if (t === undefined) {
      t = stems.length;
      stems.push(s);
      stemId.set(s, t);
    }
    return t;
  };
  const resolve = resolver(target, symbolOf, stemOf);
  const book: CompiledPhrasebook = { target, entries: [...entries], nodes: 0, skipped: [], packed: undefined as unknown as Packed };
  const tNode: number[] = [];
  const tEntry: number[] = [];
  const tPattern: number[] = [];
  let serial = 0;
  const path: number[] = [0];
  const lits: number[] = [0];
  const lang = baseTag(target);
  book.entries.forEach((e, ei) => {
    // Entries read only with the source (`[en -> de] with source`) are not in the trie.
    if (e.section.withSource) return;
    e.patterns.forEach((p, pi) => {
      const rn = resolve(p.nodes);
      serial++;
      let count = 0;
      let ok = true;
      // The pattern's word sequences; then, where the finite verb goes second in a main clause,
      // those of the pattern with its last infinitive first (verbSecond), if they have three
      // literal words or more.
      const walk = (nodes: RNode[], minLiterals: number) => {
        // (the same number of sequences both ways: the last element first changes no alternative)
        count = 0;
        path.length = 1;
        lits.length = 1;
        walkPattern(
          nodes,
          (label) => {
            path.push(b.child(path[path.length - 1]!, label));
            lits.push(lits[lits.length - 1]! + (label >= 8 && !(label & 1) ? 1 : 0));
            return true;
          },
          () => {
            path.length--;
            lits.length--;
          },
          () => {
            if (++count > MAX_VARIANTS) {
              ok = false;
              return false;
            }
            const end = path[path.length - 1]!;
            // The same words reached twice by one pattern (e.g. "(a) (a)") end once.
            if (path.length > 1 && b.seen[end] !== serial && lits[lits.length - 1]! >= minLiterals) {
              b.seen[end] = serial;
              tNode.push(end);
              tEntry.push(ei);
              tPattern.push(pi);
            }
            return true;
          },
        );
      };
      walk(rn, 0);
      if (ok && verbSecond(e, p, lang)) walk([rn[rn.length - 1]!, ...rn.slice(0, -1)], VERB_SECOND_MIN_LITERALS);
      if (!ok) book.skipped.push({ entry: e, pattern: pi });
    });
  });
  book.nodes = b.nodes;
  book.packed = assemble(target, pack(b, tNode, tEntry, tPattern), symWord, stems, listedForms(entries, target));
  return book;
}

/**
 * The part of a packed book that cannot be derived cheaply: what `serializeBook` stores.
 * Everything else (parents, flags, filters, per-node hash tables, symbol tables) follows from it.
 */
export interface PackedCore {
  nodes: number;
  childStart: Int32Array;
  label: Int32Array;
  termStart: Int32Array;
  tEntry: Int32Array;
  tPattern: Int32Array;
  tOrder: Int32Array;
}

/**
 * The words some pattern of `entries` lists among alternatives where a match starts
 * ("[show | showed] where …", "budget/budgets …"): a pattern that spells out the forms of its
 * first word means those forms only, so these words match as written there (forms are read for a
 * pattern's first word only; see match.ts).
 */
export function listedForms(entries: readonly PhraseEntry[], lang: string): Set<string> {
  const out = new Set<string>();
  const single = (seq: readonly PNode[]): string | undefined => {
    if (seq.length !== 1) return undefined;
    const n = seq[0]!;
    if (n.t !== 'word' || n.alts.length !== 1 || n.alts[0]!.prefix || n.alts[0]!.ph) return undefined;
    const ws = literalWords(n.alts[0]!.text, lang);
    return ws.length === 1 ? ws[0] : undefined;
  };
  /** The first words of a sequence: its first element's, and the next one's while they are optional. */
  const visit = (nodes: readonly PNode[]): void => {
    for (const n of nodes) {
      if (n.t === 'word') {
        if (n.alts.length > 1) for (const a of n.alts) if (!a.prefix && !a.ph) for (const w of literalWords(a.text, lang)) out.add(w);
        return;
      }
      if (n.t === 'ph') {
        if (n.name !== '*?') return;
        continue;
      }
      const words = n.alts.map(single).filter((w): w is string => w !== undefined);
      if (words.length > 1) for (const w of words) out.add(w);
      for (const alt of n.alts) visit(alt);
      if (!n.optional) return;
    }
  };
  for (const e of entries) if (!e.section.withSource) for (const p of e.patterns) visit(p.nodes);
  return out;
}

/**
 * Forms (forms.ts): a literal in its base form (an infinitive, an English base form) that no
 * pattern lists among alternatives stands for all its forms; every base of it names it (base ->
 * literal symbol). Undefined in a language without forms.
 */
export function formLiterals(symWord: readonly string[], litCount: number, listed: ReadonlySet<string>, lang: string): Map<string, number> | undefined {
  if (!inflects(lang)) return undefined;
  const formLit = new Map<string, number>();
  const free: number[] = [];
  for (let x = 1; x < litCount; x++) {
    const w = symWord[x]!;
    if (!listed.has(w) && inflectable(w, lang) && isBaseForm(w, lang)) free.push(x);
  }
  // A word names itself before it names another literal's base ("grease" is the literal
  // "grease", not the plural "greases" that also reduces to it).
  for (const x of free) formLit.set(symWord[x]!, x);
  // An infinitive names the stem it shares with its forms before they do: "prend-" is
  // "prendere", not the "prende" another pattern has as written.
  const ordered = infinitiveEndings(lang).length ? [...free.filter((x) => isInfinitive(symWord[x]!, lang)), ...free.filter((x) => !isInfinitive(symWord[x]!, lang))] : free;
  for (const x of ordered) for (const b of formBases(symWord[x]!, lang, true).slice(1)) if (!formLit.has(b)) formLit.set(b, x);
  return formLit;
}

/**
 * Symbol tables and derived matcher tables for a packed trie (`symWord[1..]` are the literal
 * words). `forms`: the book's `formLiterals` when already known (precompiled books carry them;
 * null = none), computed when undefined.
 */
export function assemble(target: string, core: PackedCore, literalWords: readonly string[], stemList: readonly string[], listed: ReadonlySet<string> = new Set(), forms?: Map<string, number> | null): Packed {
  const symWord = literalWords.slice();
  const sym = new Map<string, number>();
  for (let s = 1; s < symWord.length; s++) sym.set(symWord[s]!, s);
  const litCount = symWord.length;
  const stems = stemList.slice();
  const stemId = new Map<string, number>();
  stems.forEach((x, t) => stemId.set(x, t));
  // Placeholder words join the vocabulary with their class bits; every word learns its stems.
  const phLists = PLACEHOLDER_NAMES.map((n) => placeholderWords(target, n));
  for (const list of phLists) {
    for (const w of list) {
      if (!sym.has(w)) {
        sym.set(w, symWord.length);
        symWord.push(w);
      }
    }
  }
  const stemIndex = new Map<string, number[]>();
  stems.forEach((x, t) => {
    const k = x.slice(0, 3);
    const l = stemIndex.get(k);
    if (l) l.push(t);
    else stemIndex.set(k, [t]);
  });
  const symCount = symWord.length;
  const symFlags = new Uint8Array(Math.max(16, symCount * 2));
  phLists.forEach((list, c) => {
    for (const w of list) symFlags[sym.get(w)!]! |= 1 << c;
  });
  const symStems: Array<number[] | undefined> = [];
  if (stems.length) {
    for (let x = 1; x < symCount; x++) {
      const m = stemsOf(stemIndex, stems, symWord[x]!);
      if (m) {
        symStems[x] = m;
        symFlags[x]! |= S_STEMS;
      }
    }
  }
  const symForm = new Int32Array(symFlags.length);
  const lang = baseTag(target);
  const formLit = forms === undefined ? formLiterals(symWord, litCount, listed, lang) : (forms ?? undefined);
  // A literal word met in the text is read as a text word too ("took" in a book that also has
  // "take"): worked out the first time the text has it (formFor), not for every word of the book.
  if (formLit) symForm.fill(-1, 1, litCount);
  const { nodes, childStart, label, termStart } = core;
  // One pass over the nodes: what each node's edges and terminals are (a node's parent and a
  // terminal's node are looked up by bisection when a match needs them, see `terminalAt`).
  const info = new Int32Array(nodes);
  for (let q = 0; q < nodes; q++) {
    let f = termStart[q + 1]! > termStart[q]! ? F_TERM : 0;
    const c0 = childStart[q]!;
    const c1 = childStart[q + 1]!;
    for (let c = c0; c < c1; c++) {
      const l = label[c]!;
      f |= l < 5 ? 1 << l : l === ANY ? F_ANY : l & 1 ? F_PRE : F_LIT | bloomBit((l - 8) / 2);
    }
    if (c1 - c0 > WIDE) f |= F_WIDE;
    info[q] = f;
  }
  // Nodes entered by an article or a possessive, as a placeholder or as a literal word.
  const art = PLACEHOLDER_NAMES.indexOf('art');
  const poss = PLACEHOLDER_NAMES.indexOf('poss');
  const determiners = new Set([...placeholderWords(lang, 'art'), ...placeholderWords(lang, 'poss')]);
  if (determiners.size && idiomModifiers(lang).size) {
    for (let q = 1; q < nodes; q++) {
      const l = label[q]!;
      if (l === art || l === poss || (l >= 8 && !(l & 1) && determiners.has(symWord[(l - 8) / 2]!))) info[q]! |= F_GAP;
    }
  }
  // Nodes entered by a pattern's first word: an idiom adverb may follow it.
  if (idiomAdverbs(lang).size) for (let k = childStart[0]!; k < childStart[1]!; k++) info[k]! |= F_GAP_ADV;
  const rootLit = new Int32Array(litCount);
  for (let k = childStart[0]!; k < childStart[1]!; k++) {
    const l = label[k]!;
    if (l >= 8 && !(l & 1)) rootLit[(l - 8) / 2] = k + 1;
  }
  return {
    sym,
    symWord,
    symFlags,
    symCount,
    litCount,
    symStems,
    symForm,
    formLit,
    listed,
    lang,
    formsAtEnd: formLit !== undefined && VERB_FINAL.has(lang),
    stems,
    stemId,
    stemIndex,
    core,
    childStart,
    label,
    ...wideTables(childStart, label, nodes),
    rootLit,
    info,
    termStart,
    tEntry: core.tEntry,
    tPattern: core.tPattern,
    tOrder: core.tOrder,
    tCache: [],
    cur: [],
    curGap: [],
    next: [],
    nextGap: [],
  };
}

function stemsOf(index: Map<string, number[]>, stems: readonly string[], key: string): number[] | undefined {
  const list = index.get(key.slice(0, 3));
  if (!list) return undefined;
  let out: number[] | undefined;
  for (const t of list) if (key.startsWith(stems[t]!)) (out ??= []).push(t);
  return out;
}

/**
 * Packs the built trie: nodes renumbered breadth-first so that the children of a node are
 * consecutive and sorted by label (a node's edges are one contiguous run of labels, searched by
 * bisection: the edges of frequently visited nodes stay in the CPU cache); terminals grouped
 * by node. `tOrder` keeps the build order of terminals (by creation of their node, then entry
 * order), which orders matches ending at the same word.
 */
function pack(b: Builder, tNode: number[], tEntry: number[], tPattern: number[]): PackedCore {
  const nodes = b.nodes;
  const oldParent = b.parent;
  const oldLabel = b.inLabel;
  // Children by old id, each run sorted by label: counting sort of the nodes by label, then a
  // stable bucketing by parent.
  let maxLabel = 0;
  for (let n = 1; n < nodes; n++) if (oldLabel[n]! > maxLabel) maxLabel = oldLabel[n]!;
  const byLabelStart = new Int32Array(maxLabel + 2);
  for (let n = 1; n < nodes; n++) byLabelStart[oldLabel[n]! + 1]!++;
  for (let l = 0; l <= maxLabel; l++) byLabelStart[l + 1]! += byLabelStart[l]!;
  const byLabel = new Int32Array(Math.max(0, nodes - 1));
  for (let n = 1; n < nodes; n++) byLabel[byLabelStart[oldLabel[n]!]!++] = n;
  const kidStart = new Int32Array(nodes + 1);
  for (let n = 1; n < nodes; n++) kidStart[oldParent[n]! + 1]!++;
  for (let n = 0; n < nodes; n++) kidStart[n + 1]! += kidStart[n]!;
  const kids = new Int32Array(Math.max(0, nodes - 1));
  const fillK = kidStart.slice(0, nodes);
  for (let k = 0; k < byLabel.length; k++) {
    const n = byLabel[k]!;
    kids[fillK[oldParent[n]!]!++] = n;
  }
  // Breadth-first renumbering.
  const newId = new Int32Array(nodes);
  const order = new Int32Array(nodes);
  const childStart = new Int32Array(nodes + 1);
  let next = 1;
  for (let q = 0; q < nodes; q++) {
    const old = order[q]!;
    const kz = kidStart[old + 1]!;
    childStart[q] = next;
    for (let k = kidStart[old]!; k < kz; k++) {
      newId[kids[k]!] = next;
      order[next++] = kids[k]!;
    }
  }
  childStart[nodes] = nodes;
  const label = new Int32Array(nodes);
  for (let q = 1; q < nodes; q++) label[q] = oldLabel[order[q]!]!;
  // Terminals: build order (old node, then insertion) -> slot grouped by new node.
  const oldStart = new Int32Array(nodes + 1);
  for (const n of tNode) oldStart[n + 1]!++;
  for (let n = 0; n < nodes; n++) oldStart[n + 1]! += oldStart[n]!;
  const fillO = oldStart.slice(0, nodes);
  const rankOf = new Int32Array(tNode.length);
  for (let k = 0; k < tNode.length; k++) rankOf[k] = fillO[tNode[k]!]!++;
  const termStart = new Int32Array(nodes + 1);
  for (const n of tNode) termStart[newId[n]! + 1]!++;
  for (let n = 0; n < nodes; n++) termStart[n + 1]! += termStart[n]!;
  const fillN = termStart.slice(0, nodes);
  const T = tNode.length;
  const tEntryA = new Int32Array(T);
  const tPatternA = new Int32Array(T);
  const tOrder = new Int32Array(T);
  for (let k = 0; k < T; k++) {
    const at = fillN[newId[tNode[k]!]!]!++;
    tEntryA[at] = tEntry[k]!;
    tPatternA[at] = tPattern[k]!;
    tOrder[at] = rankOf[k]!;
  }
  return { nodes, childStart, label, termStart, tEntry: tEntryA, tPattern: tPatternA, tOrder };
}

/** Nodes with more children than this get a small hash table of their own (`wide`). */
const WIDE = 8;
/** The filter bit of label l in a wide node's table of `cap` slots (8 bits per slot). */
export const wideBit = (l: number, cap: number): number => (Math.imul(l, 0x85ebca6b) >>> 12) & (8 * cap - 1);

/**
 * The child of `node` along edge `l`, or -1: a short scan of the node's run of sorted labels,
 * or, for a node with many children, one or two probes of its own hash table (contiguous, so a
 * frequently visited node's edges stay in the CPU cache).
 */
export function childOf(p: Packed, node: number, l: number): number {
  const w = p.wideAt[node]!;
  if (w !== 0) {
    const area = p.wideArea;
    const mask = area[w - 1]!;
    const slots = w + ((mask + 1) >>> 2);
    let i = (Math.imul(l, 0x9e3779b1) >>> 16) & mask;
    for (;;) {
      const at = slots + 2 * i;
      const c = area[at + 1]!;
      if (c === 0) return -1;
      if (area[at] === l) return c - 1;
      i = (i + 1) & mask;
    }
  }
  const label = p.label;
  const z = p.childStart[node + 1]!;
  for (let k = p.childStart[node]!; k < z; k++) {
    const v = label[k]!;
    if (v >= l) return v === l ? k : -1;
  }
  return -1;
}

/**
 * Per-node hash tables of the nodes with more than WIDE children, each
 * [mask, filter bits (8 per slot), (label, child + 1) * (mask + 1)]: the filter answers "no such
 * literal edge" for most words with one bit of the node's own (hot) region.
 */
function wideTables(childStart: Int32Array, label: Int32Array, nodes: number): { wideAt: Int32Array; wideArea: Int32Array } {
  const wideAt = new Int32Array(nodes);
  let size = 0;
  const sizes: Array<[number, number]> = [];
  for (let n = 0; n < nodes; n++) {
    const k = childStart[n + 1]! - childStart[n]!;
    if (k <= WIDE) continue;
    let cap = 16;
    while (cap < 2 * k) cap *= 2;
    sizes.push([n, cap]);
    size += 1 + cap / 4 + 2 * cap;
  }
  const area = new Int32Array(size);
  let off = 0;
  for (const [n, cap] of sizes) {
    area[off] = cap - 1;
    const w = off + 1;
    const slots = w + cap / 4;
    wideAt[n] = w;
    for (let c = childStart[n]!; c < childStart[n + 1]!; c++) {
      const l = label[c]!;
      let i = (Math.imul(l, 0x9e3779b1) >>> 16) & (cap - 1);
      while (area[slots + 2 * i + 1] !== 0) i = (i + 1) & (cap - 1);
      area[slots + 2 * i] = l;
      area[slots + 2 * i + 1] = c + 1;
      const bit = wideBit(l, cap);
      area[w + (bit >>> 5)]! |= 1 << (bit & 31);
    }
    off += 1 + cap / 4 + 2 * cap;
  }
  return { wideAt, wideArea: area };
}

/** The symbol of a text word (interning words outside the vocabulary, bounded). */
export function symbolFor(p: Packed, key: string): number {
  const s = p.sym.get(key);
  if (s !== undefined) return s;
  let r = 0;
  const m = p.stems.length ? stemsOf(p.stemIndex, p.stems, key) : undefined;
  const form = p.formLit ? formOf(p, key, p.lang) : 0;
  if (m || form) {
    // Past the bound, one reusable symbol carries the stems and form of the current word.
    const remember = p.sym.size < MAX_INTERNED;
    r = remember ? p.symCount++ : 1 + p.symCount;
    if (r >= p.symFlags.length) {
      const g = new Uint8Array(p.symFlags.length * 2 + 2);
      g.set(p.symFlags);
      p.symFlags = g;
      const a = new Int32Array(g.length);
      a.set(p.symForm);
      p.symForm = a;
    }
    p.symFlags[r] = m ? S_STEMS : 0;
    p.symStems[r] = m;
    p.symForm[r] = form;
    if (remember) p.sym.set(key, r);
    return r;
  }
  if (p.sym.size < MAX_INTERNED) p.sym.set(key, 0);
  return 0;
}

/** The literal symbol (in base form) a word is another form of (forms.ts), or 0; never `self`. */
function formOf(p: Packed, key: string, lang: string, self = 0): number {
  const formLit = p.formLit!;
  const bases = formBases(key, lang);
  if (bases.length === 1) {
    // The word itself only (a closed-class word, or no ending it could lose).
    if (!inflectable(key, lang)) return 0;
    const x = formLit.get(key);
    return x === undefined || x === self ? 0 : x;
  }
  // A base that is itself a literal word first ("greased" -> "grease", not "greas-" of "greases").
  // A literal is not its own form: a word that some pattern has as written (Italian "prende" in
  // "l'uccello mattiniero prende il verme", English "leaves") is still a form of another
  // literal's verb at that pattern's start ("prende luogo" of "prendere luogo").
  let other = 0;
  for (const b of bases) {
    const x = formLit.get(b);
    if (x === undefined || x === self) continue;
    if (p.symWord[x] === b) return x;
    if (other === 0) other = x;
  }
  return other;
}

/** The form symbol of symbol `s` (symForm), working it out for a literal word on first use. */
export function formFor(p: Packed, s: number): number {
  const f = p.symForm[s]!;
  if (f >= 0) return f;
  return (p.symForm[s] = formOf(p, p.symWord[s]!, p.lang, s));
}

/** The literal word a text word (normalised, lower-case) also counts as at a pattern's start, being a form of it (for the reference matcher). */
export function literalFormOf(book: CompiledPhrasebook, key: string): string | undefined {
  const p = book.packed;
  const x = formFor(p, symbolFor(p, key));
  return x ? p.symWord[x] : undefined;
}

/**
 * The last index q with a[q] <= x in an ascending array: a child's parent (children of q start
 * at childStart[q]), a terminal slot's node (termStart).
 */
function lastAtMost(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The Terminal object of terminal slot `k` (built on first use: step list and literal count from the node's path). */
export function terminalAt(book: CompiledPhrasebook, k: number): Terminal {
  const p = book.packed;
  const cached = p.tCache[k];
  if (cached) return cached;
  const node = lastAtMost(p.termStart, k);
  const labels: number[] = [];
  for (let n = node; n !== 0; n = lastAtMost(p.childStart, n)) labels.push(p.label[n]!);
  labels.reverse();
  const entry = p.tEntry[k]!;
  const pattern = p.tPattern[k]!;
  const elems = elemsOf(book, book.entries[entry]!.patterns[pattern]!, labels);
  let literals = 0;
  const steps = labels.map((l, i): Step => {
    const elem = elems[i]!;
    if (l < 5) return { k: 'ph', v: PLACEHOLDER_NAMES[l]!, elem };
    if (l === ANY) return { k: 'any', elem };
    if (l & 1) return { k: 'pre', v: p.stems[(l - 9) / 2]!, elem };
    literals++;
    return { k: 'lit', v: p.symWord[(l - 8) / 2]!, elem };
  });
  const t: Terminal = { entry, pattern, steps, literals };
  p.tCache[k] = t;
  return t;
}

/**
 * The pattern element of every step of the first variant (in definition order) that spells
 * `labels`: the variant that created the terminal.
 */
export function elemsOf(book: CompiledPhrasebook, pat: Pattern, labels: readonly number[]): number[] {
  const p = book.packed;
  const rn = resolver(
    book.target,
    (w) => p.sym.get(w) ?? -1,
    (s) => p.stemId.get(s) ?? -1,
  )(pat.nodes);
  const elems: number[] = [];
  let found: number[] | undefined;
  walkPattern(
    rn,
    (label, elem) => {
      if (elems.length >= labels.length || labels[elems.length] !== label) return false;
      elems.push(elem);
      return true;
    },
    () => {
      elems.length--;
    },
    () => {
      if (elems.length !== labels.length) return true;
      found = elems.slice();
      return false;
    },
  );
  return found ?? labels.map(() => 0);
}

