/**
 * The Calque language server: a thin adapter over the engine.
 *
 *  - one Engine per server (it caches tokenisation and rule results per paragraph, so a check
 *    after an edit re-analyses only the paragraphs that changed);
 *  - incremental sync; checks are debounced per document and a newer edit supersedes the
 *    pending check (its result is dropped if the document moved on meanwhile);
 *  - push diagnostics, or answer pull diagnostics when the client supports them (never both);
 *  - code actions from diagnostic data (codeActions.ts), hovers from the last check;
 *  - configuration: workspace/configuration (section `calque`) over `.calque.json`;
 *    `.calque.json` and `*.calque` changes re-check open documents;
 *  - documents larger than `maxFileSize` are checked up to that size, with one notice.
 * Nothing a client sends may crash it: unknown documents, bad positions, bad settings and
 * engine exceptions are answered with empty results and a log line.
 *
 * This file wires the parts together; each server has its own ServerContext (context.ts):
 *  - configResolver.ts  configuration per document, config errors, phrasebooks;
 *  - scheduler.ts       debouncing and running checks, waiting for a fresh outcome;
 *  - checker.ts         the check of one document; publisher.ts publishes its diagnostics
 *                       and those its translations place on it;
 *  - lifecycle.ts, hover.ts, codeActionHandler.ts, requests.ts: the LSP handlers.
 */
import { DocumentDiagnosticReportKind, ResponseError, LSPErrorCodes, type Connection } from 'vscode-languageserver/node';
import { ServerContext } from './context';
import { ConfigResolver } from './configResolver';
import { DocumentChecker } from './checker';
import { Publisher } from './publisher';
import { Scheduler } from './scheduler';
import { WorkspaceIndexer } from './workspaceIndex';
import { registerLifecycle } from './lifecycle';
import { registerHover } from './hover';
import { registerCodeActions } from './codeActionHandler';
import { registerRequests } from './requests';
import { defaultConnection } from './transport';
import { setFlagsFromString } from 'node:v8';

export { formatOf, truncateForCheck } from './util';

export interface ServerOptions {
  connection?: Connection;
}

/**
 * V8 lets a process's heap grow to up to four times what survived the last full collection
 * before collecting again. A server checking document after document allocates fast, so it got
 * the full factor: 200 open 50 KB articles (150 MB alive) held 500 MB of memory. Growing by
 * 60 % instead keeps it near 330 MB; 30 % gave 310 MB but collected often enough to push the
 * 95th percentile of a re-check after a keystroke (50 KB) from 17 to 20–23 ms, 60 % keeps it
 * at 14–19 ms. Only for a server process of its own (not an in-process server of a test or an
 * embedding tool).
 */
export const HEAP_GROWING_PERCENT = 60;

function limitHeapGrowth(): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  } catch {
    // A runtime without the flag keeps V8's default.
  }
}

export function startServer(options: ServerOptions = {}): Connection {
  if (!options.connection) limitHeapGrowth();
  const connection: Connection = options.connection ?? defaultConnection();
  const ctx = new ServerContext(connection);
  const { documents } = ctx;

  process.on('uncaughtException', (e) => ctx.logError('uncaught exception', e));
  process.on('unhandledRejection', (e) => ctx.logError('unhandled rejection', e));

  const indexer = new WorkspaceIndexer({
    engine: ctx.engine,
    connection,
    canReportProgress: () => ctx.workDoneProgress,
    log: (msg) => ctx.log(msg),
    // Names in other documents changed what open documents should report.
    onIndexed: () => scheduler.recheckAll(),
  });
  const config = new ConfigResolver(ctx, () => {
    indexer.reset();
    scheduler.recheckAll();
  });
  const checker = new DocumentChecker(ctx, indexer, (uri) => config.folderOf(uri));
  const publisher = new Publisher(ctx);
  const scheduler = new Scheduler(ctx, config, checker, publisher);

  registerLifecycle(ctx, config);

  documents.onDidChangeContent((e) => scheduler.edited(e.document));
  documents.onDidClose((e) => scheduler.closed(e.document.uri));

  // Pull diagnostics: the outcome of the current version, with what translations placed on it.
  connection.languages.diagnostics.on(async (params, token) => {
    ctx.assertRunning();
    const doc = documents.get(params?.textDocument?.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const outcome = await scheduler.fresh(doc, token);
    if (token.isCancellationRequested || !outcome) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer edit', { retriggerRequest: true });
    if (params.previousResultId === outcome.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: outcome.resultId };
    const extra = publisher.contributions(doc.uri);
    if (extra.length) return { kind: DocumentDiagnosticReportKind.Full, items: [...outcome.diagnostics, ...extra] };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: outcome.resultId, items: outcome.diagnostics };
  });

  registerHover(ctx);
  registerCodeActions(ctx, config, scheduler);
  registerRequests(ctx, config);

  documents.listen(connection);
  connection.listen();
  ctx.log(`Calque language server started (pid ${process.pid})`);
  return connection;
}
