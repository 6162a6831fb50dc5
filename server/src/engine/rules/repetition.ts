/**
 * repetition: doubled words ("the the"), doubled phrases ("i write i write") and doubled
 * coordination ("sensitive and sensitive"), case-insensitive, across line breaks within a
 * paragraph, with per-language allow-lists (data/repetition.ts).
 */
import { findLoops } from '../bilingual/loops';
import { defineRule, type RuleFinding } from '../rule';
import { ITERATIVE_ENDINGS, REDUPLICATED_NAMES, REDUPLICATING_LANGUAGES, REPETITION, UNSPACED_LANGUAGES, type RepetitionData } from '../data/repetition';
import { baseLanguage } from '../lang/index';
import type { Block, Token } from '../types';
import { isSpace } from '../segment';
import { groupByLanguage } from '../languages/index';
import { monthNames } from '../lang/months';
import { closedClassWords } from '../lang/function-words';
import { PUNCTUATION } from '../data/punctuation';

const EMPTY: RepetitionData = { pairs: [], runs: [], conjunctions: [], coordination: [] };
const MAX_PHRASE = 6;
/** The longest passage (tokens, punctuation included) looked for as repeated back to back. */
const MAX_PASSAGE = 48;
const SEPARATORS = new Set([',', ';', '.', '!', '?', '、', '，', '。', '；']);
const SENTENCE_END = new Set(['.', '!', '?', '。']);

/**
 * A passage of tokens starting at `i` followed at once by its copy: `n` tokens in the first
 * (it may end with a separator: ",", ".", ";"), `m` in the copy (n, or n − 1 without the
 * separator). Words compared case-insensitively; at least three words, not all of them
 * reduplication words ("ha, ha, ha").
 */
/** For each token, the index of the next token with the same lower-case form (−1: none). */
function nextSameIndex(tokens: readonly Token[]): Int32Array {
  const next = new Int32Array(tokens.length).fill(-1);
  const last = new Map<string, number>();
  for (let k = tokens.length - 1; k >= 0; k--) {
    const l = tokens[k]!.lower;
    const j = last.get(l);
    if (j !== undefined) next[k] = j;
    last.set(l, k);
  }
  return next;
}

function passageLoop(tokens: readonly Token[], i: number, s: LangSets, nextSame: Int32Array): { n: number; m: number } | undefined {
  // Only the lengths at which the first word comes back are candidates.
  for (let j = nextSame[i]!; j !== -1 && j - i <= MAX_PASSAGE; j = nextSame[j]!) {
    const n = j - i;
    if (n < 3) continue;
    if (i + 2 * n - 1 > tokens.length) break;
    const sepEnd = SEPARATORS.has(tokens[i + n - 1]!.text);
    const m = sepEnd ? n - 1 : n;
    let words = 0;
    let allRuns = true;
    let same = true;
    for (let k = 0; k < m && same; k++) {
      const x = tokens[i + k]!;
      const y = tokens[i + n + k];
      if (!y || x.lower !== y.lower || x.isWord !== y.isWord) same = false;
      else if (x.isWord) {
        words++;
        if (!s.runs.has(x.lower)) allRuns = false;
      }
    }
    if (!same) continue;
    // The shortest repeating unit decides: too short ("xy xy. xy xy."), reduplication, or a
    // doubled phrase without punctuation (2. above) or coordination ("and X and X") is not a
    // passage, and neither is a multiple of it.
    if (words < 3 || allRuns) return undefined;
    if (!sepEnd && words <= MAX_PHRASE && words === m) return undefined;
    // Across a sentence end the copy must be a whole sentence: a sentence that ends on a term and
    // a next one that starts with it is style ("… 分類法。分類法於 …", "… the method. The method was …").
    if (sepEnd && SENTENCE_END.has(tokens[i + n - 1]!.text) && tokens[i + n + m]?.text !== tokens[i + n - 1]!.text) continue;
    // An exclamation or a question said again ("The British are coming! The British are coming!",
    // "Prenda la mia mano! Prenda la mia mano!") is a cry or an insistence, not a decoder loop.
    if (sepEnd && (tokens[i + n - 1]!.text === '!' || tokens[i + n - 1]!.text === '?')) return undefined;
    // Further copies ("A, B, A, B, A, B"): the finding covers them all, so one fix removes them all.
    let end = i + n + m;
    for (;;) {
      if (sepEnd ? tokens[end]?.text !== tokens[i + n - 1]!.text : false) break;
      const at = sepEnd ? end + 1 : end;
      let again = true;
      for (let k = 0; k < m && again; k++) if (tokens[at + k]?.lower !== tokens[i + k]!.lower) again = false;
      if (!again) break;
      end = at + m;
    }
    // "nobody who waits for us, waits for us": the first of two copies ends a relative clause.
    const before = tokens[i - 1];
    if (end === i + n + m && before && s.rel.has(before.lower) && !(sepEnd && SENTENCE_END.has(tokens[i + n - 1]!.text))) continue;
    return { n, m: end - (i + n) };
  }
  return undefined;
}

interface LangSets {
  pairs: Set<string>;
  runs: Set<string>;
  conj: Set<string>;
  coord: Set<string>;
  mid: Set<string>;
  rel: Set<string>;
  intensive: boolean;
  /** Verb endings: a doubled verb form is no intensive. */
  verbEndings: readonly string[];
  clauseVerbs?: { relatives: ReadonlySet<string>; notVerbs: ReadonlySet<string>; notAfter: ReadonlySet<string> };
  modals: ReadonlySet<string>;
  naming: ReadonlySet<string>;
  neverNames?: ReadonlySet<string>;
  pairsNotBefore: ReadonlyMap<string, ReadonlySet<string>>;
  pairsAfter: ReadonlyMap<string, ReadonlySet<string>>;
  iterative?: { endings: RegExp; except: RegExp; before: ReadonlySet<string> };
  comparatives?: { ending: string; minLength: number };
  negations: ReadonlySet<string>;
}
const setCache = new Map<string, LangSets>();
function sets(lang: string): LangSets {
  let s = setCache.get(lang);
  if (!s) {
    const d = REPETITION[lang] ?? EMPTY;
    s = { pairs: new Set(d.pairs), runs: new Set(d.runs), conj: new Set(d.conjunctions), coord: new Set(d.coordination), mid: new Set(d.midSentencePairs ?? []), rel: new Set(d.relatives ?? []), intensive: d.intensiveReduplication === true,
      verbEndings: d.verbEndings ?? [],
      clauseVerbs: d.clauseVerbs && { relatives: new Set(d.clauseVerbs.relatives), notVerbs: new Set(d.clauseVerbs.notVerbs), notAfter: new Set(d.clauseVerbs.notAfter) },
      modals: new Set(d.modalsBeforeNames ?? []),
      naming: new Set(d.namingVerbs ?? []),
      neverNames: d.neverNames && new Set(d.neverNames),
      pairsNotBefore: new Map(Object.entries(d.pairsNotBefore ?? {}).map(([w, after]) => [w, new Set(after)])),
      pairsAfter: new Map(Object.entries(d.pairsAfter ?? {}).map(([w, before]) => [w, new Set(before)])),
      iterative: d.iterativeByPosition && { endings: new RegExp(d.iterativeByPosition.endings, 'u'), except: new RegExp(d.iterativeByPosition.except, 'u'), before: new Set(d.iterativeByPosition.before) },
      comparatives: d.comparatives,
      negations: new Set(d.negations ?? []) };
    setCache.set(lang, s);
  }
  return s;
}

/** Only whitespace (incl. line breaks) between two tokens. */
function onlySpaceBetween(block: Block, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) if (!isSpace(block.text[i - block.start]!)) return false;
  return true;
}

function isNumber(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function isCapitalised(t: Token): boolean {
  const c = t.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * A number written twice ("in 2016 2016", "25 25 people") that is not part of a longer run of
 * numbers (a table row, a phone number, scores): no number word right before or after. One digit
 * twice is a score or list items ("3 3 at half time") unless a month name follows: a day ("on 1
 * 1 October").
 */
function loneNumberPair(block: Block, tokens: Token[], i: number, lang: string): boolean {
  if (tokens[i]!.text.length < 2) {
    let k = i + 1;
    while (tokens[k]?.isWord && tokens[k]!.lower === tokens[i]!.lower) k++;
    while (tokens[k] && !tokens[k]!.isWord) k++;
    if (!tokens[k] || !monthNames(lang).has(tokens[k]!.lower)) return false;
  }
  const prev = tokens[i - 1];
  if (prev && prev.isWord && isNumber(prev)) return false;
  let j = i + 1;
  while (tokens[j + 1]?.isWord && tokens[j + 1]!.lower === tokens[i]!.lower) j++;
  // Another number right after, or after a conjunction: a list ("200 200 and 300", "6.45 6.45 і 7.10").
  const after: Token[] = [];
  for (let k = j + 1; k < tokens.length && after.length < 2; k++) if (tokens[k]!.isWord) after.push(tokens[k]!);
  if (after[0] && (isNumber(after[0]) || (LIST_CONJUNCTIONS.has(after[0].lower) && after[1] && isNumber(after[1])))) return false;
  // Separators glued to the numbers make them part of a larger quantity or code ("1.5 5",
  // "35 35,000", "3/4 4"); a comma or full stop that ends the clause does not.
  const at = (k: number) => block.text[k - block.start];
  const before = at(tokens[i]!.start - 1);
  const after1 = at(tokens[j]!.end);
  const after2 = at(tokens[j]!.end + 1);
  if (before !== undefined && /[\d.,:/\-]/.test(before)) return false;
  if (after1 !== undefined && (/[\d/\-]/.test(after1) || (/[.,:]/.test(after1) && after2 !== undefined && /\d/.test(after2)))) return false;
  return true;
}

/** Words that join the items of a list of numbers ("200 200 and 300"): every pack's coordinating conjunctions. */
const LIST_CONJUNCTIONS = new Set([...Object.values(REPETITION).flatMap((r) => r.conjunctions), ...Object.values(PUNCTUATION).flatMap((p) => p.conjunctions)]);

/** Part of a hyphenated or apostrophised compound: "Foo-bar bar", "Jean-Jean". */
function gluedToPrevious(block: Block, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && !prev.isWord && prev.end === tokens[i]!.start && (prev.text === '-' || prev.text === '‐' || prev.text === '/') && i >= 2 && tokens[i - 2]!.end === prev.start;
}
function gluedToNext(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !next.isWord && next.start === tokens[i]!.end && (next.text === '-' || next.text === '‐' || next.text === '/');
}

/** First token of the sentence holding token `tokenIndex` (binary search: sentences are in order). */
function sentenceStartIndex(block: Block, tokenIndex: number): number {
  const ss = block.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (tokenIndex < s.firstToken) hi = mid - 1;
    else if (tokenIndex >= s.endToken) lo = mid + 1;
    else return s.firstToken;
  }
  return 0;
}

export const repetitionRule = defineRule({
  meta: {
    id: 'repetition',
    category: 'repetition',
    defaultSeverity: 'warning',
    description: 'Doubled words, doubled phrases and doubled coordination ("the the", "sensitive and sensitive")',
    fixable: true,
  },
  checkBlock(block, ctx) {
    const lang = baseLanguage(ctx.language);
    const s = sets(lang);
    const tokens = block.tokens;
    const out: RuleFinding[] = [];
    const text = (from: number, to: number) => block.text.slice(from - block.start, to - block.start);
    let coveredUntil = -1; // token index up to which findings already cover (no overlapping findings)
    // The copies of a repeated passage [copiesFrom, copiesTo): reported as one; the first copy is
    // still read for doubled words (so one pass of fixes cleans both).
    let copiesFrom = Infinity;
    let copiesTo = -1;
    let nextSame: Int32Array | undefined;

    const reduplicating = REDUPLICATING_LANGUAGES.has(lang);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i]!;
      if (i >= copiesFrom && i < copiesTo) {
        i = copiesTo - 1;
        continue;
      }
      if (!a.isWord || i <= coveredUntil) continue;

      // 1. Doubled single word.
      const b = tokens[i + 1]!;
      // Where doubling a word is grammar, a word three times or more is still a slip or a loop.
      const third = tokens[i + 2];
      const thrice = reduplicating && !UNSPACED_LANGUAGES.has(lang) && third !== undefined && third.isWord && third.lower === a.lower && onlySpaceBetween(block, b, third);
      if ((!reduplicating || thrice) && b.isWord && a.lower === b.lower && onlySpaceBetween(block, a, b) && (!isNumber(a) || loneNumberPair(block, tokens, i, lang)) && !gluedToPrevious(block, tokens, i) && !gluedToNext(tokens, i + 1)) {
        // How long is the run of this word?
        let j = i + 1;
        while (j + 1 < tokens.length && tokens[j + 1]!.isWord && tokens[j + 1]!.lower === a.lower && onlySpaceBetween(block, tokens[j]!, tokens[j + 1]!)) j++;
        const runLength = j - i + 1;
        const sentenceInitial = sentenceStartIndex(block, i) === i;
        let allowed = s.runs.has(a.lower) || (runLength === 2 && s.pairs.has(a.lower)) || (runLength === 2 && s.mid.has(a.lower) && !sentenceInitial);
        // Different capitalisation mid-sentence: a name or noun and a verb ("the month of May may",
        // German "sein Leben leben", "Essen essen").
        if (!sentenceInitial && a.text.length > 1 && isCapitalised(a) && !isCapitalised(b)) allowed = true;
        // Letter-spaced words: "b a s i c a l l y".
        if (a.text.length === 1 && i > 0 && tokens[i - 1]!.isWord && tokens[i - 1]!.text.length === 1) allowed = true;
        // A noun and its name after a verb of naming and a determiner: "Warum heißt der Trabi
        // Trabi?", "Warum nennt man den Döner Döner?" (the pack's namingVerbs).
        if (runLength === 2 && s.naming.size && isCapitalised(a) && namedAfter(tokens, i, s.naming, closedClassWords(lang))) allowed = true;
        // A pair that is grammar, but not before these words: English "that that" before a determiner ("confident that that this administration").
        if (runLength === 2 && s.pairsNotBefore.get(a.lower)?.has(tokens[j + 1]?.lower ?? '')) allowed = false;
        // A pair that is grammar after these words: English "told you you were" (object, then the clause's subject).
        const prev = tokens[i - 1];
        if (runLength === 2 && prev?.isWord && onlySpaceBetween(block, prev, a) && s.pairsAfter.get(a.lower)?.has(prev.lower)) allowed = true;
        // A capitalised word written twice: a name that is one word twice ("Duran Duran", "Bora
        // Bora", REDUPLICATED_NAMES), or inside a title in title case ("Really Really Love You");
        // otherwise a slip, above all inside a longer name ("New York York", "Joe Biden Biden").
        if (isCapitalised(a) && isCapitalised(b) && a.text !== a.text.toUpperCase()) {
          // A double that is fine in lower case is fine in a title ("Really Really Love You");
          // English questions put a modal before a name ("Will Will come?").
          // (a title in English inside text of another language too: «Really Really Love You»).
          const next = tokens[j + 1];
          const titleCase = next !== undefined && next.isWord && isCapitalised(next);
          const en = sets('en');
          const inTitle = s.runs.has(a.lower) || s.pairs.has(a.lower) || (titleCase && (en.runs.has(a.lower) || en.pairs.has(a.lower)));
          const modalFirst = sentenceInitial && runLength === 2 && s.modals.has(a.lower);
          if (inTitle || modalFirst || REDUPLICATED_NAMES.has(a.lower)) allowed = true;
        }
        if (a.text.length > 1 && a.text === a.text.toUpperCase() && b.text !== b.text.toUpperCase() && isCapitalised(b)) allowed = true; // "DURAN Duran"
        // Intensifying iteration of a content word ("piano piano", "brutta brutta"), where the language has it.
        if (s.intensive && runLength === 2 && (!isCapitalised(a) || (sentenceInitial && !isCapitalised(b))) && !isNumber(a) && !closedClassWords(lang).has(a.lower) && !s.verbEndings.some((e) => a.lower.length >= e.length + 2 && a.lower.endsWith(e))) allowed = true;
        // A verb ending a relative or free relative clause followed by the same verb of the main
        // clause ("What she did did not help", "Whoever wins wins", "Everyone who came came by
        // bus", "What it is is …"), where the language says how (clauseVerbs).
        const cv = s.clauseVerbs;
        if (cv && runLength === 2 && !sentenceInitial && !isCapitalised(a) && !isNumber(a) && !cv.notVerbs.has(a.lower) && relativeBefore(tokens, i, sentenceStartIndex(block, i), cv)) allowed = true;
        // A sentence-initial capitalised name followed by the same word as a verb or modal ("Will will", "May may").
        if (s.neverNames && sentenceInitial && isCapitalised(a) && !isCapitalised(b) && !s.neverNames.has(a.lower)) allowed = true;
        if (!allowed) {
          const first = runLength >= 3 && (s.pairs.has(a.lower) || s.mid.has(a.lower)) ? i + 1 : i;
          const from = tokens[first]!;
          const last = tokens[j]!;
          const dup = tokens[first + 1]!;
          out.push({
            start: from.start,
            end: last.end,
            message: `“${text(from.start, dup.end).replace(/\s+/g, ' ')}”: the word “${dup.text}” is doubled. Remove the repetition.`,
            fixes: [{ title: `Remove the repeated “${dup.text}”`, edits: [{ start: from.end, end: last.end, newText: '' }], safe: true }],
            data: { kind: 'word', word: a.lower },
          });
          coveredUntil = j;
          i = j;
          continue;
        }
        coveredUntil = j;
        i = j;
        continue;
      }

      // 2. Doubled phrase of 2..6 words: "i write i write", "is an echo is an echo".
      let phraseFound = false;
      for (let n = 2; n <= MAX_PHRASE && i + 2 * n <= tokens.length; n++) {
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const x = tokens[i + k]!;
          const y = tokens[i + n + k]!;
          if (!x.isWord || !y.isWord || x.lower !== y.lower) ok = false;
          else if (k + 1 < n && !onlySpaceBetween(block, x, tokens[i + k + 1]!)) ok = false;
        }
        if (!ok || !onlySpaceBetween(block, tokens[i + n - 1]!, tokens[i + n]!)) continue;
        if (reduplicating) continue;
        // "X and X and X" is doubled coordination (3. below), which removes every repetition at once.
        if (s.conj.has(tokens[i + 1]!.lower) && tokens[i + 2]?.lower === a.lower) break;
        // "nobody who waits for us waits for us": the first copy ends a relative clause.
        const p1 = tokens[i - 1];
        if (p1 && s.rel.has(p1.lower) && sentenceStartIndex(block, i - 1) !== i - 1) continue;
        const from = tokens[i]!;
        const firstEnd = tokens[i + n - 1]!;
        // Every word of the phrase allowed as a run (e.g. "ha ha ha ha") → not a defect.
        if (tokens.slice(i, i + n).every((t) => s.runs.has(t.lower))) continue;
        // "and more and more", "und mehr und mehr": a conjunction before coordination that is grammar.
        if (n === 2 && s.conj.has(from.lower) && coordinationIsGrammar(tokens[i + 1]!, lang, s, tokens[i + 4])) continue;
        // Further copies ("a b a b a b"): one fix removes them all.
        let copies = 2;
        for (;;) {
          const at = i + copies * n;
          if (at + n > tokens.length || !onlySpaceBetween(block, tokens[at - 1]!, tokens[at]!)) break;
          let same = true;
          for (let k = 0; k < n && same; k++) {
            const y = tokens[at + k]!;
            if (!y.isWord || y.lower !== tokens[i + k]!.lower || (k + 1 < n && !onlySpaceBetween(block, y, tokens[at + k + 1]!))) same = false;
          }
          if (!same) break;
          copies++;
        }
        const last = tokens[i + copies * n - 1]!;
        out.push({
          start: from.start,
          end: last.end,
          message: `The phrase “${text(from.start, firstEnd.end).replace(/\s+/g, ' ')}” is repeated. Remove the repetition.`,
          fixes: [{ title: 'Remove the repeated phrase', edits: [{ start: firstEnd.end, end: last.end, newText: '' }], safe: true }],
          data: { kind: 'phrase' },
        });
        coveredUntil = i + copies * n - 1;
        i = coveredUntil;
        phraseFound = true;
        break;
      }
      if (phraseFound) continue;

      // 3. A passage repeated back to back across punctuation — a decoder loop: a list ("parks,
      // schools, hospitals, parks, schools, hospitals"), a clause after a comma, a sentence
      // written twice. At least three words; the copy may leave out the separator.
      const loop = i >= copiesTo ? passageLoop(tokens, i, s, (nextSame ??= nextSameIndex(tokens))) : undefined;
      if (loop) {
        const { n, m } = loop;
        const lastWordOfFirst = tokens[i + n - 1]!.isWord ? tokens[i + n - 1]! : tokens[i + n - 2]!;
        const last = tokens[i + n + m - 1]!;
        const shown = text(a.start, lastWordOfFirst.end).replace(/\s+/g, ' ');
        // On the copies (the passage itself is fine): as the source-aware loop finding is.
        out.push({
          start: tokens[i + n]!.start,
          end: last.end,
          message: `“${shown.length > 80 ? shown.slice(0, 77) + '…' : shown}” is written twice in a row. Remove the repetition.`,
          fixes: [{ title: 'Remove the repeated passage', edits: [{ start: lastWordOfFirst.end, end: last.end, newText: '' }], safe: true }],
          data: { kind: 'passage' },
        });
        copiesFrom = i + n;
        copiesTo = i + n + m;
      }

      // 4. Doubled coordination: "sensitive and sensitive".
      const conj = tokens[i + 1];
      const c = tokens[i + 2];
      if (conj && c && conj.isWord && c.isWord && s.conj.has(conj.lower) && a.lower === c.lower && onlySpaceBetween(block, a, conj) && onlySpaceBetween(block, conj, c)) {
        if (coordinationIsGrammar(a, lang, s, tokens[i + 3])) continue;
        // "may or may not", "heirate oder heirate nicht": the second copy negated, an alternative.
        if (tokens[i + 3]?.isWord && s.negations.has(tokens[i + 3]!.lower)) continue;
        // Two source synonyms rendered by one word are content words: a pronoun or another
        // closed-class word on both sides of "and" ends one clause and starts the next ("if you
        // hype it and it fails", "sie kam, und sie ging").
        if (closedClassWords(lang).has(a.lower)) continue;
        if (isCapitalised(a) && isCapitalised(c) && sentenceStartIndex(block, i) !== i) continue; // names: "Smith and Smith" (a firm)
        if (gluedToPrevious(block, tokens, i) || gluedToNext(tokens, i + 2)) continue;
        let endTok = i + 2;
        while (endTok + 2 < tokens.length && tokens[endTok + 1]!.lower === conj.lower && tokens[endTok + 2]!.lower === a.lower && tokens[endTok + 2]!.isWord && onlySpaceBetween(block, tokens[endTok]!, tokens[endTok + 1]!) && onlySpaceBetween(block, tokens[endTok + 1]!, tokens[endTok + 2]!) && !gluedToNext(tokens, endTok + 2)) endTok += 2;
        // Three or four copies ("we give and give and give", "ждали и ждали и ждали") are
        // iteration a writer chose; the slip of two synonyms makes two, and a decoder loop many
        // more ("sensitive and sensitive and …" twenty times): one fix removes every repetition.
        const copies = (endTok - i) / 2 + 1;
        if (copies === 3 || copies === 4) {
          coveredUntil = endTok;
          i = endTok;
          continue;
        }
        const lastC = tokens[endTok]!;
        out.push({
          start: a.start,
          end: lastC.end,
          message: `“${text(a.start, c.end).replace(/\s+/g, ' ')}” coordinates a word with itself — likely a machine-translation slip (two source synonyms rendered by one word). Keep one, or use a second, different word.`,
          fixes: [{ title: copies === 2 ? `Remove “ ${conj.text} ${c.text}”` : `Remove the repeated “ ${conj.text} ${c.text}”`, edits: [{ start: a.end, end: lastC.end, newText: '' }], safe: true }],
          data: { kind: 'coordination', word: a.lower },
        });
        coveredUntil = endTok;
        i = endTok;
      }
    }
    return out;
  },
  // With the source: a phrase repeated within a sentence where the source says it once (a loop).
  checkPair(view) {
    return findLoops(view);
  },
});

const spelledCache = new Map<string, Set<string>>();
/** The language's spelled numbers (its pack's `numbers.spelled`): "one and one", "zwei und zwei", "два и два" is arithmetic. */
function spelledNumbers(lang: string): Set<string> {
  let s = spelledCache.get(lang);
  if (!s) spelledCache.set(lang, (s = new Set((SPELLED_NUMBERS[lang] ?? []).flatMap(([, forms]) => forms.split(' ')))));
  return s;
}
const SPELLED_NUMBERS = groupByLanguage('numbers', 'spelled');


/**
 * "X and X" that is grammar: a number, a listed coordination ("more and more"), an English
 * comparative, a one-letter word, or an iterated verb or comparative ("waited and waited",
 * "ждали и ждали", "suben y suben"). `next` is the token after the second X.
 */
function coordinationIsGrammar(a: Token, lang: string, s: LangSets, next: Token | undefined): boolean {
  const c = s.comparatives;
  return isNumber(a) || spelledNumbers(lang).has(a.lower) || s.coord.has(a.lower) || (c !== undefined && a.lower.length >= c.minLength && a.lower.endsWith(c.ending)) || a.text.length < 2 || iterative(a.lower, lang, s, next);
}

/** A verb or a comparative coordinated with itself (ITERATIVE_ENDINGS; or by position: the pack's iterativeByPosition). */
function iterative(word: string, lang: string, s: LangSets, next: Token | undefined): boolean {
  const re = ITERATIVE_ENDINGS[lang];
  if (re) return re.test(word);
  const p = s.iterative;
  if (p && p.endings.test(word) && !p.except.test(word)) return next === undefined || !next.isWord || p.before.has(next.lower);
  return false;
}





/** A relative word among the five words before token `i`, in its sentence. */
function relativeBefore(tokens: readonly { lower: string; isWord: boolean }[], i: number, sentenceStart: number, cv: NonNullable<LangSets['clauseVerbs']>): boolean {
  // The relative word starts the clause the first copy ends: "who came came", "What she did
  // did", "What the mayor did did" — at most three words between. Not when the word right
  // before the double is a determiner ("that the victim victim": a noun) or a modal or "to"
  // ("that they should leave leave": a verb phrase cut short).
  let words = 0;
  for (let k = i - 1; k >= Math.max(0, sentenceStart) && words < 4; k--) {
    if (!tokens[k]!.isWord) continue;
    const w = tokens[k]!.lower;
    if (words === 0 && cv.notAfter.has(w)) return false;
    if (cv.relatives.has(w)) {
      // The clause the double ends is the subject of the sentence ("Everyone who came came",
      // "The man who won won"): at most three words before the relative word. After a longer
      // stretch the relative clause belongs to an object ("he met a friend who worked worked
      // with", "specimens of polonium, which were were used"): no second verb follows it.
      let before = 0;
      for (let m = k - 1; m >= Math.max(0, sentenceStart); m--) if (tokens[m]!.isWord && ++before > 3) return false;
      return true;
    }
    words++;
  }
  return false;
}

/** The word before token `i` is a closed-class word (a determiner), and a verb of naming (one word or two: "nennt man") stands before it. */
function namedAfter(tokens: readonly Token[], i: number, naming: ReadonlySet<string>, closed: ReadonlySet<string>): boolean {
  const det = tokens[i - 1];
  if (!det?.isWord || !closed.has(det.lower)) return false;
  const v = tokens[i - 2];
  if (!v?.isWord) return false;
  if (naming.has(v.lower)) return true;
  const w = tokens[i - 3];
  return !!w?.isWord && naming.has(`${w.lower} ${v.lower}`);
}
