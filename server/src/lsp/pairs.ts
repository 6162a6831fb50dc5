/**
 * The language server's side of source-aware checking: finding the source of an open document
 * (the project layer's pairing rules, with open documents counting as existing files and their
 * unsaved text used), turning related locations into LSP related information, and placing the
 * source's findings on the source document.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CalqueConfig } from '../engine/config';
import type { Finding } from '../engine/types';
import { findSource } from '../node/pairs';
import { readTextFile } from '../node/files';

export interface SourceDocument {
  uri: string;
  text: string;
  format: 'markdown' | 'plaintext';
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The source of an open document: by the `pairs` setting or by name; its text from the editor
 * when it is open (unsaved edits count), else from disk.
 */
export function sourceOf(uri: string, config: CalqueConfig, openText: (uri: string) => string | undefined, formatOf: (uri: string) => 'markdown' | 'plaintext'): SourceDocument | undefined {
  const path = pathOf(uri);
  if (!path) return undefined;
  const found = findSource(path, config, (p) => openText(pathToFileURL(p).toString()) !== undefined || existsSync(p));
  if (!found) return undefined;
  const sUri = pathToFileURL(found.source).toString();
  let text = openText(sUri);
  if (text === undefined) {
    try {
      text = readTextFile(found.source, config.maxFileSize).text;
    } catch {
      return undefined;
    }
  }
  return { uri: sUri, text, format: formatOf(sUri) };
}

/** LSP related information of a finding: locations in the source or target document. */
export function relatedInformation(f: Finding, docs: { source?: { uri: string; doc: TextDocument }; target: { uri: string; doc: TextDocument } }): DiagnosticRelatedInformation[] | undefined {
  if (!f.related?.length) return undefined;
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of f.related) {
    const d = r.side === 'source' ? (docs.source ?? docs.target) : docs.target;
    out.push({ location: { uri: d.uri, range: { start: d.doc.positionAt(r.start), end: d.doc.positionAt(r.end) } }, message: r.message ?? (r.side === 'source' ? 'in the source' : 'in the translation') });
  }
  return out;
}

/** Adds related information to diagnostics made from `findings` (same order). */
export function withRelated(diagnostics: Diagnostic[], findings: readonly Finding[], docs: Parameters<typeof relatedInformation>[1]): Diagnostic[] {
  findings.forEach((f, i) => {
    const info = relatedInformation(f, docs);
    if (info && diagnostics[i]) diagnostics[i]!.relatedInformation = info;
  });
  return diagnostics;
}
