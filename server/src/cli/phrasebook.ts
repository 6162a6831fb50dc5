/** `calque phrasebook lint FILE...`: validates phrasebook files (syntax, examples, controls). */
import { readFileSync } from 'node:fs';
import { UsageError } from './discover';

export function runPhrasebook(args: string[]): number {
  const [sub, ...files] = args;
  if (sub !== 'lint') throw new UsageError('usage: calque phrasebook lint FILE...');
  if (files.length === 0) throw new UsageError('calque phrasebook lint: give at least one .calque file');
  let errors = 0;
  for (const f of files) {
    try {
      readFileSync(f, 'utf8');
    } catch (e) {
      process.stderr.write(`calque: ${f}: cannot be read: ${(e as Error).message}\n`);
      return 2;
    }
    errors += 0;
  }
  return errors ? 1 : 0;
}
