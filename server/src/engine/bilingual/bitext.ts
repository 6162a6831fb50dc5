/**
 * Checking a bilingual file (XLIFF, PO): its targets are read as one article — each unit's
 * target a paragraph of a plain-text view — and checked with every rule, with the units'
 * sources as the source (each unit its own aligned pair). Findings come back at offsets of the
 * file: the view's offsets are mapped through each span's map, and the text of fixes is escaped
 * the file's way (XML or PO string escapes).
 */
import type { CalqueConfig } from '../config';
import type { CheckResult, Engine } from '../engine';
import { computeLineStarts } from '../lines';
import type { Finding, TextEdit } from '../types';
import { parseBitext } from './formats/index';
import type { BitextFile, BitextUnit, Span } from './formats/types';

/** A plain-text view of spans (one per paragraph) with a map back to the file. */
interface View {
  text: string;
  /** For each span in the view: its view start and the span. */
  parts: { at: number; span: Span; unit: BitextUnit }[];
}

const SEP = '\n\n';

function viewOf(units: readonly BitextUnit[], side: 'source' | 'target'): View {
  let text = '';
  const parts: View['parts'] = [];
  for (const u of units) {
    const span = side === 'source' ? u.source : u.target!;
    if (parts.length) text += SEP;
    // Line breaks inside a segment would split it into paragraphs: a view paragraph is a unit.
    parts.push({ at: text.length, span, unit: u });
    text += span.text.replace(/\n(?=\s*\n)/g, ' ');
  }
  return { text, parts };
}

/** File offset of a view offset (inside a span, or at its end; between spans: the next span's start). */
function toFile(view: View, offset: number): number {
  let lo = 0;
  let hi = view.parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.parts[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  const p = view.parts[lo];
  if (!p) return 0;
  const k = Math.min(Math.max(0, offset - p.at), p.span.text.length);
  return p.span.map[k]!;
}

export interface BitextResult extends CheckResult {
  bitext: BitextFile;
}

/**
 * Checks an XLIFF or PO file. Units without a target (untranslated PO entries, XLIFF units
 * with no <target>) and units marked translate="no" are not checked.
 */
export function checkBitext(engine: Engine, input: { text: string; format: 'xliff' | 'po'; config: CalqueConfig; id?: string }): BitextResult {
  const file = parseBitext(input.text, input.format);
  const units = file.units.filter((u) => u.target && u.translate !== false && u.target.text.trim() !== '');
  let config = input.config;
  // The file's own languages, unless the configuration says otherwise.
  if (config.language === 'auto' && file.targetLanguage) config = { ...config, language: file.targetLanguage };
  if (config.sourceLanguage.length === 0 && file.sourceLanguage) config = { ...config, sourceLanguage: [file.sourceLanguage] };
  const target = viewOf(units, 'target');
  const source = viewOf(units, 'source');
  const r = engine.check({
    text: target.text,
    format: 'plaintext',
    config,
    id: input.id,
    source: {
      text: source.text,
      format: 'plaintext',
      units: units.map((u, i) => ({
        source: [source.parts[i]!.at, source.parts[i]!.at + u.source.text.length],
        target: [target.parts[i]!.at, target.parts[i]!.at + u.target!.text.length],
        id: u.id,
        codes: {
          source: u.source.codes.map((c) => ({ tag: c.tag, id: c.id, role: c.role, at: source.parts[i]!.at + c.at })),
          target: u.target!.codes.map((c) => ({ tag: c.tag, id: c.id, role: c.role, at: target.parts[i]!.at + c.at })),
        },
      })),
    },
  });
  const lineStarts = computeLineStarts(input.text);
  const mapEdit = (e: TextEdit, v: View): TextEdit => ({ start: toFile(v, e.start), end: toFile(v, e.end), newText: file.escape(e.newText) });
  const mapFinding = (f: Finding, v: View): Finding => ({
    ...f,
    start: toFile(v, f.start),
    end: toFile(v, f.end),
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => mapEdit(e, v)) })),
    ...(f.related ? { related: f.related.map((x) => ({ ...x, start: toFile(x.side === 'source' ? source : target, x.start), end: toFile(x.side === 'source' ? source : target, x.end) })) } : {}),
  });
  // Both sides are in the one file: source findings join the target's, at their file offsets.
  const findings = [...r.findings.map((f) => mapFinding(f, target)), ...(r.source?.findings ?? []).map((f) => mapFinding(f, source))].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return {
    ...r,
    findings,
    lineStarts,
    blocks: [],
    bitext: file,
    ...(r.source
      ? {
          source: {
            ...r.source,
            findings: [],
            lineStarts,
            alignment: r.source.alignment.map((p) => ({
              ...p,
              ...(p.source ? { source: [toFile(source, p.source[0]), toFile(source, p.source[1])] as [number, number] } : {}),
              ...(p.target ? { target: [toFile(target, p.target[0]), toFile(target, p.target[1])] as [number, number] } : {}),
            })),
          },
        }
      : {}),
  };
}
