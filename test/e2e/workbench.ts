/**
 * What the code-server e2e tests share: the VSIX built as `npm run package` builds it, code-server
 * started with it, Chromium on the workbench, and the few interactions every test needs (a
 * command from the palette, the Problems panel's rows, screenshots into test-output/).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startCodeServer, CHROMIUM, type CodeServer } from './code-server';
import { ROOT } from './lsp-harness';

export const OUT = join(ROOT, 'test-output');

export function log(msg: string): void {
  process.stdout.write(`# ${new Date().toISOString().slice(11, 19)} ${msg}\n`);
}

/** A screenshot as test-output/vscode-<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `vscode-${name}.png`) });
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(title);
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
}

/** Puts the cursor at a 1-based line and column of the active editor (Ctrl+G "line:col"). */
export async function goToLineColumn(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+g');
  await page.waitForTimeout(300);
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** The rows of the Problems panel currently rendered: aria-labels carry message, line and column. */
export async function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? (r as unknown as { innerText: string }).innerText));
}

export interface Workbench {
  page: Page;
  cs: CodeServer;
  /** Closes the browser and stops code-server. */
  close(): Promise<void>;
}

/**
 * Builds the VSIX from the current dist/, starts code-server with it on `workspace` and opens the
 * workbench in Chromium; `t0` is the test's start, for the timing log lines.
 */
export async function openWorkbench(workspace: string, home: string, t0: number): Promise<Workbench> {
  const vsix = join(home, 'calque.vsix');
  const pack = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--skip-license', '-o', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  assert.equal(pack.status, 0, pack.stdout + pack.stderr);
  log(`VSIX ${Math.round(statSync(vsix).size / 1024)} KB built in ${Date.now() - t0} ms`);
  const cs = await startCodeServer({ vsix, workspace, home, settings: { 'calque.debounceMs': 50 } });
  log(`code-server up in ${Date.now() - t0} ms at ${cs.url}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const close = async () => {
    await browser.close();
    await cs.stop();
  };
  try {
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  } catch (e) {
    await close();
    throw e;
  }
  log(`workbench loaded in ${Date.now() - t0} ms`);
  return { page, cs, close };
}
