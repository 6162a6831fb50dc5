/**
 * Tokenisation shared by every rule: one pass of Intl.Segmenter (words) and one of
 * Intl.Segmenter (sentences) per block. Segmenters are created once per locale.
 */
import { MASK, type Sentence, type Token } from './types';
import { languagesWith } from './languages/index';

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
 * character (as Intl.Segmenter yields it).
 *
 * Fast path: text made only of characters whose word-break behaviour is simple (letters of
 * alphabetic scripts, combining marks after letters, digits, ASCII/Latin-1 punctuation, the
 * apostrophes, spaces) is scanned with the Unicode word-boundary rules WB5–WB13b implemented
 * directly — about 20× faster than Intl.Segmenter and identical to it on such text (checked by
 * test/unit/segment.test.ts over the PUD corpora and random strings). Anything else (Han,
 * Kana, Thai, Hebrew, emoji, format characters…) goes to Intl.Segmenter.
 */
export function tokenize(text: string, base: number, lang: string): Token[] {
  const fast = fastTokenize(text, base, lang);
  return fast ?? intlTokenize(text, base, lang);
}

/** Texts longer than this are segmented in windows (see `segments`). */
const SEGMENT_WHOLE_MAX = 4096;
const SEGMENT_WINDOW = 2048;
const SEGMENT_WINDOW_MAX = 65536;

/** Characters after which a word boundary never depends on what follows (spaces, masks, CJK punctuation). */
function isWordCut(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3000 || c === 0xfffc || c === 0x200b || c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0xff01 || c === 0xff1f || c === 0xff1b;
}

/**
 * Intl.Segmenter's segments of `text`, with the same `index`, `segment` and `isWordLike`.
 * V8 copies the whole input string into every segment object it creates (`input`), so one
 * huge block (a 5 MB single line) costs time and memory quadratic in its length. Long texts
 * are therefore segmented in windows:
 *  - words: a window ends just after a space, mask or CJK full stop/comma (dictionary-based
 *    segmentation of Han, Kana or Thai runs needs the whole run; a space always ends one);
 *  - sentences: every segment of a window but its last is kept, and the next window starts
 *    where that last segment starts (sentence rules look at nearby characters only).
 * A window without such a point is doubled (up to 64K code units) before it is cut anyway.
 */
export function* segments(seg: Intl.Segmenter, text: string, granularity: 'word' | 'sentence'): Generator<{ index: number; segment: string; isWordLike?: boolean }> {
  if (text.length <= SEGMENT_WHOLE_MAX) {
    yield* seg.segment(text);
    return;
  }
  let pos = 0;
  let window = SEGMENT_WINDOW;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + window);
    let final = end === text.length;
    if (!final && granularity === 'word') {
      let cut = end;
      while (cut > pos + (window >> 1) && !isWordCut(text.charCodeAt(cut - 1))) cut--;
      if (cut > pos + (window >> 1)) end = cut;
      else if (window < SEGMENT_WINDOW_MAX) {
        window *= 2;
        continue;
      }
    }
    // Never end a window inside a surrogate pair.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    final = end === text.length;
    const parts: { index: number; segment: string; isWordLike?: boolean }[] = [];
    for (const p of seg.segment(text.slice(pos, end))) parts.push({ index: p.index, segment: p.segment, isWordLike: p.isWordLike });
    if (granularity === 'sentence' && !final && parts.length === 1 && window < SEGMENT_WINDOW_MAX) {
      window *= 2;
      continue;
    }
    const keepAll = final || granularity === 'word' || parts.length === 1;
    const keep = keepAll ? parts.length : parts.length - 1;
    for (let i = 0; i < keep; i++) {
      const p = parts[i]!;
      yield { index: pos + p.index, segment: p.segment, isWordLike: p.isWordLike };
    }
    pos = keepAll ? end : pos + parts[keep]!.index;
    window = SEGMENT_WINDOW;
  }
}

export function intlTokenize(text: string, base: number, lang: string): Token[] {
  const out: Token[] = [];
  const seg = segmenter(wordSegmenters, lang, 'word');
  for (const s of segments(seg, text, 'word')) {
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

// Character classes for the fast path (BMP only; astral characters are "unsafe").
const C_LETTER = 1; // ALetter
const C_DIGIT = 2; // Numeric
const C_SPACE = 3; // whitespace, MASK, SYNTAX: no token
const C_MIDLETTER = 4; // : · (letters on both sides)
const C_MIDNUMLET = 5; // . ’ ' (letters or digits on both sides)
const C_MIDNUM = 6; // , ; (digits on both sides)
const C_OTHER = 7; // punctuation/symbols: one token each
const C_EXTEND = 8; // combining marks: extend the previous character
const C_EXTENDNUMLET = 9; // _
const C_UNSAFE = 10; // needs Intl.Segmenter
const C_HANGUL = 11; // precomposed Hangul syllables: a run of them is one word (ICU splits it from digits and other letters)

const classes = new Uint8Array(65536);
const RE_LETTER = /^\p{L}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_UNSAFE_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Hebrew}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Yi}\p{Script=Javanese}\p{Script=Balinese}]$/u;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let c: number;
  if (code >= 0xd800 && code <= 0xdfff) c = C_UNSAFE;
  else if (ch === MASK || isSpace(ch)) c = C_SPACE;
  else if (code === 0x3a || code === 0xb7 || code === 0x387) c = C_MIDLETTER;
  else if (code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2024 || code === 0xfe52 || code === 0xff07 || code === 0xff0e) c = C_MIDNUMLET;
  else if (code === 0x2c || code === 0x3b || code === 0x37e || code === 0x589 || code === 0x60c || code === 0x60d || code === 0x66c || code === 0x7f8 || code === 0x2044 || code === 0xfe10 || code === 0xfe14 || code === 0xfe50 || code === 0xfe54 || code === 0xff0c || code === 0xff1b) c = C_MIDNUM;
  else if (code === 0x5f) c = C_EXTENDNUMLET;
  else if (code >= 0xac00 && code <= 0xd7a3) c = C_HANGUL; // precomposed syllables; jamo go to ICU
  else if (RE_UNSAFE_SCRIPT.test(ch)) c = C_UNSAFE;
  else if (RE_LETTER.test(ch)) c = C_LETTER;
  else if (RE_DIGIT.test(ch)) c = C_DIGIT;
  else if (RE_MARK.test(ch)) c = C_EXTEND;
  else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x200b && code <= 0x200f) || (code >= 0x2028 && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f) || code === 0xad || (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff || (code >= 0xfff0 && code <= 0xfffb)) c = C_UNSAFE;
  else c = C_OTHER;
  // Letters with special word-break behaviour (Katakana-like, Hebrew...) were caught above.
  return c + 1; // stored +1 so 0 means "not computed yet"
}

function cls(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    c = classify(code);
    classes[code] = c;
  }
  return c - 1;
}

function fastTokenize(text: string, base: number, lang: string): Token[] | null {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = code === 32 ? C_SPACE : cls(code);
    if (c === C_SPACE) {
      i++;
      continue;
    }
    if (c === C_UNSAFE || c === C_EXTEND) return null;
    if (c === C_HANGUL) {
      const start = i;
      i++;
      while (i < n && cls(text.charCodeAt(i)) === C_HANGUL) i++;
      if (i < n) {
        const k = cls(text.charCodeAt(i));
        // Marks, joiners and word-internal punctuation next to Hangul: let ICU decide.
        if (k === C_EXTEND || k === C_UNSAFE || k === C_EXTENDNUMLET) return null;
      }
      const t = text.slice(start, i);
      out.push({ start: base + start, end: base + i, text: t, lower: t, isWord: true });
      continue;
    }
    if (c === C_LETTER || c === C_DIGIT || c === C_EXTENDNUMLET) {
      const start = i;
      let last = c; // class of the last letter/digit/_ in the word
      let alnum = c !== C_EXTENDNUMLET;
      i++;
      for (;;) {
        if (i >= n) break;
        const k = cls(text.charCodeAt(i));
        if (k === C_LETTER || k === C_DIGIT || k === C_EXTENDNUMLET) {
          last = k;
          if (k !== C_EXTENDNUMLET) alnum = true;
          i++;
          continue;
        }
        if (k === C_EXTEND) {
          if (last === C_EXTENDNUMLET) return null; // ICU quirk: "a_" + mark loses word status
          i++;
          continue;
        }
        if (k === C_UNSAFE) return null;
        if ((k === C_MIDLETTER || k === C_MIDNUMLET || k === C_MIDNUM) && i + 1 < n) {
          let j = i + 1;
          const nk = cls(text.charCodeAt(j));
          if (nk === C_UNSAFE) return null;
          const letterJoin = last === C_LETTER && nk === C_LETTER && (k === C_MIDLETTER || k === C_MIDNUMLET);
          const digitJoin = last === C_DIGIT && nk === C_DIGIT && (k === C_MIDNUM || k === C_MIDNUMLET);
          if (letterJoin || digitJoin) {
            i = j;
            continue;
          }
          void j;
        }
        break;
      }
      const t = text.slice(start, i);
      if (!alnum) return null; // ICU's word status for runs of "_" alone varies: let it decide
      out.push({ start: base + start, end: base + i, text: t, lower: lowerCase(t, lang), isWord: true });
      continue;
    }
    // Punctuation or symbol: one token per character; marks after it would join it (rare) → Intl.
    if (i + 1 < n && cls(text.charCodeAt(i + 1)) === C_EXTEND) return null;
    const t = text[i]!;
    out.push({ start: base + i, end: base + i + 1, text: t, lower: t, isWord: false });
    i++;
  }
  return out;
}

/** Languages with dotted and dotless i (the packs' `dottedI`: Turkish, Azerbaijani). */
const DOTTED_I = languagesWith('dottedI');

/** What may stand before a sentence's first word: nothing, or a sentence's end and spaces, quotes or a bracket. */
const SENTENCE_START = /(?:^|[.!?…:;]["'”»)]?)[\s"'“„«(]*$/u;

/** Whether a word after `before` starts a sentence (idioms.ts: no name; rules/idiom.ts: a suggestion's capital). */
export function followsSentenceEnd(before: string): boolean {
  return SENTENCE_START.test(before);
}

export function lowerCase(s: string, lang: string): string {
  // Dotted and dotless i need the locale (only when an I is there); everything else is locale-independent.
  if (DOTTED_I.has(lang) && (s.includes('I') || s.includes('İ'))) return s.toLocaleLowerCase(lang);
  return s.toLowerCase();
}

/** Sentences of a block, linked to its tokens. */
export function sentences(text: string, base: number, lang: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  const seg = segmenter(sentenceSegmenters, lang, 'sentence');
  let ti = 0;
  for (const s of segments(seg, text, 'sentence')) {
    let start = base + s.index;
    let end = start + s.segment.length;
    // Trim whitespace and masks so a sentence range covers its text only.
    while (start < end && (isSpace(text[start - base]!) || text[start - base] === MASK)) start++;
    while (end > start && (isSpace(text[end - 1 - base]!) || text[end - 1 - base] === MASK)) end--;
    if (end <= start) continue;
    // A closing quotation mark after a space ("« nous verrons. » La ville", French spacing) is
    // cut off to the next sentence by Unicode's rules: it ends the previous one, whose quotation
    // it closes.
    const prev = out[out.length - 1];
    const ch = text[start - base]!;
    const opener = CLOSER_OF[ch];
    if (prev && opener !== undefined && unclosed(text.slice(prev.start - base, prev.end - base), opener, ch)) {
      let k = start - base + 1;
      prev.end = base + k;
      while (k < end - base && (isSpace(text[k]!) || text[k] === MASK)) k++;
      start = base + k;
      while (ti < tokens.length && tokens[ti]!.start < prev.end) ti++;
      prev.endToken = ti;
      if (end <= start) continue;
    }
    while (ti < tokens.length && tokens[ti]!.start < start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.start < end) ti++;
    out.push({ start, end, firstToken: first, endToken: ti });
  }
  return out;
}

/** Closing quotation marks and the openers they close (German »…« opens with », so » closes only an open «). */
const CLOSER_OF: Record<string, string> = { '»': '«', '›': '‹', '”': '“', '」': '「', '』': '『' };

function unclosed(s: string, open: string, close: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === open) depth++;
    else if (c === close && depth > 0) depth--;
  }
  return depth > 0;
}

export { isSpace };
