/**
 * Worst-case inputs, per rule: the time to check inputs of size n, 2n, 4n and 8n. A linear rule
 * doubles with each step (8n / n ≈ 8); a quadratic one grows ×64. The tests
 * (test/unit/adversarial.test.ts) only require these inputs to finish; the curve is here.
 *
 * Standalone: npx tsx --import ./test/support/register-loaders.mjs bench/adversarial.ts
 * (ADV_BASE=chars sets n, default 64 KB; ADV_RULES=quotes,names limits the rules). Each cell is
 * the best of ADV_REPEAT runs (default 2) of the rule alone over blocks tokenised beforehand.
 */
import { pathToFileURL } from 'node:url';
import { Engine, mergeConfig, RULES, type CalqueConfig, type CheckResult, type EngineResources, type Rule, type RuleContext } from '../server/src/engine/index';

export interface AdversarialInput {
  name: string;
  format: 'plaintext' | 'markdown';
  /** Text of about `size` code units. */
  make(size: number): string;
}

export interface AdversarialRow {
  input: string;
  /** Rule id, or "(base)" for parsing + tokenisation. */
  rule: string;
  sizes: number[];
  ms: number[];
  /** ms at 8n / ms at n (≈ 8 when linear). */
  growth: number;
}

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

function capitalisedWords(size: number): string {
  // Distinct capitalised pseudo-names ("Bakora Telumi …"), deterministic.
  const syl = ['ba', 'ko', 'ra', 'te', 'lu', 'mi', 'sa', 'vo', 'ne', 'di', 'zu', 'ch', 'ya', 'sk'];
  let s = 1;
  const out: string[] = [];
  let len = 0;
  while (len < size) {
    let w = '';
    const k = 2 + (s % 3);
    for (let i = 0; i < k; i++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      w += syl[s % syl.length];
    }
    w = w[0]!.toUpperCase() + w.slice(1);
    out.push(w);
    len += w.length + 1;
  }
  return out.join(' ').slice(0, size);
}

export const ADVERSARIAL_INPUTS: AdversarialInput[] = [
  { name: 'one long line of prose', format: 'plaintext', make: (n) => repeat('The people of Minsk said that the protests went on, and on. ', n) },
  { name: 'straight quotes "', format: 'plaintext', make: (n) => repeat('"', n) },
  { name: 'curly quotes “ ” ‘ ’ „ « »', format: 'plaintext', make: (n) => repeat('“a” ‘b’ „c“ «d» ', n) },
  { name: 'unbalanced opening quotes “', format: 'plaintext', make: (n) => repeat('“word ', n) },
  { name: 'nested brackets (((x)))', format: 'plaintext', make: (n) => '('.repeat(n >> 1) + 'x' + ')'.repeat(n >> 1) },
  { name: 'nested quotes “‘“‘x’”’”', format: 'plaintext', make: (n) => '“‘'.repeat(n >> 2) + 'x' + '’”'.repeat(n >> 2) },
  { name: 'capitalised words (names)', format: 'plaintext', make: capitalisedWords },
  { name: 'same word (the the the)', format: 'plaintext', make: (n) => repeat('the ', n) },
  { name: 'same phrase (a b a b)', format: 'plaintext', make: (n) => repeat('a b ', n) },
  { name: 'word and word and word', format: 'plaintext', make: (n) => repeat('word and ', n) },
  { name: 'word. word. (capitalization/fragment)', format: 'plaintext', make: (n) => repeat('word. ', n) },
  { name: 'template openers {{', format: 'plaintext', make: (n) => repeat('{{', n) },
  { name: 'shortcode openers [ad_1', format: 'plaintext', make: (n) => repeat('[ad_1 ', n) },
  { name: 'spaces and commas', format: 'plaintext', make: (n) => repeat('a  ,,  ( b ) ', n) },
  { name: 'nested blockquotes > > >', format: 'markdown', make: (n) => '> '.repeat(Math.min(n >> 1, 5000)) + repeat('the text ', n >> 1) },
  { name: 'markdown emphasis and links', format: 'markdown', make: (n) => repeat('**a** _b_ [c](http://d.e) `f` <g> ', n) },
];

function best(repeatN: number, f: () => void): number {
  let bestMs = Infinity;
  for (let r = 0; r < repeatN; r++) {
    const t0 = performance.now();
    f();
    bestMs = Math.min(bestMs, performance.now() - t0);
  }
  return bestMs;
}

/** Runs one rule over already tokenised blocks, as the engine does (no cache). */
function runRule(rule: Rule, result: CheckResult, text: string, format: 'plaintext' | 'markdown', config: CalqueConfig, resources: EngineResources): void {
  const ctx: RuleContext = { language: result.language, documentLanguage: result.language, sourceLanguages: result.sourceLanguages, options: {}, config, format, resources };
  const summaries: unknown[] = [];
  if (rule.checkBlock) {
    for (const block of result.blocks) {
      const r = rule.checkBlock(block, { ...ctx, language: block.language });
      summaries.push(Array.isArray(r) ? undefined : r.summary);
    }
  }
  if (rule.checkDocument) rule.checkDocument({ text, blocks: result.blocks, format, language: result.language }, summaries, ctx);
}

/**
 * Per-rule time on each adversarial input at sizes n, 2n, 4n, 8n: the rule's checkBlock over
 * every block plus its checkDocument, on blocks tokenised once ("(base)": parsing, language
 * decision and tokenisation by an engine without rules or caches).
 * Options: base size n (code units), rules to time (default: all), inputs (default: all).
 */
export function benchAdversarial(opts: { base?: number; rules?: readonly Rule[]; inputs?: readonly AdversarialInput[]; repeat?: number; language?: string } = {}): AdversarialRow[] {
  const base = opts.base ?? Number(process.env.ADV_BASE ?? 64 * 1024);
  const repeatN = opts.repeat ?? Number(process.env.ADV_REPEAT ?? 2);
  const rules = opts.rules ?? RULES;
  const config = mergeConfig({ language: opts.language ?? 'en' });
  const sizes = [base, base * 2, base * 4, base * 8];
  const none = new Engine({ rules: [], cacheSize: 0 });
  // Resources (compiled phrasebooks) shared by the timed rules, compiled before timing.
  const warm = new Engine({ rules: [...rules], cacheSize: 0 });
  warm.check({ text: 'Warm up the the engine. “Quote” here, August 9. the end.', config });
  const rows: AdversarialRow[] = [];
  for (const input of opts.inputs ?? ADVERSARIAL_INPUTS) {
    const texts = sizes.map((s) => input.make(s));
    const results: CheckResult[] = [];
    const baseMs = texts.map((t, i) => best(repeatN, () => void (results[i] = none.check({ text: t, format: input.format, config }))));
    rows.push({ input: input.name, rule: '(base)', sizes, ms: baseMs, growth: baseMs[3]! / Math.max(baseMs[0]!, 0.01) });
    for (const rule of rules) {
      const ms = texts.map((t, i) => best(repeatN, () => runRule(rule, results[i]!, t, input.format, config, warm.resources)));
      rows.push({ input: input.name, rule: rule.meta.id, sizes, ms, growth: ms[3]! / Math.max(ms[0]!, 0.05) });
    }
  }
  return rows;
}

export function formatAdversarial(rows: AdversarialRow[]): string {
  const sizes = rows[0]?.sizes ?? [];
  const head = `| input | rule | ${sizes.map((s) => `${Math.round(s / 1024)} KB`).join(' | ')} | 8n/n |`;
  const sep = `|---|---|${sizes.map(() => '---:').join('|')}|---:|`;
  const lines = rows.map((r) => `| ${r.input} | ${r.rule} | ${r.ms.map((m) => m.toFixed(1)).join(' | ')} | ${r.growth.toFixed(1)} |`);
  return [head, sep, ...lines].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.env.ADV_RULES?.split(',');
  const rows = benchAdversarial({ rules: only ? RULES.filter((r) => only.includes(r.meta.id)) : undefined });
  console.log('Adversarial inputs: milliseconds per check, per rule (best of ' + (process.env.ADV_REPEAT ?? 2) + '), at n, 2n, 4n, 8n');
  console.log(formatAdversarial(rows));
  const bad = rows.filter((r) => r.growth > 24 && r.ms[3]! > 50);
  if (bad.length) console.log(`\nSuper-linear (8n/n > 24): ${bad.map((r) => `${r.rule} on ${r.input}`).join('; ')}`);
}
