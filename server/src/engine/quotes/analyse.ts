/**
 * Quotation-mark analysis of one block: the marks are found (quotes/marks.ts: telling
 * apostrophes and primes apart, and which side each leans on), paired (quotes/pairing.ts), and
 * here every pair is judged against the language's profile; the fixes and messages are
 * quotes/fixes.ts. Character classes are the shared ones of lang/scripts.ts.
 *
 * Linear in the block length: one scan for marks, one pass over the marks with a stack
 * (each mark is pushed and popped at most once; searches below the top are bounded by the
 * nesting depth, which is capped).
 */
import { MASK } from '../types';
import type { RuleFinding } from '../rule';
import type { Severity } from '../types';
import { acceptedPairs, KNOWN_PAIRS, type QuotePair, type QuoteProfile } from './profiles';
import { byLanguage } from '../languages/index';
import { isAlpha, isSpace } from '../lang/scripts';
import { GLYPHS, glyphRole, profileInfo, scanMarks, type Mark, type MarkClass, type ProfileInfo, type Role } from './marks';
import { pairMarks } from './pairing';
import { convertPair, isGuillemet, markFinding, NBSP, spacing, stronger, type MarkFix } from './fixes';

// ------------------------------------------------------------------ judging

const LANG_ANY = 'this language';

function show(p: QuotePair): string {
  return `${p.open}…${p.close}`;
}

export function pairKey(p: QuotePair): string {
  return p.open + p.close;
}

function findAccepted(info: ProfileInfo, open: string, close: string): { pair: QuotePair; nested: boolean } | undefined {
  return info.accepted.find((a) => a.pair.open === open && a.pair.close === close);
}

/** The pair a quotation at this level should use: primary outside, secondary inside the primary. */
/** The single-mark counterpart of a double pair (»…« → ›…‹), for nesting inside alternatives. */
const SINGLE_OF: Record<string, string> = { '»«': '›‹', '«»': '‹›', '“”': '‘’', '„“': '‚‘', '„”': '‚’', '””': '’’', '»»': '››' };

function levelPair(profile: QuoteProfile, parent: QuotePair | undefined): QuotePair {
  if (!parent) return profile.primary;
  const pk = pairKey(parent);
  if (pk === pairKey(profile.primary)) return profile.secondary;
  if (pk === pairKey(profile.secondary)) return profile.primary;
  const single = SINGLE_OF[pk];
  if (single && acceptedPairs(profile).some((a) => pairKey(a.pair) === single)) return { open: single[0]!, close: single[1]! };
  const pc = GLYPHS[parent.open]?.cls;
  if (GLYPHS[profile.primary.open]!.cls !== pc) return profile.primary;
  return profile.secondary;
}

export interface StraightItem {
  kind: 'straight';
  start: number;
  end: number;
  role: Role;
  ch: string;
  /** Pair number within the block (open and close share it). */
  pair: number;
  nested: boolean;
  /** Horizontal spaces on the inner side. */
  inner: number;
}
export interface OpenItem {
  kind: 'unclosed' | 'unmatched' | 'lead';
  start: number;
  end: number;
  cls: MarkClass;
  ch: string;
  /** For unmatched stray marks: spaces before it (a removal fix deletes them too). */
  wsBefore: number;
  /** Unmatched marks that are opening glyphs in closing position: stray. */
  stray: boolean;
}
/**
 * An outer quotation with an accepted pair of double marks other than the profile's primary
 * («…» or „…“ in a text that may also use “…”): fine alone, inconsistent in a document that
 * otherwise uses the primary pair. `finding` converts it to the primary pair, with offsets
 * relative to the block (the item has no start/end of its own: they are inside the finding).
 */
export interface StyleItem {
  kind: 'style';
  pair: string;
  finding: RuleFinding;
}
export type SummaryItem = StraightItem | OpenItem | StyleItem;

export interface QuoteSummary {
  items: SummaryItem[];
  /** Curly quotation pairs by pair ("“”": 3). */
  curly: Record<string, number>;
  /** Outer (not nested) accepted pairs of double marks (isStylePair), by pair. */
  top?: Record<string, number>;
  straight: number;
}

/**
 * Pairs whose mix in one document is a matter of style: double quotation marks («…», »…«, „…“,
 * “…”, ”…”). Single marks (‘…’, ‚…‘, ‹…›) are used beside them on purpose (headlines, terms),
 * and CJK brackets each have their own job (『…』 and 《…》 for titles of works).
 */
export function isStylePair(key: string): boolean {
  return '«»„“”'.includes(key[0]!) && '«»„“”'.includes(key[1]!);
}

export interface BlockAnalysis {
  findings: RuleFinding[];
  summary: QuoteSummary;
}

/** Analyse one block. `base` is the block's document offset; findings carry document offsets. */
export function analyseBlock(text: string, base: number, profile: QuoteProfile | undefined): BlockAnalysis {
  const elided = elidedWords(profile?.tag);
  const info = profileInfo(profile);
  const name = profile?.name ?? LANG_ANY;
  const { marks, apostropheFindings } = scanMarks(text, base, info);
  const findings: RuleFinding[] = [...apostropheFindings];
  const summary: QuoteSummary = { items: [], curly: {}, straight: 0 };
  if (marks.length === 0) return { findings, summary };
  const { pairs, unclosed, unmatched, cutOff } = pairMarks(marks, info, profile?.wordFinalApostrophe ?? true, profile?.outerSpace ?? false);

  const markFixes = new Map<Mark, MarkFix>();
  const fixOf = (m: Mark): MarkFix => {
    let f = markFixes.get(m);
    if (!f) {
      f = { msgs: [], severity: 'hint', safe: true };
      markFixes.set(m, f);
    }
    return f;
  };
  const handled = new Set<Mark>();
  const abs = (i: number) => base + i;

  for (let pi = 0; pi < pairs.length; pi++) {
    const { open: o, close: c } = pairs[pi]!;
    const parentPair = o.parent && o.parent.pair >= 0 ? pairs[o.parent.pair]! : undefined;
    const parentGlyphs: QuotePair | undefined = parentPair ? { open: parentPair.open.ch, close: parentPair.close.ch } : undefined;
    const nested = o.parent !== null;
    const target = profile ? levelPair(profile, parentGlyphs) : undefined;

    // Doubled single marks ('' ‘‘ ’’ ,,) standing in for a double mark.
    if (o.doubled || c.doubled) {
      for (const m of [o, c]) {
        if (!m.doubled) continue;
        const partner = m === o ? c : o;
        // Complete the partner's pair when the partner is a proper mark of the language.
        const viaPartner = partner.doubled || partner.g.straight ? undefined : info.accepted.find((a) => (m === o ? a.pair.close === partner.ch : a.pair.open === partner.ch) && !(a.nested && !nested));
        const want = viaPartner ? (m === o ? viaPartner.pair.open : viaPartner.pair.close) : target ? (m === o ? target.open : target.close) : m.ch;
        const f = fixOf(m);
        f.glyph = want;
        if (isGuillemet(want) && profile?.innerSpace === 'required') {
          if (m === o && m.wsAfter === 0) f.insertAfter = NBSP;
          if (m === c && m.wsBefore === 0) f.insertBefore = NBSP;
        }
        f.msgs.push(`${m.text} stands in for a quotation mark: use ${want}`);
        f.severity = stronger(f.severity, 'warning');
      }
      continue;
    }

    if (o.g.straight || c.g.straight) {
      if (o.g.straight && c.g.straight) {
        if (o.ch === c.ch) {
          summary.straight++;
          if (parentPair && parentPair.open.g.straight && parentPair.open.ch === o.ch && parentPair.close.ch === c.ch) {
            const t = profile ? profile.secondary : undefined;
            const inner = o.ch === '"' ? "'" : '"';
            findings.push({
              start: abs(o.i),
              end: abs(c.i) + c.len,
              message: `A quotation inside a quotation uses the other marks — found ${o.ch}…${c.ch} inside ${o.ch}…${c.ch}` + (t && profile ? ` (in ${name} text: ${show(t)} inside ${show(profile.primary)}).` : ` (${inner}…${inner} inside ${o.ch}…${c.ch}).`),
              severity: 'warning',
              fixes: t ? [{ title: `Use ${show(t)}`, edits: [{ start: abs(o.i), end: abs(o.i) + o.len, newText: t.open }, { start: abs(c.i), end: abs(c.i) + c.len, newText: t.close }], safe: false }] : [],
              data: { kind: 'nesting' },
            });
            handled.add(o).add(c);
            continue;
          }
          const frenchSpaced = profile?.innerSpace === 'required' && o.ch === '"' && o.wsAfter > 0 && c.wsBefore > 0;
          if (frenchSpaced) {
            convertPair(findings, o, c, profile!.primary, profile!, base, text, `In ${name} text, quotations use ${show(profile!.primary)} — found ${o.ch}…${c.ch}`, 'warning', true);
            handled.add(o).add(c);
            continue;
          }
          summary.items.push(straightItem(o, abs(o.i), 'open', pi, nested, o.wsAfter), straightItem(c, abs(c.i), 'close', pi, nested, c.wsBefore));
        } else {
          findings.push(plain(abs(o.i), abs(c.i) + c.len, `This quotation opens with ${o.ch} and closes with ${c.ch}: the marks do not match. Which one is meant is unclear.`, 'warning', { kind: 'mismatch' }));
          handled.add(o).add(c);
          continue;
        }
      } else {
        // One straight, one curly: complete the curly mark's pair.
        const curly = o.g.straight ? c : o;
        const straight = o.g.straight ? o : c;
        // A curly mark written the wrong way round ("…“ at the end): turn it first.
        let curlyCh = curly.ch;
        const wrongWay = curly === c ? info.opens.has(c.ch) && !info.closes.has(c.ch) : info.closes.has(o.ch) && !info.opens.has(o.ch);
        if (wrongWay) {
          const turned = [...new Set(info.accepted.filter((a) => GLYPHS[a.pair.open]!.cls === curly.g.cls).map((a) => (curly === c ? a.pair.close : a.pair.open)))];
          if (turned.length === 1) {
            curlyCh = turned[0]!;
            const fc = fixOf(curly);
            fc.glyph = curlyCh;
            fc.msgs.push(curly === c ? `${c.ch} is an opening mark used to close this quotation: ${name} quotations close with ${curlyCh}` : `${o.ch} is a closing mark used to open this quotation: ${name} quotations open with ${curlyCh}`);
            fc.severity = stronger(fc.severity, 'warning');
          }
        }
        const cands = info.accepted.filter((a) =>
          curly === o ? a.pair.open === curlyCh && GLYPHS[a.pair.close]!.cls === straight.g.cls : a.pair.close === curlyCh && GLYPHS[a.pair.open]!.cls === straight.g.cls,
        );
        const uniq = [...new Set(cands.map((a) => (curly === o ? a.pair.close : a.pair.open)))];
        const f = fixOf(straight);
        if (uniq.length === 1) {
          f.glyph = uniq[0]!;
          f.msgs.push(`This quotation opens with ${o.ch} and closes with ${c.ch}: use ${curly === o ? curlyCh + '…' + uniq[0] : uniq[0] + '…' + curlyCh}`);
        } else {
          f.msgs.push(`This quotation opens with ${o.ch} and closes with ${c.ch}: the marks do not match`);
          f.safe = false;
        }
        f.severity = stronger(f.severity, 'warning');
      }
    } else {
      const key = o.ch + c.ch;
      summary.curly[key] = (summary.curly[key] ?? 0) + 1;
      const acc = findAccepted(info, o.ch, c.ch);
      if (acc && !(acc.nested && !nested)) {
        // Nested in the same kind of marks?
        if (!profile && parentPair && parentPair.open.ch === o.ch && parentPair.close.ch === c.ch) {
          findings.push(plain(abs(o.i), abs(c.i) + c.len, `A quotation inside a quotation uses the other marks — found ${o.ch}…${c.ch} inside ${o.ch}…${c.ch}.`, 'warning', { kind: 'nesting' }));
          handled.add(o).add(c);
          continue;
        }
        if (profile && profile.strictNesting && parentPair && !parentPair.open.g.straight && parentPair.open.g.cls === o.g.cls && parentPair.close.g.cls === c.g.cls && target) {
          const t = GLYPHS[target.open]!.cls === o.g.cls ? otherClassPair(profile, o.g.cls) : target;
          if (t) {
            const style = profile.strictNesting === 'style';
            convertPair(findings, o, c, t, profile, base, text, `A quotation inside a quotation ${style ? 'usually ' : ''}uses the other marks: in ${name} text, ${show(t)} inside ${show(parentGlyphs!)} — found ${o.ch}…${c.ch}`, style ? 'hint' : 'warning', true);
            handled.add(o).add(c);
            continue;
          }
        }
        // An outer quotation: counted for the document's style; one in another accepted pair
        // than the primary carries its conversion, used if the document turns out to prefer
        // the primary pair (rules/quotes.ts).
        if (profile && !nested && isStylePair(key)) {
          summary.top ??= {};
          summary.top[key] = (summary.top[key] ?? 0) + 1;
          const primary = pairKey(profile.primary);
          if (key !== primary && isStylePair(primary)) {
            const converted: RuleFinding[] = [];
            convertPair(converted, o, c, profile.primary, profile, 0, text, '', 'hint', false);
            if (converted[0]) summary.items.push({ kind: 'style', pair: key, finding: converted[0] });
          }
        }
      } else if (profile && profile.rare.some((r) => r.pair.open === o.ch && r.pair.close === c.ch)) {
        const note = profile.rare.find((r) => r.pair.open === o.ch && r.pair.close === c.ch)!.note;
        convertPair(findings, o, c, target!, profile, base, text, `In ${name} text, quotations usually use ${show(target!)} — found ${o.ch}…${c.ch} (${note})`, 'info', false);
        handled.add(o).add(c);
        continue;
      } else {
        // Not an accepted pair: a reversed mark, a half-foreign pair, a foreign pair, or a mix.
        const byClose = info.accepted.filter((a) => a.pair.close === c.ch && !(a.nested && !nested));
        const byOpen = info.accepted.filter((a) => a.pair.open === o.ch && !(a.nested && !nested));
        const oCloseOnly = info.closes.has(o.ch) && !info.opens.has(o.ch);
        const cOpenOnly = info.opens.has(c.ch) && !info.closes.has(c.ch);
        const oForeign = !info.glyphs.has(o.ch);
        const cForeign = !info.glyphs.has(c.ch);
        const uniqueOpen = (list: typeof byClose) => [...new Set(list.map((a) => a.pair.open))];
        const uniqueClose = (list: typeof byOpen) => [...new Set(list.map((a) => a.pair.close))];
        const sameCls = (x: string, y: string) => GLYPHS[x]!.cls === GLYPHS[y]!.cls;
        const known = KNOWN_PAIRS.some((k) => k.open === o.ch && k.close === c.ch);
        // Turning one mark round is the fix when it yields the language's own pair; a coherent
        // foreign pair ("…" in Norwegian) is converted as a whole instead.
        // (Symmetric pairs like ’…’ are Swedish/Finnish; elsewhere they are a mark turned the wrong way.)
        const main = (op: string, cl: string) => !known || o.ch === c.ch || !profile || [profile.primary, profile.secondary].some((p) => p.open === op && p.close === cl);
        if (byClose.length > 0 && (oCloseOnly || oForeign) && sameCls(o.ch, c.ch) && uniqueOpen(byClose).length === 1 && main(uniqueOpen(byClose)[0]!, c.ch)) {
          const want = uniqueOpen(byClose)[0]!;
          const f = fixOf(o);
          f.glyph = want;
          f.msgs.push(oCloseOnly ? `${o.ch} is a closing mark used to open this quotation: ${name} quotations open with ${want}` : `In ${name} text, this quotation opens with ${want}, not ${o.ch}`);
          f.severity = stronger(f.severity, 'warning');
        } else if (byOpen.length > 0 && (cOpenOnly || cForeign) && sameCls(o.ch, c.ch) && uniqueClose(byOpen).length === 1 && main(o.ch, uniqueClose(byOpen)[0]!)) {
          const want = uniqueClose(byOpen)[0]!;
          const f = fixOf(c);
          f.glyph = want;
          f.msgs.push(cOpenOnly ? `${c.ch} is an opening mark used to close this quotation: ${name} quotations close with ${want}` : `In ${name} text, this quotation closes with ${want}, not ${c.ch}`);
          f.severity = stronger(f.severity, 'warning');
        } else if (findAccepted(info, c.ch, o.ch) && !GLYPHS[o.ch]!.straight) {
          const f1 = fixOf(o);
          f1.glyph = c.ch;
          f1.msgs.push(`The quotation marks are the wrong way round: ${c.ch}…${o.ch}, not ${o.ch}…${c.ch}`);
          f1.severity = stronger(f1.severity, 'warning');
          const f2 = fixOf(c);
          f2.glyph = o.ch;
          f2.msgs.push(`The quotation marks are the wrong way round: ${c.ch}…${o.ch}, not ${o.ch}…${c.ch}`);
          f2.severity = stronger(f2.severity, 'warning');
        } else if (profile && target && known) {
          convertPair(findings, o, c, target, profile, base, text, `In ${name} text, quotations use ${show(target)} — found ${o.ch}…${c.ch}`, 'warning', true);
          handled.add(o).add(c);
          continue;
        } else if (!profile && known) {
          // Generic profile: any recognised pair is fine.
        } else {
          findings.push(plain(abs(o.i), abs(c.i) + c.len, `This quotation opens with ${o.ch} and closes with ${c.ch}: the marks do not match. Which one is meant is unclear.`, 'warning', { kind: 'mismatch' }));
          handled.add(o);
          // The closing mark is still an opening glyph in closing position: turn it round in its own kind.
          const turned = cOpenOnly ? [...new Set(info.accepted.filter((a) => sameCls(a.pair.close, c.ch) && info.closes.has(a.pair.close) && !info.opens.has(a.pair.close)).map((a) => a.pair.close))] : [];
          if (profile && turned.length === 1) {
            const f = fixOf(c);
            f.glyph = turned[0]!;
            f.msgs.push(`${c.ch} is an opening mark in closing position: ${name} quotations close with ${turned[0]}`);
            f.severity = stronger(f.severity, 'warning');
            if (c.wsBefore > 0 && c.how === 'position') {
              f.removeBefore = true;
              f.msgs.push(`No space belongs before the closing ${turned[0]}`);
            }
          } else handled.add(c);
          continue;
        }
      }
    }
    // Spacing inside and outside the pair.
    if (profile) spacing(o, c, profile, text, fixOf);
  }

  // Closing marks with nothing to close, openers cut off by an enclosing closer.
  for (const m of cutOff) {
    findings.push(plain(abs(m.i), abs(m.i) + m.len, `${m.text} opens a quotation that is not closed before the quotation around it ends.`, 'warning', { kind: 'unclosed' }));
  }
  for (const m of unclosed) {
    summary.items.push({ kind: 'unclosed', start: abs(m.i), end: abs(m.i) + m.len, cls: m.g.cls, ch: m.ch, wsBefore: m.wsBefore, stray: false });
  }
  for (const m of unmatched) {
    if ((m.ch === '’' || m.ch === "'") && elided.has(wordBefore(text, m.i).toLowerCase()) && m.wsAfter > 0 && isAlpha(text[m.i + m.len + m.wsAfter])) {
      // l’ empêchement: an elided word is joined to the next one.
      findings.push({
        start: abs(m.i),
        end: abs(m.i) + m.len,
        message: `No space belongs after the apostrophe of an elided word: ${wordBefore(text, m.i)}${m.ch}${wordAfter(text, m.i + m.len + m.wsAfter)}.`,
        severity: 'warning',
        fixes: [{ title: 'Remove the space', edits: [{ start: abs(m.i + m.len), end: abs(m.i + m.len + m.wsAfter), newText: '' }], safe: true }],
        data: { kind: 'elision' },
      });
      continue;
    }
    const stray = m.how === 'position' && glyphRole(m.ch, info) === 'open';
    summary.items.push({ kind: 'unmatched', start: abs(m.i), end: abs(m.i) + m.len, cls: m.g.cls, ch: m.ch, wsBefore: m.wsBefore, stray });
  }
  // A block that starts with an opener (continuation of a quotation from the previous paragraph?).
  const unclosedSet = new Set(unclosed);
  const first = marks.find((m) => m.pair >= 0 || unclosedSet.has(m));
  if (first && first.role === 'open' && (first.pair >= 0 || unclosedSet.has(first)) && onlyBlankBefore(text, first.i)) {
    summary.items.push({ kind: 'lead', start: abs(first.i), end: abs(first.i) + first.len, cls: first.g.cls, ch: first.ch, wsBefore: 0, stray: false });
  }

  for (const [m, f] of markFixes) {
    if (handled.has(m) || f.msgs.length === 0) continue;
    findings.push(markFinding(m, f, base, text));
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, summary };
}

/** The language's elided words (its pack's `elisions`: l’, d’, qu’, jusqu’…), joined to the next word. */
const ELISIONS = byLanguage('elisions');
const elidedSets = new Map<string, ReadonlySet<string>>();
function elidedWords(tag: string | undefined): ReadonlySet<string> {
  const b = (tag ?? '').split('-')[0]!;
  let s = elidedSets.get(b);
  if (!s) elidedSets.set(b, (s = new Set(ELISIONS[b] ?? [])));
  return s;
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 12 && isAlpha(text[j - 1])) j--;
  return text.slice(j, i);
}
function wordAfter(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 24 && isAlpha(text[j])) j++;
  return text.slice(i, j);
}

function onlyBlankBefore(text: string, i: number): boolean {
  for (let j = 0; j < i; j++) if (!isSpace(text[j]) && text[j] !== MASK) return false;
  return true;
}

function otherClassPair(profile: QuoteProfile, cls: MarkClass): QuotePair | undefined {
  for (const p of [profile.secondary, profile.primary, ...profile.alternatives]) if (GLYPHS[p.open]!.cls !== cls) return p;
  return undefined;
}

function straightItem(m: Mark, start: number, role: Role, pair: number, nested: boolean, inner: number): StraightItem {
  return { kind: 'straight', start, end: start + m.len, role, ch: m.ch, pair, nested, inner };
}

function plain(start: number, end: number, message: string, severity: Severity, data: Record<string, unknown>): RuleFinding {
  return { start, end, message, severity, fixes: [], data };
}

