/**
 * Initialization and the workspace's notifications: initialize (what the client supports, the
 * server's capabilities), initialized (dynamic registrations), and the changes of settings,
 * watched files (`.calque.json`, `*.calque`) and workspace folders, which re-check open documents.
 */
import {
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ResponseError,
  CodeActionKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../node/config';
import type { ServerContext } from './context';
import { CREATE_CONFIG_COMMAND } from './calqueJson';
import type { ConfigResolver } from './configResolver';
import { FIX_ALL_KIND } from './codeActions';

export function registerLifecycle(ctx: ServerContext, config: ConfigResolver): void {
  const { connection } = ctx;

  let initializeSeen = false;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    if (initializeSeen) throw new ResponseError(-32600, 'initialize was already received');
    initializeSeen = true;
    const caps = params?.capabilities ?? {};
    ctx.pull = !!caps.textDocument?.diagnostic;
    ctx.canConfigure = !!caps.workspace?.configuration;
    ctx.canWatchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    ctx.canRefreshDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
    ctx.docChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    ctx.resourceCreate = ctx.docChanges && !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    ctx.workDoneProgress = !!caps.window?.workDoneProgress;
    ctx.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const init = params.initializationOptions as { settings?: unknown; diagnosticsInHover?: unknown; configSchemaInEditor?: unknown } | undefined;
    ctx.initSettings = init && typeof init === 'object' ? init.settings : undefined;
    ctx.diagnosticsInHover = !!init && typeof init === 'object' && init.diagnosticsInHover === true;
    ctx.configSchemaInEditor = !!init && typeof init === 'object' && init.configSchemaInEditor === true;
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        // A quick fix that needs a new .calque.json where the client cannot create files runs this.
        executeCommandProvider: { commands: [CREATE_CONFIG_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'calque' },
    };
    if (ctx.pull) result.capabilities.diagnosticProvider = { identifier: 'calque', interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  // After shutdown, requests are answered with InvalidRequest (ServerContext.assertRunning);
  // `exit` then ends the process (vscode-languageserver).
  connection.onShutdown(() => {
    ctx.shutDown = true;
  });

  connection.onInitialized(() => {
    if (ctx.canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'calque' }).catch(() => undefined);
    if (ctx.canWatchDynamically) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.calque' }] })
        .catch((e) => ctx.logError('registering file watchers', e));
    }
    try {
      connection.workspace.onDidChangeWorkspaceFolders((ev) => {
        ctx.folders = ctx.folders.filter((f) => !ev.removed.some((r) => r.uri === f.uri)).concat(ev.added);
        config.configurationChanged();
      });
    } catch {
      /* client without workspace folder support */
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const s = (params?.settings as { calque?: unknown } | undefined)?.calque;
    if (s !== undefined) ctx.pushedSettings = s;
    ctx.shownWarnings.clear();
    config.configurationChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const relevant = (params?.changes ?? []).some((c) => typeof c?.uri === 'string' && (c.uri.endsWith('/' + CONFIG_FILE_NAME) || c.uri.toLowerCase().endsWith('.calque')));
    if (relevant) {
      ctx.shownWarnings.clear();
      config.configurationChanged();
    }
  });
}
