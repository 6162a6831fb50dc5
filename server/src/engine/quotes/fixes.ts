/**
 * The fixes and messages of quotation marks: each mark's pending fix (glyph, spaces) merged from
 * every judgement on it, the spacing of a pair against the profile, the finding of a mark, and
 * the conversion of a whole quotation to another pair.
 */
import type { RuleFinding } from '../rule';
import type { Fix, Severity, TextEdit } from '../types';
import type { QuotePair, QuoteProfile } from './profiles';
import { isAlpha } from '../lang/scripts';
import { GLYPHS, type Mark } from './marks';

export interface MarkFix {
  glyph?: string;
  removeBefore?: boolean;
  removeAfter?: boolean;
  insertBefore?: string;
  insertAfter?: string;
  msgs: string[];
  severity: Severity;
  safe: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
export function stronger(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

export const NBSP = '\u00a0';

export function isGuillemet(ch: string): boolean {
  const cls = GLYPHS[ch]?.cls;
  return cls === 'guillemet' || cls === 'sguillemet';
}

/** Spacing findings for the marks of a pair (merged into the marks' fixes). */
export function spacing(o: Mark, c: Mark, profile: QuoteProfile, text: string, fixOf: (m: Mark) => MarkFix): void {

  const empty = c.i === o.i + o.len + o.wsAfter; // "" or “ ”: nothing inside
  if (empty) return;
  const oGlyph = markFixes_glyph(o, fixOf);
  const cGlyph = markFixes_glyph(c, fixOf);
  // Inside the opener.
  const afterO = text[o.i + o.len + o.wsAfter];
  if (isGuillemet(oGlyph) && profile.innerSpace !== 'none') {
    if (profile.innerSpace === 'required' && o.wsAfter === 0 && afterO !== '\n') {
      const f = fixOf(o);
      f.insertAfter = NBSP;
      f.msgs.push(`In ${profile.name} text, a no-break space follows ${oGlyph}`);
      f.severity = stronger(f.severity, 'info');
    }
  } else if (o.wsAfter > 0 && afterO !== '\n' && afterO !== '\r' && afterO !== undefined) {
    const f = fixOf(o);
    f.removeAfter = true;
    f.msgs.push(`No space belongs after the opening ${oGlyph}`);
    f.severity = stronger(f.severity, 'warning');
  }
  // Inside the closer.
  const beforeC = text[c.i - c.wsBefore - 1];
  if (isGuillemet(cGlyph) && profile.innerSpace !== 'none') {
    if (profile.innerSpace === 'required' && c.wsBefore === 0 && beforeC !== '\n') {
      const f = fixOf(c);
      f.insertBefore = NBSP;
      f.msgs.push(`In ${profile.name} text, a no-break space precedes ${cGlyph}`);
      f.severity = stronger(f.severity, 'info');
    }
  } else if (c.wsBefore > 0 && beforeC !== '\n' && beforeC !== '\r' && beforeC !== undefined) {
    const f = fixOf(c);
    f.removeBefore = true;
    f.msgs.push(`No space belongs before the closing ${cGlyph}`);
    f.severity = stronger(f.severity, 'warning');
  }
  // Outside: a letter glued to the quotation (“Frank,”said), or the space on the wrong side (bilang,' Hei).
  if (profile.outerSpace) {
    const pc = text[o.i - 1];
    const nc = text[c.i + c.len];
    if (trusted(o) && o.wsAfter > 0 && o.wsBefore === 0 && (isAlpha(pc) || pc === ',' || pc === ';' || pc === ':')) {
      const f = fixOf(o);
      f.insertBefore = ' ';
      f.msgs.push(`The space belongs before the opening ${oGlyph}`);
      f.severity = stronger(f.severity, 'warning');
    } else if (!o.g.straight && o.wsBefore === 0 && isAlpha(pc) && o.how !== 'toggle') {
      const f = fixOf(o);
      f.insertBefore = ' ';
      f.msgs.push(`A space belongs before the opening ${oGlyph}`);
      f.severity = stronger(f.severity, 'warning');
    }
    if (trusted(c) && c.wsBefore > 0 && c.wsAfter === 0 && isAlpha(nc)) {
      const f = fixOf(c);
      f.insertAfter = ' ';
      f.msgs.push(`The space belongs after the closing ${cGlyph}`);
      f.severity = stronger(f.severity, 'warning');
    } else if (!c.g.straight && c.wsAfter === 0 && isAlpha(nc) && c.how !== 'toggle') {
      const f = fixOf(c);
      f.insertAfter = ' ';
      f.msgs.push(`A space belongs after the closing ${cGlyph}`);
      f.severity = stronger(f.severity, 'warning');
    }
  }
}

/** A mark whose role does not rest on a guess between open and close. */
export function trusted(m: Mark): boolean {
  return !m.g.straight || m.how === 'mirrored' || m.how === 'position';
}

export function markFixes_glyph(m: Mark, fixOf: (m: Mark) => MarkFix): string {
  // The glyph the mark will have once its glyph fix (if any) is applied.
  return fixOf(m).glyph ?? m.ch;
}

export function markFinding(m: Mark, f: MarkFix, base: number, text: string): RuleFinding {
  let start = m.i;
  let end = m.i + m.len;
  let newText = f.glyph ?? m.text;
  if (f.removeBefore) start -= m.wsBefore;
  if (f.removeAfter) end += m.wsAfter;
  if (f.insertBefore) newText = f.insertBefore + newText;
  if (f.insertAfter) newText = newText + f.insertAfter;
  const edits: TextEdit[] = [{ start: base + start, end: base + end, newText }];
  const changed = text.slice(start, end) !== newText;
  const msg = f.msgs.length === 1 ? f.msgs[0]! + '.' : f.msgs[0]! + '; ' + f.msgs.slice(1).map(lowerFirst).join('; ') + '.';
  const fixes: Fix[] = changed ? [{ title: fixTitle(f, m), edits, safe: f.safe }] : [];
  return { start: base + m.i, end: base + m.i + m.len, message: msg, severity: f.severity, fixes, data: { kind: 'mark' } };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function fixTitle(f: MarkFix, m: Mark): string {
  const parts: string[] = [];
  if (f.glyph && f.glyph !== m.text) parts.push(`Use ${f.glyph}`);
  if (f.removeBefore || f.removeAfter) parts.push('remove the space');
  if (f.insertBefore === ' ' || f.insertAfter === ' ') parts.push('add a space');
  if (f.insertBefore === NBSP || f.insertAfter === NBSP) parts.push('add a no-break space');
  const s = parts.join(', ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A finding that converts a whole quotation to `t`, adapting the inner spaces to the profile. */
export function convertPair(
  findings: RuleFinding[],
  o: Mark,
  c: Mark,
  t: QuotePair,
  profile: QuoteProfile,
  base: number,
  text: string,
  message: string,
  severity: Severity,
  safe: boolean,
): void {
  const frenchT = isGuillemet(t.open) && profile.innerSpace === 'required';
  const keepSpaces = isGuillemet(t.open) && profile.innerSpace === 'optional';
  // Opening side: replace the mark and the spaces after it.
  const oEnd = o.i + o.len + (keepSpaces ? 0 : o.wsAfter);
  const cStart = c.i - (keepSpaces ? 0 : c.wsBefore);
  const innerO = keepSpaces ? '' : frenchT ? (o.wsAfter > 0 ? text.slice(o.i + o.len, oEnd).replace(/ /g, NBSP) : NBSP) : '';
  const innerC = keepSpaces ? '' : frenchT ? (c.wsBefore > 0 ? text.slice(cStart, c.i).replace(/ /g, NBSP) : NBSP) : '';
  // Outside: a letter glued to the quotation gets its space in the same fix (no second pass).
  const gluedBefore = profile.outerSpace && o.wsBefore === 0 && isAlpha(text[o.i - 1]);
  const gluedAfter = profile.outerSpace && c.wsAfter === 0 && isAlpha(text[c.i + c.len]);
  const edits: TextEdit[] = [
    { start: base + o.i, end: base + oEnd, newText: (gluedBefore ? ' ' : '') + t.open + innerO },
    { start: base + cStart, end: base + c.i + c.len, newText: innerC + t.close + (gluedAfter ? ' ' : '') },
  ];
  if (edits[0]!.end > edits[1]!.start) return; // empty quotation: nothing sensible to convert
  findings.push({
    start: base + o.i,
    end: base + c.i + c.len,
    message: message + '.',
    severity,
    fixes: [{ title: `Use ${t.open}…${t.close}`, edits, safe }],
    data: { kind: 'convert', to: t.open + t.close },
  });
}

