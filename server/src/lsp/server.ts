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
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
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
import { toDiagnostic, toDiagnostics, SOURCE, repositoryUrl } from './diagnostics';
import { WorkspaceIndexer } from './workspaceIndex';
import { quickFixes, wantsFixAll, wantsQuickFixes, documentEdit, FIX_ALL_KIND, type ActionContext } from './codeActions';
import { readSettings, type ServerSettings } from './settings';
import { ALIGNED_SOURCE_REQUEST, CHECK_FILE_REQUEST, DOCUMENT_INFO_NOTIFICATION, DOCUMENT_INFO_REQUEST, type AlignedSourceParams, type AlignedSourceResult, type CheckFileParams, type CheckFileResult, type DocumentInfo } from './protocol';
import { sourceOf, withRelated } from './pairs';
import { defaultConnection } from './transport';
import { checkBitext } from '../engine/bilingual/bitext';
import { bitextFormatOf } from '../engine/bilingual/formats/index';
import { BitextError } from '../engine/bilingual/formats/types';

type Format = 'plaintext' | 'markdown';

interface Outcome {
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
  /** Its source changed since its last check: the outcome is stale although the document is not. */
  sourceChanged?: boolean;
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
    return !!s?.outcome && !s.sourceChanged && s.outcome.version === doc.version && s.outcome.generation === generation;
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
      s.sourceChanged = false;
      const outcome = checkDocument(current, resolved);
      s.lastEnd = performance.now();
      s.lastMs = s.lastEnd - t0;
      s.outcome = outcome;
      if (!pull) void connection.sendDiagnostics({ uri, version: outcome.version, diagnostics: [...outcome.diagnostics, ...contributions(uri)] }).catch(() => undefined);
      contribute(uri, outcome);
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
    const bitext = bitextFormatOf(uriToPath(doc.uri) ?? doc.uri);
    let result;
    let pair: Outcome['pair'];
    let diagnostics: Diagnostic[];
    if (bitext) {
      // XLIFF / PO: both sides in this document; a file that is not well-formed gets one error at its position.
      try {
        result = checkBitext(engine, { text: cut.text, format: bitext, config: resolved.config, id: doc.uri });
      } catch (e) {
        if (!(e instanceof BitextError)) throw e;
        const at = doc.positionAt(e.offset);
        const d: Diagnostic = { range: { start: at, end: { line: at.line, character: at.character + 1 } }, severity: DiagnosticSeverity.Error, source: 'calque', code: 'parse-error', message: e.message };
        return done([d], [], { ...base, kind: 'article' });
      }
      diagnostics = withRelated(toDiagnostics(doc, cut.text, result.blocks, 'plaintext', result.findings), result.findings, { target: { uri: doc.uri, doc } });
      if (result.source) pair = { uri: doc.uri, text: cut.text, diagnostics: [], alignment: result.source.alignment };
    } else {
      const source = sourceOf(doc.uri, resolved.config, (u) => documents.get(u)?.getText(), (u) => formatOf(u, documents.get(u)?.languageId ?? ''));
      result = engine.check({ text: cut.text, format, config: resolved.config, id: doc.uri, ...(source ? { source: { text: source.text, format: source.format, id: source.uri } } : {}) });
      const sourceDoc = source ? TextDocument.create(source.uri, source.format, 0, source.text) : undefined;
      const docs = { target: { uri: doc.uri, doc }, ...(sourceDoc ? { source: { uri: source!.uri, doc: sourceDoc } } : {}) };
      diagnostics = withRelated(toDiagnostics(doc, cut.text, result.blocks, format, result.findings), result.findings, docs);
      if (source && sourceDoc && result.source) {
        // The source's findings (a paragraph left untranslated …) belong on the source document.
        const sd = result.source.findings.map((f) => toDiagnostic(sourceDoc, source.text, [], source.format, f));
        pair = { uri: source.uri, text: source.text, diagnostics: withRelated(sd, result.source.findings, docs), alignment: result.source.alignment };
      }
    }
    if (indexer.active) indexer.update(doc.uri, result);
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
    const outcome = done(diagnostics, result.findings, {
      ...base,
      kind: 'article',
      language: result.language,
      languageSource: result.languageSource,
      sourceLanguages: result.source ? [result.source.language] : result.sourceLanguages,
      findings: result.findings.length,
      truncated: cut.truncated,
      ...(pair && pair.uri !== doc.uri ? { sourceUri: pair.uri } : {}),
    });
    if (pair) outcome.pair = pair;
    return outcome;
  }

  // ------------------------------------------------------------------ pairs

  /** Diagnostics that checks of translations place on their source documents: source uri -> target uri -> diagnostics. */
  const contributed = new Map<string, Map<string, Diagnostic[]>>();

  /** Records what a target's check found in its source, and republishes the source's diagnostics when that changed. */
  function contribute(targetUri: string, outcome: Outcome | undefined): void {
    const touched = new Set<string>();
    for (const [src, byTarget] of contributed) {
      if (byTarget.delete(targetUri)) touched.add(src);
      if (byTarget.size === 0) contributed.delete(src);
    }
    const p = outcome?.pair;
    if (p && p.uri !== targetUri) {
      let byTarget = contributed.get(p.uri);
      if (!byTarget) contributed.set(p.uri, (byTarget = new Map()));
      byTarget.set(targetUri, p.diagnostics);
      touched.add(p.uri);
    }
    for (const uri of touched) publish(uri);
  }

  function contributions(uri: string): Diagnostic[] {
    const byTarget = contributed.get(uri);
    return byTarget ? [...byTarget.values()].flat() : [];
  }

  /** Sends a document's diagnostics: its own check's and those its translations' checks placed on it. */
  function publish(uri: string): void {
    if (pull) {
      if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    const own = documents.get(uri) ? (states.get(uri)?.outcome?.diagnostics ?? []) : [];
    void connection.sendDiagnostics({ uri, diagnostics: [...own, ...contributions(uri)] }).catch(() => undefined);
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
    // Translations of this document are checked against it: they are re-checked too.
    for (const [uri, st] of states) {
      if (uri !== e.document.uri && st.outcome?.pair?.uri === e.document.uri) {
        const t = documents.get(uri);
        st.sourceChanged = true;
        if (t) schedule(t);
      }
    }
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
    contribute(e.document.uri, undefined);
    for (const w of s?.waiters ?? []) w.resolve(undefined);
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: contributions(e.document.uri) }).catch(() => undefined);
  });

  // ------------------------------------------------------------------ pull diagnostics

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params?.textDocument?.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const outcome = await fresh(doc, token);
    if (token.isCancellationRequested || !outcome) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer edit', { retriggerRequest: true });
    if (params.previousResultId === outcome.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: outcome.resultId };
    const extra = contributions(doc.uri);
    if (extra.length) return { kind: DocumentDiagnosticReportKind.Full, items: [...outcome.diagnostics, ...extra] };
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
    const aligned = alignedAt(outcome, offset, doc.version);
    if (hits.length === 0 && !aligned) return null;
    if (hits.length === 0 && aligned) {
      const at = aligned.target;
      return { contents: { kind: 'markdown', value: `**Source:** ${escapeMarkdown(aligned.text)}` }, ...(at ? { range: { start: doc.positionAt(at[0]), end: doc.positionAt(at[1]) } } : {}) };
    }
    const parts = hits.map((f) => `**${f.message}** — \`${f.ruleId}\` ([docs](${(outcome.diagnostics[outcome.findings.indexOf(f)]?.codeDescription?.href) ?? ''}))\n\n${f.explanation ?? ''}`.trim());
    const first = hits[0]!;
    if (aligned) parts.push(`**Source:** ${escapeMarkdown(aligned.text)}`);
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

  connection.onRequest(ALIGNED_SOURCE_REQUEST, (params: AlignedSourceParams): AlignedSourceResult | null => {
    const doc = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    const pos = params?.position;
    if (!doc || !pos || typeof pos.line !== 'number' || typeof pos.character !== 'number') return null;
    const outcome = states.get(doc.uri)?.outcome;
    const aligned = outcome ? alignedAt(outcome, doc.offsetAt(pos), doc.version) : undefined;
    if (!aligned?.source || !outcome?.pair) return null;
    const sdoc = TextDocument.create(outcome.pair.uri, 'plaintext', 0, outcome.pair.text);
    return { uri: outcome.pair.uri, range: { start: sdoc.positionAt(aligned.source[0]), end: sdoc.positionAt(aligned.source[1]) }, text: aligned.text };
  });

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

/** The aligned pair of a check at a target offset (only while the document is at the checked version). */
function alignedAt(outcome: Outcome, offset: number, version: number): { source?: [number, number]; target?: [number, number]; text: string } | undefined {
  if (!outcome.pair || outcome.version !== version) return undefined;
  const p = outcome.pair.alignment.find((a) => a.target && a.target[0] <= offset && offset <= a.target[1]);
  if (!p?.source) return undefined;
  return { ...p, text: outcome.pair.text.slice(p.source[0], p.source[1]) };
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}\[\]<>#|]/g, (c) => '\\' + c).replace(/\s+/g, ' ');
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range'] | undefined): boolean {
  return !!b && a.start.line === b.start?.line && a.start.character === b.start?.character && a.end.line === b.end?.line && a.end.character === b.end?.character;
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
