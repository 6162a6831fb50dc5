/**
 * `omission`: what the alignment of a translation with its source shows was left out or added.
 *  - a source paragraph or sentence with no translation (reported in the source, pointing at
 *    where the translation would be);
 *  - a target sentence with no source (reported as information: translators add notes);
 *  - a translation far shorter than its source for the language pair (length ratios measured on
 *    PUD, bilingual/length.ts);
 *  - a translated paragraph that starts with a lower-case letter where its source starts a
 *    sentence, or stops without the source's closing punctuation: cut off at the start or end.
 * Source-aware only (checkPair); see docs/rules/omission.md.
 */
import { defineRule } from '../rule';
import { lengthDeviation, lengthRatio, lengthVariance, writesNoFullStop } from '../bilingual/length';
import { alignItem, type AlignItem } from '../bilingual/align';
import type { AlignedPair, PairFinding, PairView, Segment } from '../bilingual/types';
import { languageName } from '../lang/index';

/** A source of fewer prose characters than this is never reported as left out or cut short (a fragment a sentence splitter cut off; PUD slices: none at 10). */
const MIN_REPORTED = 10;
/** Report a translation shorter than this share of its expected length (PUD: none on clean pairs). */
const SHORT_SHARE = 0.45;
/**
 * The same for a translation that joins several source sentences (see below): below this share,
 * or below MERGED_DOUBT and MERGED_DEVIATION standard deviations short (PUD, 40 language pairs,
 * 12-document articles: 529 merges, 4 below both once sentence-splitter cuts are joined).
 */
const MERGED_SHARE = 0.7;
const MERGED_DOUBT = 0.8;
const MERGED_DEVIATION = -1.3;
/** ...when the source has at least this many prose characters. */
const SHORT_MIN_SOURCE = 60;

const FINAL = /[.!?…。！？؟।॥။"”»’)\]]$/u;
/** A translation at least this share of its expected length is not cut short, only unpunctuated. */
const FULL_SHARE = 0.8;

function span(segs: readonly Segment[], ids: readonly number[]): { start: number; end: number } {
  return { start: segs[ids[0]!]!.start, end: segs[ids[ids.length - 1]!]!.end };
}

function len(segs: readonly Segment[], ids: readonly number[]): number {
  let n = 0;
  for (const i of ids) n += alignItem(segs[i]!).len;
  return n;
}

/** Where a missing translation would go: the target segment aligned just before (or after) this pair. */
function anchorInTarget(view: PairView, k: number): { start: number; end: number } | undefined {
  for (let d = 1; d < view.pairs.length; d++) {
    for (const i of [k - d, k + d]) {
      const p = view.pairs[i];
      if (p && p.target.length) return span(view.target.segments, p.target);
    }
  }
  return undefined;
}

function firstLetter(s: string): string | undefined {
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) return ch;
    if (/[\p{N}]/u.test(ch)) return undefined;
  }
  return undefined;
}

/** Whether a source sentence shares a number or a name with the translation. */
function sharesAnchor(s: AlignItem, t: readonly AlignItem[]): boolean {
  for (const x of t) {
    for (const n of s.numbers) if (x.numbers.includes(n)) return true;
    for (const n of s.names) if (x.names.includes(n)) return true;
  }
  return false;
}

const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

export const omissionRule = defineRule({
  meta: {
    id: 'omission',
    category: 'omission',
    defaultSeverity: 'warning',
    description: 'Source sentences with no translation, added sentences, translations far shorter than their source or cut off (source-aware)',
    fixable: false,
  },
  checkPair(view, ctx) {
    const out: PairFinding[] = [];
    const S = view.source.segments;
    const T = view.target.segments;
    const c = lengthRatio(view.source.language, view.target.language);
    const s2 = lengthVariance(view.source.language, view.target.language);
    const noStops = writesNoFullStop(view.source.language) || writesNoFullStop(view.target.language);
    const src = languageName(view.source.language);
    const tgt = languageName(ctx.language);

    // Source paragraphs entirely without translation are reported once, as paragraphs.
    const sentencesOfBlock = new Map<number, number>();
    for (const s of S) sentencesOfBlock.set(s.block, (sentencesOfBlock.get(s.block) ?? 0) + 1);
    const missingOfBlock = new Map<number, number[]>();
    view.pairs.forEach((p, k) => {
      if (p.target.length === 0) for (const i of p.source) {
        const b = S[i]!.block;
        const list = missingOfBlock.get(b) ?? [];
        list.push(k);
        missingOfBlock.set(b, list);
      }
    });

    const reportedBlocks = new Set<number>();
    view.pairs.forEach((p: AlignedPair, k) => {
      if (p.target.length === 0) {
        const b = S[p.source[0]!]!.block;
        const whole = (missingOfBlock.get(b)?.length ?? 0) === sentencesOfBlock.get(b);
        if (whole) {
          if (reportedBlocks.has(b)) return;
          reportedBlocks.add(b);
          const ids = S.filter((s) => s.block === b).map((s) => s.index);
          if (len(S, ids) < MIN_REPORTED) return;
          const at = span(S, ids);
          const near = anchorInTarget(view, k);
          out.push({
            side: 'source',
            ...at,
            message: `This ${S[ids[0]!]!.blockKind === 'heading' ? 'heading' : 'paragraph'} has no translation in the ${tgt} text.`,
            explanation: `Aligned sentence by sentence with its translation, no ${tgt} text corresponds to this passage: it was left out, or moved and rewritten beyond recognition.`,
            data: { kind: 'missing-paragraph' },
            ...(near ? { related: [{ side: 'target' as const, ...near, message: 'the translation around where it would be' }] } : {}),
          });
          return;
        }
        if (len(S, p.source) < MIN_REPORTED) return;
        const near = anchorInTarget(view, k);
        out.push({
          side: 'source',
          ...span(S, p.source),
          message: `This sentence has no translation in the ${tgt} text.`,
          explanation: `Aligned sentence by sentence with its translation, no ${tgt} sentence corresponds to this one (the neighbouring sentences do have translations).`,
          data: { kind: 'missing-sentence' },
          ...(near ? { related: [{ side: 'target' as const, ...near, message: 'the translation of the neighbouring sentence' }] } : {}),
        });
        return;
      }
      if (p.source.length === 0) {
        if (len(T, p.target) < MIN_REPORTED) return;
        out.push({
          ...span(T, p.target),
          severity: 'info',
          message: `This sentence has no counterpart in the ${src} source.`,
          explanation: `Aligned sentence by sentence with the source, nothing in the source corresponds to this sentence: added by the translator (a note, an explanation), or a duplicate.`,
          data: { kind: 'added-sentence' },
        });
        return;
      }
      // Both sides: far shorter than expected?
      const ls = len(S, p.source);
      const lt = len(T, p.target);
      // Several source sentences in one translated sentence, and short of their length: the
      // aligner could not tell a merge from a sentence left out. Clearly short, or somewhat
      // short unless each of the source sentences left a trace in the translation (a number or
      // a name of its own), which a merge does and a sentence left out does not. Not where
      // sentences end without punctuation (Thai): there every paragraph is "merged".
      const merged = p.source.length > p.target.length;
      const short = merged
        ? lt < MERGED_SHARE * ls * c ||
          (!noStops && lt < MERGED_DOUBT * ls * c && lengthDeviation(ls, lt, c, s2) < MERGED_DEVIATION && !p.source.every((i) => sharesAnchor(alignItem(S[i]!), p.target.map((j) => alignItem(T[j]!)))))
        : lt < SHORT_SHARE * ls * c;
      if (ls >= SHORT_MIN_SOURCE && short) {
        const sAt = span(S, p.source);
        out.push({
          ...span(T, p.target),
          message: merged
            ? `This sentence translates ${p.source.length} source sentences but is short for them (${Math.round((100 * lt) / (ls * c))} % of the usual length): is one of them left out?`
            : `This translation is much shorter than its source (${Math.round((100 * lt) / (ls * c))} % of the usual length): something may be left out.`,
          explanation: `${tgt} translations of ${src} text are usually about ${Math.round(c * 100)} % as long as their source (measured on professionally translated news); this one is ${Math.round(lt)} characters for ${Math.round(ls)} in the source.`,
          data: { kind: 'short', ratio: lt / (ls * c) },
          related: [{ side: 'source', ...sAt, message: 'the source sentence' }],
        });
      }
    });

    // Cut off at the start or the end of a paragraph.
    const firstOfBlock = new Set<number>();
    const lastOfBlock = new Set<number>();
    T.forEach((t, i) => {
      if (i === 0 || T[i - 1]!.block !== t.block) firstOfBlock.add(i);
      if (i === T.length - 1 || T[i + 1]!.block !== t.block) lastOfBlock.add(i);
    });
    for (const p of view.pairs) {
      if (!p.source.length || !p.target.length) continue;
      const t0 = p.target[0]!;
      const s0 = S[p.source[0]!]!;
      if (firstOfBlock.has(t0) && T[t0]!.blockKind !== 'list-item') {
        const tl = firstLetter(T[t0]!.text);
        const sl = firstLetter(s0.text);
        if (tl && sl && isLower(tl) && isUpper(sl)) {
          const seg = T[t0]!;
          const full = len(T, p.target) >= FULL_SHARE * len(S, p.source) * c;
          const k = seg.text.indexOf(tl);
          const wordEnd = seg.text.slice(k).search(/[\s,;:]|$/);
          out.push({
            start: seg.start + k,
            end: seg.start + k + Math.max(1, wordEnd),
            ...(full
              ? {
                  severity: 'info' as const,
                  message: 'This paragraph starts with a lower-case letter where its source starts a sentence.',
                  explanation: `The source sentence starts with "${sl}"; the translation is complete but starts in lower case.`,
                  fixes: [{ title: `Capitalise "${tl}"`, safe: true, edits: [{ start: seg.start + k, end: seg.start + k + tl.length, newText: tl.toLocaleUpperCase(ctx.language) }] }],
                  data: { kind: 'lower-start' },
                }
              : {
                  message: 'This paragraph starts with a lower-case letter where its source starts a sentence, and is shorter than it: is its beginning cut off?',
                  explanation: `The source sentence starts with "${sl}"; the translation starts in lower case, as text does when its first words or letters were lost.`,
                  data: { kind: 'cut-start' },
                }),
            related: [{ side: 'source', start: s0.start, end: s0.end, message: 'the source sentence' }],
            supersedes: ['capitalization'],
          });
        }
      }
      const tl = p.target[p.target.length - 1]!;
      const sLast = S[p.source[p.source.length - 1]!]!;
      if (!writesNoFullStop(ctx.language) && lastOfBlock.has(tl) && T[tl]!.blockKind === 'paragraph' && /[.!?。！？]$/u.test(sLast.text)) {
        const seg = T[tl]!;
        if (!FINAL.test(seg.text) && /\p{L}$/u.test(seg.text) && alignItem(seg).len >= MIN_REPORTED) {
          const lastWord = seg.text.match(/\S+$/)?.[0] ?? '';
          const full = len(T, p.target) >= FULL_SHARE * len(S, p.source) * c;
          const stop = sLast.text.slice(-1);
          const want = stop === '。' || stop === '！' || stop === '？' ? (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u.test(seg.text) ? stop : { '。': '.', '！': '!', '？': '?' }[stop]!) : stop;
          out.push({
            start: seg.end - lastWord.length,
            end: seg.end,
            ...(full
              ? {
                  severity: 'info' as const,
                  message: `This paragraph ends without the closing "${want}" its source has.`,
                  explanation: `The source sentence ends with "${stop}"; the translation is complete but stops on a word.`,
                  fixes: [{ title: `Add "${want}"`, safe: true, edits: [{ start: seg.end, end: seg.end, newText: want }] }],
                  data: { kind: 'no-final-stop' },
                }
              : {
                  message: 'This paragraph stops on a word where its source ends a sentence, and is shorter than it: is its end cut off?',
                  explanation: `The source sentence ends with "${stop}"; the translation stops on a word, as text does when its last words were lost.`,
                  data: { kind: 'cut-end' },
                }),
            related: [{ side: 'source', start: sLast.start, end: sLast.end, message: 'the source sentence' }],
          });
        }
      }
    }
    return out;
  },
});
