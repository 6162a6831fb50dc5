/** What the CLI checked, per file: the input to every output formatter. */
import type { Finding } from '../engine/types';
import { lineOf } from '../engine/lines';

export interface FileResult {
  /** Path as given/relative to cwd (or the --stdin-filename). */
  path: string;
  language: string;
  sourceLanguage?: string;
  /** 'config' when configured, 'inferred' when Calque found evidence of it in the text. */
  sourceLanguageSource?: 'config' | 'inferred';
  findings: Finding[];
  text: string;
  lineStarts: number[];
  /** Fixes applied by --fix (count). */
  fixed?: number;
  /**
   * Checked as part of a translation pair: the two documents that findings' `related`
   * locations point into (for XLIFF/PO both sides are this file).
   */
  pair?: { source: PairedFile; target: PairedFile };
  /** This file was read as the source of the pair, not checked as an article. */
  role?: 'source' | 'target';
  /** With --fix: why the fixes could not be written (read-only, hard links, changed on disk); the findings are those of the file as it is. */
  notWritten?: string;
}

/** One document of a pair, for placing related locations. */
export interface PairedFile {
  path: string;
  text: string;
  lineStarts: number[];
}

/** Related locations of a finding as paths and LSP ranges (in the other document of the pair). */
export function relatedOf(r: FileResult, f: Finding): { path: string; range: { start: Position; end: Position }; message: string }[] {
  if (!f.related || !r.pair) return [];
  return f.related.map((x) => {
    const doc = r.pair![x.side];
    return { path: doc.path, range: { start: positionAt(doc, x.start), end: positionAt(doc, x.end) }, message: x.message ?? (x.side === 'source' ? 'in the source' : 'in the translation') };
  });
}

export interface Position {
  line: number;
  character: number;
}

/** 0-based LSP position (UTF-16 code units) of an offset. */
export function positionAt(r: Pick<FileResult, 'lineStarts'>, offset: number): Position {
  const line = lineOf(r.lineStarts, offset);
  return { line, character: offset - r.lineStarts[line]! };
}

export interface FormatOptions {
  cwd: string;
  color: boolean;
  quiet: boolean;
  version: string;
}

export type Formatter = (results: FileResult[], opts: FormatOptions) => string;

/**
 * A source read with several of its translations gets one result: the findings of a later reading
 * join the first one's (each once), in text order.
 */
export function joinSourceFindings(into: FileResult, more: FileResult): void {
  const key = (f: Finding) => `${f.start}:${f.end}:${f.ruleId}:${f.message}`;
  const seen = new Set(into.findings.map(key));
  for (const f of more.findings) if (!seen.has(key(f))) into.findings.push(f);
  into.findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
