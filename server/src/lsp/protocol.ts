/**
 * Calque's own LSP messages, shared by the server and the VS Code client. Type-only plus
 * method names: importing this file never pulls the engine into the extension host.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol';

/** Server -> client notification after every check of an open document. */
export const DOCUMENT_INFO_NOTIFICATION = 'calque/documentInfo';
/** Client -> server request: the latest info for a document (null when unknown). */
export const DOCUMENT_INFO_REQUEST = 'calque/getDocumentInfo';
/** Client -> server request: check one file on disk (Check Workspace). */
export const CHECK_FILE_REQUEST = 'calque/checkFile';
/** Client -> server request: the source sentence aligned with a position of a translation (null when none). */
export const ALIGNED_SOURCE_REQUEST = 'calque/alignedSource';

export interface AlignedSourceParams {
  uri: string;
  position: { line: number; character: number };
}

export interface AlignedSourceResult {
  /** The source document (the same document for XLIFF and PO). */
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The source sentence's text. */
  text: string;
}

export interface DocumentInfo {
  uri: string;
  version: number | null;
  /** BCP 47 tag of the document (target) language. */
  language: string;
  languageSource: 'config' | 'detected' | 'fallback';
  sourceLanguages: string[];
  findings: number;
  /** True when only the first part of the document was checked (maxFileSize). */
  truncated: boolean;
  /** The source this document was checked against (a paired article), when it has one. */
  sourceUri?: string;
  /** 'article' | 'phrasebook' | 'disabled' */
  kind: 'article' | 'phrasebook' | 'disabled';
}

export interface CheckFileParams {
  uri: string;
}

export interface CheckFileResult {
  uri: string;
  diagnostics: Diagnostic[];
  language?: string;
  /** Set when the file could not be checked (unreadable, binary, unsupported encoding). */
  error?: string;
  truncated?: boolean;
}

/** The data a Calque diagnostic carries so code actions need no re-check. */
export interface DiagnosticData {
  v: 1;
  rule: string;
  category: string;
  /** The flagged text at the time of the check: code actions are offered only while it is unchanged. */
  text: string;
  /** The sentence the finding is in (for stored suppressions). */
  sentence: string;
  format: 'plaintext' | 'markdown';
  fixes: DataFix[];
  /** Names findings: the spelling to add to the glossary and the variants it replaces. */
  names?: { preferred: string; variants: string[]; renames?: DataEdit[] };
  /** The rule's own extra data, unchanged. */
  extra?: Record<string, unknown>;
}

export interface DataEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
  /** The text the edit replaces (checked before the edit is offered). */
  old: string;
}

export interface DataFix {
  title: string;
  safe: boolean;
  edits: DataEdit[];
}
