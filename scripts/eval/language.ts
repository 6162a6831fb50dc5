/**
 * Measures language identification and `untranslated` false alarms on the PUD corpus
 * (the whole corpus from the evaluation data, see data.ts; one document per line, blank line
 * between documents). Part of `npm run eval`; alone:
 *
 *   node --import tsx --import ./test/support/register-loaders.mjs scripts/eval/language.ts \
 *     [--data DIR] [--docs N] [--article K] [--langs en,de,...] [--engine] [--corpus MB]
 *
 * Prints:
 *  - document-level accuracy: PUD documents joined K at a time into articles (K paragraphs),
 *    decideLanguages with language "auto" -> documentLanguage must be the file's language;
 *  - paragraph-level accuracy on short text: every single PUD document (1-3 sentences), and
 *    every sentence of at least 20 characters, detected alone;
 *  - the most frequent confusions;
 *  - `untranslated` false alarms per 1,000 words: each whole PUD file checked as one article
 *    (clean professional translations: every finding is a false alarm, see SOURCES.md);
 *  - CPU time: detection + span analysis (decideLanguages, cold caches) in ms per 100 KB, and with
 *    --engine the whole engine check with all rules (warm language caches) for comparison.
 *
 * With --corpus MB it only times the language stage on the benchmark corpus instead
 * (bench/out/corpus, written by `npm run bench`; the file name ends with the language): the
 * first MB megabytes, after a 1 MB warm-up on the files that follow, decideLanguages with the
 * language detected and with it configured, cold language caches, best of 3 passes; CPU ms per
 * MB, trigram scorings (franc model evaluations) per MB, and wrongly detected documents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mergeConfig } from '../../server/src/engine/config';
import { Engine } from '../../server/src/engine/engine';
import { clearLanguageCaches, decideLanguages, detectLanguage, resolveCandidates } from '../../server/src/engine/lang/index';
import { detectStats } from '../../server/src/engine/lang/detect';
import { parseArticle } from '../../server/src/engine/article';
import { untranslatedRule } from '../../server/src/engine/rules/untranslated';
import type { Rule } from '../../server/src/engine/rule';
import { need, pudDir, PUD_LANGS, ROOT, setEvalData } from './data';

export function pudDocuments(lang: string, dir = pudDir()): string[] {
  return readFileSync(join(need(dir, 'pud'), `${lang}.txt`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

/** Sentences of a PUD document (Intl.Segmenter), at least `min` characters. */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const k = lang + granularity;
  let s = segmenters.get(k);
  if (!s) segmenters.set(k, (s = new Intl.Segmenter(lang, { granularity })));
  return s;
}

function sentencesOf(doc: string, lang: string, min: number): string[] {
  const seg = segmenter(lang, 'sentence');
  return [...seg.segment(doc)].map((s) => s.segment.trim()).filter((s) => s.length >= min);
}

function words(text: string, lang: string): number {
  let n = 0;
  for (const s of segmenter(lang, 'word').segment(text)) if (s.isWordLike) n++;
  return n;
}

export interface LangEval {
  lang: string;
  articles: number;
  articleCorrect: number;
  paragraphs: number;
  paragraphCorrect: number;
  sentences: number;
  sentenceCorrect: number;
  confusions: Record<string, number>;
  words: number;
  falseAlarms: number;
  falseAlarmSamples: string[];
  bytes: number;
  langMs: number;
  engineMs: number;
}

export interface EvalOptions {
  /** Use only the first N documents of each file (all when undefined). */
  docs?: number;
  /** Documents per article for the document-level test. */
  article?: number;
  /** Also time a whole engine check with every rule (slow; for comparison). */
  engine?: boolean;
  /** Folder of PUD files (default: the whole corpus of the evaluation data). */
  dir?: string;
}

export function evaluateLanguage(lang: string, opts: EvalOptions = {}): LangEval {
  const all = pudDocuments(lang, opts.dir);
  const docs = opts.docs ? all.slice(0, opts.docs) : all;
  const k = opts.article ?? 4;
  const config = mergeConfig();
  const cands = resolveCandidates([]);
  const r: LangEval = { lang, articles: 0, articleCorrect: 0, paragraphs: 0, paragraphCorrect: 0, sentences: 0, sentenceCorrect: 0, confusions: {}, words: 0, falseAlarms: 0, falseAlarmSamples: [], bytes: 0, langMs: 0, engineMs: 0 };
  const confuse = (got: string | undefined) => {
    const key = `${lang}->${got ?? 'und'}`;
    r.confusions[key] = (r.confusions[key] ?? 0) + 1;
  };
  for (let i = 0; i + k <= docs.length; i += k) {
    const d = decideLanguages(docs.slice(i, i + k), config);
    r.articles++;
    if (d.documentLanguage === lang) r.articleCorrect++;
    else confuse(d.documentLanguage);
  }
  for (const doc of docs) {
    const got = detectLanguage(doc, cands).language;
    r.paragraphs++;
    if (got === lang) r.paragraphCorrect++;
    for (const s of sentencesOf(doc, lang, 20)) {
      const g = detectLanguage(s, cands).language;
      r.sentences++;
      if (g === lang) r.sentenceCorrect++;
    }
  }
  // False alarms and time: the file (or slice) as one article, fresh text for cold caches.
  const text = docs.join('\n\n');
  r.bytes = Buffer.byteLength(text);
  r.words = words(text, lang);
  const blocks = text.split('\n\n');
  // CPU time of this process (the machine may be busy: wall time would measure the others).
  const u0 = process.cpuUsage();
  decideLanguages(blocks.map((b) => b + ' '), config); // distinct text: cold caches
  r.langMs = cpuMs(u0);
  const only = new Engine({ rules: [untranslatedRule as Rule] });
  const res = only.check({ text, config });
  for (const f of res.findings) {
    r.falseAlarms++;
    if (r.falseAlarmSamples.length < 3) r.falseAlarmSamples.push(`${f.message} «${text.slice(f.start, Math.min(f.end, f.start + 90))}»`);
  }
  if (opts.engine) {
    const u1 = process.cpuUsage();
    new Engine().check({ text: text + '\n', config });
    r.engineMs = cpuMs(u1);
  }
  return r;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

function pct(a: number, b: number): string {
  return b ? ((100 * a) / b).toFixed(1) + '%' : '-';
}

export interface CorpusTiming {
  mode: 'detected' | 'configured';
  megabytes: number;
  articles: number;
  msPerMb: number;
  scoringsPerMb: number;
  wrongLanguage: number;
}

/** Times decideLanguages on the first `mb` megabytes of bench/out/corpus (see the header). */
export function timeCorpus(mb: number, passes = 3): CorpusTiming[] {
  const dir = join(ROOT, 'bench', 'out', 'corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const load = (f: string) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { blocks: parseArticle(text, 'plaintext').blocks.map((b) => b.text), lang: f.slice(-6, -4), bytes: Buffer.byteLength(text) };
  };
  const docs: ReturnType<typeof load>[] = [];
  let bytes = 0;
  for (const f of files) {
    if (bytes >= mb * 1e6) break;
    const d = load(f);
    docs.push(d);
    bytes += d.bytes;
  }
  let warm = 0;
  for (const f of files.slice(docs.length)) {
    if (warm >= 1e6) break;
    const d = load(f);
    warm += d.bytes;
    decideLanguages(d.blocks, mergeConfig());
    decideLanguages(d.blocks, mergeConfig({ language: d.lang }));
  }
  const out: CorpusTiming[] = [];
  for (const mode of ['detected', 'configured'] as const) {
    let best = Infinity;
    let scorings = 0;
    let wrong = 0;
    for (let p = 0; p < passes; p++) {
      clearLanguageCaches();
      const f0 = detectStats.francCalls;
      wrong = 0;
      const u0 = process.cpuUsage();
      for (const d of docs) if (decideLanguages(d.blocks, mergeConfig(mode === 'detected' ? {} : { language: d.lang })).documentLanguage !== d.lang) wrong++;
      best = Math.min(best, cpuMs(u0));
      scorings = detectStats.francCalls - f0;
    }
    out.push({ mode, megabytes: bytes / 1e6, articles: docs.length, msPerMb: best / (bytes / 1e6), scoringsPerMb: scorings / (bytes / 1e6), wrongLanguage: wrong });
  }
  return out;
}

export function main(args = process.argv.slice(2)): void {
  const get = (k: string) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (get('--data')) setEvalData(get('--data')!);
  if (get('--corpus')) {
    for (const t of timeCorpus(Number(get('--corpus'))))
      console.log(`language ${t.mode}: ${t.msPerMb.toFixed(0)} CPU ms per MB, ${t.scoringsPerMb.toFixed(0)} trigram scorings per MB (${t.articles} articles, ${t.megabytes.toFixed(2)} MB; wrong document language: ${t.wrongLanguage})`);
    return;
  }
  const langs = get('--langs')?.split(',') ?? PUD_LANGS;
  const docs = get('--docs') ? Number(get('--docs')) : undefined;
  const article = get('--article') ? Number(get('--article')) : 4;
  const engine = args.includes('--engine');
  const rows: LangEval[] = [];
  console.log('lang  articles(doc-level)  paragraphs  sentences>=20ch  untranslated/1k words  lang ms/100KB  engine ms/100KB');
  for (const l of langs) {
    const r = evaluateLanguage(l, { docs, article, engine });
    rows.push(r);
    const per100k = (ms: number) => ((ms * 100 * 1024) / r.bytes).toFixed(0);
    console.log(
      `${l.padEnd(5)} ${pct(r.articleCorrect, r.articles).padStart(7)} of ${String(r.articles).padEnd(5)}   ${pct(r.paragraphCorrect, r.paragraphs).padStart(7)}    ${pct(r.sentenceCorrect, r.sentences).padStart(7)} of ${String(r.sentences).padEnd(5)}  ${((1000 * r.falseAlarms) / r.words).toFixed(3).padStart(8)} (${r.falseAlarms})         ${per100k(r.langMs).padStart(6)}        ${per100k(r.engineMs).padStart(6)}`,
    );
  }
  const sum = (f: (r: LangEval) => number) => rows.reduce((a, r) => a + f(r), 0);
  console.log('');
  console.log(`document level: ${pct(sum((r) => r.articleCorrect), sum((r) => r.articles))} of ${sum((r) => r.articles)} articles (${article} documents each), ${rows.length} languages`);
  console.log(`paragraph level (one PUD document): ${pct(sum((r) => r.paragraphCorrect), sum((r) => r.paragraphs))} of ${sum((r) => r.paragraphs)}`);
  console.log(`sentence level (>= 20 chars): ${pct(sum((r) => r.sentenceCorrect), sum((r) => r.sentences))} of ${sum((r) => r.sentences)}`);
  const fa = sum((r) => r.falseAlarms);
  console.log(`untranslated false alarms: ${fa} in ${sum((r) => r.words)} words = ${((1000 * fa) / sum((r) => r.words)).toFixed(3)} per 1,000 words`);
  console.log(`time: language ${((sum((r) => r.langMs) * 100 * 1024) / sum((r) => r.bytes)).toFixed(1)} ms per 100 KB; whole engine ${((sum((r) => r.engineMs) * 100 * 1024) / sum((r) => r.bytes)).toFixed(1)} ms per 100 KB`);
  const conf = new Map<string, number>();
  for (const r of rows) for (const [k, v] of Object.entries(r.confusions)) conf.set(k, (conf.get(k) ?? 0) + v);
  console.log('confusions (document level):', [...conf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', ') || 'none');
  for (const r of rows) for (const s of r.falseAlarmSamples) console.log(`  false alarm [${r.lang}] ${s}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
