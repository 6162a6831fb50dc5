/**
 * Pairing the marks of a block (quotes/marks.ts) with a stack: each mark opens or closes by the
 * context it was scanned in, by its glyph, or by toggling; a closer pops the nearest opener of
 * its class (searches below the top bounded by the nesting depth, which is capped). Linear in the
 * number of marks.
 */
import { KNOWN_PAIRS } from './profiles';
import { glyphRole, type Mark, type MarkClass, type ProfileInfo, type QuotePairInfo, type Role } from './marks';
import { isAlpha } from '../lang/scripts';

// ------------------------------------------------------------------ pairing

const MAX_DEPTH = 16;

export interface Pairing {
  pairs: QuotePairInfo[];
  /** Openers never closed in the block (outermost first). */
  unclosed: Mark[];
  /** Closers with nothing to close. */
  unmatched: Mark[];
  /** Openers left open when an enclosing quotation closed. */
  cutOff: Mark[];
}

function contextRole(m: Mark): { role: Role; how: Mark['how'] } | undefined {
  if (m.flank === 'L') return { role: 'open', how: 'context' };
  if (m.flank === 'R') return { role: 'close', how: 'context' };
  if (m.flank === 'N') {
    if (m.prev === 'space' && m.next === 'edge') return { role: 'close', how: 'position' };
    if (m.prev === 'space' && m.next === 'close') {
      // "parts “." closes; but „,“ and « ! » quote punctuation, and «…зачем opens before a word.
      const after = m.afterPunct;
      if (after === 'closer') return { role: 'open', how: 'context' };
      if (after === 'word') return undefined;
      return { role: 'close', how: 'position' };
    }
    if ((m.prev === 'edge' || m.prev === 'open') && m.next === 'space') return { role: 'open', how: 'position' };
  }
  return undefined;
}

export function pairMarks(marks: Mark[], info: ProfileInfo, finalApostrophe: boolean, outerSpace: boolean): Pairing {
  const stack: Mark[] = [];
  const pairs: QuotePairInfo[] = [];
  const unmatched: Mark[] = [];
  const cutOff: Mark[] = [];
  const push = (m: Mark) => {
    m.role = 'open';
    m.parent = null;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (!stack[k]!.tentative) {
        m.parent = stack[k]!;
        break;
      }
    }
    if (stack.length >= MAX_DEPTH) {
      // Pathological nesting: treat the deepest opener as never closed.
      const dropped = stack.shift()!;
      if (!dropped.tentative) cutOff.push(dropped);
    }
    stack.push(m);
  };
  const close = (m: Mark, k: number) => {
    const o = stack[k]!;
    for (let x = stack.length - 1; x > k; x--) if (!stack[x]!.tentative) cutOff.push(stack[x]!);
    stack.length = k;
    m.role = 'close';
    o.pair = m.pair = pairs.length;
    pairs.push({ open: o, close: m });
  };
  const findSame = (m: Mark, crossOthers: boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const s = stack[k]!;
      if (s.g.cls === m.g.cls) return k;
      if (!crossOthers && !s.tentative) return -1;
    }
    return -1;
  };

  const topReal = (): Mark | undefined => {
    for (let x = stack.length - 1; x >= 0; x--) if (!stack[x]!.tentative) return stack[x];
    return undefined;
  };
  // The next mark of the same kind, for apostrophe decisions ("‚Das ist Hans’.‘").
  const nextSame: (Mark | undefined)[] = new Array(marks.length);
  /** The next mark of the same kind that is not a possible apostrophe. */
  const nextDefinite: (Mark | undefined)[] = new Array(marks.length);
  const lastOf = new Map<MarkClass, Mark>();
  const lastDefinite = new Map<MarkClass, Mark>();
  for (let x = marks.length - 1; x >= 0; x--) {
    const mx = marks[x]!;
    nextSame[x] = lastOf.get(mx.g.cls);
    nextDefinite[x] = lastDefinite.get(mx.g.cls);
    lastOf.set(mx.g.cls, mx);
    if (!mx.tentative) lastDefinite.set(mx.g.cls, mx);
  }
  for (let mi = 0; mi < marks.length; mi++) {
    const m = marks[mi]!;
    let r = m.forceClose ? { role: 'close' as Role, how: 'position' as Mark['how'] } : contextRole(m);
    if (!r) {
      const gr = m.doubled ? m.g.role : glyphRole(m.ch, info);
      if (gr === 'both') {
        // After punctuation and before a word, in languages that attach words to a closing mark
        // (Korean "…?'라고", Turkish "…"ın), a mark with another quotation open closes it.
        const closeLeaning = m.prev === 'punct' && !outerSpace && topReal() !== undefined;
        r = { role: findSame(m, true) >= 0 || closeLeaning ? 'close' : 'open', how: 'toggle' };
      }
      else if (gr === 'close' && !m.tentative && !m.inchLike && !topReal()) {
        // A closing glyph where the spacing says nothing and nothing is open: written the wrong way round.
        r = { role: 'open', how: 'reversed' };
      } else if (gr === 'open' && m.flank === 'B' && topReal() && topReal()!.g.cls === m.g.cls && (topReal()!.how === 'reversed' || KNOWN_PAIRS.some((k) => k.open === topReal()!.ch && k.close === m.ch))) {
        // No spacing to go by (CJK, or a glued mark): an opening glyph that completes the open
        // quotation's pair (German „…“ in Korean text) closes it.
        r = { role: 'close', how: 'glyph' };
      } else r = { role: gr, how: 'glyph' };
    }
    m.how = r.how;
    if (r.role === 'close' && r.how === 'context' && !m.tentative && !m.inchLike && m.wsBefore === 0 && m.wsAfter > 0 && findSame(m, true) < 0) {
      // "promises” anything but nothing “," — both marks have their space on the wrong side:
      // this one opens, the next mark of its kind (with a space before it) closes.
      for (let k = mi + 1; k < marks.length && k <= mi + 50; k++) {
        const b = marks[k]!;
        if (b.g.cls !== m.g.cls) continue;
        if (b.wsBefore > 0 && b.flank !== 'L') {
          r = { role: 'open', how: 'mirrored' };
          m.how = 'mirrored';
          b.forceClose = true;
        }
        break;
      }
    }
    if (m.inchLike) {
      // A prime/inch mark unless a straight quotation of its kind is open.
      // "02" and "57821", close; in "The screen is 20" wide." the mark is an inch sign.
      const k = r.role === 'close' ? findSame(m, false) : -1;
      const later = nextSame[mi];
      if (k >= 0 && stack[k]!.ch === m.ch && (m.numberQuoted || m.next !== 'space' || !later || later.ch !== m.ch || later.flank === 'L')) close(m, k);
      continue;
    }
    if (m.tentative) {
      if (r.role === 'open') {
        push(m);
        m.tentative = true;
      } else {
        const k = findSame(m, false);
        const o = k >= 0 ? stack[k]! : undefined;
        const later = nextDefinite[mi];
        // An apostrophe rather than a closing mark when a clear closing mark of the kind follows
        // (‚Das ist Hans’.‘, ‘It’s Jones’ car.’) or when it would not complete the opener's pair.
        const apostrophe =
          (later !== undefined && later.flank === 'R' && !later.inchLike) ||
          (o !== undefined && !o.tentative && !o.g.straight && info.profile !== undefined && !info.accepted.some((a) => a.pair.open === o.ch && a.pair.close === m.ch));
        if (o && !apostrophe) close(m, k);
        else if (o) {
          // an apostrophe inside a quotation
        } else if (!finalApostrophe && (m.ch === '’' || m.ch === "'") && m.flank === 'R' && m.wsAfter > 0 && isAlpha(m.afterWs)) {
          m.role = 'close';
          unmatched.push(m);
        }
        // otherwise: an apostrophe (Jones’, goin’)
      }
      continue;
    }
    if (r.role === 'open') {
      push(m);
      continue;
    }
    // A closer: the nearest opener of its kind, else the innermost real opener (a mixed pair).
    let k = findSame(m, true);
    if (k < 0) {
      for (let x = stack.length - 1; x >= 0; x--) {
        if (!stack[x]!.tentative) {
          k = x;
          break;
        }
      }
    }
    if (k >= 0) close(m, k);
    else {
      m.role = 'close';
      unmatched.push(m);
    }
  }
  // A guillemet with spaces on both sides that pairs with nothing is a separator or an arrow
  // ("Datenbank » Tipps"), not a quotation mark.
  const separator = (x: Mark) => (x.g.cls === 'guillemet' || x.g.cls === 'sguillemet') && x.flank === 'N' && x.wsBefore > 0 && x.wsAfter > 0;
  const unclosed = stack.filter((s) => !s.tentative && s.how !== 'reversed' && !separator(s));
  for (const s of stack) if (s.how === 'reversed' && !separator(s)) unmatched.push(s);
  for (let x = unmatched.length - 1; x >= 0; x--) if (separator(unmatched[x]!)) unmatched.splice(x, 1);
  return { pairs, unclosed, unmatched, cutOff };
}

