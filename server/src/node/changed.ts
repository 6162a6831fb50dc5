/**
 * `calque check --changed [REF]`: the files changed against a git ref — committed since the ref,
 * staged, modified in the working tree, or new and not ignored — so that CI and pre-commit check
 * only what a change touched. The default ref is the merge base with the default branch
 * (origin/HEAD, else main, else master), as a pull request sees it.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export class ChangedError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stderr?: string; code?: string; message: string };
    if (err.code === 'ENOENT') throw new ChangedError('--changed needs git, which is not installed');
    throw new ChangedError(`git ${args.join(' ')}: ${(err.stderr || err.message).trim().split('\n')[0]}`);
  }
}

/** The ref to compare with when none is given: the merge base with the default branch. */
export function defaultBase(cwd: string): string {
  for (const branch of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
    try {
      git(cwd, ['rev-parse', '--verify', '--quiet', branch + '^{commit}']);
    } catch {
      continue;
    }
    return git(cwd, ['merge-base', 'HEAD', branch]).trim();
  }
  throw new ChangedError('--changed: no default branch found (origin/HEAD, main or master); name the ref: --changed REF');
}

/** Absolute paths of the files changed against `ref` (undefined: the default base). Deleted files are left out. */
export function changedFiles(cwd: string, ref?: string): Set<string> {
  const root = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const base = ref ?? defaultBase(cwd);
  git(cwd, ['rev-parse', '--verify', '--quiet', base + '^{commit}']);
  const lists = [
    git(cwd, ['diff', '--name-only', '-z', '--diff-filter=ACMRT', base]), // committed since base, staged and unstaged
    git(cwd, ['ls-files', '-z', '--others', '--exclude-standard']), // new, not ignored
  ];
  const out = new Set<string>();
  for (const l of lists) for (const p of l.split('\0')) if (p) out.add(resolve(root, p));
  return out;
}
