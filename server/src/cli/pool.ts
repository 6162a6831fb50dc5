/**
 * `calque check --jobs N`: files checked by N worker threads, each with its own FileChecker
 * (engine, caches, phrasebooks). The main thread hands out one file at a time, so a large file
 * never holds up the rest; results come back in input order. Workers run this same bundle
 * (dist/cli.js), started with `workerData.calqueWorker`.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FileChecker, type CheckerOptions, type FileOutcome } from './checkFile';
import type { PositionedError } from '../node/config';

/** Work worth a worker thread: starting one (loading the engine, compiling phrasebooks) costs about what checking this much text does. */
export const BYTES_PER_WORKER = 512 * 1024;
export const MAX_AUTO_JOBS = 8;

/**
 * Threads for a run when --jobs is not given: one per core, but no more than the files and
 * the amount of text justify (a handful of small articles is checked in-process).
 */
export function autoJobs(files: readonly string[]): number {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // reported when the file is checked
    }
  }
  return Math.max(1, Math.min(availableParallelism(), MAX_AUTO_JOBS, files.length, Math.floor(bytes / BYTES_PER_WORKER)));
}

/** One file to check, with the source it translates when it is half of a pair. */
export interface CheckJob {
  file: string;
  source?: string;
}

interface WorkerInit {
  calqueWorker: true;
  options: CheckerOptions;
}
type ToWorker = { index: number; job: CheckJob } | { stop: true };
type FromWorker = { index: number; outcome: FileOutcome; configErrors: PositionedError[] } | { crashed: string };

/** This module's file, to start workers with (the bundle when built, the .ts source under tsx). */
function selfPath(): string {
  return typeof __filename !== 'undefined' ? __filename : fileURLToPath(import.meta.url);
}

/**
 * Checks `files` with `jobs` workers. `onOutcome` is called for each file in input order, as
 * soon as it and every file before it are done; it returns false to stop the run (a fatal
 * error, configuration errors), after which no more outcomes are reported.
 */
export async function checkInWorkers(
  files: readonly CheckJob[],
  options: CheckerOptions,
  jobs: number,
  onOutcome: (file: string, outcome: FileOutcome, configErrors: PositionedError[]) => boolean,
): Promise<void> {
  const outcomes = new Map<number, { outcome: FileOutcome; configErrors: PositionedError[] }>();
  let next = 0; // next file to hand out
  let emit = 0; // next file to report
  let stopped = false;
  const workers: Worker[] = [];
  await new Promise<void>((resolveAll, rejectAll) => {
    let alive = 0;
    const finish = () => {
      for (const w of workers) w.postMessage({ stop: true } satisfies ToWorker);
    };
    const feed = (w: Worker) => {
      if (stopped || next >= files.length) {
        w.postMessage({ stop: true } satisfies ToWorker);
        return;
      }
      const index = next++;
      w.postMessage({ index, job: files[index]! } satisfies ToWorker);
    };
    const n = Math.max(1, Math.min(jobs, files.length));
    for (let i = 0; i < n; i++) {
      const w = new Worker(selfPath(), { workerData: { calqueWorker: true, options } satisfies WorkerInit, stdout: false, stderr: false });
      workers.push(w);
      alive++;
      w.on('message', (m: FromWorker) => {
        if ('crashed' in m) {
          stopped = true;
          finish();
          rejectAll(new Error(m.crashed));
          return;
        }
        outcomes.set(m.index, { outcome: m.outcome, configErrors: m.configErrors });
        while (!stopped && outcomes.has(emit)) {
          const o = outcomes.get(emit)!;
          outcomes.delete(emit);
          if (!onOutcome(files[emit]!.file, o.outcome, o.configErrors)) {
            stopped = true;
            finish();
          }
          emit++;
        }
        feed(w);
      });
      w.on('error', (e) => {
        stopped = true;
        finish();
        rejectAll(e);
      });
      w.on('exit', () => {
        if (--alive === 0) resolveAll();
      });
      feed(w);
    }
  });
}

/** The worker side: check each file it is sent with one FileChecker, until told to stop. */
function runWorker(init: WorkerInit): void {
  const checker = new FileChecker(init.options);
  const port = parentPort!;
  port.on('message', (m: ToWorker) => {
    if ('stop' in m) {
      port.close();
      return;
    }
    try {
      const outcome = checker.checkFile(m.job.file, m.job.source);
      port.postMessage({ index: m.index, outcome, configErrors: checker.configErrors } satisfies FromWorker);
    } catch (e) {
      port.postMessage({ crashed: (e as Error).stack ?? String(e) } satisfies FromWorker);
    }
  });
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.calqueWorker) runWorker(workerData as WorkerInit);
