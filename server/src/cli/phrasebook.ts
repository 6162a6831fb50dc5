/**
 * `calque phrasebook lint FILE...`: validates phrasebook files — syntax, notes, examples and
 * controls (each `+` example must be flagged by its entry, no `-` control by any entry).
 * Prints `file:line:col  severity  message  (code)`; exit 1 on errors or failed self-tests,
 * 2 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { lintPhrasebook, SELF_TEST_CODES } from '../engine/phrasebook/index';
import { UsageError } from './discover';

export function runPhrasebook(args: string[]): number {
  const [sub, ...files] = args;
  if (sub !== 'lint') throw new UsageError('usage: calque phrasebook lint FILE...');
  if (files.length === 0) throw new UsageError('calque phrasebook lint: give at least one .calque file');
  let failed = 0;
  let warnings = 0;
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (e) {
      process.stderr.write(`calque: ${f}: cannot be read: ${(e as Error).message}\n`);
      return 2;
    }
    for (const d of lintPhrasebook(text, f)) {
      const fails = d.severity === 'error' || SELF_TEST_CODES.has(d.code);
      if (fails) failed++;
      else warnings++;
      process.stdout.write(`${f}:${d.line}:${d.column}  ${fails ? 'error' : 'warning'}  ${d.message}  (${d.code})\n`);
    }
  }
  process.stdout.write(failed || warnings ? `${failed} error(s), ${warnings} warning(s)\n` : `✔ ${files.length} phrasebook(s) OK\n`);
  return failed ? 1 : 0;
}
