/**
 * Which files `calque check` reads: explicit paths, globs, or (by default) every .md,
 * .markdown and .txt below the current folder; skips node_modules and .git, honours
 * .gitignore files (from the git root down to each folder) and the config's `ignore` globs.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const ARTICLE_EXTENSIONS = ['md', 'markdown', 'mdx', 'txt', 'text'];
/** Bilingual files: each holds its sources and targets (POT templates have no targets). */
export const BITEXT_EXTENSIONS = ['xlf', 'xliff', 'po'];
const DEFAULT_GLOB = `**/*.{${[...ARTICLE_EXTENSIONS, ...BITEXT_EXTENSIONS].join(',')}}`;
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export class UsageError extends Error {}

function gitRoot(from: string): string | undefined {
  let d = resolve(from);
  for (;;) {
    if (existsSync(join(d, '.git'))) return d;
    const p = dirname(d);
    if (p === d) return undefined;
    d = p;
  }
}

/** .gitignore rules applying to files below `cwd`, with paths relative to `root`. */
function gitignoreFor(cwd: string): { root: string; ig: Ignore } {
  const root = gitRoot(cwd) ?? cwd;
  const ig = ignore();
  // Root-to-cwd .gitignore files (nested ones below cwd are read lazily in isIgnored).
  let d = resolve(cwd);
  const chain: string[] = [];
  for (;;) {
    chain.unshift(d);
    if (d === root) break;
    const p = dirname(d);
    if (p === d) break;
    d = p;
  }
  for (const dir of chain) addGitignore(ig, root, dir);
  return { root, ig };
}

function addGitignore(ig: Ignore, root: string, dir: string): void {
  const f = join(dir, '.gitignore');
  if (!existsSync(f)) return;
  const prefix = relative(root, dir).split(sep).join('/');
  for (const raw of readFileSync(f, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const neg = line.startsWith('!');
    let pat = neg ? line.slice(1) : line;
    if (prefix) pat = pat.startsWith('/') ? `${prefix}${pat}` : `${prefix}/**/${pat}`;
    ig.add((neg ? '!' : '') + pat);
  }
}

export function discoverFiles(args: string[], cwd: string, ignoreGlobs: string[]): string[] {
  const { root, ig } = gitignoreFor(cwd);
  const seenDirs = new Set<string>();
  const isIgnored = (abs: string) => {
    // Nested .gitignore files between cwd and the file.
    let d = dirname(abs);
    const dirs: string[] = [];
    while (d.startsWith(cwd) && d !== cwd && !seenDirs.has(d)) {
      dirs.push(d);
      d = dirname(d);
    }
    for (const x of dirs.reverse()) {
      seenDirs.add(x);
      addGitignore(ig, root, x);
    }
    const rel = relative(root, abs).split(sep).join('/');
    return rel !== '' && !rel.startsWith('..') && ig.ignores(rel);
  };
  const out = new Set<string>();
  const userIgnore = ignoreGlobs.length ? ignore().add(ignoreGlobs) : null;
  const userIgnored = (abs: string) => {
    const rel = relative(cwd, abs).split(sep).join('/');
    return userIgnore !== null && rel !== '' && !rel.startsWith('..') && userIgnore.ignores(rel);
  };
  /** Real paths already taken: one file reached by several paths (links) is checked once. */
  const realSeen = new Set<string>();
  const realOf = (f: string): string | undefined => {
    try {
      return realpathSync(f);
    } catch {
      return undefined; // a dangling link
    }
  };
  const addGlob = (pattern: string, base: string, explicit: boolean) => {
    // Folder links are not followed (a "loop -> .." would leave the tree and revisit it), and a
    // file link is checked only when what it points to lies inside the folder given.
    const root = realOf(base) ?? base;
    // The default extensions in any case (README.MD, notes.TXT); a user's own glob as written.
    for (const f of globSync(pattern, { cwd: base, absolute: true, ignore: ALWAYS_SKIPPED, dot: false, followSymbolicLinks: false, ...(pattern === DEFAULT_GLOB ? { caseSensitiveMatch: false } : {}) })) {
      if (!explicit && isIgnored(f)) continue;
      if (userIgnored(f)) continue;
      const real = realOf(f);
      if (real === undefined) continue;
      const rel = relative(root, real);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      if (realSeen.has(real)) continue;
      realSeen.add(real);
      out.add(f);
    }
  };
  if (args.length === 0) {
    addGlob(DEFAULT_GLOB, cwd, false);
  } else {
    for (const a of args) {
      const abs = resolve(cwd, a);
      if (!isDynamicPattern(a) && existsSync(abs)) {
        const st = statSync(abs);
        if (st.isDirectory()) addGlob(DEFAULT_GLOB, abs, false);
        else {
          // An explicitly named file is always checked (once, whatever path names it).
          const real = realOf(abs) ?? abs;
          if (!realSeen.has(real)) {
            realSeen.add(real);
            out.add(abs);
          }
        }
      } else if (isDynamicPattern(a)) {
        addGlob(a, cwd, false);
      } else {
        throw new UsageError(`${a}: no such file or directory`);
      }
    }
  }
  return [...out].sort();
}

export function formatOf(path: string): 'markdown' | 'plaintext' {
  const lower = path.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown') || lower.endsWith('.mdx') ? 'markdown' : 'plaintext';
}
