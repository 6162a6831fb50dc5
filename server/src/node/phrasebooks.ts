/**
 * User phrasebooks for the engine: the config's `phrasebooks` paths plus every `*.calque` file
 * in the project folder (the folder of `.calque.json`, or the workspace folder / current folder
 * when there is none). Both the CLI and the language server load them through here.
 */
import { readdirSync } from 'node:fs';
import { readDataFile } from './files';
import { join, resolve } from 'node:path';
import type { PositionedError } from './config';

/** `*.calque` files directly in `projectDir` (sorted; unreadable folders give none). */
export function projectPhrasebookFiles(projectDir: string): string[] {
  try {
    return readdirSync(projectDir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.calque'))
      .map((e) => join(projectDir, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** A phrasebook larger than this is refused (the built-ins together are under 1 MB). */
const MAX_PHRASEBOOK_BYTES = 16 * 1024 * 1024;

export function loadPhrasebooks(paths: string[], baseDir: string, opts: { includeProjectFiles?: boolean } = {}): { books: Map<string, string>; errors: PositionedError[] } {
  const books = new Map<string, string>();
  const errors: PositionedError[] = [];
  const all = [...paths.map((p) => resolve(baseDir, p)), ...(opts.includeProjectFiles === false ? [] : projectPhrasebookFiles(baseDir))];
  for (const abs of all) {
    if (books.has(abs)) continue;
    try {
      books.set(abs, readDataFile(abs, MAX_PHRASEBOOK_BYTES));
    } catch (e) {
      errors.push({ file: abs, line: 1, column: 1, message: `cannot read the phrasebook: ${(e as Error).message}` });
    }
  }
  return { books, errors };
}
