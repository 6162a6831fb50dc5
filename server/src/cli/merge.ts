/** `calque merge REPORT...`: the shard reports of `calque check --shard i/n`, written as one run. */
import { parseArgs } from 'node:util';
import { FORMATTERS } from './formatters/index';
import { UsageError } from './discover';
import { exitCode, outputOptions } from './check';
import { MergeError, mergeReports } from './shard';
import pkg from '../../../package.json' with { type: 'json' };

export function runMerge(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'fail-on': { type: 'string', default: 'warning' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'no-color': { type: 'boolean', default: false },
        color: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const { format, failOn, color } = outputOptions(v);
  let results;
  try {
    results = mergeReports(parsed.positionals, pkg.version);
  } catch (e) {
    if (e instanceof MergeError) {
      process.stderr.write(`calque: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  process.stdout.write(FORMATTERS[format]!(results, { cwd: process.cwd(), color, quiet: v.quiet as boolean, version: pkg.version }));
  return exitCode(results, failOn);
}
