/**
 * Workspace scope for the names rule (`"nameScope": "workspace"`): a background index of the
 * name spellings used by the workspace's articles (.md/.markdown/.txt), bounded in files, bytes
 * and time, reported with `$/progress` when the client supports work-done progress. The index
 * is the engine's `resources.workspace` (a WorkspaceNameIndex); open documents update their own
 * entry on every check. Indexing yields to the event loop between files, so requests and edits
 * are served meanwhile.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { WorkDoneProgress, type Connection } from 'vscode-languageserver/node';
import type { Engine } from '../engine/engine';
import { mergeConfig } from '../engine/config';
import { RULE_IDS } from '../engine/rules/index';
import type { Block } from '../engine/types';
import { WorkspaceNameIndex, extractNameCounts, nameCountsFromItems } from '../engine/names/workspace';
import type { NameItem, NamesSummary } from '../engine/names/extract';

export interface IndexerOptions {
  engine: Engine;
  connection: Connection;
  canReportProgress: () => boolean;
  log: (msg: string) => void;
  onIndexed: () => void;
  maxFiles?: number;
  maxFileBytes?: number;
  maxMillis?: number;
}

const PATTERNS = ['**/*.md', '**/*.markdown', '**/*.txt'];
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/build/**', '**/.*/**'];

export class WorkspaceIndexer {
  readonly index = new WorkspaceNameIndex({ maxDocuments: 5000 });
  private started = new Set<string>();
  private runId = 0;
  active = false;

  constructor(private readonly o: IndexerOptions) {}

  /** Starts indexing `folder` in the background (once per folder until reset). */
  ensure(folder: string | undefined): void {
    this.active = true;
    this.o.engine.resources.workspace = this.index;
    if (!folder || this.started.has(folder)) return;
    this.started.add(folder);
    const id = this.runId;
    void this.run(folder, id).catch((e) => this.o.log(`workspace index of ${folder} failed: ${(e as Error).message}`));
  }

  /** Forget which folders were indexed (configuration changed): the next check re-indexes. */
  reset(): void {
    this.runId++;
    this.started.clear();
  }

  update(uri: string, result: { blocks: readonly Block[]; summaries?: Map<string, unknown[]> }): void {
    try {
      // The names rule's cached block summaries when it ran (no re-extraction, no tokens needed).
      const names = result.summaries?.get('names') as (NamesSummary | undefined)[] | undefined;
      if (names) {
        const items: NameItem[] = [];
        const words = new Set<string>();
        for (const s of names) {
          if (!s) continue;
          for (const it of s.items) items.push(it);
          for (const w of s.nameWords) words.add(w);
        }
        this.index.set(uri, nameCountsFromItems(items, undefined, words));
      } else this.index.set(uri, extractNameCounts(result));
    } catch (e) {
      this.o.log(`workspace index: ${(e as Error).message}`);
    }
  }

  private async run(folder: string, id: number): Promise<void> {
    const maxFiles = this.o.maxFiles ?? 2000;
    const maxBytes = this.o.maxFileBytes ?? 1024 * 1024;
    const maxMillis = this.o.maxMillis ?? 60_000;
    const t0 = Date.now();
    let token: string | undefined;
    if (this.o.canReportProgress()) {
      token = `calque-index-${id}-${Math.random().toString(36).slice(2)}`;
      try {
        await this.o.connection.sendRequest('window/workDoneProgress/create', { token });
        void this.o.connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title: 'Calque: indexing names in the workspace', cancellable: false, percentage: 0 });
      } catch {
        token = undefined;
      }
    }
    const files = (await glob(PATTERNS, { cwd: folder, ignore: IGNORE, absolute: true, followSymbolicLinks: false })).slice(0, maxFiles);
    // Checking with every rule off still builds the shared tokenisation the name extraction needs.
    const off = Object.fromEntries(RULE_IDS.map((r) => [r, { severity: 'off' as const }]));
    const config = mergeConfig({ rules: off });
    let done = 0;
    let lastReport = 0;
    for (const file of files) {
      if (id !== this.runId) break;
      if (Date.now() - t0 > maxMillis) {
        this.o.log(`workspace index: stopped after ${done} of ${files.length} files (time budget ${maxMillis} ms)`);
        break;
      }
      try {
        const st = statSync(file);
        if (st.size <= maxBytes) {
          const uri = pathToFileURL(file).toString();
          const text = readFileSync(file, 'utf8');
          const format = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
          this.update(uri, this.o.engine.check({ text, format, config, id: uri }));
        }
      } catch {
        /* unreadable file: skip */
      }
      done++;
      if (token && Date.now() - lastReport > 200) {
        lastReport = Date.now();
        void this.o.connection.sendProgress(WorkDoneProgress.type, token, { kind: 'report', message: `${done}/${files.length} files`, percentage: Math.round((done / Math.max(1, files.length)) * 100) });
      }
      await new Promise((r) => setImmediate(r));
    }
    if (token) void this.o.connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end', message: `${done} files indexed` });
    this.o.log(`workspace index: ${done} files of ${folder} in ${Date.now() - t0} ms (${this.index.size} documents indexed)`);
    if (id === this.runId) this.o.onIndexed();
  }
}
