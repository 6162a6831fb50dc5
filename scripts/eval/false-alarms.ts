/**
 * False alarms: Calque over the PUD corpus (clean, professionally translated news and Wikipedia
 * text in 21 languages; the whole corpus from the evaluation data, see data.ts). Each document is
 * checked as one article with its language configured (or with language "auto"). Prints findings
 * per 1,000 words per language and rule, and writes every finding with context to
 * test-output/eval/false-alarms.txt so each one can be looked at. Part of `npm run eval`; alone:
 *
 *   node --import tsx --import ./test/support/register-loaders.mjs scripts/eval/false-alarms.ts [--data DIR] [--auto] [--lang xx,yy]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, mergeConfig } from '../../server/src/engine/index';
import { need, pudDir, ROOT, setEvalData } from './data';

export const EVAL_OUT = join(ROOT, 'test-output', 'eval');

export interface FalseAlarmRow {
  language: string;
  words: number;
  findings: number;
  per1k: number;
  byRule: Record<string, number>;
  detectedLanguageOk: number;
  documents: number;
}

/** Words as the corpus README counts them: whitespace-separated tokens (CJK/Thai: characters / 2). */
export function countWords(text: string, lang: string): number {
  if (lang === 'zh' || lang === 'ja' || lang === 'th') return Math.round(text.replace(/\s/g, '').length / 1.6);
  return text.split(/\s+/).filter(Boolean).length;
}

export function falseAlarms(opts: { auto?: boolean; langs?: string[]; log?: string[]; dir?: string } = {}): FalseAlarmRow[] {
  const PUD = need(opts.dir ?? pudDir(), 'pud');
  const files = readdirSync(PUD).filter((f) => f.endsWith('.txt')).sort();
  const rows: FalseAlarmRow[] = [];
  const engine = new Engine();
  for (const f of files) {
    const lang = f.replace(/\.txt$/, '');
    if (opts.langs && !opts.langs.includes(lang)) continue;
    const text = readFileSync(join(PUD, f), 'utf8');
    const docs = text.split(/\n\s*\n/).filter((d) => d.trim());
    const config = mergeConfig({ language: opts.auto ? 'auto' : lang });
    const byRule: Record<string, number> = {};
    let findings = 0;
    let detectedOk = 0;
    for (const doc of docs) {
      const r = engine.check({ text: doc, config });
      if (r.language.split('-')[0] === lang) detectedOk++;
      for (const x of r.findings) {
        findings++;
        byRule[x.ruleId] = (byRule[x.ruleId] ?? 0) + 1;
        opts.log?.push(`${lang}\t${x.ruleId}\t${JSON.stringify(doc.slice(Math.max(0, x.start - 40), x.end + 30))}\t${x.message}`);
      }
    }
    const words = countWords(text, lang);
    rows.push({ language: lang, words, findings, per1k: (findings / words) * 1000, byRule, detectedLanguageOk: detectedOk, documents: docs.length });
  }
  return rows;
}

export function formatFalseAlarms(rows: FalseAlarmRow[]): string {
  const rules = [...new Set(rows.flatMap((r) => Object.keys(r.byRule)))].sort();
  const head = ['lang', 'words', 'findings', 'per 1k words', ...rules];
  const lines = rows.map((r) => [r.language, String(r.words), String(r.findings), r.per1k.toFixed(2), ...rules.map((x) => String(r.byRule[x] ?? 0))]);
  const total = rows.reduce((a, r) => ({ words: a.words + r.words, findings: a.findings + r.findings }), { words: 0, findings: 0 });
  lines.push(['all', String(total.words), String(total.findings), ((total.findings / total.words) * 1000).toFixed(2), ...rules.map((x) => String(rows.reduce((a, r) => a + (r.byRule[x] ?? 0), 0)))]);
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [head, ...lines].map((l) => l.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ')).join('\n');
}

export function main(args = process.argv.slice(2)): void {
  const di = args.indexOf('--data');
  if (di >= 0) setEvalData(args[di + 1]!);
  const auto = args.includes('--auto');
  const li = args.indexOf('--lang');
  const langs = li >= 0 ? args[li + 1]!.split(',') : undefined;
  const log: string[] = [];
  const rows = falseAlarms({ auto, langs, log });
  console.log(formatFalseAlarms(rows));
  mkdirSync(EVAL_OUT, { recursive: true });
  const file = auto ? 'false-alarms-auto.txt' : 'false-alarms.txt';
  writeFileSync(join(EVAL_OUT, file), log.join('\n') + '\n');
  console.log(`\n${log.length} findings listed in test-output/eval/${file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
