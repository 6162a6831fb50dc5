/**
 * Sentence starts that follow a full stop but begin in lower case ("since August 9. the
 * people", "protests. persons."). Intl.Segmenter does not split there (Unicode's sentence rules
 * treat ". lower" as no break), which is exactly why these need their own look: a full stop
 * attached to a word, whitespace, then a lower-case word — unless the stop belongs to an
 * abbreviation, an initial, an ordinal number (in languages that write "9. Mai"), a list
 * number, or an ellipsis. Shared by the `capitalization` and `fragment` rules.
 */
import { ABBREVIATIONS, ORDINAL_DOT_LANGUAGES } from './data/abbreviations';
import { isSpace } from './segment';
import type { Block, Token } from './types';

export interface LowerStart {
  /** Index of the "." token. */
  dot: number;
  /** Index of the lower-case word. */
  word: number;
  /** The "sentence" is that one word and its full stop ("persons."). */
  orphan: boolean;
}

const abbrevSets = new Map<string, Set<string>>();
function abbreviations(lang: string): Set<string> {
  let s = abbrevSets.get(lang);
  if (!s) {
    s = new Set([...(ABBREVIATIONS[lang] ?? []), ...(lang === 'en' ? [] : ABBREVIATIONS.en!)].map((a) => a.toLowerCase()));
    abbrevSets.set(lang, s);
  }
  return s;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** True if the letter has case and is lower-case. */
export function isLowerLetter(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function hasInnerUpper(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w[i]!;
    if (c !== c.toLowerCase() && c === c.toUpperCase()) return true;
  }
  return false;
}

function firstTokenOnLine(block: Block, tokens: Token[], i: number): boolean {
  for (let k = tokens[i]!.start - 1; k >= block.start; k--) {
    const c = block.text[k - block.start]!;
    if (c === '\n' || c === '\r') return true;
    if (!isSpace(c) && c !== '\uFFFC') return false;
  }
  return true;
}

export function lowercaseSentenceStarts(block: Block, lang: string): LowerStart[] {
  const t = block.tokens;
  const out: LowerStart[] = [];
  const abbr = abbreviations(lang);
  for (let i = 1; i + 1 < t.length; i++) {
    const dot = t[i]!;
    if (dot.text !== '.') continue;
    const prev = t[i - 1]!;
    const next = t[i + 1]!;
    if (!prev.isWord || prev.end !== dot.start) continue; // the stop must be attached to a word
    if (!next.isWord || next.start === dot.end) continue; // and followed by space, then a word
    let onlySpace = true;
    for (let k = dot.end; k < next.start; k++) if (!isSpace(block.text[k - block.start]!)) onlySpace = false;
    if (!onlySpace) continue;
    const c0 = next.text[0]!;
    if (!isLowerLetter(c0) || hasInnerUpper(next.text)) continue; // "iPhone", "eBay", digits, caseless scripts
    // Ellipsis or multi-part abbreviation ("e.g.", "т.е.", "m.in.", "U.S."): the word before is preceded by ".".
    const before = t[i - 2];
    if (before && before.text === '.' && before.end === prev.start) continue;
    if (before && (before.text === '.' || before.text === '…') && i >= 2 && t[i - 2]!.end === prev.start) continue;
    if (prev.text.includes('.')) continue; // "B.C.", "a.C.", "f.Kr." (one token for the segmenter)
    if (QUOTE_CONTINUATIONS[lang]?.has(next.lower)) continue; // Turkish "… ediyorum. dedi."
    if (ORDINAL_DOT_LANGUAGES.has(lang) && isRomanNumeral(prev.text)) continue; // "Ramses II. ein"
    if (isDigit(prev.text[0]!)) {
      if (ORDINAL_DOT_LANGUAGES.has(lang)) continue; // "am 9. und 10. Mai"
      if (firstTokenOnLine(block, t, i - 1)) continue; // "1. the first item"
    } else {
      if (prev.text.length === 1) continue; // initials, "a. the" list letters
      if (abbr.has(prev.lower)) continue;
    }
    // Orphan: exactly one word then a full stop, then end of block or a new sentence.
    const after = t[i + 2];
    const after2 = t[i + 3];
    const orphan =
      after !== undefined && after.text === '.' && after.start === next.end && next.text.length > 1 && !abbr.has(next.lower) && (after2 === undefined || after2.start > after.end);
    out.push({ dot: i, word: i + 1, orphan });
  }
  return out;
}

function isRomanNumeral(w: string): boolean {
  if (w.length > 6) return false;
  for (const c of w) if (!'IVXLCDM'.includes(c)) return false;
  return true;
}

/**
 * Words that follow a quotation's closing full stop in running text, lower-case by the
 * language's rules. Turkish puts the reporting verb after the quotation ("… ediyorum." dedi.),
 * and quotation marks are often dropped in copy.
 */
const QUOTE_CONTINUATIONS: Record<string, Set<string>> = {
  tr: new Set(['dedi', 'diye', 'diyor', 'dediler', 'demiş', 'demişti', 'diyerek', 'dedim', 'der', 'denildi', 'söyledi', 'ekledi', 'açıkladı', 'belirtti', 'yazdı']),
};
