/** Runs the built CLI (dist/cli.js) as a user would. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers';

export const CLI = join(ROOT, 'dist', 'cli.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function calque(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
