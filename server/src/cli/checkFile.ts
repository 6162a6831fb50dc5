/**
 * Checking one file on disk: its configuration (found per file), the project's phrasebooks,
 * strict decoding, the engine, and with --fix the atomic write. One FileChecker per thread:
 * `calque check` uses one in-process, or one per worker thread (pool.ts).
 */
import { dirname, isAbsolute, relative } from 'node:path';
import { Engine } from '../engine/engine';
import type { CalqueConfig, PartialConfig } from '../engine/config';
import { applySafeFixes } from '../engine/fixes';
import { loadConfig, formatError, type PositionedError } from '../node/config';
import { loadPhrasebooks } from '../node/phrasebooks';
import { FileError, readTextFile, writeTextFileAtomic } from '../node/files';
import { formatOf } from './discover';
import type { FileResult } from './result';

const MAX_FIX_PASSES = 5;

/** What the checker needs to know about the run (plain data: it crosses to worker threads). */
export interface CheckerOptions {
  cwd: string;
  /** --config */
  configFile?: string;
  /** --lang / --source-lang */
  cli: PartialConfig;
  fix: boolean;
}

/** The outcome for one file. */
export type FileOutcome =
  | { kind: 'result'; result: FileResult }
  /** Not checked (binary, not valid text in any supported encoding): a warning, not an error. */
  | { kind: 'skipped'; warning: string }
  /** An I/O error: the run stops with exit code 2. */
  | { kind: 'fatal'; message: string }
  /** Its configuration (or a phrasebook) has errors: reported by the caller, exit code 2. */
  | { kind: 'config-errors' };

export class FileChecker {
  readonly engine = new Engine();
  /** Configuration and phrasebook errors met so far (deduplicated). */
  readonly configErrors: PositionedError[] = [];
  private loadedBooksKey = '';

  constructor(readonly options: CheckerOptions) {}

  /** The configuration for a file (or the run's, for undefined); loads the project's phrasebooks. */
  useConfig(filePath: string | undefined): CalqueConfig {
    const loaded = loadConfig({ filePath, configFile: this.options.configFile, cli: this.options.cli });
    for (const e of loaded.errors) this.addError(e);
    // Phrasebooks: the config's paths plus the project folder's *.calque files.
    const projectDir = loaded.configPath ? dirname(loaded.configPath) : this.options.cwd;
    const key = projectDir + '\u0000' + loaded.config.phrasebooks.join('\u0000');
    if (key !== this.loadedBooksKey) {
      const { books, errors } = loadPhrasebooks(loaded.config.phrasebooks, projectDir);
      for (const e of errors) this.addError(e);
      this.engine.setPhrasebooks(books);
      this.loadedBooksKey = key;
    }
    return loaded.config;
  }

  private addError(e: PositionedError): void {
    if (!this.configErrors.some((x) => formatError(x) === formatError(e))) this.configErrors.push(e);
  }

  /** Checks (and with --fix, repairs) the text of one file; returns the final findings and text. */
  checkText(text: string, format: 'markdown' | 'plaintext', config: CalqueConfig, id: string) {
    let result = this.engine.check({ text, format, config, id });
    let fixed = 0;
    if (this.options.fix) {
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const applied = applySafeFixes(text, result.findings);
        if (applied.applied === 0 || applied.text === text) break;
        fixed += applied.applied;
        text = applied.text;
        result = this.engine.check({ text, format, config, id });
      }
    }
    return { result, text, fixed };
  }

  /** Checks one file (absolute path); with --fix writes it back atomically. */
  checkFile(abs: string): FileOutcome {
    const config = this.useConfig(abs);
    if (this.configErrors.length) return { kind: 'config-errors' };
    const shown = shownPath(abs, this.options.cwd);
    let file;
    try {
      file = readTextFile(abs, config.maxFileSize);
    } catch (e) {
      if (e instanceof FileError && e.kind !== 'io') return { kind: 'skipped', warning: `${shown}${e.message.slice(e.path.length)}` };
      return { kind: 'fatal', message: (e as Error).message };
    }
    const { result, text, fixed } = this.checkText(file.text, formatOf(abs), config, abs);
    if (this.options.fix && fixed > 0) {
      try {
        writeTextFileAtomic(file, text);
      } catch (e) {
        return { kind: 'fatal', message: (e as Error).message };
      }
    }
    return { kind: 'result', result: toFileResult(shown, text, result, fixed) };
  }
}

export function shownPath(abs: string, cwd: string): string {
  return isAbsolute(abs) ? relative(cwd, abs) || abs : abs;
}

export function toFileResult(path: string, text: string, result: ReturnType<Engine['check']>, fixed: number): FileResult {
  return {
    path,
    language: result.language,
    ...(result.sourceLanguages[0] ? { sourceLanguage: result.sourceLanguages[0], sourceLanguageSource: result.sourceLanguageSource === 'config' ? ('config' as const) : ('inferred' as const) } : {}),
    findings: result.findings,
    text,
    lineStarts: result.lineStarts,
    fixed,
  };
}
