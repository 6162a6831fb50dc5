/**
 * Foreign-language spans of one block (paragraph): the whole paragraph, a sentence, a clause
 * of a long sentence, or a run of another script. Used by decideLanguages (per-block language,
 * source-language inference) and by the `untranslated` rule; cached per
 * (document language, candidates, text) so both share one analysis.
 *
 * Language detection runs before the engine's shared tokenisation (tokenisation depends on the
 * language), so this module scans letters itself: one linear pass for words, one
 * Intl.Segmenter sentence pass per block, no regular expressions.
 */
import { detectLanguage, scoreOf, type Candidates, type Detection } from './detect';
import { FUNCTION_WORDS, maxForeignFunctionWords } from './function-words';
import { baseTag, languageInfos, sameOrClose } from './languages';
import { countScripts, dominantScript, scriptOf, scriptOfLanguage, type Script } from './scripts';
import { segments } from '../segment';
import { KeyedTextCache } from '../lru';
import { languagesWith, PACKS } from '../languages/index';
import { hasLexicon, lexiconLeftovers, worthScanning, type LexiconLeftover } from './lexicon';

export type SpanKind = 'paragraph' | 'sentence' | 'passage';

export interface ForeignSpan {
  /** Block-relative offsets. */
  start: number;
  end: number;
  language: string;
  kind: SpanKind;
  /** 'script': a run in another script; 'franc': same script, other language. */
  by: 'script' | 'franc';
  words: number;
  /** Margin of the detected language over the document language (franc spans). */
  margin?: number;
  /** What confirmed franc (franc spans): the function words, or letters the document alphabet lacks. */
  evidence?: 'function-words' | 'alphabet';
  /**
   * A run in another script whose language is only a guess (script spans of a shared script
   * without strong evidence, see runLanguageIsStrong): the text is foreign, but `language`
   * is franc's best guess on a few words. A tentative span never changes the block's
   * language, languageAt or the inferred source language.
   */
  tentative?: true;
}

export interface BlockAnalysis {
  spans: ForeignSpan[];
}

/** Words (letter runs) of text[from, to), lower-cased, with their starts. */
interface Word {
  start: number;
  end: number;
  lower: string;
  upper: boolean;
  script: Script;
}

function isMark(c: number): boolean {
  return (c >= 0x300 && c < 0x370) || c === 0x200d || c === 0x200c;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  // Lower-case the text once; per word only where lower-casing changes the length (İ).
  const all = text.toLowerCase();
  const same = all.length === text.length;
  let i = from;
  while (i < to) {
    const s = scriptOf(text.charCodeAt(i));
    if (s === undefined) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to) {
      const c = text.charCodeAt(i);
      const t = scriptOf(c);
      if (t === s || (t === undefined && isMark(c))) i++;
      // Apostrophes inside a word (l'homme, don't) keep it one word only for franc; split here.
      else break;
    }
    const lower = same ? all.slice(start, i) : text.slice(start, i).toLowerCase();
    const c0 = text.charCodeAt(start);
    // Capitalised: the first letter changes when lower-cased (as before: w[0] !== lower[0]).
    out.push({ start, end: i, lower, upper: same ? all.charCodeAt(start) !== c0 : lower.charCodeAt(0) !== c0, script: s });
  }
  return out;
}

/** Opening quotation marks (and the parenthesis) with the marks that close them. */
const CLOSE_OF: Record<string, string> = { '“': '”"“', '«': '»', '„': '“”"', '"': '"”“', '‘': '’‘', '‹': '›', '「': '」', '『': '』', '(': ')', '‚': '‘’' };
/** Longest quoted phrase (in words) that is a name, title or slogan rather than left-over text. */
export const SHORT_QUOTE_WORDS = 12;

/**
 * Ranges of short quotations (<= SHORT_QUOTE_WORDS words, closing mark within 160 code
 * units): quoted names, titles, slogans and terms, which are not defects in any language.
 */
function shortQuotes(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const closers = closersOf(text.charCodeAt(i));
    if (closers === undefined) continue;
    // A straight double quote before a space or punctuation closes a quotation; it opens none.
    if (text.charCodeAt(i) === 0x22 && scriptOf(text.charCodeAt(i + 1)) === undefined && !/[\p{N}¿¡'‘(]/u.test(text[i + 1] ?? ' ')) continue;
    const limit = Math.min(text.length, i + 160);
    let words = 0;
    let inWord = false;
    for (let j = i + 1; j < limit; j++) {
      const cj = text.charCodeAt(j);
      if (closers.indexOf(cj) >= 0) {
        if (words > 0 && words <= SHORT_QUOTE_WORDS) {
          out.push([i, j + 1]);
          i = j;
        }
        break;
      }
      const letter = scriptOf(cj) !== undefined;
      if (letter && !inWord) words++;
      inWord = letter;
      if (words > SHORT_QUOTE_WORDS) break;
    }
  }
  return out;
}

/** CLOSE_OF as code units, by the opening mark's code unit. */
const CLOSERS = new Map<number, number[]>(Object.entries(CLOSE_OF).map(([o, c]) => [o.charCodeAt(0), [...c].map((x) => x.charCodeAt(0))]));

function closersOf(c: number): number[] | undefined {
  // Every opening mark is '"', '(' or beyond U+00AA: one comparison for most characters.
  if (c !== 0x22 && c !== 0x28 && c < 0xab) return undefined;
  return CLOSERS.get(c);
}

export function blankShortQuotes(text: string): string {
  return blank(text, shortQuotes(text));
}

function blank(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [s, e] of ranges) {
    out += text.slice(last, s) + ' '.repeat(e - s);
    last = e;
  }
  return out + text.slice(last);
}

/** Longest lower-case connector inside a name or title ("of", "for the", "de la", "van der"). */
const MAX_CONNECTOR_LETTERS = 3;

/**
 * Drops the words of name/title runs: two or more capitalised words, possibly joined by up
 * to two short lower-case connectors. A single capitalised word (a sentence start, a German
 * noun) is kept.
 */
function withoutNames(words: Word[]): Word[] {
  const drop = new Uint8Array(words.length);
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.upper) {
      i++;
      continue;
    }
    let j = i + 1;
    let caps = 1;
    let lastCap = i;
    while (j < words.length) {
      const w = words[j]!;
      if (w.upper) {
        caps++;
        lastCap = j;
        j++;
        continue;
      }
      // up to two short connectors followed by a capitalised word
      let k = j;
      while (k < words.length && k - j < 2 && !words[k]!.upper && words[k]!.end - words[k]!.start <= MAX_CONNECTOR_LETTERS) k++;
      if (k < words.length && k > j && words[k]!.upper) {
        j = k;
        continue;
      }
      break;
    }
    if (caps >= 2) for (let k = i; k <= lastCap; k++) drop[k] = 1;
    i = lastCap + 1;
  }
  let any = false;
  for (let k = 0; k < drop.length; k++) if (drop[k]) any = true;
  return any ? words.filter((_, k) => !drop[k]) : words;
}

/** The text franc reads: the words of [from, to) without names, or the slice itself when nothing was dropped. */
function textOf(plain: string, from: number, to: number, words: Word[]): string {
  let all = 0;
  for (let k = from; k < to; k++) if (scriptOf(plain.charCodeAt(k)) !== undefined) all++;
  let kept = 0;
  for (const w of words) kept += w.end - w.start;
  if (kept >= all) return plain.slice(from, to);
  return words.map((w) => plain.slice(w.start, w.end)).join(' ');
}

/**
 * Alphabet evidence thresholds: at least 3 letters, in 2+ lower-case words, and 3 % of the
 * letters, that the document language's alphabet lacks; franc margin 0.15; document function words at most
 * 15 % of the words (Russian and Ukrainian share в, на, у, до, за...).
 */
const ALIEN_MIN_LETTERS = 3;
const ALIEN_MIN_SHARE = 0.03;
const ALIEN_MIN_MARGIN = 0.15;
const ALIEN_MAX_DOC_FW = 0.15;

function alphabetOf(lang: string, script: Script): { latin: boolean; letters: string } | undefined {
  const info = languageInfos(lang).find((i) => i.script === script);
  if (!info) return undefined;
  if (info.script === 'Latin') return { latin: true, letters: info.extra ?? '' };
  return info.alphabet ? { latin: false, letters: info.alphabet } : undefined;
}

function alienLetters(plain: string, words: Word[], doc: string, script: Script): { letters: number; words: number; total: number; chars: string } {
  const a = alphabetOf(doc, script);
  let letters = 0;
  let nWords = 0;
  let total = 0;
  let chars = '';
  if (!a) return { letters, words: nWords, total, chars };
  for (const w of words) {
    // Capitalised words are left out: names keep their own spelling (Šimonytė, Müller).
    if (w.upper) {
      total += w.end - w.start;
      continue;
    }
    let inWord = false;
    for (let k = 0; k < w.lower.length; k++) {
      const c = w.lower.charCodeAt(k);
      if (c >= 0x300 && c < 0x370) continue;
      total++;
      if (a.latin && c <= 0x7f) continue;
      const ch = w.lower[k]!;
      if (a.letters.indexOf(ch) < 0) {
        letters++;
        inWord = true;
        if (chars.indexOf(ch) < 0) chars += ch;
      }
    }
    if (inWord) nWords++;
  }
  return { letters, words: nWords, total, chars };
}

export function alphabetHas(lang: string, script: Script, chars: string): boolean {
  const a = alphabetOf(lang, script);
  if (!a) return false;
  for (const ch of chars) if (a.letters.indexOf(ch) < 0) return false;
  return true;
}

/** By language, from the language packs (languages/types.ts: `capitalisesNouns`). */
const CAPITALISES_NOUNS = languagesWith('capitalisesNouns');

/** Minimum words for a sentence or clause to be judged on its own. */
export const MIN_WORDS = 6;
/** ...and when the foreign language has no function-word list (evidence is franc alone). */
export const NO_LIST_MIN_WORDS = 8;

/**
 * Is text[from,to) in another language than `doc`? Precision first: franc must prefer the
 * other language by a margin AND the function words must agree (the other language's present,
 * the document language's nearly absent).
 */
function foreignLanguage(plain: string, from: number, to: number, allWords: Word[], doc: string, docScript: Script, cands: Candidates, level: SpanKind): { language: string; margin: number; evidence: 'function-words' | 'alphabet' } | undefined {
  if (allWords.length < MIN_WORDS) return undefined;
  const fwD = FUNCTION_WORDS.get(doc);
  let docFw = 0;
  if (fwD) for (const w of allWords) if (fwD.has(w.lower)) docFw++;
  // Fast path: plenty of the document language's function words; franc is not needed.
  if (fwD && docFw >= 2 && docFw / allWords.length >= 0.2) return undefined;
  // Second fast path, exact: the tests below need at least two function words of a foreign
  // language with a list, or (for a foreign language without one) no document function words.
  // When neither can hold, franc cannot change the answer.
  const foreignFw = maxForeignFunctionWords(allWords, doc, sameOrClose);
  // Letters the document language's alphabet does not have (і ї є in a Russian article).
  const alien = alienLetters(plain, allWords, doc, docScript);
  const alphabetEvidence = alien.letters >= ALIEN_MIN_LETTERS && alien.words >= 2 && alien.letters >= ALIEN_MIN_SHARE * alien.total;
  if (!alphabetEvidence && foreignFw < 2 && (!fwD || docFw > 0 || allWords.length < NO_LIST_MIN_WORDS)) return undefined;
  let words = allWords;
  let det = detectLanguage(plain.slice(from, to), cands);
  if (det.language && !sameOrClose(det.language, doc) && !CAPITALISES_NOUNS.has(det.language) && !CAPITALISES_NOUNS.has(doc)) {
    // Names and titles (runs of capitalised words: "Alliance of Democratic Forces for the
    // Liberation of Congo", "Nicolase Sarkozyho") say nothing about the sentence's language:
    // judge what is left. (Not when either language is German, where every noun is capitalised.)
    words = withoutNames(allWords);
    if (words.length < MIN_WORDS) return undefined;
    if (words !== allWords) det = detectLanguage(textOf(plain, from, to, words), cands);
  }
  const n = words.length;
  const x = det.language;
  if (!x || det.script !== docScript || sameOrClose(x, doc)) return undefined;
  const sx = scoreOf(det, x)!;
  const sd = scoreOf(det, doc);
  const margin = sd === undefined ? 1 : sx - sd;
  const fwX = FUNCTION_WORDS.get(x);
  let xOnly = 0;
  let dOnly = 0;
  for (const w of words) {
    const inX = fwX?.has(w.lower) ?? false;
    const inD = fwD?.has(w.lower) ?? false;
    if (inX && !inD) xOnly++;
    else if (inD && !inX) dOnly++;
  }
  const minMargin = level === 'paragraph' && n >= 20 ? 0.06 : level === 'passage' ? 0.12 : 0.1;
  if (margin < minMargin) return undefined;
  let fwOk = false;
  if (fwX && fwD) fwOk = xOnly >= 2 && xOnly >= 3 * dOnly && dOnly / n <= 0.1;
  // Document language without a list: the foreign function words must be plentiful.
  else if (fwX) fwOk = xOnly / n >= 0.2 && margin >= 0.15;
  // Foreign language without a list: no document function words at all, clear margin.
  else if (fwD) fwOk = docFw === 0 && margin >= 0.2 && n >= NO_LIST_MIN_WORDS;
  if (fwOk) return { language: x, margin, evidence: 'function-words' };
  // Alphabet evidence: letters the document language does not have, which the detected
  // language does, in several words, with a clear margin and few document function words.
  if (alphabetEvidence && margin >= ALIEN_MIN_MARGIN && docFw <= ALIEN_MAX_DOC_FW * allWords.length && alphabetHas(x, docScript, alien.chars)) return { language: x, margin, evidence: 'alphabet' };
  return undefined;
}

/**
 * Can any sentence or clause of the block pass foreignLanguage's evidence gate? Each of the
 * gate's conditions is monotone in the words (a sentence or clause is a contiguous run of the
 * block's same-script words), so when the whole block cannot pass it, no part can, and the
 * block needs no sentence segmentation. The gate: at least two function words of one foreign
 * language, or ALIEN_MIN_LETTERS letters the document alphabet lacks in 2+ words, or (only
 * for a document language with a list) a run of NO_LIST_MIN_WORDS words without one of its
 * function words.
 */
function mayHaveForeignPart(plain: string, words: Word[], doc: string, docScript: Script): boolean {
  if (maxForeignFunctionWords(words, doc, sameOrClose) >= 2) return true;
  const alien = alienLetters(plain, words, doc, docScript);
  if (alien.letters >= ALIEN_MIN_LETTERS && alien.words >= 2) return true;
  const fwD = FUNCTION_WORDS.get(doc);
  if (!fwD) return false;
  let run = 0;
  for (const w of words) {
    run = fwD.has(w.lower) ? 0 : run + 1;
    if (run >= NO_LIST_MIN_WORDS) return true;
  }
  return false;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = sentenceSegmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('und', { granularity: 'sentence' });
    }
    sentenceSegmenters.set(lang, s);
  }
  return s;
}

function isClauseBreak(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x28 || c === 0x29;
}

/** Scripts that are native to a document language (Japanese mixes Han and Kana; Korean may use Han). */
function nativeScripts(doc: string): Script[] {
  if (doc === 'ja') return ['Han', 'Kana'];
  if (doc === 'ko') return ['Hangul', 'Han'];
  return [scriptOfLanguage(doc) ?? 'Latin'];
}

/** Minimum size of a run in another script to be reported (words, letters). */
export const MIN_RUN_WORDS = 5;
export const MIN_RUN_LETTERS = 15;

function crossScriptRuns(text: string, plain: string, words: Word[], native: Script[], doc: string, cands: Candidates): ForeignSpan[] {
  const out: ForeignSpan[] = [];
  let i = 0;
  while (i < words.length) {
    if (native.includes(words[i]!.script)) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    let upper = 0;
    let cased = 0;
    // A run: consecutive non-native words not interrupted by a native word or a line break.
    while (j < words.length && !native.includes(words[j]!.script)) {
      if (j > i && hasBreak(text, words[j - 1]!.end, words[j]!.start)) break;
      letters += words[j]!.end - words[j]!.start;
      const w = words[j]!;
      if (w.script === 'Latin' || w.script === 'Cyrillic' || w.script === 'Greek' || w.script === 'Armenian' || w.script === 'Georgian') {
        cased++;
        if (w.upper) upper++;
      }
      j++;
    }
    const start = words[i]!.start;
    const end = words[j - 1]!.end;
    // CJK and Thai write no spaces: count letters/2 as words there.
    const cjk = words[i]!.script === 'Han' || words[i]!.script === 'Kana' || words[i]!.script === 'Hangul' || words[i]!.script === 'Thai';
    const n = cjk ? Math.floor(letters / 2) : j - i;
    const namey = cased > 0 && upper / cased >= 0.5;
    if (n >= MIN_RUN_WORDS && letters >= MIN_RUN_LETTERS && !namey) {
      const det = detectLanguage(plain.slice(start, end), cands);
      // Serbian in Latin letters inside Serbian Cyrillic text is not a leftover.
      if (det.language && !sameOrClose(det.language, doc)) {
        const span: ForeignSpan = { start, end, language: det.language, kind: 'passage', by: 'script', words: n };
        if (!runLanguageIsStrong(det, words.slice(i, j))) span.tentative = true;
        out.push(span);
      }
    }
    i = j;
  }
  return out;
}

/** Least franc margin of a run's language over the best other (not close) candidate, with its function words. */
export const RUN_MIN_MARGIN = 0.05;
/** ...and on franc alone (6+ words, no 2 function words of another language). */
export const RUN_FRANC_MARGIN = 0.1;

/**
 * Is the language of a run in another script established, or only franc's guess on a few
 * words? The script proves the run is foreign, not which language it is in. Established: the
 * script decides the language (Greek, Hangul, kana...) or only one candidate has the script;
 * else franc's choice X must lead the best other candidate that is not a close relative, and
 * the words must not contradict it: either at least 2 function words of X, 3 times as many as
 * of any other language, and a lead of RUN_MIN_MARGIN; or at least MIN_WORDS words, a lead of
 * RUN_FRANC_MARGIN and no 2 function words of another language (Hindi against Marathi and
 * Nepali, Arabic against Persian, which have no lists, lead by 0.12-0.3 on a sentence).
 * "protests. persons. August 9. the people" in a Japanese article is foreign, but franc's
 * "French" (0.06 ahead of Catalan, one English function word) is a guess: tentative.
 */
function runLanguageIsStrong(det: Detection, words: Word[]): boolean {
  if (det.by !== 'franc') return true;
  const x = det.ranking[0]![0];
  const sx = det.ranking[0]![1];
  let other: number | undefined;
  for (const [t, sc] of det.ranking) if (!sameOrClose(t, x)) other = Math.max(other ?? -Infinity, sc);
  const margin = other === undefined ? 1 : sx - other;
  const foreign = maxForeignFunctionWords(words, x, sameOrClose);
  const fwX = FUNCTION_WORDS.get(x);
  let own = 0;
  if (fwX) for (const w of words) if (fwX.has(w.lower)) own++;
  if (own >= 2 && own >= 3 * foreign && margin >= RUN_MIN_MARGIN) return true;
  return words.length >= MIN_WORDS && margin >= RUN_FRANC_MARGIN && foreign < 2;
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The short quotations and the words of a block text, for foreignWords and alienWords (the last text read). */
let lastQW: { text: string; quotes: [number, number][]; words: Word[] } | undefined;
function quotesAndWords(text: string): { quotes: [number, number][]; words: Word[] } {
  if (lastQW?.text !== text) lastQW = { text, quotes: shortQuotes(text), words: wordsOf(text, 0, text.length) };
  return lastQW;
}

/** A word or a few words in another script inside running text, or one word mixing look-alike alphabets. */
export interface ForeignWords {
  start: number;
  end: number;
  script: Script;
  words: number;
  /** One word whose letters come from two look-alike alphabets (Latin c in "cети"). */
  mixed?: true;
}

/** Alphabets with look-alike letters (a/а/α, c/с, o/о/ο, p/р/ρ …). */
const LOOKALIKE = new Set<Script>(['Latin', 'Cyrillic', 'Greek']);
/** Native words a block needs around a foreign word for it to be inside running text. */
const RUNNING_TEXT_WORDS = 4;

/**
 * Word-level leftovers that crossScriptRuns leaves alone (runs under MIN_RUN_WORDS words or
 * MIN_RUN_LETTERS letters): a Cyrillic, Han, kana, Devanagari, Arabic … word or two in running
 * text of another script ("the переговоры would continue"), and words mixing look-alike
 * alphabets. Left alone: quotations and brackets of up to SHORT_QUOTE_WORDS words (glosses,
 * titles: "(мир)", "«Мир»"); capitalised words of a cased script (names: "Путин"); Latin words
 * in a document of another script (brands, acronyms and borrowings are everywhere there);
 * single letters and two-letter Greek (π, μm, α-helix); blocks with fewer than
 * RUNNING_TEXT_WORDS words of the document's script.
 */
export function foreignWords(text: string, docLang: string): ForeignWords[] {
  const doc = baseTag(docLang);
  const native = nativeScripts(doc);
  // A quotation or bracket mostly in another script is a gloss, a name or a title; one mostly
  // in the document's language is running text, and a foreign word inside it is a leftover.
  const { quotes, words: all } = quotesAndWords(text);
  let words = all;
  if (quotes.length) {
    // Words inside each quotation, by a walk over the sorted ranges (linear).
    const glosses: [number, number][] = [];
    let k = 0;
    for (const [a, b] of quotes) {
      while (k < words.length && words[k]!.start <= a) k++;
      let own = 0;
      let foreign = 0;
      for (let m = k; m < words.length && words[m]!.end <= b; m++) native.includes(words[m]!.script) ? own++ : foreign++;
      if (foreign >= own) glosses.push([a, b]);
    }
    if (glosses.length) {
      const plain = blank(text, glosses);
      words = wordsOf(plain, 0, plain.length);
    }
  }
  if (words.filter((w) => native.includes(w.script)).length < RUNNING_TEXT_WORDS) return [];
  const out: ForeignWords[] = [];
  // Mixed words: two letter runs of look-alike alphabets with nothing between them.
  const inMixed = new Set<number>();
  for (let k = 0; k + 1 < words.length; k++) {
    let m = k;
    while (m + 1 < words.length && words[m + 1]!.start === words[m]!.end && words[m + 1]!.script !== words[m]!.script && LOOKALIKE.has(words[m]!.script) && LOOKALIKE.has(words[m + 1]!.script)) m++;
    if (m === k) continue;
    const start = words[k]!.start;
    const end = words[m]!.end;
    if (end - start >= 3 && !/\d/.test(text.slice(start, end))) {
      out.push({ start, end, script: words[k]!.script === native[0] ? words[m]!.script : words[k]!.script, words: 1, mixed: true });
      for (let x = k; x <= m; x++) inMixed.add(x);
    }
    k = m;
  }
  let i = 0;
  while (i < words.length) {
    if (native.includes(words[i]!.script) || inMixed.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && !native.includes(words[j]!.script) && !inMixed.has(j) && (j === i || !hasBreak(text, words[j - 1]!.end, words[j]!.start))) j++;
    const run = words.slice(i, j);
    i = j;
    const script = run[0]!.script;
    // One script, or Japanese (Han and kana written together: 話し合い).
    if (run.some((w) => w.script !== script) && !run.every((w) => w.script === 'Han' || w.script === 'Kana')) continue;
    const letters = run.reduce((n, w) => n + (w.end - w.start), 0);
    const cjk = script === 'Han' || script === 'Kana' || script === 'Hangul' || script === 'Thai';
    const n = cjk ? Math.floor(letters / 2) : run.length;
    // What crossScriptRuns reports itself.
    if (n >= MIN_RUN_WORDS && letters >= MIN_RUN_LETTERS) continue;
    if (script === 'Latin' && native[0] !== 'Latin') continue;
    if (letters < 2 || (script === 'Greek' && run.every((w) => w.end - w.start <= 2))) continue;
    if (LOOKALIKE.has(script) || script === 'Armenian' || script === 'Georgian') {
      if (run.some((w) => w.upper)) continue; // a name
    }
    out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, script, words: n });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The accented letters Latin-script languages keep in loanwords (café, naïve, jalapeño, façade,
 * smörgåsbord, œuvre): Latin-1 (and its º, ª) and œ. A lower-case word with a letter beyond them and beyond the
 * document alphabet — "ważna", "svarbūs", "değil", "řekl" in English — is a word of another
 * language: Polish, Lithuanian, Turkish, Czech leftovers that share the document's script.
 */
const LOAN_LETTERS = 'œ';

export interface AlienWord {
  start: number;
  end: number;
  /** The word's letters that the document alphabet and loan spellings lack. */
  letters: string;
  /** Languages whose alphabet has them all (empty: none known). */
  languages: string[];
}

/** The languages written in Latin script, from the packs. */
const LATIN_ALPHABETS = [...new Set(PACKS.filter((p) => p.detection?.some((d) => d.script === 'Latin')).map((p) => p.tag))];

/**
 * Lower-case words of running text in the document's Latin script with letters the document
 * alphabet and loan spellings lack. Words in quotation marks or brackets (a gloss, a quoted
 * term) and capitalised words (names keep their spelling: Wałęsa, Šimonytė) are left out.
 */
export function alienWords(text: string, docLang: string): AlienWord[] {
  const doc = baseTag(docLang);
  const a = alphabetOf(doc, 'Latin');
  if (!a || nativeScripts(doc)[0] !== 'Latin') return [];
  const { quotes, words } = quotesAndWords(text);
  if (words.filter((w) => w.script === 'Latin').length < RUNNING_TEXT_WORDS) return [];
  const out: AlienWord[] = [];
  let q = 0;
  for (const w of words) {
    if (w.upper || w.script !== 'Latin' || w.end - w.start < 2) continue;
    // Inside a quotation or bracket (ranges sorted and apart): a gloss.
    while (q < quotes.length && quotes[q]![1] <= w.start) q++;
    const qq = quotes[q];
    if (qq && qq[0] <= w.start && w.end <= qq[1]) continue;
    let letters = '';
    for (const ch of w.lower) {
      const c = ch.charCodeAt(0);
      if (c <= 0xff || isMark(c) || a.letters.includes(ch) || LOAN_LETTERS.includes(ch) || scriptOf(c) !== 'Latin') continue;
      if (!letters.includes(ch)) letters += ch;
    }
    if (!letters) continue;
    out.push({ start: w.start, end: w.end, letters, languages: LATIN_ALPHABETS.filter((l) => l !== doc && alphabetHas(l, 'Latin', letters)) });
  }
  return out;
}

/**
 * Ranges quoted with single marks ('…', ‘…’) of up to SHORT_QUOTE_WORDS words: the opening mark
 * after a space, a bracket or the start and before a letter, the closing one after a letter or a
 * full stop and before a space or punctuation (apostrophes inside words are neither).
 */
function singleQuoted(text: string): [number, number][] {
  const out: [number, number][] = [];
  const isLetter = (c: number) => !Number.isNaN(c) && scriptOf(c) !== undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x27 && c !== 0x2018) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    if (isLetter(before) || !isLetter(text.charCodeAt(i + 1))) continue;
    let words = 1;
    for (let j = i + 2; j < Math.min(text.length, i + 160); j++) {
      const d = text.charCodeAt(j);
      if ((d === 0x27 || d === 0x2019) && !isLetter(text.charCodeAt(j + 1))) {
        out.push([i, j + 1]);
        i = j;
        break;
      }
      if (d === 0x20 && ++words > SHORT_QUOTE_WORDS) break;
    }
  }
  return out;
}

/** Sorted, merged ranges. */
function mergeRanges(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Words of another language's common list left in running text of a language with a complete
 * list ("the government sehr criticised" in English): lexicon.ts. Quotations, brackets and
 * single-quoted terms are glosses and stay out.
 */
export function lexiconWords(text: string, docLang: string, sourceLangs: readonly string[]): LexiconLeftover[] {
  const doc = baseTag(docLang);
  if (!hasLexicon(doc)) return [];
  const { quotes, words } = quotesAndWords(text);
  if (words.length < RUNNING_TEXT_WORDS) return [];
  const sources = sourceLangs.map((l) => baseTag(l));
  if (!worthScanning(doc, words, sources)) return [];
  return lexiconLeftovers(text, doc, words, mergeRanges(quotes, singleQuoted(text)), sources);
}

/** Analyses one block's text (masked prose) against the document language `docLang`. */
/** Counters for benchmarks: blocks analysed, and those that needed sentence segmentation. */
export const spanStats = { blocks: 0, segmented: 0 };

export function analyseBlockUncached(text: string, docLang: string, cands: Candidates): BlockAnalysis {
  spanStats.blocks++;
  const doc = baseTag(docLang);
  const plain = blank(text, shortQuotes(text));
  const words = wordsOf(plain, 0, plain.length);
  const native = nativeScripts(doc);
  const docScript = native[0]!;
  const spans: ForeignSpan[] = [];
  if (words.length === 0) return { spans };

  // 1. Runs in another script (a Cyrillic paragraph in an English article, an English
  // sentence in a Japanese one).
  const runs = crossScriptRuns(text, plain, words, native, doc, cands);

  // 2. Same script, other language: the paragraph, else its sentences, else clauses.
  const sameScript = words.filter((w) => w.script === docScript);
  // Most blocks cannot pass the evidence gate anywhere: no franc, no sentence segmentation.
  const possible = sameScript.length >= MIN_WORDS && mayHaveForeignPart(plain, sameScript, doc, docScript);
  const whole = possible ? foreignLanguage(plain, 0, plain.length, sameScript, doc, docScript, cands, 'paragraph') : undefined;
  if (whole) {
    const a = sameScript[0]!.start;
    const b = sameScript[sameScript.length - 1]!.end;
    spans.push({ start: a, end: b, language: whole.language, kind: 'paragraph', by: 'franc', words: sameScript.length, margin: whole.margin, evidence: whole.evidence });
  } else if (possible) {
    spanStats.segmented++;
    const seg = sentenceSegmenter(doc);
    let wi = 0;
    for (const s of segments(seg, plain, 'sentence')) {
      const from = s.index;
      const to = s.index + s.segment.length;
      while (wi < words.length && words[wi]!.start < from) wi++;
      const sw: Word[] = [];
      let wj = wi;
      while (wj < words.length && words[wj]!.start < to) {
        if (words[wj]!.script === docScript) sw.push(words[wj]!);
        wj++;
      }
      wi = wj;
      if (sw.length < MIN_WORDS) continue;
      const f = foreignLanguage(plain, from, to, sw, doc, docScript, cands, 'sentence');
      if (f) {
        spans.push({ start: sw[0]!.start, end: sw[sw.length - 1]!.end, language: f.language, kind: 'sentence', by: 'franc', words: sw.length, margin: f.margin, evidence: f.evidence });
        continue;
      }
      if (sw.length < 2 * MIN_WORDS) continue;
      // Clauses of a long sentence: split at , ; : dashes and parentheses.
      let cs = 0;
      let cw: Word[] = [];
      let k = 0;
      for (let p = from; p <= to; p++) {
        if (p < to && !isClauseBreak(plain.charCodeAt(p))) continue;
        cw = [];
        while (k < sw.length && sw[k]!.start < p) {
          if (sw[k]!.start >= cs) cw.push(sw[k]!);
          k++;
        }
        if (cw.length >= MIN_WORDS) {
          const fc = foreignLanguage(plain, cs, p, cw, doc, docScript, cands, 'passage');
          if (fc) spans.push({ start: cw[0]!.start, end: cw[cw.length - 1]!.end, language: fc.language, kind: 'passage', by: 'franc', words: cw.length, margin: fc.margin, evidence: fc.evidence });
        }
        cs = p + 1;
      }
    }
  }
  for (const r of runs) spans.push(r);
  spans.sort((a, b) => a.start - b.start);
  return { spans: merge(text, spans, words) };
}

/** Merges adjacent spans of one language (separated by punctuation and spaces only); a span covering all words becomes the paragraph. */
function merge(text: string, spans: ForeignSpan[], words: Word[]): ForeignSpan[] {
  const out: ForeignSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.language === s.language && last.by === s.by && s.start >= last.end && !hasLetter(text, last.end, s.start)) {
      const merged: ForeignSpan = { ...last, end: Math.max(last.end, s.end), words: last.words + s.words, kind: last.kind === 'passage' && s.kind === 'passage' ? 'passage' : 'sentence' };
      // One run with established language makes the merged span's language established.
      if (!s.tentative) delete merged.tentative;
      out[out.length - 1] = merged;
    } else if (!last || s.start >= last.end) out.push(s);
  }
  if (out.length === 1 && words.length > 0 && out[0]!.start <= words[0]!.start && out[0]!.end >= words[words.length - 1]!.end) out[0] = { ...out[0]!, kind: 'paragraph' };
  return out;
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (scriptOf(text.charCodeAt(k)) !== undefined) return true;
  return false;
}

/**
 * Cached analyses: one LRU keyed by the block text itself (kept as given: see detect.ts), an
 * analysis per (document language, candidate set), bounded by characters.
 */
const ANALYSIS_CACHE_CHARS = 4_000_000;
const analysisCache = new KeyedTextCache<BlockAnalysis>(ANALYSIS_CACHE_CHARS, 300);

/** Forgets cached block analyses (benchmarks measure cold caches with it). */
export function clearAnalysisCache(): void {
  analysisCache.clear();
}

export function analyseBlock(text: string, docLang: string, cands: Candidates): BlockAnalysis {
  const key = baseTag(docLang) + '\u0000' + cands.key;
  let a = analysisCache.get(text, key);
  if (!a) {
    a = analyseBlockUncached(text, docLang, cands);
    analysisCache.set(text, key, a);
  }
  return a;
}

export { countScripts, dominantScript };
