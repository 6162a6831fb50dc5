/**
 * The Calque VS Code extension: starts the bundled language server (dist/server.js, node IPC)
 * and talks to it only through LSP. It never loads the engine into the extension host.
 *
 *  - restarts the server when it crashes; after repeated crashes it stops and says so;
 *  - commands: Check Workspace, Fix All in Document, Show Output, Restart Server;
 *  - a status bar item: the document language (and source language) and the number of findings.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  CloseAction,
  ErrorAction,
  State,
  RevealOutputChannelOn,
  type LanguageClientOptions,
  type ServerOptions,
  type DocumentSelector,
} from 'vscode-languageclient/node';
import { ALIGNED_SOURCE_REQUEST, CHECK_FILE_REQUEST, DOCUMENT_INFO_NOTIFICATION, DOCUMENT_INFO_REQUEST, type AlignedSourceResult, type CheckFileResult, type DocumentInfo } from '../../server/src/lsp/protocol';

const FIX_ALL_KIND = 'source.fixAll.calque';
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: vscode.StatusBarItem;
let workspaceProblems: vscode.DiagnosticCollection;
const infos = new Map<string, DocumentInfo>();
let crashes: number[] = [];
let selector: DocumentSelector = [];

function buildSelector(): DocumentSelector {
  const cfg = vscode.workspace.getConfiguration('calque');
  const items = cfg.get<unknown[]>('documentSelector') ?? ['plaintext', 'markdown'];
  const out: { language?: string; pattern?: string; scheme?: string }[] = [];
  for (const it of Array.isArray(items) ? items : []) {
    if (typeof it === 'string' && it) out.push({ language: it });
    else if (it && typeof it === 'object') {
      const o = it as { language?: unknown; pattern?: unknown; scheme?: unknown };
      const sel: { language?: string; pattern?: string; scheme?: string } = {};
      if (typeof o.language === 'string') sel.language = o.language;
      if (typeof o.pattern === 'string') sel.pattern = o.pattern;
      if (typeof o.scheme === 'string') sel.scheme = o.scheme;
      if (sel.language || sel.pattern) out.push(sel);
    }
  }
  const withSchemes = out.flatMap((s) => (s.scheme ? [s] : [{ ...s, scheme: 'file' }, { ...s, scheme: 'untitled' }]));
  // Bilingual files (XLIFF, PO) are always checked, whatever language id an extension gives them.
  return [...withSchemes, { pattern: '**/*.{xlf,xliff,po}', scheme: 'file' }, { language: 'calque-phrasebook', scheme: 'file' }, { language: 'calque-phrasebook', scheme: 'untitled' }] as DocumentSelector;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  selector = buildSelector();
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    synchronize: { configurationSection: 'calque' },
    diagnosticCollectionName: 'calque',
    // VS Code shows each diagnostic's message in the hover: the server's hover adds only the rest.
    // It validates .calque.json with calque.schema.json (jsonValidation): the server reports only what the schema cannot tell.
    initializationOptions: { diagnosticsInHover: true, configSchemaInEditor: true },
    errorHandler: {
      error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const now = Date.now();
        crashes = crashes.filter((t) => now - t < RESTART_WINDOW_MS);
        crashes.push(now);
        if (crashes.length <= MAX_RESTARTS) {
          output.info(`the language server stopped; restarting (${crashes.length}/${MAX_RESTARTS} within 3 minutes)`);
          return { action: CloseAction.Restart, handled: true };
        }
        void vscode.window
          .showErrorMessage(`Calque: the language server crashed ${crashes.length} times in 3 minutes and was not restarted.`, 'Show Output', 'Restart Server')
          .then((choice) => {
            if (choice === 'Show Output') output.show();
            else if (choice === 'Restart Server') void vscode.commands.executeCommand('calque.restartServer');
          });
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  const c = new LanguageClient('calque', 'Calque', serverOptions, clientOptions);
  c.onDidChangeState((e) => {
    if (e.newState === State.Running) {
      c.onNotification(DOCUMENT_INFO_NOTIFICATION, (info: DocumentInfo) => {
        if (info && typeof info.uri === 'string') {
          infos.set(info.uri, info);
          updateStatus();
        }
      });
    }
    updateStatus();
  });
  return c;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  try {
    await client.start();
  } catch (e) {
    output.info(`could not start the language server: ${(e as Error).message}`);
    void vscode.window.showErrorMessage(`Calque: could not start the language server (${(e as Error).message}).`, 'Show Output').then((c) => c && output.show());
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  crashes = [];
  const old = client;
  client = undefined;
  if (old) {
    try {
      await old.dispose(3000);
    } catch {
      /* already stopped */
    }
  }
  infos.clear();
  await startClient(context);
  updateStatus();
}

function isCalqueDocument(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(selector as vscode.DocumentSelector, doc) > 0;
}

/** From this many lines a document's re-check is long enough to show "checking…" in the status bar. */
const LARGE_DOCUMENT_LINES = 1000;

function updateStatus(): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isCalqueDocument(editor.document) || !vscode.workspace.getConfiguration('calque', editor.document.uri).get<boolean>('enable', true)) {
    status.hide();
    return;
  }
  const uri = editor.document.uri;
  const count = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'calque').length;
  const info = infos.get(uri.toString());
  const running = client?.state === State.Running;
  let lang = '';
  if (info && info.kind === 'article' && info.language) {
    lang = info.language + (info.sourceLanguages.length ? ` ← ${info.sourceLanguages.join(', ')}` : '');
  }
  // A large document being checked (no result yet, or its last result is for an older version): say so.
  const checking = running && editor.document.lineCount >= LARGE_DOCUMENT_LINES && (!info || (info.version !== null && info.version < editor.document.version));
  status.text = checking ? `$(sync~spin) Calque${lang ? ` ${lang}` : ''}: checking…` : `${running ? '$(checklist)' : '$(warning)'} Calque${lang ? ` ${lang}` : ''}: ${count}`;
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(running ? '' : '**The Calque server is not running** (Calque: Restart Server)\n\n');
  if (info?.kind === 'article') {
    tip.appendMarkdown(`Document language: **${info.language || 'unknown'}** (${info.languageSource})\n\n`);
    if (info.sourceLanguages.length) tip.appendMarkdown(`Source language: **${info.sourceLanguages.join(', ')}**\n\n`);
    if (info.truncated) tip.appendMarkdown('Only the first part of this document is checked (maxFileSize).\n\n');
  }
  tip.appendMarkdown(`${count} ${count === 1 ? 'finding' : 'findings'} — click to open the Problems panel`);
  status.tooltip = tip;
  status.show();
}

async function checkWorkspace(): Promise<void> {
  const c = client;
  if (!c || c.state !== State.Running) {
    void vscode.window.showWarningMessage('Calque: the language server is not running.');
    return;
  }
  const cfg = vscode.workspace.getConfiguration('calque');
  const include = cfg.get<string>('checkWorkspace.include') || '**/*.{md,markdown,txt}';
  const exclude = cfg.get<string>('checkWorkspace.exclude') || '**/{node_modules,.git,dist,out,build}/**';
  const maxFiles = cfg.get<number>('checkWorkspace.maxFiles') || 5000;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Calque: checking workspace', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(include, exclude, maxFiles, token);
      workspaceProblems.clear();
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      let done = 0;
      let findings = 0;
      let failed = 0;
      for (const file of files) {
        if (token.isCancellationRequested) break;
        done++;
        progress.report({ increment: 100 / Math.max(1, files.length), message: `${done}/${files.length} ${vscode.workspace.asRelativePath(file)}` });
        if (open.has(file.toString())) {
          findings += vscode.languages.getDiagnostics(file).filter((d) => d.source === 'calque').length;
          continue; // its live diagnostics are already in the Problems panel
        }
        try {
          const res = await c.sendRequest<CheckFileResult>(CHECK_FILE_REQUEST, { uri: file.toString() }, token);
          if (res.error) {
            failed++;
            output.info(`${file.fsPath}: ${res.error}`);
            continue;
          }
          const diags = await c.protocol2CodeConverter.asDiagnostics(res.diagnostics);
          findings += diags.length;
          workspaceProblems.set(file, diags);
        } catch (e) {
          if (token.isCancellationRequested) break;
          failed++;
          output.info(`${file.fsPath}: ${(e as Error).message}`);
        }
      }
      const cancelled = token.isCancellationRequested ? ' (cancelled)' : '';
      void vscode.window.showInformationMessage(`Calque: ${findings} ${findings === 1 ? 'finding' : 'findings'} in ${done} of ${files.length} files${cancelled}${failed ? `; ${failed} could not be read (see Calque output)` : ''}.`);
      if (findings > 0) void vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    },
  );
}

/** Calque: Show Source Sentence — the source sentence aligned with the cursor, in an editor beside the translation. */
async function showSource(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client || client.state !== State.Running) return;
  const r = await client.sendRequest<AlignedSourceResult | null>(ALIGNED_SOURCE_REQUEST, { uri: editor.document.uri.toString(), position: { line: editor.selection.active.line, character: editor.selection.active.character } });
  if (!r) {
    void vscode.window.showInformationMessage('Calque: no source sentence here (the document has no source, or this sentence has none).');
    return;
  }
  const range = new vscode.Range(r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character);
  const sameDoc = r.uri === editor.document.uri.toString();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(r.uri));
  const shown = await vscode.window.showTextDocument(doc, { viewColumn: sameDoc ? editor.viewColumn : vscode.ViewColumn.Beside, preserveFocus: !sameDoc, selection: range });
  shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isCalqueDocument(editor.document)) {
    void vscode.window.showInformationMessage('Calque: open a text or Markdown document to fix.');
    return;
  }
  const doc = editor.document;
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, FIX_ALL_KIND)) ?? [];
  const fix = actions.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  if (!fix?.edit) {
    void vscode.window.showInformationMessage('Calque: no safe fixes in this document.');
    return;
  }
  await vscode.workspace.applyEdit(fix.edit);
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
  output = vscode.window.createOutputChannel('Calque', { log: true });
  status = vscode.window.createStatusBarItem('calque.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Calque';
  // Opens (and focuses) the Problems panel; VS Code's own toggle command would close it when open.
  status.command = 'workbench.panel.markers.view.focus';
  workspaceProblems = vscode.languages.createDiagnosticCollection('calque-workspace');
  context.subscriptions.push(output, status, workspaceProblems);

  context.subscriptions.push(
    vscode.commands.registerCommand('calque.checkWorkspace', checkWorkspace),
    vscode.commands.registerCommand('calque.fixAll', fixAll),
    vscode.commands.registerCommand('calque.showSource', showSource),
    vscode.commands.registerCommand('calque.showOutput', () => output.show()),
    vscode.commands.registerCommand('calque.restartServer', () => restart(context)),
    vscode.window.onDidChangeActiveTextEditor(async (editor) => {
      updateStatus();
      const uri = editor?.document.uri.toString();
      if (uri && client?.state === State.Running && !infos.has(uri) && isCalqueDocument(editor!.document)) {
        try {
          const info = await client.sendRequest<DocumentInfo | null>(DOCUMENT_INFO_REQUEST, { uri });
          if (info) infos.set(uri, info);
          updateStatus();
        } catch {
          /* server busy or restarting */
        }
      }
    }),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document && e.document.lineCount >= LARGE_DOCUMENT_LINES) updateStatus();
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => workspaceProblems.delete(doc.uri)),
    vscode.workspace.onDidCloseTextDocument((doc) => infos.delete(doc.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('calque.documentSelector')) void restart(context);
      else updateStatus();
    }),
  );

  await startClient(context);
  updateStatus();
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop(2000).catch(() => undefined);
}
