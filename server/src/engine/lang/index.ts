/**
 * Language awareness: document language, per-block language, foreign spans (per sentence and
 * clause), and source-language inference. Pure and cached: detection is cached per text
 * (detect.ts) and block analysis per (document language, candidates, text) (spans.ts).
 *
 * How the languages are decided (docs/rules/untranslated.md has the reasoning):
 *  1. Detection (detect.ts): script first (code-point counts); for shared scripts (Latin,
 *     Cyrillic, Arabic, Devanagari) franc's trigram model (trigrams.ts) restricted to the
 *     candidates of that script, corrected by the candidates' alphabets.
 *  2. Document language: the configured `language`, else the language with the most letters
 *     over up to MAX_SAMPLE_BLOCKS evenly spaced blocks of at least MIN_VOTE_LETTERS letters,
 *     each detected alone, largest first, until the winner is certain; else 'en' (fallback).
 *  3. Each block is analysed against the document language for foreign spans; a block whose
 *     whole text is one foreign span (not a tentative one: see ForeignSpan.tentative) gets that
 *     language, every other block the document's (so a configured language wins over weak
 *     disagreement: only strong evidence changes it).
 *  4. Source languages: the configured ones, else the languages of untranslated leftovers
 *     (see inferSource); transliteration hints alone are reported, never used as the source.
 */
import type { CalqueConfig } from '../config';
import { clearDetectionCache, detectLanguage, resolveCandidates, type Detection } from './detect';
import { baseTag, iso3ToBcp47, languageInfos, languageName, LANGUAGES } from './languages';
import { alphabetHas, analyseBlock, blankShortQuotes, clearAnalysisCache, type ForeignSpan } from './spans';
import { countScripts } from './scripts';
import { byTextLength, Lru } from '../lru';
import { functionWordCounts } from './function-words';

export { detectLanguage, resolveCandidates } from './detect';
export type { Detection, Candidates } from './detect';
export { analyseBlock } from './spans';
export type { ForeignSpan, BlockAnalysis, SpanKind } from './spans';
export { languageName, sameOrClose, iso3ToBcp47 } from './languages';

export interface SourceInference {
  /** BCP 47 tag. */
  language: string;
  /**
   * 'high': untranslated leftovers of this language totalling at least MIN_SOURCE_WORDS words
   * (or two separate leftovers) and at least twice any other language's; 'low': transliteration hints only (not used as a source).
   */
  confidence: 'high' | 'low';
  /** Human-readable evidence, e.g. 'untranslated paragraph (34 words)', 'spelling "Šimonytė"'. */
  evidence: string[];
}

export interface LanguageDecision {
  documentLanguage: string;
  /** Per block, same order as the blocks. */
  blockLanguages: string[];
  /** How the document language was decided. */
  documentLanguageSource: 'config' | 'detected' | 'fallback';
  /** Configured source languages, else the high-confidence inferred ones (most likely first). */
  sourceLanguages: string[];
  /**
   * Per block: its foreign spans (block-relative offsets: a whole paragraph, sentences, clauses
   * of long sentences, other-script runs; each with its language) and, for the blocks sampled
   * for the document vote, the block's own detection.
   */
  blockDetails: { detection?: Detection; spans: ForeignSpan[] }[];
  /** Inference when no source language is configured (high and low confidence), best first. */
  inferredSource: SourceInference[];
  /**
   * Share of the voting letters that went to the document language (0..1; 1 when configured):
   * over the sampled blocks detected before the winner was certain.
   */
  documentConfidence: number;
}

/** Blocks with fewer letters do not vote for the document language. */
export const MIN_VOTE_LETTERS = 12;
/** Blocks detected for the document-language vote. */
export const MAX_SAMPLE_BLOCKS = 24;
/** Below this many letters of voting text, function words may overrule the detector. */
export const SHORT_DOCUMENT_LETTERS = 300;
/** Leftover words needed to name a source language with confidence. */
export const MIN_SOURCE_WORDS = 12;

export function decideLanguages(blockTexts: string[], config: CalqueConfig): LanguageDecision {
  const configured = config.language !== 'auto' ? config.language : undefined;
  const cands = candidatesForConfig(config);
  let documentLanguage: string;
  let documentLanguageSource: LanguageDecision['documentLanguageSource'];
  let documentConfidence = 1;
  // Detection of a sample of blocks (evenly spaced, at most MAX_SAMPLE_BLOCKS with enough
  // letters): the document language needs a vote, not every block; foreign blocks are found
  // by the span analysis below, which only calls franc where function words leave doubt.
  // One detection per block rather than one of a concatenated sample: the alphabet correction
  // (detect.ts) must judge one language's text, and a left-over Lithuanian paragraph's ė ų
  // in a concatenation would count against English.
  const detections: (Detection | undefined)[] = new Array(blockTexts.length);
  if (configured) {
    documentLanguage = configured;
    documentLanguageSource = 'config';
  } else {
    // The sampled blocks, largest first; detection stops as soon as no remaining block could
    // change the winner (its letters are an upper bound of its vote): the same winner as
    // detecting every sampled block, usually after the few largest.
    const eligible: { i: number; letters: number }[] = [];
    for (let i = 0; i < blockTexts.length; i++) {
      const n = factsOf(blockTexts[i]!).letters;
      if (n >= MIN_VOTE_LETTERS) eligible.push({ i, letters: n });
    }
    const step = Math.max(1, eligible.length / MAX_SAMPLE_BLOCKS);
    const sampled: { i: number; letters: number }[] = [];
    for (let k = 0; k < eligible.length; k += step) sampled.push(eligible[Math.floor(k)]!);
    let remaining = 0;
    for (const b of sampled) remaining += b.letters;
    sampled.sort((a, b) => b.letters - a.letters);
    const votes = new Map<string, number>();
    let total = 0;
    let best: string | undefined;
    let bestN = 0;
    for (const { i, letters } of sampled) {
      remaining -= letters;
      const f = factsOf(blockTexts[i]!);
      const d = (detections[i] = detectLanguage((f.blanked ??= blankShortQuotes(blockTexts[i]!)), cands));
      if (d.language && d.letters >= MIN_VOTE_LETTERS) {
        votes.set(d.language, (votes.get(d.language) ?? 0) + d.letters);
        total += d.letters;
      }
      let second = 0;
      best = undefined;
      bestN = 0;
      for (const [l, n] of votes) {
        if (n > bestN) {
          second = bestN;
          [best, bestN] = [l, n];
        } else if (n > second) second = n;
      }
      if (best && bestN - second > remaining) break;
    }
    if (!best) {
      // Only short blocks: detect on their concatenation.
      const all = detectLanguage(blockTexts.join('\n'), cands);
      if (all.language && all.letters >= MIN_VOTE_LETTERS) {
        best = all.language;
        bestN = total = 1;
      }
    }
    if (best && total < SHORT_DOCUMENT_LETTERS) {
      // A short document in Latin script: franc's trigrams are weak on a couple of sentences ("X
      // spoke in Vilnius on Friday. X left early." read as Dutch); a candidate whose function words
      // clearly dominate, and whose alphabet has every letter of the text, decides instead.
      const fw = functionWordCounts(blockTexts.join('\n'));
      const mine = fw.get(best) ?? 0;
      let other: string | undefined;
      let otherN = 0;
      for (const [l, n] of fw) if (l !== best && cands.tags.has(l) && n > otherN) [other, otherN] = [l, n];
      const latin = languageInfos(best).some((l) => l.script === 'Latin');
      if (latin && other && otherN > mine && otherN >= 2 * mine && (otherN >= 2 || total < 60) && fitsAlphabet(blockTexts, other)) best = other;
    }
    if (best) {
      documentLanguage = best;
      documentLanguageSource = 'detected';
      documentConfidence = bestN / total;
    } else {
      documentLanguage = 'en';
      documentLanguageSource = 'fallback';
      documentConfidence = 0;
    }
  }
  const blockDetails = blockTexts.map((t, i) => ({ ...(detections[i] ? { detection: detections[i] } : {}), spans: analyseBlock(t, documentLanguage, cands).spans }));
  const blockLanguages = blockDetails.map((b) => (b.spans.length === 1 && b.spans[0]!.kind === 'paragraph' && !b.spans[0]!.tentative ? b.spans[0]!.language : documentLanguage));
  const inferredSource = config.sourceLanguage.length ? [] : inferSource(blockTexts, blockDetails, documentLanguage);
  const sourceLanguages = config.sourceLanguage.length ? config.sourceLanguage : inferredSource.filter((s) => s.confidence === 'high').map((s) => s.language);
  return { documentLanguage, blockLanguages, documentLanguageSource, sourceLanguages, blockDetails, inferredSource, documentConfidence };
}

/** Whether every Latin letter of the texts is in the language's alphabet (a-z and its own letters): "przemawiał" is no English. */
function fitsAlphabet(texts: readonly string[], lang: string): boolean {
  let beyond = '';
  for (const t of texts) for (const m of t.toLowerCase().matchAll(/\p{Script=Latin}/gu)) if (m[0] < 'a' || m[0] > 'z') beyond += m[0];
  return alphabetHas(lang, 'Latin', beyond);
}

/**
 * Source-language inference. Evidence, strongest first:
 *  - untranslated leftovers (foreign spans) of one language: a machine-translation pipeline
 *    leaves text in the language it translated from. 'high' when they total MIN_SOURCE_WORDS
 *    words or there are two separate leftovers, and no other language has as many.
 *  - transliteration hints: words whose non-ASCII letters belong to exactly one candidate
 *    alphabet and not to the document language's (Šimonytė -> lt, Wałęsa -> pl,
 *    Cichanoŭskaja -> be (Łacinka ŭ)). Names of the people an article is about carry their
 *    own language's spelling whatever the source was, so hints alone are reported as 'low'
 *    and never become `sourceLanguages`.
 */
function inferSource(blockTexts: string[], details: { spans: ForeignSpan[] }[], doc: string): SourceInference[] {
  const leftovers = new Map<string, { words: number; count: number; evidence: string[] }>();
  for (const d of details) {
    for (const s of d.spans) {
      if (s.tentative) continue;
      const e = leftovers.get(s.language) ?? { words: 0, count: 0, evidence: [] };
      e.words += s.words;
      e.count++;
      if (e.evidence.length < 5) e.evidence.push(`untranslated ${s.kind} (${s.words} words)`);
      leftovers.set(s.language, e);
    }
  }
  const out: SourceInference[] = [];
  const ranked = [...leftovers.entries()].sort((a, b) => b[1].words - a[1].words);
  for (let i = 0; i < ranked.length; i++) {
    const [lang, e] = ranked[i]!;
    const next = ranked[i + 1]?.[1].words ?? 0;
    const strong = (e.words >= MIN_SOURCE_WORDS || e.count >= 2) && e.words >= 2 * next;
    out.push({ language: lang, confidence: strong && i === 0 ? 'high' : 'low', evidence: e.evidence });
  }
  for (const h of transliterationHints(blockTexts, doc)) {
    const existing = out.find((o) => o.language === h.language);
    if (existing) existing.evidence.push(...h.evidence);
    else out.push(h);
  }
  return out;
}

const HINT_ALPHABETS: { tag: string; letters: string }[] = [
  ...LANGUAGES.filter((l) => l.script === 'Latin' && l.extra).map((l) => ({ tag: l.tag, letters: l.extra! })),
  // Belarusian Łacinka (Belarusian Latin alphabet): ŭ is its distinctive letter (with ć ń ś ź č š ž ł).
  { tag: 'be', letters: 'ćčłńśšŭźž' },
];

/** Words whose non-ASCII letters fit exactly one alphabet other than the document language's. */
function transliterationHints(blockTexts: string[], doc: string): SourceInference[] {
  const docBase = baseTag(doc);
  const docInfo = LANGUAGES.find((l) => l.tag === docBase && l.script === 'Latin');
  if (!docInfo) return [];
  const seen = new Map<string, Set<string>>();
  for (const t of blockTexts) {
    for (const [tag, w] of hintsOfBlock(t, docBase, docInfo.extra ?? '')) {
      const set = seen.get(tag) ?? new Set();
      set.add(w);
      seen.set(tag, set);
    }
  }
  return [...seen.entries()]
    .sort((a, b) => b[1].size - a[1].size)
    .map(([language, words]) => ({ language, confidence: 'low' as const, evidence: [...words].slice(0, 5).map((w) => `spelling "${w}"`) }));
}

/**
 * What decideLanguages needs of a block on every check, cached per block text: re-checking an
 * edited document looks each unchanged block up once (one hash of its text) instead of
 * scanning its characters again for letters and transliteration hints.
 */
interface BlockFacts {
  letters: number;
  /** The text with short quotations blanked (what the document vote detects). */
  blanked?: string;
  /** Transliteration hints per document language. */
  hints?: Map<string, [string, string][]>;
}
const factsCache = new Lru<BlockFacts>(3_000_000, byTextLength(100));

function factsOf(t: string): BlockFacts {
  let f = factsCache.get(t);
  if (!f) {
    f = { letters: countScripts(t).letters };
    factsCache.set(t, f); // kept as given (see detect.ts)
  }
  return f;
}

/** Forgets every cached detection, block analysis and hint (for benchmarks of cold caches). */
export function clearLanguageCaches(): void {
  clearDetectionCache();
  clearAnalysisCache();
  factsCache.clear();
}
const NO_HINTS: [string, string][] = [];

/** Hints of one block, cached per (text, document language) (bounded). */
function hintsOfBlock(t: string, docBase: string, docLetters: string): [string, string][] {
  const f = factsOf(t);
  f.hints ??= new Map();
  let hit = f.hints.get(docBase);
  if (!hit) {
    hit = hintsUncached(t, docBase, docLetters);
    f.hints.set(docBase, hit);
  }
  return hit;
}

function hintsUncached(t: string, docBase: string, docLetters: string): [string, string][] {
  // Most blocks have no non-ASCII Latin letter outside the document alphabet: one scan.
  let any = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7 && docLetters.indexOf(t[i]!.toLowerCase()) < 0) {
      any = true;
      break;
    }
  }
  if (!any) return NO_HINTS;
  const out: [string, string][] = [];
  let i = 0;
  while (i < t.length) {
    if (!isLatinLetter(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < t.length && isLatinLetter(t.charCodeAt(i))) i++;
    const w = t.slice(start, i);
    if (w.length < 3 || w[0] === w[0]!.toLowerCase()) continue; // names only
    const lower = w.toLowerCase();
    let special = '';
    for (const ch of lower) if (ch.charCodeAt(0) > 0x7f && docLetters.indexOf(ch) < 0 && special.indexOf(ch) < 0) special += ch;
    if (!special) continue;
    const fits = HINT_ALPHABETS.filter((a) => a.tag !== docBase && [...special].every((ch) => a.letters.indexOf(ch) >= 0));
    const tags = [...new Set(fits.map((f) => f.tag))];
    if (tags.length === 1) out.push([tags[0]!, w]);
  }
  return out;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** The candidate set the engine uses for a configuration (same key as decideLanguages'). */
export function candidatesForConfig(config: CalqueConfig) {
  const configured = config.language !== 'auto' ? [config.language] : [];
  return resolveCandidates(config.languages, [...configured, ...config.sourceLanguage]);
}

/**
 * Language at a document offset inside a block, for rules that need per-sentence language
 * (a quote profile inside a left-over sentence, say): the language of the foreign span that
 * contains the offset, else the block's language. Uses the cached block analysis.
 */
export function languageAt(block: { text: string; start: number; language: string }, offset: number, ctx: { documentLanguage: string; config: CalqueConfig }): string {
  const rel = offset - block.start;
  for (const s of analyseBlock(block.text, ctx.documentLanguage, candidatesForConfig(ctx.config)).spans) if (!s.tentative && rel >= s.start && rel < s.end) return s.language;
  return block.language;
}

/** The primary language subtag: "de-CH" -> "de". */
export function baseLanguage(tag: string): string {
  const i = tag.indexOf('-');
  return (i < 0 ? tag : tag.slice(0, i)).toLowerCase();
}

/** English name of a tag (re-exported for messages). */
export function describeLanguage(tag: string): string {
  return languageName(tag);
}

export { iso3ToBcp47 as isoToBcp47 };
