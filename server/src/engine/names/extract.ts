/**
 * Proper-name extraction from a block's shared tokenisation (Block.tokens / Block.sentences).
 *
 * A mention is a run of capitalised words (Latin, Cyrillic or Greek script), optionally with
 * initials ("A."), titles ("Mr.", "Dr.", "M." in French) and nobiliary particles ("von der").
 * The last capitalised word of a mention is the family name (or the only name) and becomes a
 * `NameItem`, compared for spelling variants; the earlier words and the initials identify the
 * person (a different first name or initial means a different person).
 *
 * Items carry their offsets (document offsets on the way out of checkBlock; the engine
 * shifts `items[].start/end` of cached summaries) plus everything the document pass needs:
 * candidate stems (case endings removed) and their skeletons.
 */
import type { Block, Token } from '../types';
import { AGGLUTINATIVE, baseLang, caseEndings, DE_DETERMINERS, DE_NOUN_SUFFIXES, FRONT_ALTERNATIONS, MIN_STEM, NAME_PARTICLES, NOUN_CAPITALISING, stopWords, titles } from './data';
import { scriptOf, skeleton } from './skeleton';
import { knownWord } from '../lang/lexicon';

export interface StemInfo {
  /** Lower-cased stem (the name part minus a case ending; the first entry is the whole name part). */
  stem: string;
  skel: string;
  /** A case ending was removed (only stems of the same kind are compared: Albany ≠ Albani|ens). */
  stripped: boolean;
  /** From text in a language with case endings (where a different last letter or two is grammar). */
  inflecting?: boolean;
  /** From an agglutinative language: a stripped stem only identifies forms; whole forms link only when equal. */
  strict?: boolean;
}

export interface NameItem {
  /** Offsets of the name part of the token (an English possessive or Turkish suffix after an apostrophe is excluded). */
  start: number;
  end: number;
  /** The name part as written. */
  text: string;
  /** Index of the mention within its block (items of one mention share it). */
  mention: number;
  /** Last capitalised word of the mention (family name or a single name). */
  last: boolean;
  /** First letter class of the mention's first given name or initial, when the mention has one ('' otherwise). */
  given: string;
  /**
   * The mention's first word, lower-cased, when it starts a sentence (so may be a common word:
   * "Doradca Zełenskiego"); the document pass uses it as a given name only if the word is also
   * capitalised mid-sentence somewhere ("Yulia Tymoshenko spoke ... and Yulia ...").
   */
  givenWeak?: string;
  /** First word of a sentence (or after an opening quote or colon): capitalised for grammar, maybe not a name. */
  initial: boolean;
  /** In a heading or a title-case line, where every word is capitalised. */
  weak: boolean;
  /** Preceded by a title (Mr., Dr., President). */
  titled: boolean;
  /** In a noun-capitalising language, preceded by a determiner: a common noun here. */
  noun: boolean;
  /** Candidate stems, the whole name part first. */
  stems: StemInfo[];
  lang: string;
}

export interface NamesSummary {
  /** Compared words (the last word of each mention), offsets relative to the block in checkDocument (see Rule.checkDocument). */
  items: NameItem[];
  /** Lower-cased words capitalised mid-sentence (not at a sentence start): evidence that a word is a name. */
  nameWords: string[];
  /**
   * Everything above except offsets, as one string ('' when the block has no names): the
   * document pass reuses its last result while the sequence of non-empty signatures is unchanged.
   */
  sig: string;
}

/** The offset-free content of a block's name summary (see NamesSummary.sig). */
export function summarySignature(lang: string, items: readonly NameItem[], nameWords: readonly string[]): string {
  if (items.length === 0 && nameWords.length === 0) return '';
  // Every field the document pass reads ('mention' is not read there). The stems are a function
  // of the lower-cased form and the language.
  let sig = lang;
  for (const it of items) {
    const flags = (it.last ? 1 : 0) | (it.initial ? 2 : 0) | (it.weak ? 4 : 0) | (it.titled ? 8 : 0) | (it.noun ? 16 : 0);
    sig += '\u0002' + it.text + '\u0001' + (it.stems[0]?.stem ?? '') + '\u0001' + it.given + '\u0001' + (it.givenWeak ?? '') + String.fromCharCode(0x40 + flags);
    if (it.lang !== lang) sig += it.lang;
  }
  sig += '\u0003';
  for (const w of nameWords) sig += w + '\u0001';
  // Built by concatenation, the string is a chain of small pieces (~30 bytes each) until
  // something reads it; it is kept in the cached summary, so make it one flat copy now.
  return (' ' + sig).slice(1);
}

const APOSTROPHES = new Set(["'", '’', 'ʼ', '`']);
/** APOSTROPHES by code unit. */
function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x60;
}
const OPENING = new Set(['“', '„', '«', '‹', '"', '‘', '‚', '(', '[', ':', '—', '–', '-']);

const MARK = /\p{M}/u;

/** Upper-case test of one UTF-16 code unit, memoised per code unit (0 unknown, 1 yes, 2 no). */
const UPPER = new Uint8Array(0x10000);
function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (!(c < 0x10000)) return false; // NaN: no character
  let u = UPPER[c]!;
  if (u === 0) {
    const ch = String.fromCharCode(c);
    UPPER[c] = u = ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 1 : 2;
  }
  return u === 1;
}
/** Is `ch` (one code unit) an upper-case letter? */
function isUpper(ch: string): boolean {
  if (ch.length !== 1) return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  return isUpperCode(ch.charCodeAt(0));
}
function hasLower(s: string): boolean {
  // ASCII prefix without case-mapping calls; the rest as before.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  if (i === s.length) return false;
  for (const ch of i === 0 ? s : s.slice(i)) if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) return true;
  return false;
}
/** Letters, combining marks and apostrophes only. */
function lettersOnly(s: string): boolean {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    // ASCII: letters, and the apostrophes ' and `.
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x60)) return false;
  }
  if (i === s.length) return true;
  for (const ch of i === 0 ? s : s.slice(i)) {
    if (APOSTROPHES.has(ch)) continue;
    if (ch.toLowerCase() === ch.toUpperCase() && !MARK.test(ch)) return false;
  }
  return true;
}
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** The name part of a word token: strips an elision prefix (l’, d’) and anything after an apostrophe (’s, ’ın). */
export function namePart(text: string): { offset: number; length: number } | undefined {
  let offset = 0;
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    if (!APOSTROPHES.has(text[i]!)) continue;
    if (i === 1 && !isUpper(text[0]!)) {
      offset = 2; // French/Italian elision: d’Ormesson, l’Élysée
      continue;
    }
    if (i === 1) continue; // O’Brien, D’Alema
    if (i > offset + 1) {
      end = i;
      break;
    }
  }
  if (end - offset < 2) return undefined;
  return { offset, length: end - offset };
}

/** Memo of candidate stems per language, per word: names repeat, skeletons are pure. Bounded. */
const stemMemo = new Map<string, Map<string, StemInfo[]>>();
let stemMemoSize = 0;
const STEM_MEMO_MAX = 50000;

/** Candidate stems of a lower-cased name part: itself, then minus each matching case ending (shared, do not mutate). */
export function candidateStems(lower: string, lang: string): StemInfo[] {
  let memo = stemMemo.get(lang);
  if (memo === undefined) stemMemo.set(lang, (memo = new Map()));
  const hit = memo.get(lower);
  if (hit) return hit;
  const out = computeStems(lower, lang);
  if (stemMemoSize >= STEM_MEMO_MAX) {
    for (const m of stemMemo.values()) m.clear();
    stemMemoSize = 0;
  }
  memo.set(lower, out);
  stemMemoSize++;
  return out;
}

function computeStems(lower: string, lang: string): StemInfo[] {
  const inflecting = caseEndings(lang).length > 0;
  const flags = { ...(inflecting ? { inflecting } : {}), ...(AGGLUTINATIVE.has(baseLang(lang)) ? { strict: true } : {}) };
  const out: StemInfo[] = [{ stem: lower, skel: skeleton(lower, lang), stripped: false, ...flags }];
  const seen = new Set([lower]);
  const add = (stem: string) => {
    if (seen.has(stem)) return;
    seen.add(stem);
    out.push({ stem, skel: skeleton(stem, lang), stripped: true, ...flags });
  };
  const alternations = FRONT_ALTERNATIONS[baseLang(lang)];
  for (const e of caseEndings(lang)) {
    if (lower.length - e.length >= MIN_STEM && lower.endsWith(e)) {
      const stem = lower.slice(0, lower.length - e.length);
      add(stem);
      if (alternations && (e[0] === 'e' || e[0] === 'i' || e[0] === 'ě')) {
        for (const [from, to] of alternations) if (stem.endsWith(from)) add(stem.slice(0, stem.length - from.length) + to);
      }
    }
  }
  return out;
}

/** `capFirst`: the token's first code unit is upper-case (computed once per token by the caller). */
function isNameWord(t: Token, capFirst: boolean = isUpperCode(t.text.charCodeAt(0))): boolean {
  if (!t.isWord || t.text.length < 2) return false;
  if (!capFirst && !(t.text.length > 2 && isApostropheCode(t.text.charCodeAt(1)) && isUpperCode(t.text.charCodeAt(2)))) return false;
  if (!hasLower(t.text)) return false; // acronyms and all-caps shouting
  if (!lettersOnly(t.text)) return false;
  const sc = scriptOf(t.text);
  return sc === 'latin' || sc === 'cyrillic' || sc === 'greek';
}

function isInitialLetter(t: Token): boolean {
  return t.isWord && t.text.length === 1 && isUpper(t.text);
}

export function letterClass(word: string): string {
  const s = skeleton(word.toLowerCase());
  const body = s.length > 1 && s[1] === ':' ? s.slice(2) : s;
  const c = body[0] ?? '';
  // Vowel-initial given names vary in their first letter (Yevgeny / Evgeny / Jewgeni): one class.
  return 'aeiou'.includes(c) ? 'V' : c;
}

const PARTICLES = new Set(NAME_PARTICLES);
let flagScratch = new Uint8Array(1024);
let weakScratch = new Uint8Array(1024);
let capScratch = new Uint8Array(1024);
const DETERMINERS = new Set(DE_DETERMINERS);

/** Name mentions of one block. Linear in the number of tokens. */
export function extractNames(block: Block): NamesSummary {
  const lang = block.language;
  const base = baseLang(lang);
  const stops = stopWords(lang);
  const titleSet = titles(lang);
  const particles = PARTICLES;
  const nounCaps = NOUN_CAPITALISING.has(base);
  const tokens = block.tokens;
  const items: NameItem[] = [];
  const nameWords = new Set<string>();

  // Per-token flags (indices may reach tokens.length for an empty last sentence), in module-level
  // scratch arrays (extractNames is synchronous and not re-entrant): no allocation per block.
  if (flagScratch.length < tokens.length + 1) flagScratch = new Uint8Array(Math.max(tokens.length + 1, flagScratch.length * 2));
  const sentenceStart = flagScratch;
  sentenceStart.fill(0, 0, tokens.length + 1);
  if (weakScratch.length < tokens.length + 1) weakScratch = new Uint8Array(Math.max(tokens.length + 1, weakScratch.length * 2));
  const weakToken = weakScratch;
  weakToken.fill(0, 0, tokens.length + 1);
  // Whether each token starts with an upper-case code unit (asked up to four times per token below).
  if (capScratch.length < tokens.length + 1) capScratch = new Uint8Array(Math.max(tokens.length + 1, capScratch.length * 2));
  const cap = capScratch;
  for (let i = 0; i < tokens.length; i++) cap[i] = isUpperCode(tokens[i]!.text.charCodeAt(0)) ? 1 : 0;
  for (const s of block.sentences) {
    sentenceStart[s.firstToken] = 1;
    // Title-case lines (headlines): most longer words capitalised. Not for noun-capitalising languages.
    // A title-case line: no sentence-final punctuation, at least four longer words, 80% capitalised.
    const lastTok = tokens[s.endToken - 1];
    const unterminated = !lastTok || !(lastTok.text === '.' || lastTok.text === '!' || lastTok.text === '?' || lastTok.text === '…');
    let weak = block.kind === 'heading';
    if (!weak && !nounCaps && unterminated) {
      // (words are only counted where the answer depends on them)
      let words = 0;
      let caps = 0;
      for (let i = s.firstToken; i < s.endToken; i++) {
        const t = tokens[i]!;
        if (!t.isWord || t.text.length < 4) continue;
        words++;
        if (cap[i] === 1) caps++;
      }
      weak = words >= 4 && caps / words >= 0.8;
    }
    if (weak) for (let i = s.firstToken; i < s.endToken; i++) weakToken[i] = 1;
  }

  let mention = -1;
  let words: { idx: number; part: { offset: number; length: number } }[] = [];
  let given = '';
  let titled = false;
  let open = false;

  const flush = () => {
    if (words.length > 0) {
      mention++;
      // The first given name that is not capitalised only because it starts a sentence.
      let mGiven = given;
      let weakGiven: string | undefined;
      for (let k = 0; !mGiven && k < words.length - 1; k++) {
        const t = tokens[words[k]!.idx]!;
        if (!isSentenceInitial(words[k]!.idx)) mGiven = letterClass(t.text);
        else if (k === 0) weakGiven = t.lower;
      }
      words.forEach((w, k) => {
        const t = tokens[w.idx]!;
        const text = t.text.slice(w.part.offset, w.part.offset + w.part.length);
        const lower = t.lower.length === t.text.length ? t.lower.slice(w.part.offset, w.part.offset + w.part.length) : text.toLowerCase();
        // At a sentence start, a word the language's complete list lacks is a name all the same.
        const initial = isSentenceInitial(w.idx) && knownWord(base, lower) !== false;
        const last = k === words.length - 1;
        const weak = weakToken[w.idx] === 1;
        if (!initial && !weak) nameWords.add(lower);
        if (!last) return;
        if (nounCaps && DE_NOUN_SUFFIXES.some((suf) => lower.length > suf.length + 2 && lower.endsWith(suf))) return;
        const item: NameItem = {
          start: t.start + w.part.offset,
          end: t.start + w.part.offset + w.part.length,
          text,
          mention,
          last,
          given: mGiven,
          initial,
          weak,
          titled,
          noun: nounCaps && afterDeterminer(w.idx),
          stems: candidateStems(lower, lang),
          lang,
        };
        if (!mGiven && weakGiven) item.givenWeak = weakGiven;
        items.push(item);
      });
    }
    if (words.length > 0) words = [];
    given = '';
    titled = false;
    open = false;
  };

  const determiners = nounCaps ? DETERMINERS : undefined;
  /** A determiner before token i, with at most three lower-case words or numbers (and their dots) between. */
  const afterDeterminer = (i: number): boolean => {
    let skipped = 0;
    for (let j = i - 1; j >= 0 && skipped <= 4; j--) {
      const t = tokens[j]!;
      if (t.isWord && determiners!.has(t.lower)) return true;
      if (t.isWord && (cap[j] !== 1 || startsWithDigit(t.text))) skipped++;
      else if (t.text === '.' && j > 0 && startsWithDigit(tokens[j - 1]!.text)) continue;
      else return false;
    }
    return false;
  };
  /** Is token i the first word of a real sentence (not a break after an initial or a title)? */
  const isSentenceInitial = (i: number): boolean => {
    let j = i - 1;
    while (j >= 0 && !tokens[j]!.isWord && OPENING.has(tokens[j]!.text)) {
      if (tokens[j]!.text === ':' || tokens[j]!.text === '“' || tokens[j]!.text === '«' || tokens[j]!.text === '„') return true;
      j--;
    }
    if (j < 0) return true;
    // A sentence start found by Intl.Segmenter right after "A." or "Mr." is not a sentence start.
    let k = i;
    while (k > 0 && sentenceStart[k] !== 1) {
      if (tokens[k - 1]!.isWord) return false;
      k--;
    }
    if (sentenceStart[k] !== 1) return false;
    const prev = tokens[k - 1];
    const prev2 = tokens[k - 2];
    if (prev && prev.text === '.' && prev2 && (isInitialLetter(prev2) || titleSet.has(prev2.lower))) return false;
    return true;
  };

  /** Is the next word (after an abbreviation dot, if any) capitalised? */
  const capAfter = (i: number): boolean => {
    const next = tokens[i + 1];
    const a = next && next.text === '.' ? i + 2 : i + 1;
    const after = tokens[a];
    return after !== undefined && after.isWord && cap[a] === 1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const boundary = sentenceStart[i] === 1 && i > 0 && !(tokens[i - 1]!.text === '.' && i >= 2 && (isInitialLetter(tokens[i - 2]!) || titleSet.has(tokens[i - 2]!.lower)));
    if (boundary) flush();
    if (!t.isWord) {
      flush();
      continue;
    }
    if (cap[i] === 1 && titleSet.has(t.lower) && capAfter(i) && words.length === 0 && !given) {
      titled = true;
      open = true;
      if (next && next.text === '.') i++;
      continue;
    }
    if (isInitialLetter(t) && next && next.text === '.' && capAfter(i)) {
      if (!given && words.length === 0) given = letterClass(t.text);
      open = true;
      i++;
      continue;
    }
    if (isNameWord(t, cap[i] === 1) && !stops.has(t.lower)) {
      const part = namePart(t.text);
      if (part) {
        words.push({ idx: i, part });
        open = true;
        continue;
      }
    }
    if (open && words.length > 0 && particles.has(t.lower) && capAfter(i)) continue;
    flush();
  }
  flush();
  const words2 = [...nameWords];
  return { items, nameWords: words2, sig: summarySignature(lang, items, words2) };
}
