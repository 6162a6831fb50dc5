/**
 * Applying fixes: used by `calque check --fix` and by the editor's "Fix all".
 * Edits of different fixes never overlap in the result: a fix whose edits overlap an
 * already accepted one is skipped (and applied on a next pass, if still valid then).
 */
import type { Finding, Fix, TextEdit } from './types';

export interface AppliedFixes {
  text: string;
  applied: number;
  skipped: number;
  edits: TextEdit[];
}

/** Picks non-overlapping fixes, in document order; ties keep the earlier finding. */
export function selectFixes(fixes: Fix[]): { chosen: Fix[]; skipped: number } {
  const sorted = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  const taken: TextEdit[] = [];
  const chosen: Fix[] = [];
  let skipped = 0;
  for (const f of sorted) {
    if (f.edits.some((e) => taken.some((t) => overlaps(e, t)))) {
      skipped++;
      continue;
    }
    chosen.push(f);
    taken.push(...f.edits);
  }
  return { chosen, skipped };
}

function firstStart(f: Fix): number {
  return f.edits.length ? Math.min(...f.edits.map((e) => e.start)) : 0;
}

/** Two edits overlap if their ranges intersect, or both insert at the same point. */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The safe fixes of `findings` (first safe fix per finding), applied without overlap. */
export function applySafeFixes(text: string, findings: Finding[]): AppliedFixes {
  const fixes: Fix[] = [];
  for (const f of findings) {
    const safe = f.fixes.find((x) => x.safe);
    if (safe) fixes.push(safe);
  }
  const { chosen, skipped } = selectFixes(fixes);
  const edits = chosen.flatMap((f) => f.edits);
  return { text: applyEdits(text, edits), applied: chosen.length, skipped, edits };
}
