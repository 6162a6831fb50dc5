/**
 * Sentence alignment of a source and a target article: length-based (Gale & Church 1993, "A
 * program for aligning sentences in bilingual corpora") and anchored on what survives
 * translation — numbers, names (romanised), question and exclamation marks, quotations — and on
 * the structure of the document (headings, list items). Two levels:
 *
 *  1. paragraphs (blocks): a monotone alignment with 1-1, 1-0, 0-1, 2-1 and 1-2 moves; then the
 *     paragraphs left unmatched on both sides are paired by content when they are clearly the
 *     same (a paragraph moved elsewhere by the translator);
 *  2. sentences inside each group of aligned paragraphs, with 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2
 *     moves (merged and split sentences).
 *
 * Costs are negative log probabilities: the length term is -log P(|δ|) for
 * δ = (l_t − c·l_s) / sqrt(l_s·c·s²) where c is the expected target/source length ratio of the
 * language pair (length.ts, measured on PUD) and s² its variance; a move term is -log of its
 * prior (Gale & Church's, 0.89 for 1-1). Anchors lower the cost of pairs that share them and
 * raise it for pairs whose anchors disagree. The dynamic programme is banded around the
 * diagonal for long documents, so alignment is linear in practice.
 */
import { consonantKey, romanise } from '../names/skeleton';
import type { AlignedPair, Segment } from './types';
import { isCompact, lengthDeviation, lengthRatio, lengthVariance, perEnglishChar, writesNoFullStop } from './length';
import { Lru } from '../lru';

/** What the aligner needs of a segment. */
export interface AlignItem {
  /** Length in characters of prose (letters, digits, punctuation; no spaces or masks); in Chinese, Japanese and Korean, Latin letters and digits count as their share of a character (length.ts). */
  len: number;
  /** Digit runs (separators removed inside a number: "2,5" and "2.5" give "25"). */
  numbers: string[];
  /** Sound key of each romanised capitalised word that does not start a sentence (first letter and three consonants). */
  names: string[];
  question: boolean;
  exclamation: boolean;
  quotes: number;
  /**
   * Cognates: the first four letters (romanised) of each word of four letters or more — words
   * that share them across languages are mostly translations of each other (Simard, Foster &
   * Isabelle 1992, "Using cognates to align sentences in bilingual corpora"). Packed (five
   * bits a letter) and sorted, for a fast intersection.
   */
  cognates: Uint32Array;
  /** Opening brackets (round, full-width): asides survive translation. */
  brackets: number;
  /** Block kind: headings align with headings. */
  kind: string;
}

const MOVES: [number, number, number][] = [
  // [source, target, -log prior]
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099)],
  [0, 1, -Math.log(0.0099)],
  [2, 1, -Math.log(0.0445)],
  [1, 2, -Math.log(0.0445)],
  [2, 2, -Math.log(0.011)],
];
/**
 * Paragraphs: translators keep them (a merged, split or dropped paragraph is rare in articles,
 * far rarer than a merged sentence), and a paragraph left much shorter is a sentence dropped
 * inside it, not a reason to shift the pairing of its neighbours: merges cost more than between
 * sentences, and the length term of a 1-1 paragraph pair is capped (PARAGRAPH_LENGTH_CAP).
 */
const PARAGRAPH_MOVES: [number, number, number][] = [
  [1, 1, -Math.log(0.97)],
  [1, 0, -Math.log(0.005)],
  [0, 1, -Math.log(0.005)],
  [2, 1, -Math.log(0.01)],
  [1, 2, -Math.log(0.01)],
];
/** At most this much for the lengths of a 1-1 paragraph pair (-log of a one-in-400 mismatch); merges and drops pay in full. */
const PARAGRAPH_LENGTH_CAP = 6;

/** Cost of a sentence without counterpart beyond its prior (see alignItems). */
const DROP = 2;

/** Two-sided tail of the standard normal, for the length term. */
function tail(z: number): number {
  // Abramowitz & Stegun 26.2.17 (|error| < 7.5e-8).
  const t = 1 / (1 + 0.2316419 * z);
  const d = 0.3989422804014327 * Math.exp((-z * z) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 2 * p;
}

/**
 * Share of sentence pairs whose lengths follow a distribution twice as wide: free translation,
 * a clause added or dropped, "$221bn" spelled out. A Gaussian alone makes such a pair so unlikely
 * that the aligner would rather shift its neighbours.
 */
const WIDE = 0.1;
/** -log P(|δ|) under that mixture, tabulated by hundredths of δ up to LENGTH_TABLE_MAX. */
const LENGTH_TABLE_STEP = 100;
const LENGTH_TABLE_MAX = 40;
const lengthTable = (() => {
  const t = new Float64Array(LENGTH_TABLE_MAX * LENGTH_TABLE_STEP + 2);
  for (let k = 0; k < t.length; k++) {
    const z = k / LENGTH_TABLE_STEP;
    t[k] = -Math.log(Math.max(1e-12, (1 - WIDE) * tail(z) + WIDE * tail(z / 2)));
  }
  return t;
})();

/** -log P(|δ|) of a target of length `lt` for a source of length `ls`; `c` the expected ratio, `s2` the variance per source character (length.ts). */
function lengthCost(ls: number, lt: number, c: number, s2: number): number {
  if (ls === 0 && lt === 0) return 0;
  const x = Math.abs(lengthDeviation(ls, lt, c, s2)) * LENGTH_TABLE_STEP;
  if (x >= LENGTH_TABLE_MAX * LENGTH_TABLE_STEP) return lengthTable[lengthTable.length - 1]!;
  const k = Math.floor(x);
  const f = x - k;
  return lengthTable[k]! * (1 - f) + lengthTable[k + 1]! * f;
}

function merge(items: readonly AlignItem[], from: number, n: number): AlignItem {
  if (n === 1) return items[from]!;
  const a = items[from]!;
  const b = items[from + 1]!;
  return { len: a.len + b.len, numbers: [...a.numbers, ...b.numbers], names: [...a.names, ...b.names], cognates: mergeSorted(a.cognates, b.cognates), question: a.question || b.question, exclamation: a.exclamation || b.exclamation, quotes: a.quotes + b.quotes, brackets: a.brackets + b.brackets, kind: a.kind };
}

function mergeSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Size of the multiset intersection of two sorted arrays. */
function sharedSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function overlap(a: readonly string[], b: readonly string[]): { shared: number; total: number } {
  if (a.length === 0 || b.length === 0) return { shared: 0, total: a.length + b.length };
  if (a.length * b.length <= 64) {
    // Small lists (the usual case): a scan without allocating, each b matched at most once.
    let used = 0;
    let shared = 0;
    for (const x of a) {
      for (let k = 0; k < b.length && k < 31; k++) {
        if (!(used & (1 << k)) && b[k] === x) {
          used |= 1 << k;
          shared++;
          break;
        }
      }
    }
    return { shared, total: a.length + b.length };
  }
  // Long lists (paragraphs, asked about many times by the paragraph alignment): counts made
  // once per list, then the multiset intersection without allocating.
  const ca = countsOf(a);
  const cb = countsOf(b);
  const [small, big] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  let shared = 0;
  for (const [x, n] of small) {
    const m = big.get(x);
    if (m !== undefined) shared += n < m ? n : m;
  }
  return { shared, total: a.length + b.length };
}

const counts = new WeakMap<readonly string[], Map<string, number>>();
function countsOf(list: readonly string[]): Map<string, number> {
  let c = counts.get(list);
  if (!c) {
    c = new Map();
    for (const x of list) c.set(x, (c.get(x) ?? 0) + 1);
    counts.set(list, c);
  }
  return c;
}

/** Bonus for a pair whose cognates all match (Dice coefficient 1); numbers give 3, names 2. */
const COGNATE_WEIGHT = 8;

/** Anchor term: negative (cheaper) when the pair shares numbers and names, positive when they disagree. */
export function anchorCost(s: AlignItem, t: AlignItem): number {
  let cost = 0;
  const n = overlap(s.numbers, t.numbers);
  if (n.total > 0) {
    if (n.shared > 0) cost -= 3 * ((2 * n.shared) / n.total);
    // Numbers on one side only: each unmatched one makes the pair less likely (written-out
    // numbers, "four" for 4, are why this stays moderate).
    cost += Math.min(4, 1 * (n.total - 2 * n.shared));
  }
  const m = overlap(s.names, t.names);
  if (m.shared > 0) cost -= 2 * ((2 * m.shared) / m.total);
  if (s.cognates.length && t.cognates.length) {
    const shared = sharedSorted(s.cognates, t.cognates);
    if (shared > 0) cost -= COGNATE_WEIGHT * ((2 * shared) / (s.cognates.length + t.cognates.length));
  }
  if (s.question !== t.question) cost += 1;
  // Quotations and brackets mostly survive translation: both or neither.
  if ((s.quotes > 0) !== (t.quotes > 0)) cost += 0.7;
  else if (s.quotes > 0) cost -= 0.3;
  if ((s.brackets > 0) !== (t.brackets > 0)) cost += 0.7;
  else if (s.brackets > 0) cost -= 0.3;
  if (s.exclamation !== t.exclamation) cost += 0.5;
  if ((s.kind === 'heading') !== (t.kind === 'heading')) cost += 3;
  return cost;
}

/** Similarity in [0, 1] of two paragraphs by their anchors and lengths (for moved paragraphs). */
function similarity(s: AlignItem, t: AlignItem, c: number): number {
  const n = overlap(s.numbers, t.numbers);
  const m = overlap(s.names, t.names);
  const anchors = n.shared + m.shared;
  // Share of the poorer side's anchors that are shared (German capitalises every noun, so its
  // side has many more "names" than an English one).
  const total = Math.min(s.numbers.length + s.names.length, t.numbers.length + t.names.length);
  // Names recur across an article (the same people, the same places); numbers rarely do: ask
  // for a shared number and three anchors, or four anchors.
  if (!((n.shared >= 1 && anchors >= 3) || anchors >= 4) || total === 0) return 0;
  const ratio = t.len / Math.max(1, s.len * c);
  if (ratio < 0.5 || ratio > 2) return 0;
  return anchors / total;
}

/**
 * Monotone alignment of two item lists. Returns pairs of index lists in order; `cost` per pair.
 * Banded: cells farther than `band` from the diagonal (scaled to the lengths) are not explored.
 */
export function alignItems(src: readonly AlignItem[], tgt: readonly AlignItem[], c: number, s2: number, paragraphs = false): AlignedPair[] {
  const moves = paragraphs ? PARAGRAPH_MOVES : MOVES;
  const n = src.length;
  const m = tgt.length;
  if (n === 0 || m === 0) {
    return [...src.map((_, i) => ({ source: [i], target: [], cost: 0 })), ...tgt.map((_, j) => ({ source: [], target: [j], cost: 0 }))];
  }
  // Paragraphs move little (a moved paragraph is found apart, by its anchors): a narrower band.
  const band = paragraphs ? Math.max(12, Math.abs(n - m) + 8) : Math.max(40, Math.abs(n - m) + 20);
  const W = m + 1;
  // Merged neighbours, made once (the programme asks for each many times).
  const src2 = src.map((_, i) => (i > 0 ? merge(src, i - 1, 2) : src[0]!));
  const tgt2 = tgt.map((_, j) => (j > 0 ? merge(tgt, j - 1, 2) : tgt[0]!));
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const back = new Int8Array((n + 1) * W).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    const jFrom = Math.max(0, centre - band);
    const jTo = Math.min(m, centre + band);
    for (let j = jFrom; j <= jTo; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (let k = 0; k < moves.length; k++) {
        const [di, dj, prior] = moves[k]!;
        if (i < di || j < dj) continue;
        const prev = cost[(i - di) * W + (j - dj)]!;
        if (prev === Infinity) continue;
        let step = prior;
        if (di > 0 && dj > 0) {
          const s = di === 1 ? src[i - 1]! : src2[i - 1]!;
          const t = dj === 1 ? tgt[j - 1]! : tgt2[j - 1]!;
          const lc = lengthCost(s.len, t.len, c, s2);
          step += (paragraphs && di === 1 && dj === 1 ? Math.min(lc, PARAGRAPH_LENGTH_CAP) : lc) + anchorCost(s, t);
        } else if (paragraphs) {
          // A paragraph left out costs what its length makes unlikely (whole paragraphs are
          // rarely dropped; a wrong drop would misalign everything after it).
          const len = di > 0 ? src[i - 1]!.len : tgt[j - 1]!.len;
          step += di > 0 ? lengthCost(len, 0, c, s2) : lengthCost(0, len, c, s2);
        } else {
          // A sentence left out (or added) costs its prior and a constant, not a length term: a
          // length term would make any long sentence practically impossible to drop, and the
          // omissions worth finding are the long ones.
          step += DROP;
        }
        const total = prev + step;
        if (total < best) {
          best = total;
          bestMove = k;
        }
      }
      cost[i * W + j] = best;
      back[i * W + j] = bestMove;
    }
  }
  const out: AlignedPair[] = [];
  let i = n;
  let j = m;
  if (cost[n * W + m] === Infinity) {
    // Outside the band (cannot happen with the band above, kept for safety): all unaligned.
    return [...src.map((_, x) => ({ source: [x], target: [], cost: 0 })), ...tgt.map((_, y) => ({ source: [], target: [y], cost: 0 }))];
  }
  while (i > 0 || j > 0) {
    const k = back[i * W + j]!;
    const [di, dj] = moves[k]!;
    const here = cost[i * W + j]!;
    const before = cost[(i - di) * W + (j - dj)]!;
    out.push({ source: range(i - di, di), target: range(j - dj, dj), cost: here - before });
    i -= di;
    j -= dj;
  }
  return out.reverse();
}

function range(from: number, n: number): number[] {
  const r: number[] = [];
  for (let k = 0; k < n; k++) r.push(from + k);
  return r;
}

// ------------------------------------------------------------------ features

const DIGIT_RUN = /\d+(?:[.,\u00a0\u202f' ]\d+)*/g;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Items by segment text and kind, kept across checks (only edited sentences are new). */
const items = new Lru<AlignItem>(20_000);

/** The aligner's view of a segment (read-only; cached by text, and by language where that changes its length). */
export function alignItem(seg: Pick<Segment, 'text' | 'blockKind' | 'language'>): AlignItem {
  const compact = isCompact(seg.language);
  const key = seg.blockKind + (compact ? '\u0000' + seg.language : '') + '\u0000' + seg.text;
  let it = items.get(key);
  if (!it) items.set(key, (it = makeAlignItem(seg, compact ? perEnglishChar(seg.language) : 1)));
  return it;
}

/** Latin letters (basic and Latin-1/Extended-A) and ASCII digits. */
function isLatinOrDigit(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) || (ch >= 0xc0 && ch <= 0x24f && ch !== 0xd7 && ch !== 0xf7) || (ch >= 0xff10 && ch <= 0xff19);
}

/** `latinWeight`: what a Latin letter or digit counts for (1, or a compact language's factor). */
function makeAlignItem(seg: Pick<Segment, 'text' | 'blockKind'>, latinWeight: number): AlignItem {
  const text = seg.text;
  let len = 0;
  let quotes = 0;
  let brackets = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x20 || ch === 0x0a || ch === 0x09 || ch === 0x0d || ch === 0xfffc || ch === 0x200b || ch === 0xa0) continue;
    len += latinWeight !== 1 && isLatinOrDigit(ch) ? latinWeight : 1;
    if (ch === 0x22 || ch === 0x201c || ch === 0x201e || ch === 0xab || ch === 0x300c || ch === 0x300e) quotes++;
    else if (ch === 0x28 || ch === 0xff08) brackets++;
  }
  const numbers: string[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const d = m[0].replace(/[^\d]/g, '').replace(/0+$/, '');
    if (d) numbers.push(d);
  }
  const names: string[] = [];
  const words = text.split(/[\s\u200b\ufffc]+/);
  for (let w = 1; w < words.length; w++) {
    const raw = words[w]!;
    // Most words start with a lower-case letter (or have no case): skip them before any regex.
    const c0 = raw.charCodeAt(0);
    if (c0 >= 0x61 && c0 <= 0x7a) continue;
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (word.length < 3 || !isUpper(word[0]!)) continue;
    const prev = words[w - 1]!;
    if (/[.!?:;…。！？]["”»’)]*$/.test(prev)) continue; // sentence-initial capital
    const r = romanise(word.toLowerCase()).replace(/[^a-z]/g, '');
    if (r.length < 3) continue;
    // First letter and the next three consonants of the skeleton: transliterations differ in
    // their vowels (Trump / Трамп → trmp, Clinton / Клинтон → klnt).
    names.push(consonantKey(r).slice(0, 4));
  }
  return { len, numbers, names, cognates: cognatesOf(text), question: /[?？؟¿]/.test(text), exclamation: /[!！¡]/.test(text), quotes, brackets, kind: seg.blockKind };
}

/** Letters and combining marks by code unit (BMP), filled as met: 1 letter, 2 not. */
const letterClass = new Uint8Array(0x10000);
function isLetterUnit(c: number): boolean {
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  let k = letterClass[c]!;
  if (k === 0) letterClass[c] = k = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * The cognate keys of a text (see AlignItem.cognates). Only words romanise() can read — Latin,
 * Greek, Cyrillic and the scripts it maps; caseless scripts (Han, kana, Hangul, Thai) have none.
 */
function cognatesOf(text: string): Uint32Array {
  const keys: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isLetterUnit(c)) break;
      if (c >= 0x80) ascii = false;
    }
    if (i - start < 4) continue;
    const c0 = text.charCodeAt(start);
    if (c0 >= 0x0530 && !(c0 >= 0x1e00 && c0 <= 0x1fff)) continue;
    const r = ascii ? text.slice(start, start + 4).toLowerCase() : romanise(text.slice(start, i).toLowerCase());
    let key = 0;
    let m = 0;
    for (let k = 0; k < r.length && m < 4; k++) {
      const c = r.charCodeAt(k) - 0x60;
      if (c < 1 || c > 26) continue;
      key = key * 32 + c;
      m++;
    }
    if (m === 4) keys.push(key);
  }
  return Uint32Array.from(keys).sort();
}

// ------------------------------------------------------------------ two-level alignment

/**
 * Aligns the segments of two sides: paragraphs first (with moved paragraphs found by content),
 * then sentences within aligned paragraph groups. Segment indices in the result refer to the
 * given lists, in source order.
 */
export function alignSegments(source: readonly Segment[], target: readonly Segment[], sourceLang: string, targetLang: string): AlignedPair[] {
  const c = lengthRatio(sourceLang, targetLang);
  const s2 = lengthVariance(sourceLang, targetLang);
  const sItems = source.map(alignItem);
  const tItems = target.map(alignItem);
  const sBlocks = groupBlocks(source);
  const tBlocks = groupBlocks(target);
  const blockItem = (items: readonly AlignItem[], ids: number[]): AlignItem => ids.map((i) => items[i]!).reduce((a, b) => merge([a, b], 0, 2));
  const sb = sBlocks.map((ids) => blockItem(sItems, ids));
  const tb = tBlocks.map((ids) => blockItem(tItems, ids));
  // Monotone paragraph alignment, then moved paragraphs: two paragraphs that are each other's
  // best match by anchors (numbers, names; at least two shared, most of theirs) but were not
  // paired by the monotone alignment (which had to merge or drop around them) are paired
  // directly, and the rest is aligned again without them.
  let paras = alignItems(sb, tb, c, s2, true);
  const moved: AlignedPair[] = [];
  if (sb.length > 1 && tb.length > 1 && sb.length * tb.length <= 250_000) {
    // Only paragraphs that share an anchor can be similar: candidates come from an index.
    const index = (items: readonly AlignItem[]) => {
      const m = new Map<string, number[]>();
      items.forEach((it, k) => {
        for (const a of new Set([...it.numbers, ...it.names])) {
          const l = m.get(a) ?? [];
          l.push(k);
          m.set(a, l);
        }
      });
      return m;
    };
    const best = (from: readonly AlignItem[], to: readonly AlignItem[], flip: boolean) => {
      const toIndex = index(to);
      return from.map((a, i) => {
        let bi = -1;
        let bv = 0;
        const cands = new Set<number>();
        for (const x of new Set([...a.numbers, ...a.names])) for (const j of toIndex.get(x) ?? []) cands.add(j);
        for (const j of cands) {
          const b = to[j]!;
          const v = flip ? similarity(b, a, c) : similarity(a, b, c);
          if (v > bv || (v === bv && v > 0 && j < bi)) {
            bv = v;
            bi = j;
          }
        }
        return { i, j: bi, v: bv };
      });
    };
    const sBest = best(sb, tb, false);
    const tBest = best(tb, sb, true);
    const partner = new Map<number, number[]>();
    const partnerT = new Map<number, number[]>();
    for (const p of paras) {
      for (const i of p.source) partner.set(i, p.target);
      for (const j of p.target) partnerT.set(j, p.source);
    }
    const takenS = new Set<number>();
    const takenT = new Set<number>();
    for (const x of sBest) {
      if (x.j < 0 || x.v < 0.6 || tBest[x.j]!.j !== x.i) continue;
      // Paired (alone or in a merge) by the monotone alignment already, or close to where it
      // would be: not moved.
      if ((partner.get(x.i) ?? []).includes(x.j) || (partnerT.get(x.j) ?? []).includes(x.i)) continue;
      const got = partner.get(x.i) ?? [];
      if (got.length === 1 && Math.abs(got[0]! - x.j) <= 1 && (partnerT.get(x.j) ?? []).length === 1) continue;
      takenS.add(x.i);
      takenT.add(x.j);
      moved.push({ source: [x.i], target: [x.j], cost: 0, moved: true });
    }
    if (moved.length) {
      const restS = sb.map((_, i) => i).filter((i) => !takenS.has(i));
      const restT = tb.map((_, j) => j).filter((j) => !takenT.has(j));
      paras = alignItems(
        restS.map((i) => sb[i]!),
        restT.map((j) => tb[j]!),
        c,
        s2,
        true,
      ).map((p) => ({ ...p, source: p.source.map((i) => restS[i]!), target: p.target.map((j) => restT[j]!) }));
    }
  }

  const out: AlignedPair[] = [];
  for (const p of [...paras, ...moved]) {
    const sIds = p.source.flatMap((b) => sBlocks[b]!);
    const tIds = p.target.flatMap((b) => tBlocks[b]!);
    if (sIds.length === 0 || tIds.length === 0) {
      for (const i of sIds) out.push({ source: [i], target: [], cost: p.cost });
      for (const j of tIds) out.push({ source: [], target: [j], cost: p.cost });
      continue;
    }
    // One sentence on a side (Thai writes no full stops; a paragraph may be translated as one
    // long sentence) and lengths that agree: it pairs with all the sentences of the other side.
    // When the lengths disagree, the sentences are aligned (a sentence left out shows as 1-0).
    const lenOf = (ids: number[], items: readonly AlignItem[]) => ids.reduce((n, i) => n + items[i]!.len, 0);
    const ls = lenOf(sIds, sItems);
    const lt = lenOf(tIds, tItems);
    const balanced = lt >= 0.8 * ls * c && lt <= (ls * c) / 0.8;
    if (((sIds.length === 1 || tIds.length === 1) && balanced) || writesNoFullStop(sourceLang) || writesNoFullStop(targetLang)) {
      out.push({ source: sIds, target: tIds, cost: p.cost, ...(p.moved ? { moved: true } : {}) });
      continue;
    }
    const inner = innerAlignment(
      sIds.map((i) => sItems[i]!),
      tIds.map((j) => tItems[j]!),
      sIds.map((i) => source[i]!.text),
      tIds.map((j) => target[j]!.text),
      c,
      s2,
    );
    for (const q of inner) out.push({ source: q.source.map((x) => sIds[x]!), target: q.target.map((x) => tIds[x]!), cost: q.cost, ...(p.moved ? { moved: true } : {}) });
  }
  // Source order (moved pairs and target-only pairs where they fall).
  const key = (p: AlignedPair) => (p.source.length ? p.source[0]! : -1);
  const tkey = (p: AlignedPair) => (p.target.length ? p.target[0]! : -1);
  return out.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka >= 0 && kb >= 0) return ka - kb;
    return tkey(a) - tkey(b) || ka - kb;
  });
}

/** Sentence alignments of paragraph groups by their texts: a re-check after an edit realigns only the edited paragraph. */
const innerMemo = new Lru<AlignedPair[]>(4_000_000, (v, k) => 100 + k.length + 40 * v.length);
function innerAlignment(src: readonly AlignItem[], tgt: readonly AlignItem[], srcTexts: readonly string[], tgtTexts: readonly string[], c: number, s2: number): AlignedPair[] {
  const key = `${c}\u0001${s2}\u0001${srcTexts.join('\u0001')}\u0002${tgtTexts.join('\u0001')}\u0003${src.map((x) => x.kind).join(',')}${tgt.map((x) => x.kind).join(',')}`;
  let r = innerMemo.get(key);
  if (!r) innerMemo.set(key, (r = alignItems(src, tgt, c, s2)));
  return r;
}

/** Segment indices grouped by block, in order. */
function groupBlocks(segs: readonly Segment[]): number[][] {
  const out: number[][] = [];
  let last = -1;
  for (const s of segs) {
    if (s.block !== last) {
      out.push([]);
      last = s.block;
    }
    out[out.length - 1]!.push(s.index);
  }
  return out;
}
