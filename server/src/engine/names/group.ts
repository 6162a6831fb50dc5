/**
 * Variant grouping: name occurrences -> lexemes (one spelling, all its case forms) ->
 * variant pairs (same person, different spelling) -> groups with a preferred spelling.
 *
 * Linear-ish: lexemes are found through a stem map; candidate pairs only through shared
 * skeleton / deletion keys (symmetric-delete index, at most two deletions, on skeletons of
 * eight letters or more), with a cap on bucket size. No all-pairs comparison.
 */
import { letterClass, type NameItem, type StemInfo } from './extract';
import { withoutMarks } from '../lang/scripts';
import { deletionKeyList, deletionKeys, maxEdits, MIN_SKELETON, skelLength, variantDistance } from './skeleton';

export interface LexemeStem extends StemInfo {
  /** The stem as written (original case), from one form. */
  orig: string;
  /** Occurrences of the form it came from (to prefer the commonest form in replacements). */
  weight: number;
}

export interface Lexeme {
  id: number;
  /** Occurrences, in document order. */
  items: NameItem[];
  /** Form text -> count. */
  forms: Map<string, number>;
  stems: LexemeStem[];
  count: number;
  /** Seen at least once where capitalisation proves a name (not sentence-initial, not a headline). */
  confirmed: boolean;
  /** Seen as a common noun (German: after a determiner); never compared. */
  noun: boolean;
  /** First-letter classes of given names / initials seen with it. */
  givens: Set<string>;
  first: number;
  /** Commonest form (ties: first seen). */
  display: string;
}

/** Bucket cap: a key shared by more lexemes than this is ignored (keeps pathological input linear). */
const MAX_BUCKET = 64;

class UnionFind {
  private p: number[] = [];
  make(): number {
    this.p.push(this.p.length);
    return this.p.length - 1;
  }
  find(x: number): number {
    while (this.p[x] !== x) {
      this.p[x] = this.p[this.p[x]!]!;
      x = this.p[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Groups compared occurrences (mention-last words) into lexemes: spellings whose candidate stems intersect. */
export function buildLexemes(items: readonly NameItem[], nameWords: ReadonlySet<string> = new Set()): Lexeme[] {
  const compared = items.filter((it) => it.last && it.stems.length > 0);
  // `nameWords`: words capitalised mid-sentence somewhere; a sentence-initial first word counts
  // as a given name only if it is one of them.
  const uf = new UnionFind();
  const byStem = new Map<string, number>();
  const ids: number[] = [];
  for (let i = 0; i < compared.length; i++) {
    const id = uf.make();
    ids.push(id);
    for (const s of compared[i]!.stems) {
      const other = byStem.get(s.stem);
      if (other === undefined) byStem.set(s.stem, id);
      else uf.union(id, other);
    }
  }
  const byRoot = new Map<number, Lexeme>();
  const out: Lexeme[] = [];
  for (let i = 0; i < compared.length; i++) {
    const it = compared[i]!;
    const root = uf.find(ids[i]!);
    let lx = byRoot.get(root);
    if (!lx) {
      lx = { id: out.length, items: [], forms: new Map(), stems: [], count: 0, confirmed: false, noun: false, givens: new Set(), first: it.start, display: it.text };
      byRoot.set(root, lx);
      out.push(lx);
    }
    lx.items.push(it);
    lx.count++;
    lx.forms.set(it.text, (lx.forms.get(it.text) ?? 0) + 1);
    if (!it.initial && !it.weak) lx.confirmed = true;
    if (it.noun) lx.noun = true;
    if (it.given) lx.givens.add(it.given);
    else if (it.givenWeak && nameWords.has(it.givenWeak)) lx.givens.add(letterClass(it.givenWeak));
  }
  for (const lx of out) {
    if (lx.forms.size === 1) {
      // One form (most lexemes): its first occurrence's stems, all with the form's count as weight.
      const it = lx.items[0]!;
      lx.display = it.text;
      const lower = it.stems[0]!.stem;
      const sameLen = lower.length === it.text.length;
      const stems: LexemeStem[] = [];
      for (const s of it.stems) stems.push(lexemeStem(s, origOf(it.text, lower, sameLen, s.stem), lx.count));
      lx.stems = stems;
      continue;
    }
    let best = 0;
    for (const [form, n] of lx.forms) if (n > best) ((best = n), (lx.display = form));
    const seen = new Set<string>();
    const byStemText = new Map<string, LexemeStem>();
    for (const it of lx.items) {
      if (seen.has(it.text)) continue;
      seen.add(it.text);
      const w = lx.forms.get(it.text) ?? 1;
      const lower = it.stems[0]!.stem;
      const sameLen = lower.length === it.text.length;
      for (const s of it.stems) {
        const prev = byStemText.get(s.stem);
        if (prev && prev.weight >= w) continue;
        byStemText.set(s.stem, lexemeStem(s, origOf(it.text, lower, sameLen, s.stem), w));
      }
    }
    lx.stems = [...byStemText.values()];
  }
  return out;
}

/** The stem as written; an alternated stem (afrik from Afric|e) is not a prefix of the form. */
function origOf(text: string, lower: string, sameLen: boolean, stem: string): string {
  return sameLen && lower.startsWith(stem) ? text.slice(0, stem.length) : text[0] === lower[0] ? stem : stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** `{ ...s, orig, weight }`, built without a spread (hot: once per stem of every form), same keys in the same order. */
function lexemeStem(s: StemInfo, orig: string, weight: number): LexemeStem {
  if (s.inflecting === undefined && s.strict === undefined && !('inflecting' in s) && !('strict' in s)) return { stem: s.stem, skel: s.skel, stripped: s.stripped, orig, weight };
  const o = { stem: s.stem, skel: s.skel, stripped: s.stripped } as LexemeStem;
  if ('inflecting' in s) o.inflecting = s.inflecting;
  if ('strict' in s) o.strict = s.strict;
  o.orig = orig;
  o.weight = weight;
  return o;
}

export interface VariantPair {
  a: number;
  b: number;
  distance: number;
}

/** Best (smallest) variant distance between two lexemes' stems, or -1. */
export function lexemeDistance(a: { stems: readonly StemInfo[] }, b: { stems: readonly StemInfo[] }, fullOnly = false): number {
  let best = -1;
  for (const x of a.stems) {
    if (fullOnly && x.stripped) continue;
    for (const y of b.stems) {
      if (x.stem === y.stem) return -1; // one spelling (should have been one lexeme)
      // Whole forms with whole forms, stems with stems: "Albany" is not "Albani|ens".
      if (x.stripped !== y.stripped) continue;
      const strict = x.strict || y.strict;
      if (strict && x.stripped) continue;
      // In a language with case endings, spellings that differ only in their last one or two
      // letters are grammar (Polish Grecy / Grecji, Czech Irském / Irskem), not transliteration.
      // Diacritics dropped or kept (Wiśniewska / Wisniewska, Élisabeth / Elisabeth): one spelling
      // with and one without is the same name, whatever the skeleton makes of the letter.
      if (plain(x.stem) === plain(y.stem)) return 0;
      if ((x.inflecting || y.inflecting) && tailsShort(x.stem, y.stem)) continue;
      // One letter doubled or not in a short name (Rossi / Rosi), two vowels swapped (Schneider /
      // Schnieder): the skeleton is too short to compare, or its vowel folding hides the swap.
      if (!x.stripped && !y.stripped && (oneDoubled(plain(x.stem), plain(y.stem)) || vowelsSwapped(plain(x.stem), plain(y.stem)))) {
        if (best < 0 || best > 1) best = 1;
        continue;
      }
      const d = variantDistance(x.skel, y.skel);
      if (strict && d !== 0) continue;
      if (d >= 0 && (best < 0 || d < best)) best = d;
      if (best === 0) return 0;
    }
  }
  return best;
}

/** Letters that are vowels in the Latin-script names these shapes apply to. */
const VOWEL = /^[aeiouy]$/;
/** A doubled letter or two adjacent vowels: the letters where a doubling or a vowel swap can differ. */
const SHAPE_LETTERS = /(\p{L})\1|[aeiouy]{2}/u;

/**
 * The same letters with one consonant doubled in one spelling only, in a name of at least five
 * letters (Rossi / Rosi, Matteo / Mateo); not at the end, and not a vowel drawn out in speech
 * ("Nooun" for "Noun").
 */
function oneDoubled(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length !== s.length + 1 || l.length < 5 || !/^\p{Script=Latin}+$/u.test(l)) return false;
  for (let i = 1; i < l.length - 1; i++) {
    if (l[i] === l[i - 1] && !VOWEL.test(l[i]!) && l.slice(0, i) + l.slice(i + 1) === s) return true;
  }
  return false;
}

/** Two adjacent vowels swapped (Schneider / Schnieder, Dietrich / Deitrich), in a name of at least six letters. */
function vowelsSwapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 6 || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i + 1 < a.length && VOWEL.test(a[i]!) && VOWEL.test(a[i + 1]!) && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Two lexemes whose whole forms differ by a doubled letter or two swapped vowels. */
function shapePair(a: Lexeme, b: Lexeme): boolean {
  for (const x of a.stems) {
    if (x.stripped) continue;
    for (const y of b.stems) if (!y.stripped && (oneDoubled(plain(x.stem), plain(y.stem)) || vowelsSwapped(plain(x.stem), plain(y.stem)))) return true;
  }
  return false;
}

function tailsShort(a0: string, b0: string): boolean {
  const a = plain(a0);
  const b = plain(b0);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return a.length - p <= 2 && b.length - p <= 2;
}

/**
 * '\u0001' + the stem without diacritics, doubled letters once and adjacent vowels in order:
 * the bucket of spellings that differ by a doubled letter or two swapped vowels (Rossi / Rosi,
 * Schneider / Schnieder).
 */
function shapeKey(s: string): string {
  const p = plain(s);
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === out[out.length - 1]) continue;
    const n = p[i + 1];
    if (n !== undefined && VOWEL.test(c) && VOWEL.test(n) && n < c) {
      out += n + c;
      i++;
      continue;
    }
    out += c;
  }
  return '\u0001' + out;
}

const plainKeyCache = new Map<string, string>();
/** '\u0000' + plain(s): the bucket key of a stem's letters without diacritics (memoised: one string per stem). */
function plainKey(s: string): string {
  let k = plainKeyCache.get(s);
  if (k === undefined) {
    k = '\u0000' + plain(s);
    if (plainKeyCache.size > 100000) plainKeyCache.clear();
    plainKeyCache.set(s, k);
  }
  return k;
}

const plainCache = new Map<string, string>();
/** Without diacritics (memoised: called for every stem pair on every check). */
function plain(s: string): string {
  let p = plainCache.get(s);
  if (p === undefined) {
    p = withoutMarks(s);
    if (plainCache.size > 100000) plainCache.clear();
    plainCache.set(s, p);
  }
  return p;
}
/** Whole forms differ by more than diacritics (trabajo / trabajó are two words in Spanish, not two spellings). */
function differBeyondAccents(a: Lexeme, b: Lexeme): boolean {
  for (const x of a.stems) {
    if (x.stripped) continue;
    for (const y of b.stems) if (!y.stripped && x.skel === y.skel && plain(x.stem) !== plain(y.stem)) return true;
  }
  return false;
}

/** Different first names or initials mean different people (Yulia / Semyon Tymoshenko). */
export function givensCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const g of a) if (b.has(g)) return true;
  // Élisabeth / Elisabeth: the same given name with and without diacritics.
  const plainB = new Set([...b].map(plain));
  for (const g of a) if (plainB.has(plain(g))) return true;
  return false;
}

/**
 * Variant pairs among lexemes. A pair needs a variant distance (equal skeleton or bounded
 * restricted edits), compatible given names, and at least one confirmed lexeme; a lexeme
 * seen only where capitalisation is grammatical (sentence starts, headlines) links only
 * through an equal skeleton.
 */
export function variantPairs(lexemes: readonly Lexeme[]): VariantPair[] {
  // Key -> lexeme id, or ids once a second lexeme shares the key (most keys have one: no array for them).
  const buckets = new Map<string, number | number[]>();
  const put = (k: string, id: number) => {
    const b = buckets.get(k);
    if (b === undefined) buckets.set(k, id);
    else if (typeof b === 'number') buckets.set(k, [b, id]);
    else if (b.length <= MAX_BUCKET) b.push(id);
  };
  for (const lx of lexemes) {
    if (lx.noun) continue;
    let eligible = 0;
    let only: StemInfo | undefined;
    for (const s of lx.stems) {
      if (!s.stripped && lx.confirmed && s.stem.length >= 4 && (skelLength(s.skel) < MIN_SKELETON || SHAPE_LETTERS.test(plain(s.stem)))) put(shapeKey(s.stem), lx.id);
      if (skelLength(s.skel) < MIN_SKELETON || (!lx.confirmed && s.stripped)) continue;
      eligible++;
      only = s;
    }
    if (eligible === 0) continue;
    if (eligible === 1) {
      // One stem (most lexemes): its keys are already distinct, in the order the set below would hold them.
      const len = skelLength(only!.skel);
      for (const k of deletionKeyList(only!.skel, lx.confirmed ? maxEdits(len) : 0)) put(k, lx.id);
      put(plainKey(only!.stem), lx.id);
      continue;
    }
    const keys = new Set<string>();
    for (const s of lx.stems) {
      const len = skelLength(s.skel);
      if (len < MIN_SKELETON || (!lx.confirmed && s.stripped)) continue;
      deletionKeys(s.skel, lx.confirmed ? maxEdits(len) : 0, keys);
      keys.add(plainKey(s.stem)); // same letters once diacritics are dropped
    }
    for (const k of keys) put(k, lx.id);
  }
  const seen = new Set<number>();
  const pairs: VariantPair[] = [];
  const n = lexemes.length;
  for (const [bucket, b] of buckets) {
    if (typeof b === 'number' || b.length < 2 || b.length > MAX_BUCKET) continue;
    const shape = bucket.charCodeAt(0) === 1;
    for (let i = 0; i < b.length; i++) {
      for (let j = i + 1; j < b.length; j++) {
        const x = Math.min(b[i]!, b[j]!);
        const y = Math.max(b[i]!, b[j]!);
        if (x === y) continue;
        const key = x * n + y;
        if (seen.has(key)) continue;
        const A = lexemes[x]!;
        const B = lexemes[y]!;
        // The shape bucket links a doubled letter or swapped vowels only (it holds names too short for the others).
        if (shape && !shapePair(A, B)) continue;
        seen.add(key);
        if (!A.confirmed && !B.confirmed) continue;
        // A lexeme seen only where capitalisation is grammatical links by an equal whole form only.
        const unconfirmed = !A.confirmed || !B.confirmed;
        const d = lexemeDistance(A, B, unconfirmed);
        if (d < 0) continue;
        if (unconfirmed && (d > 0 || !differBeyondAccents(A, B))) continue;
        if (!givensCompatible(A.givens, B.givens)) continue;
        pairs.push({ a: x, b: y, distance: d });
      }
    }
  }
  return pairs;
}

/** Connected groups of lexemes (by variant pairs), each sorted by id. */
export function variantGroups(lexemes: readonly Lexeme[], pairs: readonly VariantPair[]): number[][] {
  const uf = new UnionFind();
  for (let i = 0; i < lexemes.length; i++) uf.make();
  for (const p of pairs) uf.union(p.a, p.b);
  const groups = new Map<number, number[]>();
  for (const p of pairs) {
    for (const id of [p.a, p.b]) {
      const r = uf.find(id);
      let g = groups.get(r);
      if (!g) groups.set(r, (g = []));
      if (!g.includes(id)) g.push(id);
    }
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b));
}

/**
 * The text that replaces `item`'s name part with the spelling of `target`, keeping the
 * item's case ending (Cichanouskaja -> Cichanouskaya; Зеленського -> Зеленского).
 */
export function replacementFor(item: NameItem, target: readonly LexemeStem[]): string | undefined {
  let best: { score: number; text: string } | undefined;
  const lowerLen = item.stems[0]?.stem.length ?? item.text.length;
  for (const s of item.stems) {
    const ending = lowerLen === item.text.length ? item.text.slice(s.stem.length) : '';
    for (const p of target) {
      if (p.stem === s.stem || p.stripped !== s.stripped) continue;
      const d = variantDistance(s.skel, p.skel);
      if (d < 0) continue;
      // Prefer equal skeletons, then the longest own stem (shortest ending), then the commonest target form.
      const score = d * 1000 - s.stem.length * 10 - Math.min(p.weight, 9);
      if (!best || score < best.score) best = { score, text: p.orig + ending };
    }
  }
  if (!best) return undefined;
  return matchCase(best.text, item.text);
}

/** Same-ending fallback for glossary variants whose skeletons are unrelated (Tikhanovskaya -> Tsikhanouskaya). */
export function replaceByEnding(itemText: string, variantStem: string, preferredStem: string): string {
  return matchCase(preferredStem + itemText.slice(variantStem.length), itemText);
}

export function matchCase(text: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return text.toUpperCase();
  return text;
}
