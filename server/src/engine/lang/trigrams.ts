/**
 * franc's trigram scoring, computed for a restricted candidate set in one pass.
 *
 * This is franc 6's algorithm on franc's own data (franc/data.js: per script and language the
 * 300 most frequent trigrams, most frequent first), with the same results as
 * `francAll(text, { only, minLength: 1 })` for text that is already lower-cased letters of one
 * script separated by single spaces (what detect.ts's cleanForScript produces); the equality
 * is asserted in test/unit/lang.test.ts. What differs is the cost:
 *  - franc re-detects the script with ~30 regular expressions per call; the caller already knows it;
 *  - franc looks every input trigram up in every candidate's model (candidates x trigrams
 *    dictionary look-ups); here an inverted index built once per candidate set maps a trigram
 *    to the (candidate, rank) pairs that have it, so each trigram is looked up once.
 *
 * franc's distance of a language: the sum over the text's distinct trigrams of
 * |count - rank - 1| when the language's model has the trigram (rank 0 = most frequent), else
 * MAX_DIFFERENCE; scores are normalised as 1 - (d - min) / (length x MAX_DIFFERENCE - min).
 */
import { data } from 'franc/data.js';

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface Index {
  /** ISO 639-3 codes in franc's data order (franc's tie order). */
  isos: string[];
  /** Open-addressing table of the candidates' trigrams: key halves, and a slice of `pairs`. */
  mask: number;
  keyHi: Int32Array;
  keyLo: Int32Array;
  from: Int32Array;
  to: Int32Array;
  /** candidate, rank, candidate, rank, ... */
  pairs: Int32Array;
}

/** Slot of a trigram (first code unit `a`, the other two packed in `l`) in a table of mask + 1 slots. */
function slotOf(a: number, l: number, mask: number): number {
  let x = Math.imul(a, 0x9e3779b1) ^ l;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  return (x ^ (x >>> 13)) & mask;
}

const indexes = new Map<string, Index>();

/** Index per candidate array (callers pass the same array for a candidate set). */
const byArray = new WeakMap<readonly string[], Map<string, Index | undefined>>();

function indexFor(script: string, only: readonly string[]): Index | undefined {
  let m = byArray.get(only);
  if (!m) byArray.set(only, (m = new Map()));
  if (m.has(script)) return m.get(script);
  const ix = buildIndex(script, only);
  m.set(script, ix);
  return ix;
}

function buildIndex(script: string, only: readonly string[]): Index | undefined {
  const key = script + ':' + only.join(',');
  let ix = indexes.get(key);
  if (ix) return ix;
  const models = data[script];
  if (!models) return undefined;
  const want = new Set(only);
  const isos: string[] = [];
  const byTrigram = new Map<string, number[]>();
  for (const iso in models) {
    if (!want.has(iso)) continue;
    const c = isos.length;
    isos.push(iso);
    const model = models[iso]!.split('|');
    // franc keeps the first rank when a model lists a trigram twice (it assigns from the end).
    const seen = new Set<string>();
    for (let r = 0; r < model.length; r++) {
      const t = model[r]!;
      if (t.length !== 3 || seen.has(t)) continue; // other lengths cannot match a trigram of the text
      seen.add(t);
      const e = byTrigram.get(t);
      if (e) e.push(c, r);
      else byTrigram.set(t, [c, r]);
    }
  }
  let size = 1024;
  while (size < 2 * byTrigram.size) size *= 2;
  const mask = size - 1;
  const keyHi = new Int32Array(size).fill(-1);
  const keyLo = new Int32Array(size);
  const from = new Int32Array(size);
  const to = new Int32Array(size);
  let total = 0;
  for (const e of byTrigram.values()) total += e.length;
  const pairs = new Int32Array(total);
  let p = 0;
  for (const [t, e] of byTrigram) {
    const a = t.charCodeAt(0);
    const l = (t.charCodeAt(1) << 16) | t.charCodeAt(2);
    let h = slotOf(a, l, mask);
    while (keyHi[h] !== -1) h = (h + 1) & mask;
    keyHi[h] = a;
    keyLo[h] = l;
    from[h] = p;
    for (const v of e) pairs[p++] = v;
    to[h] = p;
  }
  ix = { isos, mask, keyHi, keyLo, from, to, pairs };
  if (indexes.size > 64) indexes.clear();
  indexes.set(key, ix);
  return ix;
}

/**
 * Per-call trigram counts: open addressing over typed arrays (a text of at most MAX_LENGTH
 * characters has at most MAX_LENGTH distinct trigrams; the table is 4x that).
 */
const TABLE = 8192;
const MASK = TABLE - 1;
const hi = new Int32Array(TABLE);
const lo = new Int32Array(TABLE);
const cnt = new Int32Array(TABLE);
const used = new Int32Array(TABLE);

/**
 * franc scores (1 = best) of the candidates `only` (ISO 639-3) of `script` for `cleaned`, best
 * first, like francAll. Empty when the script has no franc models or no candidate is modelled.
 */
export function trigramScores(cleaned: string, script: string, only: readonly string[]): [string, number][] {
  const ix = indexFor(script, only);
  if (!ix || ix.isos.length === 0 || cleaned.length === 0) return [];
  const value = cleaned.length > MAX_LENGTH ? cleaned.slice(0, MAX_LENGTH) : cleaned;
  // franc's clean(): ASCII punctuation/digits and white-space runs become one space, trimmed,
  // lower-cased. Our input has none of those beyond single spaces, so only the trim applies.
  let from = 0;
  let to = value.length;
  while (from < to && value.charCodeAt(from) === 0x20) from++;
  while (to > from && value.charCodeAt(to - 1) === 0x20) to--;
  const t = ' ' + value.slice(from, to) + ' ';
  const len = t.length;
  let nUsed = 0;
  let a = 0;
  let b = t.charCodeAt(0);
  let c = t.charCodeAt(1);
  for (let i = 2; i < len; i++) {
    a = b;
    b = c;
    c = t.charCodeAt(i);
    const l = (b << 16) | c;
    let h = slotOf(a, l, MASK);
    for (;;) {
      if (cnt[h] === 0) {
        hi[h] = a;
        lo[h] = l;
        cnt[h] = 1;
        used[nUsed++] = h;
        break;
      }
      if (hi[h] === a && lo[h] === l) {
        cnt[h]!++;
        break;
      }
      h = (h + 1) & MASK;
    }
  }
  const k = ix.isos.length;
  const dist = new Float64Array(k).fill(nUsed * MAX_DIFFERENCE);
  const { mask, keyHi, keyLo, from: pf, to: pt, pairs } = ix;
  for (let u = 0; u < nUsed; u++) {
    const h = used[u]!;
    const count = cnt[h]!;
    cnt[h] = 0;
    const a = hi[h]!;
    const l = lo[h]!;
    let g = slotOf(a, l, mask);
    while (keyHi[g] !== -1 && (keyHi[g] !== a || keyLo[g] !== l)) g = (g + 1) & mask;
    if (keyHi[g] === -1) continue;
    for (let j = pf[g]!; j < pt[g]!; j += 2) {
      let diff = count - pairs[j + 1]! - 1;
      if (diff < 0) diff = -diff;
      dist[pairs[j]!]! += diff - MAX_DIFFERENCE;
    }
  }
  const out: [string, number][] = ix.isos.map((iso, c) => [iso, dist[c]!]);
  out.sort((a, b) => a[1] - b[1]);
  const min = out[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const o of out) o[1] = 1 - (o[1] - min) / max || 0;
  return out;
}
