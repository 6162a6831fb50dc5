/**
 * `npm run bench`: Calque's performance and precision benchmark, with peers, in one run.
 * Prints one table, writes bench/out/results.json and bench/REPORT.md. Installs nothing:
 * peers come from `npm run bench:peers-setup` (bench/.peers); without them the table says so.
 *
 *   node --import tsx --import ./test/support/register-loaders.mjs bench/run.ts [--quick]
 *     [--no-peers] [--no-lsp] [--peer-mb N] [--harper-budget-s N] [--server dist/server.js] [--cli dist/cli.js]
 *
 * Throughput is CPU time of one process (user + system) — "per core" — because this machine is
 * shared; wall times are reported next to it. Everything else is wall time unless said.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine, mergeConfig, RULES, type Rule } from '../server/src/engine/index';
import { parseArticle } from '../server/src/engine/article';
import { decideLanguages } from '../server/src/engine/lang/index';
import { sentences, tokenize } from '../server/src/engine/segment';
import { buildArticle, buildCorpus, type Article } from './corpus';
import { editLatency, openManyRss, type LatencyResult, type MemoryResult } from './lsp';
import { benchPhrasebook } from './phrasebook';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const PEERS = join(ROOT, 'bench', '.peers', 'node_modules');
const argv = process.argv.slice(2);
const flag = (f: string) => argv.includes(f);
const opt = (f: string, d: string) => (argv.includes(f) ? argv[argv.indexOf(f) + 1]! : d);
const QUICK = flag('--quick');
const SERVER = join(ROOT, opt('--server', 'dist/server.js'));
const CLI = join(ROOT, opt('--cli', 'dist/cli.js'));
const CORPUS_BYTES = QUICK ? 1e6 : 10e6;
const PEER_BYTES = Number(opt('--peer-mb', QUICK ? '0.3' : '1')) * 1e6;
const HARPER_BUDGET_S = Number(opt('--harper-budget-s', QUICK ? '30' : '120'));

const log = (m: string) => process.stderr.write(m + '\n');
const mb = (b: number) => b / 1e6;
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

// ------------------------------------------------------------------ corpus on disk

function writeCorpus(articles: Article[], dir: string): { files: string[]; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  articles.forEach((a, i) => {
    const f = join(dir, `${String(i).padStart(5, '0')}-${a.language}.txt`);
    writeFileSync(f, a.text);
    files.push(f);
    bytes += Buffer.byteLength(a.text);
  });
  return { files, bytes };
}

// ------------------------------------------------------------------ in-process engine measurements

interface Throughput {
  bytes: number;
  articles: number;
  cpuS: number;
  wallS: number;
  mbPerCpuS: number;
  findings: number;
  /** CPU ms per stage: rule ids, plus "parse+languages+tokens+suppress" (the rest). */
  stagesMs: Record<string, number>;
}

/** Rules wrapped with CPU-time counters (checkBlock and checkDocument). */
function timedRules(stages: Record<string, number>): Rule[] {
  return RULES.map((r) => {
    const id = r.meta.id;
    stages[id] = 0;
    const w: Rule = { ...r };
    if (r.checkBlock) {
      w.checkBlock = (b, c) => {
        // Tokens are computed on first access (Block.tokens is lazy): touch them outside the
        // rule's clock so that tokenisation counts as the shared stage it is.
        void b.tokens;
        void b.sentences;
        const t = performance.now();
        try {
          return r.checkBlock!(b, c);
        } finally {
          stages[id]! += performance.now() - t;
        }
      };
    }
    if (r.checkDocument) {
      w.checkDocument = (d, s, c) => {
        const t = performance.now();
        try {
          return r.checkDocument!(d, s, c);
        } finally {
          stages[id]! += performance.now() - t;
        }
      };
    }
    return w;
  });
}

function warmEngine(engine: Engine): void {
  // Start-up work paid once per process (compiling the built-in phrasebooks of every target
  // language, JIT): one article per corpus language, from a different seed (no shared paragraphs).
  const seen = new Set<string>();
  for (const a of buildCorpus(400_000, 99)) {
    if (seen.has(a.language)) continue;
    seen.add(a.language);
    engine.check({ text: a.text, config: mergeConfig() });
  }
}

function throughput(articles: Article[]): Throughput {
  const stages: Record<string, number> = {};
  const engine = new Engine({ rules: timedRules(stages) });
  warmEngine(engine);
  for (const k of Object.keys(stages)) stages[k] = 0;
  const config = mergeConfig();
  let findings = 0;
  let bytes = 0;
  const c0 = cpuNow();
  const w0 = performance.now();
  for (const a of articles) {
    findings += engine.check({ text: a.text, config }).findings.length;
    bytes += Buffer.byteLength(a.text);
  }
  const cpuMs = cpuNow() - c0;
  const wallMs = performance.now() - w0;
  const ruleMs = Object.values(stages).reduce((x, y) => x + y, 0);
  const stagesMs: Record<string, number> = { 'parse+languages+tokens+suppress': Math.round(wallMs - ruleMs) };
  for (const [k, v] of Object.entries(stages)) stagesMs[k] = Math.round(v);
  return { bytes, articles: articles.length, cpuS: r2(cpuMs / 1000), wallS: r2(wallMs / 1000), mbPerCpuS: r2(mb(bytes) / (cpuMs / 1000)), findings, stagesMs };
}

/**
 * CPU ms per MB of the shared stages, measured alone on other text of the same recipe (another
 * seed, so no cache of the throughput run is warm): article parsing, language decision
 * (detection + foreign spans), word + sentence tokenisation.
 */
function sharedStages(bytes: number): Record<string, number> {
  const arts = buildCorpus(bytes, 4242);
  const total = arts.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const config = mergeConfig();
  const parsed = arts.map((a) => parseArticle(a.text, 'plaintext'));
  let c0 = cpuNow();
  for (const a of arts) parseArticle(a.text, 'plaintext');
  const parse = cpuNow() - c0;
  c0 = cpuNow();
  const langs = parsed.map((p) => decideLanguages(p.blocks.map((b) => b.text), config));
  const lang = cpuNow() - c0;
  c0 = cpuNow();
  parsed.forEach((p, i) =>
    p.blocks.forEach((b, j) => {
      const l = langs[i]!.blockLanguages[j] ?? langs[i]!.documentLanguage;
      sentences(b.text, b.start, l, tokenize(b.text, b.start, l));
    }),
  );
  const tok = cpuNow() - c0;
  const per = (ms: number) => Math.round(ms / mb(total));
  return { 'parse (article model)': per(parse), 'languages (detection + foreign spans)': per(lang), 'tokens + sentences': per(tok) };
}

/** CPU ms of re-checking after one typed character, engine in-process (what the server does per edit). */
function incremental(size: number, edits: number): { p50: number; p95: number; openMs: number } {
  const text = buildArticle(size, 'en', 31);
  const engine = new Engine();
  warmEngine(engine);
  const config = mergeConfig();
  let c0 = cpuNow();
  engine.check({ text, config });
  const openMs = cpuNow() - c0;
  const mid = text.indexOf('. ', text.length / 2) + 1;
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const t = text.slice(0, mid) + ' and the'.slice(0, 1 + (i % 8)) + 'x'.repeat(Math.floor(i / 8)) + text.slice(mid);
    c0 = cpuNow();
    engine.check({ text: t, config });
    times.push(cpuNow() - c0);
  }
  times.sort((a, b) => a - b);
  return { p50: r2(times[Math.floor(edits / 2)]!), p95: r2(times[Math.min(edits - 1, Math.ceil(edits * 0.95) - 1)]!), openMs: Math.round(openMs) };
}

interface GrowthPoint {
  bytes: number;
  cpuMs: number;
  wallMs: number;
}

/** One document each of ~100 KB, 1 MB, 10 MB (English), checked whole by a warm engine. */
function growth(sizes: number[]): { points: GrowthPoint[]; ratios: number[] } {
  const engine = new Engine();
  warmEngine(engine);
  const points: GrowthPoint[] = [];
  sizes.forEach((size, i) => {
    const text = buildArticle(size, 'en', 1000 + i);
    const c0 = cpuNow();
    const w0 = performance.now();
    engine.check({ text, config: mergeConfig() });
    points.push({ bytes: Buffer.byteLength(text), cpuMs: Math.round(cpuNow() - c0), wallMs: Math.round(performance.now() - w0) });
  });
  const ratios = points.slice(1).map((p, i) => r2(p.cpuMs / points[i]!.cpuMs / (p.bytes / points[i]!.bytes)) * 10);
  return { points, ratios: ratios.map(r2) };
}

// ------------------------------------------------------------------ child processes

interface ChildRun {
  wallS: number;
  cpuS: number;
  maxRssMB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

function runChild(args: string[], cwd = ROOT): Promise<ChildRun> {
  const peakFile = join(OUT, `peak-${process.pid}-${Math.random().toString(36).slice(2)}.jsonl`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, ['--import', join(ROOT, 'bench', 'peak.mjs'), ...args], { cwd, env: { ...process.env, PEAK_OUT: peakFile, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout.length < 1e6 ? (stdout += d) : undefined));
    p.stderr.on('data', (d) => (stderr.length < 1e5 ? (stderr += d) : undefined));
    p.on('error', reject);
    p.on('close', (code) => {
      const wallS = (performance.now() - t0) / 1000;
      let maxRssMB = NaN;
      let cpuS = NaN;
      try {
        const lines = readFileSync(peakFile, 'utf8').trim().split('\n');
        const last = JSON.parse(lines[lines.length - 1]!) as { maxRssKB: number; cpuMs: number };
        maxRssMB = last.maxRssKB / 1024;
        cpuS = last.cpuMs / 1000;
        rmSync(peakFile, { force: true });
      } catch {
        /* the child died before its exit hook */
      }
      resolve({ wallS: r2(wallS), cpuS: r2(cpuS), maxRssMB: Math.round(maxRssMB), code, stdout, stderr });
    });
  });
}

/** bench/pairs.ts in a child process per mode, `runs` times each, medians. */
async function pairedCost(runs: number): Promise<{ runs: number; articles: number; bytes: number; targetMs: number; pairedMs: number; ratio: number; targetEdit: { p50: number; p90: number }; pairedEdit: { p50: number; p90: number } }> {
  type Out = { articles: number; bytes: number; coldMs: number; editP50: number; editP90: number };
  const one = async (mode: string): Promise<Out> => {
    const r = await runChild(['--import', 'tsx', '--import', './test/support/register-loaders.mjs', join(ROOT, 'bench', 'pairs.ts'), mode]);
    if (r.code !== 0) throw new Error(`bench/pairs.ts ${mode} failed: ${r.stderr.slice(0, 300)}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as Out;
  };
  const t: Out[] = [];
  const p: Out[] = [];
  for (let i = 0; i < runs; i++) {
    t.push(await one('target'));
    p.push(await one('paired'));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const targetMs = med(t.map((x) => x.coldMs));
  const pairedMs = med(p.map((x) => x.coldMs));
  return {
    runs,
    articles: t[0]!.articles,
    bytes: t[0]!.bytes,
    targetMs,
    pairedMs,
    ratio: r2(pairedMs / targetMs),
    targetEdit: { p50: med(t.map((x) => x.editP50)), p90: med(t.map((x) => x.editP90)) },
    pairedEdit: { p50: med(p.map((x) => x.editP50)), p90: med(p.map((x) => x.editP90)) },
  };
}

async function startupPlus100k(file: string, runs: number): Promise<{ medianMs: number; runsMs: number[]; maxRssMB: number }> {
  const runsMs: number[] = [];
  let maxRssMB = 0;
  for (let i = 0; i < runs; i++) {
    // Wall time of the bare command, as a user runs it (runChild's --import of the peak-memory
    // probe would add the ES module loader's start-up); its peak memory from a separate run.
    const t0 = performance.now();
    const bare = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--lang', 'auto', file], { cwd: ROOT, stdio: 'ignore' });
    const wall = performance.now() - t0;
    if (bare.status !== 0 && bare.status !== 1) throw new Error(`calque check failed (${bare.status})`);
    runsMs.push(Math.round(wall));
  }
  const r = await runChild([CLI, 'check', '--format', 'json', '--lang', 'auto', file]);
  maxRssMB = r.maxRssMB;
  const s = [...runsMs].sort((a, b) => a - b);
  return { medianMs: s[Math.floor(s.length / 2)]!, runsMs, maxRssMB };
}

// ------------------------------------------------------------------ peers

interface PeerResult {
  name: string;
  version: string;
  status: 'ok' | 'not installed' | 'failed' | 'partial';
  note?: string;
  bytes?: number;
  wallS?: number;
  cpuS?: number;
  maxRssMB?: number;
  mbPerCpuS?: number;
  wallRatio?: number;
  cpuRatio?: number;
  rssRatio?: number;
}

function peerVersion(pkg: string): string | undefined {
  const f = join(PEERS, pkg, 'package.json');
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as { version: string }).version : undefined;
}

async function runPeers(files: string[], bytes: number): Promise<PeerResult[]> {
  const out: PeerResult[] = [];
  const ours = await runChild([CLI, 'check', '--format', 'json', ...files]);
  if (ours.code !== 0 && ours.code !== 1) throw new Error(`calque check failed: ${ours.stderr.slice(0, 500)}`);
  const base = { wallS: ours.wallS, maxRssMB: ours.maxRssMB };
  const ourVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  out.push({ name: 'calque (dist/cli.js check)', version: ourVersion, status: 'ok', bytes, wallS: ours.wallS, cpuS: ours.cpuS, maxRssMB: ours.maxRssMB, mbPerCpuS: r2(mb(bytes) / ours.cpuS), wallRatio: 1, cpuRatio: 1, rssRatio: 1 });
  const add = (name: string, version: string, r: ChildRun, doneBytes: number, status: PeerResult['status'], note?: string) =>
    out.push({ name, version, status, note, bytes: doneBytes, wallS: r.wallS, cpuS: r.cpuS, maxRssMB: r.maxRssMB, mbPerCpuS: r2(mb(doneBytes) / r.cpuS), wallRatio: r2((r.wallS / base.wallS) * (bytes / doneBytes)), cpuRatio: r2((r.cpuS / ours.cpuS) * (bytes / doneBytes)), rssRatio: r2(r.maxRssMB / base.maxRssMB) });
  const missing = (name: string) => out.push({ name, version: '—', status: 'not installed', note: 'not installed (run npm run bench:peers-setup)' });

  const cspell = peerVersion('cspell');
  if (cspell) {
    const bin = join(PEERS, 'cspell', 'bin.mjs');
    log(`peers: cspell ${cspell}`);
    const r = await runChild([bin, 'lint', '--no-progress', '--no-summary', '--no-color', '--no-cache', '--no-must-find-files', '--no-exit-code', ...files.map((f) => relative(ROOT, f))]);
    add('cspell lint (default config)', cspell, r, bytes, r.code === 0 || r.code === 1 ? 'ok' : 'failed', r.code === 0 || r.code === 1 ? undefined : r.stderr.slice(0, 200));
  } else missing('cspell');

  const textlint = peerVersion('textlint');
  const pairRule = peerVersion('@textlint-rule/textlint-rule-no-unmatched-pair');
  if (textlint && pairRule) {
    log(`peers: textlint ${textlint}`);
    const rc = join(OUT, 'textlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: { '@textlint-rule/no-unmatched-pair': true } }));
    const r = await runChild([join(PEERS, 'textlint', 'bin', 'textlint.js'), '--config', rc, '--format', 'json', ...files], join(ROOT, 'bench', '.peers'));
    add(`textlint + no-unmatched-pair ${pairRule}`, textlint, r, bytes, r.code === 0 || r.code === 1 ? 'ok' : 'failed', r.code === 0 || r.code === 1 ? undefined : r.stderr.slice(0, 300));
  } else missing('textlint + no-unmatched-pair');

  const harper = peerVersion('harper.js');
  if (harper) {
    log(`peers: harper.js ${harper} (budget ${HARPER_BUDGET_S} s)`);
    const r = await runChild([join(ROOT, 'bench', 'harper-runner.mjs'), '--budget-s', String(HARPER_BUDGET_S), ...files]);
    try {
      const j = JSON.parse(r.stdout.trim().split('\n').pop()!) as { files: number; of: number; bytes: number; complete: boolean };
      add('harper.js LocalLinter (WASM, in-process)', harper, r, j.bytes, j.complete ? 'ok' : 'partial', j.complete ? undefined : `stopped after ${HARPER_BUDGET_S} s: ${j.files} of ${j.of} files, ${mb(j.bytes).toFixed(2)} MB; ratios scaled to the same bytes`);
    } catch {
      out.push({ name: 'harper.js', version: harper, status: 'failed', note: r.stderr.slice(0, 300) });
    }
  } else missing('harper.js');
  return out;
}

// ------------------------------------------------------------------ bundles

async function bundleInfo(): Promise<{ sizes: Record<string, number>; vsix?: number; extensionEngineInputs: string[] }> {
  const sizes: Record<string, number> = {};
  const dir = dirname(CLI);
  for (const f of ['server.js', 'cli.js', 'extension.js']) if (existsSync(join(dir, f))) sizes[`dist/${f}`] = statSync(join(dir, f)).size;
  const vsixFile = join(ROOT, 'calque.vsix');
  const vsix = existsSync(vsixFile) ? statSync(vsixFile).size : undefined;
  let extensionEngineInputs: string[] = [];
  try {
    const { build } = await import('esbuild');
    const r = await build({ entryPoints: [join(ROOT, 'client/src/extension.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, external: ['vscode'], loader: { '.calque': 'text' }, mainFields: ['module', 'main'], logLevel: 'silent', absWorkingDir: ROOT });
    extensionEngineInputs = Object.keys(r.metafile!.inputs).filter((k) => k.startsWith('server/src/engine/'));
  } catch (e) {
    extensionEngineInputs = [`(could not analyse: ${(e as Error).message})`];
  }
  return { sizes, vsix, extensionEngineInputs };
}

// ------------------------------------------------------------------ table

interface Row {
  metric: string;
  value: string;
  target: string;
  ok?: boolean;
}

function table(rows: Row[]): string {
  const head = ['metric', 'value', 'target', ''];
  const lines = rows.map((r) => [r.metric, r.value, r.target, r.ok === undefined ? '' : r.ok ? 'met' : 'MISSED']);
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (l: string[]) => l.map((c, i) => c.padEnd(w[i]!)).join('  ').trimEnd();
  return [fmt(head), w.map((n) => '-'.repeat(n)).join('  '), ...lines.map(fmt)].join('\n');
}

function mdTable(rows: Row[]): string {
  return ['| metric | value | target | |', '|---|---|---|---|', ...rows.map((r) => `| ${r.metric} | ${r.value} | ${r.target} | ${r.ok === undefined ? '' : r.ok ? 'met' : '**missed**'} |`)].join('\n');
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const started = new Date();
  const rows: Row[] = [];
  const results: Record<string, unknown> = { date: started.toISOString(), node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, memGB: Math.round(totalmem() / 2 ** 30), quick: QUICK };

  log('corpus…');
  const articles = buildCorpus(CORPUS_BYTES);
  const corpus = writeCorpus(articles, join(OUT, 'corpus'));
  results.corpus = { bytes: corpus.bytes, articles: articles.length, languages: [...new Set(articles.map((a) => a.language))].length };

  log('throughput (in-process, every rule on)…');
  const tp = throughput(articles);
  results.throughput = tp;
  rows.push({ metric: `throughput, ${mb(tp.bytes).toFixed(1)} MB corpus, every rule on (MB per CPU second)`, value: `${tp.mbPerCpuS.toFixed(2)} MB/s (${tp.cpuS} CPU s, ${tp.wallS} wall s)`, target: '≥ 20 MB/s', ok: tp.mbPerCpuS >= 20 });

  log('shared stages…');
  const st = sharedStages(QUICK ? 300_000 : 2_000_000);
  results.sharedStagesCpuMsPerMB = st;
  const ruleMsPerMB = Object.fromEntries(Object.entries(tp.stagesMs).filter(([k]) => !k.includes('+')).map(([k, v]) => [k, Math.round(v / mb(tp.bytes))]));
  results.ruleWallMsPerMB = ruleMsPerMB;
  rows.push({ metric: 'where the time goes (CPU ms per MB: shared stages; wall ms per MB: rules)', value: Object.entries({ ...st, ...ruleMsPerMB }).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '), target: '' });

  log('incremental re-check (engine, in-process)…');
  const i50 = incremental(50_000, QUICK ? 20 : 60);
  const i1m = incremental(1_000_000, QUICK ? 6 : 20);
  results.incremental = { kb50: i50, mb1: i1m };
  rows.push({ metric: 'engine re-check after one typed character, 50 KB / 1 MB (CPU ms p50 / p95, in-process)', value: `${i50.p50} / ${i50.p95} ms; ${i1m.p50} / ${i1m.p95} ms`, target: '' });

  log('a translation checked with its source vs alone…');
  const pc = await pairedCost(QUICK ? 3 : 5);
  results.paired = pc;
  rows.push({ metric: `paired check (translation + its source) vs the translation alone: ${pc.articles} PUD articles, ${Math.round(pc.bytes / 1000)} KB, first check, CPU (median of ${pc.runs} runs, each mode in its own process)`, value: `${pc.pairedMs} vs ${pc.targetMs} ms = ${pc.ratio}×`, target: '≤ 2×', ok: pc.ratio <= 2 });
  rows.push({ metric: 'paired vs alone: engine re-check after one typed character (CPU ms p50 / p90)', value: `${pc.pairedEdit.p50} / ${pc.pairedEdit.p90} ms vs ${pc.targetEdit.p50} / ${pc.targetEdit.p90} ms`, target: '' });

  log('start-up + 100 KB…');
  const a100 = join(OUT, 'article-100k.txt');
  writeFileSync(a100, buildArticle(100_000, 'en', 11));
  const su = await startupPlus100k(a100, QUICK ? 3 : 5);
  results.startup100k = su;
  rows.push({ metric: 'start-up + 100 KB article (node dist/cli.js check, wall, median)', value: `${su.medianMs} ms`, target: '< 300 ms', ok: su.medianMs < 300 });

  if (!flag('--no-lsp')) {
    log('LSP latency 50 KB…');
    const l50: LatencyResult = await editLatency(SERVER, buildArticle(50_000, 'en', 21), QUICK ? 20 : 50);
    log('LSP latency 1 MB…');
    const l1m: LatencyResult = await editLatency(SERVER, buildArticle(1_000_000, 'en', 22), QUICK ? 10 : 20);
    results.lsp = { debounceMs: 0, edit50k: l50, edit1m: l1m };
    rows.push({ metric: `LSP didChange → publishDiagnostics, 50 KB (p50 / p95, ${l50.edits} edits)`, value: `${l50.p50.toFixed(1)} / ${l50.p95.toFixed(1)} ms`, target: 'p95 < 20 ms', ok: l50.p95 < 20 });
    rows.push({ metric: `LSP didChange → publishDiagnostics, 1 MB (p50 / p95, ${l1m.edits} edits)`, value: `${l1m.p50.toFixed(1)} / ${l1m.p95.toFixed(1)} ms`, target: 'p95 < 150 ms', ok: l1m.p95 < 150 });
    rows.push({ metric: 'LSP didOpen → first diagnostics, 50 KB / 1 MB (cold server)', value: `${Math.round(l50.openMs)} / ${Math.round(l1m.openMs)} ms`, target: '' });
    log('LSP memory, 200 × 50 KB…');
    const langs = ['en', 'de', 'fr', 'es', 'ru', 'pl', 'it', 'pt'];
    const docs = Array.from({ length: QUICK ? 40 : 200 }, (_, i) => buildArticle(50_000, langs[i % langs.length]!, 500 + i));
    const m: MemoryResult = await openManyRss(SERVER, docs);
    results.lspMemory = m;
    rows.push({ metric: `server RSS with ${m.documents} open ${Math.round(m.bytesEach / 1000)} KB documents (VmRSS 1 s after the last diagnostics; peak VmHWM; after ${m.idleS} s idle)`, value: `${Math.round(m.rssMB)} MB (peak ${Math.round(m.hwmMB)} MB; idle ${Math.round(m.idleRssMB)} MB)`, target: '< 150 MB', ok: m.rssMB < 150 });
  }

  log('growth…');
  const g = growth(QUICK ? [100_000, 1_000_000] : [100_000, 1_000_000, 10_000_000]);
  results.growth = g;
  rows.push({ metric: 'growth: one document of 100 KB / 1 MB / 10 MB (CPU ms)', value: g.points.map((p) => `${p.cpuMs}`).join(' / ') + ' ms', target: '' });
  rows.push({ metric: 'growth: time ratio per 10× input', value: g.ratios.map((r) => `${r.toFixed(1)}×`).join(', '), target: '≤ 12×', ok: g.ratios.every((r) => r <= 12) });

  log('phrasebook 10 vs 10,000 entries…');
  const pb = await benchPhrasebook();
  results.phrasebook = pb;
  rows.push({ metric: 'phrasebook matcher, 10 vs 10,000 entries (MB per CPU s, ~1 MB)', value: `${pb.entries10} vs ${pb.entries10000} MB/s (${r2(pb.entries10 / pb.entries10000)}× slower)`, target: 'about the same (≤ 2×)', ok: pb.entries10 / pb.entries10000 <= 2 });

  let peers: PeerResult[] = [];
  if (!flag('--no-peers')) {
    log(`peers on ${mb(PEER_BYTES)} MB of the corpus…`);
    const subset: Article[] = [];
    let n = 0;
    for (const a of articles) {
      if (n >= PEER_BYTES) break;
      subset.push(a);
      n += Buffer.byteLength(a.text);
    }
    const pc = writeCorpus(subset, join(OUT, 'peer-corpus'));
    peers = await runPeers(pc.files, pc.bytes);
    results.peers = peers;
    for (const p of peers) {
      if (p.status === 'not installed') rows.push({ metric: `peer: ${p.name}`, value: p.note!, target: '' });
      else if (p.status === 'failed') rows.push({ metric: `peer: ${p.name} ${p.version}`, value: `failed: ${p.note}`, target: '' });
      else
        rows.push({
          metric: `peer: ${p.name} ${p.version}, ${mb(p.bytes!).toFixed(2)} MB${p.status === 'partial' ? ' (partial)' : ''}`,
          value: `${p.wallS} s wall, ${p.cpuS} CPU s, ${p.maxRssMB} MB peak RSS; vs calque: ×${p.cpuRatio} CPU time, ×${p.wallRatio} wall time, ×${p.rssRatio} peak memory`,
          target: '',
        });
    }
  }

  const b = await bundleInfo();
  results.bundles = b;
  const kb = (n: number | undefined) => (n === undefined ? 'n/a' : `${Math.round(n / 1024)} KB`);
  rows.push({ metric: 'bundles: dist/server.js, dist/cli.js, dist/extension.js (as built)', value: `${kb(b.sizes['dist/server.js'])}, ${kb(b.sizes['dist/cli.js'])}, ${kb(b.sizes['dist/extension.js'])}`, target: '' });
  rows.push({ metric: 'VSIX (npm run package)', value: b.vsix === undefined ? 'not built (run npm run package)' : kb(b.vsix), target: '' });
  rows.push({ metric: 'engine modules bundled into dist/extension.js', value: b.extensionEngineInputs.length ? b.extensionEngineInputs.length + ': ' + b.extensionEngineInputs.slice(0, 4).join(', ') : 'none', target: 'none', ok: b.extensionEngineInputs.length === 0 });

  const t = table(rows);
  console.log(t);
  results.table = rows;
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  if (!QUICK) writeReport(rows, results, tp);
  log(`\nwrote bench/out/results.json${QUICK ? '' : ' and bench/REPORT.md'} (${Math.round((Date.now() - started.getTime()) / 1000)} s)`);
}

function writeReport(rows: Row[], results: Record<string, unknown>, tp: Throughput): void {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() ? ' + uncommitted changes' : '';
  const stages = Object.entries(tp.stagesMs)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `| ${k} | ${v} | ${((v / 1000 / tp.wallS) * 100).toFixed(0)}% |`)
    .join('\n');
  const md = `# Calque performance report

Generated by \`npm run bench\` (bench/run.ts) — numbers from the run below, not edited by hand.

- Date: ${results.date}
- Machine: ${results.cpu} × ${results.cores} cores, ${results.memGB} GB RAM, ${process.platform} ${process.arch}; Node ${results.node}
- Calque: commit ${git}${dirty}
- Load: this machine was shared with other jobs (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end of the run), so
  throughput is CPU time of one process ("per core"); wall times are higher than on an idle machine.

## Results

${mdTable(rows)}

## Where the time goes (throughput run, wall ms per stage)

| stage | ms | share |
|---|---|---|
${stages}

## What is measured

- **Corpus** (bench/corpus.ts): ${mb((results.corpus as { bytes: number }).bytes).toFixed(1)} MB, ${(results.corpus as { articles: number }).articles} articles in ${(results.corpus as { languages: number }).languages} languages: the MT sample article, then articles whose paragraphs are new combinations of PUD sentences (professional translations of news and Wikipedia) with MT example sentences of the built-in phrasebooks spliced in; no paragraph repeats, so the per-paragraph cache never helps. Written to bench/out/corpus/ (one file per article).
- **Throughput**: one Engine, every rule on, language auto-detected, after a warm-up on other text (phrasebooks compiled, JIT warm); MB of UTF-8 text per CPU second of that process.
- **Paired check** (bench/pairs.ts, each mode in its own process): 8 articles of 10 PUD documents, English sources with German, Russian, Chinese and Spanish translations, every text read once, after a warm-up on other documents of the same pairs; CPU time of the first check of each (a fresh Engine), the translation with its source (every target rule plus alignment and the source-aware rules) against the translation alone; then a re-check after one typed character on three of them.
- **Start-up + 100 KB**: \`node dist/cli.js check --format json <100 KB English article>\`, wall time of the whole process, median of 5.
- **LSP**: \`node dist/server.js --stdio\` driven by bench/lsp.ts over stdio with vscode-languageserver-protocol. The client does not declare pull diagnostics, so the server pushes them. \`calque.debounceMs\` is set to 0 so that analysis is measured, not the debounce. An edit is one character typed into a paragraph in the middle of the document; latency is didChange → the publishDiagnostics carrying that version. The server waits at least as long as its previous check took before re-checking (typing protection), and that is included.
- **Memory**: 200 distinct 50 KB documents (8 languages) opened in one server; VmRSS from /proc/<pid>/status 1 s after all were diagnosed, and the lowest VmRSS over the next 60 s of idleness (V8's memory reducer returns unused heap pages only after a while without allocation; \`CALQUE_BENCH_IDLE_S\` changes the wait).
- **Growth**: one English document of each size, checked once by a warm engine (CPU time).
- **Phrasebook**: bench/phrasebook.ts — the matcher alone over ~1 MB of pre-tokenised text with 10 and with 10,000 entries.
- **Peers**: each runs as its own process over the same files (the first ${mb(PEER_BYTES)} MB of the corpus), under bench/peak.mjs, which records the process's maxRSS at exit; ratios are peer ÷ calque (time scaled to the same bytes; CPU time is the fair one on a shared machine). They do different jobs (cspell: spelling; textlint rule: bracket and quote pairs; Harper: English grammar), so this compares cost, not findings. harper.js runs in-process (bench/harper-runner.mjs) with a time budget, because it is very slow on long non-English text.

## How to reproduce

\`\`\`sh
npm ci
npm run bench:peers-setup   # once: cspell 9.8.0, textlint 15 + no-unmatched-pair, harper.js 2 into bench/.peers
npm run bench               # prints the table, writes bench/out/results.json and this file
\`\`\`

Options: \`--quick\` (1 MB corpus, fewer edits, no REPORT.md), \`--no-peers\`, \`--no-lsp\`, \`--peer-mb N\`, \`--harper-budget-s N\`.
`;
  writeFileSync(join(ROOT, 'bench', 'REPORT.md'), md);
}

await main();
