/** Finding phrasebook matches in tokenised text (Block.tokens / Block.sentences), one sentence at a time. */
import { sentences as segmentSentences, tokenize } from '../segment';
import type { Sentence, Token } from '../types';
import type { CompiledPhrasebook } from './compile';
import { matchWords, resolveMatches, stepWord, type RawMatch } from './match';
import type { PhraseEntry } from './parse';
import { choiceElements } from './pattern';
import { idiomAdverbs, idiomModifiers } from './placeholders';
import { wordsOf, type Word } from './words';

export interface PhraseMatch {
  /** Document offsets of the matched words (first word start .. last word end). */
  start: number;
  end: number;
  entry: PhraseEntry;
  /** Index of the entry's top-level pattern that matched. */
  pattern: number;
  /** Suggestions with {1}, {2} … filled in from the matched text. */
  suggestions: string[];
}

/**
 * Matches in every sentence of a token list. `text` is the document (or block) text the
 * tokens' offsets index, with `textBase` the offset of text[0]. `rank` orders entries
 * (lower first) when several match the same words.
 */
export function findMatches(
  book: CompiledPhrasebook,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  text: string,
  textBase: number,
  rank: (e: PhraseEntry) => number = () => 0,
): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const s of sentences) {
    const words = wordsOf(tokens, s.firstToken, s.endToken, book.target);
    if (words.length === 0) continue;
    for (const m of resolveMatches(matchWords(book, words), rank, book, words)) out.push(toMatch(book, m, words, text, textBase));
  }
  return out;
}

/** All raw matches (before choosing among overlaps) in one sentence-split text: for lint checks. */
export function rawMatchesInText(book: CompiledPhrasebook, text: string): Array<{ entry: PhraseEntry; start: number; end: number }> {
  const tokens = tokenize(text, 0, book.target);
  const out: Array<{ entry: PhraseEntry; start: number; end: number }> = [];
  for (const s of segmentSentences(text, 0, book.target, tokens)) {
    const words = wordsOf(tokens, s.firstToken, s.endToken, book.target);
    for (const m of matchWords(book, words)) out.push({ entry: book.entries[m.term.entry]!, start: words[m.start]!.start, end: words[m.end - 1]!.end });
  }
  return out;
}

/** Matches in a plain string (tokenised and sentence-split for the book's language). */
export function findInText(book: CompiledPhrasebook, text: string, rank?: (e: PhraseEntry) => number): PhraseMatch[] {
  const tokens = tokenize(text, 0, book.target);
  return findMatches(book, tokens, segmentSentences(text, 0, book.target, tokens), text, 0, rank);
}

function toMatch(book: CompiledPhrasebook, m: RawMatch, words: readonly Word[], text: string, base: number): PhraseMatch {
  const entry = book.entries[m.term.entry]!;
  const start = words[m.start]!.start;
  const end = words[m.end - 1]!.end;
  let suggestions = entry.suggestions;
  if (suggestions.some((s) => s.includes('{'))) {
    const choices = choiceElements(entry.patterns[m.term.pattern]!);
    const captured = choices.map((elem) => {
      let a = -1;
      let b = -1;
      m.term.steps.forEach((st, k) => {
        if (st.elem !== elem) return;
        const w = words[stepWord(m, k)]!;
        if (a < 0) a = w.start;
        b = w.end;
      });
      return a < 0 ? '' : text.slice(a - base, b - base);
    });
    suggestions = suggestions.map((s) => fillRefs(s, captured));
  }
  // An idiom adverb after the first word ("kostet heutzutage einen Arm und ein Bein") belongs to
  // the sentence, not the idiom: the fix keeps it after the suggestion's first word ("kostet
  // heutzutage ein Vermögen").
  const gap = m.gap !== undefined && m.gap === m.start + 1 ? words[m.gap]! : undefined;
  if (gap && idiomAdverbs(book.target).has(gap.key) && !idiomModifiers(book.target).has(gap.key)) {
    const adverb = text.slice(gap.start - base, gap.end - base);
    suggestions = suggestions.map((s) => s.replace(/^(\S+)/u, `$1 ${adverb}`));
  }
  return { start, end, entry, pattern: m.term.pattern, suggestions };
}

/** The choices a suggestion repeats: 1 for "{1} had enough" (the syntax fillRefs fills). */
export function refsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < s.length; i++) if (s[i] === '{' && s[i + 2] === '}' && s[i + 1]! >= '1' && s[i + 1]! <= '9') out.push(Number(s[i + 1]));
  return out;
}

/** The suggestions that stand without a pattern match to fill them (no `{n}`): for findings not made by the pattern. */
export function standaloneSuggestions(entry: PhraseEntry): string[] {
  return entry.suggestions.filter((s) => refsOf(s).length === 0);
}

function fillRefs(s: string, captured: string[]): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{' && s[i + 2] === '}' && s[i + 1]! >= '1' && s[i + 1]! <= '9') {
      out += captured[Number(s[i + 1]) - 1] ?? '';
      i += 2;
    } else out += s[i];
  }
  // An empty optional choice leaves a double space.
  return out.split(' ').filter((x, i, arr) => x !== '' || i === 0 || i === arr.length - 1).join(' ').trim();
}
