/**
 * Quotation-mark analysis of one block: find the marks (telling apostrophes and primes
 * apart), decide whether each opens or closes from the characters around it, pair them with
 * a stack, and judge every pair against the language's profile.
 *
 * Linear in the block length: one scan for marks, one pass over the marks with a stack
 * (each mark is pushed and popped at most once; searches below the top are bounded by the
 * nesting depth, which is capped).
 */
import { MASK } from '../types';
import type { RuleFinding } from '../rule';
import type { Fix, Severity, TextEdit } from '../types';
import { acceptedPairs, KNOWN_PAIRS, type QuotePair, type QuoteProfile } from './profiles';
import { byLanguage } from '../languages/index';

export type MarkClass = 'double' | 'single' | 'guillemet' | 'sguillemet' | 'corner' | 'wcorner' | 'prime';
type Role = 'open' | 'close';
interface Glyph {
  cls: MarkClass;
  straight: boolean;
  role: Role | 'both';
}

const GLYPHS: Record<string, Glyph> = {
  '"': { cls: 'double', straight: true, role: 'both' },
  "'": { cls: 'single', straight: true, role: 'both' },
  '“': { cls: 'double', straight: false, role: 'open' },
  '”': { cls: 'double', straight: false, role: 'close' },
  '„': { cls: 'double', straight: false, role: 'open' },
  '‟': { cls: 'double', straight: false, role: 'open' },
  '‘': { cls: 'single', straight: false, role: 'open' },
  '’': { cls: 'single', straight: false, role: 'close' },
  '‚': { cls: 'single', straight: false, role: 'open' },
  '‛': { cls: 'single', straight: false, role: 'open' },
  '«': { cls: 'guillemet', straight: false, role: 'open' },
  '»': { cls: 'guillemet', straight: false, role: 'close' },
  '‹': { cls: 'sguillemet', straight: false, role: 'open' },
  '›': { cls: 'sguillemet', straight: false, role: 'close' },
  '「': { cls: 'corner', straight: false, role: 'open' },
  '」': { cls: 'corner', straight: false, role: 'close' },
  '『': { cls: 'wcorner', straight: false, role: 'open' },
  '』': { cls: 'wcorner', straight: false, role: 'close' },
  '〝': { cls: 'prime', straight: false, role: 'open' },
  '〞': { cls: 'prime', straight: false, role: 'close' },
  '〟': { cls: 'prime', straight: false, role: 'close' },
};

export function isQuoteChar(c: string): boolean {
  return GLYPHS[c] !== undefined;
}

// ------------------------------------------------------------------ character tests

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral: CJK extensions and other letters
  return LETTER.test(c);
}
function isDigit(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return DIGIT.test(c);
}
function isHebrew(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code >= 0x0590 && code <= 0x05ff;
}
/** Han, kana, Hangul and full-width forms: scripts without apostrophes or spaces between words. */
function isCJK(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0xd800 && code <= 0xdfff);
}
/** A letter of an alphabetic script (where apostrophes exist). */
function isAlpha(c: string | undefined): boolean {
  return isLetter(c) && !isCJK(c);
}
/** Horizontal space (a space inside a line). */
function isHSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f' || c === '\u2009' || c === '\u2007' || c === '\u2002' || c === '\u2003' || c === '\u3000';
}
function isSpace(c: string | undefined): boolean {
  return isHSpace(c) || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}
/** Characters after which an opening mark sits (besides spaces): brackets, dashes, slash. */
const OPEN_CTX = new Set(['(', '[', '{', '—', '–', '‒', '―', '-', '/', '¿', '¡', '（', '［', '｛', '〔', '【']);
/** Characters before which a closing mark sits (besides spaces). */
const CLOSE_CTX = new Set([
  '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '‒', '―', '-', '/',
  '。', '、', '，', '！', '？', '；', '：', '）', '］', '｝', '〕', '】', '؟', '،', '؛',
]);

type PrevSide = 'edge' | 'space' | 'open' | 'punct' | 'word';
type NextSide = 'edge' | 'space' | 'close' | 'word';
export type Flank = 'L' | 'R' | 'B' | 'N';

// ------------------------------------------------------------------ marks

interface Mark {
  /** Block-relative offset and length (2 for doubled singles like '' or ‘‘). */
  i: number;
  len: number;
  /** The glyph as written (one character, or two for doubled singles). */
  text: string;
  /** The glyph it stands for (the double mark for doubled singles). */
  ch: string;
  g: Glyph;
  doubled: boolean;
  flank: Flank;
  prev: PrevSide;
  next: NextSide;
  /** Horizontal spaces directly before / after the mark. */
  wsBefore: number;
  wsAfter: number;
  /** ' or ’ next to a letter: may be an apostrophe if nothing pairs with it. */
  tentative: boolean;
  /** Straight mark after a digit: a prime or inch mark unless it closes a quotation. */
  inchLike: boolean;
  /** For inchLike marks: a mark of the same glyph directly before the number ("02"). */
  numberQuoted: boolean;
  role: Role;
  /** How the role was decided: from the spacing around it, or from the glyph. */
  how: 'context' | 'position' | 'glyph' | 'toggle' | 'reversed' | 'mirrored';
  /** Set on the partner of a mirrored opener: it closes. */
  forceClose: boolean;
  /** When punctuation follows the mark: what comes after that punctuation. */
  afterPunct: 'closer' | 'word' | 'end';
  /** The character after the spaces that follow the mark. */
  afterWs: string | undefined;
  /** Index into pairs when paired. */
  pair: number;
  /** Opening mark directly enclosing this one (stack parent), for openers. */
  parent: Mark | null;
}

export interface QuotePairInfo {
  open: Mark;
  close: Mark;
}

/** Words that an apostrophe at the start of a word abbreviates ('n', 'em, 's-Hertogenbosch, 't). */
// Sources: Merriam-Webster and CMOS 7.30 (English ’n’, ’em, ’til, ’tis, ’twas, ’cause, ’bout);
// Taalunie, "Apostrof" (Dutch ’s, ’t, ’n, ’k); Duden D 16 (German ’s).
const INITIAL_ELISIONS = new Set(['n', 'em', 'til', 'tis', 'twas', 'cause', 'bout', 'round', 's', 't', 'k', 'ns']);

function lineStartMasked(text: string, j: number): boolean {
  // j is a MASK; true if the MASK run reaches the block start or a line break.
  while (j >= 0 && (text[j] === MASK || isHSpace(text[j]))) j--;
  return j < 0 || text[j] === '\n' || text[j] === '\r';
}

function prevSide(text: string, i: number, skipSpace: boolean): { side: PrevSide; ws: number } {
  let j = i - 1;
  let ws = 0;
  while (j >= 0 && isHSpace(text[j])) {
    ws++;
    j--;
  }
  if (ws > 0 && !(skipSpace && ws === 1)) return { side: 'space', ws };
  for (let k = 0; j >= 0 && k < 8 && GLYPHS[text[j]!]; k++) j--;
  if (j < 0) return { side: 'edge', ws };
  const c = text[j]!;
  if (isSpace(c)) return { side: 'space', ws };
  if (c === MASK) return { side: lineStartMasked(text, j) ? 'edge' : 'word', ws };
  if (OPEN_CTX.has(c)) return { side: 'open', ws };
  if (isLetter(c) || isDigit(c)) return { side: 'word', ws };
  return { side: 'punct', ws };
}

function nextSide(text: string, i: number, skipSpace: boolean): { side: NextSide; ws: number } {
  let j = i;
  let ws = 0;
  while (j < text.length && isHSpace(text[j])) {
    ws++;
    j++;
  }
  if (ws > 0 && !(skipSpace && ws === 1)) return { side: 'space', ws };
  for (let k = 0; j < text.length && k < 8 && GLYPHS[text[j]!]; k++) j++;
  if (j >= text.length) return { side: 'edge', ws };
  const c = text[j]!;
  if (isSpace(c)) return { side: 'space', ws };
  if (c === MASK) {
    // Trailing markup (an HTML end tag, a Markdown hard break) is not content.
    let k = j;
    while (k < text.length && text[k] === MASK) k++;
    return { side: k >= text.length || text[k] === '\n' || text[k] === '\r' ? 'edge' : 'word', ws };
  }
  // An ellipsis that opens the quoted words ("... finché morte", "…und die Sachen") is their start.
  if (c === '…' || (c === '.' && text[j + 1] === '.' && text[j + 2] === '.')) {
    let k = j;
    while (text[k] === '.' || text[k] === '…') k++;
    if (text[k] === ' ') k++;
    if (isLetter(text[k])) return { side: 'word', ws };
  }
  if (CLOSE_CTX.has(c)) return { side: 'close', ws };
  return { side: 'word', ws };
}

function flankOf(prev: PrevSide, next: NextSide): Flank {
  const p = prev === 'edge' || prev === 'space' || prev === 'open';
  const n = next === 'edge' || next === 'space' || next === 'close';
  if (p && !n) return 'L';
  if (!p && n) return 'R';
  if (!p && !n) return 'B';
  return 'N';
}

// ------------------------------------------------------------------ profile helpers

interface ProfileInfo {
  profile: QuoteProfile | undefined;
  accepted: { pair: QuotePair; nested: boolean }[];
  opens: Set<string>;
  closes: Set<string>;
  glyphs: Set<string>;
}

const infoCache = new Map<string, ProfileInfo>();
export function profileInfo(profile: QuoteProfile | undefined): ProfileInfo {
  const key = profile?.tag ?? '';
  let info = infoCache.get(key);
  if (!info) {
    const accepted = profile ? acceptedPairs(profile) : KNOWN_PAIRS.map((pair) => ({ pair, nested: false }));
    const opens = new Set<string>();
    const closes = new Set<string>();
    for (const { pair } of accepted) {
      opens.add(pair.open);
      closes.add(pair.close);
    }
    info = { profile, accepted, opens, closes, glyphs: new Set([...opens, ...closes]) };
    infoCache.set(key, info);
  }
  return info;
}

function glyphRole(ch: string, info: ProfileInfo): Role | 'both' {
  const g = GLYPHS[ch]!;
  if (g.straight) return 'both';
  const o = info.opens.has(ch);
  const c = info.closes.has(ch);
  if (o && c) return 'both';
  if (o) return 'open';
  if (c) return 'close';
  return g.role;
}

// ------------------------------------------------------------------ scanning

interface Scan {
  marks: Mark[];
  apostropheFindings: RuleFinding[];
}

/**
 * Where a mark can start: one of the GLYPHS keys, or ",," (typed for „). A fixed character
 * class (no quantifier): the regular-expression engine skips the text between marks natively.
 * Used with `test` and `lastIndex` only (no match objects); scanMarks is not re-entrant.
 */
const MARK_START = /["'\u00ab\u00bb\u2018-\u201f\u2039\u203a\u300c-\u300f\u301d-\u301f]|,,|``/g;
/** The first position at or after `from` where a mark can start (text.length if none). */
function nextMarkStart(text: string, from: number): number {
  MARK_START.lastIndex = from;
  if (!MARK_START.test(text)) return text.length;
  const end = MARK_START.lastIndex;
  const two = text.charCodeAt(end - 1);
  return (two === 0x2c || two === 0x60) && text.charCodeAt(end - 2) === two ? end - 2 : end - 1;
}

function scanMarks(text: string, base: number, info: ProfileInfo): Scan {
  const marks: Mark[] = [];
  const apostropheFindings: RuleFinding[] = [];
  const n = text.length;
  const innerSkip = info.profile !== undefined && info.profile.innerSpace !== 'none';
  // The loop visits only the positions where a mark can start; every other position would be skipped
  // by the test below anyway ("continue" moves on to the next candidate after i).
  for (let i = nextMarkStart(text, 0); i < n; i = nextMarkStart(text, i + 1)) {
    const c = text[i]!;
    const g0 = GLYPHS[c];
    if (!g0 && !(c === ',' && text[i + 1] === ',') && !(c === '`' && text[i + 1] === '`')) continue;
    const pc = text[i - 1];
    const nc = text[i + 1];
    let len = 1;
    let ch = c;
    let doubled = false;
    let tentative = false;
    let inchLike = false;

    if (c === '`') {
      // ``…'' (TeX and typewriter habit): two backticks stand in for an opening double mark.
      len = 2;
      ch = '"';
      doubled = true;
    } else if (c === ',') {
      // ",," typed for „ (Polish/German typewriter habit): only before a word, after a space.
      if (!((i === 0 || isSpace(pc)) && isLetter(text[i + 2]))) {
        i++;
        continue;
      }
      len = 2;
      ch = '„';
      doubled = true;
    } else if (c === "'" || c === '’' || c === '‘') {
      // Runs of identical single marks: ''' is wiki markup, '' / ‘‘ / ’’ stand in for a double mark.
      let run = 1;
      while (text[i + run] === c) run++;
      const elisionAfterRun = run === 2 && c !== '‘' && startsElision(text, i + 2);
      if (run >= 3) {
        i += run - 1;
        continue;
      }
      if (elisionAfterRun) {
        // ''n Blödsinn: a quotation mark, then the apostrophe of ’n.
        run = 1;
      } else if (run === 2) {
        len = 2;
        ch = c === "'" ? '"' : c === '‘' ? '“' : '”';
        doubled = true;
      } else if (c === '‘') {
        // ‘ is never an apostrophe; when it is used as one (don‘t, ‘90s) say so.
        if (isAlpha(pc) && isAlpha(nc) && !isHebrew(pc)) {
          apostropheFindings.push(apostropheFinding(base + i, 'This ‘ is used as an apostrophe; the apostrophe is ’.'));
          continue;
        }
        if ((i === 0 || isSpace(pc)) && isDigit(nc) && isDigit(text[i + 2]) && text[i + 3] === 's' && !isLetter(text[i + 4])) {
          apostropheFindings.push(apostropheFinding(base + i, 'This ‘ abbreviates a year: the apostrophe is ’ (’90s).'));
          continue;
        }
      } else {
        // ' and ’: apostrophes between letters, primes after digits, elisions at word starts.
        if ((isAlpha(pc) || isDigit(pc)) && isAlpha(nc)) continue; // don’t, O’Neill, l’uomo, м’ясо, LaBeouf'un, 1990'larda
        if (isAlpha(pc) && isDigit(nc)) continue;
        if (nc === 's' && !isAlpha(text[i + 2]) && pc !== undefined && (GLYPHS[pc] !== undefined || pc === ')')) continue; // the “Times”’s
        if (isDigit(pc) && isDigit(nc)) continue; // 5'10
        if (isDigit(pc)) inchLike = true; // 5' (feet), or the end of a quoted number
        else if ((i === 0 || isSpace(pc) || OPEN_CTX.has(pc!) || GLYPHS[pc!] !== undefined) && isDigit(nc) && isDigit(text[i + 2]) && !isDigit(text[i + 3])) {
          continue; // ’90s, '49
        } else if ((i === 0 || isSpace(pc) || OPEN_CTX.has(pc!) || GLYPHS[pc!] !== undefined) && isAlpha(nc)) {
          let j = i + 1;
          while (j < n && j - i <= 6 && isLetter(text[j])) j++;
          const word = text.slice(i + 1, j).toLowerCase();
          if (!isLetter(text[j]) && INITIAL_ELISIONS.has(word)) {
            if (word === 'n' && (text[j] === c || text[j] === '’' || text[j] === "'")) i = j; // rock ’n’ roll: both marks
            continue;
          }
          tentative = true;
        } else if (isAlpha(pc)) {
          tentative = true; // Jones’ / goin’ — or the end of a quotation
        }
      }
    } else if (c === '"') {
      if (isHebrew(pc) && isHebrew(nc)) continue; // gershayim: צה"ל
      if (isDigit(pc) && isDigit(nc)) continue;
      if (isDigit(pc) && !isLetter(nc)) inchLike = true; // 20" — or the end of a quoted number
    } else if (c === '‚') {
      if (isLetter(pc) && (nc === undefined || isSpace(nc))) continue; // a comma look-alike, not a quotation mark
    }

    const g: Glyph = doubled ? { ...GLYPHS[ch]!, role: c === "'" ? 'both' : GLYPHS[ch]!.role } : g0!;
    if (doubled && c === "'") g.straight = true;
    const role0 = doubled ? g.role : glyphRole(ch, info);
    // French-style inner spaces: look past one space on the inner side of a directional mark.
    const guil = g.cls === 'guillemet' || g.cls === 'sguillemet';
    const skipNext = innerSkip && guil && role0 === 'open';
    const skipPrev = innerSkip && guil && role0 === 'close';
    const p = prevSide(text, i, skipPrev);
    const q = nextSide(text, i + len, skipNext);
    const wsBefore = countBack(text, i);
    const wsAfter = countFwd(text, i + len);
    marks.push({
      i,
      len,
      text: text.slice(i, i + len),
      ch,
      g,
      doubled,
      flank: flankOf(p.side, q.side),
      prev: p.side,
      next: q.side,
      wsBefore,
      wsAfter,
      tentative,
      inchLike,
      role: 'open',
      how: 'glyph',
      pair: -1,
      parent: null,
      forceClose: false,
      afterPunct: q.side === 'close' ? afterPunct(text, i + len, g.cls) : 'end',
      afterWs: text[i + len + wsAfter],
      numberQuoted: inchLike && numberQuoted(text, i, c),
    });
    i += len - 1;
  }
  return { marks, apostropheFindings };
}

/** "02": the digits before position i are directly preceded by the mark `c`. */
function numberQuoted(text: string, i: number, c: string): boolean {
  let j = i - 1;
  while (j >= 0 && i - j < 24 && (isDigit(text[j]) || text[j] === '.' || text[j] === ',' || text[j] === '-')) j--;
  return text[j] === c;
}

/** What follows the punctuation after a mark: a closing mark of its kind, a word, or space/end. */
function afterPunct(text: string, i: number, cls: MarkClass): 'closer' | 'word' | 'end' {
  let j = i;
  while (j < text.length && isHSpace(text[j])) j++;
  let k = 0;
  while (j < text.length && k < 4 && CLOSE_CTX.has(text[j]!)) {
    j++;
    k++;
  }
  while (j < text.length && isHSpace(text[j])) j++;
  const c = text[j];
  if (c !== undefined && GLYPHS[c]?.cls === cls) return 'closer';
  if (c !== undefined && j === i + k && (isLetter(c) || isDigit(c))) return 'word';
  return 'end';
}

/** Whether text at i starts an elided word (n, em, s, t…) followed by a non-letter. */
function startsElision(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i <= 6 && isAlpha(text[j])) j++;
  return j > i && !isAlpha(text[j]) && INITIAL_ELISIONS.has(text.slice(i, j).toLowerCase());
}

function countBack(text: string, i: number): number {
  let k = 0;
  while (i - k - 1 >= 0 && isHSpace(text[i - k - 1])) k++;
  return k;
}
function countFwd(text: string, i: number): number {
  let k = 0;
  while (i + k < text.length && isHSpace(text[i + k])) k++;
  return k;
}

function apostropheFinding(at: number, message: string): RuleFinding {
  return {
    start: at,
    end: at + 1,
    message,
    severity: 'info',
    fixes: [{ title: 'Use ’', edits: [{ start: at, end: at + 1, newText: '’' }], safe: true }],
    data: { kind: 'apostrophe' },
  };
}

// ------------------------------------------------------------------ pairing

const MAX_DEPTH = 16;

interface Pairing {
  pairs: QuotePairInfo[];
  /** Openers never closed in the block (outermost first). */
  unclosed: Mark[];
  /** Closers with nothing to close. */
  unmatched: Mark[];
  /** Openers left open when an enclosing quotation closed. */
  cutOff: Mark[];
}

function contextRole(m: Mark): { role: Role; how: Mark['how'] } | undefined {
  if (m.flank === 'L') return { role: 'open', how: 'context' };
  if (m.flank === 'R') return { role: 'close', how: 'context' };
  if (m.flank === 'N') {
    if (m.prev === 'space' && m.next === 'edge') return { role: 'close', how: 'position' };
    if (m.prev === 'space' && m.next === 'close') {
      // "parts “." closes; but „,“ and « ! » quote punctuation, and «…зачем opens before a word.
      const after = m.afterPunct;
      if (after === 'closer') return { role: 'open', how: 'context' };
      if (after === 'word') return undefined;
      return { role: 'close', how: 'position' };
    }
    if ((m.prev === 'edge' || m.prev === 'open') && m.next === 'space') return { role: 'open', how: 'position' };
  }
  return undefined;
}

function pairMarks(marks: Mark[], info: ProfileInfo, finalApostrophe: boolean, outerSpace: boolean): Pairing {
  const stack: Mark[] = [];
  const pairs: QuotePairInfo[] = [];
  const unmatched: Mark[] = [];
  const cutOff: Mark[] = [];
  const push = (m: Mark) => {
    m.role = 'open';
    m.parent = null;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (!stack[k]!.tentative) {
        m.parent = stack[k]!;
        break;
      }
    }
    if (stack.length >= MAX_DEPTH) {
      // Pathological nesting: treat the deepest opener as never closed.
      const dropped = stack.shift()!;
      if (!dropped.tentative) cutOff.push(dropped);
    }
    stack.push(m);
  };
  const close = (m: Mark, k: number) => {
    const o = stack[k]!;
    for (let x = stack.length - 1; x > k; x--) if (!stack[x]!.tentative) cutOff.push(stack[x]!);
    stack.length = k;
    m.role = 'close';
    o.pair = m.pair = pairs.length;
    pairs.push({ open: o, close: m });
  };
  const findSame = (m: Mark, crossOthers: boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const s = stack[k]!;
      if (s.g.cls === m.g.cls) return k;
      if (!crossOthers && !s.tentative) return -1;
    }
    return -1;
  };

  const topReal = (): Mark | undefined => {
    for (let x = stack.length - 1; x >= 0; x--) if (!stack[x]!.tentative) return stack[x];
    return undefined;
  };
  // The next mark of the same kind, for apostrophe decisions ("‚Das ist Hans’.‘").
  const nextSame: (Mark | undefined)[] = new Array(marks.length);
  /** The next mark of the same kind that is not a possible apostrophe. */
  const nextDefinite: (Mark | undefined)[] = new Array(marks.length);
  const lastOf = new Map<MarkClass, Mark>();
  const lastDefinite = new Map<MarkClass, Mark>();
  for (let x = marks.length - 1; x >= 0; x--) {
    const mx = marks[x]!;
    nextSame[x] = lastOf.get(mx.g.cls);
    nextDefinite[x] = lastDefinite.get(mx.g.cls);
    lastOf.set(mx.g.cls, mx);
    if (!mx.tentative) lastDefinite.set(mx.g.cls, mx);
  }
  for (let mi = 0; mi < marks.length; mi++) {
    const m = marks[mi]!;
    let r = m.forceClose ? { role: 'close' as Role, how: 'position' as Mark['how'] } : contextRole(m);
    if (!r) {
      const gr = m.doubled ? m.g.role : glyphRole(m.ch, info);
      if (gr === 'both') {
        // After punctuation and before a word, in languages that attach words to a closing mark
        // (Korean "…?'라고", Turkish "…"ın), a mark with another quotation open closes it.
        const closeLeaning = m.prev === 'punct' && !outerSpace && topReal() !== undefined;
        r = { role: findSame(m, true) >= 0 || closeLeaning ? 'close' : 'open', how: 'toggle' };
      }
      else if (gr === 'close' && !m.tentative && !m.inchLike && !topReal()) {
        // A closing glyph where the spacing says nothing and nothing is open: written the wrong way round.
        r = { role: 'open', how: 'reversed' };
      } else if (gr === 'open' && m.flank === 'B' && topReal() && topReal()!.g.cls === m.g.cls && (topReal()!.how === 'reversed' || KNOWN_PAIRS.some((k) => k.open === topReal()!.ch && k.close === m.ch))) {
        // No spacing to go by (CJK, or a glued mark): an opening glyph that completes the open
        // quotation's pair (German „…“ in Korean text) closes it.
        r = { role: 'close', how: 'glyph' };
      } else r = { role: gr, how: 'glyph' };
    }
    m.how = r.how;
    if (r.role === 'close' && r.how === 'context' && !m.tentative && !m.inchLike && m.wsBefore === 0 && m.wsAfter > 0 && findSame(m, true) < 0) {
      // "promises” anything but nothing “," — both marks have their space on the wrong side:
      // this one opens, the next mark of its kind (with a space before it) closes.
      for (let k = mi + 1; k < marks.length && k <= mi + 50; k++) {
        const b = marks[k]!;
        if (b.g.cls !== m.g.cls) continue;
        if (b.wsBefore > 0 && b.flank !== 'L') {
          r = { role: 'open', how: 'mirrored' };
          m.how = 'mirrored';
          b.forceClose = true;
        }
        break;
      }
    }
    if (m.inchLike) {
      // A prime/inch mark unless a straight quotation of its kind is open.
      // "02" and "57821", close; in "The screen is 20" wide." the mark is an inch sign.
      const k = r.role === 'close' ? findSame(m, false) : -1;
      const later = nextSame[mi];
      if (k >= 0 && stack[k]!.ch === m.ch && (m.numberQuoted || m.next !== 'space' || !later || later.ch !== m.ch || later.flank === 'L')) close(m, k);
      continue;
    }
    if (m.tentative) {
      if (r.role === 'open') {
        push(m);
        m.tentative = true;
      } else {
        const k = findSame(m, false);
        const o = k >= 0 ? stack[k]! : undefined;
        const later = nextDefinite[mi];
        // An apostrophe rather than a closing mark when a clear closing mark of the kind follows
        // (‚Das ist Hans’.‘, ‘It’s Jones’ car.’) or when it would not complete the opener's pair.
        const apostrophe =
          (later !== undefined && later.flank === 'R' && !later.inchLike) ||
          (o !== undefined && !o.tentative && !o.g.straight && info.profile !== undefined && !info.accepted.some((a) => a.pair.open === o.ch && a.pair.close === m.ch));
        if (o && !apostrophe) close(m, k);
        else if (o) {
          // an apostrophe inside a quotation
        } else if (!finalApostrophe && (m.ch === '’' || m.ch === "'") && m.flank === 'R' && m.wsAfter > 0 && isAlpha(m.afterWs)) {
          m.role = 'close';
          unmatched.push(m);
        }
        // otherwise: an apostrophe (Jones’, goin’)
      }
      continue;
    }
    if (r.role === 'open') {
      push(m);
      continue;
    }
    // A closer: the nearest opener of its kind, else the innermost real opener (a mixed pair).
    let k = findSame(m, true);
    if (k < 0) {
      for (let x = stack.length - 1; x >= 0; x--) {
        if (!stack[x]!.tentative) {
          k = x;
          break;
        }
      }
    }
    if (k >= 0) close(m, k);
    else {
      m.role = 'close';
      unmatched.push(m);
    }
  }
  // A guillemet with spaces on both sides that pairs with nothing is a separator or an arrow
  // ("Datenbank » Tipps"), not a quotation mark.
  const separator = (x: Mark) => (x.g.cls === 'guillemet' || x.g.cls === 'sguillemet') && x.flank === 'N' && x.wsBefore > 0 && x.wsAfter > 0;
  const unclosed = stack.filter((s) => !s.tentative && s.how !== 'reversed' && !separator(s));
  for (const s of stack) if (s.how === 'reversed' && !separator(s)) unmatched.push(s);
  for (let x = unmatched.length - 1; x >= 0; x--) if (separator(unmatched[x]!)) unmatched.splice(x, 1);
  return { pairs, unclosed, unmatched, cutOff };
}

// ------------------------------------------------------------------ judging

const LANG_ANY = 'this language';

function show(p: QuotePair): string {
  return `${p.open}…${p.close}`;
}

export function pairKey(p: QuotePair): string {
  return p.open + p.close;
}

function findAccepted(info: ProfileInfo, open: string, close: string): { pair: QuotePair; nested: boolean } | undefined {
  return info.accepted.find((a) => a.pair.open === open && a.pair.close === close);
}

/** The pair a quotation at this level should use: primary outside, secondary inside the primary. */
/** The single-mark counterpart of a double pair (»…« → ›…‹), for nesting inside alternatives. */
const SINGLE_OF: Record<string, string> = { '»«': '›‹', '«»': '‹›', '“”': '‘’', '„“': '‚‘', '„”': '‚’', '””': '’’', '»»': '››' };

function levelPair(profile: QuoteProfile, parent: QuotePair | undefined): QuotePair {
  if (!parent) return profile.primary;
  const pk = pairKey(parent);
  if (pk === pairKey(profile.primary)) return profile.secondary;
  if (pk === pairKey(profile.secondary)) return profile.primary;
  const single = SINGLE_OF[pk];
  if (single && acceptedPairs(profile).some((a) => pairKey(a.pair) === single)) return { open: single[0]!, close: single[1]! };
  const pc = GLYPHS[parent.open]?.cls;
  if (GLYPHS[profile.primary.open]!.cls !== pc) return profile.primary;
  return profile.secondary;
}

export interface StraightItem {
  kind: 'straight';
  start: number;
  end: number;
  role: Role;
  ch: string;
  /** Pair number within the block (open and close share it). */
  pair: number;
  nested: boolean;
  /** Horizontal spaces on the inner side. */
  inner: number;
}
export interface OpenItem {
  kind: 'unclosed' | 'unmatched' | 'lead';
  start: number;
  end: number;
  cls: MarkClass;
  ch: string;
  /** For unmatched stray marks: spaces before it (a removal fix deletes them too). */
  wsBefore: number;
  /** Unmatched marks that are opening glyphs in closing position: stray. */
  stray: boolean;
}
/**
 * An outer quotation with an accepted pair of double marks other than the profile's primary
 * («…» or „…“ in a text that may also use “…”): fine alone, inconsistent in a document that
 * otherwise uses the primary pair. `finding` converts it to the primary pair, with offsets
 * relative to the block (the item has no start/end of its own: they are inside the finding).
 */
export interface StyleItem {
  kind: 'style';
  pair: string;
  finding: RuleFinding;
}
export type SummaryItem = StraightItem | OpenItem | StyleItem;

export interface QuoteSummary {
  items: SummaryItem[];
  /** Curly quotation pairs by pair ("“”": 3). */
  curly: Record<string, number>;
  /** Outer (not nested) accepted pairs of double marks (isStylePair), by pair. */
  top?: Record<string, number>;
  straight: number;
}

/**
 * Pairs whose mix in one document is a matter of style: double quotation marks («…», »…«, „…“,
 * “…”, ”…”). Single marks (‘…’, ‚…‘, ‹…›) are used beside them on purpose (headlines, terms),
 * and CJK brackets each have their own job (『…』 and 《…》 for titles of works).
 */
export function isStylePair(key: string): boolean {
  return '«»„“”'.includes(key[0]!) && '«»„“”'.includes(key[1]!);
}

export interface BlockAnalysis {
  findings: RuleFinding[];
  summary: QuoteSummary;
}

interface MarkFix {
  glyph?: string;
  removeBefore?: boolean;
  removeAfter?: boolean;
  insertBefore?: string;
  insertAfter?: string;
  msgs: string[];
  severity: Severity;
  safe: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
function stronger(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/** Analyse one block. `base` is the block's document offset; findings carry document offsets. */
export function analyseBlock(text: string, base: number, profile: QuoteProfile | undefined): BlockAnalysis {
  const elided = elidedWords(profile?.tag);
  const info = profileInfo(profile);
  const name = profile?.name ?? LANG_ANY;
  const { marks, apostropheFindings } = scanMarks(text, base, info);
  const findings: RuleFinding[] = [...apostropheFindings];
  const summary: QuoteSummary = { items: [], curly: {}, straight: 0 };
  if (marks.length === 0) return { findings, summary };
  const { pairs, unclosed, unmatched, cutOff } = pairMarks(marks, info, profile?.wordFinalApostrophe ?? true, profile?.outerSpace ?? false);

  const markFixes = new Map<Mark, MarkFix>();
  const fixOf = (m: Mark): MarkFix => {
    let f = markFixes.get(m);
    if (!f) {
      f = { msgs: [], severity: 'hint', safe: true };
      markFixes.set(m, f);
    }
    return f;
  };
  const handled = new Set<Mark>();
  const abs = (i: number) => base + i;

  for (let pi = 0; pi < pairs.length; pi++) {
    const { open: o, close: c } = pairs[pi]!;
    const parentPair = o.parent && o.parent.pair >= 0 ? pairs[o.parent.pair]! : undefined;
    const parentGlyphs: QuotePair | undefined = parentPair ? { open: parentPair.open.ch, close: parentPair.close.ch } : undefined;
    const nested = o.parent !== null;
    const target = profile ? levelPair(profile, parentGlyphs) : undefined;

    // Doubled single marks ('' ‘‘ ’’ ,,) standing in for a double mark.
    if (o.doubled || c.doubled) {
      for (const m of [o, c]) {
        if (!m.doubled) continue;
        const partner = m === o ? c : o;
        // Complete the partner's pair when the partner is a proper mark of the language.
        const viaPartner = partner.doubled || partner.g.straight ? undefined : info.accepted.find((a) => (m === o ? a.pair.close === partner.ch : a.pair.open === partner.ch) && !(a.nested && !nested));
        const want = viaPartner ? (m === o ? viaPartner.pair.open : viaPartner.pair.close) : target ? (m === o ? target.open : target.close) : m.ch;
        const f = fixOf(m);
        f.glyph = want;
        if (isGuillemet(want) && profile?.innerSpace === 'required') {
          if (m === o && m.wsAfter === 0) f.insertAfter = NBSP;
          if (m === c && m.wsBefore === 0) f.insertBefore = NBSP;
        }
        f.msgs.push(`${m.text} stands in for a quotation mark: use ${want}`);
        f.severity = stronger(f.severity, 'warning');
      }
      continue;
    }

    if (o.g.straight || c.g.straight) {
      if (o.g.straight && c.g.straight) {
        if (o.ch === c.ch) {
          summary.straight++;
          if (parentPair && parentPair.open.g.straight && parentPair.open.ch === o.ch && parentPair.close.ch === c.ch) {
            const t = profile ? profile.secondary : undefined;
            const inner = o.ch === '"' ? "'" : '"';
            findings.push({
              start: abs(o.i),
              end: abs(c.i) + c.len,
              message: `A quotation inside a quotation uses the other marks — found ${o.ch}…${c.ch} inside ${o.ch}…${c.ch}` + (t && profile ? ` (in ${name} text: ${show(t)} inside ${show(profile.primary)}).` : ` (${inner}…${inner} inside ${o.ch}…${c.ch}).`),
              severity: 'warning',
              fixes: t ? [{ title: `Use ${show(t)}`, edits: [{ start: abs(o.i), end: abs(o.i) + o.len, newText: t.open }, { start: abs(c.i), end: abs(c.i) + c.len, newText: t.close }], safe: false }] : [],
              data: { kind: 'nesting' },
            });
            handled.add(o).add(c);
            continue;
          }
          const frenchSpaced = profile?.innerSpace === 'required' && o.ch === '"' && o.wsAfter > 0 && c.wsBefore > 0;
          if (frenchSpaced) {
            convertPair(findings, o, c, profile!.primary, profile!, base, text, `In ${name} text, quotations use ${show(profile!.primary)} — found ${o.ch}…${c.ch}`, 'warning', true);
            handled.add(o).add(c);
            continue;
          }
          summary.items.push(straightItem(o, abs(o.i), 'open', pi, nested, o.wsAfter), straightItem(c, abs(c.i), 'close', pi, nested, c.wsBefore));
        } else {
          findings.push(plain(abs(o.i), abs(c.i) + c.len, `This quotation opens with ${o.ch} and closes with ${c.ch}: the marks do not match. Which one is meant is unclear.`, 'warning', { kind: 'mismatch' }));
          handled.add(o).add(c);
          continue;
        }
      } else {
        // One straight, one curly: complete the curly mark's pair.
        const curly = o.g.straight ? c : o;
        const straight = o.g.straight ? o : c;
        // A curly mark written the wrong way round ("…“ at the end): turn it first.
        let curlyCh = curly.ch;
        const wrongWay = curly === c ? info.opens.has(c.ch) && !info.closes.has(c.ch) : info.closes.has(o.ch) && !info.opens.has(o.ch);
        if (wrongWay) {
          const turned = [...new Set(info.accepted.filter((a) => GLYPHS[a.pair.open]!.cls === curly.g.cls).map((a) => (curly === c ? a.pair.close : a.pair.open)))];
          if (turned.length === 1) {
            curlyCh = turned[0]!;
            const fc = fixOf(curly);
            fc.glyph = curlyCh;
            fc.msgs.push(curly === c ? `${c.ch} is an opening mark used to close this quotation: ${name} quotations close with ${curlyCh}` : `${o.ch} is a closing mark used to open this quotation: ${name} quotations open with ${curlyCh}`);
            fc.severity = stronger(fc.severity, 'warning');
          }
        }
        const cands = info.accepted.filter((a) =>
          curly === o ? a.pair.open === curlyCh && GLYPHS[a.pair.close]!.cls === straight.g.cls : a.pair.close === curlyCh && GLYPHS[a.pair.open]!.cls === straight.g.cls,
        );
        const uniq = [...new Set(cands.map((a) => (curly === o ? a.pair.close : a.pair.open)))];
        const f = fixOf(straight);
        if (uniq.length === 1) {
          f.glyph = uniq[0]!;
          f.msgs.push(`This quotation opens with ${o.ch} and closes with ${c.ch}: use ${curly === o ? curlyCh + '…' + uniq[0] : uniq[0] + '…' + curlyCh}`);
        } else {
          f.msgs.push(`This quotation opens with ${o.ch} and closes with ${c.ch}: the marks do not match`);
          f.safe = false;
        }
        f.severity = stronger(f.severity, 'warning');
      }
    } else {
      const key = o.ch + c.ch;
      summary.curly[key] = (summary.curly[key] ?? 0) + 1;
      const acc = findAccepted(info, o.ch, c.ch);
      if (acc && !(acc.nested && !nested)) {
        // Nested in the same kind of marks?
        if (!profile && parentPair && parentPair.open.ch === o.ch && parentPair.close.ch === c.ch) {
          findings.push(plain(abs(o.i), abs(c.i) + c.len, `A quotation inside a quotation uses the other marks — found ${o.ch}…${c.ch} inside ${o.ch}…${c.ch}.`, 'warning', { kind: 'nesting' }));
          handled.add(o).add(c);
          continue;
        }
        if (profile && profile.strictNesting && parentPair && !parentPair.open.g.straight && parentPair.open.g.cls === o.g.cls && parentPair.close.g.cls === c.g.cls && target) {
          const t = GLYPHS[target.open]!.cls === o.g.cls ? otherClassPair(profile, o.g.cls) : target;
          if (t) {
            const style = profile.strictNesting === 'style';
            convertPair(findings, o, c, t, profile, base, text, `A quotation inside a quotation ${style ? 'usually ' : ''}uses the other marks: in ${name} text, ${show(t)} inside ${show(parentGlyphs!)} — found ${o.ch}…${c.ch}`, style ? 'hint' : 'warning', true);
            handled.add(o).add(c);
            continue;
          }
        }
        // An outer quotation: counted for the document's style; one in another accepted pair
        // than the primary carries its conversion, used if the document turns out to prefer
        // the primary pair (rules/quotes.ts).
        if (profile && !nested && isStylePair(key)) {
          summary.top ??= {};
          summary.top[key] = (summary.top[key] ?? 0) + 1;
          const primary = pairKey(profile.primary);
          if (key !== primary && isStylePair(primary)) {
            const converted: RuleFinding[] = [];
            convertPair(converted, o, c, profile.primary, profile, 0, text, '', 'hint', false);
            if (converted[0]) summary.items.push({ kind: 'style', pair: key, finding: converted[0] });
          }
        }
      } else if (profile && profile.rare.some((r) => r.pair.open === o.ch && r.pair.close === c.ch)) {
        const note = profile.rare.find((r) => r.pair.open === o.ch && r.pair.close === c.ch)!.note;
        convertPair(findings, o, c, target!, profile, base, text, `In ${name} text, quotations usually use ${show(target!)} — found ${o.ch}…${c.ch} (${note})`, 'info', false);
        handled.add(o).add(c);
        continue;
      } else {
        // Not an accepted pair: a reversed mark, a half-foreign pair, a foreign pair, or a mix.
        const byClose = info.accepted.filter((a) => a.pair.close === c.ch && !(a.nested && !nested));
        const byOpen = info.accepted.filter((a) => a.pair.open === o.ch && !(a.nested && !nested));
        const oCloseOnly = info.closes.has(o.ch) && !info.opens.has(o.ch);
        const cOpenOnly = info.opens.has(c.ch) && !info.closes.has(c.ch);
        const oForeign = !info.glyphs.has(o.ch);
        const cForeign = !info.glyphs.has(c.ch);
        const uniqueOpen = (list: typeof byClose) => [...new Set(list.map((a) => a.pair.open))];
        const uniqueClose = (list: typeof byOpen) => [...new Set(list.map((a) => a.pair.close))];
        const sameCls = (x: string, y: string) => GLYPHS[x]!.cls === GLYPHS[y]!.cls;
        const known = KNOWN_PAIRS.some((k) => k.open === o.ch && k.close === c.ch);
        // Turning one mark round is the fix when it yields the language's own pair; a coherent
        // foreign pair ("…" in Norwegian) is converted as a whole instead.
        // (Symmetric pairs like ’…’ are Swedish/Finnish; elsewhere they are a mark turned the wrong way.)
        const main = (op: string, cl: string) => !known || o.ch === c.ch || !profile || [profile.primary, profile.secondary].some((p) => p.open === op && p.close === cl);
        if (byClose.length > 0 && (oCloseOnly || oForeign) && sameCls(o.ch, c.ch) && uniqueOpen(byClose).length === 1 && main(uniqueOpen(byClose)[0]!, c.ch)) {
          const want = uniqueOpen(byClose)[0]!;
          const f = fixOf(o);
          f.glyph = want;
          f.msgs.push(oCloseOnly ? `${o.ch} is a closing mark used to open this quotation: ${name} quotations open with ${want}` : `In ${name} text, this quotation opens with ${want}, not ${o.ch}`);
          f.severity = stronger(f.severity, 'warning');
        } else if (byOpen.length > 0 && (cOpenOnly || cForeign) && sameCls(o.ch, c.ch) && uniqueClose(byOpen).length === 1 && main(o.ch, uniqueClose(byOpen)[0]!)) {
          const want = uniqueClose(byOpen)[0]!;
          const f = fixOf(c);
          f.glyph = want;
          f.msgs.push(cOpenOnly ? `${c.ch} is an opening mark used to close this quotation: ${name} quotations close with ${want}` : `In ${name} text, this quotation closes with ${want}, not ${c.ch}`);
          f.severity = stronger(f.severity, 'warning');
        } else if (findAccepted(info, c.ch, o.ch) && !GLYPHS[o.ch]!.straight) {
          const f1 = fixOf(o);
          f1.glyph = c.ch;
          f1.msgs.push(`The quotation marks are the wrong way round: ${c.ch}…${o.ch}, not ${o.ch}…${c.ch}`);
          f1.severity = stronger(f1.severity, 'warning');
          const f2 = fixOf(c);
          f2.glyph = o.ch;
          f2.msgs.push(`The quotation marks are the wrong way round: ${c.ch}…${o.ch}, not ${o.ch}…${c.ch}`);
          f2.severity = stronger(f2.severity, 'warning');
        } else if (profile && target && known) {
          convertPair(findings, o, c, target, profile, base, text, `In ${name} text, quotations use ${show(target)} — found ${o.ch}…${c.ch}`, 'warning', true);
          handled.add(o).add(c);
          continue;
        } else if (!profile && known) {
          // Generic profile: any recognised pair is fine.
        } else {
          findings.push(plain(abs(o.i), abs(c.i) + c.len, `This quotation opens with ${o.ch} and closes with ${c.ch}: the marks do not match. Which one is meant is unclear.`, 'warning', { kind: 'mismatch' }));
          handled.add(o);
          // The closing mark is still an opening glyph in closing position: turn it round in its own kind.
          const turned = cOpenOnly ? [...new Set(info.accepted.filter((a) => sameCls(a.pair.close, c.ch) && info.closes.has(a.pair.close) && !info.opens.has(a.pair.close)).map((a) => a.pair.close))] : [];
          if (profile && turned.length === 1) {
            const f = fixOf(c);
            f.glyph = turned[0]!;
            f.msgs.push(`${c.ch} is an opening mark in closing position: ${name} quotations close with ${turned[0]}`);
            f.severity = stronger(f.severity, 'warning');
            if (c.wsBefore > 0 && c.how === 'position') {
              f.removeBefore = true;
              f.msgs.push(`No space belongs before the closing ${turned[0]}`);
            }
          } else handled.add(c);
          continue;
        }
      }
    }
    // Spacing inside and outside the pair.
    if (profile) spacing(o, c, profile, text, fixOf);
  }

  // Closing marks with nothing to close, openers cut off by an enclosing closer.
  for (const m of cutOff) {
    findings.push(plain(abs(m.i), abs(m.i) + m.len, `${m.text} opens a quotation that is not closed before the quotation around it ends.`, 'warning', { kind: 'unclosed' }));
  }
  for (const m of unclosed) {
    summary.items.push({ kind: 'unclosed', start: abs(m.i), end: abs(m.i) + m.len, cls: m.g.cls, ch: m.ch, wsBefore: m.wsBefore, stray: false });
  }
  for (const m of unmatched) {
    if ((m.ch === '’' || m.ch === "'") && elided.has(wordBefore(text, m.i).toLowerCase()) && m.wsAfter > 0 && isAlpha(text[m.i + m.len + m.wsAfter])) {
      // l’ empêchement: an elided word is joined to the next one.
      findings.push({
        start: abs(m.i),
        end: abs(m.i) + m.len,
        message: `No space belongs after the apostrophe of an elided word: ${wordBefore(text, m.i)}${m.ch}${wordAfter(text, m.i + m.len + m.wsAfter)}.`,
        severity: 'warning',
        fixes: [{ title: 'Remove the space', edits: [{ start: abs(m.i + m.len), end: abs(m.i + m.len + m.wsAfter), newText: '' }], safe: true }],
        data: { kind: 'elision' },
      });
      continue;
    }
    const stray = m.how === 'position' && glyphRole(m.ch, info) === 'open';
    summary.items.push({ kind: 'unmatched', start: abs(m.i), end: abs(m.i) + m.len, cls: m.g.cls, ch: m.ch, wsBefore: m.wsBefore, stray });
  }
  // A block that starts with an opener (continuation of a quotation from the previous paragraph?).
  const unclosedSet = new Set(unclosed);
  const first = marks.find((m) => m.pair >= 0 || unclosedSet.has(m));
  if (first && first.role === 'open' && (first.pair >= 0 || unclosedSet.has(first)) && onlyBlankBefore(text, first.i)) {
    summary.items.push({ kind: 'lead', start: abs(first.i), end: abs(first.i) + first.len, cls: first.g.cls, ch: first.ch, wsBefore: 0, stray: false });
  }

  for (const [m, f] of markFixes) {
    if (handled.has(m) || f.msgs.length === 0) continue;
    findings.push(markFinding(m, f, base, text));
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, summary };
}

/** The language's elided words (its pack's `elisions`: l’, d’, qu’, jusqu’…), joined to the next word. */
const ELISIONS = byLanguage('elisions');
const elidedSets = new Map<string, ReadonlySet<string>>();
function elidedWords(tag: string | undefined): ReadonlySet<string> {
  const b = (tag ?? '').split('-')[0]!;
  let s = elidedSets.get(b);
  if (!s) elidedSets.set(b, (s = new Set(ELISIONS[b] ?? [])));
  return s;
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 12 && isAlpha(text[j - 1])) j--;
  return text.slice(j, i);
}
function wordAfter(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 24 && isAlpha(text[j])) j++;
  return text.slice(i, j);
}

function onlyBlankBefore(text: string, i: number): boolean {
  for (let j = 0; j < i; j++) if (!isSpace(text[j]) && text[j] !== MASK) return false;
  return true;
}

function otherClassPair(profile: QuoteProfile, cls: MarkClass): QuotePair | undefined {
  for (const p of [profile.secondary, profile.primary, ...profile.alternatives]) if (GLYPHS[p.open]!.cls !== cls) return p;
  return undefined;
}

function straightItem(m: Mark, start: number, role: Role, pair: number, nested: boolean, inner: number): StraightItem {
  return { kind: 'straight', start, end: start + m.len, role, ch: m.ch, pair, nested, inner };
}

function plain(start: number, end: number, message: string, severity: Severity, data: Record<string, unknown>): RuleFinding {
  return { start, end, message, severity, fixes: [], data };
}

const NBSP = '\u00a0';

function isGuillemet(ch: string): boolean {
  const cls = GLYPHS[ch]?.cls;
  return cls === 'guillemet' || cls === 'sguillemet';
}

/** Spacing findings for the marks of a pair (merged into the marks' fixes). */
function spacing(o: Mark, c: Mark, profile: QuoteProfile, text: string, fixOf: (m: Mark) => MarkFix): void {

  const empty = c.i === o.i + o.len + o.wsAfter; // "" or “ ”: nothing inside
  if (empty) return;
  const oGlyph = markFixes_glyph(o, fixOf);
  const cGlyph = markFixes_glyph(c, fixOf);
  // Inside the opener.
  const afterO = text[o.i + o.len + o.wsAfter];
  if (isGuillemet(oGlyph) && profile.innerSpace !== 'none') {
    if (profile.innerSpace === 'required' && o.wsAfter === 0 && afterO !== '\n') {
      const f = fixOf(o);
      f.insertAfter = NBSP;
      f.msgs.push(`In ${profile.name} text, a no-break space follows ${oGlyph}`);
      f.severity = stronger(f.severity, 'info');
    }
  } else if (o.wsAfter > 0 && afterO !== '\n' && afterO !== '\r' && afterO !== undefined) {
    const f = fixOf(o);
    f.removeAfter = true;
    f.msgs.push(`No space belongs after the opening ${oGlyph}`);
    f.severity = stronger(f.severity, 'warning');
  }
  // Inside the closer.
  const beforeC = text[c.i - c.wsBefore - 1];
  if (isGuillemet(cGlyph) && profile.innerSpace !== 'none') {
    if (profile.innerSpace === 'required' && c.wsBefore === 0 && beforeC !== '\n') {
      const f = fixOf(c);
      f.insertBefore = NBSP;
      f.msgs.push(`In ${profile.name} text, a no-break space precedes ${cGlyph}`);
      f.severity = stronger(f.severity, 'info');
    }
  } else if (c.wsBefore > 0 && beforeC !== '\n' && beforeC !== '\r' && beforeC !== undefined) {
    const f = fixOf(c);
    f.removeBefore = true;
    f.msgs.push(`No space belongs before the closing ${cGlyph}`);
    f.severity = stronger(f.severity, 'warning');
  }
  // Outside: a letter glued to the quotation (“Frank,”said), or the space on the wrong side (bilang,' Hei).
  if (profile.outerSpace) {
    const pc = text[o.i - 1];
    const nc = text[c.i + c.len];
    if (trusted(o) && o.wsAfter > 0 && o.wsBefore === 0 && (isAlpha(pc) || pc === ',' || pc === ';' || pc === ':')) {
      const f = fixOf(o);
      f.insertBefore = ' ';
      f.msgs.push(`The space belongs before the opening ${oGlyph}`);
      f.severity = stronger(f.severity, 'warning');
    } else if (!o.g.straight && o.wsBefore === 0 && isAlpha(pc) && o.how !== 'toggle') {
      const f = fixOf(o);
      f.insertBefore = ' ';
      f.msgs.push(`A space belongs before the opening ${oGlyph}`);
      f.severity = stronger(f.severity, 'warning');
    }
    if (trusted(c) && c.wsBefore > 0 && c.wsAfter === 0 && isAlpha(nc)) {
      const f = fixOf(c);
      f.insertAfter = ' ';
      f.msgs.push(`The space belongs after the closing ${cGlyph}`);
      f.severity = stronger(f.severity, 'warning');
    } else if (!c.g.straight && c.wsAfter === 0 && isAlpha(nc) && c.how !== 'toggle') {
      const f = fixOf(c);
      f.insertAfter = ' ';
      f.msgs.push(`A space belongs after the closing ${cGlyph}`);
      f.severity = stronger(f.severity, 'warning');
    }
  }
}

/** A mark whose role does not rest on a guess between open and close. */
function trusted(m: Mark): boolean {
  return !m.g.straight || m.how === 'mirrored' || m.how === 'position';
}

function markFixes_glyph(m: Mark, fixOf: (m: Mark) => MarkFix): string {
  // The glyph the mark will have once its glyph fix (if any) is applied.
  return fixOf(m).glyph ?? m.ch;
}

function markFinding(m: Mark, f: MarkFix, base: number, text: string): RuleFinding {
  let start = m.i;
  let end = m.i + m.len;
  let newText = f.glyph ?? m.text;
  if (f.removeBefore) start -= m.wsBefore;
  if (f.removeAfter) end += m.wsAfter;
  if (f.insertBefore) newText = f.insertBefore + newText;
  if (f.insertAfter) newText = newText + f.insertAfter;
  const edits: TextEdit[] = [{ start: base + start, end: base + end, newText }];
  const changed = text.slice(start, end) !== newText;
  const msg = f.msgs.length === 1 ? f.msgs[0]! + '.' : f.msgs[0]! + '; ' + f.msgs.slice(1).map(lowerFirst).join('; ') + '.';
  const fixes: Fix[] = changed ? [{ title: fixTitle(f, m), edits, safe: f.safe }] : [];
  return { start: base + m.i, end: base + m.i + m.len, message: msg, severity: f.severity, fixes, data: { kind: 'mark' } };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function fixTitle(f: MarkFix, m: Mark): string {
  const parts: string[] = [];
  if (f.glyph && f.glyph !== m.text) parts.push(`Use ${f.glyph}`);
  if (f.removeBefore || f.removeAfter) parts.push('remove the space');
  if (f.insertBefore === ' ' || f.insertAfter === ' ') parts.push('add a space');
  if (f.insertBefore === NBSP || f.insertAfter === NBSP) parts.push('add a no-break space');
  const s = parts.join(', ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A finding that converts a whole quotation to `t`, adapting the inner spaces to the profile. */
function convertPair(
  findings: RuleFinding[],
  o: Mark,
  c: Mark,
  t: QuotePair,
  profile: QuoteProfile,
  base: number,
  text: string,
  message: string,
  severity: Severity,
  safe: boolean,
): void {
  const frenchT = isGuillemet(t.open) && profile.innerSpace === 'required';
  const keepSpaces = isGuillemet(t.open) && profile.innerSpace === 'optional';
  // Opening side: replace the mark and the spaces after it.
  const oEnd = o.i + o.len + (keepSpaces ? 0 : o.wsAfter);
  const cStart = c.i - (keepSpaces ? 0 : c.wsBefore);
  const innerO = keepSpaces ? '' : frenchT ? (o.wsAfter > 0 ? text.slice(o.i + o.len, oEnd).replace(/ /g, NBSP) : NBSP) : '';
  const innerC = keepSpaces ? '' : frenchT ? (c.wsBefore > 0 ? text.slice(cStart, c.i).replace(/ /g, NBSP) : NBSP) : '';
  // Outside: a letter glued to the quotation gets its space in the same fix (no second pass).
  const gluedBefore = profile.outerSpace && o.wsBefore === 0 && isAlpha(text[o.i - 1]);
  const gluedAfter = profile.outerSpace && c.wsAfter === 0 && isAlpha(text[c.i + c.len]);
  const edits: TextEdit[] = [
    { start: base + o.i, end: base + oEnd, newText: (gluedBefore ? ' ' : '') + t.open + innerO },
    { start: base + cStart, end: base + c.i + c.len, newText: innerC + t.close + (gluedAfter ? ' ' : '') },
  ];
  if (edits[0]!.end > edits[1]!.start) return; // empty quotation: nothing sensible to convert
  findings.push({
    start: base + o.i,
    end: base + c.i + c.len,
    message: message + '.',
    severity,
    fixes: [{ title: `Use ${t.open}…${t.close}`, edits, safe }],
    data: { kind: 'convert', to: t.open + t.close },
  });
}
