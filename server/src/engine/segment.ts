/**
 * Tokenisation shared by every rule: one pass of Intl.Segmenter (words) and one of
 * Intl.Segmenter (sentences) per block. Segmenters are created once per locale.
 */
import { MASK, type Sentence, type Token } from './types';

const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  let s = cache.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity });
    } catch {
      s = new Intl.Segmenter('und', { granularity });
    }
    cache.set(lang, s);
  }
  return s;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007' || ch === '\u200b' || ch === '\ufeff' || ch === '\u3000' || ch === '\u2002' || ch === '\u2003';
}

/**
 * Tokens of `text` (a block's masked text), with offsets shifted by `base`.
 * Whitespace and masked code units produce no tokens; punctuation is one token per
 * segment (Intl.Segmenter yields one per character).
 */
export function tokenize(text: string, base: number, lang: string): Token[] {
  const out: Token[] = [];
  const seg = segmenter(wordSegmenters, lang, 'word');
  for (const s of seg.segment(text)) {
    const t = s.segment;
    const c = t[0]!;
    if (c === MASK || isSpace(c)) continue;
    const isWord = s.isWordLike === true;
    out.push({
      start: base + s.index,
      end: base + s.index + t.length,
      text: t,
      lower: isWord ? lowerCase(t, lang) : t,
      isWord,
    });
  }
  return out;
}

export function lowerCase(s: string, lang: string): string {
  // Turkish/Azeri dotted and dotless i need the locale; everything else is locale-independent.
  return lang === 'tr' || lang === 'az' ? s.toLocaleLowerCase(lang) : s.toLowerCase();
}

/** Sentences of a block, linked to its tokens. */
export function sentences(text: string, base: number, lang: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  const seg = segmenter(sentenceSegmenters, lang, 'sentence');
  let ti = 0;
  for (const s of seg.segment(text)) {
    let start = base + s.index;
    let end = start + s.segment.length;
    // Trim whitespace and masks so a sentence range covers its text only.
    while (start < end && (isSpace(text[start - base]!) || text[start - base] === MASK)) start++;
    while (end > start && (isSpace(text[end - 1 - base]!) || text[end - 1 - base] === MASK)) end--;
    if (end <= start) continue;
    while (ti < tokens.length && tokens[ti]!.start < start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.start < end) ti++;
    out.push({ start, end, firstToken: first, endToken: ti });
  }
  return out;
}

export { isSpace };
