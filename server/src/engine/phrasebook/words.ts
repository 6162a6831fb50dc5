/**
 * The word stream the phrasebook matcher sees: the block's word tokens (Block.tokens, shared
 * tokenisation), lower-cased, with typographic apostrophes normalised to ' and a few clitics
 * split off so that patterns and text agree:
 *  - English: "don't" -> "do" "n't", "he's" -> "he" "'s" ('s 're 've 'll 'd 'm n't)
 *  - French / Italian: elided articles and pronouns, "l'homme" -> "l'" "homme"
 * Pattern words go through exactly the same function, so a pattern written "don't" or "l'air"
 * matches the text "don’t" / "l’air".
 */
import { lowerCase, tokenize } from '../segment';
import type { Token } from '../types';
import { byLanguage } from '../languages/index';

export interface Word {
  start: number;
  end: number;
  /** Normalised lower-case text. */
  key: string;
  /** Joined to the word before by a hyphen ("in" of "built-in"): no match starts here, none ends before it. */
  glued?: true;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

const APOSTROPHES = new Set(['\u2019', '\u02bc', '\u2018', '\u02b9', '\u2032', '\uff07']);

export function normaliseApostrophes(s: string): string {
  let found = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x02bc || c === 0x2018 || c === 0x02b9 || c === 0x2032 || c === 0xff07) {
      found = true;
      break;
    }
  }
  if (!found) return s;
  let out = '';
  for (const ch of s) out += APOSTROPHES.has(ch) ? "'" : ch;
  return out;
}

/** Clitics written after a word with an apostrophe, by language (the packs' `clitics`: English n't, 's). */
const CLITICS: Record<string, readonly string[]> = byLanguage('clitics');
/** Elided words with their apostrophe, by language (the packs' `elisions`: "l'", "dell'", "qu'"). */
const ELISION: Record<string, Set<string>> = Object.fromEntries(Object.entries(byLanguage('elisions')).map(([k, v]) => [k, new Set(v.map((x) => x + "'"))]));

/** By language: each form of a word the next word's sound chooses -> the group's first form (the packs' `allomorphs`: English an -> a). */
const ALLOMORPHS: Record<string, Map<string, string>> = Object.fromEntries(
  Object.entries(byLanguage('allomorphs')).map(([k, groups]) => [k, new Map(groups.flatMap((g) => g.map((w) => [w, g[0]!] as [string, string])))]),
);

/** Splits one normalised lower-case word into clitic pieces; returns [start, end) pieces relative to the word. */
export function splitClitics(key: string, lang: string): Array<[number, number]> {
  if (key.indexOf("'") < 0) return [[0, key.length]];
  const clitics = CLITICS[lang];
  if (clitics) {
    for (const suf of clitics) {
      if (key.length > suf.length && key.endsWith(suf)) {
        const cut = key.length - suf.length;
        return [
          [0, cut],
          [cut, key.length],
        ];
      }
    }
    return [[0, key.length]];
  }
  const cut = elisionLength(key, lang);
  if (cut) {
    const rest = splitClitics(key.slice(cut), lang).map(([a, b]): [number, number] => [a + cut, b + cut]);
    return [[0, cut], ...rest];
  }
  return [[0, key.length]];
}

/**
 * The length of the elided article or pronoun a normalised lower-case word starts with, apostrophe
 * included ("l'eau" -> 2, "dell'anno" -> 5), or 0: none, or nothing after it.
 */
export function elisionLength(key: string, lang: string): number {
  const i = key.indexOf("'");
  return i > 0 && i < key.length - 1 && ELISION[lang]?.has(key.slice(0, i + 1)) ? i + 1 : 0;
}

/** Words of tokens[from, to) (punctuation skipped). Offsets are the tokens' (document) offsets. */
export function wordsOf(tokens: readonly Token[], from: number, to: number, lang: string): Word[] {
  const out: Word[] = [];
  const allo = ALLOMORPHS[lang];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!t.isWord) continue;
    const h = i - 1 > from ? tokens[i - 1]! : undefined;
    const glued = h !== undefined && !h.isWord && h.end === t.start && HYPHENS.has(h.text) && tokens[i - 2]!.isWord && tokens[i - 2]!.end === h.start;
    const n = out.length;
    pushWord(out, t, allo, lang);
    if (glued && out.length > n) out[n]!.glued = true;
  }
  return out;
}

function pushWord(out: Word[], t: Token, allo: ReadonlyMap<string, string> | undefined, lang: string): void {
  const key = allo?.get(t.lower) ?? normaliseApostrophes(t.lower);
  if (key.length !== t.lower.length) {
    // Only single-code-unit apostrophes are normalised, so lengths always agree; guard anyway.
    out.push({ start: t.start, end: t.end, key });
    return;
  }
  if (key.indexOf("'") < 0) {
    out.push({ start: t.start, end: t.end, key });
    return;
  }
  const pieces = splitClitics(key, lang);
  for (const [a, b] of pieces) out.push({ start: t.start + a, end: t.start + b, key: key.slice(a, b) });
}

/** The normalised words of a literal pattern word (or phrase), as the matcher would see them in text. */
const literalCache = new Map<string, string[]>();

export function literalWords(text: string, lang: string): string[] {
  const key = lang + '\u0000' + text;
  let v = literalCache.get(key);
  if (!v) {
    v = literalWordsUncached(text, lang);
    if (literalCache.size > 50000) literalCache.clear();
    literalCache.set(key, v);
  }
  return v;
}

/** Plain alphabetic words in scripts where a word is one segment (no segmenter call needed). */
const SIMPLE_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+$/u;

function literalWordsUncached(text: string, lang: string): string[] {
  if (SIMPLE_WORD.test(text)) {
    const w = lowerCase(text, lang);
    return [ALLOMORPHS[lang]?.get(w) ?? w];
  }
  // A clitic written on its own ("'s", "n't", "l'") is one word of the stream, as splitClitics makes it.
  const norm = normaliseApostrophes(lowerCase(text, lang));
  if (CLITICS[lang]?.includes(norm) || ELISION[lang]?.has(norm)) return [norm];
  const toks = tokenize(text, 0, lang);
  return wordsOf(toks, 0, toks.length, lang).map((w) => w.key);
}
