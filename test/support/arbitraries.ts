/**
 * fast-check arbitraries for reliability tests: text that mixes ordinary prose with everything
 * that breaks naive text code — lone surrogates, combining marks, RTL and bidi controls,
 * zero-width and BOM characters, control characters, NUL, every script Calque supports,
 * quotation marks of every kind, brackets, Markdown syntax and the patterns the rules look for
 * ("the the", "August 9. the", "[ad_1]", doubled spaces).
 *
 * Budgets: `fuzzRuns(ci)` is the CI-sized default; FUZZ_RUNS=N overrides it for long local
 * runs, FUZZ_SEED=N replays a failing run (fast-check prints the seed and path on failure).
 */
import fc from 'fast-check';

/** Number of runs: FUZZ_RUNS if set, else the CI-sized default. */
export function fuzzRuns(ci: number): number {
  const v = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : ci;
}

/** fast-check parameters honouring FUZZ_RUNS and FUZZ_SEED. */
export function fcParams(ci: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: fuzzRuns(ci), includeErrorInReport: true, ...(Number.isFinite(seed) && process.env.FUZZ_SEED ? { seed } : {}), endOnFailure: false };
}

export const LANGUAGES = ['en', 'de', 'fr', 'ru', 'uk', 'pl', 'es', 'tr', 'ja', 'zh', 'ar', 'auto'] as const;

/** Words of every supported script (and a few that are not "supported" but appear in articles). */
export const WORDS = [
  // Latin
  'the', 'The', 'and', 'people', 'persons', 'August', 'Lukashenko', 'Cichanouskaya', 'Cichanouskaja', 'sensitive', 'Mr', 'e.g', 'U.S', 'iPhone',
  'über', 'Straße', 'ÄÖÜ', 'die', 'Mai', 'été', 'où', 'nous', 'l’homme', 'aujourd’hui', 'niño', 'Ñandú', 'zażółć', 'Łódź', 'İstanbul', 'ılık', 'I', 'ı', 'İ',
  'IJssel', 'ﬁnance', 'ǅemal', 'ß', 'ẞ',
  // Cyrillic
  'люди', 'Лукашенко', 'Ціханоўская', 'їжак', 'ґанок', 'Ёж', 'т.е',
  // Greek, Armenian, Georgian
  'λόγος', 'Ελλάδα', 'Հայաստան', 'საქართველო',
  // Arabic, Hebrew, Persian (RTL)
  'السلام', 'عليكم', 'שלום', 'کتاب',
  // Devanagari, Thai, Han, Kana, Hangul
  'नमस्ते', 'สวัสดี', '中华人民共和国', '北京', 'こんにちは', 'カタカナ', '한국어',
  // digits and numbers
  '9', '10', '1.000', '3,5', '٣', '१२',
  // emoji and astral letters
  '😀', '👩‍👩‍👧', '🇱🇹', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𠜎',
];

/** Characters that break naive code. */
export const NASTY = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u009f',
  '\ud800', '\udbff', '\udc00', '\udfff', // lone surrogates
  '\u0301', '\u0308', '\u0327', '\u20dd', '\u0345', // combining marks
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', // zero-width, BOM, soft hyphen
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', // bidi
  '\u2028', '\u2029', '\u00a0', '\u202f', '\u2009', '\u3000', '\u1680', // separators, odd spaces
  '\ufffc', '\ufffd', '\uffff', '\ufe0f', '\u{e0001}', '\u{10ffff}',
];

export const QUOTES = ['"', "'", '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂', '❝', '❞', '⹂', '`'];
export const BRACKETS = ['(', ')', '[', ']', '{', '}', '<', '>', '（', '）', '【', '】', '{{', '}}', '{%', '%}', '[[', ']]'];
export const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '...', '..', ',,', '¿', '¡', '。', '、', '؟', '،', '-', '–', '—', '/', '\\', '*', '_', '#', '%', '&', '@', '|', '~', '^'];
export const SPACE = [' ', ' ', ' ', '  ', '   ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \n', '\t'];

/** Fragments that trigger rules (so fixes are exercised, not only silence). */
export const TRIGGERS = [
  'the the ', 'The the ', 'is is ', 'sensitive and sensitive ', 'i write i write ', 'a b a b a b ', 'August 9. the people ', 'protests. persons. ',
  '[ad_1]', '[ad_2]\n', '[/caption]', '{{ name }}', '{% if %}', 'Read also:', 'Share on Facebook', '© 2020 Delfi. All rights reserved.',
  'word  word', 'word , word', 'word ( inner ) word', 'word,, word', 'word.. word', 'word ... word', ' ;', 'Bonjour !', 'Quoi?', 'il dit : oui',
  'Mr. Lukashenko', 'A. Lukashenko', 'Lukashenko’s', '“alive or in parts “', '„Ja“', '«non»', '« oui »', '‚x‘',
  'Cichanouskaya said. Cichanouskaja said. ', 'die die ', 'nous nous ', 'had had ', 'ha ha ha ha ',
  '9. Mai ', 'II. der ', '1. the first\n', 'U.S. the ', 'e.g. the ',
];

/** Markdown syntax fragments. */
export const MARKDOWN = [
  '# ', '## ', '> ', '- ', '* ', '1. ', '```\n', '```', '~~~\n', '`code`', '**', '__', '*', '_', '[link](http://x.y)', '![img](a.png)', '<https://a.b>',
  '<!-- calque-disable-next-line -->\n', '<!-- calque-disable repetition -->\n', '<!-- calque-enable -->\n', '<br>', '<div>', '</div>', '---\n', '---\ntitle: x\n---\n',
  '| a | b |\n|---|---|\n| c | d |\n', '[^1]', '[^1]: note\n', '\\*', '&amp;', '&#x2028;', '    indented code\n', '<', '>', '~~del~~', '- [ ] task\n',
  'http://example.com/the the', 'mail@example.com', 'www.example.org.',
];

export const PLAIN_DIRECTIVES = ['calque-disable-next-line\n', '// calque-disable-next-line repetition\n', '# calque-disable\n', '% calque-enable\n', 'calque-disable-next-line nosuchrule\n'];

const pick = (list: readonly string[]) => fc.constantFrom(...list);

/** One piece of text: weighted towards prose so rules fire, with every kind of nasty input mixed in. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: pick(WORDS) },
  { weight: 6, arbitrary: pick(SPACE) },
  { weight: 3, arbitrary: pick(PUNCT) },
  { weight: 3, arbitrary: pick(QUOTES) },
  { weight: 2, arbitrary: pick(BRACKETS) },
  { weight: 3, arbitrary: pick(TRIGGERS) },
  { weight: 2, arbitrary: pick(NASTY) },
  { weight: 2, arbitrary: pick(MARKDOWN) },
  { weight: 1, arbitrary: pick(PLAIN_DIRECTIVES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }, // any code points
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) }, // any code units (lone surrogates)
);

/** A document: 0..maxPieces pieces. */
export function docText(maxPieces = 80): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));
}

/** A document made of paragraphs separated by blank lines (for cache tests). */
export function paragraphs(maxParas = 8): fc.Arbitrary<string[]> {
  return fc.array(
    fc.array(fc.oneof({ weight: 8, arbitrary: pick(WORDS) }, { weight: 4, arbitrary: fc.constant(' ') }, { weight: 2, arbitrary: pick(PUNCT) }, { weight: 2, arbitrary: pick(QUOTES) }, { weight: 3, arbitrary: pick(TRIGGERS) }, { weight: 1, arbitrary: pick(NASTY) }), { minLength: 1, maxLength: 25 }).map((p) => p.join('').replace(/\n\s*\n/g, '\n')),
    { minLength: 1, maxLength: maxParas },
  );
}

export const format = fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown');
export const language = fc.constantFrom(...LANGUAGES);
