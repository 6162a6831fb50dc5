/**
 * Transliteration-aware phonetic skeleton of a name word, and the variant test between two
 * skeletons. Pure string functions, linear in the word length (the bounded edit distance
 * is O(n·m) on two short words, and only runs on candidates found through buckets).
 *
 * The skeleton folds the spelling differences that romanisation systems and language
 * conventions produce for one name, so that Tsikhanouskaya / Cichanouskaja,
 * Khrushchev / Chruschtschow / Chruszczow / Khrouchtchev, Zelensky / Zelenskyy / Selenskyj /
 * Zełenski, Bärbock / Baerbock, Élisabeth / Elisabeth have equal skeletons:
 *  - diacritics dropped (é → e), German umlauts as their digraphs (ä → ae, so Bärbock = Baerbock
 *    but Häuser ≠ Hauser), Slavic carons as digraphs (š → sh, ž → zh, č → ch), ł → l, ß → ss;
 *  - Cyrillic and Greek are romanised first (skeletons of different scripts never compare);
 *  - one class X for the hushing and velar fricatives: sh, sch, sz, zh, ch, kh, tch, tsch, cz
 *    (ш ж ч щ х have five or six spellings each across en/de/fr/pl/cs); a lone h stays h;
 *  - one class S for the sibilants and affricates: s, z, ts, tz, c before e/i/y (с з ц:
 *    Kuznetsov / Kusnezow, Zelensky / Selenskyj, Cichanouskaja / Tsikhanouskaya);
 *  - y / j / i → i; w → v; v before a consonant → u, then ou → u (Belarusian ў: -ouskaja / -ovskaya);
 *    ye / je → e (Yevgeny / Jewgeni / Evgeny), yo / jo → e and o after X → e (ё: Gorbachev /
 *    Gorbatschow, Fyodor / Fjodor / Fedor); ph → f, th → t, gh → g, x → ks, ck / q / c → k
 *    (c is ts in Polish, Czech, Slovak, South Slavic, Baltic text, and in -cki / -cka endings);
 *    Dutch tsj → X; a final -off → -ov (Rachmaninoff);
 *  - doubled letters collapsed (Zelenskyy, Schröder / Schroeder).
 */
import { languagesWithNames } from '../languages/index';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '',
  ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'ch', џ: 'dzh', ѓ: 'g', ќ: 'k', ѕ: 'dz',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'ks', ο: 'o', π: 'p', ρ: 'r',
  σ: 's', ς: 's', τ: 't', υ: 'i', φ: 'f', χ: 'kh', ψ: 'ps', ω: 'o',
};
/** Letters whose decomposition would lose a distinction that romanisations spell out. */
const LATIN_PRE: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ő: 'oe', ű: 'ue', ß: 'ss', ł: 'l', ø: 'oe', æ: 'ae', œ: 'oe', đ: 'dj', ð: 'd', þ: 'th', ı: 'i',
  š: 'sh', ž: 'zh', č: 'ch', ć: 'ch', ś: 'sh', ź: 'zh', ż: 'zh', ř: 'rzh', ŭ: 'u', ě: 'je', ň: 'nj', ď: 'dj', ť: 'tj', ñ: 'ni', ş: 'sh', ș: 'sh', ţ: 'ts', ț: 'ts', ç: 's', ğ: 'g',
};

export type Script = 'latin' | 'cyrillic' | 'greek' | 'other';

export function scriptOf(word: string): Script {
  for (const ch of word) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
    if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) return 'greek';
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return 'latin';
  }
  return 'other';
}

/** Lower-case Latin romanisation (diacritics resolved as above) of a lower-cased word. */
export function romanise(lower: string): string {
  // One pass by code unit: the tables (all keys below U+0500, all values a-z), a-z kept, other
  // ASCII dropped, and any other character replaced by what the canonical decomposition of that
  // character alone leaves (memoised per code unit). This equals mapping the whole word, NFD and
  // filtering (romaniseSlow): NFD decomposes character by character and only reorders combining
  // marks, which are all dropped. Words with surrogate pairs take the slow path.
  let out = '';
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) out += lower[k];
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) return romaniseSlow(lower);
    let m = c < PRE_TABLE.length ? PRE_TABLE[c] : undefined;
    if (m === undefined) {
      m = DECOMPOSED[c];
      if (m === undefined) DECOMPOSED[c] = m = romaniseSlow(String.fromCharCode(c));
    }
    out += m;
  }
  return out;
}

/** Per code unit (outside the tables): what romaniseSlow leaves of it. */
const DECOMPOSED: (string | undefined)[] = [];

/** The definition: tables, NFD, then Greek letters, a-z and LATIN_PRE letters kept, everything else dropped. */
function romaniseSlow(lower: string): string {
  let pre = '';
  for (const ch of lower) pre += CYRILLIC[ch] ?? GREEK[ch] ?? LATIN_PRE[ch] ?? ch;
  // Greek accents and the remaining Latin diacritics; then Greek letters decomposed from accents.
  const nfd = pre.normalize('NFD');
  let out = '';
  for (const ch of nfd) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x300 && c <= 0x36f) continue;
    const g = GREEK[ch];
    if (g !== undefined) out += g;
    else if (c >= 0x61 && c <= 0x7a) out += ch;
    else if (LATIN_PRE[ch] !== undefined) out += LATIN_PRE[ch];
    // apostrophes, hyphens and anything else: dropped
  }
  return out;
}

/** CYRILLIC, then GREEK, then LATIN_PRE (the order of precedence above), by code unit. */
const PRE_TABLE: (string | undefined)[] = (() => {
  const t: (string | undefined)[] = new Array(0x500).fill(undefined);
  for (const table of [LATIN_PRE, GREEK, CYRILLIC]) {
    for (const [k, v] of Object.entries(table)) {
      if (k.length !== 1 || k.charCodeAt(0) >= 0x500 || !/^[\x00-\x7f]*$/.test(v)) throw new Error('romanisation table: unexpected entry ' + k);
      t[k.charCodeAt(0)] = v;
    }
  }
  return t;
})();

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** The multi-letter spellings folded to one symbol, longest first at each position. */
const DIGRAPHS: [string, string][] = [
  ['schtsch', 'X'], ['shtch', 'X'], ['shch', 'X'], ['szcz', 'X'], ['tsch', 'X'], ['tsj', 'X'], ['sch', 'X'], ['tch', 'X'],
  ['sh', 'X'], ['zh', 'X'], ['ch', 'X'], ['kh', 'X'], ['sz', 'X'], ['cz', 'X'],
  ['ts', 'S'], ['tz', 'S'], ['ph', 'f'], ['th', 't'], ['gh', 'g'], ['dh', 'd'], ['rh', 'r'], ['bh', 'b'], ['ck', 'k'], ['x', 'kS'], ['q', 'k'],
];

/** DIGRAPHS grouped by their first letter (index: code unit - 0x61), in the same order (the first match at a position wins). */
const DIGRAPHS_BY_FIRST: ([string, string][] | undefined)[] = [];
for (const d of DIGRAPHS) {
  const k = d[0].charCodeAt(0) - 0x61;
  (DIGRAPHS_BY_FIRST[k] ??= []).push(d);
}

/** Polish / Czech / Slovak -cki, -cka, -cký, -ckij (Trocki, Wysocki, Plisiecka, Chmelnyckyj): c is ts there, not the k of English -ck. */
const SLAVIC_CK = /ck(?:i|y|a|ij|yj|ia|aja|aia)$/;

/** By language, from the language packs (languages/types.ts: `names.cIsTs`). */
const C_IS_TS = languagesWithNames('cIsTs');

/** Skeleton of a lower-cased word (any script), for text in `lang`. Script-prefixed so that scripts never compare equal. */
export function skeleton(lower: string, lang = ''): string {
  const dash = lang.indexOf('-');
  const base = dash < 0 ? lang : lang.slice(0, dash);
  const cIsTs = C_IS_TS.has(base);
  // Finnish, Estonian, Hungarian: long vowels and geminates are phonemic (Euroopan / Eurooppaan).
  const keepDoubles = base === 'fi' || base === 'et' || base === 'hu';
  // Skeletons are pure and names repeat: memoised per (variant of the rules, word). Bounded.
  const memo = SKELETON_MEMO[(cIsTs ? 1 : 0) + (keepDoubles ? 2 : 0)]!;
  let hit = memo.get(lower);
  if (hit === undefined) {
    hit = computeSkeleton(lower, cIsTs, keepDoubles);
    if (memo.size >= SKELETON_MEMO_MAX) memo.clear();
    memo.set(lower, hit);
  }
  return hit;
}

const SKELETON_MEMO: Map<string, string>[] = [new Map(), new Map(), new Map(), new Map()];
const SKELETON_MEMO_MAX = 20000;

function computeSkeleton(lower: string, cIsTs: boolean, keepDoubles: boolean): string {
  const script = scriptOf(lower);
  let r = romanise(lower);
  // Old French/German -off for -ov (Rachmaninoff, Atanasoff, Smirnoff).
  if (r.length > 4 && r.endsWith('off')) r = r.slice(0, -3) + 'ov';
  const ck = r.includes('ck') ? SLAVIC_CK.exec(r) : null;
  if (ck && ck.index > 0 && isVowel(r[ck.index - 1] === 'y' ? 'i' : r[ck.index - 1])) r = r.slice(0, ck.index) + 'tsk' + r.slice(ck.index + 2);
  const a: string[] = [];
  let i = 0;
  outer: while (i < r.length) {
    if (cIsTs && r[i] === 'c' && r[i + 1] === 'k') {
      a.push('S', 'k');
      i += 2;
      continue;
    }
    const cands = DIGRAPHS_BY_FIRST[r.charCodeAt(i) - 0x61];
    if (cands !== undefined) for (const [from, to] of cands) {
      if (r.startsWith(from, i)) {
        for (const c of to) a.push(c);
        i += from.length;
        continue outer;
      }
    }
    const c = r[i]!;
    const next = r[i + 1];
    if (c === 'h') a.push('h'); // a lone h: х in Mihail, a length mark in German Reihe; only fuzzily equal to X

    else if (c === 'c') a.push(cIsTs || next === 'e' || next === 'i' || next === 'y' || next === 'w' ? 'S' : 'k'); // Polish cw = ts+v (Cwietajewa)
    else if (c === 's' || c === 'z') a.push('S');
    else if (c === 'y' || c === 'j') a.push('I'); // i from y / j (lower-cased below)
    else if (c === 'w') a.push('v');
    else a.push(c);
    i++;
  }
  // v before a consonant is the Belarusian/Ukrainian ў/в = u (Cichanouskaja / Tikhanovskaya).
  for (let k = 0; k < a.length; k++) if (a[k] === 'v' && k + 1 < a.length && !isVowel(a[k + 1]) && a[k + 1] !== 'I') a[k] = 'u';
  let s = '';
  for (let k = 0; k < a.length; k++) {
    const c = a[k]!;
    const prev = s[s.length - 1];
    const final = k === a.length - 1;
    if (c === 'u' && prev === 'o') {
      s = s.slice(0, -1) + 'u'; // ou → u
      continue;
    }
    // ye / je → e (Yevgeny / Jewgeni / Evgeny, Sergej), yo / jo → e inside a word (ё: Fyodor / Fjodor / Fedor),
    // a word-initial ie → e (Ielena); not io (Region / Regen). German ie (Gebiet / Gebet) folds
    // too: German common nouns are kept out by the determiner check in extract.ts.
    // ie after a consonant → e (Polish palatal spelling: Miedwiediew / Medvedev, Pieskow / Peskov).
    if (((c === 'e' || (c === 'o' && s.length > 1)) && prev === 'I' && !final) || (c === 'e' && prev === 'i' && !final && (s.length === 1 || !isVowel(s[s.length - 2])))) {
      s = s.slice(0, -1);
      if (s[s.length - 1] !== 'e') s += 'e';
      continue;
    }
    if (c === 'o' && prev === 'X' && !final) {
      s += 'e'; // ё after a hushing consonant: Gorbachev / Gorbatschow
      continue;
    }
    if (!keepDoubles && (c === prev || (c === 'I' && prev === 'i') || (c === 'i' && prev === 'I'))) continue;
    s += c;
  }
  if (s.includes('I')) s = s.replace(/I/g, 'i');
  // -iev / -ieva (Prokofiev, Nazarbaïev) are -ev / -eva, as -jev / -jew fold above (Prokofjew).
  if (s.endsWith('iev')) s = s.slice(0, -3) + 'ev';
  else if (s.endsWith('ieva')) s = s.slice(0, -4) + 'eva';
  const tag = script === 'cyrillic' ? 'c:' : script === 'greek' ? 'g:' : '';
  return tag + s;
}

/**
 * A word's sound across transliterations: the first letter of its skeleton and the consonants
 * after it (Trump / Трамп → trmp, Clinton / Клинтон → klntn). `romanised`: lower case, romanise()d.
 */
export function consonantKey(romanised: string): string {
  const sk = skeleton(romanised);
  return (sk[0] ?? '') + sk.slice(1).replace(/[aeiouy]/g, '');
}

/** Skeleton length without the script tag. */
export function skelLength(s: string): number {
  return s.length > 1 && s[1] === ':' ? s.length - 2 : s.length;
}

/** Names whose skeleton is shorter than this are only linked by the glossary (Chen / Shen, Jan / Ian). */
export const MIN_SKELETON = 5;

/** Edit budget for the restricted distance, scaled to the (shorter) skeleton length. */
export function maxEdits(len: number): number {
  return len >= 12 ? 2 : len >= 8 ? 1 : 0;
}

/**
 * Substitutions a romanisation or a Belarusian/Ukrainian/Russian form difference produces
 * (vowel for vowel: akanye Kalesnikava / Kolesnikova; t / ts: Tsikhanouskaya / Tikhanovskaya;
 * h / g / kh: Hlib / Gleb, Mikhail / Mikail; v / f: Rachmaninov / Rachmaninoff).
 */
function subOk(a: string, b: string): boolean {
  if (isVowel(a) && isVowel(b)) return true;
  const p = a < b ? a + b : b + a;
  return p === 'St' || p === 'Xg' || p === 'Xk' || p === 'Xh' || p === 'gh' || p === 'fv' || p === 'uv';
}
/** Insertions/deletions: a vowel, except an e after a / o / u (German umlaut digraphs: Häfen / Hafen). */
function indelOk(s: string, i: number): boolean {
  const c = s[i]!;
  if (!isVowel(c)) return false;
  if (c === 'e' && i > 0 && (s[i - 1] === 'a' || s[i - 1] === 'o' || s[i - 1] === 'u')) return false;
  return true;
}

/** Restricted edit distance (only the operations above), or Infinity when above `max`. */
export function restrictedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const n = a.length;
  const m = b.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = indelOk(b, j - 1) ? prev[j - 1]! + 1 : Infinity;
  for (let i = 1; i <= n; i++) {
    cur[0] = indelOk(a, i - 1) ? prev[0]! + 1 : Infinity;
    let rowMin = cur[0]!;
    for (let j = 1; j <= m; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      let best = ca === cb ? prev[j - 1]! : subOk(ca, cb) ? prev[j - 1]! + 1 : Infinity;
      if (indelOk(a, i - 1)) best = Math.min(best, prev[j]! + 1);
      if (indelOk(b, j - 1)) best = Math.min(best, cur[j - 1]! + 1);
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return Infinity;
    [prev, cur] = [cur, prev];
  }
  const d = prev[m]!;
  return d <= max ? d : Infinity;
}

/**
 * Are two skeletons spellings of one name? Equal skeletons of at least MIN_SKELETON letters,
 * or a restricted distance within the length-scaled budget whose differences are not all in
 * the last two letters (Ivanov / Ivanova, Kowalski / Kowalska, Tikhanovsky / Tikhanovskaya
 * are different people or a case ending, not a spelling variant).
 * Returns 0 for equal skeletons, the distance for fuzzy matches, or -1.
 */
export function variantDistance(a: string, b: string): number {
  if (a === b) return skelLength(a) >= MIN_SKELETON ? 0 : -1;
  const ta = a.length > 1 && a[1] === ':' ? a.slice(0, 2) : '';
  const tb = b.length > 1 && b[1] === ':' ? b.slice(0, 2) : '';
  if (ta !== tb) return -1;
  const x = a.slice(ta.length);
  const y = b.slice(tb.length);
  const len = Math.min(x.length, y.length);
  const max = maxEdits(len);
  if (max === 0) return -1;
  let p = 0;
  while (p < len && x[p] === y[p]) p++;
  if (p >= len - 2) return -1; // differences only at the end: ending, gender form or derivation
  let q = 0;
  while (q < len && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
  if (p + q >= len && x.length !== y.length && q === 0) return -1;
  const d = restrictedDistance(x, y, max);
  return d === Infinity ? -1 : d;
}

/** Deletion keys for bucketing candidates within `k` deletions (symmetric-delete index). */
export function deletionKeys(s: string, k: number, out: Set<string> = new Set()): Set<string> {
  if (out.size === 0 && k > 0) {
    // Into an empty set the keys depend only on (s, k): memoised (bounded), added in the same order.
    for (const d of deletionKeyList(s, k)) out.add(d);
    return out;
  }
  return deletionKeysRec(s, k, out);
}

/** The keys deletionKeys(s, k) puts into an empty set, in its order (memoised, bounded; do not mutate). */
export function deletionKeyList(s: string, k: number): readonly string[] {
  if (k <= 0) return [s];
  const memoKey = k + s;
  let list = DELETION_MEMO.get(memoKey);
  if (list === undefined) {
    list = [...deletionKeysRec(s, k, new Set())];
    if (DELETION_MEMO.size >= DELETION_MEMO_MAX) DELETION_MEMO.clear();
    DELETION_MEMO.set(memoKey, list);
  }
  return list;
}

const DELETION_MEMO = new Map<string, string[]>();
const DELETION_MEMO_MAX = 4000;

/** deletionKeys without the memo (exported for the test that the memo changes nothing). */
export function deletionKeysRec(s: string, k: number, out: Set<string>): Set<string> {
  out.add(s);
  if (k <= 0) return out;
  const tag = s.length > 1 && s[1] === ':' ? s.slice(0, 2) : '';
  const body = s.slice(tag.length);
  for (let i = 0; i < body.length; i++) {
    const d = tag + body.slice(0, i) + body.slice(i + 1);
    if (!out.has(d)) deletionKeysRec(d, k - 1, out);
  }
  return out;
}
