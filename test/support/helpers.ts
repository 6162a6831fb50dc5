/** Shared test helpers: run the engine on a text and look at findings as a user would. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, mergeConfig, type Finding, type PartialConfig, type Rule } from '../../server/src/engine/index';
import { applySafeFixes } from '../../server/src/engine/fixes';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Test data kept in the repository (origins and licences: test/data/SOURCES.md). */
export const DATA = join(ROOT, 'test', 'data');
/** PUD slices: the first 100 documents of each of 21 languages (test/data/pud/SOURCES.md). */
export const PUD = join(DATA, 'pud');
export const PEER_CASES = join(DATA, 'peer-cases');
export const SAMPLE_PATH = join(ROOT, 'examples', 'delfi-belarus-mt-en.txt');

/** The documents (one per line, blank-line separated) of a PUD slice. */
export function pudDocs(lang: string): string[] {
  return readFileSync(join(PUD, `${lang}.txt`), 'utf8').split('\n').filter(Boolean);
}

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
