/**
 * Calques found through the source: a phrasebook entry's source idiom (its `:: "…"` note) is
 * recognised in a source sentence, in any inflection and word order, and the aligned target
 * sentence is read for the entry's literal words — in any form, order and wording the entry's
 * patterns allow word by word, not only the sequences they spell out. A target that says the
 * idiom's words ("like snow on my head") where the source has the idiom ("как снег на голову") is
 * a word-for-word rendering; a target with the idiomatic rendering, or without the literal words,
 * is left alone. The target-only match (rules/idiom.ts) stays first: where it reports the same
 * place with the same source language, these findings give way to it. Used by the `idiom`
 * rule's checkPair.
 *
 * Recognising the idiom needs no lemmatiser: each content word of the idiom (not a closed-class
 * word of its language) becomes a stem — the word less the letters inflection changes, by
 * length, fewer for agglutinative languages, up to the last syllable for Hangul — that a source
 * word must start with; Chinese idioms are found as written and Japanese ones by their kanji and
 * katakana in order. Every content word must be there (all but one in idioms of four or more),
 * close together.
 */
import { closedClassWords } from '../lang/function-words';
import { baseTag } from '../lang/languages';
import { byLanguage, languagesWith, languagesWithNames } from '../languages/index';
import { refsOf } from '../phrasebook/find';
import type { PhraseEntry } from '../phrasebook/parse';
import type { PNode, Pattern } from '../phrasebook/pattern';
import { PLACEHOLDER_NAMES, placeholderWords } from '../phrasebook/placeholders';
import { elisionLength } from '../phrasebook/words';
import { infinitiveEndings, irregularBase, irregularForms, isInfinitive } from '../phrasebook/forms';
import { followsSentenceEnd, lowerCase } from '../segment';
import { memoByPair, shiftFindings } from './memo';
import type { PairFinding, PairView } from './types';
import { pairTexts } from './types';

/** By language, from the language packs (languages/types.ts). */
const UNSPACED = languagesWith('unspaced');
const AGGLUTINATIVE = languagesWithNames('agglutinative');
const NOUN_CAPITALS = languagesWith('capitalisesNouns');
const VERB_FINAL = languagesWith('verbFinal');

/** The idiom has a name in it ("ir de Herodes a Pilatos", "открыть Америку"). */
function idiomNamed(idiom: string): boolean {
  return tokens(idiom, '').some((t) => t.name);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*/gu;
const HANGUL = /^[\p{Script=Hangul}]+$/u;
/** Arabic harakat and tatweel: written or not, the same word. */
const ARABIC_MARKS = /[\u064B-\u0652\u0670\u0640]/g;
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýąęėįųūōēīаеёиоуыэюяіїєў]/u;

export interface Tok {
  start: number;
  end: number;
  key: string;
  /** Capitalised inside a sentence: a name. */
  name?: true;
  /** Where the word starts with its elided article ("l'eau"), when `start` is after it. */
  from?: number;
}

/** A word's matching form: lower case, NFC, ё as е, Arabic marks dropped. */
function norm(s: string, lang: string): string {
  let t = lowerCase(s, lang);
  // Only text beyond ASCII has anything to normalise.
  if (!NON_ASCII.test(t)) return t;
  t = t.normalize('NFC');
  if (t.includes('ё')) t = t.replace(/ё/g, 'е');
  if (t.includes('’')) t = t.replace(/’/g, "'");
  return t.replace(ARABIC_MARKS, '');
}
const NON_ASCII = /[^\x00-\x7f]/;

/** The words of a text; `elide`: a word after an elided article is a word of its own ("l'eau": "eau"). */
export function tokens(text: string, lang: string, base = 0, elide = false): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(WORD)) {
    let key = norm(m[0], lang);
    const cut = elide ? elisionLength(key, lang) : 0;
    if (cut) key = key.slice(cut);
    const t: Tok = { start: base + m.index! + cut, end: base + m.index! + m[0].length, key };
    if (cut) t.from = base + m.index!;
    if (isCapitalised(m[0]) && !followsSentenceEnd(text.slice(Math.max(0, m.index! - 4), m.index!))) t.name = true;
    out.push(t);
  }
  return out;
}


/**
 * Marks the stem of an infinitive ("echar" -> "ech" + VERB): a verb's endings are longer than a
 * noun's ("echaron", "pegando", "tiraram").
 */
const VERB = '\u0001';

/** The part of a source-language word that its inflected forms keep (see the header). */
export function stemOf(word: string, lang: string): string {
  // An infinitive: the part before its ending ("rompere" -> "romp", "meter" -> "met").
  for (const e of infinitiveEndings(lang)) if (word.endsWith(e) && [...word].length - [...e].length >= 3) return word.slice(0, word.length - e.length) + VERB;
  const n = [...word].length;
  const cut = (k: number) => [...word].slice(0, k).join('');
  if (HANGUL.test(word)) return n >= 2 ? cut(n - 1) : word;
  if (n <= 3) return word;
  if (AGGLUTINATIVE.has(lang)) return cut(Math.max(3, n - 3));
  return cut(n <= 5 ? n - 1 : n <= 7 ? n - 2 : n - 3);
}

/** A light verb's stem is a verb's, whatever its length ("fare": "far" + VERB takes "faranno"). */
function verbStem(word: string, lang: string, verb?: boolean): string {
  const st = stemOf(word, lang);
  return verb && !st.endsWith(VERB) ? st + VERB : st;
}

/** A source word is a form of the idiom word whose stem it starts with (and not much longer). */
function formOf(word: string, stem: string): boolean {
  if (stem.endsWith(VERB)) {
    const s = stem.slice(0, -1);
    return word.startsWith(s) && word.length - s.length <= 5;
  }
  // A short stem takes a short ending only: "man" is "mani", not "mandato".
  // ("pull" -> "pul": "pulling" is the -ing form after the stem's cut letter.)
  return word.startsWith(stem) && word.length - stem.length <= (stem.length <= 4 ? (word.endsWith('ing') ? 4 : 3) : 5);
}

/**
 * Two target words are one word in two forms: equal, or sharing all but an inflectional
 * ending ("noodle"/"noodles", "hang"/"hanging", "вухо"/"вуха").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const s = Math.min(a.length, b.length);
  const l = Math.max(a.length, b.length);
  if (s < 3) return false;
  let p = 0;
  while (p < s && a[p] === b[p]) p++;
  const short = a.length === s ? a : b;
  // A final vowel that inflection replaces: "take"/"taking", "вухо"/"вуха".
  if (s >= 4 && p === s - 1 && VOWEL.test(short[s - 1]!) && l - p <= 3) return true;
  if (s === 3) return p === 3 && l - p <= 1;
  if (s === 4) return p === 4 && l - p <= 3;
  return p >= (s <= 6 ? s - 1 : s - 2) && l - p <= 4;
}

/** One word of a literal rendering: its forms (a pattern word, a `stem*`, alternatives). */
interface Slot {
  words: string[];
  prefixes: string[];
  /** Also a word of an idiomatic rendering. */
  shared?: boolean;
}

function slotHas(slot: Slot, word: string, lang: string): boolean {
  const base = irregularBase(lang, word);
  return slot.words.some((w) => sameWord(w, word) || (base !== undefined && irregularBase(lang, w) === base)) || slot.prefixes.some((p) => word.startsWith(p));
}

/** One word of an idiom read as a sequence: a closed-class word as written, a content word's stems, or (neither) any word. */
interface Step {
  words?: ReadonlySet<string>;
  stems?: string[];
  /** A content word's length in letters. */
  len?: number;
}

interface SourceIdiom {
  entry: PhraseEntry;
  /** The idiom's words in order (of its first form when "A / B" are word alternatives). */
  sequence: Step[];
  /** An idiom of one content word: found only as the whole sequence ("como una cabra"). */
  whole?: true;
  /** Its language capitalises nouns (German): a capital letter is no sign of a name. */
  nouns?: true;
  /** Spaced languages: the stems of each content word (alternatives of one word in one slot). */
  stems: string[][];
  /** Unspaced languages: the runs to find in order, and the largest gap between them. */
  runs?: string[];
  gap?: number;
  /** Words in the idiom: the window the stems must fall in. */
  size: number;
  /** The literal renderings in the target: slots per pattern alternative. */
  renderings: Slot[][];
  /** The idiomatic renderings' content words. */
  idiomatic: string[][];
  /** Closed-class words the patterns start with ("ein" of "ein Stück Kuchen"): the finding takes them in. */
  lead: ReadonlySet<string>;
}

/** The words an idiom's dictionary form may show that text need not (languages/types.ts: `citationWords`). */
const CITATION = byLanguage('citationWords');
const citationSets = new Map<string, ReadonlySet<string>>();
function citationWords(lang: string): ReadonlySet<string> {
  let v = citationSets.get(lang);
  if (!v) citationSets.set(lang, (v = new Set((CITATION[lang] ?? '').split(/\s+/).filter(Boolean).map((w) => norm(w, lang)))));
  return v;
}

interface IdiomForm {
  slots: string[][];
  size: number;
  longest: number;
  sequence: Step[];
}

/**
 * The idiom's forms to look for, without notation: "(кому-то)" asides and "…" dropped; of "A / B",
 * each a form when both are phrases ("сесть в лужу / посадить в лужу"), else the words around
 * the slash one slot ("die Nase / die Schnauze voll haben": Nase | Schnauze).
 */
function idiomForms(idiom: string, lang: string, strict = false): IdiomForm[] {
  const closed = closedClassWords(lang);
  const cited = citationWords(lang);
  const text = idiom.replace(/\([^)]*\)/g, ' ').replace(/[…]|\.\.\./g, ' ');
  const parts = text.split(/\s+\/\s+|\/(?=\p{L})/u);
  type W = { word: string; kind: 'closed' | 'class' | 'free' | 'content'; verb?: boolean };
  const read = (part: string): W[] => {
    const toks = tokens(part, lang);
    const out: W[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      // A hyphenated citation word ("что-либо", "кого-нибудь") is one word of the idiom.
      const next = toks[i + 1];
      if (next && part.slice(t.end, next.start) === '-' && cited.has(t.key + '-' + next.key)) {
        out.push({ word: t.key + '-' + next.key, kind: 'free' });
        i++;
        continue;
      }
      // An elided or possessive word counts by its longest part ("l'eau" -> "eau", "one's" -> "one").
      const word = t.key.split("'").reduce((a, b) => (b.length > a.length ? b : a));
      if (cited.has(t.key) || cited.has(word)) out.push({ word, kind: 'free' });
      // An article, possessive or pronoun: any word of its class ("la mouche", "sa mouche").
      else if (placeholder(word, lang)) out.push({ word, kind: 'class' });
      else out.push({ word, kind: closed.has(word) ? 'closed' : 'content' });
    }
    return out;
  };
  // A light verb the dictionaries cite ("fare", "have", "брати") may be left out of a sentence;
  // but in an idiom read only with the source, where it is all that stands beside one content
  // word ("fare il ponte", "взяти гору"), the idiom without it would be that word alone: the verb
  // is then one of the idiom's words.
  const verb = (w: string) => isInfinitive(w, lang) || irregularForms(lang, w).length > 0;
  const read_ = parts.map(read).map((ws) => (strict && ws.filter((w) => w.kind === 'content').length < 2 ? ws.map((w) => (w.kind === 'free' && verb(w.word) ? { ...w, kind: 'content' as const, verb: true } : w)) : ws));
  const phrases = parts.length > 1 && read_.every((ws) => ws.filter((w) => w.kind === 'content').length >= 2);
  const groups = phrases ? read_.map((ws) => [ws]) : [read_];
  return groups.map((g) => {
    const slots: string[][] = [];
    const sequence: Step[] = [];
    const verbs = new Set(g.flat().filter((w) => w.verb).map((w) => w.word));
    let size = 0;
    g.forEach((words, i) => {
      size += words.length;
      if (i === 0) for (const w of words) sequence.push(w.kind === 'free' ? {} : w.kind === 'closed' ? { words: new Set([w.word]) } : w.kind === 'class' ? { words: classOf(w.word, lang) } : { stems: [verbStem(w.word, lang, w.verb)], len: [...w.word].length });
      const content = words.filter((w) => w.kind === 'content').map((w) => w.word);
      if (i > 0 && content.length && slots.length) slots[slots.length - 1]!.push(content.shift()!);
      for (const w of content) slots.push([w, ...irregularForms(lang, w)]);
    });
    while (sequence.length && !sequence[0]!.words && !sequence[0]!.stems) sequence.shift();
    while (sequence.length && !sequence[sequence.length - 1]!.words && !sequence[sequence.length - 1]!.stems) sequence.pop();
    const longest = Math.max(0, ...slots.flat().map((w) => [...w].length));
    // A word the idiom says twice ("gel zaman git zaman") is one word to find.
    const stems = slots.map((alts) => alts.map((w, k) => (k === 0 && verbs.has(w) ? verbStem(w, lang, true) : stemOf(w, lang)))).filter((alts, i, all) => all.findIndex((b) => b.join('|') === alts.join('|')) === i);
    // The sequence's content word takes the alternatives of its slot ("cabra / regadera").
    for (const st of sequence) if (st.stems) st.stems = stems.find((alts) => alts.includes(st.stems![0]!)) ?? st.stems;
    return { slots: stems, size, longest, sequence };
  });
}

/** A word less its elided article ("l'eau" -> "eau"), in a language that elides. */
function elided(word: string, lang: string): string {
  return word.slice(elisionLength(word, lang));
}

/**
 * The content words of a pattern alternative, one slot per word position (optional words left
 * out). A choice the suggestions repeat (`{3}` for "[importante | fundamental | …]") is context
 * the idiomatic rendering keeps: a shared slot.
 */
function patternSlots(p: Pattern, closed: ReadonlySet<string>, nouns: boolean, carried: ReadonlySet<number>, lang: string): Slot[] {
  const out: Slot[] = [];
  let choice = 0;
  const add = (slot: Slot) => {
    slot.words = slot.words.filter((w) => !closed.has(w) && w.length >= 2);
    slot.prefixes = slot.prefixes.filter((w) => w.length >= 3);
    if (slot.words.length || slot.prefixes.length) out.push(slot);
  };
  const collect = (nodes: readonly PNode[], slot: Slot) => {
    for (const n of nodes) {
      // A name ("America", "Rome") is kept by any translation: no sign of a literal one.
      if (n.t === 'word') for (const a of n.alts) if (!a.ph && (nouns || !isCapitalised(a.text))) (a.prefix ? slot.prefixes : slot.words).push(elided(a.text.toLowerCase().replace(/’/g, "'"), lang));
      if (n.t === 'group') for (const alt of n.alts) collect(alt, slot);
    }
  };
  for (const n of p.nodes) {
    // The choices, numbered as suggestions refer to them (docs/phrasebooks.md): word lists, stems, groups, placeholders.
    const isChoice = n.t === 'ph' || n.t === 'group' || (n.t === 'word' && (n.alts.length > 1 || n.alts.some((a) => a.prefix || a.ph)));
    if (isChoice) choice++;
    const shared = isChoice && carried.has(choice) ? { shared: true } : {};
    // A word, or a group ("[out of | from]": one place in the rendering) unless optional.
    if (n.t === 'word' || (n.t === 'group' && !n.optional)) {
      const slot: Slot = { words: [], prefixes: [], ...shared };
      collect([n], slot);
      add(slot);
    }
  }
  return out;
}

/** The closed-class words (articles, possessives, prepositions) the patterns have before their first content word. */
function leadingWords(patterns: readonly Pattern[], closed: ReadonlySet<string>, lang: string): Set<string> {
  const out = new Set<string>();
  for (const p of patterns) {
    for (const n of p.nodes) {
      if (n.t === 'ph') {
        if (n.name === 'art' || n.name === 'poss') for (const w of placeholderWords(lang, n.name)) out.add(w);
        else break;
        continue;
      }
      if (n.t !== 'word') break;
      const words = n.alts.filter((a) => !a.prefix && !a.ph).map((a) => a.text.toLowerCase());
      for (const a of n.alts) if (a.ph === 'art' || a.ph === 'poss') for (const w of placeholderWords(lang, a.ph)) out.add(w);
      if (!words.length || !words.every((w) => closed.has(w))) break;
      for (const w of words) out.add(w);
    }
  }
  return out;
}

/** A word the phrasebook's placeholders stand for ({poss}, {pron}, {refl}, {be}, {art}): no content of an idiom. */
function placeholder(word: string, lang: string): boolean {
  return PLACEHOLDER_NAMES.some((n) => placeholderWords(lang, n).has(word));
}

/** The words of the placeholder classes `word` belongs to (any possessive for "son"; an article only itself). */
function classOf(word: string, lang: string): ReadonlySet<string> {
  // An article stays as written: "la mouche" is the idiom, "une mouche" a fly.
  if (placeholderWords(lang, 'art').has(word)) return new Set([word]);
  return new Set(PLACEHOLDER_NAMES.filter((n) => placeholderWords(lang, n).has(word)).flatMap((n) => [...placeholderWords(lang, n)]));
}

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

function contentWords(text: string, lang: string, closed: ReadonlySet<string>): string[] {
  const nouns = NOUN_CAPITALS.has(lang);
  // Names in a gloss ("to discover America") are kept by any translation (as in patternSlots).
  return tokens(text, lang, 0, true)
    .filter((t) => !closed.has(t.key) && t.key.length >= 2 && (nouns || !t.name))
    .map((t) => t.key);
}

const indexes = new WeakMap<readonly PhraseEntry[], Map<string, SourceIdiom[]>>();

/** The entries' source idioms in `source`, prepared once per phrasebook and language pair. */
export function idiomsFor(entries: readonly PhraseEntry[], source: string, target: string): SourceIdiom[] {
  let byLang = indexes.get(entries);
  if (!byLang) indexes.set(entries, (byLang = new Map()));
  const k = source + '>' + target;
  let list = byLang.get(k);
  if (list) return list;
  list = [];
  for (const entry of entries) {
    const note = entry.note;
    if (!note?.idiom) continue;
    const lang = note.lang ?? (entry.sources.length === 1 ? entry.sources[0] : undefined);
    if (lang !== source) continue;
    list.push(...prepared(entry, source, target));
  }
  byLang.set(k, list);
  return list;
}

/** An entry's source idioms, prepared once per entry object (a new engine compiles a new list of the same entries). */
const preparedByEntry = new WeakMap<PhraseEntry, Map<string, SourceIdiom[]>>();

function prepared(entry: PhraseEntry, source: string, target: string): SourceIdiom[] {
  let m = preparedByEntry.get(entry);
  if (!m) preparedByEntry.set(entry, (m = new Map()));
  const k = source + '>' + target;
  let v = m.get(k);
  if (!v) m.set(k, (v = prepare(entry, source, target)));
  return v;
}

function prepare(entry: PhraseEntry, source: string, target: string): SourceIdiom[] {
  const note = entry.note!;
  const closedT = closedClassWords(target);
  const carried = new Set(entry.suggestions.flatMap(refsOf));
  const renderings = entry.patterns.map((p) => patternSlots(p, closedT, NOUN_CAPITALS.has(target), carried, target));
  if (target === 'en' && note.literal) renderings.push(contentWords(note.literal, target, closedT).map((w) => ({ words: [w], prefixes: [] })));
  const idiomatic = entry.suggestions.map((s) => contentWords(s, target, closedT)).filter((w) => w.length);
  const lead = leadingWords(entry.patterns, closedT, target);
  // A word the idiomatic renderings share ("papel" of "jogar um papel" and "desempenhar um
  // papel") is weak evidence of a literal one: the words they do not share must be there.
  const shared = (slot: Slot) => slot.words.some((w) => idiomatic.some((ws) => ws.some((x) => sameWord(x, w)))) || slot.prefixes.some((p) => idiomatic.some((ws) => ws.some((x) => x.startsWith(p))));
  const usable = renderings.filter((r) => r.length >= 2).map((r) => r.map((slot) => (slot.shared || shared(slot) ? { ...slot, shared: true } : slot)));
  if (!usable.length) return [];
  if (UNSPACED.has(source)) {
    // "扯后腿 / 拖后腿": each alternative is an idiom of its own.
    const out: SourceIdiom[] = [];
    for (const alt of norm(note.idiom, source).replace(/\([^)]*\)/g, '').split(/[/／|]/u)) {
      const text = alt.replace(/[\s\p{P}]+/gu, '');
      if (source === 'zh') {
        if ([...text].length >= 3) out.push({ entry, stems: [], sequence: [], runs: [text], gap: 0, size: 1, renderings: usable, idiomatic, lead });
        continue;
      }
      // Japanese: kanji and katakana carry the idiom; kana between them inflect.
      let runs = text.match(/[\p{Script=Han}\p{Script=Katakana}ー]+/gu) ?? [];
      if (!runs.length) runs = [text.replace(/[\p{Script=Hiragana}]{1,3}$/u, '')];
      if (runs.join('').length >= 2) out.push({ entry, stems: [], sequence: [], runs, gap: 4, size: 1, renderings: usable, idiomatic, lead });
    }
    return out;
  }
  const out: SourceIdiom[] = [];
  for (const { slots, size, longest, sequence } of idiomForms(note.idiom, source, entry.section.withSource === true)) {
    if (slots.length === 0) continue;
    // One content word is an idiom with its closed-class words around it ("como una cabra",
    // "auf dem Holzweg"), or alone when it is long and distinctive ("Extrawurst").
    // (The sequence weighs as a stretch of an idiom does: "la mouche" is enough, "la cara" is not.)
    const single = slots.length === 1;
    const whole = single && sequence.reduce((a, st) => a + weigh(st), 0) >= 3;
    if (single && !whole && longest < 7) continue;
    out.push({ entry, stems: slots, size, renderings: usable, idiomatic, lead, sequence, ...(whole ? { whole: true as const } : {}), ...(NOUN_CAPITALS.has(source) || idiomNamed(note.idiom) ? { nouns: true as const } : {}) });
  }
  return out;
}

/** A source sentence's words, indexed by their first letters. */
interface SourceWords {
  words: Tok[];
  /** By the first 1, 2 and KEY letters: the indexes of the words that start so. */
  byKey: Map<string, number[]>;
}

function sourceWords(words: Tok[]): SourceWords {
  const byKey = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (let n = 1; n <= KEY && n <= w.key.length; n++) {
      const k = w.key.slice(0, n);
      const l = byKey.get(k);
      if (l) l.push(i);
      else byKey.set(k, [i]);
    }
  });
  return { words, byKey };
}

/** Indexes of the words that are forms of one of `stems` (names only where `names`). */
function positions(sw: SourceWords, stems: readonly string[], names: boolean): number[] {
  const out: number[] = [];
  for (const st of stems) {
    for (const i of sw.byKey.get(keyOf(st)) ?? []) {
      const w = sw.words[i]!;
      if ((names || !w.name) && formOf(w.key, st) && !out.includes(i)) out.push(i);
    }
  }
  return out;
}

function stepHas(st: Step, w: string): boolean {
  return st.words ? st.words.has(w) : st.stems ? st.stems.some((x) => formOf(w, x)) : true;
}

/** Where the idiom is in the source: [first, last] token index (spaced), [start, end) in `flat` (unspaced), or undefined. */
function findInSource(idiom: SourceIdiom, sw: SourceWords, flat: string, verbMoves: boolean, fixedOrder: boolean): [number, number] | undefined {
  if (idiom.runs) return findRuns(idiom, flat, 0);
  const names = idiom.nouns === true;
  // An entry read only with the source renders words that are often meant literally, and English
  // keeps an idiom's words in order: the idiom must be there as written ("in the long run", not
  // "went for a long run"; "pulling the minister's leg", not "pulled a muscle in his leg").
  if (idiom.entry.section.withSource || fixedOrder) return findStrict(idiom.sequence, sw, names, verbMoves);
  if (idiom.whole) return findSequence(idiom.sequence, sw, names);
  const n = idiom.stems.length;
  const need = n >= 4 ? n - 1 : n;
  // A name in the source ("the end of the Second World War") is not the idiom's common word.
  const found: number[][] = [];
  for (const alts of idiom.stems) {
    const at = positions(sw, alts, names);
    if (at.length) found.push(at);
  }
  if (found.length < need) return found.length ? findRun(idiom.sequence, sw, names) : undefined;
  // The tightest window holding one form of each found word, each a word of its own.
  let best: [number, number] | undefined;
  for (const list of found) {
    for (const anchor of list) {
      const near = nearest(found, anchor);
      if (new Set(near).size < need) continue;
      const lo = Math.min(...near);
      const hi = Math.max(...near);
      if (!best || hi - lo < best[1] - best[0]) best = [lo, hi];
    }
  }
  // Close together: a clause may come between a verb and its object ("drücken … die Daumen").
  if (!best || best[1] - best[0] + 1 > idiom.size + 8) return findRun(idiom.sequence, sw, names);
  return best;
}

/**
 * A stretch of the idiom found word for word, as long as it is distinctive on its own: the verb
 * may be irregular ("se fue por las ramas", "trat ins Fettnäpfchen"), the rest is there as
 * written: of weight 4 or more (see weigh). Grown from each place a content word of the idiom is found.
 */
function findRun(seq: readonly Step[], sw: SourceWords, names: boolean): [number, number] | undefined {
  const words = sw.words;
  for (let k = 0; k < seq.length; k++) {
    const st = seq[k]!;
    if (!st.stems) continue;
    for (const i of positions(sw, st.stems, names)) {
      let weight = weigh(st);
      let lo = i;
      let hi = i;
      for (let d = 1; k - d >= 0 && i - d >= 0 && stepHas(seq[k - d]!, words[i - d]!.key); d++) {
        weight += weigh(seq[k - d]!);
        lo = i - d;
      }
      for (let d = 1; k + d < seq.length && i + d < words.length && stepHas(seq[k + d]!, words[i + d]!.key); d++) {
        weight += weigh(seq[k + d]!);
        hi = i + d;
      }
      if (weight >= 4) return [lo, hi];
    }
  }
  return undefined;
}

/** How distinctive a word of an idiom is: 1 a word, 1 more for a content word of five letters or more, 1 more for nine; 0 any word. */
function weigh(st: Step): number {
  return st.stems ? 1 + (st.len! >= 5 ? 1 : 0) + (st.len! >= 9 ? 1 : 0) : st.words ? 1 : 0;
}

/** The position nearest `anchor` in a non-empty list. */
function nearestIn(list: readonly number[], anchor: number): number {
  return list.reduce((a, b) => (Math.abs(b - anchor) < Math.abs(a - anchor) ? b : a));
}

/** For each list of positions, the one nearest `anchor`. */
function nearest(lists: readonly number[][], anchor: number): number[] {
  return lists.map((h) => nearestIn(h, anchor));
}

/** The whole sequence, placed by its content word. */
function findSequence(seq: readonly Step[], sw: SourceWords, names: boolean): [number, number] | undefined {
  const k = seq.findIndex((st) => st.stems);
  if (k < 0) return undefined;
  outer: for (const p of positions(sw, seq[k]!.stems!, names)) {
    const i = p - k;
    if (i < 0 || i + seq.length > sw.words.length) continue;
    for (let j = 0; j < seq.length; j++) if (!stepHas(seq[j]!, sw.words[i + j]!.key)) continue outer;
    return [i, i + seq.length - 1];
  }
  return undefined;
}

/**
 * The idiom's words in order and next to each other; a citation word ("someone", "one's") stands
 * for one to three words ("pull the minister's leg"). Where the verb moves (German, Dutch: "bleib
 * auf dem Teppich", "auf dem Teppich zu bleiben"), a verb at either end of the idiom may stand
 * anywhere near the rest.
 */
function findStrict(seq: readonly Step[], sw: SourceWords, names: boolean, verbMoves: boolean): [number, number] | undefined {
  // The infinitive's "to" of a citation form ("to turn a blind eye") is no part of the idiom.
  if (seq.length > 2 && seq[0]!.words?.has('to') && seq[1]!.stems) seq = seq.slice(1);
  const at = findFlex(seq, sw, names);
  if (at || !verbMoves || seq.length < 3) return at;
  for (const end of [0, seq.length - 1]) {
    const verb = seq[end]!;
    if (!verb.stems) continue;
    const rest = findFlex(end === 0 ? seq.slice(1) : seq.slice(0, -1), sw, names);
    if (!rest) continue;
    const near = positions(sw, verb.stems, names).filter((i) => (i < rest[0] ? rest[0] - i : i - rest[1]) <= 8 && (i < rest[0] || i > rest[1]));
    if (near.length) {
      const v = nearestIn(near, rest[0]);
      return [Math.min(v, rest[0]), Math.max(v, rest[1])];
    }
  }
  return undefined;
}

/** The sequence word by word from each place its first content word is found; a free step takes one to three words. */
function findFlex(seq: readonly Step[], sw: SourceWords, names: boolean): [number, number] | undefined {
  const k = seq.findIndex((st) => st.stems);
  if (k < 0) return undefined;
  const words = sw.words;
  const from = (j: number, i: number): number => {
    if (j === seq.length) return i - 1;
    const st = seq[j]!;
    if (!st.words && !st.stems) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const end = from(j + 1, i + n);
        if (end >= 0) return end;
      }
      return -1;
    }
    return i < words.length && stepHas(st, words[i]!.key) ? from(j + 1, i + 1) : -1;
  };
  for (const p of positions(sw, seq[k]!.stems!, names)) {
    // The words before the first content word, read backwards from it (none of them free in practice).
    let i = p;
    let ok = true;
    for (let j = k - 1; j >= 0; j--) {
      i--;
      if (i < 0 || !stepHas(seq[j]!, words[i]!.key)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const end = from(k, p);
    if (end >= 0) return [i, end];
  }
  return undefined;
}

/** The runs in order from `start`, each at most `gap` characters after the last (a later first run is tried too). */
function findRuns(idiom: SourceIdiom, flat: string, start: number): [number, number] | undefined {
  const firstAt = flat.indexOf(idiom.runs![0]!, start);
  if (firstAt < 0) return undefined;
  let from = firstAt + idiom.runs![0]!.length;
  for (const r of idiom.runs!.slice(1)) {
    const at = flat.indexOf(r, from);
    if (at < 0) return undefined;
    if (at - from > idiom.gap!) return findRuns(idiom, flat, firstAt + 1);
    from = at + r.length;
  }
  return [firstAt, from];
}

/** The literal rendering in the target words: [first, last] token index of the best rendering, or undefined. */
function findRendering(idiom: SourceIdiom, words: readonly Tok[], closed: ReadonlySet<string>, nouns: boolean, lang: string): [number, number] | undefined {
  // Names are kept by any translation: no sign of a literal one (German capitalises every noun).
  const content = words.map((w, i) => ({ w, i })).filter((x) => !closed.has(x.w.key) && (nouns || !x.w.name));
  let best: { lo: number; hi: number; hits: number } | undefined;
  for (const slots of idiom.renderings) {
    const found = slots.map((s) => content.filter((x) => slotHas(s, x.w.key, lang)).map((x) => x.i));
    const hits = found.filter((h) => h.length);
    const need = Math.max(2, Math.ceil(slots.length / 2));
    if (hits.length < need) continue;
    // Of the words the idiomatic renderings do not share, one must be there (two of three or more).
    const own = slots.map((s, k) => (s.shared ? -1 : k)).filter((k) => k >= 0);
    if (own.length === 0) continue;
    const needOwn = own.length >= 3 ? 2 : 1;
    const limit = 2 * slots.length + 3;
    for (const anchor of hits.flat()) {
      // Each found word of the rendering a word of its own ("four" is not "quattro e quattr'otto").
      const at = found.map((h) => (h.length ? nearestIn(h, anchor) : -1));
      const near = [...new Set(at.filter((x) => x >= 0 && Math.abs(x - anchor) < limit))];
      if (near.length < need) continue;
      if (own.filter((k) => at[k]! >= 0 && Math.abs(at[k]! - anchor) < limit).length < needOwn) continue;
      const lo = Math.min(...near);
      const hi = Math.max(...near);
      if (hi - lo + 1 > limit) continue;
      if (!best || near.length > best.hits || (near.length === best.hits && hi - lo < best.hi - best.lo)) best = { lo, hi, hits: near.length };
    }
  }
  return best && [best.lo, best.hi];
}

/** The target already says it idiomatically: all content words of one suggestion are there. */
function saysIdiomatically(idiom: SourceIdiom, words: readonly Tok[], closed: ReadonlySet<string>): boolean {
  // A suggestion's word that the literal rendering has too ("gâteau" of « c'est du gâteau » and
  // « une pièce de gâteau ») tells them apart no more than it says the idiom.
  const literal = (w: string) => idiom.renderings.some((r) => r.some((slot) => slot.words.includes(w)));
  return idiom.idiomatic.some((ws) => {
    const own = ws.filter((s) => !literal(s));
    return own.length > 0 && own.every((s) => words.some((w) => !closed.has(w.key) && sameWord(w.key, s)));
  });
}

export interface AnchoredMatch {
  entry: PhraseEntry;
  /** Offsets in the pair's texts. */
  source: [number, number];
  target: [number, number];
}

/** The source idioms of one aligned pair rendered word for word in its target. */
export function anchoredIdioms(entries: readonly PhraseEntry[], sourceText: string, targetText: string, source: string, target: string): AnchoredMatch[] {
  const idioms = idiomsFor(entries, source, target);
  if (!idioms.length || UNSPACED.has(target)) return [];
  const sWords = tokens(sourceText, source, 0, true);
  const unspaced = UNSPACED.has(source);
  // Unspaced sources: the sentence as one string, with a map back to offsets.
  let flat = '';
  const flatAt: number[] = [];
  if (unspaced) {
    for (const w of sWords) for (let i = 0; i < w.key.length; i++) {
      flat += w.key[i];
      flatAt.push(w.start + i);
    }
  }
  // Only the idioms one of whose content words (or first characters) the sentence has.
  const index = keyIndex(idioms, unspaced);
  const candidates = new Set<SourceIdiom>();
  const look = (k: string) => {
    const l = index.get(k);
    if (l) for (const i of l) candidates.add(i);
  };
  const sw = sourceWords(unspaced ? [] : sWords);
  if (unspaced) for (const ch of flat) look(ch);
  else for (const k of sw.byKey.keys()) look(k);
  let tWords: Tok[] | undefined;
  const closedT = closedClassWords(target);
  const verbMoves = VERB_FINAL.has(source);
  const fixedOrder = source === 'en';
  const out: AnchoredMatch[] = [];
  for (const idiom of idioms) {
    if (!candidates.has(idiom)) continue;
    const at = findInSource(idiom, sw, flat, verbMoves, fixedOrder);
    if (!at) continue;
    tWords ??= tokens(targetText, target, 0, true);
    const r = findRendering(idiom, tWords, closedT, NOUN_CAPITALS.has(target), target);
    if (!r || saysIdiomatically(idiom, tWords, closedT)) continue;
    const src: [number, number] = unspaced ? [flatAt[at[0]]!, flatAt[at[1] - 1]! + 1] : [sWords[at[0]]!.start, sWords[at[1]]!.end];
    // The words the patterns start with, right before the rendering ("ein" Stück Kuchen), are part
    // of it: the suggestions replace them too.
    let lo = r[0];
    const begin = (t: Tok) => t.from ?? t.start;
    while (lo > 0 && r[0] - lo < 2 && idiom.lead.has(tWords[lo - 1]!.key) && /^\s+$/.test(targetText.slice(tWords[lo - 1]!.end, begin(tWords[lo]!)))) lo--;
    out.push({ entry: idiom.entry, source: src, target: [begin(tWords[lo]!), tWords[r[1]]!.end] });
  }
  // One finding per place: the first entry (user books first, then file order) wins.
  return out.filter((m, i) => !out.slice(0, i).some((o) => o.target[0] < m.target[1] && m.target[0] < o.target[1]));
}

/** Letters of a content word's stem that index it (shorter stems by all their letters). */
const KEY = 3;

/** The letters a stem is indexed by (a verb's mark left out). */
function keyOf(stem: string): string {
  return (stem.endsWith(VERB) ? stem.slice(0, -1) : stem).slice(0, KEY);
}
const keyIndexes = new WeakMap<readonly SourceIdiom[], Map<string, SourceIdiom[]>>();

/** The idioms by the first letters of each content word's stems (unspaced: of their first run). */
function keyIndex(idioms: readonly SourceIdiom[], unspaced: boolean): Map<string, SourceIdiom[]> {
  let m = keyIndexes.get(idioms);
  if (m) return m;
  m = new Map();
  const add = (k: string, i: SourceIdiom) => {
    const l = m!.get(k);
    if (!l) m!.set(k, [i]);
    else if (l[l.length - 1] !== i) l.push(i);
  };
  for (const i of idioms) {
    if (unspaced) {
      const first = i.runs?.[0];
      if (first) add(String.fromCodePoint(first.codePointAt(0)!), i);
    } else for (const alts of i.stems) for (const st of alts) add(keyOf(st), i);
  }
  keyIndexes.set(idioms, m);
  return m;
}

/** Matches per aligned pair by its texts and languages: a re-check reads only edited pairs again. */
const pairCaches = new WeakMap<readonly PhraseEntry[], ReturnType<typeof memoByPair<AnchoredMatch[]>>>();

/**
 * The literal renderings of source idioms in a pair view: findings on the target, with the
 * source idiom as a related location. `make` turns a match into the rule's finding.
 */
export function findAnchoredIdioms(view: PairView, entries: readonly PhraseEntry[], make: (m: AnchoredMatch, targetText: string) => PairFinding): PairFinding[] {
  let cache = pairCaches.get(entries);
  if (!cache) pairCaches.set(entries, (cache = memoByPair<AnchoredMatch[]>(1_000_000, (v) => 100 * v.length)));
  const target = baseTag(view.target.language);
  const out: PairFinding[] = [];
  for (const p of view.pairs) {
    if (!p.source.length || !p.target.length) continue;
    const source = baseTag(view.source.segments[p.source[0]!]!.language);
    if (source === target) continue;
    const t = pairTexts(view, p);
    const found = cache(t.source, t.target, source + '>' + target, () => anchoredIdioms(entries, t.source, t.target, source, target));
    if (found.length) out.push(...shiftFindings(found.map((m) => make(m, t.target)), t.sourceStart, t.targetStart));
  }
  return out;
}
