/**
 * What the server keeps per open document: the outcome of its last check (diagnostics, findings,
 * the source it was checked against) and the state of its scheduled and running checks.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';
import type { DocumentInfo } from './protocol';

export interface Outcome {
  version: number;
  generation: number;
  resultId: string;
  diagnostics: Diagnostic[];
  findings: Finding[];
  /** Text each finding covered, for hovers on a moved-on document. */
  info: DocumentInfo;
  /** Checked with a source: the source document, its findings as diagnostics, and the alignment (offset ranges). */
  pair?: {
    uri: string;
    text: string;
    diagnostics: Diagnostic[];
    alignment: { source?: [number, number]; target?: [number, number] }[];
  };
}

export interface DocState {
  timer?: ReturnType<typeof setTimeout>;
  /** Duration of the last check (ms): long checks are debounced at least that long, so typing in a huge document is never blocked check after check. */
  lastMs?: number;
  /** When the last check ended (performance.now()). */
  lastEnd?: number;
  running: boolean;
  rerun: boolean;
  outcome?: Outcome;
  waiters: { resolve: (o: Outcome | undefined) => void }[];
  noticeShown?: boolean;
  /** Its source changed since its last check: the outcome is stale although the document is not. */
  sourceChanged?: boolean;
}

/** The documents' states by URI (one map per server). */
export class DocumentStates {
  private readonly map = new Map<string, DocState>();

  get(uri: string): DocState | undefined {
    return this.map.get(uri);
  }

  /** The state of `uri`, created when there is none. */
  ensure(uri: string): DocState {
    let s = this.map.get(uri);
    if (!s) {
      s = { running: false, rerun: false, waiters: [] };
      this.map.set(uri, s);
    }
    return s;
  }

  delete(uri: string): void {
    this.map.delete(uri);
  }

  [Symbol.iterator](): IterableIterator<[string, DocState]> {
    return this.map.entries();
  }
}

/** Whether the last check's outcome is for this version of the document, its source and the configuration. */
export function isFresh(doc: TextDocument, s: DocState | undefined, generation: number): boolean {
  return !!s?.outcome && !s.sourceChanged && s.outcome.version === doc.version && s.outcome.generation === generation;
}

/** The aligned pair of a check at a target offset (only while the document is at the checked version). */
export function alignedAt(outcome: Outcome, offset: number, version: number): { source?: [number, number]; target?: [number, number]; text: string } | undefined {
  if (!outcome.pair || outcome.version !== version) return undefined;
  const p = outcome.pair.alignment.find((a) => a.target && a.target[0] <= offset && offset <= a.target[1]);
  if (!p?.source) return undefined;
  return { ...p, text: outcome.pair.text.slice(p.source[0], p.source[1]) };
}
