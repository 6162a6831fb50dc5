/**
 * punctuation: a mark dropped into a clause where it cannot belong — the slip of machine
 * translation and of careless editing that no spelling or grammar list names. Position rules,
 * for ? ! ; : . ~ _ and the hyphen:
 *  - inside a word ("gov?ernment", "sta;te", "nati.onal"): never (a colon after a capital or a
 *    digit is a Swedish or Finnish suffix, "EU:n", and stays);
 *  - glued to the start of a word after a space ("the ?law", "was ;said", "a .new"): never;
 *  - a question or exclamation mark followed by a lower-case word of the same sentence ("the
 *    minister? said", "the ! new"): only where quotation marks, brackets, a Spanish ¿ ¡, a
 *    capitalised title or brand ("Yahoo! said") do not explain it;
 *  - a full stop standing alone before a lower-case word ("the . new law");
 *  - a semicolon or a colon right after a word that never ends a clause — an article, a
 *    possessive, a preposition or a conjunction that needs its complement ("the; law", "of: the",
 *    "und : die"; data/punctuation.ts);
 *  - a tilde or an underscore in running prose, away from numbers ("5 ~ 10" and "~5" stay);
 *  - a hyphen left hanging before a word that is not a conjunction ("infor- mation", "the -
 *    law"), where "Ein- und Ausgang" and "pre- and post-war" stay.
 * Masked code, URLs and markup are never looked at. Not fixed automatically: removing the mark
 * is offered as a suggestion, since the mark may stand for a lost word.
 */
import { defineRule, type RuleFinding } from '../rule';
import { baseLanguage } from '../lang/index';
import { PUNCTUATION } from '../data/punctuation';
import { MASK, SYNTAX } from '../types';
import { languagesWith } from '../languages/index';
import { closedClassWords } from '../lang/function-words';

const MARKS = new Set(['?', '!', ';', ':', '.', '~', '_', '-']);
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚', '「', '」', '『', '』']);
const OPEN_BRACKETS = new Set(['(', '[', '{']);

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\u2009';

/** The letters right before `i` (a word's end) and right after `j` (a word's start). */
function letterRunBefore(t: string, i: number): string {
  let k = i;
  while (k > 0 && /[\p{L}\p{M}]/u.test(t[k - 1]!)) k--;
  return t.slice(k, i);
}
function letterRunAfter(t: string, j: number): string {
  let k = j;
  while (k < t.length && /[\p{L}\p{M}]/u.test(t[k]!)) k++;
  return t.slice(j, k);
}

/** Common file extensions and top-level domains: "index.html", "example.com" in prose. */
const DOTTED = new Set(['com', 'org', 'net', 'gov', 'edu', 'info', 'html', 'htm', 'php', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'jpeg', 'png', 'gif', 'txt', 'csv', 'json', 'xml', 'exe', 'zip', 'js', 'ts', 'py', 'io', 'co', 'uk', 'de', 'fr', 'ru', 'ua', 'lt', 'pl', 'eu', 'es', 'it', 'nl', 'by', 'tv', 'fm', 'app', 'dev', 'ini', 'cfg', 'conf', 'log', 'list', 'sh', 'bat', 'dll', 'sys', 'mp3', 'mp4', 'avi', 'mov', 'ppt', 'pptx', 'odt', 'rtf', 'tar', 'gz', 'md', 'yml', 'yaml']);
/** Before a dotted word, these make it a name in code or on the net: a channel or tag (#debian.de), a path (/etc/apt/sources.list), a handle, a wildcard. */
const CODE_PREFIX = new Set(['#', '/', '\\', '@', '~', '*', '$', '%']);

interface Ctx {
  t: string;
  lang: string;
  openers: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  inverted: boolean;
  incise: boolean;
  /** Closed-class words (function words, words that are never names, openers, conjunctions): a new phrase or clause may start with one. */
  closedClass: ReadonlySet<string>;
}

const cache = new Map<string, Omit<Ctx, 't'>>();
function langCtx(lang: string): Omit<Ctx, 't'> {
  let c = cache.get(lang);
  if (!c) {
    const d = PUNCTUATION[lang];
    c = { lang, openers: new Set(d?.openers ?? []), conjunctions: new Set(d?.conjunctions ?? []), inverted: !!d?.invertedQuestion, incise: !!d?.incise, closedClass: closedClassWords(lang) };
    cache.set(lang, c);
  }
  return c;
}

/**
 * Whether the word after a mark goes on the phrase the opener began ("the; law", "of: the"): a
 * lower-case content word, or another opener that is no conjunction. After a pronoun that looks
 * like an opener ("sein; aber", "die: dass", "его - и") a new clause starts, with a capital, a
 * conjunction or another closed-class word.
 */
function continuesPhrase(ctx: Omit<Ctx, 't'>, nextWord: string): boolean {
  if (!isLower(nextWord[0])) return false;
  const w = nextWord.toLowerCase();
  return !ctx.closedClass.has(w) || (ctx.openers.has(w) && !ctx.conjunctions.has(w));
}

/** Start of the sentence around `i` in the block text (a rough look back for ¿ ¡ and quotes). */
function sentenceBefore(t: string, i: number): string {
  let k = i - 1;
  while (k > 0 && !/[.!?。！？\n]/u.test(t[k - 1]!)) k--;
  return t.slice(k, i);
}
/** The rest of the sentence after `i`. */
function sentenceAfter(t: string, i: number): string {
  let k = i + 1;
  while (k < t.length && !/[.!?。！？\n]/u.test(t[k]!)) k++;
  return t.slice(i + 1, k);
}

/** By language, from the language packs (languages/types.ts: `spacedSuffixHyphen`). */
const SPACED_SUFFIX_HYPHEN = languagesWith('spacedSuffixHyphen');
/** By language, from the language packs (languages/types.ts: `frenchSpacing`). */
const FRENCH_SPACING = languagesWith('frenchSpacing');
/** By language, from the language packs (languages/types.ts: `colonSuffix`). */
const COLON_SUFFIX = languagesWith('colonSuffix');

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** stray()'s answer for a mark glued to the next word where a space was more likely lost than the mark added. */
const MISSING_SPACE = 'missing space';

/** Why a mark at `i` is stray, or undefined. */
function stray(ctx: Ctx, i: number): string | undefined {
  const { t } = ctx;
  const c = t[i]!;
  const prev = t[i - 1];
  const next = t[i + 1];
  // A run of marks ("?!", "...", "--", ":-)", "__") is something else.
  if (MARKS.has(prev ?? '') || MARKS.has(next ?? '') || prev === MASK || next === MASK || prev === SYNTAX || next === SYNTAX) return undefined;
  // Inside a word. (Not between characters of scripts written without spaces: "你好!充话费" is two clauses.)
  if (isLetter(prev) && isLetter(next)) {
    if (UNSPACED_SCRIPT.test(prev!) || UNSPACED_SCRIPT.test(next!)) return undefined;
    // "maintenant!Qui", "done?The": most likely a sentence end that lost its space.
    if ((c === '?' || c === '!') && isUpper(next)) return MISSING_SPACE;
    if (c === '?' || c === '!' || c === ';' || c === '~') return 'inside a word';
    if (c === ':' && isLower(prev) && isLower(next) && !COLON_SUFFIX.has(ctx.lang)) return 'inside a word';
    if (c === '.' && isLower(prev) && isLower(next)) {
      const a = letterRunBefore(t, i);
      const b = letterRunAfter(t, i + 1);
      if (a.length >= 3 && b.length >= 3 && !DOTTED.has(b.toLowerCase()) && t[i - a.length - 1] !== '.' && t[i + 1 + b.length] !== '.' && !CODE_PREFIX.has(t[i - a.length - 1] ?? '') && t[i + 1 + b.length] !== '/') return 'inside a word';
    }
    if (c === '_' && isLower(prev) && isLower(next) && !/[_\d]/u.test(letterRunBefore(t, i) + letterRunAfter(t, i + 1))) {
      // snake_case identifiers carry more than one underscore or digits; a lone one between words of prose is a slip.
      const around = t.slice(Math.max(0, i - 30), i + 30);
      if ((around.match(/_/g) ?? []).length === 1) return 'inside a word';
    }
    return undefined;
  }
  const spaceBefore = isSpace(prev);
  const spaceAfter = isSpace(next);
  // Glued to the start of a word after a space: "the ?law", "a .new", "was ;said".
  if (spaceBefore && isLetter(next)) {
    const before = t[i - 2];
    if (before === undefined || before === '\n' || !/[\p{L}\p{N},]/u.test(before)) return undefined; // a list dash, a line start
    // French spacing puts a space before ? ! ; — "payer ?demandent" most likely lost the space after it.
    if (FRENCH_SPACING.has(ctx.lang) && (c === '?' || c === '!' || c === ';')) return MISSING_SPACE;
    if (c === '?' || c === '!' || c === ';') return 'before a word';
    if ((c === '.' || c === ':') && isLower(next)) return 'before a word';
    // Marks used in pairs, as brackets or dashes ("_una nota_", "-daha iyisini yapabiliriz-"): a closing one later in the sentence.
    if ((c === '~' || c === '_' || c === '-') && sentenceAfter(t, i).includes(c)) return undefined;
    if (c === '~' || c === '_') return 'before a word';
    // After a function word it is a cited suffix ("the -ing form", "the -atman"), or a suspended
    // compound's second part after its conjunction ("pre- and -post").
    if (c === '-' && isLower(next) && isLower(before) && !SPACED_SUFFIX_HYPHEN.has(ctx.lang) && !ctx.closedClass.has(letterRunBefore(t, i - 1).toLowerCase()) && ctx.conjunctions.size) return 'a hanging hyphen';
    return undefined;
  }
  // After a word (or standing alone), then a space and the next word.
  if (!spaceAfter) return undefined;
  let j = i + 1;
  while (isSpace(t[j])) j++;
  const nextWord = letterRunAfter(t, j);
  if (!nextWord) {
    // "5 ~ 10" is a range; a mark before a number, a quote or a bracket is left alone.
    return undefined;
  }
  const prevWordEnd = spaceBefore ? i - 1 : i;
  const prevWordAsWritten = letterRunBefore(t, prevWordEnd);
  const prevWord = prevWordAsWritten.toLowerCase();
  if (!prevWord && !isDigit(t[prevWordEnd - 1])) return undefined;
  if (spaceBefore && !prevWord) return undefined;
  switch (c) {
    case '?':
    case '!': {
      if (!isLower(nextWord[0])) return undefined;
      // A list item after a question: "Wie lautet der Satz? a) Ich …".
      if (nextWord.length === 1 && t[j + 1] === ')') return undefined;
      const sentence = sentenceBefore(t, i);
      // Quotation and brackets: "‘why?’ he asked", "(?)", a title in quotes.
      for (const ch of sentence) if (QUOTES.has(ch) || OPEN_BRACKETS.has(ch)) return undefined;
      if (QUOTES.has(t[j] ?? '')) return undefined;
      if (ctx.inverted && /[¿¡]/u.test(sentence)) return undefined;
      // A reporting clause after a question or an exclamation, quotation marks left out, where the
      // language writes it so ("Qui va payer ? s’interrogent les maires."): a short clause that
      // ends the sentence with a full stop.
      const rest = sentenceAfter(t, i);
      const restWords = rest.trim().split(/\s+/u);
      const before = sentence.trim().split(/\s+/u);
      if (ctx.incise && restWords.length <= 4 && before.length >= 3 && t[i + 1 + rest.length] === '.' && !ctx.openers.has(prevWord) && !ctx.closedClass.has(nextWord.toLowerCase())) return undefined;
      // A brand or a title ("Yahoo! said", "Jeopardy! is"): the word before is capitalised. Names
      // end in "!", hardly ever in "?": a capitalised word before "?" is a noun or a sentence start.
      if (c === '!' && isUpper(prevWordAsWritten[0])) return undefined;
      return spaceBefore ? 'alone before a lower-case word' : 'before a lower-case word';
    }
    case '.':
      if (spaceBefore && isLower(nextWord[0])) return 'alone before a lower-case word';
      return undefined;
    case ';':
    case ':':
      // A label at the start of a sentence or line ("Q: …", "A: …", "Die eine: daß …") introduces what follows.
      if (c === ':' && sentenceBefore(t, i).trim() === prevWordAsWritten) return undefined;
      if (ctx.openers.has(prevWord) && continuesPhrase(ctx, nextWord)) return `after "${prevWordAsWritten}"`;
      return undefined;
    case '~':
    case '_':
      if (isDigit(t[prevWordEnd - 1]) || isDigit(t[j])) return undefined;
      if (sentenceBefore(t, i).includes(c) || sentenceAfter(t, i).includes(c)) return undefined; // used in pairs
      return spaceBefore ? 'alone between words' : 'after a word';
    case '-':
      // A spaced hyphen is a typed dash: after a conjunction ("и - о чудо -") it opens an aside.
      if (spaceBefore) return ctx.openers.has(prevWord) && !ctx.conjunctions.has(prevWord) && continuesPhrase(ctx, nextWord) ? `after "${prevWordAsWritten}"` : undefined;
      if (!ctx.conjunctions.size || / -\p{L}/u.test(sentenceBefore(t, i))) return undefined; // no data; the closing dash of a pair
      // A suspended hyphen goes on with a conjunction ("Ein- und Ausgang"), a comma or another suspended word.
      if (ctx.conjunctions.has(nextWord.toLowerCase()) || isUpper(prevWordAsWritten[0]) || !isLower(t[i - 1])) return undefined;
      if (t.slice(j + nextWord.length, j + nextWord.length + 1) === '-') return undefined;
      return 'a hanging hyphen';
  }
  return undefined;
}

/** Whether the mark at `i` of a block's text is one this rule reports (typography then leaves its spacing alone). */
export function isStrayMark(text: string, i: number, language: string): boolean {
  return MARKS.has(text[i] ?? '') && i > 0 && i < text.length - 1 && stray({ t: text, ...langCtx(baseLanguage(language)) }, i) !== undefined;
}

export const punctuationRule = defineRule({
  meta: {
    id: 'punctuation',
    category: 'punctuation',
    defaultSeverity: 'warning',
    description: 'A question mark, semicolon, colon, full stop, tilde, underscore or hyphen dropped into a clause where it cannot belong',
    fixable: true,
  },
  checkBlock(block, ctx) {
    const t = block.text;
    const lc: Ctx = { t, ...langCtx(baseLanguage(ctx.language)) };
    const out: RuleFinding[] = [];
    for (let i = 1; i < t.length - 1; i++) {
      const code = t.charCodeAt(i);
      // ? ! ; : . ~ _ - (all ASCII): most characters are letters and spaces.
      if (code !== 0x3f && code !== 0x21 && code !== 0x3b && code !== 0x3a && code !== 0x2e && code !== 0x7e && code !== 0x5f && code !== 0x2d) continue;
      const c = t[i]!;
      const why = stray(lc, i);
      if (!why) continue;
      // The fix removes the mark and one space next to it (so that "the ? law" becomes "the law").
      const from = isSpace(t[i - 1]) && (isSpace(t[i + 1]) || i + 1 === t.length) ? i - 1 : i;
      const to = from === i && isSpace(t[i + 1]) && isSpace(t[i - 1]) ? i + 2 : i + 1;
      if (why === MISSING_SPACE) {
        out.push({
          start: block.start + i,
          end: block.start + i + 1,
          message: `No space after “${c}”: the next word is glued to it. Add the space — or, if the mark does not belong here, remove it.`,
          fixes: [
            { title: `Add a space after “${c}”`, edits: [{ start: block.start + i + 1, end: block.start + i + 1, newText: ' ' }], safe: false },
            { title: `Remove “${c}”`, edits: [{ start: block.start + i, end: block.start + i + 1, newText: '' }], safe: false },
          ],
          data: { kind: 'missing-space', mark: c },
        });
        continue;
      }
      out.push({
        start: block.start + i,
        end: block.start + i + 1,
        message: `A stray “${c}” ${why}: it does not belong in the middle of this clause. Remove it, or restore what it stands for.`,
        fixes: [{ title: `Remove “${c}”`, edits: [{ start: block.start + from, end: block.start + to, newText: '' }], safe: false }],
        data: { kind: 'stray', mark: c },
      });
    }
    return out;
  },
});
