/** `calque check`: discover files, load config per file, run the engine, format, exit code. */
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { extractNameCounts, WorkspaceNameIndex } from '../engine/names/workspace';
import { languageTagProblem, normaliseTag, type PartialConfig } from '../engine/config';
import { SEVERITIES, type Finding, type Severity } from '../engine/types';
import { loadConfig, formatError, type PositionedError } from '../node/config';
import { decodeText, encodeText, readTextFile } from '../node/files';
import { discoverFiles, formatOf, UsageError } from './discover';
import { FORMATTERS } from './formatters/index';
import { joinSourceFindings, type FileResult } from './result';
import { Progress } from './progress';
import { FileChecker, toFileResult, type FileOutcome } from './checkFile';
import { autoJobs, checkInWorkers, type CheckJob } from './pool';
import { sourcesAmong } from '../node/pairs';
import { changedFiles } from '../node/changed';
import { buildFingerprint, DEFAULT_CACHE_DIR, digest } from '../node/cache';
import { shardOf, type ShardEntry, type ShardReport } from './shard';
import pkg from '../../../package.json' with { type: 'json' };

export interface CheckOptions {
  paths: string[];
  stdin: boolean;
  stdinFilename?: string;
  lang?: string;
  sourceLang?: string[];
  /** --source FILE: the source the given files translate (a fixed contract: `calque check --source a.lt.md a.en.md`). */
  source?: string;
  config?: string;
  failOn: Severity;
  fix: boolean;
  quiet: boolean;
  format: string;
  color: boolean;
  /** Worker threads (--jobs); undefined: decided by the amount of text (pool.ts autoJobs). */
  jobs?: number;
  /** --changed[=REF]: only files changed against REF ('' = the merge base with the default branch). */
  changed?: string;
  /** --cache / --cache-location DIR: the result cache folder (node/cache.ts). */
  cacheDir?: string;
  /** --shard i/n: check the files whose path hashes to shard i of n; write a shard report for `calque merge`. */
  shard?: { index: number; total: number };
}

/** The report options `check` and `merge` share (--format, --fail-on, --color / --no-color), checked. */
export function outputOptions(v: { format?: unknown; 'fail-on'?: unknown; color?: unknown; 'no-color'?: unknown }): { format: string; failOn: Severity; color: boolean } {
  const failOn = v['fail-on'] as string;
  if (!['error', 'warning', 'info', 'hint'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning or info (got "${failOn}")`);
  const format = v.format as string;
  if (!FORMATTERS[format]) throw new UsageError(`--format must be one of ${Object.keys(FORMATTERS).join(', ')} (got "${format}")`);
  const color = v.color ? true : v['no-color'] ? false : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  return { format, failOn: failOn as Severity, color };
}

export function parseCheckArgs(args: string[]): CheckOptions {
  // "--changed" takes an optional ref: "--changed" alone is "--changed=" (the default base).
  args = args.map((a) => (a === '--changed' ? '--changed=' : a));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        lang: { type: 'string' },
        'source-lang': { type: 'string' },
        source: { type: 'string', short: 's' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string', default: 'warning' },
        fix: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        format: { type: 'string', short: 'f', default: 'text' },
        'no-color': { type: 'boolean', default: false },
        color: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        changed: { type: 'string' },
        cache: { type: 'boolean', default: false },
        shard: { type: 'string' },
        'cache-location': { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const { failOn, format, color } = outputOptions(v);
  const lang = v.lang as string | undefined;
  const langProblem = lang !== undefined && lang !== 'auto' ? languageTagProblem(lang) : undefined;
  if (langProblem) throw new UsageError(`--lang: ${langProblem}, or "auto"`);
  const src = (v['source-lang'] as string | undefined)?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of src ?? []) {
    const problem = languageTagProblem(s);
    if (problem) throw new UsageError(`--source-lang: ${problem}`);
  }
  if (v.stdin && parsed.positionals.length) throw new UsageError('--stdin takes no file arguments');
  if (v.stdin && v.changed !== undefined) throw new UsageError('--changed selects files; it does not go with --stdin');
  if ((v.cache || v['cache-location'] !== undefined) && v.fix) throw new UsageError('--cache does not go with --fix (a fixed file is a new file)');
  let shard: { index: number; total: number } | undefined;
  if (v.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(v.shard as string);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 1000 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n ≤ 1000 (got "${v.shard}")`);
    if (v.stdin || v.fix) throw new UsageError('--shard splits a run over files; it does not go with --stdin or --fix');
    shard = { index: Number(m[1]), total: Number(m[2]) };
  }
  if (v.source !== undefined && !v.stdin && parsed.positionals.length === 0) throw new UsageError('--source needs the translated file(s) to check against it: calque check --source article.lt.md article.en.md');
  const jobsText = v.jobs as string | undefined;
  const jobs = jobsText === undefined || jobsText === 'auto' ? undefined : Number(jobsText);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64, or auto (got "${jobsText}")`);
  return {
    paths: parsed.positionals,
    stdin: v.stdin as boolean,
    stdinFilename: v['stdin-filename'] as string | undefined,
    lang: lang === undefined ? undefined : lang === 'auto' ? 'auto' : normaliseTag(lang),
    sourceLang: src?.map(normaliseTag),
    ...(v.source !== undefined ? { source: v.source as string } : {}),
    config: v.config as string | undefined,
    failOn,
    fix: v.fix as boolean,
    quiet: v.quiet as boolean,
    format,
    color,
    ...(jobs !== undefined ? { jobs } : {}),
    ...(v.changed !== undefined ? { changed: v.changed as string } : {}),
    ...(shard ? { shard } : {}),
    ...(v.cache || v['cache-location'] !== undefined ? { cacheDir: resolve(process.cwd(), (v['cache-location'] as string | undefined) ?? DEFAULT_CACHE_DIR) } : {}),
  };
}

/** Standard input, refused beyond `maxBytes` (maxFileSize, as for files) without reading the rest. */
async function readStdin(name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > maxBytes) throw new Error(`${name}: is over the limit of ${maxBytes} bytes (maxFileSize); not checked`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function runCheck(args: string[]): Promise<number> {
  const opts = parseCheckArgs(args);
  const cwd = process.cwd();
  const cli: PartialConfig = {};
  if (opts.lang) cli.language = opts.lang;
  if (opts.sourceLang) cli.sourceLanguage = opts.sourceLang;

  const checker = new FileChecker({ cwd, configFile: opts.config, cli, fix: opts.fix, ...(opts.cacheDir && !opts.stdin ? { cacheDir: opts.cacheDir } : {}) });
  const engine = checker.engine;
  const configErrors = checker.configErrors;
  const useConfig = (filePath: string | undefined) => checker.useConfig(filePath);
  const results: FileResult[] = [];

  if (opts.stdin) {
    const name = opts.stdinFilename ?? '<stdin>';
    const config = useConfig(opts.stdinFilename ? resolve(cwd, opts.stdinFilename) : undefined);
    if (configErrors.length) return reportConfigErrors(configErrors);
    // Decoded strictly, like files: invalid bytes would otherwise become U+FFFD and, with
    // --fix, be written out changed.
    let decoded: ReturnType<typeof decodeText>;
    try {
      decoded = decodeText(name, await readStdin(name, config.maxFileSize));
    } catch (e) {
      process.stderr.write(`calque: ${(e as Error).message}\n`);
      return 2;
    }
    let sourceText: { text: string; format: 'markdown' | 'plaintext' } | undefined;
    if (opts.source) {
      try {
        sourceText = { text: readTextFile(resolve(cwd, opts.source), config.maxFileSize).text, format: formatOf(opts.source) };
      } catch (e) {
        process.stderr.write(`calque: ${(e as Error).message}\n`);
        return 2;
      }
    }
    const { result, text: out, fixed } = checker.checkText(decoded.text, formatOf(name), config, name, sourceText);
    if (opts.fix) {
      // With --stdin, --fix writes the fixed text to stdout (like a formatter) and the report to stderr,
      // in the input's encoding and BOM.
      process.stdout.write(encodeText(out, decoded.encoding, decoded.bom));
      results.push(toFileResult(name, out, result, fixed));
      process.stderr.write(FORMATTERS[opts.format]!(results, { cwd, color: false, quiet: opts.quiet, version: pkg.version }));
      return exitCode(results, opts.failOn);
    }
    results.push(toFileResult(name, out, result, fixed));
  } else {
    const firstConfig = loadConfig({ configFile: opts.config, cli });
    if (firstConfig.errors.length && opts.config) return reportConfigErrors(firstConfig.errors);
    let jobsList: CheckJob[];
    let files: string[];
    if (opts.source) {
      // One source, the given files its translations: exactly these pairs.
      const source = resolve(cwd, opts.source);
      if (!existsSync(source) || !statSync(source).isFile()) {
        process.stderr.write(`calque: --source ${opts.source}: no such file\n`);
        return 2;
      }
      files = discoverFiles(opts.paths, cwd, firstConfig.config.ignore).filter((f) => resolve(f) !== source);
      jobsList = files.map((file) => ({ file, source }));
    } else {
      const found = discoverFiles(opts.paths, cwd, firstConfig.config.ignore);
      // Pairs by name or by the "pairs" setting: a file that is the source of another is read
      // with it, not checked as an article of its own.
      const sourceOf = sourcesAmong(found, (f) => useConfig(f), (p) => existsSync(p));
      const sources = new Set(sourceOf.values());
      files = found.filter((f) => !sources.has(resolve(f)));
      jobsList = files.map((file) => ({ file, ...(sourceOf.has(resolve(file)) ? { source: sourceOf.get(resolve(file))! } : {}) }));
    }
    let changed: Set<string> | undefined;
    if (opts.changed !== undefined) {
      try {
        changed = changedFiles(cwd, opts.changed || undefined);
      } catch (e) {
        process.stderr.write(`calque: ${(e as Error).message}\n`);
        return 2;
      }
    }
    // Workspace name scope: a first pass counts every file's name spellings, so that a name
    // spelled one way in most articles and another way in one is flagged in that one. The
    // index lives in this thread's engine, so such runs are checked in-process.
    const workspaceScope = files.length > 1 && files.some((f) => useConfig(f).nameScope === 'workspace');
    if (workspaceScope) {
      if (configErrors.length) return reportConfigErrors(configErrors);
      const index = new WorkspaceNameIndex();
      const countsDigest: string[] = [];
      // Every file's names, changed or not (--changed checks fewer files, not fewer names); with
      // --cache, the summaries of unchanged files come from the cache.
      for (const abs of files) {
        try {
          const file = readTextFile(abs, useConfig(abs).maxFileSize);
          const config = useConfig(abs);
          const key = checker.cache ? digest('names', buildFingerprint(), abs, file.text, JSON.stringify(config)) : undefined;
          let counts = key ? checker.cache!.get<ReturnType<typeof extractNameCounts>>(key) : undefined;
          if (!counts) {
            counts = extractNameCounts(engine.check({ text: file.text, format: formatOf(abs), config, id: abs }));
            if (key) checker.cache!.set(key, counts);
          }
          index.set(abs, counts);
          if (checker.cache) countsDigest.push(abs, JSON.stringify(counts));
        } catch {
          // unreadable files are reported in the main pass
        }
      }
      engine.resources.workspace = index;
      // Cached results depend on every file's names.
      if (checker.cache) checker.options.workspaceDigest = digest(...countsDigest);
    }
    if (changed) {
      // Only what the change touched: a changed file, or a translation whose source changed.
      const c = changed;
      jobsList = jobsList.filter((j) => c.has(resolve(j.file)) || (j.source !== undefined && c.has(resolve(j.source))));
      files = jobsList.map((j) => j.file);
    }
    // Sharding: every shard discovers the same files in the same order (and, with the workspace
    // name scope, has read every file's names above); it checks its share and records each
    // result's place in that order, so that `calque merge` puts the shards together as one run.
    const order = new Map<string, number>(jobsList.map((j, k) => [j.file, k]));
    if (opts.shard) {
      const { index, total } = opts.shard;
      jobsList = jobsList.filter((j) => shardOf(relative(cwd, j.file), total) === index - 1);
      files = jobsList.map((j) => j.file);
    }
    const placed: ShardEntry[] = [];
    const progress = new Progress(files.length);
    let fatal = false;
    let invalid = false;
    let skipped = 0;
    /** Source files' results, one per source (merged when a source has several translations). */
    const sourceResults = new Map<string, FileResult>();
    /** Handles one file's outcome; false stops the run. */
    const take = (abs: string, outcome: FileOutcome): boolean => {
      progress.tick(relative(cwd, abs));
      switch (outcome.kind) {
        case 'result':
          results.push(outcome.result);
          if (opts.shard) placed.push({ order: order.get(abs) ?? 0, result: outcome.result });
          if (outcome.result.notWritten) {
            process.stderr.write(`calque: ${outcome.result.notWritten}\n`);
            invalid = true;
          }
          if (outcome.source) {
            const had = sourceResults.get(outcome.source.path);
            if (!had) {
              sourceResults.set(outcome.source.path, outcome.source);
              results.push(outcome.source);
              if (opts.shard) placed.push({ order: (order.get(abs) ?? 0) + 0.5, result: outcome.source });
            } else joinSourceFindings(had, outcome.source);
          }
          return true;
        case 'invalid':
          process.stderr.write(`calque: ${outcome.message}\n`);
          invalid = true;
          return true;
        case 'skipped':
          process.stderr.write(`calque: warning: ${outcome.warning}\n`);
          skipped++;
          return true;
        case 'config-errors':
          return false;
        case 'fatal':
          progress.done();
          process.stderr.write(`calque: ${outcome.message}\n`);
          fatal = true;
          return false;
      }
    };
    const jobs = workspaceScope ? 1 : (opts.jobs ?? autoJobs(files));
    if (jobs > 1) {
      await checkInWorkers(jobsList, checker.options, jobs, (abs, outcome, errors) => {
        for (const e of errors) checker.addError(e);
        return take(abs, outcome);
      });
    } else {
      for (const job of jobsList) if (!take(job.file, checker.checkFile(job.file, job.source))) break;
    }
    if (fatal) return 2;
    progress.done();
    if (opts.shard) {
      if (configErrors.length) return reportConfigErrors(configErrors);
      const report: ShardReport = { calqueShard: 1, version: pkg.version, shard: `${opts.shard.index}/${opts.shard.total}`, files: placed };
      process.stdout.write(JSON.stringify(report) + '\n');
      // Findings decide at the merge; a file that could not be read or written decides here.
      return invalid ? 2 : 0;
    }
    // Files were named or found but none could be checked (all too large, binary, not regular):
    // not a clean result.
    if (skipped > 0 && results.length === 0) invalid = true;
    if (invalid) {
      if (configErrors.length) return reportConfigErrors(configErrors);
      process.stdout.write(FORMATTERS[opts.format]!(results, { cwd, color: opts.color, quiet: opts.quiet, version: pkg.version }));
      reportApplied(results, opts);
      return 2;
    }
  }
  if (checker.cache && process.env.CALQUE_CACHE_STATS) process.stderr.write(`calque: cache ${checker.cache.hits} hits, ${checker.cache.misses} misses\n`);
  if (configErrors.length) return reportConfigErrors(configErrors);
  const output = FORMATTERS[opts.format]!(results, { cwd, color: opts.color, quiet: opts.quiet, version: pkg.version });
  process.stdout.write(output);
  reportApplied(results, opts);
  return exitCode(results, opts.failOn);
}

function reportApplied(results: FileResult[], opts: { fix: boolean; format: string }): void {
  if (opts.fix && opts.format === 'text') {
    const n = results.reduce((a, r) => a + (r.fixed ?? 0), 0);
    if (n) process.stderr.write(`calque: applied ${n} fix${n === 1 ? '' : 'es'} in ${results.filter((r) => r.fixed).length} file(s)\n`);
  }
}

function reportConfigErrors(errors: PositionedError[]): number {
  for (const e of errors) process.stderr.write(`calque: ${formatError(e)}\n`);
  return 2;
}

export function exitCode(results: FileResult[], failOn: Severity): number {
  const limit = SEVERITIES.indexOf(failOn);
  const fails = (f: Finding) => SEVERITIES.indexOf(f.severity) <= limit;
  return results.some((r) => r.findings.some(fails)) ? 1 : 0;
}
