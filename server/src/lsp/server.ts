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
 */
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  StreamMessageReader,
  StreamMessageWriter,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ResponseError,
  LSPErrorCodes,
  CodeActionKind,
  DiagnosticSeverity,
  ShowMessageNotification,
  MessageType,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type CodeAction,
  type Hover,
  type WorkspaceFolder,
  type CancellationToken,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Engine } from '../engine/engine';
import { applySafeFixes } from '../engine/fixes';
import type { CalqueConfig } from '../engine/config';
import { mergeConfig, validateConfigValue } from '../engine/config';
import { RULE_IDS } from '../engine/rules/index';
import type { Finding } from '../engine/types';
import { loadConfig, CONFIG_FILE_NAME, type PositionedError } from '../node/config';
import { loadPhrasebooks } from '../node/phrasebooks';
import { readTextFile } from '../node/files';
import { lintPhrasebook } from '../engine/phrasebook/index';
import { toDiagnostics, SOURCE, repositoryUrl } from './diagnostics';
import { WorkspaceIndexer } from './workspaceIndex';
import { quickFixes, wantsFixAll, wantsQuickFixes, documentEdit, FIX_ALL_KIND, type ActionContext } from './codeActions';
import { readSettings, type ServerSettings } from './settings';
import { CHECK_FILE_REQUEST, DOCUMENT_INFO_NOTIFICATION, DOCUMENT_INFO_REQUEST, type CheckFileParams, type CheckFileResult, type DocumentInfo } from './protocol';

type Format = 'plaintext' | 'markdown';

interface Outcome {
  version: number;
  generation: number;
  resultId: string;
  diagnostics: Diagnostic[];
  findings: Finding[];
  /** Text each finding covered, for hovers on a moved-on document. */
  info: DocumentInfo;
}

interface DocState {
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
}

interface ResolvedConfig {
  settings: ServerSettings;
  config: CalqueConfig;
  configPath?: string;
  /** Where a new .calque.json goes when there is none. */
  defaultConfigPath?: string;
}

const PHRASEBOOK_LANGUAGE = 'calque-phrasebook';

export interface ServerOptions {
  connection?: Connection;
}

export function formatOf(uri: string, languageId: string): Format {
  if (languageId === 'markdown' || languageId === 'md') return 'markdown';
  const path = uri.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.md') || path.endsWith('.markdown') || path.endsWith('.mdx')) return 'markdown';
  return 'plaintext';
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts `text` at a paragraph (or line) break so that at most ~maxBytes UTF-8 bytes are checked. */
export function truncateForCheck(text: string, maxBytes: number): { text: string; truncated: boolean; bytes: number } {
  if (text.length * 3 <= maxBytes) return { text, truncated: false, bytes: -1 };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= maxBytes) return { text, truncated: false, bytes };
  let cut = Math.max(0, Math.floor((text.length * maxBytes) / bytes));
  const para = text.lastIndexOf('\n\n', cut);
  const line = text.lastIndexOf('\n', cut);
  if (para > cut / 2) cut = para + 1;
  else if (line > cut / 2) cut = line + 1;
  // never split a surrogate pair
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return { text: text.slice(0, cut), truncated: true, bytes };
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}

/**
 * Passes the stdin byte stream through unchanged while following its LSP framing: every
 * header block must announce a Content-Length that is a whole number of bytes (at most 1 GiB);
 * otherwise the stream can never be read again, and `fatal` is called.
 */
function framingGuard(input: NodeJS.ReadableStream, fatal: (why: string) => void): NodeJS.ReadableStream {
  const out = new PassThrough();
  let header = '';
  let bodyLeft = 0;
  input.on('data', (chunk: Buffer) => {
    let i = 0;
    while (i < chunk.length) {
      if (bodyLeft > 0) {
        const take = Math.min(bodyLeft, chunk.length - i);
        bodyLeft -= take;
        i += take;
        continue;
      }
      const c = chunk[i++]!;
      header += String.fromCharCode(c);
      if (header.length > 8192) return fatal('a message header longer than 8 KB');
      if (header.endsWith('\r\n\r\n')) {
        const m = /(?:^|\r\n)content-length:[ \t]*([^\r\n]*)/i.exec(header);
        const v = m ? m[1]!.trim() : '';
        if (!/^\d{1,10}$/.test(v) || Number(v) > 1 << 30) return fatal(m ? `Content-Length "${v}" is not a byte count` : 'a header without Content-Length');
        bodyLeft = Number(v);
        header = '';
      }
    }
    out.write(chunk);
  });
  input.on('end', () => out.end());
  input.on('error', (e) => out.destroy(e as Error));
  return out;
}

/**
 * The connection for the command-line transport. Over stdio, a message stream that cannot be
 * parsed any more (a bad Content-Length) cannot recover: the server exits, so the editor
 * restarts it, instead of hanging alive and mute.
 */
function defaultConnection(): Connection {
  if (process.argv.includes('--stdio')) {
    const fatal = (why: string): never => {
      process.stderr.write(`calque: unreadable LSP message stream (${why}); exiting so the client can restart the server\n`);
      process.exit(1);
    };
    const reader = new StreamMessageReader(framingGuard(process.stdin, fatal));
    const writer = new StreamMessageWriter(process.stdout);
    // A bad header leaves the reader unable to find the next message (a malformed JSON body is
    // survivable and answered with a parse error instead).
    reader.onError((e) => {
      if (/Content-Length|Header must provide/.test(e.message)) fatal(e.message);
    });
    // A message whose announced length never arrives (5 s without a byte): the framing is lost.
    reader.partialMessageTimeout = 5000;
    reader.onPartialMessage((info) => fatal(`a message announced more bytes than arrived within ${info.waitingTime} ms`));
    return createConnection(ProposedFeatures.all, reader, writer);
  }
  return createConnection(ProposedFeatures.all);
}

export function startServer(options: ServerOptions = {}): Connection {
  const connection: Connection = options.connection ?? defaultConnection();
  const documents = new TextDocuments(TextDocument);
  const engine = new Engine();
  const states = new Map<string, DocState>();
  const configCache = new Map<string, Promise<ResolvedConfig>>();
  let generation = 0;
  let resultSeq = 0;
  let folders: WorkspaceFolder[] = [];
  let pull = false;
  let canConfigure = false;
  let canWatchDynamically = false;
  let canRefreshDiagnostics = false;
  let docChanges = false;
  let resourceCreate = false;
  let workDoneProgress = false;
  let initSettings: unknown;
  let pushedSettings: unknown;
  let debounceMs = 150;
  /**
   * Checks shorter than this never delay the next one: a re-check after an edit in a document
   * of ordinary size takes a few milliseconds, and waiting for it would only add latency.
   */
  const PACE_FROM_MS = 50;
  let phrasebookKey = '';
  const shownWarnings = new Set<string>();
  const configErrorUris = new Set<string>();

  const log = (msg: string) => {
    try {
      connection.console.log(msg);
    } catch {
      /* connection gone */
    }
  };
  const logError = (where: string, e: unknown) => {
    try {
      connection.console.error(`${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } catch {
      /* connection gone */
    }
  };
  const warnOnce = (message: string) => {
    if (shownWarnings.has(message)) return;
    shownWarnings.add(message);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  };

  process.on('uncaughtException', (e) => logError('uncaught exception', e));
  process.on('unhandledRejection', (e) => logError('unhandled rejection', e));

  // ------------------------------------------------------------------ configuration

  function folderOf(uri: string): string | undefined {
    let best: WorkspaceFolder | undefined;
    for (const f of folders) if ((uri === f.uri || uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/')) && (!best || f.uri.length > best.uri.length)) best = f;
    return best ? uriToPath(best.uri) : folders[0] ? uriToPath(folders[0].uri) : undefined;
  }

  async function rawSettings(uri: string): Promise<unknown> {
    if (canConfigure) {
      try {
        return await connection.workspace.getConfiguration({ scopeUri: uri, section: 'calque' });
      } catch (e) {
        logError('workspace/configuration', e);
      }
    }
    return pushedSettings ?? initSettings;
  }

  async function resolveConfig(uri: string): Promise<ResolvedConfig> {
    const folder = folderOf(uri);
    const settings = readSettings(await rawSettings(uri), folder);
    debounceMs = settings.debounceMs;
    for (const m of settings.errors) warnOnce(`Calque settings: ${m}`);
    const path = uriToPath(uri);
    const lookFrom = path ?? (folder ? join(folder, 'untitled') : undefined);
    let config: CalqueConfig;
    let configPath: string | undefined;
    let errors: PositionedError[] = [];
    if (lookFrom) {
      const loaded = loadConfig({ filePath: lookFrom, editor: settings.editor, editorSource: 'settings (calque.*)' });
      config = loaded.config;
      configPath = loaded.configPath;
      errors = loaded.errors;
    } else {
      const v = validateConfigValue(settings.editor, RULE_IDS);
      config = mergeConfig(v.config);
      errors = v.errors.map((e) => ({ file: 'settings (calque.*)', line: 1, column: 1, message: e.message }));
    }
    reportConfigErrors(configPath, errors);
    syncPhrasebooks(config, configPath ? dirname(configPath) : (folder ?? (path ? dirname(path) : process.cwd())));
    const base = folder ?? (path ? dirname(path) : undefined);
    return { settings, config, configPath, defaultConfigPath: base ? join(base, CONFIG_FILE_NAME) : undefined };
  }

  function configFor(uri: string): Promise<ResolvedConfig> {
    let p = configCache.get(uri);
    if (!p) {
      p = resolveConfig(uri).catch((e) => {
        logError('configuration', e);
        return { settings: readSettings(undefined, undefined), config: mergeConfig() };
      });
      configCache.set(uri, p);
    }
    return p;
  }

  function reportConfigErrors(configPath: string | undefined, errors: PositionedError[]): void {
    const byFile = new Map<string, Diagnostic[]>();
    if (configPath) byFile.set(configPath, []);
    for (const e of errors) {
      if (e.file.startsWith('settings')) {
        warnOnce(`Calque ${e.file}: ${e.message}`);
        continue;
      }
      const list = byFile.get(e.file) ?? [];
      const line = Math.max(0, e.line - 1);
      const character = Math.max(0, e.column - 1);
      list.push({ range: { start: { line, character }, end: { line, character: character + 1 } }, severity: DiagnosticSeverity.Error, source: 'calque', message: e.message });
      byFile.set(e.file, list);
    }
    for (const [file, diags] of byFile) {
      const uri = pathToFileURL(file).toString();
      if (diags.length === 0 && !configErrorUris.has(uri)) continue;
      if (diags.length) configErrorUris.add(uri);
      else configErrorUris.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: diags }).catch(() => undefined);
    }
  }

  function syncPhrasebooks(config: CalqueConfig, baseDir: string): void {
    const { books, errors } = loadPhrasebooks(config.phrasebooks, baseDir);
    if (books.size === 0 && errors.length === 0 && phrasebookKey === '') return;
    for (const e of errors) warnOnce(`Calque: ${e.file}: ${e.message}`);
    const key = [...books].map(([k, v]) => `${k}\u0000${v.length}\u0000${hash(v)}`).join('\u0001');
    if (key === phrasebookKey) return;
    phrasebookKey = key;
    engine.setPhrasebooks(books);
  }

  function configurationChanged(): void {
    configCache.clear();
    indexer.reset();
    generation++;
    if (pull && canRefreshDiagnostics) {
      void connection.languages.diagnostics.refresh().catch(() => undefined);
    }
    for (const doc of documents.all()) schedule(doc, 0);
  }

  // ------------------------------------------------------------------ checking

  function state(uri: string): DocState {
    let s = states.get(uri);
    if (!s) {
      s = { running: false, rerun: false, waiters: [] };
      states.set(uri, s);
    }
    return s;
  }

  function isFresh(doc: TextDocument, s: DocState | undefined): boolean {
    return !!s?.outcome && s.outcome.version === doc.version && s.outcome.generation === generation;
  }

  function schedule(doc: TextDocument, delay = debounceMs): void {
    const s = state(doc.uri);
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      void run(doc.uri);
    }, delay);
  }

  async function run(uri: string): Promise<void> {
    const s = states.get(uri);
    if (!s) return;
    if (s.running) {
      s.rerun = true;
      return;
    }
    s.running = true;
    try {
      const doc = documents.get(uri);
      if (!doc) return;
      if (isFresh(doc, s)) return;
      const resolved = await configFor(uri);
      const current = documents.get(uri);
      // A newer edit arrived while the configuration was fetched: that edit scheduled its own check.
      if (!current || current.version !== doc.version) return;
      const t0 = performance.now();
      const outcome = checkDocument(current, resolved);
      s.lastEnd = performance.now();
      s.lastMs = s.lastEnd - t0;
      s.outcome = outcome;
      if (!pull) void connection.sendDiagnostics({ uri, version: outcome.version, diagnostics: outcome.diagnostics }).catch(() => undefined);
      void connection.sendNotification(DOCUMENT_INFO_NOTIFICATION, outcome.info).catch(() => undefined);
      const waiters = s.waiters.splice(0);
      for (const w of waiters) w.resolve(outcome);
    } catch (e) {
      logError(`checking ${uri}`, e);
      // Mark this version as done (with no findings) so a failing check is not retried in a loop;
      // the next edit or configuration change tries again.
      const doc = documents.get(uri);
      if (doc) {
        const info: DocumentInfo = { uri, version: doc.version, language: '', languageSource: 'fallback', sourceLanguages: [], findings: 0, truncated: false, kind: 'article' };
        s.outcome = { version: doc.version, generation, resultId: String(++resultSeq), diagnostics: [], findings: [], info };
        if (!pull) void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] }).catch(() => undefined);
        for (const w of s.waiters.splice(0)) w.resolve(s.outcome);
      }
    } finally {
      s.running = false;
      const doc = documents.get(uri);
      if (s.rerun || (doc && !isFresh(doc, s) && !s.timer)) {
        s.rerun = false;
        if (doc && !s.timer) schedule(doc, 0);
      }
      if (!doc) for (const w of s.waiters.splice(0)) w.resolve(undefined);
    }
  }

  function checkDocument(doc: TextDocument, resolved: ResolvedConfig): Outcome {
    const version = doc.version;
    const gen = generation;
    const base = { uri: doc.uri, version, language: '', languageSource: 'fallback' as const, sourceLanguages: [] as string[], findings: 0, truncated: false };
    const done = (diagnostics: Diagnostic[], findings: Finding[], info: DocumentInfo): Outcome => ({ version, generation: gen, resultId: String(++resultSeq), diagnostics, findings, info });
    const isPhrasebook = doc.languageId === PHRASEBOOK_LANGUAGE || doc.uri.toLowerCase().endsWith('.calque');
    if (!resolved.settings.enable) return done([], [], { ...base, kind: 'disabled' });
    if (isPhrasebook) {
      const text = doc.getText();
      const diags: Diagnostic[] = lintPhrasebook(text, uriToPath(doc.uri) ?? doc.uri).map((d) => {
        const line = Math.max(0, d.line - 1);
        return {
          range: { start: { line, character: Math.max(0, d.column - 1) }, end: { line, character: Math.max(d.column, d.endColumn - 1) } },
          severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          code: `phrasebook/${d.code}`,
          codeDescription: { href: `${repositoryUrl()}/blob/main/docs/phrasebooks.md` },
          source: SOURCE,
          message: d.message,
        };
      });
      return done(diags, [], { ...base, kind: 'phrasebook', findings: diags.length });
    }
    const format = formatOf(doc.uri, doc.languageId);
    const full = doc.getText();
    const cut = truncateForCheck(full, resolved.config.maxFileSize);
    if (resolved.config.nameScope === 'workspace') indexer.ensure(folderOf(doc.uri));
    const result = engine.check({ text: cut.text, format, config: resolved.config, id: doc.uri });
    if (indexer.active) indexer.update(doc.uri, result);
    const diagnostics = toDiagnostics(doc, cut.text, result.blocks, format, result.findings);
    if (cut.truncated) {
      const at = doc.positionAt(cut.text.length);
      const message = `Calque checked only the first ${mb(cut.text.length)} of this ${mb(cut.bytes)} document (maxFileSize is ${mb(resolved.config.maxFileSize)}); nothing after this point is checked. Raise "maxFileSize" in .calque.json or calque.maxFileSize to check more.`;
      diagnostics.push({ range: { start: at, end: { line: at.line, character: at.character + 1 } }, severity: DiagnosticSeverity.Information, source: 'calque', code: 'max-file-size', message });
      const s = state(doc.uri);
      if (!s.noticeShown) {
        s.noticeShown = true;
        void connection
          .sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Calque: ${doc.uri.split('/').pop()} is ${mb(cut.bytes)}; only the first ${mb(cut.text.length)} are checked (maxFileSize).` })
          .catch(() => undefined);
      }
    }
    return done(diagnostics, result.findings, {
      ...base,
      kind: 'article',
      language: result.language,
      languageSource: result.languageSource,
      sourceLanguages: result.sourceLanguages,
      findings: result.findings.length,
      truncated: cut.truncated,
    });
  }

  /** The outcome for the document's current version, waiting for (or running) its check. */
  function fresh(doc: TextDocument, token?: CancellationToken, delay = debounceMs): Promise<Outcome | undefined> {
    const s = state(doc.uri);
    if (isFresh(doc, s)) return Promise.resolve(s.outcome);
    return new Promise((resolve) => {
      const waiter = { resolve };
      s.waiters.push(waiter);
      token?.onCancellationRequested(() => {
        const i = s.waiters.indexOf(waiter);
        if (i >= 0) s.waiters.splice(i, 1);
        resolve(undefined);
      });
      if (!s.timer && !s.running) schedule(doc, delay);
      else if (delay === 0 && s.timer) schedule(doc, 0);
    });
  }

  const indexer = new WorkspaceIndexer({
    engine,
    connection,
    canReportProgress: () => workDoneProgress,
    log,
    onIndexed: () => {
      // Names in other documents changed what open documents should report.
      generation++;
      if (pull && canRefreshDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
      for (const doc of documents.all()) schedule(doc, 0);
    },
  });

  // ------------------------------------------------------------------ lifecycle

  let initializeSeen = false;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    if (initializeSeen) throw new ResponseError(-32600, 'initialize was already received');
    initializeSeen = true;
    const caps = params?.capabilities ?? {};
    pull = !!caps.textDocument?.diagnostic;
    canConfigure = !!caps.workspace?.configuration;
    canWatchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRefreshDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
    docChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    resourceCreate = docChanges && !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    workDoneProgress = !!caps.window?.workDoneProgress;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    initSettings = init && typeof init === 'object' ? init.settings : undefined;
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'calque' },
    };
    if (pull) result.capabilities.diagnosticProvider = { identifier: 'calque', interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  connection.onInitialized(() => {
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'calque' }).catch(() => undefined);
    if (canWatchDynamically) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.calque' }] })
        .catch((e) => logError('registering file watchers', e));
    }
    try {
      connection.workspace.onDidChangeWorkspaceFolders((ev) => {
        folders = folders.filter((f) => !ev.removed.some((r) => r.uri === f.uri)).concat(ev.added);
        configurationChanged();
      });
    } catch {
      /* client without workspace folder support */
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const s = (params?.settings as { calque?: unknown } | undefined)?.calque;
    if (s !== undefined) pushedSettings = s;
    shownWarnings.clear();
    configurationChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const relevant = (params?.changes ?? []).some((c) => typeof c?.uri === 'string' && (c.uri.endsWith('/' + CONFIG_FILE_NAME) || c.uri.toLowerCase().endsWith('.calque')));
    if (relevant) {
      shownWarnings.clear();
      configurationChanged();
    }
  });

  documents.onDidChangeContent((e) => {
    // Supersedes any pending check of an older version.
    const s = states.get(e.document.uri);
    // A long check (PACE_FROM_MS or more) sets the pace only while checks are back to back (one
    // running, or one just ended); otherwise an edit waits just the debounce.
    const last = s?.lastMs ?? 0;
    const busy = s !== undefined && last >= PACE_FROM_MS && (s.running || (s.lastEnd !== undefined && performance.now() - s.lastEnd < last));
    schedule(e.document, s?.outcome ? Math.max(debounceMs, busy ? Math.min(s.lastMs ?? 0, 5000) : 0) : 0);
  });

  documents.onDidClose((e) => {
    const s = states.get(e.document.uri);
    if (s?.timer) clearTimeout(s.timer);
    states.delete(e.document.uri);
    configCache.delete(e.document.uri);
    for (const w of s?.waiters ?? []) w.resolve(undefined);
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  // ------------------------------------------------------------------ pull diagnostics

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params?.textDocument?.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const outcome = await fresh(doc, token);
    if (token.isCancellationRequested || !outcome) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer edit', { retriggerRequest: true });
    if (params.previousResultId === outcome.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: outcome.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: outcome.resultId, items: outcome.diagnostics };
  });

  // ------------------------------------------------------------------ hover

  connection.onHover(async (params): Promise<Hover | null> => {
    const doc = documents.get(params?.textDocument?.uri);
    const pos = params?.position;
    if (!doc || !pos || typeof pos.line !== 'number' || typeof pos.character !== 'number') return null;
    const outcome = states.get(doc.uri)?.outcome;
    if (!outcome) return null;
    const offset = doc.offsetAt(pos);
    const text = doc.getText();
    const hits = outcome.findings.filter((f, i) => {
      if (offset < f.start || offset > f.end) return false;
      const d = outcome.diagnostics[i];
      // After an edit, only hover findings whose text is still where it was.
      return outcome.version === doc.version || (d && (d.data as { text?: string })?.text === text.slice(f.start, f.end));
    });
    if (hits.length === 0) return null;
    const parts = hits.map((f) => `**${f.message}** — \`${f.ruleId}\` ([docs](${(outcome.diagnostics[outcome.findings.indexOf(f)]?.codeDescription?.href) ?? ''}))\n\n${f.explanation ?? ''}`.trim());
    const first = hits[0]!;
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: { start: doc.positionAt(first.start), end: doc.positionAt(first.end) } };
  });

  // ------------------------------------------------------------------ code actions

  connection.onCodeAction(async (params, token): Promise<CodeAction[]> => {
    const doc = documents.get(params?.textDocument?.uri);
    if (!doc) return [];
    const only = params.context?.only;
    const resolved = await configFor(doc.uri);
    const ctx: ActionContext = {
      doc,
      documentChanges: docChanges,
      resourceCreate,
      calqueJson: { path: resolved.configPath ?? resolved.defaultConfigPath ?? join(dirname(uriToPath(doc.uri) ?? process.cwd()), CONFIG_FILE_NAME) },
    };
    const actions: CodeAction[] = [];
    if (wantsQuickFixes(only)) {
      // The last check's own diagnostic is used when the client's copy matches it: clients may drop
      // `data` or send ranges in other units (Neovim 0.7 sends byte columns back).
      const stored = states.get(doc.uri)?.outcome?.diagnostics ?? [];
      const sent = Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [];
      const withData = sent.map((d) => {
        if (!d || typeof d !== 'object' || d.source !== 'calque' || !d.range?.start) return d;
        const same = stored.filter((x) => x.code === d.code && x.message === d.message && x.range.start.line === d.range.start.line);
        if (same.length === 0) return d;
        const exact = same.find((x) => sameRange(x.range, d.range));
        return exact ?? same.reduce((a, b) => (Math.abs(b.range.start.character - d.range.start.character) < Math.abs(a.range.start.character - d.range.start.character) ? b : a));
      });
      actions.push(...quickFixes(ctx, withData));
    }
    if (wantsFixAll(only)) {
      const outcome = await fresh(doc, token, 0);
      const current = documents.get(doc.uri);
      if (outcome && current && outcome.version === current.version) {
        const text = current.getText();
        const applied = applySafeFixes(text, outcome.findings);
        if (applied.edits.length > 0) {
          actions.push({
            title: `Fix all Calque problems (${applied.applied} safe ${applied.applied === 1 ? 'fix' : 'fixes'})`,
            kind: FIX_ALL_KIND,
            edit: documentEdit({ ...ctx, doc: current }, applied.edits.map((e) => ({ range: { start: current.positionAt(e.start), end: current.positionAt(e.end) }, newText: e.newText }))),
          });
        }
      }
    }
    return actions;
  });

  // ------------------------------------------------------------------ Calque requests

  connection.onRequest(DOCUMENT_INFO_REQUEST, (params: { uri?: string }): DocumentInfo | null => {
    const uri = params?.uri;
    if (typeof uri !== 'string') return null;
    return states.get(uri)?.outcome?.info ?? null;
  });

  connection.onRequest(CHECK_FILE_REQUEST, async (params: CheckFileParams, token): Promise<CheckFileResult> => {
    const uri = params?.uri;
    if (typeof uri !== 'string') throw new ResponseError(-32602, 'calque/checkFile needs { uri }');
    const path = uriToPath(uri);
    if (!path) return { uri, diagnostics: [], error: 'not a file: URI' };
    const resolved = await configFor(uri);
    configCache.delete(uri); // not an open document: don't keep it
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (!resolved.settings.enable) return { uri, diagnostics: [] };
    let text: string;
    try {
      text = readTextFile(path, Math.max(resolved.config.maxFileSize * 4, 1)).text;
    } catch (e) {
      return { uri, diagnostics: [], error: (e as Error).message };
    }
    const format = formatOf(uri, '');
    const doc = TextDocument.create(uri, format, 0, text);
    const cut = truncateForCheck(text, resolved.config.maxFileSize);
    try {
      const result = engine.check({ text: cut.text, format, config: resolved.config, id: uri });
      return { uri, diagnostics: toDiagnostics(doc, cut.text, result.blocks, format, result.findings), language: result.language, truncated: cut.truncated };
    } catch (e) {
      logError(`checking ${uri}`, e);
      return { uri, diagnostics: [], error: 'internal error (see the Calque output)' };
    }
  });

  documents.listen(connection);
  connection.listen();
  log(`Calque language server started (pid ${process.pid})`);
  return connection;
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range'] | undefined): boolean {
  return !!b && a.start.line === b.start?.line && a.start.character === b.start?.character && a.end.line === b.end?.line && a.end.character === b.end?.character;
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
