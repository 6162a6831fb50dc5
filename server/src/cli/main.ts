/**
 * `calque` — the command-line face of the engine.
 *
 *   calque check [paths|globs...] [options]   check articles (default command)
 *   calque merge REPORT...                    join the reports of a sharded run (check --shard i/n)
 *   calque rules                              list the rules
 *   calque phrasebook lint FILE...            validate phrasebook files
 *   calque lsp --stdio | --node-ipc           start the language server
 *
 * Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
 * 2 usage, configuration or I/O error (the message names the file).
 */
import { isMainThread } from 'node:worker_threads';
import { runCheck } from './check';
import { runRules } from './rules';
import { runMerge } from './merge';
import { runPhrasebook } from './phrasebook';
import { UsageError } from './discover';
import pkg from '../../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;

export const HELP = `calque ${VERSION} — flags likely machine-translation defects in articles

Usage:
  calque check [paths|globs...] [options]   check .md/.markdown/.txt, XLIFF and PO files (default: current folder)
  calque merge REPORT... [--format F]       join the reports of check --shard i/n as one run
  calque rules                              list rules, categories and default severities
  calque phrasebook lint FILE...            validate .calque phrasebook files
  calque lsp --stdio | --node-ipc           start the language server (for any LSP editor)

Options for check:
  --stdin                     read the article from standard input
  --stdin-filename NAME       name (and format, by extension) for --stdin input
  --lang TAG                  document (target) language, e.g. en, de-CH (default: detect)
  --source-lang TAG[,TAG]     source language(s) of the translation
  -s, --source FILE           the source the given files translate (source-aware checks)
  --config FILE               use this .calque.json (default: found walking up from each file)
  --fail-on LEVEL             error | warning | info: exit 1 at or above it (default: warning)
  --fix                       apply safe fixes in place (atomic; keeps encoding, BOM, line endings)
  --quiet                     report errors only
  --format FORMAT             text | json | sarif | github (default: text)
  -j, --jobs N|auto           worker threads for many files (default auto: one per core, by amount of text)
  --changed[=REF]             only files changed against REF (default: the merge base with the default branch)
  --cache, --cache-location DIR   keep results in .calque-cache/ (or DIR); unchanged files are read, not checked
  --shard i/n                 check shard i of n (by a stable hash of the path); write a report for calque merge
  --no-color                  plain text output
  -h, --help / -v, --version

Exit codes: 0 = nothing at or above --fail-on, 1 = findings, 2 = usage, config or I/O error.
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return cmd === undefined ? 2 : 0;
      case '-v':
      case '--version':
        process.stdout.write(VERSION + '\n');
        return 0;
      case 'check':
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(HELP);
          return 0;
        }
        return await runCheck(rest);
      case 'merge':
        return runMerge(rest);
      case 'rules':
        return runRules(rest);
      case 'phrasebook':
        return runPhrasebook(rest);
      case 'lsp': {
        const { startServer } = await import('../lsp/server');
        startServer();
        return -1; // keep running
      }
      default:
        if (cmd.startsWith('-') || cmd.includes('.') || cmd.includes('/') || cmd.includes('*')) return await runCheck(argv);
        throw new UsageError(`unknown command "${cmd}" (try: calque --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`calque: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`calque: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

// Run when executed as the bin (dist/cli.js) — not when imported by tests.
// (Worker threads of `check --jobs` load this bundle too: pool.ts runs them.)
const isEntry = typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module;
if (isMainThread && (isEntry || process.env.CALQUE_CLI_ENTRY === '1')) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`calque: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
