/**
 * The forms of a word, for reading phrasebook patterns in any inflection of their language:
 * "take the bull by the horns" in "took the bull by the horns" and "taking the bull …",
 * "mettre la charrue avant les bœufs" in "il mettra la charrue …".
 *
 * No dictionary of word forms: a word's *bases* are the word itself, the base of its irregular
 * verb (the language pack's `irregularVerbs`: took -> take, lag -> liegen) and the word less
 * one of the pack's inflectional endings (`inflection`: its noun `endings` and `replace`, and
 * its `formEndings` and `formReplace`: cities -> city, mettra -> mett-, taking -> take),
 * keeping at least `minStem` letters, a doubled last consonant also counted once (stopped ->
 * stop). Two words are forms of one word when they share a base. Closed-class words (the
 * language's closedClassWords, placeholder words) have only themselves: "has" is not a form of "have"
 * here, "de" not of "des". Pure and memoised per language.
 */
import { byLanguage } from '../languages/index';
import { closedClassWords } from '../lang/function-words';

interface Inflector {
  /** The verb-form rules (formEndings, formReplace) that are neither noun nor infinitive endings. */
  verbRules: ReadonlyArray<readonly [string, string]>;
  /** [ending, replacement] pairs: every ending, for a word of the text. */
  rules: ReadonlyArray<readonly [string, string]>;
  /** For a pattern's word: the noun endings, the replacements and the infinitive endings only. */
  patternRules: ReadonlyArray<readonly [string, string]>;
  minStem: number;
  /** Irregular verb form -> base. */
  irregular: ReadonlyMap<string, string>;
  /** Base -> every form of its irregular verb (base first). */
  forms: ReadonlyMap<string, readonly string[]>;
  closed: ReadonlySet<string>;
}

const INFLECTION = byLanguage('inflection');
const IRREGULAR = byLanguage('irregularVerbs');
const PLACEHOLDERS = byLanguage('placeholders');
/** By language, the pack's `infinitiveEndings`, longest first (the first that fits is the verb's ending). */
const INFINITIVES: Record<string, readonly string[]> = Object.fromEntries(Object.entries(byLanguage('infinitiveEndings')).map(([l, e]) => [l, [...e].sort((x, y) => y.length - x.length)]));

/** The infinitive endings of `lang`, longest first (Italian -arsi before -are). */
export function infinitiveEndings(lang: string): readonly string[] {
  return INFINITIVES[lang] ?? [];
}

/** Whether `word` ends in one of `lang`'s infinitive endings with more than a letter before it. */
export function isInfinitive(word: string, lang: string): boolean {
  return infinitiveEndings(lang).some((e) => word.length > e.length + 1 && word.endsWith(e));
}

const inflectors = new Map<string, Inflector | null>();

function inflector(lang: string): Inflector | null {
  let f = inflectors.get(lang);
  if (f !== undefined) return f;
  const spec = INFLECTION[lang];
  const irr = IRREGULAR[lang];
  if (!spec?.formEndings && !irr) {
    inflectors.set(lang, null);
    return null;
  }
  const rules: Array<readonly [string, string]> = [];
  const patternRules: Array<readonly [string, string]> = [];
  const seen = new Set<string>();
  const rule = (end: string, rep: string, pattern: boolean) => {
    // Possessive endings with an apostrophe are split off as clitics before matching (words.ts).
    if (!end || /['’]/.test(end)) return;
    const key = end + '>' + rep;
    if (!seen.has(key)) rules.push([end, rep]);
    if (pattern && !seen.has(key + '>')) {
      patternRules.push([end, rep]);
      seen.add(key + '>');
    }
    seen.add(key);
  };
  const infinitives = new Set(infinitiveEndings(lang));
  for (const e of spec?.endings ?? []) rule(e, '', true);
  for (const map of [spec?.replace, spec?.formReplace]) for (const [from, tos] of Object.entries(map ?? {})) for (const to of tos) rule(to, from, true);
  for (const e of infinitives) rule(e, '', true);
  for (const e of spec?.formEndings ?? []) rule(e, '', infinitives.has(e) || spec?.formEndingsInPatterns === true);
  const nounOrInfinitive = new Set([...(spec?.endings ?? []), ...infinitives].map((e) => e + '>'));
  for (const [from, tos] of Object.entries(spec?.replace ?? {})) for (const to of tos) nounOrInfinitive.add(to + '>' + from);
  const verbRules = rules.filter(([e, r]) => !nounOrInfinitive.has(e + '>' + r));
  const irregular = new Map<string, string>();
  const forms = new Map<string, string[]>();
  for (const group of (irr ?? '').split(';')) {
    const fs = group.trim().split(/\s+/).filter(Boolean);
    if (!fs.length || forms.has(fs[0]!)) continue;
    forms.set(fs[0]!, fs);
    for (const w of fs) if (!irregular.has(w)) irregular.set(w, fs[0]!);
  }
  const closed = new Set<string>(closedClassWords(lang));
  const ph = PLACEHOLDERS[lang];
  if (ph) for (const list of Object.values(ph)) for (const w of list) closed.add(w);
  f = { rules, patternRules, verbRules, minStem: spec?.minStem ?? 4, irregular, forms, closed };
  inflectors.set(lang, f);
  return f;
}

/** The base of an irregular verb form in `lang` (took -> take), if the pack lists its verb. */
export function irregularBase(lang: string, word: string): string | undefined {
  return inflector(lang)?.irregular.get(word);
}

/** The other forms of an irregular verb given by its base (liegen -> lag, lagen, gelegen). */
export function irregularForms(lang: string, base: string): readonly string[] {
  return inflector(lang)?.forms.get(base)?.slice(1) ?? [];
}

/**
 * Is a pattern's word in its base form — not an irregular verb's other form ("took", "sprich")
 * and not a word a verb ending makes ("toppled", "beating")? A pattern that writes another
 * form means that form.
 */
export function isBaseForm(word: string, lang: string): boolean {
  const f = inflector(lang);
  if (!f) return false;
  const irr = f.irregular.get(word);
  if (irr !== undefined && irr !== word) return false;
  // An infinitive is the base form of a verb (Russian "сделать", not "сдел-" + "ать").
  for (const e of infinitiveEndings(lang)) if (word.endsWith(e) && word.length > e.length) return true;
  for (const [end, rep] of f.verbRules) if (word.endsWith(end) && word.length - end.length + rep.length >= f.minStem) return false;
  return true;
}

/** Does `lang` have what formBases needs (endings or irregular verbs)? */
export function inflects(lang: string): boolean {
  return inflector(lang) !== null;
}

const LETTERS = /^\p{L}+$/u;
/** Only letters (a-z answered without the Unicode regular expression: most words of most texts). */
function letters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return LETTERS.test(w);
  }
  return w.length > 0;
}
const VOWELS = /[aeiouy]/;

/**
 * The bases of a lower-case word in `lang`, the word itself first, then its irregular verb's
 * base, then the word less each ending that leaves `minStem` letters. A closed-class word, or
 * a word with anything but letters, has itself only.
 *
 * A word of the text loses any ending; a pattern's word (`pattern`) only a noun ending, a
 * replacement or an infinitive ending: a pattern writes its verbs in the infinitive or spells
 * out the forms it means, and a pattern's noun that looks like a verb form is a noun (Spanish
 * "hace sentido" must not match "hace sentir": "sentido" is not read as the participle of
 * "sentir"; Polish "bazowany" must not match the verb form "bazowało").
 */
export function formBases(word: string, lang: string, pattern = false): string[] {
  const f = inflector(lang);
  if (!f || f.closed.has(word) || !letters(word)) return [word];
  const out = [word];
  const irr = f.irregular.get(word);
  if (irr !== undefined && irr !== word) out.push(irr);
  for (const [end, rep] of pattern ? f.patternRules : f.rules) {
    if (word.length - end.length + rep.length < f.minStem || !word.endsWith(end)) continue;
    const stem = word.slice(0, word.length - end.length);
    add(out, stem + rep);
    // An irregular verb's form with a regular ending (German "trafen" = "traf" + "en").
    const irrStem = f.irregular.get(stem + rep);
    if (irrStem !== undefined) add(out, irrStem);
    // A consonant doubled before the ending (stopped, running): the base has it once.
    const n = stem.length;
    if (rep === '' && n > f.minStem && stem[n - 1] === stem[n - 2] && !VOWELS.test(stem[n - 1]!)) add(out, stem.slice(0, -1));
  }
  return out;
}

function add(list: string[], w: string): void {
  if (!list.includes(w)) list.push(w);
}

/** Is `word` a word whose forms count (an open-class word of letters)? */
export function inflectable(word: string, lang: string): boolean {
  const f = inflector(lang);
  return f !== null && !f.closed.has(word) && letters(word);
}
