/**
 * The cost of checking a translation with its source against checking it alone, as a child of
 * `npm run bench` (each mode in its own process, so no cache of one helps the other):
 *
 *   node --import tsx --import ./test/support/register-loaders.mjs bench/pairs.ts target|paired
 *
 * Articles from the PUD slices (test/data/pud: the same 100 documents in each language),
 * English sources with German, Russian, Chinese and Spanish translations, each text checked
 * once: documents 80–99 of every pair warm the process up (JIT, each language's tables), then
 * documents 0–79 are measured as 8 articles of 10 documents, 20 documents per pair, so that no
 * source text is read twice. Prints JSON: CPU ms of those first checks (a fresh Engine each),
 * and the CPU ms p50 / p90 of a re-check after one typed character (20 edits on three articles).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, mergeConfig } from '../server/src/engine/index';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] === 'paired' ? 'paired' : 'target';
const TARGETS = ['de', 'ru', 'zh', 'es'];
const docs = (l: string) => readFileSync(join(ROOT, 'test', 'data', 'pud', `${l}.txt`), 'utf8').split('\n').filter(Boolean);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
const en = docs('en');
const input = (t: string, text: string, source: string) => ({ text, config: mergeConfig({ language: t, sourceLanguage: ['en'] }), ...(mode === 'paired' ? { source: { text: source } } : {}) });

const articles: { t: string; source: string; target: string }[] = [];
for (const [k, t] of TARGETS.entries()) {
  const td = docs(t);
  new Engine().check(input(t, td.slice(80).join('\n\n'), en.slice(80).join('\n\n'))); // warm-up
  for (const from of [20 * k, 20 * k + 10]) articles.push({ t, source: en.slice(from, from + 10).join('\n\n'), target: td.slice(from, from + 10).join('\n\n') });
}
let coldMs = 0;
let bytes = 0;
for (const a of articles) {
  const c0 = cpu();
  new Engine().check(input(a.t, a.target, a.source));
  coldMs += cpu() - c0;
  bytes += Buffer.byteLength(a.target);
}
const edits: number[] = [];
for (const a of articles.slice(0, 3)) {
  const e = new Engine();
  e.check(input(a.t, a.target, a.source));
  for (let i = 0; i < 20; i++) {
    const at = Math.floor(a.target.length * (0.05 + 0.9 * (i / 20)));
    const c0 = cpu();
    e.check(input(a.t, a.target.slice(0, at) + 'x' + a.target.slice(at), a.source));
    edits.push(cpu() - c0);
  }
}
edits.sort((x, y) => x - y);
const q = (f: number) => Math.round(edits[Math.floor(f * (edits.length - 1))]! * 10) / 10;
console.log(JSON.stringify({ mode, articles: articles.length, bytes, coldMs: Math.round(coldMs), editP50: q(0.5), editP90: q(0.9) }));
