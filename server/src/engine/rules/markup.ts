/**
 * `markup`: what must survive translation unchanged, compared sentence pair by sentence pair
 * (source-aware): placeholders (`%s`, `%1$d`, `{name}`, ICU `{count, plural, …}`, `{{x}}`),
 * XLIFF inline codes (count, ids, order), HTML tags, Markdown links (targets), images and code
 * spans and emphasis, URLs, e-mail addresses, @handles and #hashtags; and, as information, the
 * punctuation that carries meaning: a question or an exclamation lost, a quotation or a bracket
 * left open. Extraction and comparison live in bilingual/codes.ts. See docs/rules/markup.md.
 */
import { defineRule } from '../rule';
import { compareCodes, extractCodes, punctuationParity, type Code } from '../bilingual/codes';
import type { PairFinding } from '../bilingual/types';
import { memoByPair, memoByText } from '../bilingual/memo';

/** Codes of a paragraph without XLIFF inline codes, per format (reused across re-checks). */
const codesOf = memoByText(2_000_000, (text, format) => extractCodes(text, format as 'plaintext' | 'markdown'));
/** Punctuation parity of a paragraph pair (reused across re-checks, as the codes are). */
const parityMemo = memoByPair<ReturnType<typeof punctuationParity>>(2_000_000);
const parityOf = (source: string, target: string, sl: string, tl: string) => parityMemo(source, target, `${sl}\u0001${tl}`, () => punctuationParity(source, target, sl, tl));
import { pairTexts, paragraphGroups } from '../bilingual/types';
import type { Severity } from '../types';
import { languageName } from '../lang/languages';

const WHAT: Record<Code['kind'], string> = {
  printf: 'placeholder',
  icu: 'placeholder',
  brace: 'placeholder',
  inline: 'inline code',
  url: 'URL',
  email: 'e-mail address',
  handle: 'handle',
  hashtag: 'hashtag',
  html: 'tag',
  'md-link': 'link',
  'md-image': 'image',
  'md-code': 'code span',
  'md-emphasis': 'emphasis',
};

/** Placeholders and inline codes break software when lost; the rest breaks a page or a reference. */
function severityOf(kind: Code['kind']): Severity {
  return kind === 'printf' || kind === 'icu' || kind === 'brace' || kind === 'inline' ? 'error' : 'warning';
}

/** Where to insert a copied code: before the sentence's final punctuation. */
function insertionPoint(text: string): number {
  let k = text.length;
  while (k > 0 && /[\s.!?…。！？"”»’)]/.test(text[k - 1]!)) k--;
  return k;
}

export const markupRule = defineRule({
  meta: {
    id: 'markup',
    category: 'markup',
    defaultSeverity: 'warning',
    description: 'Placeholders, inline codes, tags, links, URLs, e-mail addresses, handles and meaningful punctuation lost or changed in translation (source-aware)',
    fixable: false,
  },
  checkPair(view, ctx) {
    const out: PairFinding[] = [];
    const srcName = languageName(view.source.language);
    const format = view.target.format === 'markdown' ? 'markdown' : 'plaintext';
    // Compared per paragraph (a quotation or a sentence with a link may be split differently
    // by the two languages' sentence boundaries); XLIFF and PO units are paragraphs of their own.
    for (const group of paragraphGroups(view)) {
      const sIds = group.flatMap((p) => p.source);
      const tIds = group.flatMap((p) => p.target);
      if (!sIds.length || !tIds.length) continue;
      const t = pairTexts(view, { source: sIds, target: tIds, cost: 0 });
      const codes = group.flatMap((p) => (p.codes ? [p.codes] : []));
      const inlineS = codes.length ? codes.flatMap((c) => c.source).map((c) => ({ at: c.at - t.sourceStart, id: c.id, role: c.role })) : undefined;
      const inlineT = codes.length ? codes.flatMap((c) => c.target).map((c) => ({ at: c.at - t.targetStart, id: c.id, role: c.role })) : undefined;
      const sc = inlineS ? extractCodes(t.source, format, inlineS) : codesOf(t.source, format);
      const tc = sc.length || /[%{}<@#\[`\ufffc]|https?:|www\./.test(t.target) ? (inlineT ? extractCodes(t.target, format, inlineT) : codesOf(t.target, format)) : [];
      const diff = compareCodes(sc, tc);
      const near = new Map(diff.near.map((n) => [n.target, n]));
      const nearSource = new Set(diff.near.map((n) => n.source));
      for (const m of diff.missing) {
        if (nearSource.has(m)) continue; // reported with its changed counterpart
        const at = insertionPoint(t.target);
        const copy = m.kind === 'md-emphasis' || m.kind === 'inline' ? undefined : m.text;
        out.push({
          start: t.targetStart,
          end: t.targetStart + t.target.length,
          severity: severityOf(m.kind),
          message: `The ${WHAT[m.kind]} ${m.kind === 'md-emphasis' || m.kind === 'inline' ? '' : `"${m.text}" `}of the ${srcName} source is missing from this translation.`.replace('  ', ' '),
          explanation: `Placeholders, codes, links and addresses must be copied into the translation unchanged; without them the text breaks (a placeholder not filled in, a link that goes nowhere).`,
          ...(copy ? { fixes: [{ title: `Copy "${copy}" from the source`, safe: false, edits: [{ start: t.targetStart + at, end: t.targetStart + at, newText: ` ${copy}` }] }] } : {}),
          data: { kind: 'missing', code: m.kind, text: m.text },
          related: [{ side: 'source', start: t.sourceStart + m.start, end: t.sourceStart + m.end, message: `the ${WHAT[m.kind]} in the source` }],
        });
      }
      for (const e of diff.extra) {
        const n = near.get(e);
        out.push({
          start: t.targetStart + e.start,
          end: t.targetStart + e.end,
          severity: n ? 'warning' : severityOf(e.kind) === 'error' ? 'error' : 'info',
          message: n ? `"${e.text}" differs from "${n.source.text}" in the ${srcName} source (${n.reason}).` : `The ${WHAT[e.kind]} "${e.text}" is not in the ${srcName} source.`,
          explanation: n ? 'A URL is copied, not translated: a changed one may lead elsewhere.' : 'The translation has a code or address its source sentence does not have.',
          ...(n ? { fixes: [{ title: `Use "${n.source.text}"`, safe: false, edits: [{ start: t.targetStart + e.start, end: t.targetStart + e.end, newText: n.source.text }] }] } : {}),
          data: { kind: n ? 'changed' : 'extra', code: e.kind, text: e.text },
          related: [n ? { side: 'source', start: t.sourceStart + n.source.start, end: t.sourceStart + n.source.end, message: 'in the source' } : { side: 'source', start: t.sourceStart, end: t.sourceStart + t.source.length, message: 'the source sentence' }],
        });
      }
      for (const o of diff.changedOrder) {
        out.push({
          start: t.targetStart + o.target.start,
          end: t.targetStart + o.target.end,
          severity: 'error',
          message: `"${o.target.text}" is in another order than in the ${srcName} source: unnumbered placeholders are filled in order, so the values swap.`,
          explanation: 'Use numbered placeholders (%1$s, %2$s) when a translation needs another order.',
          data: { kind: 'order', code: o.target.kind },
          related: [{ side: 'source', start: t.sourceStart + o.source.start, end: t.sourceStart + o.source.end, message: 'in the source' }],
        });
      }
      for (const d of parityOf(t.source, t.target, view.source.language, ctx.language)) {
        // A quotation left open is the quotes rule's finding already (without the source).
        if (d.kind === 'quotes') continue;
        out.push({
          start: t.targetStart,
          end: t.targetStart + t.target.length,
          severity: 'info',
          message: d.message,
          explanation: `The source sentence has ${d.source} and the translation ${d.target}: a question, an exclamation or a quotation may have been lost.`,
          data: { kind: 'punctuation', what: d.kind },
          related: [{ side: 'source', start: t.sourceStart, end: t.sourceStart + t.source.length, message: 'the source sentence' }],
        });
      }
    }
    return out;
  },
});
