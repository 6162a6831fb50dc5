/**
 * Decoder loops: a phrase of four or more words that a translation repeats within a sentence (or
 * a list it repeats) where its source does not repeat anything of the kind. Back-to-back doubles
 * are the `repetition` rule's target-only business already ("it will raise taxes it will raise
 * taxes"); this finds the repeats with words between them, which only the source can tell from
 * deliberate repetition. Used by the `repetition` rule's checkPair.
 */
import { FUNCTION_WORDS } from '../lang/function-words';
import { baseTag, languageName } from '../lang/languages';
import type { PairFinding, PairView } from './types';
import { memoByPair, shiftFindings } from './memo';
import { pairTexts, paragraphGroups } from './types';
import { languagesWith } from '../languages/index';

/** Loops per aligned pair by its texts and languages: a re-check reads only edited pairs again. */
const pairCache = memoByPair<PairFinding[]>(2_000_000, (v) => 200 * v.length);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu;
const MIN_WORDS = 4;

interface W {
  start: number;
  end: number;
  lower: string;
}

function wordsOf(text: string, base: number): W[] {
  const out: W[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: base + m.index!, end: base + m.index! + m[0].length, lower: m[0].toLowerCase() });
  return out;
}

/** Longest repeated word sequence (non-overlapping copies): [first copy index, second copy index, length]. */
export function longestRepeat(words: readonly { lower: string }[], min = MIN_WORDS): [number, number, number] | undefined {
  let best: [number, number, number] | undefined;
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const l = at.get(w.lower) ?? [];
    l.push(i);
    at.set(w.lower, l);
  });
  for (let j = 0; j < words.length; j++) {
    for (const i of at.get(words[j]!.lower)!) {
      if (i >= j) break;
      let n = 0;
      while (j + n < words.length && i + n < j && words[i + n]!.lower === words[j + n]!.lower) n++;
      if (n >= min && (!best || n > best[2])) best = [i, j, n];
    }
  }
  return best;
}

/** By language, from the language packs (languages/types.ts: `unspaced`). */
const UNSPACED = languagesWith('unspaced');

const norm = (t: string) => t.toLowerCase().replace(/[\s\u200b\ufffc]+/g, ' ').replace(/[.!?…。！？"”»’]+$/u, '').trim();

/**
 * A sentence the translation writes twice in a paragraph where the source does not: the
 * decoder repeated a whole sentence (a sentence written twice is one alignment pair with its
 * source, so the aligner does not see it as added).
 */
function duplicateSentences(view: PairView): PairFinding[] {
  const out: PairFinding[] = [];
  const src = languageName(view.source.language);
  for (const group of paragraphGroups(view)) {
    const tSegs = group.flatMap((p) => p.target.map((j) => view.target.segments[j]!));
    const sSegs = group.flatMap((p) => p.source.map((i) => view.source.segments[i]!));
    if (tSegs.length < 2) continue;
    const sourceTwice = new Set<string>();
    const seenS = new Set<string>();
    for (const s of sSegs) {
      const k = norm(s.text);
      if (seenS.has(k)) sourceTwice.add(k);
      seenS.add(k);
    }
    if (sourceTwice.size) continue;
    const seen = new Map<string, (typeof tSegs)[number]>();
    for (const t of tSegs) {
      const k = norm(t.text);
      // Four words, or (in languages written without spaces) eight letters.
      if (UNSPACED.has(baseTag(view.target.language)) ? k.replace(/[^\p{L}\p{N}]/gu, '').length < 8 : [...k.matchAll(WORD)].length < 4) continue;
      const first = seen.get(k);
      if (!first) {
        seen.set(k, t);
        continue;
      }
      out.push({
        start: t.start,
        end: t.end,
        message: `This sentence is written twice; the ${src} source says it once.`,
        explanation: 'The same sentence stands twice in this paragraph of the translation and once in its source: machine translation sometimes repeats a sentence.',
        fixes: [{ title: 'Remove the repeated sentence', safe: false, edits: [{ start: first.end, end: t.end, newText: '' }] }],
        data: { kind: 'duplicate-sentence', pair: true },
        related: [{ side: 'target', start: first.start, end: first.end, message: 'the first time' }],
      });
    }
  }
  return out;
}

export function findLoops(view: PairView): PairFinding[] {
  const out: PairFinding[] = duplicateSentences(view);
  if (UNSPACED.has(baseTag(view.source.language)) || UNSPACED.has(baseTag(view.target.language))) return out;
  const memoKey = `${view.source.language}\u0001${view.target.language}`;
  for (const p of view.pairs) {
    if (!p.source.length || !p.target.length) continue;
    const { source, target, sourceStart, targetStart } = pairTexts(view, p);
    out.push(...shiftFindings(pairCache(source, target, memoKey, () => loopOfPair(view, source, target)), sourceStart, targetStart));
  }
  return out;
}

/** A loop in one aligned pair, at offsets in the pair's own texts (kept in pairCache). */
function loopOfPair(view: PairView, source: string, target: string): PairFinding[] {
  const out: PairFinding[] = [];
  const sourceStart = 0;
  const targetStart = 0;
  {
    const tw = wordsOf(target, targetStart);
    if (tw.length < 2 * MIN_WORDS || tw.length > 400) return out;
    const rep = longestRepeat(tw);
    if (!rep) return out;
    const [i, j, n] = rep;
    // Back to back with only spaces between: the target-only rule reports it.
    if (i + n === j && /^\s*$/.test(target.slice(tw[j - 1]!.end - targetStart, tw[j]!.start - targetStart))) return out;
    // A loop comes back at once ("die Preise für Kunden im Norden, die Preise für Kunden im
    // Norden"); a phrase that returns after other words is a parallel ("this strain helps with
    // back pain, this strain helps with nausea"), unless it is long.
    if (j - (i + n) > 1 && n < 8) return out;
    // A loop repeats content, not just a run of short function words ("o que ela está").
    const fw = FUNCTION_WORDS.get(baseTag(view.target.language));
    let content = 0;
    for (let k = j; k < j + n; k++) if ([...tw[k]!.lower].length >= 4 && !fw?.has(tw[k]!.lower)) content++;
    if (content < 2) return out;
    const sw = wordsOf(source, sourceStart);
    // Compared by stem (the first five letters): "im nationalen Durchschnitt … der nationale
    // Durchschnitt" repeats a phrase in another case form.
    const stems = sw.map((w) => ({ lower: [...w.lower].slice(0, 5).join('') }));
    const srcRep = sw.length <= 400 ? longestRepeat(stems, 2) : undefined;
    // The source repeats a phrase of two words or more too (a deliberate figure, parallel
    // items; languages differ in how many words a phrase takes): not a loop.
    if (srcRep) return out;
    const copy = target.slice(tw[j]!.start - targetStart, tw[j + n - 1]!.end - targetStart);
    out.push({
      start: tw[j]!.start,
      end: tw[j + n - 1]!.end,
      message: `"${copy}" repeats words said earlier in this sentence; the ${languageName(view.source.language)} source does not repeat them.`,
      explanation: `The ${n}-word phrase occurs twice in the translation and once in the source: machine translation sometimes loops, writing part of a sentence again.`,
      data: { kind: 'loop', words: n, pair: true },
      related: [{ side: 'target', start: tw[i]!.start, end: tw[i + n - 1]!.end, message: 'the first occurrence' }, { side: 'source', start: sourceStart, end: sourceStart + source.length, message: 'the source sentence' }],
    });
  }
  return out;
}
