/**
 * A compact set of words: a Bloom filter (Bloom 1970) with double hashing (Kirsch and
 * Mitzenmacher 2006). It answers "certainly not in the list" or "in the list, with a false
 * positive rate chosen when it was built", in about 10–15 bits a word instead of the ~40 bytes a
 * word costs in a JavaScript Set. Word lists of a language (lexicon.ts) are built into this form
 * at build time (scripts/build-lexicons.ts) and read on first use.
 *
 * Format (little-endian): the bytes `CQW1`, the number of probes k (1 byte), three zero bytes,
 * the number of bits m (uint32), the number of words (uint32), then ceil(m / 8) bytes of bits.
 */

const MAGIC = [0x43, 0x51, 0x57, 0x31]; // "CQW1"
const HEADER = 16;

/** Two 32-bit FNV-1a hashes of the word's UTF-16 code units, with different offset bases. */
function hash2(word: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
    b ^= b >>> 15;
  }
  // Final avalanche so that short words spread over all bits.
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b ^= b >>> 16;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 13;
  return [a >>> 0, (b | 1) >>> 0];
}

export class WordFilter {
  private readonly bits: Uint8Array;
  private readonly m: number;
  private readonly k: number;
  /** How many words the filter was built from. */
  readonly size: number;

  constructor(bytes: Uint8Array) {
    if (bytes.length < HEADER || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a Calque word filter');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.k = bytes[4]!;
    this.m = view.getUint32(8, true);
    this.size = view.getUint32(12, true);
    if (this.k < 1 || this.m < 8 || bytes.length < HEADER + Math.ceil(this.m / 8)) throw new Error('truncated Calque word filter');
    this.bits = bytes.subarray(HEADER, HEADER + Math.ceil(this.m / 8));
  }

  has(word: string): boolean {
    const [h1, h2] = hash2(word);
    for (let i = 0; i < this.k; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const p = bit % this.m;
      if ((this.bits[p >>> 3]! & (1 << (p & 7))) === 0) return false;
    }
    return true;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.bits.length + HEADER;
  }
}

/** Builds the filter of `words` (duplicates count once) for a false positive rate `rate`. */
export function buildWordFilter(words: Iterable<string>, rate: number): Uint8Array {
  const set = new Set(words);
  const n = Math.max(1, set.size);
  const m = Math.max(64, Math.ceil((-n * Math.log(rate)) / (Math.LN2 * Math.LN2)));
  const k = Math.max(1, Math.min(16, Math.round((m / n) * Math.LN2)));
  const out = new Uint8Array(HEADER + Math.ceil(m / 8));
  out.set(MAGIC, 0);
  out[4] = k;
  const view = new DataView(out.buffer);
  view.setUint32(8, m, true);
  view.setUint32(12, set.size, true);
  for (const w of set) {
    const [h1, h2] = hash2(w);
    for (let i = 0; i < k; i++) {
      const p = ((h1 + Math.imul(i, h2)) >>> 0) % m;
      const at = HEADER + (p >>> 3);
      out[at] = out[at]! | (1 << (p & 7));
    }
  }
  return out;
}

/** A set of words to ask: a Bloom filter, or a plain list (the few thousand commonest words, asked first). */
export interface WordList {
  has(word: string): boolean;
}

/** A plain list: the words, one per line, UTF-8 (built by buildWordLines). */
class WordLines implements WordList {
  private readonly set: ReadonlySet<string>;
  constructor(text: string) {
    this.set = new Set(text.split('\n').filter(Boolean));
  }
  has(word: string): boolean {
    return this.set.has(word);
  }
}

/** The words as a plain list file. */
export function buildWordLines(words: Iterable<string>): Uint8Array {
  return new TextEncoder().encode([...new Set(words)].join('\n') + '\n');
}

/** A built list of either kind, told apart by the filter's magic bytes. */
export function readWordList(bytes: Uint8Array): WordList {
  if (bytes.length >= 4 && MAGIC.every((b, i) => bytes[i] === b)) return new WordFilter(bytes);
  return new WordLines(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}
