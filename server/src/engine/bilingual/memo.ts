/**
 * A bounded memo for the source-aware rules' per-paragraph work (numbers and codes read from a
 * paragraph's text): while a translator types, every paragraph but one is the same as in the
 * last check, on both sides, so re-checks reuse them. Results are read-only once made.
 */
import { Lru } from '../lru';
import type { PairFinding } from './types';

/**
 * memoByText for work on an aligned pair: keyed by both texts and `key` (languages, options).
 * `weigh` adds a result's size to its key's in the budget.
 */
export function memoByPair<T>(budget: number, weigh: (v: T) => number = () => 0): (source: string, target: string, key: string, make: () => T) => T {
  const cache = new Lru<T>(budget, (v, k) => 100 + k.length + weigh(v));
  return (source, target, key, make) => {
    const k = `${key}\u0000${source}\u0000${target}`;
    let v = cache.get(k);
    if (v === undefined) cache.set(k, (v = make()));
    return v;
  };
}

export function memoByText<T>(budget: number, make: (text: string, key: string) => T): (text: string, key: string) => T {
  const cache = new Lru<T>(budget, (_v, k) => 100 + k.length);
  return (text, key) => {
    const k = key + '\u0000' + text;
    let v = cache.get(k);
    if (v === undefined) cache.set(k, (v = make(text, key)));
    return v;
  };
}

/**
 * Findings made at offsets inside one pair's texts (source and target starting at 0), moved to
 * the pair's place in the documents: the finding and its fixes on its own side, related
 * locations on theirs.
 */
export function shiftFindings(found: readonly PairFinding[], sourceStart: number, targetStart: number): PairFinding[] {
  if (sourceStart === 0 && targetStart === 0) return [...found];
  return found.map((f) => {
    const own = f.side === 'source' ? sourceStart : targetStart;
    return {
      ...f,
      start: f.start + own,
      end: f.end + own,
      ...(f.fixes ? { fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + own, end: e.end + own })) })) } : {}),
      ...(f.related ? { related: f.related.map((r) => ({ ...r, start: r.start + (r.side === 'source' ? sourceStart : targetStart), end: r.end + (r.side === 'source' ? sourceStart : targetStart) })) } : {}),
    };
  });
}
