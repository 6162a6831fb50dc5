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
import { languagesWith } from '../languages/index';

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
 * Per-language inflection, by base language subtag. Reason per table: the case, number and
 * possessive endings (and, for the Scandinavian, Balkan and Romanian tables, the suffixed definite
 * article) that nouns and adjectives take in running text. The Slavic, Baltic, Finnic, Greek and
 * Hungarian tables start from CASE_ENDINGS (names/data.ts) and add the common-noun endings that
 * table leaves out on purpose for surnames (Russian -ов/-ев genitive plural, Lithuanian -aus/-ių …).
 */
const MORPHOLOGY: Readonly<Record<string, Morphology>> = {
  en: {
    endings: ['s', 'es', "'s", '’s', "s'", 's’', "es'", 'es’'],
    replace: { y: ['ies', "ies'", 'ies’'] },
  },
  // German: CASE_ENDINGS.de; short words take only the genitive (Rat → Rates, never Raten).
  de: { endings: CASE_ENDINGS.de!, strip: true, short: ['s', 'es'] },
  nl: { endings: ['s', "'s", '’s', 'en', 'n', 'e'], short: ['s', "'s", '’s'] },
  // Scandinavian: suffixed definite article, plural and genitive.
  sv: { endings: ['s', 'en', 'n', 'et', 't', 'er', 'ar', 'or', 'na', 'erna', 'arna', 'orna', 'ens', 'ets', 'ns', 'ernas', 'arnas', 'ornas'] },
  da: { endings: ['s', 'en', 'n', 'et', 't', 'e', 'er', 'ene', 'ne', 'r', 'ens', 'ets', 'erne', 'ernes', 'es'] },
  nb: { endings: ['s', 'en', 'n', 'et', 't', 'e', 'er', 'ene', 'ne', 'r', 'a', 'ens', 'ets', 'enes', 'es'] },
  nn: { endings: ['s', 'en', 'n', 'et', 't', 'e', 'ar', 'ane', 'er', 'ene', 'a', 'i'] },
  is: { endings: ['s', 'inn', 'inu', 'ins', 'ið', 'in', 'ir', 'irnir', 'ar', 'um', 'unum', 'a', 'u', 'i'] },
  // Romance: plural (and French/Italian gender endings of adjectives).
  fr: { endings: ['s', 'x', 'e', 'es'], replace: { al: ['aux'], ail: ['aux'] }, short: ['s', 'x'] },
  es: { endings: ['s', 'es'], replace: { z: ['ces'] } },
  ca: { endings: ['s', 'es', 'ns'], replace: { a: ['es'], ca: ['ques'], ga: ['gues'] } },
  gl: { endings: ['s', 'es'] },
  pt: { endings: ['s', 'es'], replace: { ão: ['ões', 'ães', 'ãos'], l: ['is'], m: ['ns'] } },
  it: { endings: ['i', 'e', 'a', 'o', 'hi', 'he'], strip: true, replace: { io: ['i'] } },
  ro: { endings: ['ul', 'ului', 'ii', 'iei', 'ia', 'ile', 'ilor', 'ele', 'elor', 'le', 'lor', 'uri', 'urile', 'urilor', 'i', 'e', 'a', 'ei', 'lui'], strip: true },
  // Slavic: case endings; the zero ending of the genitive plural is a form.
  ru: { endings: uniq(CASE_ENDINGS.ru, ['ов', 'ев', 'ёв', 'ём', 'ью', 'ями', 'ьи', 'ья', 'ье', 'ьям', 'ьях']), strip: true, bare: true },
  uk: { endings: uniq(CASE_ENDINGS.uk, ['ові', 'еві', 'єві', 'ою', 'ею', 'єю', 'ям', 'ів', 'їв']), strip: true, bare: true },
  be: { endings: uniq(CASE_ENDINGS.be, ['оў', 'аў', 'ю', 'ай', 'ой', 'ёй', 'ем', 'ом', 'ям']), strip: true, bare: true },
  pl: {
    endings: uniq(CASE_ENDINGS.pl, ['ach', 'ami', 'ów', 'om', 'ii', 'ią', 'ię', 'iu', 'io', 'ia', 'owa', 'owe', 'owej', 'owego', 'owym']),
    strip: true,
    bare: true,
    // Locative/dative consonant alternations: rząd → rządzie, świat → świecie is not covered.
    replace: { d: ['dzie'], t: ['cie'], r: ['rze'], ł: ['le'], ka: ['ce'], ga: ['dze'], cha: ['sze'], sta: ['ście'], st: ['ście'], zd: ['ździe'], sło: ['śle'] },
  },
  cs: { endings: uniq(CASE_ENDINGS.cs, ['ách', 'ami', 'ům', 'ích', 'ech', 'ě', 'ií', 'iích']), strip: true, bare: true },
  sk: { endings: uniq(CASE_ENDINGS.sk, ['ách', 'iach', 'ám', 'iam', 'ov', 'ia', 'ie', 'iu', 'ej', 'í']), strip: true, bare: true },
  sl: { endings: uniq(CASE_ENDINGS.sl, ['o', 'ov', 'ah', 'am', 'ami', 'ama']), strip: true, bare: true },
  hr: { endings: uniq(CASE_ENDINGS.hr, ['o', 'ama', 'ima', 'om', 'oj', 'og', 'oga', 'ome', 'ih']), strip: true, bare: true },
  bs: { endings: uniq(CASE_ENDINGS.bs, ['o', 'ama', 'ima', 'oj', 'og', 'ih']), strip: true, bare: true },
  sr: { endings: uniq(CASE_ENDINGS.sr, ['о', 'ој', 'ог', 'их', 'o', 'oj', 'og', 'ih']), strip: true, bare: true },
  bg: { endings: ['та', 'то', 'те', 'ът', 'ят', 'а', 'я', 'и', 'ове', 'ите', 'овете', 'ища'] },
  mk: { endings: ['та', 'то', 'те', 'от', 'ов', 'он', 'а', 'и', 'ите', 'ови', 'овите'] },
  // Baltic: no bare stem (the nominative always has an ending).
  lt: {
    endings: uniq(CASE_ENDINGS.lt, ['aus', 'ies', 'iai', 'ias', 'ius', 'ių', 'iams', 'uose', 'iuose', 'ose', 'ėse', 'yse', 'omis', 'ėmis', 'imis', 'ais', 'iais', 'ame', 'ajam', 'ojo', 'osios', 'ajai', 'ioje', 'ime', 'umi', 'imi', 'u']),
    strip: true,
  },
  lv: { endings: uniq(CASE_ENDINGS.lv, ['iem', 'ām', 'os', 'ās', 'ēs', 'ij', 'ai', 'ei', 'ī', 'o']), strip: true },
  // Finnic, Greek, Hungarian: case endings (consonant gradation is not handled).
  fi: { endings: uniq(CASE_ENDINGS.fi, ['en', 'n', 'a', 'ä', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi', 'na', 'nä', 't', 'ja', 'jä', 'ien', 'iden', 'ihin', 'ista', 'issä', 'ille']), strip: true },
  et: { endings: uniq(CASE_ENDINGS.et, ['de', 'te', 'sse', 'ks', 'na', 'ta']), strip: true },
  el: { endings: CASE_ENDINGS.el!, strip: true },
  hu: { endings: uniq(CASE_ENDINGS.hu, ['ok', 'ek', 'ök', 'ak', 'k', 'nál', 'nél', 'ba', 'be', 'ból', 'ből', 'ra', 're', 'on', 'en', 'ön', 'n', 'ig', 'ért', 'ként']) },
  // Turkish and Azerbaijani: case and plural suffixes, after an apostrophe on proper names.
  tr: { endings: withApostrophe(['ler', 'lar', 'in', 'ın', 'un', 'ün', 'nin', 'nın', 'nun', 'nün', 'i', 'ı', 'u', 'ü', 'yi', 'yı', 'yu', 'yü', 'e', 'a', 'ye', 'ya', 'de', 'da', 'te', 'ta', 'den', 'dan', 'ten', 'tan', 'le', 'la', 'yle', 'yla']) },
};
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
