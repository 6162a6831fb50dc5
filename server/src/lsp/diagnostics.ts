/**
 * Findings -> LSP diagnostics. This file only converts: positions (UTF-16 offsets -> line/character,
 * which is what LSP counts by default), severity, code + documentation link, and `data` carrying
 * everything the code actions need (fixes as LSP ranges, rule id, sentence text, name data), so a
 * code action never re-checks the document.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Block, Finding, TextEdit } from '../engine/types';
import { SEVERITY_NUMBER } from '../engine/types';
import { sentenceAt } from '../engine/suppress';
import type { DataEdit, DataFix, DiagnosticData } from './protocol';
import pkg from '../../../package.json' with { type: 'json' };

export const SOURCE = 'calque';

/** https://github.com/owner/repo (from package.json "repository"), without `.git`. */
export function repositoryUrl(): string {
  const repo = (pkg as { repository?: string | { url?: string } }).repository;
  const url = typeof repo === 'string' ? repo : (repo?.url ?? '');
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '');
}

const REPO = repositoryUrl();

export function ruleDocUrl(ruleId: string): string {
  return `${REPO}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

function toDataEdit(doc: TextDocument, text: string, e: TextEdit): DataEdit {
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText, old: text.slice(e.start, e.end) };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/**
 * Name data for the glossary action. Reads the names rule's `data`: `preferred` (string),
 * `variants` or `variant` (strings), and optional `occurrences` ({start, end} of spellings
 * to rename in this document).
 */
function namesData(doc: TextDocument, text: string, f: Finding): DiagnosticData['names'] {
  const d = f.data;
  if (!d) return undefined;
  const preferred = str(d.preferred) ?? str(d.canonical);
  if (!preferred) return undefined;
  const variants: string[] = [];
  if (Array.isArray(d.variants)) for (const v of d.variants) if (typeof v === 'string' && v !== preferred) variants.push(v);
  const single = str(d.variant);
  if (single && single !== preferred && !variants.includes(single)) variants.push(single);
  let renames: DataEdit[] | undefined;
  if (Array.isArray(d.occurrences)) {
    renames = [];
    for (const o of d.occurrences as { start?: unknown; end?: unknown }[]) {
      if (typeof o?.start !== 'number' || typeof o.end !== 'number' || o.start < 0 || o.end > text.length || o.end < o.start) continue;
      if (text.slice(o.start, o.end) === preferred) continue;
      renames.push(toDataEdit(doc, text, { start: o.start, end: o.end, newText: preferred }));
    }
  }
  return { preferred, variants, ...(renames && renames.length ? { renames } : {}) };
}

export function toDiagnostic(doc: TextDocument, text: string, blocks: readonly Block[], format: 'plaintext' | 'markdown', f: Finding): Diagnostic {
  const fixes: DataFix[] = f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => toDataEdit(doc, text, e)) }));
  const names = f.category === 'names' ? namesData(doc, text, f) : undefined;
  const data: DiagnosticData = {
    v: 1,
    rule: f.ruleId,
    category: f.category,
    text: text.slice(f.start, f.end),
    sentence: sentenceAt(text, blocks, f.start),
    format,
    fixes,
    ...(names ? { names } : {}),
    ...(f.data ? { extra: f.data } : {}),
  };
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY_NUMBER[f.severity] as DiagnosticSeverity,
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: SOURCE,
    message: f.message,
    data,
  };
}

export function toDiagnostics(doc: TextDocument, text: string, blocks: readonly Block[], format: 'plaintext' | 'markdown', findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => toDiagnostic(doc, text, blocks, format, f));
}
