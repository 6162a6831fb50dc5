/**
 * Checking one file on disk: its configuration (found per file), the project's phrasebooks,
 * strict decoding, the engine, and with --fix the atomic write. One FileChecker per thread:
 * `calque check` uses one in-process, or one per worker thread (pool.ts).
 */
import { dirname, isAbsolute, relative } from 'node:path';
import { Engine, type CheckResult } from '../engine/engine';
import { checkBitext } from '../engine/bilingual/bitext';
import { bitextFormatOf } from '../engine/bilingual/formats/index';
import { BitextError } from '../engine/bilingual/formats/types';
import { computeLineStarts, lineOf } from '../engine/lines';
import type { CalqueConfig, PartialConfig } from '../engine/config';
import { applySafeFixes } from '../engine/fixes';
import { loadConfig, formatError, type PositionedError } from '../node/config';
import { loadPhrasebooks } from '../node/phrasebooks';
import { loadGlossaries } from '../node/glossaries';
import { FileError, readTextFile, writeTextFileAtomic } from '../node/files';
import { formatOf } from './discover';
import { buildFingerprint, digest, digestMap, ResultCache } from '../node/cache';
import type { FileResult, PairedFile } from './result';

const MAX_FIX_PASSES = 5;

/** What the checker needs to know about the run (plain data: it crosses to worker threads). */
export interface CheckerOptions {
  cwd: string;
  /** --config */
  configFile?: string;
  /** --lang / --source-lang */
  cli: PartialConfig;
  fix: boolean;
  /** --cache: the folder of the result cache (node/cache.ts); not with --fix. */
  cacheDir?: string;
  /** With the workspace name scope: a digest of every file's name counts (results depend on them). */
  workspaceDigest?: string;
}

/** The outcome for one file. */
export type FileOutcome =
  /** `source`: the findings that belong to the source of a pair (its own FileResult). */
  | { kind: 'result'; result: FileResult; source?: FileResult }
  /** The file cannot be read as what its name says (an XLIFF that is not well-formed XML, a broken PO entry): reported with its position, the run goes on, exit code 2. */
  | { kind: 'invalid'; message: string }
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
  private loadedGlossaryKey = '';
  private booksDigest = '';
  private glossaryDigest = '';
  readonly cache: ResultCache | undefined;

  constructor(readonly options: CheckerOptions) {
    this.cache = options.cacheDir && !options.fix ? new ResultCache(options.cacheDir) : undefined;
  }

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
      if (this.cache) this.booksDigest = digestMap(books);
    }
    const gKey = JSON.stringify(loaded.config.glossary) + loaded.config.language + loaded.config.sourceLanguage.join();
    if (gKey !== this.loadedGlossaryKey) {
      const { files, errors } = loadGlossaries(loaded.config, loaded.configPath);
      for (const e of errors) this.addError(e);
      this.engine.setGlossaries(files);
      this.loadedGlossaryKey = gKey;
      if (this.cache) this.glossaryDigest = digestMap(files);
    }
    return loaded.config;
  }

  private readonly errorKeys = new Set<string>();
  /** Records a configuration or phrasebook error once (also those the worker threads met). */
  addError(e: PositionedError): void {
    // A Set, not a scan: thousands of bad entries must stay linear.
    const key = formatError(e);
    if (this.errorKeys.has(key)) return;
    this.errorKeys.add(key);
    this.configErrors.push(e);
  }

  /**
   * Checks (and with --fix, repairs) the text of one file; returns the final findings and text.
   * `source`: the text of the source it translates (paired articles); XLIFF and PO files (by
   * `id`'s extension) hold their sources themselves.
   */
  checkText(text: string, format: 'markdown' | 'plaintext', config: CalqueConfig, id: string, source?: { text: string; format: 'markdown' | 'plaintext' }, fix = this.options.fix) {
    const bitext = bitextFormatOf(id);
    const run = (t: string): CheckResult => (bitext ? checkBitext(this.engine, { text: t, format: bitext, config, id }) : this.engine.check({ text: t, format, config, id, ...(source ? { source } : {}) }));
    let result = run(text);
    let fixed = 0;
    if (fix) {
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const applied = applySafeFixes(text, result.findings);
        if (applied.applied === 0 || applied.text === text) break;
        fixed += applied.applied;
        text = applied.text;
        result = run(text);
      }
    }
    return { result, text, fixed };
  }

  /**
   * Checks one file (absolute path), with its source when it is half of a pair; with --fix
   * writes the target back atomically (the source is only read).
   */
  checkFile(abs: string, sourceAbs?: string): FileOutcome {
    const config = this.useConfig(abs);
    if (this.configErrors.length) return { kind: 'config-errors' };
    const shown = shownPath(abs, this.options.cwd);
    let file;
    let source;
    try {
      file = readTextFile(abs, config.maxFileSize);
      if (sourceAbs) source = readTextFile(sourceAbs, config.maxFileSize);
    } catch (e) {
      if (e instanceof FileError && e.kind !== 'io') return { kind: 'skipped', warning: `${shownPath(e.path, this.options.cwd)}${e.message.slice(e.path.length)}` };
      return { kind: 'invalid', message: (e as Error).message }; // unreadable: reported, the run goes on (exit 2)
    }
    // The result cache: everything the outcome depends on is in the key.
    let cacheKey: string | undefined;
    if (this.cache) {
      cacheKey = digest(buildFingerprint(), shown, abs, file.text, sourceAbs ?? '', source?.text ?? '', JSON.stringify(config), this.booksDigest, this.glossaryDigest, this.options.workspaceDigest ?? '');
      const hit = this.cache.get<{ result: FileResult; source?: FileResult }>(cacheKey);
      if (hit) return { kind: 'result', ...hit };
    }
    let checked;
    try {
      checked = this.checkText(file.text, formatOf(abs), config, abs, source ? { text: source.text, format: formatOf(sourceAbs!) } : undefined);
    } catch (e) {
      if (e instanceof BitextError) {
        const starts = computeLineStarts(file.text);
        const line = lineOf(starts, e.offset);
        return { kind: 'invalid', message: `${shown}:${line + 1}:${e.offset - starts[line]! + 1}: ${e.message}` };
      }
      throw e;
    }
    let { result, text, fixed } = checked;
    let notWritten: string | undefined;
    if (this.options.fix && fixed > 0) {
      try {
        writeTextFileAtomic(file, text);
      } catch (e) {
        // Not written (read-only, hard links, changed on disk, a write error): the file keeps
        // its text, its findings are reported as they are there, and the run goes on.
        notWritten = `${shown}${(e as Error).message.slice(e instanceof FileError ? e.path.length : 0)}`;
        result = this.checkText(file.text, formatOf(abs), config, abs, source ? { text: source.text, format: formatOf(sourceAbs!) } : undefined, false).result;
        text = file.text;
        fixed = 0;
      }
    }
    const target = toFileResult(shown, text, result, fixed);
    if (notWritten) target.notWritten = notWritten;
    const done = (outcome: { kind: 'result'; result: FileResult; source?: FileResult }): FileOutcome => {
      if (this.cache && cacheKey) this.cache.set(cacheKey, { result: outcome.result, ...(outcome.source ? { source: outcome.source } : {}) });
      return outcome;
    };
    if (bitextFormatOf(abs)) {
      // Both sides in one file: related locations point into it.
      const self: PairedFile = { path: shown, text, lineStarts: target.lineStarts };
      target.pair = { source: self, target: self };
      return done({ kind: 'result', result: target });
    }
    if (!source || !result.source) return done({ kind: 'result', result: target });
    const srcShown = shownPath(sourceAbs!, this.options.cwd);
    const pair = { source: { path: srcShown, text: source.text, lineStarts: result.source.lineStarts }, target: { path: shown, text, lineStarts: target.lineStarts } };
    target.pair = pair;
    target.role = 'target';
    const src: FileResult = { path: srcShown, language: result.source.language, findings: result.source.findings, text: source.text, lineStarts: result.source.lineStarts, pair, role: 'source' };
    return done({ kind: 'result', result: target, source: src });
  }
}

export function shownPath(abs: string, cwd: string): string {
  return isAbsolute(abs) ? relative(cwd, abs) || abs : abs;
}

export function toFileResult(path: string, text: string, result: ReturnType<Engine['check']>, fixed: number): FileResult {
  const sourceLanguage = result.source?.language ?? result.sourceLanguages[0];
  return {
    path,
    language: result.language,
    ...(sourceLanguage ? { sourceLanguage, sourceLanguageSource: result.source || result.sourceLanguageSource === 'config' ? ('config' as const) : ('inferred' as const) } : {}),
    findings: result.findings,
    text,
    lineStarts: result.lineStarts,
    fixed,
  };
}
