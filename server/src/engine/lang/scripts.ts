/**
 * Script identification by counting code points: one linear pass, no regular expressions.
 * The ranges are the Unicode blocks of each script (Unicode 15 Blocks.txt); combining marks
 * inside a block count for that block's script. Digits, punctuation, spaces, symbols and
 * U+FFFC (masked non-prose) count for nothing.
 */

export const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Myanmar',
  'Georgian',
  'Ethiopic',
  'Khmer',
  'Hangul',
  'Kana',
  'Han',
] as const;
export type Script = (typeof SCRIPTS)[number];

/** Per-script letter counts; `letters` is their sum. */
export interface ScriptCounts {
  counts: Partial<Record<Script, number>>;
  letters: number;
}

/** The definition of scriptOf, by Unicode block (scriptOf reads it from TABLE). */
function scriptOfSlow(c: number): Script | undefined {
  if (c < 0x41) return undefined;
  if (c <= 0x24f) {
    if (c <= 0x5a) return 'Latin';
    if (c >= 0x61 && c <= 0x7a) return 'Latin';
    if (c === 0xaa || c === 0xba) return 'Latin';
    if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) return 'Latin';
    return undefined;
  }
  if (c < 0x370) return c <= 0x2af ? 'Latin' : undefined; // IPA extensions; spacing modifiers/combining marks: none
  if (c < 0x400) return c === 0x37e || c === 0x387 ? undefined : 'Greek';
  if (c < 0x530) return 'Cyrillic';
  if (c < 0x590) return 'Armenian';
  if (c < 0x600) return c >= 0x591 && c <= 0x5f4 ? 'Hebrew' : undefined;
  if (c < 0x700) {
    // Arabic punctuation and digits are not letters.
    if (c === 0x60c || c === 0x61b || c === 0x61f || (c >= 0x660 && c <= 0x66d) || c === 0x6d4 || (c >= 0x6f0 && c <= 0x6f9)) return undefined;
    return c >= 0x620 || (c >= 0x610 && c <= 0x61a) ? 'Arabic' : undefined;
  }
  if (c >= 0x750 && c < 0x780) return 'Arabic';
  if (c >= 0x8a0 && c < 0x900) return 'Arabic';
  if (c >= 0x900 && c < 0x980) return c === 0x964 || c === 0x965 || (c >= 0x966 && c <= 0x96f) ? undefined : 'Devanagari';
  if (c < 0xa00) return c >= 0x980 && !(c >= 0x9e6 && c <= 0x9ef) ? 'Bengali' : undefined;
  if (c < 0xa80) return 'Gurmukhi';
  if (c < 0xb00) return 'Gujarati';
  if (c < 0xb80) return undefined; // Oriya: not modelled
  if (c < 0xc00) return 'Tamil';
  if (c < 0xc80) return 'Telugu';
  if (c < 0xd00) return 'Kannada';
  if (c < 0xd80) return 'Malayalam';
  if (c < 0xe00) return 'Sinhala';
  if (c < 0xe80) return (c >= 0xe50 && c <= 0xe59) || c === 0xe3f ? undefined : 'Thai';
  if (c < 0xf00) return 'Lao';
  if (c < 0x1000) return undefined; // Tibetan
  if (c < 0x10a0) return 'Myanmar';
  if (c < 0x1100) return 'Georgian';
  if (c < 0x1200) return 'Hangul'; // Hangul Jamo
  if (c < 0x13a0) return 'Ethiopic';
  if (c >= 0x1780 && c < 0x1800) return 'Khmer';
  if (c >= 0x1c90 && c < 0x1cc0) return 'Georgian';
  if (c >= 0x1e00 && c < 0x1f00) return 'Latin';
  if (c >= 0x1f00 && c < 0x2000) return 'Greek';
  if (c >= 0x2d00 && c < 0x2d30) return 'Georgian';
  if (c >= 0x2e80 && c < 0x2fe0) return 'Han';
  if (c === 0x3005 || c === 0x3007 || (c >= 0x3021 && c <= 0x3029)) return 'Han';
  if (c >= 0x3041 && c < 0x3100) return c === 0x30fb ? undefined : 'Kana'; // Hiragana, Katakana (not the middle dot)
  if (c >= 0x3130 && c < 0x3190) return 'Hangul';
  if (c >= 0x31f0 && c < 0x3200) return 'Kana';
  if (c >= 0x3400 && c < 0x4dc0) return 'Han';
  if (c >= 0x4e00 && c < 0xa000) return 'Han';
  if (c >= 0xa960 && c < 0xa980) return 'Hangul';
  if (c >= 0xac00 && c < 0xd7b0) return 'Hangul';
  if (c >= 0xd7b0 && c < 0xd800) return 'Hangul';
  if (c >= 0xd840 && c < 0xd8c0) return 'Han'; // high surrogates of U+20000..U+3FFFF (CJK Ext. B..H)
  if (c >= 0xf900 && c < 0xfb00) return 'Han';
  if (c >= 0xfb1d && c < 0xfb50) return 'Hebrew';
  if (c >= 0xfb50 && c < 0xfe00) return 'Arabic';
  if (c >= 0xfe70 && c < 0xff00) return 'Arabic';
  if (c >= 0xff21 && c <= 0xff3a) return 'Latin';
  if (c >= 0xff41 && c <= 0xff5a) return 'Latin';
  if (c >= 0xff66 && c < 0xffa0) return 'Kana'; // half-width katakana
  return undefined;
}

/**
 * scriptOfSlow per UTF-16 code unit, as an index into SCRIPTS plus one (0: no letter), filled in
 * on first sight of each code unit (UNKNOWN until then): after that the per-character look-up in
 * every pass over text is one array read, and start-up does not pay for 65,536 classifications.
 */
const UNKNOWN = 255;
const TABLE = new Uint8Array(0x10000).fill(UNKNOWN);
const SCRIPT_INDEX = new Map<Script, number>(SCRIPTS.map((s, i) => [s, i + 1]));

function classify(c: number): number {
  const s = scriptOfSlow(c);
  const k = s === undefined ? 0 : SCRIPT_INDEX.get(s)!;
  TABLE[c] = k;
  return k;
}

/**
 * Script of one UTF-16 code unit (BMP), or undefined for non-letters. Astral code points
 * (surrogates) count as Han when they are CJK Extension B+ (U+20000..U+3FFFF); anything else
 * astral is ignored. Callers pass the high surrogate only.
 */
export function scriptOf(c: number): Script | undefined {
  let k = TABLE[c & 0xffff]!;
  if (k === UNKNOWN) k = classify(c & 0xffff);
  return k === 0 ? undefined : SCRIPTS[k - 1];
}

export function countScripts(text: string, from = 0, to = text.length): ScriptCounts {
  const n = new Int32Array(SCRIPTS.length + 1);
  // Scripts in order of first appearance (dominantScript keeps the first of equal counts).
  const order: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let k = TABLE[c]!;
    if (k === UNKNOWN) k = classify(c);
    if (n[k]!++ === 0 && k !== 0) order.push(k);
  }
  const counts: Partial<Record<Script, number>> = {};
  let letters = 0;
  for (const k of order) {
    counts[SCRIPTS[k - 1]!] = n[k]!;
    letters += n[k]!;
  }
  return { counts, letters };
}

/** The script with the most letters, and its share of all letters (0 when there are none). */
export function dominantScript(sc: ScriptCounts): { script: Script | undefined; share: number } {
  let best: Script | undefined;
  let n = 0;
  for (const k in sc.counts) {
    const v = sc.counts[k as Script]!;
    if (v > n) {
      n = v;
      best = k as Script;
    }
  }
  return { script: best, share: sc.letters ? n / sc.letters : 0 };
}

/**
 * Scripts whose text is (for our purposes) one language: the language is decided by the
 * script alone. Kana is Japanese; Hangul is Korean. Han alone is Chinese, but Han mixed with
 * Kana is Japanese (decided by the caller). Arabic, Cyrillic, Devanagari, Latin and Hebrew
 * (Yiddish) are shared by many languages.
 */
export const SINGLE_LANGUAGE_SCRIPT: Partial<Record<Script, string>> = {
  Greek: 'el',
  Armenian: 'hy',
  Hebrew: 'he',
  Bengali: 'bn',
  Gurmukhi: 'pa',
  Gujarati: 'gu',
  Tamil: 'ta',
  Telugu: 'te',
  Kannada: 'kn',
  Malayalam: 'ml',
  Sinhala: 'si',
  Thai: 'th',
  Lao: 'lo',
  Myanmar: 'my',
  Georgian: 'ka',
  Ethiopic: 'am',
  Khmer: 'km',
  Hangul: 'ko',
  Kana: 'ja',
  Han: 'zh',
};

/** The script a language is normally written in (for the languages we detect). */
export function scriptOfLanguage(lang: string): Script | undefined {
  for (const k in SINGLE_LANGUAGE_SCRIPT) if (SINGLE_LANGUAGE_SCRIPT[k as Script] === lang) return k === 'Kana' ? 'Kana' : (k as Script);
  if (CYRILLIC_LANGS.has(lang)) return 'Cyrillic';
  if (lang === 'ar' || lang === 'fa' || lang === 'ur' || lang === 'ps') return 'Arabic';
  if (lang === 'hi' || lang === 'mr' || lang === 'ne') return 'Devanagari';
  if (lang === 'yi') return 'Hebrew';
  return 'Latin';
}

export const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn', 'tt']);

// ------------------------------------------------------------------ character classes
// One character (or undefined past the text's ends), for scanners that look around a position
// (quotes/marks.ts).

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
export function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral: CJK extensions and other letters
  return LETTER.test(c);
}
export function isDigit(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return DIGIT.test(c);
}
export function isHebrew(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code >= 0x0590 && code <= 0x05ff;
}
/** Han, kana, Hangul and full-width forms: scripts without apostrophes or spaces between words. */
export function isCJK(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0xd800 && code <= 0xdfff);
}
/** A letter of an alphabetic script (where apostrophes exist). */
export function isAlpha(c: string | undefined): boolean {
  return isLetter(c) && !isCJK(c);
}
/** Horizontal space (a space inside a line). */
export function isHSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f' || c === '\u2009' || c === '\u2007' || c === '\u2002' || c === '\u2003' || c === '\u3000';
}
export function isSpace(c: string | undefined): boolean {
  return isHSpace(c) || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

/** The text without its diacritics (decomposed, combining marks dropped): "Novák" → "Novak". */
export function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}
