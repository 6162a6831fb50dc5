/**
 * Phrasebook matching throughput with 10 and with 10,000 entries over the same ~1 MB of text.
 * The text is tokenised once beforehand (the engine shares one tokenisation among all rules), so
 * this measures the matcher alone. Text and synthetic entries draw their words from the same
 * Zipf-distributed vocabulary (common words dominate, as in news text), so the 10,000 entries
 * really are walked (partial matches everywhere), but — like real calques — rarely complete.
 *
 *   npx tsx bench/phrasebook.ts
 *   node --expose-gc --import tsx --import ./test/support/register-loaders.mjs bench/phrasebook.ts --startup
 */
import { compileEntries, type CompiledPhrasebook } from '../server/src/engine/phrasebook/compile';
import { findMatches } from '../server/src/engine/phrasebook/find';
import { parsePhrasebook } from '../server/src/engine/phrasebook/parse';
import { sentences, tokenize } from '../server/src/engine/segment';
import type { Sentence, Token } from '../server/src/engine/types';
import { TEN_ENTRIES as TEN } from '../test/support/phrasebook-ten';

const COMMON = (
  'the a an of to in on for with by at from as and but or not is are was were be been has have had ' +
  'he she it they we his her their its our government minister president opposition protesters police ' +
  'said says will would could should may might city country people election vote law court report year ' +
  'week day time new old first last other more most many some all any every two three ten hundred ' +
  'put dots points like drops water hang noodles ears kill hares shot buy cat sack fifth leg dog make ' +
  'elephant fly peas wall nail starting exhale talks issues sensitive Moscow Brussels Minsk Europe union'
).split(' ');

/** The text's vocabulary: the common words above plus 3,000 rarer ones, drawn with a Zipf-like law. */
const VOCAB = [...COMMON, ...Array.from({ length: 3000 }, (_, i) => 'w' + i.toString(36) + 'a')];

/** Deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export /** A word index drawn with probability ~ 1/(rank+1): common words dominate, as in real text. */
function zipf(r: () => number): string {
  const n = VOCAB.length;
  const x = Math.exp(r() * Math.log(n + 1)) - 1;
  return VOCAB[Math.min(n - 1, Math.floor(x))]!;
}

export function makeText(chars: number): string[] {
  const r = rng(42);
  const calques = ['he put all the dots on the i', 'they are starting to exhale', 'like two drops of water', 'hang noodles on our ears'];
  const paras: string[] = [];
  let total = 0;
  while (total < chars) {
    const sents: string[] = [];
    for (let s = 0; s < 5; s++) {
      const n = 8 + Math.floor(r() * 18);
      const w: string[] = [];
      for (let i = 0; i < n; i++) w.push(zipf(r));
      if (r() < 0.1) w.splice(Math.floor(r() * w.length), 0, calques[Math.floor(r() * calques.length)]!);
      const t = w.join(' ');
      sents.push(t[0]!.toUpperCase() + t.slice(1) + (r() < 0.2 ? ', “he said”.' : '.'));
    }
    const p = sents.join(' ');
    paras.push(p);
    total += p.length + 2;
  }
  return paras;
}

/**
 * n entries shaped like real ones: a common first word (drawn like the text's words: "like",
 * "put", "the" …), then a less predictable word, optional parts, {*?} and word alternatives, and
 * a tail the text lacks (real calques are rare in any given text). Plus the ten real entries.
 */
export function syntheticBook(n: number): string {
  const r = rng(7);
  const lines = ['[lt -> en]'];
  const any = () => VOCAB[Math.floor(r() * VOCAB.length)]!;
  for (let i = 0; i < n - 10; i++) {
    const w: string[] = [zipf(r), any()];
    if (r() < 0.3) w.push(`(${zipf(r)})`);
    if (r() < 0.2) w.push('{*?}');
    w.push(`rare${i}/${any()}rare${i}`);
    if (r() < 0.5) w.push(zipf(r));
    lines.push(`${w.join(' ')} => s${i}`);
  }
  return lines.join('\n') + '\n' + TEN;
}

interface Prepared {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Matching throughput of each book over the same text, in MB per CPU second: CPU time of this
 * process (user + system), not wall time, and the best of several rounds, interleaved between
 * the books — other processes sharing the machine (and its caches) only ever make a round slower.
 */
function measure(books: CompiledPhrasebook[], paras: Prepared[], chars: number): Array<{ mbps: number; findings: number }> {
  const run = (book: CompiledPhrasebook): number => {
    let findings = 0;
    for (const p of paras) findings += findMatches(book, p.tokens, p.sentences, p.text, 0).length;
    return findings;
  };
  const findings = books.map(run); // warm-up
  const best = books.map(() => Infinity);
  for (let i = 0; i < 7; i++) {
    books.forEach((book, k) => {
      const c0 = process.cpuUsage();
      run(book);
      const c = process.cpuUsage(c0);
      best[k] = Math.min(best[k]!, (c.user + c.system) / 1e6);
    });
  }
  return books.map((_, k) => ({ mbps: chars / 1e6 / best[k]!, findings: findings[k]! }));
}

export async function benchPhrasebook(): Promise<{ entries10: number; entries10000: number }> {
  const paras = makeText(1_000_000);
  const prepared: Prepared[] = paras.map((text) => {
    const tokens = tokenize(text, 0, 'en');
    return { text, tokens, sentences: sentences(text, 0, 'en', tokens) };
  });
  const chars = paras.reduce((n, p) => n + p.length, 0);
  const small = compileEntries(parsePhrasebook('[lt -> en]\n' + TEN, 'ten.calque').entries, 'en');
  const big = compileEntries(parsePhrasebook(syntheticBook(10000), 'big.calque').entries, 'en');
  const [a, b] = measure([small, big], prepared, chars) as [{ mbps: number; findings: number }, { mbps: number; findings: number }];
  if (a.findings !== b.findings) throw new Error(`10 entries found ${a.findings}, 10,000 found ${b.findings}: the synthetic entries must not match`);
  return { entries10: round(a.mbps), entries10000: round(b.mbps) };
}

/**
 * Start-up cost of the English built-ins (CPU ms, in this process: run it in a fresh one) —
 * parsing their .calque texts and compiling the trie, as unbundled runs and books with user
 * entries do, versus loading the build-time precompiled data that dist/ bundles carry — and the
 * memory of the compiled books of every target language (heap + typed arrays).
 */
export async function benchPhrasebookStartup(): Promise<{ parseCompileEnMs: number; precompiledEnMs: number; compiledBytesAll: number; nodesEn: number }> {
  const { builtinPhrasebooks, selectEntries } = await import('../server/src/engine/phrasebook/select');
  const { loadPrecompiled, precompileBuiltins } = await import('../server/src/engine/phrasebook/precompile');
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let t = cpu();
  const en = compileEntries(selectEntries(builtinPhrasebooks('en'), [], 'en'), 'en');
  const parseCompileEnMs = cpu() - t;
  const pre = precompileBuiltins();
  t = cpu();
  loadPrecompiled(pre.en!);
  const precompiledEnMs = cpu() - t;
  const gc = (globalThis as { gc?: () => void }).gc;
  const mem = () => {
    gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const targets = [...new Set(builtinPhrasebooks().flatMap((p) => p.entries.map((e) => e.section.target)))];
  const entries = targets.map((tg) => selectEntries(builtinPhrasebooks(tg), [], tg));
  const m0 = mem();
  const books = targets.map((tg, i) => compileEntries(entries[i]!, tg));
  const compiledBytesAll = mem() - m0;
  if (books.length !== targets.length) throw new Error('unreachable');
  return { parseCompileEnMs: round(parseCompileEnMs), precompiledEnMs: round(precompiledEnMs), compiledBytesAll, nodesEn: en.nodes };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  if (process.argv.includes('--startup')) {
    const s = await benchPhrasebookStartup();
    console.log(`English built-ins: parse + compile ${s.parseCompileEnMs} CPU ms, precompiled load ${s.precompiledEnMs} CPU ms (${s.nodesEn} trie nodes); compiled books of all languages ${(s.compiledBytesAll / 1e6).toFixed(1)} MB`);
  } else {
    const r = await benchPhrasebook();
    console.log(`phrasebook matching: 10 entries ${r.entries10} MB/s, 10,000 entries ${r.entries10000} MB/s (matcher only, per CPU second, ~1 MB text, pre-tokenised)`);
  }
}
