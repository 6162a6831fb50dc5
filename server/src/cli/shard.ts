/**
 * Sharded runs: `calque check --shard i/n` checks the files whose path (relative to the working
 * folder, with / separators) hashes to shard i of n and writes a shard report; `calque merge`
 * reads the reports of all n shards and writes what one run over every file would have written,
 * byte for byte (the order of the files, a source's findings from several translations joined,
 * the exit code). With the workspace name scope every shard reads every file's names first, so
 * the findings are those of one run.
 */
import { readFileSync } from 'node:fs';
import { joinSourceFindings, type FileResult } from './result';
import { fnv1a } from '../node/hash';

export interface ShardEntry {
  /** The file's place in the whole run's order (a source: its first translation's place + 0.5). */
  order: number;
  result: FileResult;
}

export interface ShardReport {
  calqueShard: 1;
  version: string;
  shard: string;
  files: ShardEntry[];
}

/** The shard of a path (FNV-1a of it with / separators): the same on every machine and run. */
export function shardOf(path: string, total: number): number {
  return fnv1a(path.split('\\').join('/')) % total;
}

export class MergeError extends Error {}

/** The results of all shards, in the order one run would have reported them. */
export function mergeReports(paths: readonly string[], version: string): FileResult[] {
  if (!paths.length) throw new MergeError('merge needs the shard reports: calque merge reports/*.json');
  const seen = new Map<number, string>();
  let total = 0;
  const entries: ShardEntry[] = [];
  for (const p of paths) {
    let r: ShardReport;
    try {
      r = JSON.parse(readFileSync(p, 'utf8')) as ShardReport;
    } catch (e) {
      throw new MergeError(`${p}: not a shard report (${(e as Error).message.split('\n')[0]})`);
    }
    if (r?.calqueShard !== 1 || typeof r.shard !== 'string' || !Array.isArray(r.files)) throw new MergeError(`${p}: not a shard report (write one with calque check --shard i/n > report.json)`);
    if (r.version !== version) throw new MergeError(`${p}: written by Calque ${r.version}, this is ${version}: run every shard and the merge with one version`);
    const [i, n] = r.shard.split('/').map(Number) as [number, number];
    if (total && n !== total) throw new MergeError(`${p}: shard ${r.shard} of a run in ${n} shards; the others are in ${total}`);
    total = n;
    if (seen.has(i)) throw new MergeError(`${p}: shard ${r.shard} again (also in ${seen.get(i)})`);
    seen.set(i, p);
    entries.push(...r.files);
  }
  const missing = [...Array(total).keys()].map((k) => k + 1).filter((k) => !seen.has(k));
  if (missing.length) throw new MergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${total}`).join(', ')} missing`);
  entries.sort((a, b) => a.order - b.order);
  // A source read with translations in several shards: one result, its findings joined (as one run does).
  const out: FileResult[] = [];
  const sources = new Map<string, FileResult>();
  for (const { result } of entries) {
    if (result.role === 'source') {
      const had = sources.get(result.path);
      if (had) {
        joinSourceFindings(had, result);
        continue;
      }
      sources.set(result.path, result);
    }
    out.push(result);
  }
  return out;
}
