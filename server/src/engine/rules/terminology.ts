/**
 * `terminology`: a translation checked against a glossary (source-aware). The glossary comes
 * from `.calque.json` — entries written there (`"glossary": { "Seimas": "Seimas" }`) or glossary
 * files (CSV, TSV, TBX) whose texts the adapters hand to the engine as resources — and each
 * aligned pair is checked: a source term whose accepted rendering is missing from the target, a
 * forbidden rendering, a do-not-translate term changed; over the document, a term rendered two
 * ways. Matching is inflection-tolerant (bilingual/glossary.ts). See docs/rules/terminology.md.
 */
import { defineRule, type RuleContext } from '../rule';
import { checkTerms, findTerm, glossaryFromConfig, GlossaryError, parseGlossaryDelimited, parseGlossaryTbx, termConsistency, type Glossary } from '../bilingual/glossary';
import type { PairFinding, PairView } from '../bilingual/types';
import { pairTexts } from '../bilingual/types';

/** Parses a glossary file's text by its extension (CSV, TSV, TBX). Throws GlossaryError. */
export function parseGlossaryFile(path: string, text: string, sourceLanguage: string, targetLanguage: string): Glossary {
  const lower = path.toLowerCase();
  if (lower.endsWith('.tbx') || lower.endsWith('.xml')) return parseGlossaryTbx(text, path, { sourceLanguage, targetLanguage });
  return parseGlossaryDelimited(text, path, { ...(lower.endsWith('.tsv') || lower.endsWith('.tab') ? { delimiter: '\t' as const } : {}), sourceLanguage, targetLanguage });
}

/** The glossary of a check: configuration entries and files (texts from the resources), cached per resources version. */
function glossaryOf(ctx: RuleContext, sourceLanguage: string): Glossary | undefined {
  const g = ctx.config.glossary;
  if (g.files.length === 0 && Object.keys(g.entries).length === 0) return undefined;
  const key = `terminology\u0000${ctx.resources.version}\u0000${sourceLanguage}\u0000${ctx.language}\u0000${JSON.stringify(g)}`;
  const cached = ctx.resources.scratch.get(key) as Glossary | undefined;
  if (cached) return cached;
  const entries: Glossary['entries'] = [];
  try {
    if (Object.keys(g.entries).length) entries.push(...glossaryFromConfig(g.entries, '.calque.json').entries);
  } catch (e) {
    if (!(e instanceof GlossaryError)) throw e; // reported by the adapters when they load the configuration
  }
  for (const file of g.files) {
    const text = ctx.resources.glossaries?.get(file);
    if (text === undefined) continue;
    try {
      entries.push(...parseGlossaryFile(file, text, sourceLanguage, ctx.language).entries);
    } catch (e) {
      if (!(e instanceof GlossaryError)) throw e;
    }
  }
  const glossary: Glossary = { sourceLanguage, targetLanguage: ctx.language, entries };
  ctx.resources.scratch.set(key, glossary);
  return glossary;
}

export const terminologyRule = defineRule({
  meta: {
    id: 'terminology',
    category: 'terminology',
    defaultSeverity: 'warning',
    description: 'Glossary terms: required renderings, forbidden renderings, do-not-translate terms, one term rendered two ways (source-aware)',
    fixable: false,
  },
  checkPair(view: PairView, ctx) {
    const glossary = glossaryOf(ctx, view.source.language);
    if (!glossary || glossary.entries.length === 0) return [];
    const out: PairFinding[] = [];
    const texts: { source: string; target: string; targetStart: number }[] = [];
    for (const p of view.pairs) {
      if (!p.source.length || !p.target.length) continue;
      const t = pairTexts(view, p);
      texts.push({ source: t.source, target: t.target, targetStart: t.targetStart });
      const issues = checkTerms(glossary, t.source, view.source.language, t.target, ctx.language);
      // A forbidden rendering says more than "the accepted one is missing" for the same term.
      const forbidden = new Set(issues.filter((i) => i.kind === 'forbidden').map((i) => i.entry.source));
      for (const issue of issues) {
        if (issue.kind === 'missing-target' && forbidden.has(issue.entry.source)) continue;
        const at = issue.targetAt ? { start: t.targetStart + issue.targetAt.start, end: t.targetStart + issue.targetAt.end } : { start: t.targetStart, end: t.targetStart + t.target.length };
        const preferred = issue.entry.dnt && issue.entry.targets.length === 0 ? issue.entry.source : issue.entry.targets[0];
        out.push({
          ...at,
          message: issue.message,
          explanation: `Glossary entry ${issue.entry.origin.file}:${issue.entry.origin.line}${issue.entry.note ? ` — ${issue.entry.note}` : ''}.`,
          ...(issue.kind === 'forbidden' && preferred && issue.targetAt ? { fixes: [{ title: `Use "${preferred}"`, safe: false, edits: [{ ...at, newText: preferred }] }] } : {}),
          data: { kind: issue.kind, term: issue.entry.source, ...(preferred ? { preferred } : {}) },
          related: [{ side: 'source', start: t.sourceStart + issue.sourceAt.start, end: t.sourceStart + issue.sourceAt.end, message: `"${issue.entry.source}" in the source` }],
        });
      }
    }
    for (const c of termConsistency(glossary, texts, view.source.language, ctx.language)) {
      if (c.kind !== 'inconsistent') continue;
      const ranked = [...c.renderings].sort((a, b) => b[1] - a[1]);
      const [major] = ranked[0]!;
      for (const [minor] of ranked.slice(1)) {
        for (const t of texts) {
          for (const m of findTerm(t.target, minor, ctx.language, c.entry.caseSensitive)) {
            out.push({
              start: t.targetStart + m.start,
              end: t.targetStart + m.end,
              severity: 'info',
              message: `"${c.entry.source}" is rendered as "${minor}" here and as "${major}" elsewhere in this document.`,
              explanation: `Both are accepted by the glossary (${c.entry.origin.file}:${c.entry.origin.line}); one document should use one.`,
              fixes: [{ title: `Use "${major}"`, safe: false, edits: [{ start: t.targetStart + m.start, end: t.targetStart + m.end, newText: major }] }],
              data: { kind: 'inconsistent', term: c.entry.source, preferred: major },
            });
          }
        }
      }
    }
    return out;
  },
});
