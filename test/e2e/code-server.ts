/**
 * Runs a real VS Code (code-server 4.100.3 = VS Code 1.100, installed by scripts/e2e-setup.sh)
 * with the Calque VSIX installed, on loopback, for playwright-core + Debian's chromium.
 * See docs/editors.md for why this and not @vscode/test-electron on these machines.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

export const CS_VERSION = '4.100.3';
export const CS_DIR = join(process.env.CALQUE_E2E_CACHE ?? join(homedir(), '.cache', 'calque-e2e'), `code-server-${CS_VERSION}`);
export const CS_ENTRY = join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CALQUE_CHROMIUM ?? '/usr/bin/chromium';

export function codeServerMissing(): string | undefined {
  if (!existsSync(join(CS_DIR, '.calque-installed')) || !existsSync(CS_ENTRY)) return `code-server ${CS_VERSION} is not installed in ${CS_DIR} (run scripts/e2e-setup.sh)`;
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found (apt-get install -y chromium)`;
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface CodeServer {
  url: string;
  proc: ChildProcess;
  log: () => string;
  stop(): Promise<void>;
}

/** Installs the VSIX into a fresh extensions dir and starts code-server on `workspace`. */
export async function startCodeServer(opts: { vsix: string; workspace: string; home: string; settings?: Record<string, unknown> }): Promise<CodeServer> {
  const ud = join(opts.home, 'user-data');
  const ext = join(opts.home, 'extensions');
  mkdirSync(join(ud, 'User'), { recursive: true });
  mkdirSync(ext, { recursive: true });
  const inst = spawnSync(process.execPath, [CS_ENTRY, '--extensions-dir', ext, '--user-data-dir', ud, '--install-extension', opts.vsix], { encoding: 'utf8', timeout: 120000 });
  if (inst.status !== 0 || !/successfully installed/i.test(inst.stdout + inst.stderr)) throw new Error(`installing the VSIX failed (status ${inst.status}): ${inst.stdout}\n${inst.stderr}`);
  writeFileSync(
    join(ud, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'editor.accessibilitySupport': 'off',
      ...opts.settings,
    }),
  );
  const port = await freePort();
  let log = '';
  const proc = spawn(process.execPath, [CS_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', ud, '--extensions-dir', ext, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', opts.workspace], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: opts.home },
  });
  proc.stdout!.on('data', (b) => (log += b.toString()));
  proc.stderr!.on('data', (b) => (log += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (proc.exitCode !== null) throw new Error(`code-server exited (${proc.exitCode}): ${log}`);
    if (Date.now() > deadline) throw new Error(`code-server did not start within 60 s: ${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    proc,
    log: () => log,
    stop: async () => {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((r) => setTimeout(r, 500));
        if (proc.exitCode === null) proc.kill('SIGKILL');
      }
    },
  };
}
