/**
 * A bounded map that forgets the least recently used entries: the engine's caches.
 * `max` bounds the total weight (by default each entry weighs 1); `onEvict` is told about
 * every entry it forgets (not about `delete`/`clear`).
 */
export class Lru<V, K = string> {
  private map = new Map<K, V>();
  private weights = new Map<K, number>();
  private total = 0;
  constructor(
    private readonly max: number,
    private readonly weigh?: (v: V, k: K) => number,
    private readonly onEvict?: (k: K, v: V) => void,
  ) {}
  get(k: K): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: K, v: V): void {
    this.delete(k);
    this.map.set(k, v);
    const w = this.weigh ? this.weigh(v, k) : 1;
    if (this.weigh) this.weights.set(k, w);
    this.total += w;
    while (this.total > this.max && this.map.size > 0) {
      const oldest = this.map.keys().next().value as K;
      const ov = this.map.get(oldest)!;
      this.delete(oldest);
      this.onEvict?.(oldest, ov);
    }
  }
  delete(k: K): boolean {
    if (!this.map.has(k)) return false;
    this.map.delete(k);
    if (this.weigh) {
      this.total -= this.weights.get(k) ?? 0;
      this.weights.delete(k);
    } else this.total--;
    return true;
  }
  values(): IterableIterator<V> {
    return this.map.values();
  }
  get size(): number {
    return this.map.size;
  }
  /** Total weight of the entries kept. */
  get weight(): number {
    return this.total;
  }
  clear(): void {
    this.map.clear();
    this.weights.clear();
    this.total = 0;
  }
}

/**
 * Values computed from a text under several keys (a document language, a candidate set) in one
 * budget: the text is held once however many keys it was read under, and one language's texts
 * cannot keep another's out (separate caches per key multiplied the budget by the keys in use).
 */
export class KeyedTextCache<V> {
  private readonly lru: Lru<Map<string, V>>;
  constructor(max: number, overhead: number) {
    this.lru = new Lru<Map<string, V>>(max, (m, k) => k.length + overhead * m.size);
  }
  get(text: string, key: string): V | undefined {
    return this.lru.get(text)?.get(key);
  }
  set(text: string, key: string, v: V): void {
    const m = this.lru.get(text) ?? new Map<string, V>();
    m.set(key, v);
    this.lru.set(text, m);
  }
  clear(): void {
    this.lru.clear();
  }
}

/** Weight of a text-keyed cache entry: its characters plus `overhead` (the cached value). */
export function byTextLength<V>(overhead: number): (_v: V, k: string) => number {
  return (_v, k) => k.length + overhead;
}

/**
 * A copy of `s` that does not keep a larger string alive: a block's text is a slice of the whole
 * document, which a cache must not retain (V8 slices point into their parent string).
 */
export function detach(s: string): string {
  return s.length < 16 ? s : (' ' + s).slice(1);
}
