/**
 * Quotation marks in a block of text: the glyphs and their classes, the spacing and punctuation
 * around each mark (which side it leans on), and the scan that finds them — telling apostrophes,
 * primes and inch marks apart. quotes/pairing.ts pairs what it finds; quotes/analyse.ts judges
 * the pairs against the language's profile.
 */
import { MASK } from '../types';
import type { RuleFinding } from '../rule';
import { acceptedPairs, KNOWN_PAIRS, type QuotePair, type QuoteProfile } from './profiles';
import { isAlpha, isDigit, isHebrew, isHSpace, isLetter, isSpace } from '../lang/scripts';

export type MarkClass = 'double' | 'single' | 'guillemet' | 'sguillemet' | 'corner' | 'wcorner' | 'prime';
export type Role = 'open' | 'close';
export interface Glyph {
  cls: MarkClass;
  straight: boolean;
  role: Role | 'both';
}

export const GLYPHS: Record<string, Glyph> = {
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

/** Characters after which an opening mark sits (besides spaces): brackets, dashes, slash. */
const OPEN_CTX = new Set(['(', '[', '{', '—', '–', '‒', '―', '-', '/', '¿', '¡', '（', '［', '｛', '〔', '【']);
/** Characters before which a closing mark sits (besides spaces). */
const CLOSE_CTX = new Set([
  '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '‒', '―', '-', '/',
  '。', '、', '，', '！', '？', '；', '：', '）', '］', '｝', '〕', '】', '؟', '،', '؛',
]);

export type PrevSide = 'edge' | 'space' | 'open' | 'punct' | 'word';
export type NextSide = 'edge' | 'space' | 'close' | 'word';
export type Flank = 'L' | 'R' | 'B' | 'N';

// ------------------------------------------------------------------ marks

export interface Mark {
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

export interface ProfileInfo {
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

export function glyphRole(ch: string, info: ProfileInfo): Role | 'both' {
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

export function scanMarks(text: string, base: number, info: ProfileInfo): Scan {
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

