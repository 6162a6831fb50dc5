/**
 * Word lists of languages, and the leftovers they reveal: a lower-case word of running text that
 * the document language's complete list lacks and another language's common list has — "the
 * government sehr criticised", "a decision of the gobierno" in English — is a source-language
 * word machine translation left in place, though it shares the document's script and letters
 * (what alienWords in spans.ts cannot see). A document in a language with a common list only is
 * read the other way round, for English phrases ("die Regierung hat with the Opposition …").
 *
 * The lists are the packs' `lexicon` fields, built into Bloom filters (bloom.ts) at build time
 * and read per language on first use (lexicon-data.ts): the English one (~290,000 words) holds
 * ~700 KB, a common list ~100 KB; a document in a language without a complete list reads none.
 */
import { PACKS, pack } from '../languages/index';
import { NAME_PARTICLES } from '../names/data';
import { readWordList, type WordList } from './bloom';
import { LEXICON_DATA } from './lexicon-data';
import { FUNCTION_WORDS } from './function-words';
import { withoutMarks } from './scripts';

const filters = new Map<string, WordList | null>();

/**
 * The built list of a language (primary subtag), or undefined when it has none or it is not
 * built; `core`: its everyday words only, `top`: its commonest (the pack's `lexicon.core`, `.top`).
 */
export function lexicon(tag: string, part: 'all' | 'core' | 'top' = 'all'): WordList | undefined {
  const key = part === 'all' ? tag : `${tag}-${part}`;
  let f = filters.get(key);
  if (f === undefined) {
    f = null;
    const spec = pack(tag)?.lexicon;
    const bytes = spec && (part === 'all' || spec[part]) ? LEXICON_DATA?.(key) : undefined;
    if (bytes) {
      try {
        f = readWordList(bytes);
      } catch {
        f = null; // a damaged file: as if absent
      }
    }
    filters.set(key, f);
  }
  return f ?? undefined;
}

/** Languages whose pack has a list of common words (the languages a leftover can be named in). */
const COMMON_LISTS: readonly string[] = PACKS.filter((p) => p.lexicon?.coverage === 'common').map((p) => p.tag);
/** Languages whose pack has a complete list (English): its everyday words left in a language with a common list are named too. */
const COMPLETE_LISTS: readonly string[] = PACKS.filter((p) => p.lexicon?.coverage === 'complete').map((p) => p.tag);

/** Whether the language has a word list, complete or common (so a document in it can be read for leftovers). */
export function hasLexicon(tag: string): boolean {
  return !!pack(tag)?.lexicon;
}

/** Whether the language has a complete list (so a document in it can be read for leftovers). */
export function hasCompleteLexicon(tag: string): boolean {
  return pack(tag)?.lexicon?.coverage === 'complete';
}

/**
 * Whether the language's complete list has the word (lower case; as written or without its
 * accents), or undefined when the language has no complete list. A capitalised word at a
 * sentence start that the list lacks is a name, not a common word ("Kowalsky said …").
 */
export function knownWord(tag: string, lower: string): boolean | undefined {
  if (!hasCompleteLexicon(tag)) return undefined;
  const list = lexicon(tag);
  if (!list) return undefined;
  return list.has(lower) || list.has(withoutMarks(lower));
}

/** A word or a few words of another language's list in running text. */
export interface LexiconLeftover {
  start: number;
  end: number;
  /** The languages whose common lists have every word (the source languages first, when known). */
  languages: string[];
  words: number;
  /** A whole sentence or clause of the other language (too short for the language detector). */
  sentence?: true;
}

/** What the scan needs of a word (spans.ts's words). */
export interface LexWord {
  start: number;
  end: number;
  lower: string;
  upper: boolean;
  script: string;
}

/** Longest run of foreign words reported as a leftover; longer runs are quotations or sentences (spans.ts). */
const MAX_RUN = 3;
/** Words of the document's language needed around a run (five words each side, same sentence). */
const MIN_CONTEXT = 3;
const CONTEXT = 5;

/** Everyday word of this many languages' lists: international (a name lower-cased in the lists, a brand). */
const INTERNATIONAL = 5;

const PARTICLES = new Set(NAME_PARTICLES);
const SENTENCE_END = /[.!?;:]/;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A word inside a dotted or colon token — a domain, a file name, a URL scheme ("example.com",
 * "node.js", "http://"): a full stop or colon with a letter on its other side.
 */
function inToken(text: string, start: number, end: number): boolean {
  const isLetterAt = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}/]/u.test(text[i]!);
  const b = text.charCodeAt(start - 1);
  const a = text.charCodeAt(end);
  return ((b === 0x2e || b === 0x3a) && isLetterAt(start - 2)) || ((a === 0x2e || a === 0x3a) && isLetterAt(end + 1));
}

/** Apostrophes, hyphens, slashes, @, _ and digits: a word glued to one is an elision, a compound, a code or an address. */
function glued(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x5f || c === 0x2f || c === 0x40 || (c >= 0x30 && c <= 0x39);
}
function gluedWord(text: string, w: LexWord): boolean {
  return glued(text.charCodeAt(w.start - 1)) || glued(text.charCodeAt(w.end));
}

/** For each word, whether a sentence or clause ends between it and the word before (. ! ? ; : in the gap). */
function clauseBreaks(text: string, words: readonly LexWord[]): boolean[] {
  return words.map((w, k) => k > 0 && SENTENCE_END.test(text.slice(words[k - 1]!.end, w.start)));
}

/** Whether one deletion, insertion, substitution or transposition makes the word one of `list`'s: a typo or an old spelling ("thier", "owne", "spel"). */
function nearWord(w: string, list: WordList): boolean {
  for (let i = 0; i < w.length; i++) {
    if (list.has(w.slice(0, i) + w.slice(i + 1))) return true;
    if (i + 1 < w.length && list.has(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
  }
  for (let i = 0; i <= w.length; i++) {
    for (const c of ALPHABET) {
      if (list.has(w.slice(0, i) + c + w.slice(i))) return true;
      if (i < w.length && c !== w[i] && list.has(w.slice(0, i) + c + w.slice(i + 1))) return true;
    }
  }
  return false;
}

const oldEndingsCache = new Map<string, readonly string[]>();
/** The pack's `lexicon.oldEndings` of a language ("eth est" in English), split once. */
function oldEndings(tag: string): readonly string[] {
  let e = oldEndingsCache.get(tag);
  if (!e) oldEndingsCache.set(tag, (e = (pack(tag)?.lexicon?.oldEndings ?? '').split(/\s+/).filter(Boolean)));
  return e;
}

/**
 * Whether a block may hold leftovers worth the scan: always in a language with a complete list;
 * in one with a common list (read against English's everyday words), only with two lower-case
 * words of English's everyday words that the language's list lacks — most blocks have none, and
 * this pass asks the smaller list first.
 */
export function worthScanning(docLang: string, words: readonly LexWord[], sourceLangs: readonly string[]): boolean {
  if (hasCompleteLexicon(docLang)) return true;
  const full = lexicon(docLang);
  if (!full || !COMMON_LISTS.includes(docLang)) return false;
  const known = sourceLangs.filter((l) => COMPLETE_LISTS.includes(l));
  const lists = (known.length ? known : COMPLETE_LISTS).map((l) => lexicon(l, 'core')).filter((l) => l !== undefined);
  const top = lexicon(docLang, 'top');
  let foreign = 0;
  for (const w of words) {
    if (w.upper || w.script !== 'Latin' || !lists.some((l) => l.has(w.lower)) || top?.has(w.lower) || full.has(w.lower)) continue;
    if (++foreign >= 2) return true;
  }
  return false;
}

/**
 * Runs of up to MAX_RUN lower-case words, in the document's script, that the document
 * language's complete list lacks and a common list of another language has, inside a sentence
 * otherwise of the document's language. Left alone:
 * - words in `skip` ranges (quotations, brackets) unless the range is running text (four document
 *   words or more, three times the others: reported speech), touching an apostrophe or a hyphen ("goin'",
 *   "chrono-"), with digits, of one or two letters;
 * - words the document list has once accents are dropped ("cafe" for café) and the pack's loanwords;
 * - name particles before a capitalised word ("von Braun", "de Gaulle");
 * - a single word one edit from a document word (a typo or an old spelling: "thier", "owne"),
 *   unless it is a function word of its language ("und", "pero"), one of its commonest words
 *   ("sehr") or an everyday word of five letters or more ("invasione");
 * - runs without MIN_CONTEXT document words around them in the same sentence, or with other
 *   unknown words nearby (a quotation, a Latin motto, a dialect passage).
 * With source languages known, only their lists count; a word of none of them is left alone.
 */
export function lexiconLeftovers(text: string, docLang: string, words: readonly LexWord[], skip: readonly (readonly [number, number])[], sourceLangs: readonly string[]): LexiconLeftover[] {
  const full = lexicon(docLang);
  if (!full) return [];
  // A document language with a complete list is read against the other languages' common lists;
  // one with a common list only (most of its rarer words and forms missing), against the
  // everyday words of a complete list: "die Regierung hat the decision getroffen".
  const complete = hasCompleteLexicon(docLang);
  if (!complete && !COMMON_LISTS.includes(docLang)) return [];
  const pool = complete ? COMMON_LISTS : COMPLETE_LISTS;
  // The commonest words first (a plain set: most words of a text are among them), then the filter,
  // then old verb forms of its words ("findeth": find + eth).
  const top = lexicon(docLang, 'top');
  const old = oldEndings(docLang);
  const listed = (w: string) => top?.has(w) || full.has(w);
  const docList: WordList = {
    has: (w) => listed(w) || old.some((e) => w.length > e.length + 2 && w.endsWith(e) && (full.has(w.slice(0, -e.length)) || (e[0] === 'e' && full.has(w.slice(0, 1 - e.length))))),
  };
  const known = sourceLangs.filter((l) => l !== docLang && pool.includes(l));
  const candidates = known.length ? known : pool.filter((l) => l !== docLang);
  if (!candidates.length) return [];
  // A candidate's words: its whole common list, or a complete list's everyday words only (its rare
  // words and old forms meet too many words of a list that lacks them).
  const candidate = (l: string) => (complete ? lexicon(l) : lexicon(l, 'core'));

  // Per word: 'doc' (the document's), 'other' (unknown: a typo, Latin, dialect), 'skip' (names,
  // quoted, glued to digits or apostrophes, other scripts: no evidence either way), or the
  // candidate languages whose list has it.
  const kind: ('doc' | 'skip' | 'other' | string[])[] = [];
  // A quotation mostly of document words is running text (reported speech), not a gloss.
  const glosses: (readonly [number, number])[] = [];
  {
    let k = 0;
    for (const r of skip) {
      while (k < words.length && words[k]!.start < r[0]) k++;
      let own = 0;
      let other = 0;
      for (let m = k; m < words.length && words[m]!.end <= r[1]; m++) {
        const w = words[m]!;
        if (docList.has(w.lower)) own++;
        else if (!w.upper && w.end - w.start >= 3) other++;
      }
      if (own < 4 || own < 3 * other) glosses.push(r);
    }
  }
  skip = glosses;
  let q = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.script !== 'Latin') {
      kind.push('skip');
      continue;
    }
    if (docList.has(w.lower)) {
      kind.push('doc');
      continue;
    }
    // Without its accents, a word of the document's list, unless another language has it as
    // written (déclaré, émergé are French, not "declare", "emerge"; the loanwords English writes
    // with accents — café, naïve — are in its own list).
    const bare = withoutMarks(w.lower);
    if (bare !== w.lower && docList.has(bare) && !candidates.some((l) => candidate(l)?.has(w.lower))) {
      kind.push('doc');
      continue;
    }
    while (q < skip.length && skip[q]![1] <= w.start) q++;
    const inSkip = q < skip.length && skip[q]![0] <= w.start && w.end <= skip[q]![1];
    if (w.upper || inSkip || gluedWord(text, w) || inToken(text, w.start, w.end)) {
      kind.push('skip');
      continue;
    }
    const langs = candidates.filter((l) => candidate(l)?.has(w.lower));
    // Named by the languages it is an everyday word of, when there are such.
    const core = langs.filter((l) => lexicon(l, 'core')?.has(w.lower));
    // An everyday word of many languages is a name, a brand or an international word ("scott").
    if (core.length >= INTERNATIONAL && !core.some((l) => FUNCTION_WORDS.get(l)?.has(w.lower))) kind.push('skip');
    else kind.push(core.length ? core : langs.length ? langs : w.end - w.start < 3 ? 'skip' : 'other');
  }

  const out: LexiconLeftover[] = [];
  const breaks = clauseBreaks(text, words);
  sentences(text, words, breaks, kind, docList, candidates, candidate, skip, out);
  let i = 0;
  while (i < words.length) {
    if (!Array.isArray(kind[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && Array.isArray(kind[j]) && !breaks[j]) j++;
    const run = words.slice(i, j);
    const from = i;
    i = j;
    if (run.length > MAX_RUN) continue;
    // Languages every word of the run (of three letters or more) belongs to.
    let langs: string[] | undefined;
    for (let k = from; k < j; k++) {
      const l = kind[k] as string[];
      if (run[k - from]!.end - run[k - from]!.start < 3) continue;
      langs = langs ? langs.filter((x) => l.includes(x)) : l;
    }
    if (!langs?.length) continue;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    // A name particle before a capitalised word ("von Braun"), lower-case function words inside
    // a name ("Plaza de las Victorias", "Teatro alla Scala"; a content word there is a leftover).
    const next = words[j];
    const nextUpper = !!next?.upper && !breaks[j];
    if (PARTICLES.has(last.lower) && nextUpper) continue;
    // After a capitalised word of no document word: a foreign name ("Imprimerie nationale", "Assemblée nationale").
    const prev = words[from - 1];
    if (prev?.upper && kind[from - 1] !== 'doc' && from - 1 > 0 && !breaks[from]) continue;
    let p = from - 1;
    while (p >= 0 && words[p]!.end - words[p]!.start <= 2 && !words[p]!.upper) p--;
    // Function words between capitalised words, past short lower-case ones: a name or a title
    // ("On a Wing and a Prayer", "Car of the Century"; in German text also between two nouns).
    let n = j;
    while (n < words.length && words[n]!.end - words[n]!.start <= 2 && !words[n]!.upper && !breaks[n]) n++;
    const titleAfter = n < words.length && words[n]!.upper && !breaks.slice(j, n + 1).includes(true);
    const functionWords = run.every((w) => langs!.some((l) => FUNCTION_WORDS.get(l)?.has(w.lower)) || w.end - w.start <= 2);
    if (functionWords && titleAfter && p >= 0 && words[p]!.upper && !breaks.slice(p + 1, from + 1).includes(true)) continue;
    // In a language with a common list only, loanwords and rarer words of its own are missing from
    // it, and a short word may be its own too (Czech "her", games): a run is English by two words
    // or more with a function word among them ("the decision", "which was"), not by a noun it may
    // have borrowed or a word alone.
    if (!complete && (run.length < 2 || !run.some((w) => langs!.some((l) => FUNCTION_WORDS.get(l)?.has(w.lower))))) continue;
    if (run.length === 1) {
      const w = first.lower;
      if (w.length < 3) continue;
      // A function word, an everyday word of five letters or more or one of the commonest shorter
      // words is no typo of a document word ("und", "sehr", "invasione"); rarer short words often
      // are ("teh", "spel"), and so is a short word one slip from one of the document language's
      // commonest words, whatever another language makes of it ("teh" is Slovenian too).
      const short = w.length < 5;
      const everyday = langs.some((l) => FUNCTION_WORDS.get(l)?.has(w) || (lexicon(l, short ? 'top' : 'core')?.has(w) && !(short && top && nearWord(w, top))));
      if (!everyday && /^[a-z]+$/.test(w) && nearWord(w, docList)) continue;
    }
    // The sentence around: document words, and nothing else unknown.
    let docWords = 0;
    let others = 0;
    const count = (k: number) => {
      const kk = kind[k]!;
      if (kk === 'doc') docWords++;
      else if (kk !== 'skip') others++;
    };
    for (let k = from - 1, n = 0; k >= 0 && n < CONTEXT && !breaks[k + 1]; k--, n++) count(k);
    for (let k = j, n = 0; k < words.length && n < CONTEXT && !breaks[k]; k++, n++) count(k);
    if (docWords < MIN_CONTEXT || others > 1) continue;
    out.push({ start: first.start, end: last.end, languages: langs, words: run.length });
  }
  return out;
}

/** Fewest words of a sentence or clause read as a whole; shorter ones are read word by word. */
const MIN_SENTENCE = 4;

/**
 * Sentences and clauses (between . ! ? ; :; a line break inside a block is a wrapped line) mostly of another language's words:
 * at least MIN_SENTENCE words, at least three of them in that language's list and not the
 * document's, seven in ten in that language's list, at most one in five the document's and not
 * that language's — "Rząd nie podjął
 * jeszcze decyzji w tej sprawie." in English, which the language detector leaves to short
 * texts. Capitalised words inside the clause (names, German nouns), quoted words and words glued to
 * an apostrophe or a digit ("he'll", "20th") are neutral; a clause followed by a bracket (its
 * translation) is a quotation given on purpose.
 * Their words are marked 'skip' so that the word scan does not report them again.
 */
function sentences(
  text: string,
  words: readonly LexWord[],
  breaks: readonly boolean[],
  kind: ('doc' | 'skip' | 'other' | string[])[],
  docList: WordList,
  candidates: readonly string[],
  candidate: (l: string) => WordList | undefined,
  skip: readonly (readonly [number, number])[],
  out: LexiconLeftover[],
): void {
  let a = 0;
  let q = 0;
  while (a < words.length) {
    let b = a + 1;
    while (b < words.length && !breaks[b]) b++;
    const from = a;
    a = b;
    if (b - from < MIN_SENTENCE) continue;
    // Cheap first: a clause needs three words that are not the document's (most have none).
    let notDoc = 0;
    for (let k = from; k < b && notDoc < 3; k++) if (kind[k] !== 'doc' && words[k]!.end - words[k]!.start >= 3 && !(words[k]!.upper && k > from)) notDoc++;
    if (notDoc < 3) continue;
    let n = 0;
    let docWords = 0;
    const foreign = new Map<string, number>();
    const shared = new Map<string, number>();
    for (let k = from; k < b; k++) {
      const w = words[k]!;
      // Words of three letters or more (codes and abbreviations are shorter: "de, fr, es").
      if (w.script !== 'Latin' || w.end - w.start < 3) continue;
      while (q < skip.length && skip[q]![1] <= w.start) q++;
      if (q < skip.length && skip[q]![0] <= w.start && w.end <= skip[q]![1]) continue;
      if ((w.upper && k > from) || gluedWord(text, w)) continue;
      // A name particle before a name ("von der Leyen").
      if (PARTICLES.has(w.lower) && words[k + 1]?.upper) continue;
      n++;
      const en = docList.has(w.lower);
      if (en) docWords++;
      for (const l of candidates) {
        // A document word counts for the language when it is one of its everyday words too
        // (Spanish "no", "ha"); the first word of the sentence, capitalised, only then (names
        // are in the frequency lists).
        const everyday = lexicon(l, 'core')?.has(w.lower);
        if (en ? !everyday : w.upper ? !everyday : !candidate(l)?.has(w.lower)) continue;
        const m = en ? shared : foreign;
        m.set(l, (m.get(l) ?? 0) + 1);
      }
    }
    if (n < MIN_SENTENCE) continue;
    let best: string | undefined;
    for (const [l, c] of foreign) if (!best || c > foreign.get(best)! || (c === foreign.get(best)! && (shared.get(l) ?? 0) > (shared.get(best) ?? 0))) best = l;
    if (!best) continue;
    const c = foreign.get(best)!;
    const both = shared.get(best) ?? 0;
    // Its own words, seven in ten with the words both languages have, and few document words it lacks.
    if (c < 3 || 10 * (c + both) < 7 * n || 5 * (docWords - both) > n) continue;
    // Followed by its translation in brackets: a quotation given on purpose ("Honi soit qui mal y pense. [Evil to him …]").
    if (/^[\s.!?;:…"”»’]*[[(]/.test(text.slice(words[b - 1]!.end, words[b - 1]!.end + 12))) {
      for (let k = from; k < b; k++) kind[k] = 'skip';
      continue;
    }
    const langs = [...foreign].filter(([, x]) => x === c).map(([l]) => l);
    out.push({ start: words[from]!.start, end: words[b - 1]!.end, languages: langs, words: b - from, sentence: true });
    for (let k = from; k < b; k++) kind[k] = 'skip';
  }
}
