/**
 * Things that must survive translation: placeholders (printf, ICU MessageFormat, {name}, ${name},
 * {{name}}), URLs, e-mail addresses, @handles, #hashtags, HTML/XML tags, Markdown links, images,
 * code spans and emphasis, and XLIFF inline codes; and the punctuation whose loss changes what a
 * sentence is (a question, an exclamation, an unclosed bracket or quotation, a trailing
 * ellipsis or colon).
 *
 * Pure (no I/O). Every scanner is a single forward pass over the text (each character is read a
 * bounded number of times; the regular expressions test one character or a short token, never
 * with nested quantifiers), so a pathological input costs linear time.
 *
 * Markdown comes from the parser the article model uses (mdast-util-from-markdown with GFM and
 * front matter): code spans, code blocks, links, images and emphasis are nodes of a real parse,
 * with offsets; the prose between them is scanned for the plain-text kinds.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Parents } from 'mdast';
import { languagesWith, pack } from '../languages/index';

export type CodeKind = 'printf' | 'icu' | 'brace' | 'url' | 'email' | 'handle' | 'hashtag' | 'html' | 'md-link' | 'md-image' | 'md-code' | 'md-emphasis' | 'inline';

export interface Code {
  kind: CodeKind;
  /** [start, end) in the text given to extractCodes. */
  start: number;
  end: number;
  /** The code as written. */
  text: string;
  /**
   * What must be equal across languages: '%1$s', '{count, plural}', '{count}', the URL,
   * '@handle' (lower case), '#tag' (lower case), '<b>' / '</b>' / '<br/>' / '<a href="…">',
   * the link target for md-link, the image source for md-image, the code text for md-code,
   * 'emphasis' | 'strong' | 'delete' for md-emphasis, the id for inline ('/id' for a closing code).
   */
  key: string;
}

/** An XLIFF inline code standing in the text as one U+FFFC (see formats/types.ts InlineCode). */
export interface InlineCodeRef {
  /** Offset of its U+FFFC in the text. */
  at: number;
  id: string;
  role?: 'open' | 'close' | 'standalone';
}

export interface CodeDiff {
  /** In the source, not in the target. */
  missing: Code[];
  /** In the target, not in the source (an extra hashtag is not reported: hashtags are often added in translation). */
  extra: Code[];
  /**
   * Only for printf conversions without a position (%s, %d, … whose order is their meaning) that
   * come in another order, and for paired tags whose nesting the target breaks.
   */
  changedOrder: { source: Code; target: Code }[];
  /**
   * Explanations for some missing/extra pairs (each code is also in `missing` / `extra`): the URL
   * gained or lost a trailing slash, changed scheme, case or "www.". A URL localised only in a
   * language segment (/en/ → /de/, en.example.org → de.example.org, ?lang=en → ?lang=de) is
   * accepted and appears nowhere.
   */
  near: { source: Code; target: Code; reason: string }[];
}

export interface PunctuationDiff {
  kind: 'question' | 'exclamation' | 'brackets' | 'quotes' | 'ellipsis' | 'colon-end';
  /** The count compared in the source and the target (questions, exclamations, bracket pairs, quotations; 1/0 for ellipsis and colon-end). */
  source: number;
  target: number;
  message: string;
}

// ================================================================== character classes

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}
/** [A-Za-z0-9_] */
function isWordAscii(c: number): boolean {
  return isAsciiAlnum(c) || c === 95;
}
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000 || c === 0x200b;
}
const LETTER = /\p{L}/u;
const LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/u;
/** Letter, mark or digit of any script (one UTF-16 unit; surrogate halves count as letters, which only makes the scanners more careful). */
function isWordish(c: number): boolean {
  if (c < 128) return isWordAscii(c);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER_MARK_NUMBER.test(String.fromCharCode(c));
}
function isLetterAt(text: string, i: number): boolean {
  const c = text.codePointAt(i);
  if (c === undefined) return false;
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(String.fromCodePoint(c));
}
function isHebrewLetter(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}
/** A character that may continue a URL (printable ASCII except <, >, ", `). */
function isUrlChar(c: number): boolean {
  return c > 32 && c < 127 && c !== 60 && c !== 62 && c !== 34 && c !== 96;
}
/**
 * A character before 'http'/'www' that makes it the middle of a word or of another URL or
 * address. A letter of Han, Kana, Hangul, Thai… does not: those scripts write a URL against the
 * word before it ("詳細はhttps://…").
 */
function continuesUrlOrWord(c: number): boolean {
  return isAsciiAlnum(c) || (c < 128 && '/.-@:%+#=&?$'.includes(String.fromCharCode(c))) || (c >= 128 && isAlphabeticWordChar(c));
}
function isEmailLocal(c: number): boolean {
  return isAsciiAlnum(c) || c === 95 || c === 45 || c === 43 || c === 46;
}
function isIdentStart(c: number): boolean {
  return isAsciiLetter(c) || c === 95;
}
function isIdentChar(c: number): boolean {
  return isWordAscii(c);
}

// ================================================================== brace matching

/**
 * For each '{' the offset of its matching '}' (or -1), in one pass with a stack. An ICU quoted
 * brace ('{' or '}' between apostrophes) is literal and is not counted.
 */
function matchBraces(text: string): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  if (text.indexOf('{') < 0) return match;
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 123 && c !== 125) continue;
    if (text.charCodeAt(i - 1) === 39 && text.charCodeAt(i + 1) === 39) continue; // '{'
    if (c === 123) stack.push(i);
    else if (stack.length) match[stack.pop()!] = i;
  }
  return match;
}

// ================================================================== the plain-text scanner

interface Scan {
  text: string;
  match: Int32Array;
  out: Code[];
  /** Inline code ids by offset of their U+FFFC. */
  inline?: Map<number, InlineCodeRef>;
  /** Offset of the next '-->' (-1: none), see tagAt. */
  commentEnd?: number;
}

const ICU_ARG_TYPES = new Set(['plural', 'select', 'selectordinal', 'number', 'date', 'time', 'spellout', 'ordinal', 'duration']);
/** Maximum nesting of ICU messages that is parsed (deeper ones are not taken for codes). */
const ICU_MAX_DEPTH = 12;

function push(s: Scan, kind: CodeKind, start: number, end: number, key: string): void {
  s.out.push({ kind, start, end, text: s.text.slice(start, end), key });
}

/**
 * Scans [from, to) for plain-text codes. `hashtags` is off inside ICU plural sub-messages, where
 * '#' stands for the number.
 */
function scanRange(s: Scan, from: number, to: number, hashtags: boolean, depth: number): void {
  const text = s.text;
  let lastEnd = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let end = -1;
    switch (c) {
      case 37: // %
        end = printfAt(s, i, to);
        break;
      case 123: // {
        end = braceAt(s, i, to, depth);
        break;
      case 36: // $
        if (text.charCodeAt(i + 1) === 123) end = dollarBraceAt(s, i, to);
        break;
      case 104: // h
      case 72: // H
      case 102: // f
      case 70: // F
      case 119: // w
      case 87: // W
        if (i === from || !continuesUrlOrWord(text.charCodeAt(i - 1))) end = urlAt(s, i, to);
        break;
      case 64: // @
        end = emailAt(s, i, from, lastEnd, to);
        if (end < 0) end = handleAt(s, i, from, to);
        break;
      case 35: // #
      case 0xff03: // ＃ (full-width, Japanese and Chinese)
        if (hashtags) end = hashtagAt(s, i, from, to);
        break;
      case 60: // <
        end = tagAt(s, i, to);
        break;
      case 0xfffc: {
        const ref = s.inline?.get(i);
        push(s, 'inline', i, i + 1, ref ? (ref.role === 'close' ? '/' + ref.id : ref.id) : '');
        end = i + 1;
        break;
      }
    }
    if (end > i) {
      if (s.out.length && s.out[s.out.length - 1]!.end > lastEnd) lastEnd = s.out[s.out.length - 1]!.end;
      lastEnd = Math.max(lastEnd, end);
      i = end;
    } else i++;
  }
}

// ---------------------------------------------------------------- printf

const PRINTF_CONVERSIONS = 'diouxXeEfFgGaAcspn@';

/**
 * %s %d %i %f %.2f %-5d %05.1f %lld %zu %1$s %(name)s, Qt/Windows %1; %% is an escaped percent
 * sign. A '%' after a number ("50%", "50 %") is a percentage, not a code, and the space flag is
 * not accepted ("3% on" is not "% o").
 */
function printfAt(s: Scan, i: number, to: number): number {
  const text = s.text;
  const next = text.charCodeAt(i + 1);
  if (next === 37) return i + 2; // %% — skipped, not a code
  // A percentage: a digit just before the sign ("50%").
  if (i > 0 && (isDigit(text.charCodeAt(i - 1)) || /\p{Nd}/u.test(text[i - 1]!))) return -1;
  let j = i + 1;
  let named = false;
  let positional = false;
  if (next === 40) {
    // %(name)s
    let k = j + 1;
    while (k < to && k - j <= 41 && isIdentChar(text.charCodeAt(k))) k++;
    if (k === j + 1 || text.charCodeAt(k) !== 41) return -1;
    j = k + 1;
    named = true;
  } else {
    // %1$s (positional) or %1 (Qt)
    let k = j;
    while (k < to && isDigit(text.charCodeAt(k)) && k - j < 3) k++;
    if (k > j && text.charCodeAt(j) !== 48 && text.charCodeAt(k) === 36) {
      j = k + 1;
      positional = true;
    }
  }
  while (j < to && "-+0#'".includes(text[j]!)) j++;
  const widthStart = j;
  if (text.charCodeAt(j) === 42) j++;
  else while (j < to && isDigit(text.charCodeAt(j)) && j - widthStart < 4) j++;
  if (text.charCodeAt(j) === 46) {
    j++;
    if (text.charCodeAt(j) === 42) j++;
    else while (j < to && isDigit(text.charCodeAt(j)) && j - widthStart < 8) j++;
  }
  for (const len of ['hh', 'll', 'h', 'l', 'L', 'q', 'j', 'z', 't']) {
    if (text.startsWith(len, j)) {
      j += len.length;
      break;
    }
  }
  if (j < to && PRINTF_CONVERSIONS.includes(text[j]!)) {
    push(s, 'printf', i, j + 1, text.slice(i, j + 1));
    return j + 1;
  }
  // Qt / Windows resource argument %1 … %9: one digit, then no letter, digit or decimal part
  // (a Turkish, Basque or Persian percentage "%50", "%3,5" is not one; "%5" is, see compareCodes).
  if (!named && !positional) {
    const d = text.charCodeAt(i + 1);
    const after = text.charCodeAt(i + 2);
    if (d >= 49 && d <= 57 && !isAsciiAlnum(after) && !((after === 44 || after === 46) && isDigit(text.charCodeAt(i + 3)))) {
      push(s, 'printf', i, i + 2, text.slice(i, i + 2));
      return i + 2;
    }
  }
  return -1;
}

/** Qt / Windows %1 … %9. */
function isQtArgument(c: Code): boolean {
  return c.kind === 'printf' && c.text.length === 2 && isDigit(c.text.charCodeAt(1));
}

/** True for a printf code whose position in the sequence is its meaning (%s, %d: no %1$, no %(name), no Qt %1). */
function isSequentialPrintf(c: Code): boolean {
  if (c.kind !== 'printf') return false;
  const t = c.text;
  if (t[1] === '(') return false;
  const last = t[t.length - 1]!;
  if (isDigit(last.charCodeAt(0))) return false; // Qt %1
  for (let k = 1; k < t.length && isDigit(t.charCodeAt(k)); k++) if (t[k + 1] === '$') return false;
  return true;
}

// ---------------------------------------------------------------- braces and ICU

/** {name} {0} {} {name:spec} {{name}} {{{name}}} and ICU {arg, type, …}. */
function braceAt(s: Scan, i: number, to: number, depth: number): number {
  const text = s.text;
  if (text.charCodeAt(i + 1) === 123) return mustacheAt(s, i, to);
  const close = s.match[i]!;
  if (close < 0 || close >= to) return -1;
  // {}
  if (close === i + 1) {
    push(s, 'brace', i, close + 1, '{}');
    return close + 1;
  }
  let j = skipSpaces(text, i + 1, close);
  const padded = j > i + 1;
  const nameStart = j;
  if (isDigit(text.charCodeAt(j))) while (j < close && isDigit(text.charCodeAt(j))) j++;
  else if (isIdentStart(text.charCodeAt(j))) while (j < close && (isIdentChar(text.charCodeAt(j)) || ((text[j] === '.' || text[j] === '-') && isIdentChar(text.charCodeAt(j + 1))))) j++;
  else return -1;
  const name = text.slice(nameStart, j);
  if (name.length > 64) return -1;
  const afterName = skipSpaces(text, j, close);
  if (afterName === close && (padded ? text.charCodeAt(close - 1) === 32 && text.charCodeAt(i + 1) === 32 : j === close)) {
    // {name}, {0}, and "{ name }" with one space on each side (some template engines)
    push(s, 'brace', i, close + 1, `{${name}}`);
    return close + 1;
  }
  // Python format spec: {name:>10}, {0:.2f}, {name!r}
  if (!padded && (text[j] === ':' || text[j] === '!')) {
    if (close - j > 24) return -1;
    for (let k = j + 1; k < close; k++) if (text.charCodeAt(k) === 123 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 32) return -1;
    push(s, 'brace', i, close + 1, text.slice(i, close + 1));
    return close + 1;
  }
  // ICU: {name, type …}
  let k = j;
  while (k < close && text.charCodeAt(k) === 32) k++;
  if (text[k] !== ',') return -1;
  if (depth >= ICU_MAX_DEPTH) return -1;
  return icuAt(s, i, close, name, k + 1, depth);
}

function skipSpaces(text: string, j: number, end: number): number {
  while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
  return j;
}

/** An ICU argument from '{' at i to its '}' at close; `j` is just after the comma after the name. */
function icuAt(s: Scan, i: number, close: number, name: string, j: number, depth: number): number {
  const text = s.text;
  j = skipSpaces(text, j, close);
  const typeStart = j;
  while (j < close && isAsciiLetter(text.charCodeAt(j))) j++;
  const type = text.slice(typeStart, j).toLowerCase();
  if (!ICU_ARG_TYPES.has(type)) return -1;
  j = skipSpaces(text, j, close);
  const key = `{${name}, ${type}}`;
  if (type !== 'plural' && type !== 'select' && type !== 'selectordinal') {
    // {n, number} {d, date, short} {n, number, ::currency/EUR}: no sub-messages.
    if (j !== close && text[j] !== ',') return -1;
    for (let k = j; k < close; k++) if (text.charCodeAt(k) === 123) return -1;
    push(s, 'icu', i, close + 1, key);
    return close + 1;
  }
  if (text[j] !== ',') return -1;
  j++;
  const subs: [number, number][] = [];
  let hasOther = false;
  for (;;) {
    j = skipSpaces(text, j, close);
    if (j >= close) break;
    if (text.startsWith('offset:', j)) {
      j = skipSpaces(text, j + 7, close);
      const d = j;
      while (j < close && isDigit(text.charCodeAt(j))) j++;
      if (j === d) return -1;
      continue;
    }
    const selStart = j;
    if (text[j] === '=') {
      j++;
      while (j < close && (isDigit(text.charCodeAt(j)) || text[j] === '.')) j++;
      if (j === selStart + 1) return -1;
    } else {
      while (j < close && (isIdentChar(text.charCodeAt(j)) || text[j] === '-')) j++;
      if (j === selStart) return -1;
    }
    if (text.slice(selStart, j) === 'other') hasOther = true;
    j = skipSpaces(text, j, close);
    if (text.charCodeAt(j) !== 123) return -1;
    const subClose = s.match[j]!;
    if (subClose < 0 || subClose >= close) return -1;
    subs.push([j + 1, subClose]);
    j = subClose + 1;
  }
  if (!subs.length) return -1;
  push(s, 'icu', i, close + 1, hasOther ? key : `${key.slice(0, -1)}, without other}`);
  // The sub-messages are prose; the codes in them must be in the translation too, but in which
  // sub-message differs between languages (their number differs): each distinct one counts once.
  const nested: Scan = { ...s, out: [] };
  const hashtags = type === 'select';
  for (const [a, b] of subs) scanRange(nested, a, b, hashtags, depth + 1);
  s.commentEnd = nested.commentEnd;
  const seen = new Set<string>();
  for (const c of nested.out) {
    const id = c.kind + '\u0000' + c.key;
    if (seen.has(id)) continue;
    seen.add(id);
    s.out.push(c);
  }
  return close + 1;
}

/** {{name}}, {{ user.name | upper }}, {{#items}}, {{{raw}}}: up to the first '}}' on the line. */
function mustacheAt(s: Scan, i: number, to: number): number {
  const text = s.text;
  const triple = text.charCodeAt(i + 2) === 123;
  const open = triple ? 3 : 2;
  const closer = triple ? '}}}' : '}}';
  let j = i + open;
  const limit = Math.min(to, j + 120);
  while (j < limit && text.charCodeAt(j) !== 125 && text.charCodeAt(j) !== 123 && text.charCodeAt(j) !== 10) j++;
  if (!text.startsWith(closer, j) || j + open > to) return -1;
  const inner = text.slice(i + open, j).trim();
  if (!inner) return -1;
  const c0 = inner.charCodeAt(0);
  if (!(isIdentStart(c0) || '#/^>!&.$@'.includes(inner[0]!))) return -1;
  const key = (triple ? '{{{' : '{{') + inner.replace(/\s+/g, ' ') + closer;
  push(s, 'brace', i, j + open, key);
  return j + open;
}

/** ${name} (JavaScript template literals, shell, many i18n libraries). */
function dollarBraceAt(s: Scan, i: number, to: number): number {
  const text = s.text;
  const close = s.match[i + 1]!;
  if (close < 0 || close >= to || close - i > 66) return -1;
  let j = i + 2;
  if (!isIdentStart(text.charCodeAt(j))) return -1;
  while (j < close && (isIdentChar(text.charCodeAt(j)) || (text[j] === '.' && isIdentStart(text.charCodeAt(j + 1))))) j++;
  if (j !== close) return -1;
  push(s, 'brace', i, close + 1, text.slice(i, close + 1));
  return close + 1;
}

// ---------------------------------------------------------------- URLs, e-mail, handles, hashtags

function urlAt(s: Scan, i: number, to: number): number {
  const text = s.text;
  const head = text.slice(i, i + 8).toLowerCase();
  let j: number;
  if (head.startsWith('https://')) j = i + 8;
  else if (head.startsWith('http://') || head.startsWith('ftp://')) j = i + (head[0] === 'h' ? 7 : 6);
  else if (head.startsWith('www.') && isAsciiAlnum(text.charCodeAt(i + 4))) j = i + 4;
  else return -1;
  // The host (or what follows "www.") starts with a letter or digit.
  if (j >= to || !isAsciiAlnum(text.charCodeAt(j))) return -1;
  const hostStart = j;
  // Brackets in the URL: [opens, closes] of (), [], {}.
  const counts = [0, 0, 0, 0, 0, 0];
  while (j < to && isUrlChar(text.charCodeAt(j))) {
    const b = '()[]{}'.indexOf(text[j]!);
    if (b >= 0) counts[b]++;
    j++;
  }
  // Trailing punctuation belongs to the sentence; a closing bracket only when it closes nothing in the URL.
  for (;;) {
    const last = text[j - 1]!;
    if ('.,;:!?\'*'.includes(last)) {
      j--;
      continue;
    }
    const b = ')]}'.indexOf(last);
    if (b >= 0 && counts[2 * b + 1]! > counts[2 * b]!) {
      counts[2 * b + 1]!--;
      j--;
      continue;
    }
    break;
  }
  if (j <= hostStart) return -1;
  push(s, 'url', i, j, text.slice(i, j));
  return j;
}

/** local@domain.tld, with the local part read backwards from '@' (not before `lastEnd`). */
function emailAt(s: Scan, i: number, from: number, lastEnd: number, to: number): number {
  const text = s.text;
  let a = i;
  const floor = Math.max(from, lastEnd);
  while (a > floor && isEmailLocal(text.charCodeAt(a - 1))) a--;
  while (a < i && text.charCodeAt(a) === 46) a++;
  if (a === i) return -1;
  let b = i + 1;
  let dots = 0;
  while (b < to && (isAsciiAlnum(text.charCodeAt(b)) || text.charCodeAt(b) === 45 || (text.charCodeAt(b) === 46 && isAsciiAlnum(text.charCodeAt(b + 1))))) {
    if (text.charCodeAt(b) === 46) dots++;
    b++;
  }
  if (!dots) return -1;
  const tld = text.slice(text.lastIndexOf('.', b - 1) + 1, b);
  if (tld.length < 2 || !/^[A-Za-z]+$/.test(tld)) return -1;
  // The scanner has already walked over the local part: nothing else starts in it.
  push(s, 'email', a, b, text.slice(a, b).toLowerCase());
  return b;
}

/**
 * A letter, mark or digit of a script that writes Latin-like words (Latin, Greek, Cyrillic,
 * Armenian): next to one, '@' is inside a word. Han, Kana, Hangul, Thai or Arabic letters may
 * touch a handle ("@NASAをフォロー", "感谢@NASA").
 */
function isAlphabeticWordChar(c: number): boolean {
  return isWordish(c) && (c < 0x0590 || (c >= 0x1d00 && c <= 0x1fff) || (c >= 0x2c60 && c <= 0x2c7f) || (c >= 0xa640 && c <= 0xa7ff) || (c >= 0xff10 && c <= 0xff5a));
}

/** @handle: after the start, a space, punctuation or a CJK/Thai/Arabic… letter; 2–30 of [A-Za-z0-9_], not followed by a Latin-like letter, '@' or a domain. */
function handleAt(s: Scan, i: number, from: number, to: number): number {
  const text = s.text;
  if (i > from) {
    const p = text.charCodeAt(i - 1);
    if (isAlphabeticWordChar(p) || p === 64 || p === 46 || p === 47 || p === 45) return -1;
  }
  let j = i + 1;
  while (j < to && isWordAscii(text.charCodeAt(j)) && j - i <= 31) j++;
  const n = j - i - 1;
  if (n < 2 || n > 30) return -1;
  if (j < to && (isAlphabeticWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 64)) return -1;
  if (text.charCodeAt(j) === 46 && isAsciiLetter(text.charCodeAt(j + 1))) return -1;
  push(s, 'handle', i, j, text.slice(i, j).toLowerCase());
  return j;
}

const HEX_COLOUR = /^(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** #hashtag: '#' after the start, a space or punctuation (not C#, F#, &#…;), then a letter; not "#1", not a hex colour. */
function hashtagAt(s: Scan, i: number, from: number, to: number): number {
  const text = s.text;
  if (i > from) {
    const p = text.charCodeAt(i - 1);
    if (isWordish(p) || p === 35 || p === 38 || p === 47 || p === 45 || p === 46) return -1;
  }
  if (i + 1 >= to || !isLetterAt(text, i + 1)) return -1;
  let j = i + 1;
  while (j < to && j - i <= 140 && (isWordish(text.charCodeAt(j)) || text.charCodeAt(j) === 0x200d || text.charCodeAt(j) === 0x200c)) j++;
  const body = text.slice(i + 1, j);
  if (HEX_COLOUR.test(body)) return -1;
  push(s, 'hashtag', i, j, '#' + body.toLowerCase());
  return j;
}

// ---------------------------------------------------------------- HTML / XML tags

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Attributes compared with the tag name: href of a, src of img; id of XLIFF inline elements written out. */
const KEY_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', x: 'id', g: 'id', ph: 'id', bx: 'id', ex: 'id', bpt: 'id', ept: 'id', it: 'id', pc: 'id', sc: 'id', ec: 'id' };

/** <b>, </b>, <br/>, <a href="…">, <img src="…" alt="…">; comments are skipped. Within one line, no '<' inside. */
function tagAt(s: Scan, i: number, to: number): number {
  const text = s.text;
  if (text.startsWith('<!--', i)) {
    // The first '-->' after i + 4, remembered: a text of many '<!--' and no '-->' is searched once.
    if (s.commentEnd === undefined || (s.commentEnd >= 0 && s.commentEnd < i + 4)) s.commentEnd = text.indexOf('-->', i + 4);
    const e = s.commentEnd;
    return e >= 0 && e + 3 <= to ? e + 3 : -1;
  }
  let j = i + 1;
  const closing = text.charCodeAt(j) === 47;
  if (closing) j++;
  const nameStart = j;
  if (!isAsciiLetter(text.charCodeAt(j))) return -1;
  while (j < to && (isAsciiAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 45 || text.charCodeAt(j) === 58 || text.charCodeAt(j) === 95) && j - nameStart < 40) j++;
  const name = text.slice(nameStart, j).toLowerCase();
  const after = text.charCodeAt(j);
  if (name.endsWith(':') || name.endsWith('-')) return -1;
  if (!(after === 62 || (after === 47 && text.charCodeAt(j + 1) === 62 && !closing) || isSpaceCode(after))) return -1;
  // Up to '>' on the same line, outside quoted attribute values; a '<' first means this is no tag.
  let quote = 0;
  let k = j;
  for (; k < to; k++) {
    const c = text.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 10) return -1;
      continue;
    }
    if (c === 62 || c === 60 || c === 10) break;
    if ((c === 34 || c === 39) && k > j && (text.charCodeAt(k - 1) === 61 || isSpaceCode(text.charCodeAt(k - 1)))) quote = c;
  }
  if (text.charCodeAt(k) !== 62 || k >= to) return -1;
  const selfClosing = text.charCodeAt(k - 1) === 47;
  let key: string;
  if (closing) key = `</${name}>`;
  else {
    const attrName = KEY_ATTRIBUTES[name];
    const attr = attrName ? attributeValue(text.slice(j, selfClosing ? k - 1 : k), attrName) : null;
    const attrText = attr !== null ? ` ${attrName}="${attr}"` : '';
    key = selfClosing || VOID_ELEMENTS.has(name) ? `<${name}${attrText}/>` : `<${name}${attrText}>`;
  }
  push(s, 'html', i, k + 1, key);
  return k + 1;
}

/** The value of attribute `name` in a tag's attribute text (quoted or not), or null. */
function attributeValue(attrs: string, name: string): string | null {
  const lower = attrs.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    if (at > 0 && !isSpaceCode(lower.charCodeAt(at - 1))) continue;
    let j = skipSpaces(attrs, at + name.length, attrs.length);
    if (attrs[j] !== '=') continue;
    j = skipSpaces(attrs, j + 1, attrs.length);
    const q = attrs[j];
    if (q === '"' || q === "'") {
      const e = attrs.indexOf(q, j + 1);
      return e < 0 ? attrs.slice(j + 1) : attrs.slice(j + 1, e);
    }
    let e = j;
    while (e < attrs.length && !isSpaceCode(attrs.charCodeAt(e))) e++;
    return attrs.slice(j, e);
  }
}

// ================================================================== Markdown

const MD_OPTIONS = {
  extensions: [gfm(), frontmatter(['yaml', 'toml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
};

/**
 * Markdown codes of `text` from the parse tree, and the ranges that are not prose (code, link
 * destinations, images, definitions, front matter) marked in `skip` so the plain-text scanner
 * leaves them alone. Autolinks (<https://…>, www.…, bare addresses) are left to the scanner, so
 * they are 'url' / 'email' codes in Markdown and in plain text alike.
 */
function markdownCodes(text: string, base: number, skip: Uint8Array, out: Code[]): void {
  const tree = fromMarkdown(text, MD_OPTIONS);
  const definitions = new Map<string, string>();
  const references: { code: Code; identifier: string }[] = [];
  const mark = (from: number | undefined, to: number | undefined) => {
    if (from === undefined || to === undefined) return;
    for (let k = Math.max(0, from); k < to && k < text.length; k++) skip[base + k] = 1;
  };
  const code = (kind: CodeKind, from: number, to: number, key: string): Code => {
    const c: Code = { kind, start: base + from, end: base + to, text: text.slice(from, to), key };
    out.push(c);
    return c;
  };
  // The end of a link's text: the ']' after its last child (or after '[' when it has none).
  const labelEnd = (node: Parents, start: number, end: number): number => {
    const last = node.children[node.children.length - 1];
    const from = last?.position?.end.offset ?? start + 1;
    const close = text.indexOf(']', from);
    return close >= 0 && close < end ? close : end;
  };
  // Iterative walk: deeply nested lists or emphasis must not overflow the call stack.
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    const start = p?.start.offset;
    const end = p?.end.offset;
    let descend = true;
    if ((node.type as string) === 'toml') {
      mark(start, end);
      continue;
    }
    if (start !== undefined && end !== undefined) {
      switch (node.type) {
        case 'inlineCode':
        case 'code':
          code('md-code', start, end, node.value);
          mark(start, end);
          descend = false;
          break;
        case 'image':
          code('md-image', start, end, node.url);
          mark(start, end);
          descend = false;
          break;
        case 'imageReference': {
          const c = code('md-image', start, end, `[${node.identifier}]`);
          references.push({ code: c, identifier: node.identifier });
          mark(start, end);
          descend = false;
          break;
        }
        case 'link':
          if (text.charCodeAt(start) !== 91) {
            descend = false; // an autolink: the scanner reads it
            break;
          }
          code('md-link', start, end, node.url);
          mark(labelEnd(node, start, end), end);
          break;
        case 'linkReference': {
          const c = code('md-link', start, end, `[${node.identifier}]`);
          references.push({ code: c, identifier: node.identifier });
          if (node.referenceType !== 'shortcut') mark(labelEnd(node, start, end) + 1, end);
          break;
        }
        case 'footnoteReference':
          code('md-link', start, end, `[^${node.identifier}]`);
          mark(start, end);
          descend = false;
          break;
        case 'footnoteDefinition':
          mark(start, node.children[0]?.position?.start.offset ?? end);
          break;
        case 'definition':
          definitions.set(node.identifier, node.url);
          mark(start, end);
          descend = false;
          break;
        case 'yaml':
          mark(start, end);
          descend = false;
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          code('md-emphasis', start, end, node.type);
          break;
      }
    }
    if (descend && 'children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as Nodes);
  }
  for (const r of references) {
    const url = definitions.get(r.identifier);
    if (url !== undefined) r.code.key = url;
  }
}

/** Markdown codes, parsing blank-line-separated chunks on their own when the whole text overflows the parser's stack. */
function markdownAll(text: string, skip: Uint8Array, out: Code[]): void {
  try {
    markdownCodes(text, 0, skip, out);
    return;
  } catch {
    out.length = 0;
    skip.fill(0);
  }
  let chunkStart = -1;
  const flush = (end: number) => {
    if (chunkStart < 0) return;
    const n = out.length;
    try {
      markdownCodes(text.slice(chunkStart, end), chunkStart, skip, out);
    } catch {
      out.length = n; // this chunk yields no Markdown codes
      skip.fill(0, chunkStart, end);
    }
    chunkStart = -1;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() === '') flush(lineStart);
    else if (chunkStart < 0) chunkStart = lineStart;
    lineStart = lineEnd + 1;
  }
  flush(text.length);
}

// ================================================================== extraction

/**
 * The codes of `text`, sorted by offset. `inline` names the XLIFF inline codes that stand in the
 * text as U+FFFC (from a bilingual file parser); without it each U+FFFC is an 'inline' code with
 * an empty key (compared by count).
 */
export function extractCodes(text: string, format: 'plaintext' | 'markdown', inline?: readonly InlineCodeRef[]): Code[] {
  const out: Code[] = [];
  const s: Scan = { text, match: matchBraces(text), out };
  if (inline?.length) s.inline = new Map(inline.map((r) => [r.at, r]));
  if (format === 'markdown') {
    const skip = new Uint8Array(text.length);
    markdownAll(text, skip, out);
    // The plain-text kinds in every run of text the parse left as prose (or inline HTML).
    let k = 0;
    while (k < text.length) {
      while (k < text.length && skip[k]) k++;
      const a = k;
      while (k < text.length && !skip[k]) k++;
      if (k > a) scanRange(s, a, k, true, 0);
    }
  } else {
    scanRange(s, 0, text.length, true, 0);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

// ================================================================== comparison

/** ISO 639-1 codes: a path segment or sub-domain that is one of these (with or without a region) names a language. */
const ISO639_1 = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko ' +
    'kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi ' +
    'pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ' +
    'ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);
/** Whether a code is an ISO 639-1 language code ("en", "lt"). */
export function isIso639_1(code: string): boolean {
  return ISO639_1.has(code);
}
const LANG_PARAMS = new Set(['lang', 'language', 'hl', 'locale', 'lng', 'lc', 'ln', 'setlang', 'uselang']);

/** 'de', 'de-DE', 'pt_BR', 'zh-Hant', 'zh-Hant-TW': an ISO 639-1 language, then up to two script or region subtags. */
function isLanguageTag(s: string): boolean {
  if (s.length > 13) return false;
  const parts = s.split(/[-_]/);
  if (parts.length > 3 || !ISO639_1.has(parts[0]!.toLowerCase())) return false;
  return parts.slice(1).every((p) => p.length >= 2 && p.length <= 4 && [...p].every((ch) => isAsciiLetter(ch.charCodeAt(0)) || (p.length === 3 && isDigit(ch.charCodeAt(0)))));
}

interface ParsedUrl {
  scheme: string;
  host: string[];
  path: string[];
  query: [string, string][];
  fragment: string;
}

function parseUrl(u: string): ParsedUrl {
  let rest = u;
  let scheme = '';
  const sep = rest.indexOf('://');
  if (sep > 0 && sep < 8) {
    scheme = rest.slice(0, sep).toLowerCase();
    rest = rest.slice(sep + 3);
  }
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  let query: [string, string][] = [];
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest
      .slice(q + 1)
      .split('&')
      .map((kv) => {
        const e = kv.indexOf('=');
        return e < 0 ? [kv, ''] : [kv.slice(0, e), kv.slice(e + 1)];
      });
    rest = rest.slice(0, q);
  }
  const slash = rest.indexOf('/');
  const host = (slash < 0 ? rest : rest.slice(0, slash)).toLowerCase();
  const path = slash < 0 ? [] : rest.slice(slash + 1).split('/');
  return { scheme, host: host.split('.'), path, query, fragment };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

/** Path segments a and b are equal except in one segment where both hold a language tag, or one of them has one language segment more. */
function equalButLanguage(a: readonly string[], b: readonly string[]): { equal: boolean; localized: boolean } {
  if (a.length === b.length) {
    let diffs = 0;
    for (let k = 0; k < a.length; k++) {
      if (a[k] === b[k]) continue;
      if (!isLanguageTag(a[k]!) || !isLanguageTag(b[k]!)) return { equal: false, localized: false };
      diffs++;
    }
    return { equal: diffs <= 1, localized: diffs === 1 };
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return { equal: false, localized: false };
  for (let k = 0; k < long.length; k++) {
    if (!isLanguageTag(long[k]!)) continue;
    if (sameList([...long.slice(0, k), ...long.slice(k + 1)], short)) return { equal: true, localized: true };
  }
  return { equal: false, localized: false };
}

/** The same resource in another language: only the language (a path segment, the first host label, a lang= parameter) differs. */
function isLocalizedUrl(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = parseUrl(a);
  const pb = parseUrl(b);
  if (pa.scheme !== pb.scheme || pa.fragment !== pb.fragment) return false;
  // The same host, or the same but for a language sub-domain (en.wikipedia.org → de.wikipedia.org).
  let localized = false;
  if (!sameList(pa.host, pb.host)) {
    if (pa.host.length !== pb.host.length || pa.host.length < 3 || !sameList(pa.host.slice(1), pb.host.slice(1))) return false;
    if (!isLanguageTag(pa.host[0]!) || !isLanguageTag(pb.host[0]!)) return false;
    localized = true;
  }
  const path = equalButLanguage(pa.path, pb.path);
  if (!path.equal) return false;
  localized ||= path.localized;
  if (pa.query.length !== pb.query.length) return false;
  for (let k = 0; k < pa.query.length; k++) {
    const [ka, va] = pa.query[k]!;
    const [kb, vb] = pb.query[k]!;
    if (ka !== kb) return false;
    if (va === vb) continue;
    if (!LANG_PARAMS.has(ka.toLowerCase()) || !isLanguageTag(va) || !isLanguageTag(vb)) return false;
    localized = true;
  }
  return localized;
}

/** Why two URLs that are not the same still look like the same link (or null). */
function nearUrl(a: string, b: string): string | null {
  const strip = (u: string) => u.replace(/^[a-z]+:\/\//i, '');
  if (a.replace(/\/$/, '') === b.replace(/\/$/, '')) return 'a trailing slash was added or removed';
  if (strip(a) === strip(b)) return `the scheme changed (${a.split(':')[0]} → ${b.split(':')[0]})`;
  if (strip(a).replace(/^www\./i, '') === strip(b).replace(/^www\./i, '')) return '"www." was added or removed';
  if (a.toLowerCase() === b.toLowerCase()) return 'the case changed';
  if (strip(a).replace(/\/$/, '').toLowerCase() === strip(b).replace(/\/$/, '').toLowerCase()) return 'the scheme, a trailing slash or the case changed';
  return null;
}

const URL_KINDS = new Set<CodeKind>(['url', 'md-link', 'md-image']);
/** Open/close events of paired tags (HTML by name, inline codes by id), for the nesting check. */
function tagEvent(c: Code): { open: boolean; name: string } | null {
  if (c.kind === 'html') {
    if (c.key.endsWith('/>')) return null;
    if (c.key.startsWith('</')) return { open: false, name: c.key.slice(2, -1) };
    const name = c.key.slice(1).split(/[ >]/)[0]!;
    return { open: true, name };
  }
  if (c.kind === 'inline' && c.key) {
    return c.key.startsWith('/') ? { open: false, name: c.key.slice(1) } : null; // opens are found from their closes
  }
  return null;
}

/**
 * The closing tags that break the nesting (`<b><i></b></i>`: the </b>), by index in `codes`.
 * A closing tag with no open tag of its name is not counted here (it is a missing/extra matter).
 */
function brokenNesting(codes: readonly Code[]): number[] {
  const broken: number[] = [];
  const stack: string[] = [];
  // Inline codes: an id seen closed is a paired code; its first occurrence before the close opens it.
  const pairedInline = new Set<string>();
  for (const c of codes) if (c.kind === 'inline' && c.key.startsWith('/')) pairedInline.add(c.key.slice(1));
  // How many of each name the stack holds: a close with no open is decided without a search,
  // and a search ends by popping what it passed over (linear overall).
  const open = new Map<string, number>();
  codes.forEach((c, idx) => {
    let ev = tagEvent(c);
    if (!ev && c.kind === 'inline' && pairedInline.has(c.key)) ev = { open: true, name: c.key };
    if (!ev) return;
    const name = (c.kind === 'inline' ? 'inline:' : '') + ev.name;
    if (ev.open) {
      stack.push(name);
      open.set(name, (open.get(name) ?? 0) + 1);
      return;
    }
    if (!open.get(name)) return;
    // HTML elements whose end tag may be omitted (p, li…) do not break nesting when left open.
    let crossed = false;
    for (;;) {
      const top = stack.pop()!;
      open.set(top, open.get(top)! - 1);
      if (top === name) break;
      if (!OPTIONAL_END.has(top)) crossed = true;
    }
    if (crossed) broken.push(idx);
  });
  return broken;
}
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'colgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp', 'optgroup', 'br', 'hr', 'img']);

export function compareCodes(source: Code[], target: Code[]): CodeDiff {
  const id = (c: Code) => c.kind + '\u0000' + c.key;
  // Multiset by (kind, key): the first target codes of a key match the source codes of that key.
  const pool = new Map<string, { list: Code[]; used: number }>();
  for (const c of target) {
    const k = id(c);
    let entry = pool.get(k);
    if (!entry) pool.set(k, (entry = { list: [], used: 0 }));
    entry.list.push(c);
  }
  let missing: Code[] = [];
  for (const c of source) {
    const entry = pool.get(id(c));
    if (entry && entry.used < entry.list.length) entry.used++;
    else missing.push(c);
  }
  const unmatched = new Set<Code>();
  for (const entry of pool.values()) for (let k = entry.used; k < entry.list.length; k++) unmatched.add(entry.list[k]!);
  let extra = target.filter((c) => unmatched.has(c));
  // Hashtags are often translated or added in news: an extra one is not reported.
  extra = extra.filter((c) => c.kind !== 'hashtag');
  // "%5" in a target whose source has no Qt-style argument is a percentage written the Turkish,
  // Basque or Persian way ("%5 indirim"), not an added argument.
  if (!source.some(isQtArgument)) extra = extra.filter((c) => !isQtArgument(c));

  // A URL localised in its language segment is the same link.
  const near: CodeDiff['near'] = [];
  const missingUrls = missing.filter((c) => URL_KINDS.has(c.kind)).length;
  const extraUrls = extra.filter((c) => URL_KINDS.has(c.kind)).length;
  // (Pairs are tried each with each: bounded, so that thousands of changed URLs stay cheap.)
  if (missingUrls && extraUrls && missingUrls * extraUrls <= 40_000) {
    const usedExtra = new Set<Code>();
    const keep: Code[] = [];
    for (const m of missing) {
      if (!URL_KINDS.has(m.kind)) {
        keep.push(m);
        continue;
      }
      const t = extra.find((e) => e.kind === m.kind && !usedExtra.has(e) && isLocalizedUrl(m.key, e.key));
      if (t) usedExtra.add(t);
      else keep.push(m);
    }
    missing = keep;
    extra = extra.filter((e) => !usedExtra.has(e));
    const explained = new Set<Code>();
    for (const m of missing) {
      if (!URL_KINDS.has(m.kind)) continue;
      for (const e of extra) {
        if (e.kind !== m.kind || explained.has(e)) continue;
        const reason = nearUrl(m.key, e.key);
        if (reason) {
          near.push({ source: m, target: e, reason });
          explained.add(e);
          break;
        }
      }
    }
  }

  const changedOrder: CodeDiff['changedOrder'] = [];
  // printf conversions without a position: the n-th argument fills the n-th conversion.
  const seqS = source.filter(isSequentialPrintf);
  const seqT = target.filter(isSequentialPrintf);
  if (seqS.length === seqT.length && seqS.length > 1) {
    const sortedS = seqS.map((c) => c.key).sort();
    const sortedT = seqT.map((c) => c.key).sort();
    if (sameList(sortedS, sortedT)) {
      for (let k = 0; k < seqS.length; k++) if (seqS[k]!.key !== seqT[k]!.key) changedOrder.push({ source: seqS[k]!, target: seqT[k]! });
    }
  }
  // Paired tags whose nesting the target breaks (and the source does not).
  const tagsT = target.filter((c) => c.kind === 'html' || c.kind === 'inline');
  if (tagsT.length > 1) {
    const tagsS = source.filter((c) => c.kind === 'html' || c.kind === 'inline');
    if (!brokenNesting(tagsS).length) {
      const byKey = new Map<string, Code[]>();
      for (const c of tagsS) {
        const list = byKey.get(id(c));
        if (list) list.push(c);
        else byKey.set(id(c), [c]);
      }
      for (const idx of brokenNesting(tagsT)) {
        const t = tagsT[idx]!;
        const s = byKey.get(id(t))?.shift();
        if (s) changedOrder.push({ source: s, target: t });
      }
    }
  }
  return { missing, extra, changedOrder, near };
}

// ================================================================== punctuation parity

function baseLang(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The text with every code blanked out (a '?' in a URL query or an ICU message is not a question). */
function withoutCodes(text: string): string {
  const codes = extractCodes(text, 'plaintext');
  if (!codes.length) return text;
  let out = '';
  let at = 0;
  for (const c of codes) {
    if (c.start < at) continue;
    out += text.slice(at, c.start) + ' '.repeat(c.end - c.start);
    at = c.end;
  }
  return out + text.slice(at);
}

function countOf(text: string, chars: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i]!)) n++;
  return n;
}

/** Question marks of every script: ? ？ ؟ (Arabic script) ⸮ ፧ (Ethiopic) ‽ ⁇ ⁈ ⁉ ﹖, and the language's own (the pack's `questionMarks`: Greek ;, Armenian ՞); ¿ counts when no ? closes it. */
function questionMarks(text: string, lang: string): number {
  let marks = countOf(text, '?？؟⸮፧‽⁇⁈⁉﹖');
  const own = pack(lang)?.questionMarks;
  if (own) marks += countOf(text, own);
  return Math.max(marks, countOf(text, '¿'));
}

/**
 * Questions asked without a question mark, as some languages write them: Japanese "…か。",
 * Chinese "…嗎。", Korean "…까." Thai asks with particles and rarely writes "?": one of its
 * question words counts. (Only consulted when the question marks fall short.)
 */
const THAI_QUESTION_WORDS = ['ไหม', 'มั้ย', 'หรือ', 'อะไร', 'ใคร', 'ทำไม', 'อย่างไร', 'ยังไง', 'เมื่อไร', 'เมื่อไหร่', 'ที่ไหน', 'เท่าไร', 'เท่าไหร่', 'ล่ะ', 'เหรอ', 'หรอ', 'กี่'];
function unmarkedQuestions(text: string, lang: string): number {
  let n = 0;
  const endsWith = (chars: string, enders: string) => {
    for (let i = 0; i < text.length; i++) {
      if (!chars.includes(text[i]!)) continue;
      const next = text[i + 1];
      if (next === undefined || enders.includes(next)) n++;
    }
  };
  switch (lang) {
    case 'ja':
      endsWith('か', '。．.」』');
      break;
    case 'zh':
    case 'yue':
      endsWith('吗嗎呢麼么', '。．.」』”');
      break;
    case 'ko':
      endsWith('까', '.。');
      break;
    case 'th':
    case 'lo':
      for (const w of THAI_QUESTION_WORDS) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) n++;
      break;
  }
  return n;
}

/** By language, from the language packs (languages/types.ts: `noQuestionMark`). */
const NO_QUESTION_MARK = languagesWith('noQuestionMark');
/** By language, from the language packs (languages/types.ts: `fewExclamations`). */
const FEW_EXCLAMATIONS = languagesWith('fewExclamations');

/** Sentence-ending marks followed by a space or the end (a rough sentence count). */
function sentenceCount(text: string): number {
  let n = 0;
  const t = text.trim();
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if ('。！？'.includes(c)) n++;
    else if ('.!?;؟।'.includes(c) && (i + 1 === t.length || isSpaceCode(t.charCodeAt(i + 1)) || '"”’»)」'.includes(t[i + 1]!))) n++;
  }
  return Math.max(1, n);
}

interface PairCount {
  pairs: number;
  balanced: boolean;
  /** The text inside each matched pair (brackets only). */
  contents: string[];
}

const BRACKET_FAMILIES: [string, string][] = [
  ['(（⦅﹙', ')）⦆﹚'],
  ['[［【〔〖〘', ']］】〕〗〙'],
];

/** Bracket pairs by family (round, square; full-width and CJK variants are the same family). */
function bracketPairs(text: string): PairCount {
  let pairs = 0;
  let balanced = true;
  const contents: string[] = [];
  for (const [opens, closes] of BRACKET_FAMILIES) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (opens.includes(c)) stack.push(i);
      else if (closes.includes(c)) {
        if (stack.length) {
          const o = stack.pop()!;
          pairs++;
          contents.push(text.slice(o + 1, i));
        } else if (!isListOrSmileyClose(text, i)) balanced = false;
      }
    }
    if (stack.length) balanced = false;
  }
  return { pairs, balanced, contents };
}

/** An unmatched ')' that ends a list enumerator ("1)", "a)", "iv)") or a smiley (":)"). */
function isListOrSmileyClose(text: string, i: number): boolean {
  const p = text[i - 1];
  if (p === ':' || p === ';' || p === '=' || p === '-') return true;
  let a = i;
  while (a > 0 && a > i - 4 && isAsciiAlnum(text.charCodeAt(a - 1))) a--;
  return a < i && (a === 0 || isSpaceCode(text.charCodeAt(a - 1)));
}

/**
 * Quotations: «…», „…“, “…”, "…", 「…」, 『…』 are each one quotation, whatever the direction of
 * the marks (»…« and ”…” are quotations too). A family with an odd number of marks, or a corner
 * bracket left open, is unbalanced. Single quotes are not counted: ’ is also the apostrophe.
 */
function quotations(text: string): PairCount {
  let pairs = 0;
  let balanced = true;
  for (const family of ['"“”„‟＂〝〞〟', '«»', '‹›']) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (!family.includes(text[i]!)) continue;
      // '"' between two Hebrew letters is the gershayim of an acronym (צה"ל), not a quotation mark.
      if (text[i] === '"' && isHebrewLetter(text.charCodeAt(i - 1)) && isHebrewLetter(text.charCodeAt(i + 1))) continue;
      n++;
    }
    pairs += Math.ceil(n / 2);
    if (n % 2) balanced = false;
  }
  for (const [open, close] of [
    ['「', '」'],
    ['『', '』'],
    ['﹁', '﹂'],
    ['﹃', '﹄'],
  ] as const) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) {
        depth++;
        pairs++;
      } else if (text[i] === close) {
        if (depth) depth--;
        else balanced = false;
      }
    }
    if (depth) balanced = false;
  }
  return { pairs, balanced, contents: [] };
}

const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xff10];
/**
 * Upper case, ASCII digits for the digits of other scripts, letters and digits only (other
 * characters dropped, or a space with `keepSeparators`): for "is (CBS) still in the text?".
 */
function foldForSearch(s: string, keepSeparators = false): string {
  let out = '';
  for (const ch of s.toUpperCase()) {
    const c = ch.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9);
    if (zero !== undefined) out += String(c - zero);
    else if (LETTER_MARK_NUMBER.test(ch)) out += ch;
    else if (keepSeparators) out += ' ';
  }
  return out;
}
function isNumeric(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isDigit(s.charCodeAt(k))) return false;
  return s.length > 0;
}

/**
 * The numbers of a folded text without leading zeros ('' for a group of zeros): times and dates
 * are written with other separators and units ("(6.30-10.00)" → "6時30分から10時"), so the
 * numbers are compared one by one.
 */
function digitGroups(folded: string): string[] {
  const out: string[] = [];
  let k = 0;
  while (k < folded.length) {
    if (!isDigit(folded.charCodeAt(k))) {
      k++;
      continue;
    }
    const a = k;
    while (k < folded.length && isDigit(folded.charCodeAt(k))) k++;
    out.push(folded.slice(a, k).replace(/^0+/, ''));
  }
  return out;
}

/** Bracketed content that a translation keeps as it is: an acronym, a year, a number ("(CBS)", "(2004)", "(A4)"). */
function isInvariantContent(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 24) return false;
  let upperOrDigit = 0;
  for (const ch of t) {
    const c = ch.codePointAt(0)!;
    if (isDigit(c) || (c >= 65 && c <= 90)) upperOrDigit++;
    else if (!' .,-–/&+%:'.includes(ch)) return false;
  }
  return upperOrDigit >= 2;
}

/** The text without trailing spaces and closing quotes or brackets. */
function trimEnd(text: string): string {
  let e = text.length;
  while (e > 0 && (isSpaceCode(text.charCodeAt(e - 1)) || '"\'”’»)」』]*_'.includes(text[e - 1]!))) e--;
  return text.slice(0, e);
}
function endsWithEllipsis(text: string): boolean {
  const t = trimEnd(text);
  return t.endsWith('…') || t.endsWith('...') || t.endsWith('⋯') || t.endsWith('‥') || t.endsWith('・・・') || t.endsWith('。。。');
}
function endsWithColon(text: string): boolean {
  const last = trimEnd(text).slice(-1);
  return last !== '' && ':：︰﹕'.includes(last);
}

/**
 * Punctuation that should carry over from `source` to `target` (one aligned segment: a sentence,
 * a unit, a paragraph or a document). Counts are compared, not positions, because a translation
 * may move a question or merge sentences; what is reported is what precision allows:
 *  - question: the target has fewer questions than the source (question marks of its script;
 *    Japanese "か。", Chinese "嗎。", Korean "까." and Thai question words count as questions);
 *  - exclamation: a short source (≤ 2 sentences, ≤ 160 characters) with '!' and a target with
 *    none (not for German and Japanese targets, whose style avoids '!');
 *  - brackets: the target leaves a bracket open or closes one it never opened while the source
 *    does not; or it drops a bracketed acronym or number of the source ("(CBS)") altogether;
 *  - quotes: the target leaves a quotation unbalanced while the source is balanced (a quotation
 *    dropped or turned into reported speech is a translator's choice and is not reported);
 *  - ellipsis: the source ends with an ellipsis ("Loading…", "Save as…") and the target does not;
 *  - colon-end: the source ends with a colon ("Name:") and the target does not.
 */
export function punctuationParity(source: string, target: string, sourceLang: string, targetLang: string): PunctuationDiff[] {
  const out: PunctuationDiff[] = [];
  const src = withoutCodes(source);
  const tgt = withoutCodes(target);
  const sl = baseLang(sourceLang);
  const tl = baseLang(targetLang);
  if (!tgt.trim() || !src.trim()) return out;

  // Questions
  const qs = questionMarks(src, sl);
  if (qs > 0 && !NO_QUESTION_MARK.has(tl)) {
    let qt = questionMarks(tgt, tl);
    if (qt < qs) qt = Math.min(qs, qt + unmarkedQuestions(tgt, tl));
    if (qt < qs) {
      out.push({ kind: 'question', source: qs, target: qt, message: qt === 0 ? 'The source asks a question; the translation has no question mark.' : `The source has ${qs} questions; the translation has ${qt}.` });
    }
  }

  // Exclamations
  const es = Math.max(countOf(src, '!！‼⁉'), countOf(src, '¡'));
  if (es > 0 && !FEW_EXCLAMATIONS.has(tl)) {
    const et = countOf(tgt, '!！‼⁉¡') + (tl === 'hy' ? countOf(tgt, '\u055c') : 0);
    if (et === 0 && sentenceCount(src) <= 2 && src.trim().length <= 160) {
      out.push({ kind: 'exclamation', source: es, target: 0, message: 'The source is an exclamation; the translation has no exclamation mark.' });
    }
  }

  // Brackets
  const bs = bracketPairs(src);
  const bt = bracketPairs(tgt);
  if (bs.balanced && !bt.balanced) {
    out.push({ kind: 'brackets', source: bs.pairs, target: bt.pairs, message: 'A bracket is left open or closed without being opened in the translation (the source is balanced).' });
  } else if (bt.pairs < bs.pairs) {
    const folded = foldForSearch(tgt);
    const numbers = new Set([...digitGroups(foldForSearch(tgt, true)), ...digitGroups(folded)]);
    const lost = bs.contents.filter((c) => {
      if (!isInvariantContent(c)) return false;
      const f = foldForSearch(c);
      if (!isNumeric(f)) return !folded.includes(f);
      // Numbers, times, dates: each number must be there, whatever separates them.
      return !(numbers.has(f.replace(/^0+/, '')) || digitGroups(foldForSearch(c, true)).every((g) => g === '' || numbers.has(g)));
    });
    if (lost.length) {
      out.push({ kind: 'brackets', source: bs.pairs, target: bt.pairs, message: `The translation drops the bracketed ${lost.map((c) => `(${c.trim()})`).join(', ')} of the source.` });
    }
  }

  // Quotations
  const qos = quotations(src);
  const qot = quotations(tgt);
  if (qos.balanced && !qot.balanced) {
    out.push({ kind: 'quotes', source: qos.pairs, target: qot.pairs, message: 'A quotation is left unclosed (or closed without being opened) in the translation; the source is balanced.' });
  }

  // A trailing ellipsis ("Save as…") and a trailing colon ("Name:") carry meaning in labels.
  if (endsWithEllipsis(src) && !endsWithEllipsis(tgt)) {
    out.push({ kind: 'ellipsis', source: 1, target: 0, message: 'The source ends with an ellipsis; the translation does not.' });
  }
  if (sl !== 'hy' && endsWithColon(src) && !endsWithColon(tgt)) {
    out.push({ kind: 'colon-end', source: 1, target: 0, message: 'The source ends with a colon; the translation does not.' });
  }
  return out;
}
