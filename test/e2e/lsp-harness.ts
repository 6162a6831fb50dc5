/**
 * A small LSP client for tests: spawns the bundled server (dist/server.js --stdio) and drives
 * it over JSON-RPC with vscode-languageserver-protocol, like an editor would.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type Diagnostic, type PublishDiagnosticsParams, type TextEdit, type WorkspaceEdit, type ClientCapabilities } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

export interface Harness {
  proc: ChildProcessWithoutNullStreams;
  conn: ProtocolConnection;
  settings: Record<string, unknown>;
  published: Map<string, PublishDiagnosticsParams[]>;
  messages: { type: number; message: string }[];
  /** window/logMessage lines (the editor's output channel). */
  logs: { type: number; message: string }[];
  registrations: unknown[];
  /** The server's InitializeResult. */
  init: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  stderr: () => string;
  /** Resolves with the next publishDiagnostics for `uri` satisfying `pred`. */
  nextDiagnostics(uri: string, pred?: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  close(): Promise<void>;
}

export function capabilities(opts: { pull?: boolean; progress?: boolean; noCreate?: boolean } = {}): ClientCapabilities {
  return {
    window: { workDoneProgress: !!opts.progress },
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      // Neovim 0.7 creates no files through edits (noCreate).
      workspaceEdit: opts.noCreate ? { documentChanges: false } : { documentChanges: true, resourceOperations: ['create'] },
      workspaceFolders: true,
      diagnostics: opts.pull ? { refreshSupport: true } : undefined,
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

export async function startHarness(rootDir: string, opts: { pull?: boolean; progress?: boolean; settings?: Record<string, unknown>; folders?: string[]; initializationOptions?: Record<string, unknown>; noCreate?: boolean } = {}): Promise<Harness> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: rootDir, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr.on('data', (b) => (err += b.toString()));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const h: Harness = {
    proc,
    conn,
    settings: opts.settings ?? {},
    published: new Map(),
    messages: [],
    logs: [],
    registrations: [],
    init: { capabilities: {} },
    stderr: () => err,
    nextDiagnostics: () => Promise.reject(new Error('not ready')),
    close: async () => {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      await new Promise((r) => setTimeout(r, 100));
      if (proc.exitCode === null) proc.kill();
      conn.dispose();
    },
  };
  const waiters: { uri: string; pred: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = h.published.get(p.uri) ?? [];
    list.push(p);
    h.published.set(p.uri, list);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.uri === p.uri && w.pred(p.diagnostics)) {
        waiters.splice(i, 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  h.nextDiagnostics = (uri, pred = () => true, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
      waiters.push({ uri, pred, resolve: (d) => (clearTimeout(t), resolve(d)) });
    });
  conn.onNotification('window/showMessage', (m: { type: number; message: string }) => {
    h.messages.push(m);
  });
  conn.onNotification('window/logMessage', (m: { type: number; message: string }) => {
    h.logs.push(m);
  });
  conn.onNotification('calque/documentInfo', () => undefined);
  conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'calque' ? h.settings : null)));
  conn.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
    h.registrations.push(...p.registrations);
    return null;
  });
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.listen();
  const rootUri = new URL('file://' + rootDir + '/').toString().replace(/\/$/, '');
  const folders = (opts.folders ?? [rootDir]).map((f, i) => ({ uri: new URL('file://' + f + '/').toString().replace(/\/$/, ''), name: `ws${i}` }));
  h.init = await conn.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: folders, capabilities: capabilities(opts), ...(opts.initializationOptions ? { initializationOptions: opts.initializationOptions } : {}) });
  conn.sendNotification('initialized', {});
  return h;
}

/** Applies LSP edits to a text (what an editor does with a WorkspaceEdit). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), edits);
}

/** The text edits a WorkspaceEdit makes to `uri`. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  for (const [u, e] of Object.entries(edit.changes ?? {})) if (u === uri) out.push(...e);
  return out;
}

/** Incremental content changes equivalent to `edits` (applied last-first so positions stay valid). */
export function asContentChanges(edits: TextEdit[]): { range: TextEdit['range']; text: string }[] {
  return [...edits]
    .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
    .map((e) => ({ range: e.range, text: e.newText }));
}

/** 0-based line/character (UTF-16) of an offset, computed independently of the server. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}
