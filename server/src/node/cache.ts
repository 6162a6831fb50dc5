/**
 * `calque check --cache`: results on disk, one file per checked file and state, so that a run
 * over an unchanged tree reads instead of checking. The key is a SHA-256 of everything a result
 * depends on — Calque's own build (the running bundle's bytes), the file's path and text, its
 * source's path and text, the resolved configuration, the phrasebooks' and glossaries' texts, and
 * (with the workspace name scope) every file's name counts — so a cached result is never stale:
 * any change to an input is a new key. Entries are written atomically (temp file + rename); stale
 * ones are simply never read again (delete the folder to reclaim the space).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CACHE_DIR = '.calque-cache';

export function digest(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(String(p.length));
    h.update('\u0000');
    h.update(p);
  }
  return h.digest('hex');
}

let build: string | undefined;
/** The running build: the bytes of the bundle (dist/cli.js) or, under tsx, of this module's source tree entry. */
export function buildFingerprint(): string {
  if (build === undefined) {
    const self = typeof __filename !== 'undefined' ? __filename : fileURLToPath(import.meta.url);
    let bytes = '';
    try {
      bytes = readFileSync(self, 'latin1');
    } catch {
      bytes = self;
    }
    build = digest(process.env.CALQUE_CACHE_SALT ?? '', bytes);
  }
  return build;
}

/** A map's entries in a stable order, for digests (phrasebooks, glossaries: path → text). */
export function digestMap(m: ReadonlyMap<string, string>): string {
  return digest(...[...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flat());
}

export class ResultCache {
  hits = 0;
  misses = 0;
  private readonly made = new Set<string>();

  constructor(readonly dir: string) {}

  get<T>(key: string): T | undefined {
    try {
      const v = JSON.parse(readFileSync(join(this.dir, key.slice(0, 2), key + '.json'), 'utf8')) as T;
      this.hits++;
      return v;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    try {
      const sub = join(this.dir, key.slice(0, 2));
      if (!this.made.has(sub)) {
        mkdirSync(sub, { recursive: true });
        this.made.add(sub);
      }
      const file = join(sub, key + '.json');
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
}
