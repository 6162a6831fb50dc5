/**
 * When documents are checked: checks are debounced per document, a newer edit supersedes the
 * pending check (its result is dropped if the document moved on meanwhile), a long check sets
 * the pace while checks run back to back, and requests can wait for (or run) the check of a
 * document's current version.
 */
import type { CancellationToken } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import type { ConfigResolver } from './configResolver';
import type { DocumentChecker } from './checker';
import type { Publisher } from './publisher';
import { isFresh, type Outcome } from './documentState';

/**
 * Checks shorter than this never delay the next one: a re-check after an edit in a document
 * of ordinary size takes a few milliseconds, and waiting for it would only add latency.
 */
const PACE_FROM_MS = 50;

/** The shortest wait after a keystroke: typing bursts still coalesce into one check. */
const MIN_DEBOUNCE_MS = 25;

/**
 * How long to wait after an edit before checking, given the document's last check time and the
 * configured debounce (an upper bound): twice the check's cost plus a little, so a document
 * that checks in 3 ms updates ~30 ms after the last key, one that takes 60 ms waits ~135 ms,
 * and none waits longer than configured. A document not yet checked waits the configured time.
 */
export function adaptiveDebounce(lastMs: number | undefined, configured: number): number {
  if (lastMs === undefined) return configured;
  return Math.min(configured, Math.max(MIN_DEBOUNCE_MS, Math.round(2 * lastMs + 15)));
}

export class Scheduler {
  constructor(
    private readonly ctx: ServerContext,
    private readonly config: ConfigResolver,
    private readonly checker: DocumentChecker,
    private readonly publisher: Publisher,
  ) {}

  schedule(doc: TextDocument, delay = this.ctx.debounceMs): void {
    const s = this.ctx.states.ensure(doc.uri);
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      void this.run(doc.uri);
    }, delay);
  }

  /** Every open document's outcome is stale (configuration or workspace index changed): check them again. */
  recheckAll(): void {
    this.ctx.generation++;
    this.ctx.refreshDiagnostics();
    for (const doc of this.ctx.documents.all()) this.schedule(doc, 0);
  }

  /** The content of `doc` changed: re-check it and its translations. */
  edited(doc: TextDocument): void {
    const { states, documents } = this.ctx;
    // Translations of this document are checked against it: they are re-checked too.
    for (const [uri, st] of states) {
      if (uri !== doc.uri && st.outcome?.pair?.uri === doc.uri) {
        const t = documents.get(uri);
        st.sourceChanged = true;
        if (t) this.schedule(t);
      }
    }
    // Supersedes any pending check of an older version.
    const s = states.get(doc.uri);
    // A long check (PACE_FROM_MS or more) sets the pace only while checks are back to back (one
    // running, or one just ended); otherwise an edit waits just the debounce.
    const last = s?.lastMs ?? 0;
    const busy = s !== undefined && last >= PACE_FROM_MS && (s.running || (s.lastEnd !== undefined && performance.now() - s.lastEnd < last));
    this.schedule(doc, s?.outcome ? Math.max(adaptiveDebounce(s.lastMs, this.ctx.debounceMs), busy ? Math.min(s.lastMs ?? 0, 5000) : 0) : 0);
  }

  /** `uri` was closed: its pending check, state and cached configuration go; whoever waits gets nothing. */
  closed(uri: string): void {
    const s = this.ctx.states.get(uri);
    if (s?.timer) clearTimeout(s.timer);
    this.ctx.states.delete(uri);
    this.config.forget(uri);
    this.publisher.closed(uri);
    for (const w of s?.waiters ?? []) w.resolve(undefined);
  }

  /** The outcome for the document's current version, waiting for (or running) its check. */
  fresh(doc: TextDocument, token?: CancellationToken, delay = this.ctx.debounceMs): Promise<Outcome | undefined> {
    const s = this.ctx.states.ensure(doc.uri);
    if (isFresh(doc, s, this.ctx.generation)) return Promise.resolve(s.outcome);
    return new Promise((resolve) => {
      const waiter = { resolve };
      s.waiters.push(waiter);
      token?.onCancellationRequested(() => {
        const i = s.waiters.indexOf(waiter);
        if (i >= 0) s.waiters.splice(i, 1);
        resolve(undefined);
      });
      if (!s.timer && !s.running) this.schedule(doc, delay);
      else if (delay === 0 && s.timer) this.schedule(doc, 0);
    });
  }

  /**
   * The output line of a check: the language decision when it is new for the document (first
   * check, or it changed), else the time only, at the debug level.
   */
  private describe(uri: string, before: Outcome['info'] | undefined, outcome: Outcome, ms: number): void {
    const i = outcome.info;
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    const time = `${ms.toFixed(0)} ms`;
    const findings = `${outcome.info.findings} finding${outcome.info.findings === 1 ? '' : 's'}`;
    if (i.kind !== 'article') return;
    const decision = `${i.language} (${i.languageSource})${i.sourceLanguages.length ? ` ← ${i.sourceLanguages.join(', ')}` : ''}`;
    const prev = before && before.kind === 'article' ? `${before.language} (${before.languageSource})${before.sourceLanguages.length ? ` ← ${before.sourceLanguages.join(', ')}` : ''}` : undefined;
    if (decision !== prev) this.ctx.info(`${name}: ${decision}${i.sourceUri ? `, source ${i.sourceUri.slice(i.sourceUri.lastIndexOf('/') + 1)}` : ''}${i.truncated ? ', checked up to maxFileSize' : ''}; ${findings} in ${time}`);
    else this.ctx.log(`${name}: ${findings} in ${time}`);
  }

  private async run(uri: string): Promise<void> {
    const { ctx } = this;
    const { documents } = ctx;
    const s = ctx.states.get(uri);
    if (!s) return;
    if (s.running) {
      s.rerun = true;
      return;
    }
    s.running = true;
    try {
      const doc = documents.get(uri);
      if (!doc) return;
      if (isFresh(doc, s, ctx.generation)) return;
      const resolved = await this.config.configFor(uri);
      const current = documents.get(uri);
      // A newer edit arrived while the configuration was fetched: that edit scheduled its own check.
      if (!current || current.version !== doc.version) return;
      const t0 = performance.now();
      s.sourceChanged = false;
      const outcome = this.checker.check(current, resolved);
      s.lastEnd = performance.now();
      s.lastMs = s.lastEnd - t0;
      const before = s.outcome?.info;
      s.outcome = outcome;
      this.publisher.checked(uri, outcome);
      this.describe(uri, before, outcome, s.lastMs);
      const waiters = s.waiters.splice(0);
      for (const w of waiters) w.resolve(outcome);
    } catch (e) {
      ctx.logError(`checking ${uri}`, e);
      // Mark this version as done (with no findings) so a failing check is not retried in a loop;
      // the next edit or configuration change tries again.
      const doc = documents.get(uri);
      if (doc) {
        s.outcome = this.checker.failed(doc);
        this.publisher.failed(uri, doc.version);
        for (const w of s.waiters.splice(0)) w.resolve(s.outcome);
      }
    } finally {
      s.running = false;
      const doc = documents.get(uri);
      if (s.rerun || (doc && !isFresh(doc, s, ctx.generation) && !s.timer)) {
        s.rerun = false;
        if (doc && !s.timer) this.schedule(doc, 0);
      }
      if (!doc) for (const w of s.waiters.splice(0)) w.resolve(undefined);
    }
  }
}
