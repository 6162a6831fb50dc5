/**
 * Finding and loading `.calque.json` for a file: walk up from the file's folder. Merges
 * defaults, the project file, CLI flags and editor settings, in that order (later wins).
 * Errors carry the config file, line and column.
 */
import { existsSync } from 'node:fs';
import { readDataFile } from './files';
import { dirname, join, resolve } from 'node:path';
import { mergeConfig, offsetsToLineCols, parseConfig, validateConfigValue, type CalqueConfig, type PartialConfig } from '../engine/config';
import { RULE_IDS } from '../engine/rules/index';

export const CONFIG_FILE_NAME = '.calque.json';

export interface PositionedError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
  /** The JSON schema cannot tell this error (ConfigError.beyondSchema). */
  beyondSchema?: true;
}

export function formatError(e: PositionedError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const fileCache = new Map<string, { text: string; config: PartialConfig; errors: PositionedError[] }>();

/** Parses one config file (cached by content), errors positioned in it. */
export function readConfigFile(path: string): { config: PartialConfig; errors: PositionedError[] } {
  let text: string;
  try {
    text = readDataFile(path, 4 * 1024 * 1024);
  } catch (e) {
    return { config: {}, errors: [{ file: path, line: 1, column: 1, message: `cannot read the configuration: ${(e as Error).message}` }] };
  }
  const hit = fileCache.get(path);
  if (hit && hit.text === text) return hit;
  const { config, errors } = parseConfig(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, RULE_IDS);
  const lcs = offsetsToLineCols(text, errors.map((e) => e.offset));
  const positioned: PositionedError[] = errors.map((e, k) => ({ file: path, line: lcs[k]!.line + 1, column: lcs[k]!.column + 1, message: e.message, ...(e.beyondSchema ? { beyondSchema: true as const } : {}) }));
  // Relative paths in a config file are relative to its folder.
  if (config.phrasebooks) config.phrasebooks = config.phrasebooks.map((p) => resolve(dirname(path), p));
  if (config.glossary) config.glossary = { ...config.glossary, files: config.glossary.files.map((p) => resolve(dirname(path), p)) };
  if (config.pairs) config.pairs = config.pairs.map((p) => ({ source: resolve(dirname(path), p.source), target: resolve(dirname(path), p.target) }));
  const out = { text, config, errors: positioned };
  fileCache.set(path, out);
  return out;
}

export interface LoadedConfig {
  config: CalqueConfig;
  configPath?: string;
  errors: PositionedError[];
}

export function loadConfig(opts: { filePath?: string; configFile?: string; cli?: PartialConfig; editor?: unknown; editorSource?: string }): LoadedConfig {
  const errors: PositionedError[] = [];
  let configPath = opts.configFile ? resolve(opts.configFile) : opts.filePath ? findConfigFile(dirname(resolve(opts.filePath))) : findConfigFile(process.cwd());
  let fileConfig: PartialConfig | undefined;
  if (configPath) {
    if (opts.configFile && !existsSync(configPath)) {
      errors.push({ file: configPath, line: 1, column: 1, message: 'configuration file not found' });
      configPath = undefined;
    } else {
      const r = readConfigFile(configPath);
      fileConfig = r.config;
      errors.push(...r.errors);
    }
  }
  let editorConfig: PartialConfig | undefined;
  if (opts.editor !== undefined && opts.editor !== null) {
    const r = validateConfigValue(opts.editor, RULE_IDS);
    editorConfig = r.config;
    for (const e of r.errors) errors.push({ file: opts.editorSource ?? 'settings (calque.*)', line: 1, column: 1, message: e.message });
  }
  return { config: mergeConfig(fileConfig, opts.cli, editorConfig), configPath, errors };
}
