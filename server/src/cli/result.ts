/** What the CLI checked, per file: the input to every output formatter. */
import type { Finding } from '../engine/types';
import { lineOf } from '../engine/article';

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
