/**
 * Source-aware name checking: how each personal or place name of a source sentence is rendered
 * in its aligned target sentence, across scripts, transliteration systems and case endings
 * (Ціханоўская → Tsikhanouskaya / Tsikhanovskaya / Cichanouskaja, Зеленского → Zelensky,
 * Lukašenka ↔ Лукашенко, Müller ↔ Мюллер). Pure: strings in, offsets out.
 *
 * Built on the monolingual names machinery: candidate stems (case endings removed) and their
 * transliteration skeletons (names/extract.ts, names/skeleton.ts), the stop-word, title and
 * particle lists (names/data.ts) and the function-word lists (lang/function-words.ts), lexeme
 * grouping and the spelling-variant test between lexemes (names/group.ts), and the shared
 * tokeniser (segment.ts).
 *
 * A source word and a target word correspond when their skeletons (script tags removed, so
 * Cyrillic and Latin compare; each word also under the language-neutral reading of c, since a
 * Polish or Czech text keeps foreign names as written: Clinton, Catalano) are close by the
 * restricted edit distance of skeleton.ts, with two allowances that the monolingual variant
 * test does not make, because the search is confined to one aligned sentence:
 *  - a longer edit budget, since vowels vary across systems (Мюллер / Mueller);
 *  - up to two trailing skeleton letters unmatched on each side (a case ending that the ending
 *    tables do not strip: Tsikhanouskaya / Ціханоўскай, Lukašenka / Лукашенко);
 * and, failing that, equal consonant skeletons (Seagal / Сигал, Keira / Кира). A looser
 * relation (the first four or more skeleton letters of one word start the other: Canadian /
 * canadienses, Serbian / srbské) does not make a rendering but is enough to say that a name is
 * not missing. Each target word renders the source lexeme it is closest to (the same letters
 * winning a tie), and a target word spelt like an established rendering but for its
 * diacritics (Lukasenka beside Lukašenka) renders the same lexeme. Target words are bucketed by
 * their first two consonant classes, so a sentence pair costs time linear in its length.
 *
 * Precision first (what checkNames reports on clean professional translations is measured on
 * the PUD slices in test/unit/bilingual-names.test.ts):
 *  - 'inconsistent' needs two capitalised target spellings of one source lexeme that are
 *    themselves spelling variants by the monolingual test (equal skeleton, bounded edits not
 *    confined to the ending, or the same letters without diacritics): a case or gender form of
 *    the target language (Tikhanovsky / Tikhanovskaya) or a derived word is never one;
 *  - 'missing' is reported only for people: a name written in full (first name + surname) and
 *    elsewhere by its surname alone (not after an article: "the Bureau" is an institution), or
 *    after a title (Mr., President); a sentence-initial word before a surname counts as either
 *    (Sviatlana Tsikhanouskaya / Учора Ціханоўская, yesterday). Capitalised words that a translation translates rather
 *    than transliterates (Election Day, Census Bureau, Canadian, Earth, British Columbia) are
 *    not told from names by their spelling. It also needs at least four letters, the first
 *    mention or no rendering anywhere in the document, no target word related to any word of
 *    the name (lower-case ones too), and no unexplained capitalised word or abbreviation left
 *    in the target sentence that could stand for it (a title or an abbreviation: Obama →
 *    der Präsident, British Columbia → B.C.; German common nouns stand for nothing). In German
 *    source text, where every noun is capitalised, one word alone is never evidence of a name.
 */
import { Lru } from '../lru';
import type { Token } from '../types';
import { sentences, tokenize } from '../segment';
import { candidateStems, namePart, type NameItem } from '../names/extract';
import { baseLang, DE_DETERMINERS, DE_NOUN_SUFFIXES, NAME_PARTICLES, NOUN_CAPITALISING, stopWords, titles } from '../names/data';
import { buildLexemes, variantGroups, variantPairs } from '../names/group';
import { restrictedDistance, scriptOf, skeleton } from '../names/skeleton';
import { FUNCTION_WORDS } from '../lang/function-words';
import { groupByLanguage, languagesWith } from '../languages/index';
import { scriptOfLanguage, withoutMarks } from '../lang/scripts';

export interface SourceName {
  start: number;
  end: number;
  text: string;
  /** lower-case romanised skeleton used for matching */
  key: string;
}

export interface Rendering {
  start: number;
  end: number;
  text: string;
}

export interface NameRenderingIssue {
  kind: 'missing' | 'inconsistent';
  source: SourceName;
  rendering?: Rendering;
  others?: string[];
  message: string;
}

/** Languages written in scripts without letter case: capitalisation cannot tell names there. */
const CASED_SCRIPTS: ReadonlySet<string> = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian']);
const CASELESS = { has: (lang: string): boolean => !CASED_SCRIPTS.has(scriptOfLanguage(lang) ?? 'Latin') };

/**
 * Articles, per language (the packs' `names.articles`; German: its determiners). An institution is
 * referred to with one ("the Bureau", "die Regierung", "la Commission"), a person by surname alone;
 * so a single capitalised word after an article is no evidence of a person.
 */
const ARTICLES: Readonly<Record<string, readonly string[]>> = { ...groupByLanguage('names', 'determiners'), ...groupByLanguage('names', 'articles') };

/** By language, from the language packs (languages/types.ts: `prostheticE`). */
const PROSTHETIC_E = languagesWith('prostheticE');

// ---------------------------------------------------------------------------------------------
// Words

interface Word {
  /** Token index. */
  idx: number;
  /** Offsets of the name part (a possessive or a suffix after an apostrophe excluded). */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** No lower-case letter. */
  allCaps: boolean;
  /** First word of a sentence (or after an opening quote or colon). */
  initial: boolean;
  /** Untagged skeletons of the candidate stems (whole form first), distinct. */
  forms: string[];
}

interface Analysed {
  tokens: Token[];
  /** Per token: the word, for words of a cased script. */
  words: (Word | undefined)[];
  /** Per token: 1 for the first word of a sentence. */
  initial: Uint8Array;
}

const LETTERS = /^[\p{L}\p{M}'’ʼ`]+$/u;
const OPENING = new Set(['“', '„', '«', '‹', '"', '‘', '‚', '(', '[', ':', '—', '–', '-', '¿', '¡', '*', '•', "'"]);
/** After these a capital is grammatical (a quotation or a list item starts). */
const STARTERS = new Set([':', '“', '«', '„', '"', '¿', '¡', '•', '*']);
const ENDERS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const PARTICLES = new Set(NAME_PARTICLES);
const DETERMINERS = new Set(DE_DETERMINERS);
const HYPHENS = new Set(['-', '‐', '‑']);

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function hasLower(s: string): boolean {
  for (const ch of s) if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) return true;
  return false;
}
function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}
function untag(skel: string): string {
  return skel.length > 1 && skel[1] === ':' ? skel.slice(2) : skel;
}
function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

const formsMemo = new Map<string, string[]>();
const FORMS_MEMO_MAX = 50000;

/**
 * Distinct untagged skeletons of a word's candidate stems, whole form first: under the
 * language's own reading and the neutral one (a Polish text keeps Clinton as written), and
 * for languages with a prosthetic e also without it (Escocia / Scotland).
 */
function formsOf(lower: string, lang: string): string[] {
  const memoKey = lang + '\u0000' + lower;
  const hit = formsMemo.get(memoKey);
  if (hit) return hit;
  const out: string[] = [];
  const add = (k: string) => {
    if (k.length > 0 && !out.includes(k)) out.push(k);
  };
  const base = baseLang(lang);
  const prosthetic = PROSTHETIC_E.has(base);
  const spellings = [lower];
  // Polish nasal vowels are en / on in other alphabets (Wałęsa / Валенса, Dąbrowski / Домбровский).
  if (base === 'pl' && (lower.includes('ę') || lower.includes('ą'))) spellings.push(lower.replace(/ę/g, 'en').replace(/ą/g, 'on'));
  for (const spelling of spellings) {
    for (const s of candidateStems(spelling, lang)) {
      const own = untag(s.skel);
      add(own);
      add(untag(skeleton(s.stem, '')));
      if (prosthetic && own.length > 3 && own[0] === 'e' && own[1] === 'S' && !isVowel(own[2]!)) add(own.slice(1));
    }
  }
  if (formsMemo.size >= FORMS_MEMO_MAX) formsMemo.clear();
  formsMemo.set(memoKey, out);
  return out;
}

function isInitialLetter(t: Token): boolean {
  return t.isWord && t.text.length === 1 && isUpperChar(t.text);
}

/** Per token: 1 when it is the first word of a sentence (after opening punctuation). */
function initialFlags(tokens: readonly Token[], text: string, lang: string, titleSet: ReadonlySet<string>): Uint8Array {
  const starts = new Uint8Array(tokens.length + 1);
  for (const s of sentences(text, 0, lang, tokens as Token[])) starts[s.firstToken] = 1;
  const out = new Uint8Array(tokens.length);
  let prevWord = -1; // index of the previous word token
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord) continue;
    let initial = false;
    // Walk back over opening punctuation.
    let j = i - 1;
    let starter = false;
    while (j >= 0 && !tokens[j]!.isWord && OPENING.has(tokens[j]!.text)) {
      if (STARTERS.has(tokens[j]!.text)) starter = true;
      j--;
    }
    if (starter || j < 0) initial = true;
    else {
      let k = i;
      while (k > j + 1 && starts[k] !== 1) k--;
      if (starts[k] === 1 || ENDERS.has(tokens[j]!.text)) {
        // A break after an initial ("A.") or a title ("Mr.") is not a sentence start.
        const abbrev = tokens[j]!.text === '.' && prevWord >= 0 && prevWord === j - 1 && (isInitialLetter(tokens[prevWord]!) || titleSet.has(tokens[prevWord]!.lower));
        initial = !abbrev;
      }
    }
    out[i] = initial ? 1 : 0;
    prevWord = i;
  }
  return out;
}

/**
 * Analyses of sentence texts, kept across checks: while a translator types, the source and all
 * but one target sentence are the same as in the last check. Read-only once made.
 */
const analysed = new Lru<Analysed>(2_000_000, (_v, k) => 200 + k.length);

/** Tokens, words (letters of a cased script) and sentence-initial flags of a text (cached). */
function analyse(text: string, lang: string): Analysed {
  const key = lang + '\u0000' + text;
  let a = analysed.get(key);
  if (!a) analysed.set(key, (a = analyseNow(text, lang)));
  return a;
}

function analyseNow(text: string, lang: string): Analysed {
  const tokens = tokenize(text, 0, lang);
  const initial = initialFlags(tokens, text, lang, titles(lang));
  const words: (Word | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || !LETTERS.test(t.text)) continue;
    const sc = scriptOf(t.text);
    if (sc !== 'latin' && sc !== 'cyrillic' && sc !== 'greek') continue;
    const part = namePart(t.text);
    if (!part) continue;
    const nameText = t.text.slice(part.offset, part.offset + part.length);
    const lower = t.lower.length === t.text.length ? t.lower.slice(part.offset, part.offset + part.length) : nameText.toLowerCase();
    let forms: string[] | undefined;
    words[i] = {
      idx: i,
      start: t.start + part.offset,
      end: t.start + part.offset + part.length,
      text: nameText,
      lower,
      cap: isUpperChar(nameText[0]!),
      allCaps: !hasLower(nameText),
      initial: initial[i] === 1,
      // Made on first use: most words of a source sentence are never asked for their forms.
      get forms() {
        return (forms ??= formsOf(lower, lang));
      },
    };
  }
  return { tokens, words, initial };
}

// ---------------------------------------------------------------------------------------------
// Source names

interface Cand extends SourceName {
  words: Word[];
  /** Capitalisation proves a name here: not only sentence-initial, not in a headline (German: a title or two words). */
  strong: boolean;
  /** After a title (Mr., President). */
  titled: boolean;
  /** The sentence-initial capitalised word before it, which may be a first name (Sviatlana Tsikhanouskaya) or not (Учора, yesterday). */
  lead?: Word;
  /** After an article ("the Bureau"). */
  afterArticle: boolean;
}

/** Is the word capitalised like a name (not an all-caps acronym of four letters or fewer)? */
function nameLike(w: Word | undefined): w is Word {
  if (!w || !w.cap || w.text.length < 2) return false;
  if (w.allCaps && letterCount(w.text) <= 4) return false;
  return true;
}

/** Evidence about words from a text, added to `out`. */
interface WordEvidence {
  /** Words written in lower case: common words of the language. */
  lower: Set<string>;
  /** Words capitalised like names where no sentence starts: names. */
  names: Set<string>;
}
function wordEvidence(a: Analysed, out: WordEvidence): WordEvidence {
  for (const t of a.tokens) if (t.isWord && t.text === t.lower && t.text !== t.text.toUpperCase()) out.lower.add(t.lower);
  for (const w of a.words) if (nameLike(w) && !w.initial) out.names.add(w.lower);
  return out;
}
function newEvidence(): WordEvidence {
  return { lower: new Set(), names: new Set() };
}

/**
 * German common noun at token i: after a determiner (with only lower-case words or numbers
 * between), with a noun suffix (names/data.ts), or after a number (15.000 Dollar).
 */
function germanNoun(tokens: readonly Token[], i: number, lower: string): boolean {
  if (DE_NOUN_SUFFIXES.some((suf) => lower.length > suf.length + 2 && lower.endsWith(suf))) return true;
  if (i > 0 && /^\d/.test(tokens[i - 1]!.text)) return true;
  let skipped = 0;
  for (let j = i - 1; j >= 0 && skipped <= 4; j--) {
    const t = tokens[j]!;
    if (t.isWord && DETERMINERS.has(t.lower)) return true;
    if (t.isWord && (!isUpperChar(t.text[0]!) || /^\d/.test(t.text))) skipped++;
    else if (t.text === '.' && j > 0 && /^\d/.test(tokens[j - 1]!.text)) continue;
    else return false;
  }
  return false;
}

/**
 * Name candidates with their evidence. Linear in the number of tokens. `evidence` (from the
 * document): a sentence-initial word also written in lower case is a common word, not a name
 * ("Meanwhile Clinton ... meanwhile"); one also capitalised mid-sentence is a name and starts
 * the name after it ("Kori Schulman"); one with neither stands alone (Belarusian "Учора
 * Ціханоўская", yesterday; English "Sviatlana Tsikhanouskaya": nothing tells them apart).
 */
function extractCandidates(text: string, lang: string, a: Analysed, evidence: WordEvidence): Cand[] {
  const base = baseLang(lang);
  if (CASELESS.has(base)) return [];
  const { tokens, words } = a;
  const stops = stopWords(lang);
  const functionWords = FUNCTION_WORDS.get(base);
  const titleSet = titles(lang);
  const articles = new Set(ARTICLES[base] ?? []);
  const nounCaps = NOUN_CAPITALISING.has(base);
  const weakLine = headlineFlags(text, lang, tokens, nounCaps);
  const out: Cand[] = [];
  const common = (w: Word) => stops.has(w.lower) || (functionWords !== undefined && functionWords.has(w.lower));

  /** The next word token after i (skipping an abbreviation dot) is name-like. */
  const capAfter = (i: number): boolean => {
    let k = i + 1;
    if (tokens[k] && tokens[k]!.text === '.') k++;
    const w = words[k];
    return nameLike(w) && !common(w);
  };
  let seq: Word[] = [];
  let titled = false;
  const emit = (ws: Word[], isTitled: boolean, lead: Word | undefined) => {
    const first = ws[0]!;
    const last = ws[ws.length - 1]!;
    const weak = ws.some((w) => weakLine[w.idx] === 1);
    let strong: boolean;
    if (weak || ws.every((w) => w.allCaps)) strong = false;
    else if (nounCaps) strong = isTitled || (ws.length >= 2 && !first.initial);
    else strong = isTitled || ws.some((w) => !w.initial);
    const prev = tokens[first.idx - 1];
    out.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      key: ws.map((w) => (w.forms[0] ?? '').toLowerCase()).join(' '),
      words: ws,
      strong,
      titled: isTitled,
      ...(lead ? { lead } : {}),
      afterArticle: prev !== undefined && prev.isWord && articles.has(prev.lower),
    });
  };
  const flush = () => {
    if (seq.length > 0) {
      let lead: Word | undefined;
      if (seq[0]!.initial && !titled && !evidence.names.has(seq[0]!.lower)) {
        if (evidence.lower.has(seq[0]!.lower)) seq = seq.slice(1);
        else if (seq.length >= 2) {
          lead = seq[0]!;
          emit([lead], false, undefined);
          seq = seq.slice(1);
        }
      }
      if (seq.length > 0) emit(seq, titled, lead);
    }
    seq = [];
    titled = false;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord) {
      // A hyphen joining two name words (Jean-Claude, Rimsky-Korsakov) keeps the name open.
      if (seq.length > 0 && HYPHENS.has(t.text) && tokens[i - 1]!.end === t.start && tokens[i + 1] && tokens[i + 1]!.start === t.end && capAfter(i)) continue;
      flush();
      continue;
    }
    const w = words[i];
    // Titles (Mr., President) introduce a name and are not part of it.
    if (w && w.cap && titleSet.has(t.lower)) {
      flush();
      if (capAfter(i)) {
        titled = true;
        if (tokens[i + 1] && tokens[i + 1]!.text === '.') i++;
      }
      continue;
    }
    // Initials (A.) stay inside the name but are not compared.
    if (isInitialLetter(t) && tokens[i + 1] && tokens[i + 1]!.text === '.' && capAfter(i + 1)) {
      i++;
      continue;
    }
    if (nameLike(w) && !common(w)) {
      // German common nouns: after a determiner, with a noun suffix, or after a number (15.000 Dollar).
      const noun = nounCaps && germanNoun(tokens, i, w.lower);
      if (!noun) {
        seq.push(w);
        continue;
      }
    }
    // Particles inside a name (von der Leyen, da Silva).
    if (seq.length > 0 && PARTICLES.has(t.lower) && !(w && w.cap)) {
      let k = i + 1;
      while (tokens[k] && tokens[k]!.isWord && PARTICLES.has(tokens[k]!.lower) && !isUpperChar(tokens[k]!.text[0]!)) k++;
      if (capAfter(k - 1)) continue;
    }
    flush();
  }
  flush();
  return out;
}

/** Per token: 1 inside a title-case line (a headline: every longer word capitalised). Not for German. */
function headlineFlags(text: string, lang: string, tokens: readonly Token[], nounCaps: boolean): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (nounCaps) return out;
  for (const s of sentences(text, 0, lang, tokens as Token[])) {
    const last = tokens[s.endToken - 1];
    if (last && ENDERS.has(last.text)) continue;
    let n = 0;
    let caps = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      if (!t.isWord || t.text.length < 4) continue;
      n++;
      if (isUpperChar(t.text[0]!)) caps++;
    }
    if (n >= 4 && caps / n >= 0.8) out.fill(1, s.firstToken, s.endToken);
  }
  return out;
}

function toSourceName(c: Cand, base = 0): SourceName {
  return { start: c.start + base, end: c.end + base, text: c.text, key: c.key };
}

/**
 * Name candidates of a source sentence: capitalised words not at the sentence start (and at the
 * start when they are not a common word of the language: not a stop or function word, not
 * written in lower case elsewhere in the text), sequences of them as one name (first
 * name + surname; particles and hyphens inside), not all-caps acronyms of four letters or fewer,
 * not stop words, function words or titles; in German not nouns after a determiner. The key is
 * the words' lower-cased skeletons (x, s: the hushing and sibilant classes), space-separated.
 * [] for caseless scripts.
 */
export function sourceNames(text: string, lang: string): SourceName[] {
  if (CASELESS.has(baseLang(lang))) return [];
  const a = analyse(text, lang);
  return extractCandidates(text, lang, a, wordEvidence(a, newEvidence())).map((c) => toSourceName(c));
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Restricted-edit budget for a cross-language comparison of `core` skeleton letters. */
function budget(core: number): number {
  return core >= 10 ? 3 : core >= 6 ? 2 : core >= 4 ? 1 : 0;
}
/** Skeleton letters at the end of either side that may stay unmatched (an ending the tables did not strip). */
const TAIL = 2;
/** Compared cores keep at least this many skeleton letters. */
const MIN_CORE = 3;
/** Scores: below RENDERING a word renders the other; below RELATED it is at least derived from it. */
const CONSONANTS_SCORE = 4.5;
const RENDERING = 5;
const PREFIX_SCORE = 8;
const RELATED = 10;

const distMemo = new Map<string, number>();
const DIST_MEMO_MAX = 50000;

/**
 * Score of two untagged skeletons: the restricted edit distance of skeleton.ts between them
 * minus up to TAIL letters at the end of each (a quarter per letter left over); else
 * CONSONANTS_SCORE for equal consonant skeletons of three or more consonants; else
 * PREFIX_SCORE when one's first four or more letters start the other (within one edit);
 * else Infinity.
 */
function skelScore(a: string, b: string): number {
  if (a === b) return 0;
  const memoKey = a < b ? a + '\u0000' + b : b + '\u0000' + a;
  const hit = distMemo.get(memoKey);
  if (hit !== undefined) return hit;
  const la = a.length;
  const lb = b.length;
  let best = Infinity;
  for (let i = la; i >= Math.max(MIN_CORE, la - TAIL); i--) {
    for (let j = lb; j >= Math.max(MIN_CORE, lb - TAIL); j--) {
      const left = la - i + (lb - j);
      if (left * 0.25 >= best) continue;
      const max = budget(Math.min(i, j));
      if (Math.abs(i - j) > max) continue;
      const x = i === la ? a : a.slice(0, i);
      const y = j === lb ? b : b.slice(0, j);
      const d = x === y ? 0 : max === 0 ? Infinity : restrictedDistance(x, y, max);
      if (d !== Infinity && d + left * 0.25 < best) best = d + left * 0.25;
    }
  }
  if (best === Infinity) {
    const ca = consonants(a);
    if (ca.length >= 3 && ca === consonants(b) && Math.abs(la - lb) <= 3) best = CONSONANTS_SCORE;
    else if (prefixRelated(a, b) || prefixRelated(b, a)) best = PREFIX_SCORE;
  }
  if (distMemo.size >= DIST_MEMO_MAX) distMemo.clear();
  distMemo.set(memoKey, best);
  return best;
}

function consonants(s: string): string {
  let out = '';
  for (const c of s) if (!isVowel(c)) out += c;
  return out;
}

/** The first four or more letters of `a` (all but three at most) start `b`, within one edit. */
function prefixRelated(a: string, b: string): boolean {
  for (let i = a.length; i >= Math.max(4, a.length - 3); i--) {
    const x = a.slice(0, i);
    for (let j = Math.min(b.length, i + 1); j >= Math.max(4, i - 1); j--) {
      const y = b.slice(0, j);
      if (x === y || restrictedDistance(x, y, 1) <= 1) return true;
    }
  }
  return false;
}

/** Best score between two words' forms. */
function wordScore(a: readonly string[], b: readonly string[]): number {
  let best = Infinity;
  for (const x of a) {
    for (const y of b) {
      const d = skelScore(x, y);
      if (d < best) best = d;
      if (best === 0) return 0;
    }
  }
  return best;
}

/**
 * Bucket of a skeleton: its first `n` consonants, folded to the classes whose members the
 * restricted distance substitutes (t / S, X / g / k / h); vowels and v (Belarusian ў,
 * English w: Uladzimir / Vladimir / Wladimir) skipped. Restricted edits only insert or delete
 * vowels, so two words within reach share their two-consonant bucket (and a derived word
 * shares its stem's).
 */
function bucketOf(skel: string, n: number): string {
  let key = '';
  for (const c of skel) {
    if (isVowel(c) || c === 'v') continue;
    key += c === 't' ? 'S' : c === 'g' || c === 'k' || c === 'h' ? 'X' : c;
    if (key.length === n) break;
  }
  return key;
}

/**
 * Distinct spellings scanned per bucket. A bucket with more (a pathological sentence of
 * hundreds of words sharing their first two consonants) is narrowed to three consonants, and
 * beyond that to equal forms, so a sentence pair costs time linear in its length.
 */
const MAX_SCAN = 64;

/** Target words, grouped by spelling, bucketed by the first consonant classes of each of their forms. */
class TargetIndex {
  private buckets2 = new Map<string, Word[][]>();
  private buckets3 = new Map<string, Word[][]>();
  private exact = new Map<string, Word[][]>();
  constructor(words: readonly (Word | undefined)[]) {
    const groups = new Map<string, Word[]>();
    for (const w of words) {
      if (!w) continue;
      const g = groups.get(w.lower);
      if (g) g.push(w);
      else groups.set(w.lower, [w]);
    }
    const put = (m: Map<string, Word[][]>, k: string, g: Word[]) => {
      const list = m.get(k);
      if (!list) m.set(k, [g]);
      else if (list[list.length - 1] !== g) list.push(g);
    };
    for (const g of groups.values()) {
      for (const f of g[0]!.forms) {
        put(this.buckets2, bucketOf(f, 2), g);
        put(this.buckets3, bucketOf(f, 3), g);
        put(this.exact, f, g);
      }
    }
  }
  /** Target words related to a source word's forms (score below RELATED), with their score. */
  matches(forms: readonly string[], visit: (w: Word, score: number) => void): void {
    const seen = new Set<Word[]>();
    for (const f of forms) {
      if (f.length < MIN_CORE) continue;
      let list = this.buckets2.get(bucketOf(f, 2));
      if (list && list.length > MAX_SCAN) list = this.buckets3.get(bucketOf(f, 3));
      if (list && list.length > MAX_SCAN) list = this.exact.get(f);
      for (const g of list ?? []) {
        if (seen.has(g)) continue;
        seen.add(g);
        const d = wordScore(forms, g[0]!.forms);
        if (d < RELATED) for (const w of g) visit(w, d);
      }
    }
  }
}

/** The rendering around target word `w`: extended over adjacent target words in `used`. */
function spanAround(a: Analysed, w: Word, used: ReadonlySet<number>, text: string): Rendering {
  const { tokens, words } = a;
  let lo = w.idx;
  let hi = w.idx;
  const joins = (i: number) => {
    const t = tokens[i];
    return t !== undefined && (HYPHENS.has(t.text) || (t.isWord && PARTICLES.has(t.lower)));
  };
  for (;;) {
    if (lo - 1 >= 0 && words[lo - 1] && used.has(lo - 1)) lo--;
    else if (lo - 2 >= 0 && joins(lo - 1) && words[lo - 2] && used.has(lo - 2)) lo -= 2;
    else break;
  }
  for (;;) {
    if (words[hi + 1] && used.has(hi + 1)) hi++;
    else if (joins(hi + 1) && words[hi + 2] && used.has(hi + 2)) hi += 2;
    else break;
  }
  const start = words[lo]!.start;
  const end = words[hi]!.end;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Where `name` is rendered in the target sentence: the target word (extended over adjacent words
 * rendering the name's other words) whose skeleton is closest to a word of the name, allowing
 * case endings of both languages and transliteration variation; the surname (last word) is
 * preferred over a first name, a capitalised word over a lower-case one. Undefined when none is
 * close enough (a derived word such as canadiense for Canada is not a rendering).
 */
export function findRendering(name: SourceName, sourceLang: string, target: string, targetLang: string): Rendering | undefined {
  if (CASELESS.has(baseLang(targetLang))) return undefined;
  const all = analyse(name.text, sourceLang).words.filter((w): w is Word => w !== undefined);
  const caps = all.filter((w) => w.cap);
  const src = caps.length > 0 ? caps : all;
  if (src.length === 0) return undefined;
  const a = analyse(target, targetLang);
  const index = new TargetIndex(a.words);
  const used = new Set<number>();
  const scored: { w: Word; score: number }[] = [];
  src.forEach((sw, k) => {
    const last = k === src.length - 1;
    index.matches(sw.forms, (w, d) => {
      if (d >= RENDERING) return;
      used.add(w.idx);
      scored.push({ w, score: d + (last ? 0 : 10) + (w.cap ? 0 : 5) });
    });
  });
  if (scored.length === 0) return undefined;
  // The closest, and among equals the one whose neighbours render the name's other words
  // (Светлану Тихановскую, not Сергея Тихановского).
  let best: Rendering | undefined;
  let bestScore = Infinity;
  for (const { w, score } of scored) {
    const span = spanAround(a, w, used, target);
    const s = score - (span.start === w.start && span.end === w.end ? 0 : 0.5);
    if (s < bestScore) ((bestScore = s), (best = span));
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Document check

interface PairInfo {
  cands: Cand[];
  target: Analysed;
  /** Target word index -> the source word-lexeme it renders (closest one). */
  assigned: Map<number, number>;
  /** Target word indices related to some source name word (renderings and derived words). */
  related: Set<number>;
  /** Source word-lexemes with a related target word. */
  relatedLexemes: Set<number>;
  /** The target is a translation (has letters, is not a copy of the source). */
  translated: boolean;
  sourceLength: number;
  targetLength: number;
}

/**
 * Over a document's aligned sentence pairs: a source name (grouped by lexeme across its case
 * forms) rendered with different spellings in different target sentences → 'inconsistent'
 * (on the minority spellings; `others` lists the majority spelling), and a name present in a
 * source sentence with no rendering in its target sentence → 'missing' (see the module comment
 * for the conditions). Offsets are document offsets (the pair's start added).
 */
export function checkNames(pairs: { source: { text: string; start: number }; target: { text: string; start: number } }[], sourceLang: string, targetLang: string): NameRenderingIssue[] {
  if (CASELESS.has(baseLang(sourceLang)) || CASELESS.has(baseLang(targetLang))) return [];
  const sources = pairs.map((p) => analyse(p.source.text, sourceLang));
  const evidence = newEvidence();
  for (const a of sources) wordEvidence(a, evidence);

  // Source words of every candidate, as NameItems, grouped into lexemes (names/group.ts).
  const infos: PairInfo[] = [];
  const items: NameItem[] = [];
  const itemOf = new Map<Word, NameItem>();
  for (let p = 0; p < pairs.length; p++) {
    const { source, target } = pairs[p]!;
    const cands = extractCandidates(source.text, sourceLang, sources[p]!, evidence);
    for (const c of cands) {
      for (const w of c.words) {
        const it: NameItem = { start: w.start, end: w.end, text: w.text, mention: 0, last: true, given: '', initial: w.initial, weak: !c.strong, titled: c.titled, noun: false, stems: candidateStems(w.lower, sourceLang), lang: sourceLang };
        items.push(it);
        itemOf.set(w, it);
      }
    }
    infos.push({
      cands,
      target: cands.length > 0 ? analyse(target.text, targetLang) : { tokens: [], words: [], initial: new Uint8Array(0) },
      assigned: new Map(),
      related: new Set(),
      relatedLexemes: new Set(),
      translated: /\p{L}/u.test(target.text) && target.text.trim() !== source.text.trim(),
      sourceLength: source.text.length,
      targetLength: target.text.length,
    });
  }
  if (items.length === 0) return [];
  const lexOf = new Map<NameItem, number>();
  for (const lx of buildLexemes(items)) for (const it of lx.items) lexOf.set(it, lx.id);
  const lexOfWord = (w: Word) => lexOf.get(itemOf.get(w)!)!;

  // Per pair: the target words related to each source word; each rendering word goes to the
  // source word-lexeme it is closest to.
  for (const info of infos) {
    if (info.cands.length === 0) continue;
    const index = new TargetIndex(info.target.words);
    const best = new Map<number, { lex: number; d: number }>();
    const done = new Set<string>();
    for (const c of info.cands) {
      for (const sw of c.words) {
        const lex = lexOfWord(sw);
        const key = lex + '\u0000' + sw.lower;
        if (done.has(key)) continue;
        done.add(key);
        index.matches(sw.forms, (w, d) => {
          info.related.add(w.idx);
          info.relatedLexemes.add(lex);
          if (d >= RENDERING) return;
          // Among equal skeletons the same letters win (Smirnova / Smirnowa, two names in one text).
          const score = d + (withoutMarks(w.lower) === withoutMarks(sw.lower) ? 0 : 0.01);
          const prev = best.get(w.idx);
          if (!prev || score < prev.d) best.set(w.idx, { lex, d: score });
        });
      }
    }
    for (const [idx, b] of best) info.assigned.set(idx, b.lex);
  }
  assignDiacriticVariants(infos, lexOfWord, targetLang);

  const issues: NameRenderingIssue[] = [];
  const pairOfIssue = new Map<NameRenderingIssue, number>();
  const add = (issue: NameRenderingIssue, p: number) => {
    issues.push(issue);
    pairOfIssue.set(issue, p);
  };
  reportMissing(pairs, infos, lexOfWord, targetLang, add);
  reportInconsistent(pairs, infos, lexOfWord, targetLang, add);
  // Document order: by pair, then by source name, then by rendering.
  issues.sort((a, b) => pairOfIssue.get(a)! - pairOfIssue.get(b)! || a.source.start - b.source.start || (a.rendering?.start ?? 0) - (b.rendering?.start ?? 0));
  return issues;
}

type Pairs = Parameters<typeof checkNames>[0];


/**
 * A target word spelt like a rendering found elsewhere in the document but for its diacritics
 * (Lukasenka beside Lukašenka: the dropped caron also loses the hushing sound, so the skeletons
 * differ) renders the same source lexeme, in pairs whose source has that lexeme.
 */
function assignDiacriticVariants(infos: PairInfo[], lexOfWord: (w: Word) => number, targetLang: string): void {
  const byPlain = new Map<string, number>(); // plain stem -> source lexeme (-1: several)
  for (const info of infos) {
    for (const [idx, lex] of info.assigned) {
      const w = info.target.words[idx]!;
      if (!w.cap) continue;
      for (const st of candidateStems(w.lower, targetLang)) {
        const k = withoutMarks(st.stem);
        const prev = byPlain.get(k);
        byPlain.set(k, prev === undefined || prev === lex ? lex : -1);
      }
    }
  }
  if (byPlain.size === 0) return;
  for (const info of infos) {
    if (info.cands.length === 0) continue;
    const here = new Set<number>();
    for (const c of info.cands) for (const w of c.words) here.add(lexOfWord(w));
    for (const w of info.target.words) {
      if (!w || !w.cap || info.assigned.has(w.idx)) continue;
      for (const st of candidateStems(w.lower, targetLang)) {
        const lex = byPlain.get(withoutMarks(st.stem));
        if (lex === undefined || lex < 0 || !here.has(lex)) continue;
        info.assigned.set(w.idx, lex);
        info.related.add(w.idx);
        info.relatedLexemes.add(lex);
        break;
      }
    }
  }
}

function reportMissing(pairs: Pairs, infos: PairInfo[], lexOfWord: (w: Word) => number, targetLang: string, add: (i: NameRenderingIssue, p: number) => void): void {
  // A candidate's name lexeme is its last word's (the surname).
  const nameLex = (c: Cand) => lexOfWord(c.words[c.words.length - 1]!);
  // Rendered when any word of the name is, or the word that may be its first name.
  const related = (info: PairInfo, c: Cand) => c.words.some((w) => info.relatedLexemes.has(lexOfWord(w))) || (c.lead !== undefined && info.relatedLexemes.has(lexOfWord(c.lead)));
  // Document-level evidence per name lexeme: occurrences written with a first name, alone (not
  // after an article), after a sentence-initial word that may be either, after a title.
  const full = new Map<number, number>();
  const alone = new Map<number, number>();
  const either = new Map<number, number>();
  const titled = new Set<number>();
  const inc = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
  const everRendered = new Set<number>();
  const firstMention = new Map<number, Cand>();
  for (const info of infos) {
    for (const c of info.cands) {
      const lex = nameLex(c);
      if (c.strong && c.words.length >= 2) inc(full, lex);
      else if (c.strong && c.lead) inc(either, lex);
      else if (c.words.length === 1 && !c.afterArticle) inc(alone, lex);
      if (c.titled) titled.add(lex);
      if (!firstMention.has(lex)) firstMention.set(lex, c);
      if (related(info, c)) everRendered.add(lex);
    }
  }
  // A person: after a title, or once with a first name and once without (two occurrences).
  const person = (lex: number) => {
    if (titled.has(lex)) return true;
    const f = full.get(lex) ?? 0;
    const a = alone.get(lex) ?? 0;
    const e = either.get(lex) ?? 0;
    return (f > 0 || e > 0) && (a > 0 || e > 0) && f + a + e >= 2;
  };
  const targetStops = stopWords(targetLang);
  const targetTitles = titles(targetLang);
  const targetNounCaps = NOUN_CAPITALISING.has(baseLang(targetLang));
  infos.forEach((info, p) => {
    if (!info.translated || info.cands.length === 0) return;
    const missing: Cand[] = [];
    const reported = new Set<number>();
    for (const c of info.cands) {
      const lex = nameLex(c);
      if (reported.has(lex) || !person(lex)) continue;
      if (Math.max(...c.words.map((w) => letterCount(w.text))) < 4) continue;
      if (firstMention.get(lex) !== c && everRendered.has(lex)) continue;
      if (related(info, c)) continue;
      reported.add(lex);
      missing.push(c);
    }
    if (missing.length === 0) return;
    // Unexplained target names: capitalised words (not sentence-initial) and abbreviations
    // (B.C., USA, США) related to no source name, runs of them counted once, by relative position.
    const { tokens, initial } = info.target;
    const unexplained: number[] = [];
    let prev = -3;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.isWord || !isUpperChar(t.text[0]!)) continue;
      const abbreviation = (!hasLower(t.text) && letterCount(t.text) >= 2) || t.text.includes('.');
      if (!abbreviation && (initial[i] === 1 || targetStops.has(t.lower))) continue;
      // A German common noun stands for no name; a title may ("der Präsident" for Lukashenko).
      if (!abbreviation && targetNounCaps && !targetTitles.has(t.lower) && germanNoun(tokens, i, t.lower)) continue;
      if (info.related.has(i)) continue;
      const joined = i === prev + 1 || (i === prev + 2 && (HYPHENS.has(tokens[i - 1]!.text) || PARTICLES.has(tokens[i - 1]!.lower) || tokens[i - 1]!.text === '.'));
      if (!joined) unexplained.push(t.start / Math.max(1, info.targetLength));
      prev = i;
    }
    // Each unexplained target run may stand for the untaken missing name nearest in relative
    // position (both lists are in text order: one pass over a linked list of the untaken).
    const remaining = missing.map((c) => ({ c, pos: c.start / Math.max(1, info.sourceLength), taken: false }));
    const n = remaining.length;
    const next = new Int32Array(n + 2);
    const prevNode = new Int32Array(n + 2);
    for (let k = 0; k <= n + 1; k++) ((next[k] = k + 1), (prevNode[k] = k - 1));
    const at = (node: number) => remaining[node - 1]!.pos;
    let ptr = 1; // the first untaken node at or after u (n + 1: none)
    for (const u of unexplained) {
      if (next[0] === n + 1) break;
      while (ptr !== n + 1 && at(ptr) < u) ptr = next[ptr]!;
      const before = prevNode[ptr]!;
      const pick = ptr === n + 1 ? before : before === 0 ? ptr : u - at(before) <= at(ptr) - u ? before : ptr;
      remaining[pick - 1]!.taken = true;
      next[prevNode[pick]!] = next[pick]!;
      prevNode[next[pick]!] = prevNode[pick]!;
      if (pick === ptr) ptr = next[pick]!;
    }
    for (const r of remaining) {
      if (r.taken) continue;
      add({ kind: 'missing', source: toSourceName(r.c, pairs[p]!.source.start), message: `‘${r.c.text}’ is not rendered in the translation` }, p);
    }
  });
}

function reportInconsistent(pairs: Pairs, infos: PairInfo[], lexOfWord: (w: Word) => number, targetLang: string, add: (i: NameRenderingIssue, p: number) => void): void {
  // Per source word-lexeme, the capitalised target words rendering it, in document order.
  const byLex = new Map<number, { p: number; w: Word }[]>();
  infos.forEach((info, p) => {
    for (const [idx, lex] of info.assigned) {
      const w = info.target.words[idx]!;
      if (!w.cap || (w.allCaps && letterCount(w.text) <= 4)) continue;
      let list = byLex.get(lex);
      if (!list) byLex.set(lex, (list = []));
      list.push({ p, w });
    }
  });
  for (const [lex, occ] of byLex) {
    if (occ.length < 2) continue;
    occ.sort((a, b) => a.p - b.p || a.w.start - b.w.start);
    // Target spellings grouped into target lexemes (case forms of the target language are one),
    // and the lexemes into groups of spelling variants by the monolingual rule (names/group.ts,
    // bucketed). Every spelling is a confirmed rendering of the source name. Whole forms and
    // stems are all compared (Karel / Karrels: the stem of one is the other's whole form).
    const titems = occ.map(({ w }): NameItem => ({ start: w.start, end: w.end, text: w.text, mention: 0, last: true, given: '', initial: false, weak: false, titled: false, noun: false, stems: candidateStems(w.lower, targetLang).map((st) => ({ ...st, stripped: false })), lang: targetLang }));
    const tlex = buildLexemes(titems);
    if (tlex.length < 2) continue;
    const tOf = new Map<NameItem, number>();
    for (const t of tlex) for (const it of t.items) tOf.set(it, t.id);
    for (const g of variantGroups(tlex, variantPairs(tlex))) {
      // The commonest spelling; on a tie the first seen (lexemes are numbered in document order).
      let major = g[0]!;
      for (const i of g) if (tlex[i]!.count > tlex[major]!.count) major = i;
      const majority = tlex[major]!;
      const inGroup = new Set(g);
      for (let k = 0; k < occ.length; k++) {
        const tl = tOf.get(titems[k]!)!;
        if (tl === major || !inGroup.has(tl)) continue;
        const { p, w } = occ[k]!;
        // The source word of this lexeme in the pair (the surname of "Ontario Police", not the whole name).
        let src: Word | undefined;
        for (const c of infos[p]!.cands) if (!src) src = c.words.find((sw) => lexOfWord(sw) === lex);
        src = src!;
        const sb = pairs[p]!.source.start;
        const tb = pairs[p]!.target.start;
        add(
          {
            kind: 'inconsistent',
            source: { start: src.start + sb, end: src.end + sb, text: src.text, key: (src.forms[0] ?? '').toLowerCase() },
            rendering: { start: w.start + tb, end: w.end + tb, text: w.text },
            others: [majority.display],
            message: `‘${src.text}’ is rendered ‘${w.text}’ here but ‘${majority.display}’ elsewhere (${majority.count}×)`,
          },
          p,
        );
      }
    }
  }
}
