/**
 * End-to-end in a real VS Code for SOURCE-AWARE checking: code-server 4.100.3 (VS Code 1.100)
 * with the built Calque VSIX installed, driven by playwright-core with Debian's chromium (see
 * docs/editors.md), like vscode.e2e.test.ts.
 * The workspace holds story.md (English source) and story.de.md (its German translation, paired
 * by name). Opens story.de.md, checks that the Problems panel shows the `numbers` finding on
 * "2.500" (25,000 in the source), applies its quick fix with the keyboard (Ctrl+., the item
 * "Use the source's value: …"), saves, and checks the file on disk now says "25.000". Then runs
 * "Calque: Show Source Sentence" and checks story.md opens beside the translation. Screenshots
 * go to test-output/vscode-bilingual-*.png (CI artifacts, not committed).
 *
 * Run: node scripts/build.mjs && node --import tsx --import ./test/support/register-loaders.mjs
 *   --test --test-reporter=spec test/e2e/vscode-bilingual.e2e.test.ts (after scripts/e2e-setup.sh).
 * Skips, saying why, when code-server or chromium is missing — unless CALQUE_E2E=1, where
 * missing tools are a failure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { codeServerMissing, startCodeServer, CHROMIUM } from './code-server';
import { ROOT } from './lsp-harness';

const OUT = join(ROOT, 'test-output');
const missing = codeServerMissing();
const required = process.env.CALQUE_E2E === '1';

const SOURCE = 'The city council approved a budget of 25,000 euros for the new library on Monday.\n\nResidents asked for longer opening hours on weekends.\n';
const TARGET = 'Der Stadtrat hat am Montag ein Budget von 2.500 Euro für die neue Bibliothek genehmigt.\n\nDie Einwohner baten um längere Öffnungszeiten am Wochenende.\n';
const MESSAGE = '"2.500" does not match "25,000" in the English source.';
const FIX_PREFIX = "Use the source's value";
const FIX_TITLE = `${FIX_PREFIX}: "25.000"`;
/** 1-based, as VS Code shows it: "2.500" starts at offset 42 of line 1. */
const LINE = 1;
const COL = TARGET.indexOf('2.500') + 1;

function log(msg: string): void {
  process.stdout.write(`# ${new Date().toISOString().slice(11, 19)} ${msg}\n`);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `vscode-bilingual-${name}.png`) });
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(title);
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
}

/** The rows of the Problems panel currently rendered: aria-labels carry message, line and column. */
async function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? (r as unknown as { innerText: string }).innerText));
}

/** Labels of the editor tabs of every editor group, per group. */
async function tabsPerGroup(page: Page): Promise<string[][]> {
  return page.locator('.editor-group-container').evaluateAll((groups) =>
    groups.map((g) => [...g.querySelectorAll('.tab .label-name')].map((l) => (l as unknown as { textContent: string }).textContent.trim())),
  );
}

test('VS Code (code-server): a source-aware finding (numbers vs story.md) in the Problems panel; its quick fix applied with the keyboard', { skip: missing && !required ? missing : false, timeout: 600_000 }, async () => {
  assert.equal(missing, undefined, missing);
  const t0 = Date.now();
  // A failure screenshot or log left by an earlier run would be mistaken for this run's.
  for (const f of ['vscode-bilingual-failure.png', 'code-server-bilingual.log']) rmSync(join(OUT, f), { force: true });
  const home = mkdtempSync(join(tmpdir(), 'calque-e2e-bi-'));
  const workspace = join(home, 'ws');
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'story.md'), SOURCE);
  const story = join(workspace, 'story.de.md');
  writeFileSync(story, TARGET);
  assert.equal(COL, 43);

  // 1. The VSIX, exactly as `npm run package` builds it (from the current dist/).
  const vsix = join(home, 'calque.vsix');
  const pack = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--skip-license', '-o', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  assert.equal(pack.status, 0, pack.stdout + pack.stderr);
  log(`VSIX ${Math.round(statSync(vsix).size / 1024)} KB built in ${Date.now() - t0} ms`);

  const cs = await startCodeServer({ vsix, workspace, home, settings: { 'calque.debounceMs': 50 } });
  log(`code-server up in ${Date.now() - t0} ms at ${cs.url}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    log(`workbench loaded in ${Date.now() - t0} ms`);

    // 2. Open the translation from the explorer (the source stays closed).
    await page.getByRole('treeitem', { name: 'story.de.md' }).first().click({ timeout: 60000 });
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
    await page.locator('.monaco-editor .view-lines').first().click();

    // 3. Problems panel: the numbers finding, with its line and column.
    await page.keyboard.press('Control+Shift+m');
    await page.waitForSelector('.markers-panel', { timeout: 30000 });
    const deadline = Date.now() + 60000;
    let rows: string[] = [];
    let row: string | undefined;
    while (!row && Date.now() < deadline) {
      rows = await problemRows(page);
      row = rows.find((r) => r.includes(MESSAGE));
      if (!row) await page.waitForTimeout(250);
    }
    await shot(page, 'problems');
    assert.ok(row, `Problems panel lists ${MESSAGE}; rows seen:\n${rows.join('\n')}`);
    log(`numbers diagnostic in the Problems panel after ${Date.now() - t0} ms: ${row}`);
    // The aria-label of a marker row reads "Warning: <message> at line L and character C. This
    // problem has references to N locations. generated by calque".
    assert.ok(row.includes(`${MESSAGE} at line ${LINE} and character ${COL}.`), `the row gives line ${LINE}, column ${COL}: ${row}`);
    assert.match(row, /^Warning:/, 'a warning');
    assert.match(row, /references to 1 location/, 'related information points at the source number');
    assert.match(row, /generated by calque/);
    log(`Problems rows: ${JSON.stringify(rows)}`);
    // Only this finding, in story.de.md only; its related information row points into the source.
    assert.ok(rows.some((r) => /^1 problems? in file story\.de\.md\b/.test(r)), `one problem in story.de.md: ${JSON.stringify(rows)}`);
    assert.ok(!rows.some((r) => /problems? in file story\.md\b/.test(r)), 'nothing reported on the source');
    assert.deepEqual(rows.filter((r) => r.includes('generated by calque')), [row], `only the numbers finding is listed: ${JSON.stringify(rows)}`);
    assert.ok(rows.includes('the number in the source at line 1 and character 39 in story.md'), `the related information names "25,000" in story.md (1:39): ${JSON.stringify(rows)}`);
    // The row's visible text names the rule: "calque(numbers)", the brackets drawn by CSS (the code is not in the aria-label).
    const rowText = await page.locator('.markers-panel .monaco-list-row', { hasText: MESSAGE }).first().innerText();
    assert.match(rowText, /calque\s*\(?numbers\)?/, `the row names the rule: ${JSON.stringify(rowText)}`);
    assert.match(rowText, /\[Ln 1, Col 43\]/, `the row shows [Ln 1, Col 43]: ${JSON.stringify(rowText)}`);

    // 4. The status bar item: document language ← source language, number of findings.
    const statusText = await page.locator('#calque\\.calque\\.status, [id$="calque.status"]').first().innerText({ timeout: 10000 }).catch(() => '');
    log(`status bar item: ${JSON.stringify(statusText)}`);
    assert.match(statusText, /Calque de ← en: 1\b/);

    // 5. The quick fix with the keyboard: Ctrl+G line:col (inside "2.500"), Ctrl+., choose, Enter.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+g');
    await page.waitForTimeout(300);
    await page.keyboard.type(`${LINE}:${COL + 1}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: 15000 });
    const items = await menu.locator('.monaco-list-row').evaluateAll((rs) => rs.map((r) => ({ text: (r as unknown as { innerText: string }).innerText.trim(), cls: r.className })));
    await shot(page, 'quickfix-menu');
    log(`quick fix menu: ${JSON.stringify(items.map((i) => i.text))}`);
    const actionable = items.filter((i) => !i.cls.includes('group-header') && !i.cls.includes('separator'));
    const idx = actionable.findIndex((i) => i.text.startsWith(FIX_PREFIX));
    assert.ok(idx >= 0, `the menu offers "${FIX_PREFIX}…": ${JSON.stringify(items.map((i) => i.text))}`);
    assert.equal(actionable[idx]!.text, FIX_TITLE);
    const focused = actionable.findIndex((i) => i.cls.includes('focused'));
    for (let i = Math.max(0, focused); i < idx; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+s');
    const expected = TARGET.replace('2.500', '25.000');
    const saveDeadline = Date.now() + 20000;
    let onDisk = readFileSync(story, 'utf8');
    while (onDisk !== expected && Date.now() < saveDeadline) {
      await page.waitForTimeout(200);
      onDisk = readFileSync(story, 'utf8');
    }
    await shot(page, 'after-fix');
    assert.equal(onDisk, expected, `story.de.md now reads as "${FIX_TITLE}" says`);
    assert.ok(onDisk.includes('Budget von 25.000 Euro'));
    log(`quick fix applied and saved after ${Date.now() - t0} ms`);

    // 6. The fixed finding leaves the Problems panel.
    const gone = Date.now() + 20000;
    let still = true;
    while (still && Date.now() < gone) {
      still = (await problemRows(page)).some((x) => x.includes(MESSAGE));
      if (still) await page.waitForTimeout(250);
    }
    assert.equal(still, false, 'the fixed finding is no longer listed');

    // 7. "Calque: Show Source Sentence" (cursor still in the first sentence) opens story.md beside.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+g');
    await page.waitForTimeout(300);
    await page.keyboard.type(`${LINE}:${COL + 1}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await runCommand(page, 'Calque: Show Source Sentence');
    const srcDeadline = Date.now() + 20000;
    let groups: string[][] = [];
    while (Date.now() < srcDeadline) {
      groups = await tabsPerGroup(page);
      if (groups.length >= 2 && groups.some((g) => g.includes('story.md'))) break;
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(500);
    await shot(page, 'show-source');
    log(`editor groups: ${JSON.stringify(groups)}`);
    assert.ok(groups.length >= 2, `the source opens beside the translation: ${JSON.stringify(groups)}`);
    assert.ok(groups.some((g) => g.includes('story.md')), `an editor for story.md is visible: ${JSON.stringify(groups)}`);
    assert.ok(groups.some((g) => g.includes('story.de.md')), 'the translation stays open');
    // The aligned source sentence is selected in the story.md editor.
    const srcEditor = page.locator('.editor-group-container').filter({ has: page.locator('.tab.active .label-name', { hasText: /^story\.md$/ }) });
    const selected = await srcEditor.locator('.monaco-editor .selected-text').count();
    assert.ok(selected > 0, 'the source sentence is selected in story.md');
    log(`Show Source Sentence opened story.md after ${Date.now() - t0} ms`);
    log(`total ${Date.now() - t0} ms`);
  } catch (e) {
    await shot(page, 'failure').catch(() => undefined);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'code-server-bilingual.log'), cs.log());
    throw e;
  } finally {
    await browser.close();
    await cs.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
