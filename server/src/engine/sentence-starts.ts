/**
 * Sentence starts that follow a full stop but begin in lower case ("since August 9. the
 * people", "protests. persons."). Intl.Segmenter does not split there (Unicode's sentence rules
 * treat ". lower" as no break), which is exactly why these need their own look: a full stop
 * attached to a word, whitespace, then a lower-case word — unless the stop belongs to an
 * abbreviation, an initial, an ordinal number (in languages that write "9. Mai"), a list
 * number, or an ellipsis. Shared by the `capitalization` and `fragment` rules.
 */
import { ABBREVIATIONS, ORDINAL_DOT_LANGUAGES, TITLE_ABBREVIATIONS } from './data/abbreviations';
import { baseTag } from './lang/languages';
import { isSpace } from './segment';
import type { Block, Token } from './types';
import { byLanguage, languagesWith } from './languages/index';

/** Languages whose reporting clause goes on in lower case after a quotation's full stop (the packs' `lowerAfterQuotation`). */
const LOWER_AFTER_QUOTATION = languagesWith('lowerAfterQuotation');

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

const titleSets = new Map<string, Set<string>>();
/** The language's titles and "No."-like abbreviations, with English's (data/abbreviations.ts), as written. */
export function titleAbbreviations(lang: string): Set<string> {
  const b = baseTag(lang);
  let s = titleSets.get(b);
  if (!s) titleSets.set(b, (s = new Set([...(TITLE_ABBREVIATIONS[b] ?? []), ...(b === 'en' ? [] : TITLE_ABBREVIATIONS.en!)])));
  return s;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** True if the letter has case and is lower-case. */
export function isLowerLetter(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
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
    // The word before the stop, directly or through a closing quotation mark ("… see”. the").
    let wb = i - 1;
    if (CLOSING_QUOTES.has(t[wb]!.text) && t[wb]!.end === dot.start && wb >= 1 && t[wb - 1]!.isWord && t[wb - 1]!.end === t[wb]!.start) wb--;
    const prev = t[wb]!;
    if (!prev.isWord || (wb === i - 1 && prev.end !== dot.start)) continue; // the stop must be attached to a word
    // The next word, directly or after a closing quotation mark ("… see.” the").
    let nw = i + 1;
    // (Turkish and Azerbaijani go on in lower case after a quotation's full stop: "… değil." yorumunu yapan.)
    if (CLOSING_QUOTES.has(t[nw]!.text) && t[nw]!.start === dot.end && wb === i - 1) {
      if (LOWER_AFTER_QUOTATION.has(lang)) continue;
      nw++;
    }
    const next = t[nw];
    if (!next || !next.isWord || next.start === t[nw - 1]!.end) continue; // followed by space, then a word
    let onlySpace = true;
    for (let k = t[nw - 1]!.end; k < next.start; k++) if (!isSpace(block.text[k - block.start]!)) onlySpace = false;
    if (!onlySpace) continue;
    const c0 = next.text[0]!;
    if (!isLowerLetter(c0) || hasInnerUpper(next.text)) continue; // "iPhone", "eBay", digits, caseless scripts
    if (next.text.length === 1 && t[nw + 1]?.text === ')' && t[nw + 1]!.start === next.end) continue; // a list item: "… gehe. b) Du …"
    // Ellipsis or multi-part abbreviation ("e.g.", "т.е.", "m.in.", "U.S."): the word before is preceded by ".".
    const before = t[wb - 1];
    if (before && before.text === '.' && before.end === prev.start) continue;
    if (before && (before.text === '.' || before.text === '…') && wb >= 1 && before.end === prev.start) continue;
    if (prev.text.includes('.')) continue; // "B.C.", "a.C.", "f.Kr." (one token for the segmenter)
    if (QUOTE_CONTINUATIONS[lang]?.has(next.lower)) continue; // Turkish "… ediyorum. dedi."
    if (ORDINAL_DOT_LANGUAGES.has(lang) && isRomanNumeral(prev.text)) continue; // "Ramses II. ein"
    if (isDigit(prev.text[0]!)) {
      if (ORDINAL_DOT_LANGUAGES.has(lang)) continue; // "am 9. und 10. Mai"
      if (firstTokenOnLine(block, t, wb)) continue; // "1. the first item"
    } else {
      if (prev.text.length === 1) continue; // initials, "a. the" list letters
      if (abbr.has(prev.lower)) continue;
      if (glossLabel(t, wb)) continue;
    }
    // Orphan: exactly one word then a full stop, then end of block or a new sentence.
    const after = t[nw + 1];
    const after2 = t[nw + 2];
    const orphan =
      after !== undefined && after.text === '.' && after.start === next.end && next.text.length > 1 && !abbr.has(next.lower) && (after2 === undefined || after2.start > after.end);
    out.push({ dot: i, word: nw, orphan });
  }
  return out;
}

/**
 * A gloss label right after an opening bracket: "(angl. European Union)", "(грец. logos)",
 * "(букв. «высокое»)", "(red. past. čia …)", "(ум. в 1990 г.)". A short lower-case word and a
 * full stop there is an abbreviation in every language that writes glosses this way, listed or
 * not. Walks back over at most three more short abbreviations ("red. past.").
 */
function glossLabel(t: Token[], wb: number): boolean {
  let k = wb;
  for (let n = 0; n < 4; n++) {
    const w = t[k];
    if (!w || !w.isWord || w.text.length > 7 || !isLowerLetter(w.text[0]!)) return false;
    const before = t[k - 1];
    if (!before) return false;
    if ((before.text === '(' || before.text === '[') && before.end === w.start) return true;
    // "red. past.": the word before is itself a short word with its full stop.
    if (before.text !== '.' || before.end === w.start) return false;
    k -= 2;
  }
  return false;
}

/** Closing quotation marks that may stand between a full stop and the next sentence. */
const CLOSING_QUOTES = new Set(['”', '"', '»', '’', '“', '›', '」', '』']);

function isRomanNumeral(w: string): boolean {
  if (w.length > 6) return false;
  for (const c of w) if (!'IVXLCDM'.includes(c)) return false;
  return true;
}

/** By language, from the language packs (languages/types.ts: `quoteContinuations`). */
const QUOTE_CONTINUATIONS: Record<string, Set<string>> = Object.fromEntries(Object.entries(byLanguage('quoteContinuations')).map(([k, v]) => [k, new Set(v)]));
