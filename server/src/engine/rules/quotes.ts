/**
 * Quotation marks: pairing, orientation, spacing, nesting and the language's conventions.
 *
 * Per block (cached): quotes/analyse.ts pairs the marks of the paragraph and judges each
 * quotation against the language's profile (quotes/profiles.ts). What a single paragraph
 * cannot decide goes into its summary and is settled here in the document pass:
 *  - a quotation left open at the end of a paragraph is fine when the next paragraph re-opens
 *    it (the convention for quotations running over several paragraphs);
 *  - straight marks are reported only when the rest of the document is consistently curly.
 */
import { defineRule, type RuleFinding } from '../rule';
import type { QuotePair, QuoteProfile } from '../quotes/profiles';
import { profileFor } from '../quotes/profiles';
import { analyseBlock, pairKey, type OpenItem, type QuoteSummary, type StraightItem } from '../quotes/analyse';
import type { TextEdit } from '../types';

const NBSP = '\u00a0';

/** Straight marks are reported when curly quotations outnumber them at least this many times. */
const CURLY_MAJORITY = 9;
/** ...and there are at least this many curly quotations. */
const MIN_CURLY = 4;

const explanations = new Map<QuoteProfile | undefined, string>();
/** The explanation for a language's profile (built once per profile). */
function explanation(profile: QuoteProfile | undefined): string {
  let e = explanations.get(profile);
  if (e === undefined) explanations.set(profile, (e = buildExplanation(profile)));
  return e;
}

function buildExplanation(profile: QuoteProfile | undefined): string {
  if (!profile) return 'No quotation conventions are known for this language: only pairing is checked.';
  const alts = profile.alternatives.map((p) => `${p.open}…${p.close}`);
  return (
    `${profile.name} quotations use ${profile.primary.open}…${profile.primary.close}, ` +
    `with ${profile.secondary.open}…${profile.secondary.close} inside` +
    (alts.length ? `; also accepted: ${alts.join(', ')}` : '') +
    (profile.innerSpace === 'required' ? '; guillemets take a (no-break) space inside' : '') +
    `.\n\nSource: ${profile.source}`
  );
}

/** Another accepted pair is flagged only when the primary pair has at least this many outer quotations… */
const STYLE_MIN_PRIMARY = 3;
/** …and at least this many times as many as that pair. */
const STYLE_MAJORITY = 3;

export const quotesRule = defineRule<QuoteSummary>({
  meta: {
    id: 'quotes',
    category: 'quotes',
    defaultSeverity: 'warning',
    description: "Quotation marks: pairing, orientation, nesting and the document language's conventions",
    fixable: true,
  },
  checkBlock(block, ctx) {
    const profile = profileFor(ctx.language);
    const { findings, summary } = analyseBlock(block.text, block.start, profile);
    const expl = explanation(profile);
    for (const f of findings) {
      f.explanation ??= expl;
      // The main findings take the configured severity; only weaker signals carry their own.
      if (f.severity === 'warning') delete f.severity;
    }
    return { findings, summary };
  },
  checkDocument(doc, summaries, ctx) {
    const profile = profileFor(ctx.language);
    /** "this German text", or "this text" for a language without a quote profile. */
    const thisText = profile ? `this ${profile.name} text` : 'this text';
    const expl = explanation(profile);
    const out: RuleFinding[] = [];
    const consumed = new Set<OpenItem>();
    let curlyTotal = 0;
    let straightTotal = 0;
    const curlyByPair = new Map<string, number>();

    for (let b = 0; b < summaries.length; b++) {
      const s = summaries[b];
      if (!s) continue;
      straightTotal += s.straight;
      for (const k in s.curly) {
        const v = s.curly[k]!;
        curlyTotal += v;
        curlyByPair.set(k, (curlyByPair.get(k) ?? 0) + v);
      }
      if (s.items.length === 0) continue; // nothing below applies to a block without open items
      const at = doc.blocks[b]!.start;
      const unclosed = s.items.filter((x): x is OpenItem => x.kind === 'unclosed');
      const next = summaries[b + 1];
      unclosed.forEach((u, idx) => {
        if (idx === 0 && next) {
          const lead = next.items.find((x): x is OpenItem => x.kind === 'lead');
          if (lead && lead.cls === u.cls) return; // re-opened in the next paragraph: a continued quotation
          const closer = next.items.find((x): x is OpenItem => x.kind === 'unmatched' && !x.stray);
          if (closer && closer.cls === u.cls && !consumed.has(closer)) {
            consumed.add(closer);
            out.push({
              start: u.start + at,
              end: u.end + at,
              severity: 'info',
              message: `This quotation runs into the next paragraph without being re-opened there: a quotation that continues over paragraphs repeats ${u.ch} at the start of each new paragraph.`,
              explanation: expl,
              data: { kind: 'cross-paragraph' },
            });
            return;
          }
        }
        out.push({
          start: u.start + at,
          end: u.end + at,
          message: `${u.ch} opens a quotation that is never closed. Where it should end is unclear.`,
          explanation: expl,
          data: { kind: 'unclosed' },
        });
      });
      for (const m of s.items) {
        if (m.kind !== 'unmatched' || consumed.has(m)) continue;
        if (m.stray) {
          out.push({
            start: m.start + at,
            end: m.end + at,
            message: `Stray ${m.ch}: it closes no quotation and has nothing after it to open. Remove it, or move the closing mark here.`,
            explanation: expl,
            fixes: [{ title: `Remove the stray ${m.ch}`, edits: [{ start: m.start - m.wsBefore + at, end: m.end + at, newText: '' }], safe: false }],
            data: { kind: 'stray' },
          });
        } else {
          out.push({
            start: m.start + at,
            end: m.end + at,
            message: `${m.ch} closes a quotation that was never opened. Where it should start is unclear.`,
            explanation: expl,
            data: { kind: 'unmatched' },
          });
        }
      }
    }

    // Outer quotations in another accepted pair than the one the rest of the document uses
    // (“…” among «…» in French): a hint, only when the primary pair clearly dominates.
    if (profile) {
      const top = new Map<string, number>();
      for (const s of summaries) if (s?.top) for (const k in s.top) top.set(k, (top.get(k) ?? 0) + s.top[k]!);
      const primary = pairKey(profile.primary);
      const nPrimary = top.get(primary) ?? 0;
      const minority = (k: string) => {
        const n = top.get(k) ?? 0;
        return n > 0 && nPrimary >= STYLE_MIN_PRIMARY && nPrimary >= STYLE_MAJORITY * n;
      };
      for (let b = 0; b < summaries.length; b++) {
        const s = summaries[b];
        if (!s?.top) continue;
        const at = doc.blocks[b]!.start;
        for (const it of s.items) {
          if (it.kind !== 'style' || !minority(it.pair)) continue;
          const f = it.finding;
          out.push({
            ...f,
            start: f.start + at,
            end: f.end + at,
            message: `Elsewhere ${thisText} quotes with ${profile.primary.open}…${profile.primary.close} (${nPrimary} times); this quotation uses ${it.pair[0]}…${it.pair[1]}.`,
            explanation: expl,
            fixes: (f.fixes ?? []).map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + at, end: e.end + at })) })),
            data: { kind: 'style', to: primary },
          });
        }
      }
    }

    // Straight marks in an otherwise curly document.
    if (straightTotal > 0 && curlyTotal >= MIN_CURLY && straightTotal * CURLY_MAJORITY <= curlyTotal) {
      const dominant = (single: boolean): QuotePair | undefined => {
        let best: string | undefined;
        let bestN = 0;
        for (const [k, v] of curlyByPair) {
          const isSingle = k[0] === '‘' || k[0] === '’' || k[0] === '‚' || k[0] === '‹' || k[0] === '›';
          if (isSingle === single && v > bestN) {
            best = k;
            bestN = v;
          }
        }
        if (best) return { open: best[0]!, close: best[1]! };
        if (profile) return single ? profile.secondary : profile.primary;
        return undefined;
      };
      for (let b = 0; b < summaries.length; b++) {
        const s = summaries[b];
        if (!s || s.straight === 0) continue; // straight items only come with straight pairs
        const at = doc.blocks[b]!.start;
        const items = s.items.filter((x): x is StraightItem => x.kind === 'straight');
        for (const o of items) {
          if (o.role !== 'open') continue;
          const c = items.find((x) => x.role === 'close' && x.pair === o.pair);
          if (!c) continue;
          const t = o.nested && profile ? (o.ch === '"' ? profile.secondary : dominant(true)) : dominant(o.ch === "'");
          if (!t) continue;
          const french = profile?.innerSpace === 'required' && (t.open === '«' || t.open === '‹');
          const edits: TextEdit[] = [
            { start: o.start + at, end: o.end + at + (french ? o.inner : 0), newText: t.open + (french ? NBSP : '') },
            { start: c.start + at - (french ? c.inner : 0), end: c.end + at, newText: (french ? NBSP : '') + t.close },
          ];
          if (edits[0]!.end > edits[1]!.start) continue;
          out.push({
            start: o.start + at,
            end: c.end + at,
            severity: 'hint',
            message: `The rest of ${thisText} uses curly quotation marks (${t.open}…${t.close}); this quotation has straight ${o.ch}…${c.ch}.`,
            explanation: expl,
            fixes: [{ title: `Use ${t.open}…${t.close}`, edits, safe: true }],
            data: { kind: 'straight' },
          });
        }
      }
    }
    return out;
  },
});
