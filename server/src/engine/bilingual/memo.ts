/**
 * A bounded memo for the source-aware rules' per-paragraph work (numbers and codes read from a
 * paragraph's text): while a translator types, every paragraph but one is the same as in the
 * last check, on both sides, so re-checks reuse them. Results are read-only once made.
 */
import { Lru } from '../lru';

export function memoByText<T>(budget: number, make: (text: string, key: string) => T): (text: string, key: string) => T {
  const cache = new Lru<T>(budget, (_v, k) => 100 + k.length);
  return (text, key) => {
    const k = key + '\u0000' + text;
    let v = cache.get(k);
    if (v === undefined) cache.set(k, (v = make(text, key)));
    return v;
  };
}
