/**
 * What the parts of one language server share: the connection, the open documents and their
 * states, the engine, what the client supports, the check generation and logging. One per
 * startServer() (tests start several servers in one process), handed to each module explicitly.
 */
import { TextDocuments, ShowMessageNotification, MessageType, ResponseError, ErrorCodes, type Connection, type WorkspaceFolder } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Engine } from '../engine/engine';
import { DocumentStates } from './documentState';
import { DEFAULT_DEBOUNCE_MS } from './settings';

export class ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  /** One per server: it caches tokenisation and rule results per paragraph. */
  readonly engine = new Engine();
  readonly states = new DocumentStates();
  /** Bumped when the configuration or the workspace index changes: older outcomes are stale. */
  generation = 0;
  /** A `shutdown` request was answered: later requests get InvalidRequest (LSP 3.17, "shutdown"). */
  shutDown = false;
  private resultSeq = 0;
  folders: WorkspaceFolder[] = [];
  // What the client supports (from initialize).
  pull = false;
  canConfigure = false;
  canWatchDynamically = false;
  canRefreshDiagnostics = false;
  docChanges = false;
  resourceCreate = false;
  workDoneProgress = false;
  /**
   * The client shows a diagnostic's message in the hover itself (VS Code does; it says so in
   * initializationOptions.diagnosticsInHover): Calque's hover then adds only what the message lacks.
   */
  diagnosticsInHover = false;
  /** The client validates .calque.json with calque.schema.json (VS Code's jsonValidation; initializationOptions.configSchemaInEditor). */
  configSchemaInEditor = false;
  /** Settings from initializationOptions, and the last ones pushed with didChangeConfiguration. */
  initSettings: unknown;
  pushedSettings: unknown;
  /** From the settings of the configuration resolved last. */
  debounceMs = DEFAULT_DEBOUNCE_MS;

  /** Throws InvalidRequest once the server has been shut down (call first in every request handler). */
  assertRunning(): void {
    if (this.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server has been shut down');
  }
  /** Warnings already shown (cleared when the configuration changes). */
  readonly shownWarnings = new Set<string>();

  constructor(readonly connection: Connection) {}

  nextResultId(): string {
    return String(++this.resultSeq);
  }

  log(msg: string): void {
    try {
      this.connection.console.log(msg);
    } catch {
      /* connection gone */
    }
  }

  /** An information line for the editor's output (configuration, phrasebooks, language decisions). */
  info(msg: string): void {
    try {
      this.connection.console.info(msg);
    } catch {
      /* connection gone */
    }
  }

  logError(where: string, e: unknown): void {
    try {
      this.connection.console.error(`${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } catch {
      /* connection gone */
    }
  }

  warnOnce(message: string): void {
    if (this.shownWarnings.has(message)) return;
    this.shownWarnings.add(message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  }

  /** Asks a pull client to pull diagnostics again (when it supports that). */
  refreshDiagnostics(): void {
    if (this.pull && this.canRefreshDiagnostics) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
  }
}
