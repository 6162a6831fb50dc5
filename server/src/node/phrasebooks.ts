/** Loads user phrasebook files (paths from config `phrasebooks`) as text for the engine. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PositionedError } from './config';

export function loadPhrasebooks(paths: string[], baseDir: string): { books: Map<string, string>; errors: PositionedError[] } {
  const books = new Map<string, string>();
  const errors: PositionedError[] = [];
  for (const p of paths) {
    const abs = resolve(baseDir, p);
    try {
      books.set(abs, readFileSync(abs, 'utf8'));
    } catch (e) {
      errors.push({ file: abs, line: 1, column: 1, message: `cannot read the phrasebook: ${(e as Error).message}` });
    }
  }
  return { books, errors };
}
