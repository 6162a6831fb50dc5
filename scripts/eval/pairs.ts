/**
 * Source-aware checking on clean parallel text: each PUD language checked against another one's
 * same documents as its source (the whole file as one article, one document per paragraph).
 * Every finding of the source-aware rules there is a false alarm or a real difference of the
 * translations; each is listed so it can be looked at. Part of `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * The verdicts on the findings of the per-document run, read one by one against both documents
 * (scripts/eval/pairs-known.tsv): "real" — a difference of the two translations a reviewer
 * wants to see (a year changed, a number left out, a grade localised, a typo in a name, a
 * missing full stop); "false" — the two agree and the checker misread. Keyed by pair, side,
 * rule, kind and the finding's snippet as written to pairs-document.txt.
 */
export interface Verdict {
  verdict: 'real' | 'false';
  reason: string;
}
export function knownVerdicts(): Map<string, Verdict> {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'pairs-known.tsv');
  const out = new Map<string, Verdict>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    if (c.length < 7) continue;
    out.set(c.slice(0, 5).join('\t'), { verdict: c[5] === 'real' ? 'real' : 'false', reason: c[6]! });
  }
  return out;
}

/** A log line of pairFalseAlarms → its key in knownVerdicts. */
export const verdictKey = (logLine: string): string => logLine.split('\t').slice(0, 5).join('\t');
