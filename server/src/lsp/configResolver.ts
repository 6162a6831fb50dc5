/**
 * The configuration of a document: editor settings (workspace/configuration, section `calque`,
 * or pushed/initialization settings) over `.calque.json`, cached per document until the
 * configuration changes. Resolving also reports `.calque.json` errors on that file, warns
 * (once) about bad settings, and gives the engine the configured phrasebooks.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type WorkspaceFolder } from 'vscode-languageserver/node';
import type { CalqueConfig } from '../engine/config';
import { Engine } from '../engine/engine';
import { mergeConfig, validateConfigValue } from '../engine/config';
import { RULE_IDS } from '../engine/rules/index';
import { loadConfig, CONFIG_FILE_NAME, type PositionedError } from '../node/config';
import { loadPhrasebooks } from '../node/phrasebooks';
import { fnv1a } from '../node/hash';
import type { ServerContext } from './context';
import { readSettings, type ServerSettings } from './settings';
import { uriToPath } from './util';

export interface ResolvedConfig {
  settings: ServerSettings;
  config: CalqueConfig;
  /**
   * The engine with this configuration's phrasebooks: the context's engine when it names none,
   * else one engine per distinct set of phrasebook texts (two workspace folders with different
   * phrasebooks are each checked with their own).
   */
  engine: Engine;
  configPath?: string;
  /** Where a new .calque.json goes when there is none. */
  defaultConfigPath?: string;
}

export class ConfigResolver {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  /** Engines by phrasebook set (key: names, lengths and hashes of the texts), most recently used last. */
  private readonly engines = new Map<string, Engine>();
  /** Configurations already described in the output (cleared when the configuration changes). */
  private readonly logged = new Set<string>();
  /** Files on which configuration errors were published (cleared there once fixed). */
  private readonly configErrorUris = new Set<string>();

  /** `invalidated` runs after the cache is cleared by a configuration change: it re-checks what depends on it. */
  constructor(
    private readonly ctx: ServerContext,
    private readonly invalidated: () => void,
  ) {}

  /** The path of the workspace folder holding `uri` (the innermost), else of the first folder. */
  folderOf(uri: string): string | undefined {
    const folders = this.ctx.folders;
    let best: WorkspaceFolder | undefined;
    for (const f of folders) if ((uri === f.uri || uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/')) && (!best || f.uri.length > best.uri.length)) best = f;
    return best ? uriToPath(best.uri) : folders[0] ? uriToPath(folders[0].uri) : undefined;
  }

  configFor(uri: string): Promise<ResolvedConfig> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.resolveConfig(uri).catch((e) => {
        this.ctx.logError('configuration', e);
        return { settings: readSettings(undefined, undefined), config: mergeConfig(), engine: this.ctx.engine };
      });
      this.cache.set(uri, p);
    }
    return p;
  }

  /** Drops the cached configuration of one document (closed, or not an open document). */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Settings, `.calque.json`, a phrasebook or the workspace folders changed. */
  configurationChanged(): void {
    this.cache.clear();
    // Phrasebook texts may have changed: engines are made again for the sets still in use.
    this.engines.clear();
    this.logged.clear();
    this.ctx.engine.setPhrasebooks(new Map());
    this.invalidated();
  }

  private async rawSettings(uri: string): Promise<unknown> {
    const ctx = this.ctx;
    if (ctx.canConfigure) {
      try {
        return await ctx.connection.workspace.getConfiguration({ scopeUri: uri, section: 'calque' });
      } catch (e) {
        ctx.logError('workspace/configuration', e);
      }
    }
    return ctx.pushedSettings ?? ctx.initSettings;
  }

  private async resolveConfig(uri: string): Promise<ResolvedConfig> {
    const folder = this.folderOf(uri);
    const settings = readSettings(await this.rawSettings(uri), folder);
    this.ctx.debounceMs = settings.debounceMs;
    for (const m of settings.errors) this.ctx.warnOnce(`Calque settings: ${m}`);
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
    this.reportConfigErrors(configPath, errors);
    const engine = this.engineFor(config, configPath ? dirname(configPath) : (folder ?? (path ? dirname(path) : process.cwd())));
    this.describe(configPath, config, errors.length);
    const base = folder ?? (path ? dirname(path) : undefined);
    return { settings, config, engine, configPath, defaultConfigPath: base ? join(base, CONFIG_FILE_NAME) : undefined };
  }

  private reportConfigErrors(configPath: string | undefined, errors: PositionedError[]): void {
    const byFile = new Map<string, Diagnostic[]>();
    if (configPath) byFile.set(configPath, []);
    for (const e of errors) {
      if (e.file.startsWith('settings')) {
        this.ctx.warnOnce(`Calque ${e.file}: ${e.message}`);
        continue;
      }
      // The editor validates .calque.json with calque.schema.json itself (VS Code): report only what the schema cannot tell, so no error shows twice.
      if (this.ctx.configSchemaInEditor && !e.beyondSchema) continue;
      const list = byFile.get(e.file) ?? [];
      const line = Math.max(0, e.line - 1);
      const character = Math.max(0, e.column - 1);
      list.push({ range: { start: { line, character }, end: { line, character: character + 1 } }, severity: DiagnosticSeverity.Error, source: 'calque', message: e.message });
      byFile.set(e.file, list);
    }
    for (const [file, diags] of byFile) {
      const uri = pathToFileURL(file).toString();
      if (diags.length === 0 && !this.configErrorUris.has(uri)) continue;
      if (diags.length) this.configErrorUris.add(uri);
      else this.configErrorUris.delete(uri);
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics: diags }).catch(() => undefined);
    }
  }

  /** One output line per configuration in use: which file, and what it sets. */
  private describe(configPath: string | undefined, config: CalqueConfig, errors: number): void {
    const rulesOff = Object.entries(config.rules).filter(([, v]) => v.severity === 'off').map(([k]) => k);
    const line = [
      `configuration: ${configPath ?? 'no .calque.json (editor settings and defaults)'}`,
      `language ${config.language}${config.sourceLanguage.length ? ` ← ${config.sourceLanguage.join(', ')}` : ''}`,
      ...(rulesOff.length ? [`rules off: ${rulesOff.join(', ')}`] : []),
      ...(config.phrasebooks.length ? [`phrasebooks: ${config.phrasebooks.join(', ')}`] : []),
      ...(Object.keys(config.glossary.entries).length ? [`glossary: ${Object.keys(config.glossary.entries).length} terms`] : []),
      ...(errors ? [`${errors} error${errors === 1 ? '' : 's'}`] : []),
    ].join('; ');
    if (this.logged.has(line)) return;
    this.logged.add(line);
    this.ctx.info(line);
  }

  /** Most engines kept (one per phrasebook set in use); the least recently used goes first. */
  private static readonly MAX_ENGINES = 8;

  /** The engine for a configuration's phrasebooks (loaded from `baseDir`). */
  private engineFor(config: CalqueConfig, baseDir: string): Engine {
    const { books, errors } = loadPhrasebooks(config.phrasebooks, baseDir);
    for (const e of errors) this.ctx.warnOnce(`Calque: ${e.file}: ${e.message}`);
    if (books.size === 0) return this.ctx.engine;
    const key = [...books].map(([k, v]) => `${k}\u0000${v.length}\u0000${fnv1a(v)}`).join('\u0001');
    let engine = this.engines.get(key);
    if (engine) {
      this.engines.delete(key);
    } else {
      engine = new Engine();
      engine.setPhrasebooks(books);
      const entries = [...books.values()].reduce((n, t) => n + (t.match(/^[^\s#[].*=>/gm)?.length ?? 0), 0);
      this.ctx.info(`phrasebooks loaded: ${[...books.keys()].join(', ')} (${entries} ${entries === 1 ? 'entry' : 'entries'}${errors.length ? `; ${errors.length} could not be read` : ''})`);
      if (this.engines.size >= ConfigResolver.MAX_ENGINES) this.engines.delete(this.engines.keys().next().value!);
    }
    this.engines.set(key, engine);
    // The workspace name index is one for every engine.
    engine.resources.workspace = this.ctx.engine.resources.workspace;
    return engine;
  }
}
