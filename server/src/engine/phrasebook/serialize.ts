/**
 * A compiled phrasebook as plain JSON data and back (build-time precompiled built-ins,
 * precompile.ts).
 */
import { assemble, type CompiledPhrasebook, type PackedCore } from './compile';
import type { PhraseEntry } from './parse';

/**
 * A compiled book as data (for build-time precompiled built-ins, see precompile.ts): the words,
 * stems and counts as JSON (`SerializedBook`), and the trie core as one byte array (`trie`):
 * six runs of zigzag LEB128 varints — children per node, edge labels, terminals per node, and
 * the terminals' entries, patterns and build orders (entries and orders as differences from the
 * one before: they mostly rise by small steps). Bytes instead of JSON numbers: the 465,000
 * nodes of English are decoded straight into typed arrays, without building millions of JS
 * numbers first (JSON.parse of them took ~150 ms and ~25 MB of short-lived heap), and take a
 * third of the space.
 * `loadBook` rebuilds exactly the book `compileEntries` builds for the same entries.
 */
export interface SerializedBook {
  v: 4;
  target: string;
  entries: number;
  nodes: number;
  /** Terminals (length of the last three runs of the trie bytes). */
  terminals: number;
  words: string[];
  stems: string[];
  /** Skipped (entry, pattern) pairs, flattened. */
  skipped: number[];
  /** The words patterns list among alternatives (compile.ts listedForms), so that loading parses no pattern. */
  listed: string[];
  /**
   * The book's word forms (compile.ts formLiterals), so that loading works out no word's forms:
   * the literal symbols that name themselves (as differences from the one before), then the
   * other bases with the symbol each names. Null in a language without forms.
   */
  forms: { own: number[]; bases: Array<[string, number]> } | null;
}

export function serializeBook(book: CompiledPhrasebook): { meta: SerializedBook; trie: Uint8Array } {
  const p = book.packed;
  const c = p.core;
  const out = new ByteWriter();
  for (let q = 0; q < c.nodes; q++) out.int(c.childStart[q + 1]! - c.childStart[q]!);
  for (let q = 0; q < c.nodes; q++) out.int(c.label[q]!);
  for (let q = 0; q < c.nodes; q++) out.int(c.termStart[q + 1]! - c.termStart[q]!);
  out.deltas(c.tEntry);
  for (const x of c.tPattern) out.int(x);
  out.deltas(c.tOrder);
  const meta: SerializedBook = {
    v: 4,
    target: book.target,
    entries: book.entries.length,
    nodes: c.nodes,
    terminals: c.tEntry.length,
    words: p.symWord.slice(0, p.litCount),
    stems: p.stems.slice(),
    skipped: book.skipped.flatMap((s) => [book.entries.indexOf(s.entry), s.pattern]),
    listed: [...p.listed].sort(),
    forms: p.formLit ? formsOf(p.formLit, p.symWord) : null,
  };
  return { meta, trie: out.bytes() };
}

/** The book serialized by `serializeBook`, for `entries` (the same entries, in the same order). */
export function loadBook(data: SerializedBook, trie: Uint8Array, entries: readonly PhraseEntry[]): CompiledPhrasebook {
  if (data.v !== 4 || data.entries !== entries.length) throw new Error('precompiled phrasebook does not fit its entries');
  const { nodes, terminals } = data;
  const r = new ByteReader(trie);
  const childStart = new Int32Array(nodes + 1);
  const termStart = new Int32Array(nodes + 1);
  childStart[0] = 1;
  for (let q = 0; q < nodes; q++) childStart[q + 1] = childStart[q]! + r.int();
  const label = r.ints(nodes);
  for (let q = 0; q < nodes; q++) termStart[q + 1] = termStart[q]! + r.int();
  const core: PackedCore = { nodes, childStart, label, termStart, tEntry: r.sums(terminals), tPattern: r.ints(terminals), tOrder: r.sums(terminals) };
  if (!r.done() || childStart[nodes] !== nodes || termStart[nodes] !== terminals) throw new Error('precompiled phrasebook trie is damaged');
  const list = [...entries];
  const skipped: CompiledPhrasebook['skipped'] = [];
  for (let k = 0; k < data.skipped.length; k += 2) skipped.push({ entry: list[data.skipped[k]!]!, pattern: data.skipped[k + 1]! });
  return { target: data.target, entries: list, nodes, skipped, packed: assemble(data.target, core, data.words, data.stems, new Set(data.listed), data.forms && formLitOf(data.forms, data.words)) };
}

function formsOf(formLit: ReadonlyMap<string, number>, symWord: readonly string[]): NonNullable<SerializedBook['forms']> {
  const own: number[] = [];
  const bases: Array<[string, number]> = [];
  let prev = 0;
  for (const [w, x] of formLit) {
    if (symWord[x] === w) {
      own.push(x - prev);
      prev = x;
    } else bases.push([w, x]);
  }
  return { own, bases };
}

/** The map `formsOf` wrote, with its words' own entries first (as formLiterals makes it). */
function formLitOf(forms: NonNullable<SerializedBook['forms']>, words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  let x = 0;
  for (const d of forms.own) m.set(words[(x += d)]!, x);
  for (const [w, s] of forms.bases) m.set(w, s);
  return m;
}

/** Zigzag LEB128 varints into a growing byte array. */
class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private n = 0;

  int(x: number): void {
    let z = x >= 0 ? x * 2 : -x * 2 - 1;
    if (this.n + 6 > this.buf.length) {
      const g = new Uint8Array(this.buf.length * 2);
      g.set(this.buf);
      this.buf = g;
    }
    while (z >= 0x80) {
      this.buf[this.n++] = (z & 0x7f) | 0x80;
      z = Math.floor(z / 128);
    }
    this.buf[this.n++] = z;
  }

  deltas(a: Int32Array): void {
    for (let i = 0; i < a.length; i++) this.int(a[i]! - (i ? a[i - 1]! : 0));
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

class ByteReader {
  private i = 0;
  constructor(private readonly b: Uint8Array) {}

  int(): number {
    const b = this.b;
    let z = 0;
    let mul = 1;
    for (;;) {
      if (this.i >= b.length) throw new Error('precompiled phrasebook trie is truncated');
      const x = b[this.i++]!;
      z += (x & 0x7f) * mul;
      if (x < 0x80) break;
      mul *= 128;
    }
    return z % 2 ? -(z + 1) / 2 : z / 2;
  }

  ints(n: number): Int32Array {
    const out = new Int32Array(n);
    for (let k = 0; k < n; k++) out[k] = this.int();
    return out;
  }

  sums(n: number): Int32Array {
    const out = new Int32Array(n);
    let v = 0;
    for (let k = 0; k < n; k++) out[k] = v += this.int();
    return out;
  }

  done(): boolean {
    return this.i === this.b.length;
  }
}
