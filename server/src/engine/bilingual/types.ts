/**
 * Source-aware checking: a translation read together with its source. The engine builds a
 * `PairView` — both sides cut into segments (sentences of paired articles, or the units of an
 * XLIFF/PO file) and aligned — and hands it to each rule's `checkPair`. Offsets in a PairView
 * are offsets into each side's `text`: the article itself for paired prose, and for XLIFF/PO
 * a plain-text view of the file's sources or targets (one unit per paragraph) that the engine
 * maps back to the file.
 */
import type { BlockKind, DocumentFormat, Finding } from '../types';
import type { RuleFinding } from '../rule';

/** One sentence (paired prose) or one unit (XLIFF, PO) of one side. */
export interface Segment {
  /** Index in its side's `segments`. */
  index: number;
  /** [start, end) in the side's text, trailing whitespace excluded. */
  start: number;
  end: number;
  /** The segment's prose: the side's text [start, end) with non-prose masked (U+FFFC) as in Block.text. */
  text: string;
  /** Index of its block (paragraph, heading, list item, unit) in the side. */
  block: number;
  blockKind: BlockKind;
  /** Language of its block (the side's language unless a paragraph is in another one). */
  language: string;
}

/** An inline code of an XLIFF unit, at an offset of its side's text (where it is one U+FFFC). */
export interface UnitCode {
  tag: string;
  id: string;
  role: 'open' | 'close' | 'standalone';
  at: number;
}

export interface SideView {
  text: string;
  language: string;
  format: DocumentFormat;
  segments: Segment[];
}

/**
 * Source segments aligned with target segments: 1-1 mostly; 2-1, 1-2, 2-2 where sentences were
 * merged or split; 1-0 a source segment with no translation; 0-1 a target segment with no source.
 */
export interface AlignedPair {
  source: number[];
  target: number[];
  /** Alignment cost (lower is surer); 0 for the units of an XLIFF/PO file. */
  cost: number;
  /** The pair was matched out of order (a moved paragraph). */
  moved?: boolean;
  /** XLIFF/PO: the unit's id and its inline codes on each side. */
  unit?: string;
  codes?: { source: UnitCode[]; target: UnitCode[] };
}

export interface PairView {
  source: SideView;
  target: SideView;
  pairs: AlignedPair[];
  /** The pairs are given by the file (XLIFF/PO units), not found by alignment. */
  unitAligned: boolean;
}

/** A place in the other document (or the other side of the same file) that a finding refers to. */
export interface RelatedLocation {
  side: 'source' | 'target';
  start: number;
  end: number;
  message?: string;
}

export interface PairFinding extends RuleFinding {
  /** Which side the finding is on (default: the target). */
  side?: 'source' | 'target';
  related?: RelatedLocation[];
  /**
   * Target-only rules whose findings at the same place this one replaces: what the source shows
   * is the better account ("is its beginning cut off?" rather than "starts in lower case").
   */
  supersedes?: string[];
  /**
   * Which of the rule's target-only findings at the same place this one gives way to (it is
   * then not reported); where it does not give way, it replaces them as any pair finding does.
   */
  defersTo?: (own: Finding) => boolean;
}

/** Source and target text of an aligned pair (empty when a side has no segment). */
export function pairTexts(view: PairView, p: AlignedPair): { source: string; target: string; sourceStart: number; targetStart: number } {
  const side = (v: SideView, ids: number[]) => {
    if (ids.length === 0) return { text: '', start: -1 };
    const first = v.segments[ids[0]!]!;
    const last = v.segments[ids[ids.length - 1]!]!;
    return { text: v.text.slice(first.start, last.end), start: first.start };
  };
  const s = side(view.source, p.source);
  const t = side(view.target, p.target);
  return { source: s.text, target: t.text, sourceStart: s.start, targetStart: t.start };
}

/**
 * The pairs of a view grouped by paragraph: consecutive pairs whose segments share a block on
 * either side (a paragraph and its translation, with their sentence pairs). Moved pairs and
 * pairs with one side empty form groups of their own.
 */
export function paragraphGroups(view: PairView): AlignedPair[][] {
  const groups: AlignedPair[][] = [];
  let lastS = new Set<number>();
  let lastT = new Set<number>();
  for (const p of view.pairs) {
    const sb = new Set(p.source.map((i) => view.source.segments[i]!.block));
    const tb = new Set(p.target.map((j) => view.target.segments[j]!.block));
    const joins = groups.length > 0 && !p.moved && ([...sb].some((b) => lastS.has(b)) || [...tb].some((b) => lastT.has(b)));
    if (joins) {
      groups[groups.length - 1]!.push(p);
      for (const b of sb) lastS.add(b);
      for (const b of tb) lastT.add(b);
    } else {
      groups.push([p]);
      lastS = sb;
      lastT = tb;
    }
  }
  return groups;
}
