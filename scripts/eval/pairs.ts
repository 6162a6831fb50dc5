/**
 * Source-aware checking on clean parallel text: each PUD language checked against another one's
 * same documents as its source (the whole file as one article, one document per paragraph).
 * Every finding of the source-aware rules there is a false alarm or a real difference of the
 * translations; each is listed so it can be looked at. Part of `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { need } from './data';

export interface PairRow {
  pair: string;
  words: number;
  findings: number;
  byRule: Record<string, number>;
}

/** Findings of the source-aware checks: the new rules, and the pair parts of the others. */
function isPairFinding(f: { ruleId: string; data?: Record<string, unknown> }): boolean {
  return ['numbers', 'omission', 'markup', 'terminology'].includes(f.ruleId) || f.data?.pair === true;
}

/**
 * `unit` 'document': each PUD document (a paragraph: a few consecutive sentences of one article)
 * checked as one article against its source document — the unit a user checks. 'file': the
 * whole file as one article, so that names and terms are also compared across the 397
 * unrelated documents (stricter than any real article).
 */
export function pairFalseAlarms(dir: string, pairs: [string, string][], log: string[], unit: 'document' | 'file' = 'file'): PairRow[] {
  need(dir, 'pud');
  const engine = new Engine();
  const rows: PairRow[] = [];
  for (const [s, t] of pairs) {
    // 'is' orders its documents differently from the others: it cannot be paired line by line.
    if (s === 'is' || t === 'is') continue;
    const S = readFileSync(join(dir, `${s}.txt`), 'utf8');
    const T = readFileSync(join(dir, `${t}.txt`), 'utf8');
    const row: PairRow = { pair: `${s}→${t}`, words: ['zh', 'ja', 'th'].includes(t) ? Math.round(T.replace(/\s/g, '').length / 1.6) : T.split(/\s+/).filter(Boolean).length, findings: 0, byRule: {} };
    const add = (f: { ruleId: string; start: number; end: number; message: string; data?: Record<string, unknown> }, text: string, side: string) => {
      row.findings++;
      row.byRule[f.ruleId] = (row.byRule[f.ruleId] ?? 0) + 1;
      log.push(`${row.pair}\t${side}\t${f.ruleId}\t${String(f.data?.kind ?? '')}\t${JSON.stringify(text.slice(Math.max(0, f.start - 30), f.end + 20))}\t${f.message}`);
    };
    const units: [string, string][] = unit === 'file' ? [[S, T]] : zipDocuments(S, T, `${s}→${t}`);
    for (const [us, ut] of units) {
      const r = engine.check({ text: ut, config: mergeConfig({ language: t, sourceLanguage: [s] }), source: { text: us } });
      for (const f of r.findings.filter(isPairFinding)) add(f, ut, 'target');
      for (const f of r.source?.findings ?? []) add(f, us, 'source');
    }
    rows.push(row);
  }
  return rows;
}

/** The documents (blank-line separated paragraphs) of two parallel PUD files, paired in order. */
function zipDocuments(S: string, T: string, pair: string): [string, string][] {
  const split = (x: string) => x.split(/\n\s*\n/).map((d) => d.trim()).filter(Boolean);
  const s = split(S);
  const t = split(T);
  if (s.length !== t.length) throw new Error(`${pair}: ${s.length} source documents but ${t.length} target documents`);
  return s.map((d, i) => [d, t[i]!]);
}
