/**
 * A compiled phrasebook as plain JSON data and back (build-time precompiled built-ins,
 * precompile.ts).
 */
import { assemble, type CompiledPhrasebook, type PackedCore } from './compile';
import type { PhraseEntry } from './parse';

/**
 * A compiled book as plain JSON data (for build-time precompiled built-ins, see precompile.ts):
 * the trie core (child counts and terminal counts delta-coded) and the literal words and stems.
 * `loadBook` rebuilds exactly the book `compileEntries` builds for the same entries.
 */
export interface SerializedBook {
  v: 2;
  target: string;
  entries: number;
  nodes: number;
  /** Children per node. */
  kids: number[];
  label: number[];
  /** Terminals per node. */
  terms: number[];
  /** Terminal entries and build orders, each as differences from the one before (they mostly rise by small steps: a third of the size). */
  tEntry: number[];
  tPattern: number[];
  tOrder: number[];
  words: string[];
  stems: string[];
  /** Skipped (entry, pattern) pairs, flattened. */
  skipped: number[];
  /** The words patterns list among alternatives (compile.ts listedForms), so that loading parses no pattern. */
  listed: string[];
}

export function serializeBook(book: CompiledPhrasebook): SerializedBook {
  const p = book.packed;
  const c = p.core;
  const kids: number[] = [];
  const terms: number[] = [];
  for (let q = 0; q < c.nodes; q++) {
    kids.push(c.childStart[q + 1]! - c.childStart[q]!);
    terms.push(c.termStart[q + 1]! - c.termStart[q]!);
  }
  return {
    v: 2,
    target: book.target,
    entries: book.entries.length,
    nodes: c.nodes,
    kids,
    label: [...c.label],
    terms,
    tEntry: deltas(c.tEntry),
    tPattern: [...c.tPattern],
    tOrder: deltas(c.tOrder),
    words: p.symWord.slice(0, p.litCount),
    stems: p.stems.slice(),
    skipped: book.skipped.flatMap((s) => [book.entries.indexOf(s.entry), s.pattern]),
    listed: [...p.listed].sort(),
  };
}

/** The book serialized by `serializeBook`, for `entries` (the same entries, in the same order). */
export function loadBook(data: SerializedBook, entries: readonly PhraseEntry[]): CompiledPhrasebook {
  if (data.v !== 2 || data.entries !== entries.length) throw new Error('precompiled phrasebook does not fit its entries');
  const nodes = data.nodes;
  const childStart = new Int32Array(nodes + 1);
  const termStart = new Int32Array(nodes + 1);
  childStart[0] = 1;
  for (let q = 0; q < nodes; q++) {
    childStart[q + 1] = childStart[q]! + data.kids[q]!;
    termStart[q + 1] = termStart[q]! + data.terms[q]!;
  }
  childStart[nodes] = nodes;
  const core: PackedCore = {
    nodes,
    childStart,
    label: Int32Array.from(data.label),
    termStart,
    tEntry: sums(data.tEntry),
    tPattern: Int32Array.from(data.tPattern),
    tOrder: sums(data.tOrder),
  };
  const list = [...entries];
  const skipped: CompiledPhrasebook['skipped'] = [];
  for (let k = 0; k < data.skipped.length; k += 2) skipped.push({ entry: list[data.skipped[k]!]!, pattern: data.skipped[k + 1]! });
  return { target: data.target, entries: list, nodes, skipped, packed: assemble(data.target, core, data.words, data.stems, new Set(data.listed)) };
}

function deltas(a: Int32Array): number[] {
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! - (i ? a[i - 1]! : 0);
  return out;
}

function sums(d: readonly number[]): Int32Array {
  const out = new Int32Array(d.length);
  let v = 0;
  for (let i = 0; i < d.length; i++) out[i] = v += d[i]!;
  return out;
}
