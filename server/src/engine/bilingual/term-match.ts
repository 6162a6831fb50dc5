/**
 * Finding a glossary term in running text, tolerant of inflection. Pure: text in, ranges out.
 *
 * A term is cut into words (runs of letters, marks and digits) and the characters between them.
 * Each word that ends a whitespace-separated part of the term may carry an inflectional ending of
 * the language (per-language lists below), optionally after removing the word's own ending
 * ("Госдума" → "Госдум" + "ы", "Seimas" → "Seim" + "o"); the characters between words must be
 * there as written (any run of white space for a space, any hyphen for a hyphen, any apostrophe
 * for an apostrophe), so a multi-word term only matches its own words in order. A match must be a
 * whole word: a letter, mark or digit just before or after it breaks it ("Bundestag" is not in
 * "Bundestagswahl"), except at the edges of scripts written without spaces (Han, kana, Thai, …).
 *
 * What is not handled (documented limits, not bugs): stem alternations (German umlaut plurals
 * "Haus/Häuser", Slavic fleeting vowels "отец/отца", most Polish/Russian consonant alternations
 * beyond the few listed), Finnish consonant gradation, suppletion, and separable or discontinuous
 * terms, derived words ("rządowy" for "rząd"). Text is matched as given (no Unicode
 * normalisation; accents count, so Greek capitals without tonos miss an accented term); glossary
 * strings are NFC. Case-insensitive matching runs on a case-folded copy of the same length.
 */
import { CASE_ENDINGS, MIN_STEM } from '../names/data';
import { Lru } from '../lru';
import { byLanguage, languagesWith } from '../languages/index';

interface Morphology {
  /** Endings that may follow the word as written, or follow a stem from which `strip` removed an ending. */
  endings: readonly string[];
  /** The word's own final ending (one of `endings`) may be removed before another is added. */
  strip?: boolean;
  /** A stripped stem is itself a form (the zero ending of the Slavic genitive plural: "Госдум"). */
  bare?: boolean;
  /** Word-final letters replaced by other endings (English policy → policies, Polish rząd → rządzie). */
  replace?: Readonly<Record<string, readonly string[]>>;
  /** Endings allowed on short words (fewer than SHORT_WORD letters); default: `endings`. */
  short?: readonly string[];
}

/** Words shorter than this take only `Morphology.short` endings; words shorter than MIN_STEM take none. */
const SHORT_WORD = 4;

/** Turkish proper names take their suffixes after an apostrophe (Ankara'da); common nouns directly. */
const withApostrophe = (xs: readonly string[]): string[] => [...xs, ...xs.map((x) => "'" + x)];
const uniq = (...lists: (readonly string[] | undefined)[]): string[] => [...new Set(lists.flatMap((l) => l ?? []))];

/**
 * Per-language inflection, by base language subtag, from the language packs (languages/types.ts:
 * `inflection`, documented there with its sources). Tables marked `withNameEndings` start from the
 * name case endings (`names.caseEndings`) and add the common-noun endings that list leaves out on
 * purpose for surnames (Russian -ов/-ев genitive plural, Lithuanian -aus/-ių …).
 */
const MORPHOLOGY: Readonly<Record<string, Morphology>> = Object.fromEntries(
  Object.entries(byLanguage('inflection')).map(([lang, m]) => {
    const endings = uniq(m.withNameEndings ? CASE_ENDINGS[lang] : [], m.endings);
    return [lang, { ...m, endings: m.afterApostrophe ? withApostrophe(endings) : endings }];
  }),
);
// Norwegian "no" is Bokmål; Serbian Latin shares sr; Montenegrin and Moldovan (legacy tags) follow hr/ro.
const ALIASES: Readonly<Record<string, string>> = { no: 'nb', cnr: 'hr', mo: 'ro', az: 'tr' };

const NONE: Morphology = { endings: [] };

export function morphologyOf(lang: string): Morphology {
  const i = lang.search(/[-_]/);
  const base = (i < 0 ? lang : lang.slice(0, i)).toLowerCase();
  return MORPHOLOGY[ALIASES[base] ?? base] ?? NONE;
}

/** By language, from the language packs (languages/types.ts: `compounding`). */
const COMPOUNDING = languagesWith('compounding');
export function isCompounding(lang: string): boolean {
  const i = lang.search(/[-_]/);
  return COMPOUNDING.has((i < 0 ? lang : lang.slice(0, i)).toLowerCase());
}

const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
/** Scripts written without spaces between words: no whole-word requirement at such an edge. */
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
/** Korean particles attach to nouns: no whole-word requirement after Hangul. */
const HANGUL = /\p{Script=Hangul}/u;

/** A word written in capitals only (at least two letters): an acronym, never stripped. */
export function isAllCaps(w: string): boolean {
  let letters = 0;
  for (const ch of w) {
    if (!/\p{L}/u.test(ch)) continue;
    if (ch === ch.toLowerCase() && ch !== ch.toUpperCase()) return false; // a lower-case letter
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}

/** Inner capitals ("iPhone", "PowerPoint", "McKinsey") or a word in capitals ("NATO", "EU"): spelled case-sensitively. */
export function hasCaseMarks(term: string): boolean {
  for (const m of term.matchAll(WORD_RUN)) {
    const w = m[0];
    if (isAllCaps(w)) return true;
    if (/\p{Ll}\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w)) return true;
  }
  return false;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const APOSTROPHES = "'’ʼ";
const HYPHENS = '-\u2010\u2011';
/** For character classes: the ASCII hyphen escaped so it never forms a range. */
const HYPHEN_CLASS = '\\-\u2010\u2011';

/**
 * Characters that are not part of a word: white space, controls, ASCII and Latin-1 punctuation and
 * symbols, general punctuation, currency, letterlike and arrow-to-misc symbols, CJK and full-width
 * punctuation, specials (U+FFFC masks) and emoji. Everything else counts as a letter, mark or digit.
 * Reason: an explicit complement compiles in microseconds, where \p{L} classes cost a millisecond
 * per regular expression (measured), which matters for glossaries of thousands of terms.
 */
const NON_WORD =
  '\\s\\u0000-\\u001F!-/:-@\\[-`{-~\\u007F-\\u00BF\\u00D7\\u00F7\\u037E\\u0387\\u055A-\\u055F\\u0589\\u058A\\u05BE\\u05C0\\u05C3\\u05C6\\u05F3\\u05F4' +
  '\\u060C\\u060D\\u061B\\u061F\\u066A-\\u066D\\u06D4\\u0964\\u0965\\u0970\\u0E4F\\u0E5A\\u0E5B\\u2000-\\u206F\\u20A0-\\u20CF\\u2100-\\u214F\\u2190-\\u2BFF' +
  '\\u2E00-\\u2E7F\\u3000-\\u3003\\u3008-\\u3020\\u3030\\uFD3E\\uFD3F\\uFE10-\\uFE19\\uFE30-\\uFE6B\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65' +
  '\\uFFF0-\\uFFFF\\u{1F000}-\\u{1FAFF}';
const WORD = `[^${NON_WORD}]`;

const alternations = new WeakMap<readonly string[], string>();
const alternation = (xs: readonly string[]) => {
  let out = alternations.get(xs);
  if (out === undefined) {
    const sorted = [...new Set(xs)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    out = sorted.map((x) => escapeRe(x).replace(/['’]/g, `[${APOSTROPHES}]`)).join('|');
    alternations.set(xs, out);
  }
  return out;
};

/**
 * Lower case without changing offsets: each character that lower-cases to one of the same length
 * does, others stay (İ); final sigma is folded to σ. Case-insensitive matching runs on the folded
 * text with a folded term, so match offsets are offsets in the original text.
 */
export function foldCase(s: string): string {
  let lower = s.toLowerCase();
  if (lower.length !== s.length) {
    lower = '';
    for (const ch of s) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return lower.includes('ς') ? lower.replace(/ς/g, 'σ') : lower;
}
const folded: [string, string][] = [];
/** foldCase of the few texts a check is running on (the source and target of a segment). */
function foldCached(s: string): string {
  for (const [k, v] of folded) if (k === s) return v;
  const v = foldCase(s);
  folded.unshift([s, v]);
  if (folded.length > 4) folded.pop();
  return v;
}

export interface MatchOptions {
  caseSensitive?: boolean;
  /** 'inflect' (default): endings may replace the word's own; 'asis' (do-not-translate terms): as 'inflect', and an ending may also follow an apostrophe or hyphen (Calque'a). */
  mode?: 'inflect' | 'asis';
  /** The term may be the first or last part of a compound word (German "Datenschutz" in "Datenschutzbeauftragte"). Only with a case-insensitive term. */
  compounds?: boolean;
}

/** A compiled term: its expression runs on the folded text unless the term is case-sensitive. */
export interface Matcher {
  re: RegExp;
  folded: boolean;
  /**
   * What may precede a match: 'word' a non-word character (or the start), 'loose' that or three
   * word characters (a compound's head), 'any' anything (a term starting in a script without
   * spaces or with punctuation). Checked outside the expression: a leading lookbehind would keep
   * the regular-expression engine from scanning for the term's first letters.
   */
  before: 'word' | 'loose' | 'any';
}
const NON_WORD_CHAR = new RegExp(`[${NON_WORD}]`, 'u');
const isWordChar = (ch: string | undefined) => ch !== undefined && !NON_WORD_CHAR.test(ch);
/** The code point before offset i (a surrogate pair counts as one). */
const charBefore = (s: string, i: number): string | undefined => {
  if (i <= 0) return undefined;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) return s.slice(i - 2, i);
  return s[i - 1];
};

/**
 * The regular-expression source for one word of a term. `word` is as written (its shape decides
 * acronym or not), `lit` the form to match (folded when case-insensitive).
 */
function wordPattern(word: string, lit: string, morph: Morphology, inflects: boolean, mode: 'inflect' | 'asis'): string {
  const esc = escapeRe(lit);
  if (!inflects || !/\p{L}/u.test(word)) return esc;
  const letters = [...word].length;
  if (isAllCaps(word)) {
    // Acronyms are never stripped; an ending may follow, also after a hyphen, apostrophe or colon (EU:n, PiS-u, NATO's).
    const e = morph.endings.length ? alternation(morph.endings) : '';
    return e ? `${esc}(?:[${HYPHEN_CLASS}${APOSTROPHES}:]?(?:${e}))?` : esc;
  }
  if (letters < MIN_STEM) return esc;
  const endings = letters < SHORT_WORD ? (morph.short ?? morph.endings) : morph.endings;
  if (endings.length === 0) return esc;
  const e = alternation(endings);
  // Do-not-translate terms (foreign names) often take their ending after an apostrophe or hyphen (Calque'a, iPhone-u).
  const alts = [mode === 'asis' ? `${esc}(?:[${APOSTROPHES}${HYPHEN_CLASS}]?(?:${e}))?` : `${esc}(?:${e})?`];
  const lower = word.toLowerCase();
  const seen = new Set<string>();
  if (morph.strip) {
    for (const end of morph.endings) {
      if (!lower.endsWith(end) || lower.length - end.length < MIN_STEM) continue;
      const stem = lit.slice(0, lit.length - end.length);
      if (seen.has(stem)) continue;
      seen.add(stem);
      alts.push(`${escapeRe(stem)}(?:${e})${morph.bare ? '?' : ''}`);
    }
  }
  const replaced: string[] = [];
  for (const [from, tos] of Object.entries(morph.replace ?? {})) {
    if (!lower.endsWith(from) || lower.length - from.length < MIN_STEM) continue;
    const stem = lit.slice(0, lit.length - from.length);
    replaced.push(stem);
    alts.push(`${escapeRe(stem)}(?:${alternation(tos)})`);
  }
  if (alts.length === 1) return alts[0]!;
  // Every stem is a prefix of the word, so the shortest one begins every alternative: written once,
  // the engine can scan for those letters.
  const common = [...seen, ...replaced].reduce((a, b) => (b.length < a.length ? b : a));
  const k = escapeRe(common).length;
  return `${escapeRe(common)}(?:${alts.map((a) => a.slice(k)).join('|')})`;
}

/** The compiled term, or undefined for a term without any letter or digit. */
function compile(term: string, lang: string, opts: MatchOptions): Matcher | undefined {
  const morph = morphologyOf(lang);
  const mode = opts.mode ?? 'inflect';
  const fold = !opts.caseSensitive;
  const parts = term.trim().match(/[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu);
  if (!parts || !parts.some((p) => /[\p{L}\p{N}]/u.test(p))) return undefined;
  let src = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (/^\s+$/u.test(p)) src += '\\s+';
    else if (APOSTROPHES.includes(p)) src += `[${APOSTROPHES}]`;
    else if (HYPHENS.includes(p)) src += `[${HYPHEN_CLASS}]`;
    else if (/^[\p{L}\p{M}\p{N}]/u.test(p)) {
      // Only the last word of each space-separated part inflects ("state-of-the-art": only "art").
      const next = parts[i + 1];
      const inflects = next === undefined || /^\s+$/u.test(next);
      src += wordPattern(p, fold ? foldCase(p) : p, morph, inflects, mode);
    } else src += escapeRe(fold ? foldCase(p) : p);
  }
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const firstChar = [...first][0]!;
  const lastChar = [...last].at(-1)!;
  const loose = opts.compounds && fold;
  let before: Matcher['before'] = 'any';
  if (/^[\p{L}\p{M}\p{N}]/u.test(first) && !NO_SPACE.test(firstChar)) {
    // At the start of a compound's tail the term's first word may follow other letters (Kinder|datenschutz).
    before = loose && [...first].length >= SHORT_WORD ? 'loose' : 'word';
  }
  if (/[\p{L}\p{M}\p{N}]$/u.test(last) && !NO_SPACE.test(lastChar) && !HANGUL.test(lastChar)) {
    // As the first part of a compound the term may be followed by at least three more letters (Datenschutz|beauftragte).
    src = loose && [...last].length >= SHORT_WORD ? `${src}(?:(?!${WORD})|(?=${WORD}{3}))` : `${src}(?!${WORD})`;
  }
  return { re: new RegExp(src, 'gu'), folded: fold, before };
}

const cache = new Lru<Matcher | null>(20000);

/** The compiled matcher of a term (cached), or null for a term without any letter or digit. */
export function termMatcher(term: string, lang: string, opts: MatchOptions = {}): Matcher | null {
  const key = `${opts.mode ?? 'inflect'}\u0000${lang}\u0000${opts.caseSensitive ? 1 : 0}${opts.compounds ? 1 : 0}\u0000${term}`;
  let m = cache.get(key);
  if (m === undefined) {
    m = compile(term, lang, opts) ?? null;
    cache.set(key, m);
  }
  return m;
}

/** The matches of a compiled term in a text, in text order, not overlapping. */
export function matchWith(m: Matcher | null, text: string): { start: number; end: number }[] {
  if (m === null || text.length === 0) return [];
  const subject = m.folded ? foldCached(text) : text;
  const out: { start: number; end: number }[] = [];
  const re = m.re;
  re.lastIndex = 0;
  for (let x = re.exec(subject); x !== null; x = re.exec(subject)) {
    const i = x.index;
    if (m.before !== 'any' && isWordChar(charBefore(subject, i))) {
      let ok = false;
      if (m.before === 'loose') {
        // Three word characters before: the term is the tail of a compound.
        let j = i;
        let n = 0;
        while (n < 3 && isWordChar(charBefore(subject, j))) j -= charBefore(subject, j)!.length, n++;
        ok = n === 3;
      }
      if (!ok) {
        re.lastIndex = i + 1;
        continue;
      }
    }
    out.push({ start: i, end: i + x[0].length });
    if (x[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Occurrences of `term` in `text` (see the file comment), in text order, not overlapping. */
export function matchTerm(text: string, term: string, lang: string, opts: MatchOptions = {}): { start: number; end: number }[] {
  return matchWith(termMatcher(term, lang, opts), text);
}

/**
 * Case-folded prefixes (1 to 3 characters) of the words of a text: a term can only occur where
 * the first three letters of its first word (all of a shorter word) begin a word of the text.
 */
export function wordPrefixes(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD_RUN)) {
    const w = foldCase(m[0]);
    out.add(w.slice(0, 1));
    out.add(w.slice(0, 2));
    out.add(w.slice(0, 3));
  }
  return out;
}

/** The prefix key of a term for `wordPrefixes` ('' when the term must always be tried). */
export function termPrefix(term: string): string {
  const m = term.match(/[\p{L}\p{M}\p{N}]+/u);
  if (!m || NO_SPACE.test(m[0])) return '';
  // Every stem keeps MIN_STEM (3) letters, so the first three letters of the word begin a word of the text.
  return foldCase(m[0]).slice(0, 3);
}
