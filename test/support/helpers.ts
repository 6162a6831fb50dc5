/** Shared test helpers: run the engine on a text and look at findings as a user would. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, mergeConfig, type Finding, type PartialConfig, type Rule } from '../../server/src/engine/index';
import { applySafeFixes } from '../../server/src/engine/fixes';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const SAMPLE_PATH = join(SHARED, 'samples', 'delfi-belarus-mt-en.txt');

export function sample(): string {
  return readFileSync(SAMPLE_PATH, 'utf8');
}

export interface Checked {
  text: string;
  findings: Finding[];
  /** The flagged text of each finding. */
  spans: string[];
  language: string;
}

let shared: Engine | undefined;

export function check(text: string, config: PartialConfig = {}, opts: { rules?: Rule[]; format?: 'markdown' | 'plaintext' } = {}): Checked {
  const engine = opts.rules ? new Engine({ rules: opts.rules }) : (shared ??= new Engine());
  const r = engine.check({ text, format: opts.format ?? 'plaintext', config: mergeConfig(config) });
  return { text, findings: r.findings, spans: r.findings.map((f) => text.slice(f.start, f.end)), language: r.language };
}

/** Findings of one rule only (the engine still runs with every rule, as users run it). */
export function findingsOf(ruleId: string, text: string, config: PartialConfig = {}, format: 'markdown' | 'plaintext' = 'plaintext'): Checked {
  const c = check(text, config, { format });
  const findings = c.findings.filter((f) => f.ruleId === ruleId);
  return { ...c, findings, spans: findings.map((f) => text.slice(f.start, f.end)) };
}

export function fixAll(text: string, findings: Finding[]): string {
  return applySafeFixes(text, findings).text;
}

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
