/**
 * `--format json`: a stable contract for tools (version 1). Positions are LSP positions:
 * 0-based lines, UTF-16 code-unit characters.
 */
import { SEVERITY_NUMBER } from '../../engine/types';
import type { FileResult, FormatOptions } from '../result';
import { positionAt, relatedOf } from '../result';

export function toJsonReport(results: FileResult[]) {
  return {
    version: 1,
    files: results.map((r) => ({
      path: r.path,
      language: r.language,
      ...(r.sourceLanguage ? { sourceLanguage: r.sourceLanguage, sourceLanguageSource: r.sourceLanguageSource } : {}),
      ...(r.role && r.pair ? { role: r.role, ...(r.role === 'target' ? { source: r.pair.source.path } : { target: r.pair.target.path }) } : {}),
      diagnostics: r.findings.map((f) => ({
        range: { start: positionAt(r, f.start), end: positionAt(r, f.end) },
        severity: SEVERITY_NUMBER[f.severity],
        code: f.ruleId,
        category: f.category,
        source: 'calque',
        message: f.message,
        fixes: f.fixes.map((x) => ({
          title: x.title,
          safe: x.safe,
          edits: x.edits.map((e) => ({ range: { start: positionAt(r, e.start), end: positionAt(r, e.end) }, newText: e.newText })),
        })),
        ...(f.data ? { data: f.data } : {}),
        ...(f.related?.length && r.pair ? { relatedInformation: relatedOf(r, f).map((x) => ({ location: { path: x.path, range: x.range }, message: x.message })) } : {}),
      })),
    })),
  };
}

export function formatJson(results: FileResult[], _opts: FormatOptions): string {
  return JSON.stringify(toJsonReport(results), null, 2) + '\n';
}
