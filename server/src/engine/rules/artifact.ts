/**
 * artifact: scraper/CMS leftovers — "[ad_1]"-style placeholders and shortcodes, "{{…}}" /
 * "{%…%}" template tags, "Read also:"/"Share on Facebook" stub lines, and publisher copyright
 * boilerplate closing the article. Fix: remove (with the whole line when it stands alone).
 */
import { defineRule, type RuleFinding, type DocumentView } from '../rule';
import { BOILERPLATE_STRONG, BOILERPLATE_WEAK, SHORTCODE_NAMES, SHORTCODE_PREFIXES, STUB_PREFIXES } from '../data/artifacts';
import { baseLanguage } from '../lang/index';
import { MASK, type Block, type Fix } from '../types';
import { lowerCase } from '../segment';

/** Removal fix: the span, widened to its whole line (and line break) when nothing else is on it. */
export function removalFix(docText: string, start: number, end: number, title: string): Fix {
  let ls = start;
  while (ls > 0 && docText[ls - 1] !== '\n' && docText[ls - 1] !== '\r') ls--;
  let le = end;
  while (le < docText.length && docText[le] !== '\n' && docText[le] !== '\r') le++;
  const aloneOnLine = docText.slice(ls, start).trim() === '' && docText.slice(end, le).trim() === '';
  if (aloneOnLine) {
    let e = le;
    if (docText[e] === '\r') e++;
    if (docText[e] === '\n') e++;
    if (e === le && ls > 0) {
      // Last line without a line break: take the previous line break instead.
      let s = ls - 1;
      if (docText[s] === '\n' && docText[s - 1] === '\r') s--;
      return { title, edits: [{ start: s, end: le, newText: '' }], safe: true };
    }
    // Between two blank lines (or at the start of the text before one), also take one blank
    // line, so that removing a paragraph does not leave a double gap.
    const prevBlank = ls === 0 || /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)$/.test(docText.slice(Math.max(0, ls - 40), ls)) || /^[ \t]*(?:\r?\n|\r)$/.test(docText.slice(0, ls));
    const nextBreak = /^[ \t]*(\r\n|\n|\r)/.exec(docText.slice(e, e + 40));
    if (prevBlank && nextBreak) e += nextBreak[0].length;
    return { title, edits: [{ start: ls, end: e, newText: '' }], safe: true };
  }
  // Inside a line: remove the span and one adjacent space.
  let s = start;
  let e = end;
  if (docText[e] === ' ') e++;
  else if (docText[s - 1] === ' ') s--;
  return { title, edits: [{ start: s, end: e, newText: '' }], safe: true };
}

function isShortcodeName(name: string): boolean {
  const n = name.toLowerCase();
  if (SHORTCODE_NAMES.has(n)) return true;
  if (/^ad_?\d+$/.test(n)) return true; // ad_1, ad1
  return SHORTCODE_PREFIXES.some((p) => n.startsWith(p) && n.length > p.length);
}

function isNameChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-';
}

interface Span {
  start: number;
  end: number;
  kind: 'shortcode' | 'template' | 'stub';
  text: string;
}

/** Scans a block's text for shortcodes and template tags (linear). */
function scanInline(block: Block): Span[] {
  const t = block.text;
  const out: Span[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '[') {
      // [name], [name attr="…"], [/name]
      let j = i + 1;
      if (t[j] === '/') j++;
      const ns = j;
      while (j < t.length && isNameChar(t[j]!)) j++;
      if (j === ns) continue;
      const name = t.slice(ns, j);
      if (!isShortcodeName(name)) continue;
      let k = j;
      const limit = Math.min(t.length, j + 300);
      while (k < limit && t[k] !== ']' && t[k] !== '[' && t[k] !== '\n' && t[k] !== MASK) k++;
      if (t[k] !== ']') continue;
      if (k > j && t[j] !== ' ') continue; // "[ad_1x]" is not a shortcode
      out.push({ start: block.start + i, end: block.start + k + 1, kind: 'shortcode', text: t.slice(i, k + 1) });
      i = k;
    } else if (c === '{' && (t[i + 1] === '{' || t[i + 1] === '%')) {
      const close = t[i + 1] === '{' ? '}}' : '%}';
      // Search only as far as a tag may reach: an unbounded indexOf per "{{" is quadratic on "{{{{…".
      const rel = t.slice(i + 2, i + 202).indexOf(close);
      if (rel < 0) continue;
      const k = rel + i + 2;
      const inner = t.slice(i + 2, k);
      if (inner.includes('\n') || inner.trim() === '') continue;
      out.push({ start: block.start + i, end: block.start + k + 2, kind: 'template', text: t.slice(i, k + 2) });
      i = k + 1;
    }
  }
  return out;
}

/**
 * Labels without a colon that are one word ("advertisement", "реклама", "loading…", "广告"): a stub
 * only as the whole line. In scripts without spaces a label of more than two characters is a
 * phrase ("相关阅读", "관련기사").
 */
function wholeLineOnly(label: string): boolean {
  if (label.includes(':') || /\s/u.test(label)) return false;
  return !CJK.test(label) || [...label].length <= 2;
}
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The packs' stub labels with full-width colons written as ":" (the lines are read so too). */
const STUB_LABELS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(Object.entries(STUB_PREFIXES).map(([k, v]) => [k, v.map((l) => l.replace(/：/g, ':'))]));

function stubOf(block: Block, lang: string, inline: readonly Span[]): Span | null {
  // Placeholders inside the line do not hide a stub ("Share on Facebook[/caption]").
  let raw = block.text;
  for (const s of inline) raw = raw.slice(0, s.start - block.start) + ' '.repeat(s.end - s.start) + raw.slice(s.end - block.start);
  raw = raw.trimEnd();
  if (raw.length > 160 || raw.includes('\n')) return null;
  // No-break spaces as spaces: French sets “Lire aussi\u00a0:” with one before the colon.
  // …and the language's own lower case (Turkish "İLGİLİ HABER" → "ilgili haber").
  const lower = lowerCase(raw.trim(), lang).replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/：/g, ':');
  const lists = [STUB_LABELS[lang] ?? [], lang === 'en' ? [] : STUB_LABELS.en!];
  for (const list of lists) {
    for (const p of list) {
      if (!lower.startsWith(p)) continue;
      const whole = lower === p || lower === p.replace(/:$/, '') || lower === p + ':';
      // A label that is an ordinary word ("Advertisement", "Reklama") is a stub only as the whole line.
      if (!whole && wholeLineOnly(p)) continue;
      // "Read also: <headline>" — the label must end the phrase (colon, or the whole line).
      if (!whole && !p.endsWith(':') && !p.endsWith(' :') && !p.startsWith('share') && !p.startsWith('partager') && !p.startsWith('compartir') && !p.startsWith('click here') && !p.startsWith('subscribe') && !p.startsWith('follow us') && !p.startsWith('sign up')) {
        const next = lower[p.length];
        if (next !== ':' && next !== ' ' && next !== undefined) continue;
        if (!lower.slice(p.length).trimStart().startsWith(':')) continue;
      }
      return { start: block.start, end: block.end, kind: 'stub', text: raw.trim() };
    }
  }
  return null;
}

function boilerplate(doc: DocumentView): Span | null {
  // The last prose block (after artifacts such as [ad_2] are skipped).
  for (let bi = doc.blocks.length - 1; bi >= 0 && bi >= doc.blocks.length - 3; bi--) {
    const b = doc.blocks[bi]!;
    const raw = doc.text.slice(b.start, b.end);
    const lower = raw.toLowerCase();
    if (scanInline(b).some((s) => s.end - s.start >= raw.trim().length)) continue; // a lone placeholder
    const strong = BOILERPLATE_STRONG.some((s) => lower.includes(s));
    const weak = BOILERPLATE_WEAK.filter((s) => lower.includes(s)).length;
    if (strong || weak >= 2) return { start: b.start, end: b.end, kind: 'stub', text: raw };
    return null;
  }
  return null;
}

export const artifactRule = defineRule({
  meta: {
    id: 'artifact',
    category: 'artifact',
    defaultSeverity: 'warning',
    description: 'Scraper and CMS leftovers: [ad_1] placeholders, {{template}} tags, "Read also:" stubs, copyright boilerplate',
    fixable: true,
  },
  checkBlock(block, ctx) {
    const spans = scanInline(block);
    const stub = stubOf(block, baseLanguage(ctx.language), spans);
    // A stub line is removed whole, placeholders in it included (one fix, no second pass).
    if (stub) return { findings: [], summary: { items: [stub] } };
    // Fixes need the surrounding lines, so findings are made in the document pass.
    return { findings: [], summary: { items: spans } };
  },
  checkDocument(doc, summaries, _ctx) {
    const out: RuleFinding[] = [];
    for (let i = 0; i < summaries.length; i++) {
      const at = doc.blocks[i]!.start;
      for (const r of (summaries[i] as { items: Span[] } | undefined)?.items ?? []) {
        const s = { ...r, start: r.start + at, end: r.end + at };
        out.push({
          start: s.start,
          end: s.end,
          message:
            s.kind === 'shortcode'
              ? `“${s.text}” is a placeholder left by the website's ad or CMS plugin, not part of the article. Remove it.`
              : s.kind === 'template'
                ? `“${s.text}” is an unfilled template tag. Remove it, or fill in the value.`
                : `“${s.text.length > 60 ? s.text.slice(0, 57) + '…' : s.text}” is a “related/share” stub copied from the web page, not part of the article. Remove it.`,
          fixes: [removalFix(doc.text, s.start, s.end, s.kind === 'stub' ? 'Remove this line' : `Remove “${s.text.length > 30 ? s.text.slice(0, 27) + '…' : s.text}”`)],
          data: { kind: s.kind, text: s.text },
        });
      }
    }
    const b = boilerplate(doc);
    if (!b || out.some((f) => f.start === b.start)) return out;
    return [
      ...out,
      {
        start: b.start,
        end: b.end,
        message: 'This closing paragraph is the publisher’s copyright/reproduction notice, not part of the article. Remove it.',
        fixes: [removalFix(doc.text, b.start, b.end, 'Remove the publisher boilerplate')],
        data: { kind: 'boilerplate' },
      },
    ];
  },
});
