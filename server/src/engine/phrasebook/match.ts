/**
 * Matching a compiled phrasebook (compile.ts): one left-to-right pass over a sentence's words
 * with a set of active trie nodes, and the choice of findings among the raw matches.
 */
import { formFor, wideBit, ANY, litLabel, stemLabel, bloomBit, F_ANY, F_GAP, F_GAP_ADV, F_LIT, F_PRE, F_TERM, F_WIDE, GAP_MIN_LITERALS, S_STEMS, childOf, symbolFor, terminalAt, type Packed, type CompiledPhrasebook, type Terminal } from './compile';
import type { PhraseEntry } from './parse';
import type { Word } from './words';
import { idiomAdverbs, idiomModifiers } from './placeholders';
import { isInfinitive } from './forms';
import { closedClassWords } from '../lang/function-words';

export interface RawMatch {
  /** Word indices [start, end). */
  start: number;
  end: number;
  term: Terminal;
  /** The word index skipped after an article or a possessive ("the proverbial bucket"), if any. */
  gap?: number;
}

/** The word index of step k of a match (one past the gap, if the match has one and the step follows it). */
export function stepWord(m: RawMatch, k: number): number {
  const w = m.start + k;
  return m.gap !== undefined && w >= m.gap ? w + 1 : w;
}

/* Matcher scratch (matching is synchronous): the next active set with the gap each node's path
   skipped (-1: none), and the terminal slots reached with theirs. */
let mNext: number[] = [];
let mNextGap: number[] = [];
let mNextN = 0;
const mSlots: number[] = [];
const mSlotGap: number[] = [];
let mSlotsN = 0;
/** The gap of the path being extended (set before the edges of an active node are followed). */
let mGap = -1;

/**
 * Activates node c for the next word. In a trie every node has one parent and one incoming
 * label, and each active node is visited once per word, so no node is activated twice along
 * one path (a node may be active twice: once across a gap, once without).
 */
function activate(info: Int32Array, termStart: Int32Array, c: number): void {
  mNextGap[mNextN] = mGap;
  mNext[mNextN++] = c;
  if (info[c]! & F_TERM) {
    const z = termStart[c + 1]!;
    for (let k = termStart[c]!; k < z; k++) {
      mSlotGap[mSlotsN] = mGap;
      mSlots[mSlotsN++] = k;
    }
  }
}

/** Follows the placeholder, any-word and stem edges of `node` (flags nf) for a word of symbol s (flags sf). */
function otherEdges(p: Packed, node: number, nf: number, sf: number, s: number): void {
  const bits = nf & sf & 31;
  if (bits !== 0) {
    for (let k = 0; k < 5; k++) {
      if (bits & (1 << k)) {
        const c = childOf(p, node, k);
        if (c >= 0) activate(p.info, p.termStart, c);
      }
    }
  }
  if (nf & F_ANY) {
    const c = childOf(p, node, ANY);
    if (c >= 0) activate(p.info, p.termStart, c);
  }
  if (nf & F_PRE && sf & S_STEMS) {
    for (const t of p.symStems[s]!) {
      const c = childOf(p, node, stemLabel(t));
      if (c >= 0) activate(p.info, p.termStart, c);
    }
  }
}

/** A form that ends a pattern (slot gap marker: no word skipped, the last word read in another form). */
const FORM_AT_END = -2;

/** The terminal slots of node c, reached by a form of its last word: reported, the node not kept active (only a pattern's last word may be another form of it there). */
function endWithForm(info: Int32Array, termStart: Int32Array, c: number): void {
  if (!(info[c]! & F_TERM)) return;
  const z = termStart[c + 1]!;
  for (let k = termStart[c]!; k < z; k++) {
    mSlotGap[mSlotsN] = FORM_AT_END;
    mSlots[mSlotsN++] = k;
  }
}

/** The child of `node` (flags nf) by the edge of a literal symbol (filter bit `bit`, label `ll`), or -1: the node's filter first. */
function literalChild(p: Packed, node: number, nf: number, bit: number, ll: number): number {
  if (nf & F_WIDE) {
    const w = p.wideAt[node]!;
    const fb = wideBit(ll, p.wideArea[w - 1]! + 1);
    if (!(p.wideArea[w + (fb >>> 5)]! & (1 << (fb & 31)))) return -1;
  } else if (!(nf & bit)) return -1;
  return childOf(p, node, ll);
}

/**
 * Every match of the trie in `words` (one sentence), in one left-to-right pass over a set of
 * active trie nodes. Matches ending at the same word come in trie order (node, then entry).
 */
export function matchWords(book: CompiledPhrasebook, words: readonly Word[]): RawMatch[] {
  const out = matchPacked(book, words);
  const a = book.also;
  if (a) {
    for (const m of matchPacked(a.book, words)) {
      const t = m.term;
      if (a.blocked.has(t.entry * 4096 + t.pattern)) continue;
      let g = a.terms.get(t);
      if (!g) a.terms.set(t, (g = { ...t, entry: t.entry + a.base }));
      out.push(m.gap === undefined ? { start: m.start, end: m.end, term: g } : { start: m.start, end: m.end, term: g, gap: m.gap });
    }
  }
  return unglued(out, words, book.target);
}

/**
 * Matches that cut no hyphenated word: none ends before a hyphen ("figure" of "figure-skater"),
 * none starts at a function word after one ("in function of" is not in "built-in function of";
 * "one-inch insect" is an inch insect).
 */
function unglued(ms: RawMatch[], words: readonly Word[], lang: string): RawMatch[] {
  let any = false;
  for (const w of words) if (w.glued) any = true;
  if (!any) return ms;
  const closed = closedClassWords(lang);
  return ms.filter((m) => !(words[m.start]!.glued && closed.has(words[m.start]!.key)) && !(m.end < words.length && words[m.end]!.glued));
}

function matchPacked(book: CompiledPhrasebook, words: readonly Word[]): RawMatch[] {
  const out: RawMatch[] = [];
  const p = book.packed;
  const info = p.info;
  const termStart = p.termStart;
  const rootLit = p.rootLit;
  const rootInfo = info[0]! & (F_ANY | F_PRE | 31);
  const litCount = p.litCount;
  let cur = p.cur;
  let curGap = p.curGap;
  let nCur = 0;
  mNext = p.next;
  mNextGap = p.nextGap;
  mSlotsN = 0;
  const modifiers = idiomModifiers(p.lang);
  const adverbs = idiomAdverbs(p.lang);
  for (let i = 0; i < words.length; i++) {
    const s = symbolFor(p, words[i]!.key);
    const sf = p.symFlags[s]!;
    const lit = s > 0 && s < litCount ? s : 0;
    const bit = lit !== 0 ? bloomBit(lit) : 0;
    const ll = litLabel(lit);
    // A form of literal words ("took" of "take", forms.ts) also starts their matches: a
    // pattern's first word (mostly its verb) is read in any form, the words after it as written
    // (an idiom's nouns keep their number: "bite one's elbows" is not "bit his elbow").
    const form = formFor(p, s);
    const atEnd = p.formsAtEnd;
    mNextN = 0;
    // Active nodes, then the root (a match may start at every word).
    let gapOk = -1;
    let advOk = -1;
    for (let j = 0; j < nCur; j++) {
      const node = cur[j]!;
      const nf = info[node]!;
      mGap = curGap[j]!;
      if (lit !== 0) {
        const c = literalChild(p, node, nf, bit, ll);
        if (c >= 0) activate(info, termStart, c);
      }
      if (nf & (F_ANY | F_PRE | 31)) otherEdges(p, node, nf, sf, s);
      // Where the finite verb goes last, a pattern's last infinitive in another form ("…, weil er den Nagel auf den Kopf trifft").
      if (atEnd && form !== 0 && form !== lit && mGap < 0 && nf & F_LIT) {
        const c = literalChild(p, node, nf, bloomBit(form), litLabel(form));
        if (c >= 0) endWithForm(info, termStart, c);
      }
      // After an article or a possessive, one of the language's idiom modifiers may stand before
      // the pattern's next word (once per match): the node waits a word, its terminals already reported.
      if (nf & F_GAP && mGap < 0) {
        if (gapOk < 0) gapOk = modifiers.has(words[i]!.key) ? 1 : 0;
        if (gapOk) {
          mNextGap[mNextN] = i;
          mNext[mNextN++] = node;
        }
      }
      // After a pattern's first word (mostly its verb), one of the language's idiom adverbs.
      if (nf & F_GAP_ADV && mGap < 0 && !(nf & F_GAP && gapOk)) {
        if (advOk < 0) advOk = adverbs.has(words[i]!.key) ? 1 : 0;
        if (advOk) {
          mNextGap[mNextN] = i;
          mNext[mNextN++] = node;
        }
      }
    }
    mGap = -1;
    if (lit !== 0) {
      const c = rootLit[lit]! - 1;
      if (c >= 0) activate(info, termStart, c);
    }
    if (form !== 0) {
      const c = rootLit[form]! - 1;
      if (c >= 0) activate(info, termStart, c);
    }
    if (rootInfo) otherEdges(p, 0, rootInfo, sf, s);
    if (mSlotsN) {
      // Matches ending here in trie order: by node, then by the order entries were added.
      if (mSlotsN > 1) sortPrefix(mSlots, mSlotGap, mSlotsN, p.tOrder);
      const n = mSlotsN;
      mSlotsN = 0;
      for (let q = 0; q < n; q++) {
        const k = mSlots[q]!;
        const term = terminalAt(book, k);
        const gap = mSlotGap[q]!;
        if (gap === FORM_AT_END) {
          // Only an infinitive that ends a pattern of three literal words or more.
          const last = term.steps[term.steps.length - 1]!;
          if (term.literals >= 3 && last.k === 'lit' && isInfinitive(last.v, p.lang)) out.push({ start: i + 1 - term.steps.length, end: i + 1, term });
        } else if (gap < 0) out.push({ start: i + 1 - term.steps.length, end: i + 1, term });
        // Not right before the pattern's last word: a modifier of its last noun gives the words
        // their literal sense ("on the heart of a young man", "at the end of the vote count").
        else if (term.literals >= GAP_MIN_LITERALS && gap < i - 1) out.push({ start: i - term.steps.length, end: i + 1, term, gap });
      }
    }
    const t = cur;
    cur = mNext;
    mNext = t;
    const tg = curGap;
    curGap = mNextGap;
    mNextGap = tg;
    nCur = mNextN;
  }
  p.cur = cur;
  p.curGap = curGap;
  p.next = mNext;
  p.nextGap = mNextGap;
  return out;
}

/** Insertion sort of a[0..n) by key (a handful of terminal slots), carrying g (their gaps) along. */
function sortPrefix(a: number[], g: number[], n: number, key: Int32Array): void {
  for (let i = 1; i < n; i++) {
    const x = a[i]!;
    const y = g[i]!;
    let j = i - 1;
    while (j >= 0 && key[a[j]!]! > key[x]!) {
      a[j + 1] = a[j]!;
      g[j + 1] = g[j]!;
      j--;
    }
    a[j + 1] = x;
    g[j + 1] = y;
  }
}

/**
 * Picks findings from raw matches: for each span the best entry (lower `rank` first, then the
 * pattern whose literal words the text has as written rather than in another form, then the
 * more specific pattern, then file order), then longest spans first without overlaps.
 */
export function resolveMatches(matches: RawMatch[], rank: (entry: PhraseEntry) => number, book: CompiledPhrasebook, words?: readonly Word[]): RawMatch[] {
  if (matches.length <= 1) return matches;
  const bySpan = new Map<string, RawMatch>();
  /** Literal steps the text matches in another form (forms.ts: "topple" for a pattern's "toppled"). */
  const inexact = (m: RawMatch): number => {
    if (!words) return 0;
    let n = 0;
    m.term.steps.forEach((st, k) => {
      if (st.k === 'lit' && words[stepWord(m, k)]?.key !== st.v) n++;
    });
    return n;
  };
  const better = (a: RawMatch, b: RawMatch): boolean => {
    const ra = rank(book.entries[a.term.entry]!);
    const rb = rank(book.entries[b.term.entry]!);
    if (ra !== rb) return ra < rb;
    const ia = inexact(a);
    const ib = inexact(b);
    if (ia !== ib) return ia < ib;
    // A match without a gap before one across it.
    if ((a.gap === undefined) !== (b.gap === undefined)) return a.gap === undefined;
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

