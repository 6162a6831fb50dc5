/**
 * The engine: text + config in, findings out. Pure: no fs, no LSP, no vscode.
 *
 * One Engine instance keeps bounded caches so that re-checking an edited document only
 * re-analyses the blocks whose text changed: tokenisation is cached per (block text,
 * language) and each rule's block result per (rule, block text, language, options).
 */
import { parseArticle, lineOf, type RawBlock } from './article';
import { mergeConfig, type CalqueConfig } from './config';
import { decideLanguages } from './lang/index';
import type { DocumentView, EngineResources, Rule, RuleContext, RuleFinding } from './rule';
import { RULES } from './rules/index';
import { sentences, tokenize } from './segment';
import { applySuppressions } from './suppress';
import type { Block, DocumentFormat, Finding, Severity, Token, Sentence } from './types';

export interface CheckInput {
  text: string;
  format?: DocumentFormat;
  config?: CalqueConfig;
  /** Path or URI, for workspace-level analyses and messages. */
  id?: string;
}

export interface CheckResult {
  findings: Finding[];
  language: string;
  languageSource: 'config' | 'detected' | 'fallback';
  sourceLanguages: string[];
  blocks: Block[];
  lineStarts: number[];
}

class Lru<V> {
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V): void {
    if (this.map.has(k)) this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
  get size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
}

/** Block-relative cached analysis (offsets relative to block start). */
interface CachedTokens {
  tokens: Token[];
  sentences: Sentence[];
}
interface CachedRuleResult {
  findings: RuleFinding[];
  summary: unknown;
}

export interface EngineOptions {
  /** Max cached blocks (tokens and per-rule results each). */
  cacheSize?: number;
  rules?: Rule[];
}

export class Engine {
  readonly rules: Rule[];
  readonly resources: EngineResources = { phrasebooks: new Map(), version: 0, scratch: new Map() };
  private tokenCache: Lru<CachedTokens>;
  private ruleCache: Lru<CachedRuleResult>;
  /** Counters for tests and benchmarks: how many blocks were (re)analysed. */
  stats = { blocksTokenized: 0, blockRuleRuns: 0 };

  constructor(options: EngineOptions = {}) {
    this.rules = options.rules ?? RULES;
    const size = options.cacheSize ?? 20000;
    this.tokenCache = new Lru(size);
    this.ruleCache = new Lru(size * 2);
  }

  /** Replaces user phrasebooks (name -> text); invalidates cached results that depend on them. */
  setPhrasebooks(books: Map<string, string>): void {
    this.resources.phrasebooks = books;
    this.touchResources();
  }

  touchResources(): void {
    this.resources.version++;
    this.resources.scratch.clear();
    this.ruleCache.clear();
  }

  check(input: CheckInput): CheckResult {
    const text = input.text;
    const format = input.format ?? 'plaintext';
    const config = input.config ?? mergeConfig();
    const parsed = parseArticle(text, format);
    const langs = decideLanguages(
      parsed.blocks.map((b) => b.text),
      config,
    );
    const blocks = parsed.blocks.map((raw, i) => this.buildBlock(raw, i, langs.blockLanguages[i] ?? langs.documentLanguage));
    const doc: DocumentView = { text, blocks, format, language: langs.documentLanguage, id: input.id };

    const findings: Finding[] = [];
    for (const rule of this.rules) {
      const setting = config.rules[rule.meta.id] ?? {};
      const catSetting = config.rules[rule.meta.category] ?? {};
      const level = setting.severity ?? catSetting.severity ?? rule.meta.defaultSeverity;
      if (level === 'off') continue;
      const severity: Severity = level;
      const options = { ...catSetting.options, ...setting.options };
      const baseCtx: RuleContext = {
        language: langs.documentLanguage,
        documentLanguage: langs.documentLanguage,
        sourceLanguages: langs.sourceLanguages,
        options,
        config,
        format,
        resources: this.resources,
      };
      const optionsKey = JSON.stringify(options);
      const summaries: unknown[] = [];
      const push = (rf: RuleFinding) => {
        findings.push({
          ruleId: rule.meta.id,
          category: rule.meta.category,
          severity: rf.severity ?? severity,
          start: rf.start,
          end: rf.end,
          message: rf.message,
          fixes: rf.fixes ?? [],
          ...(rf.explanation !== undefined ? { explanation: rf.explanation } : {}),
          ...(rf.data !== undefined ? { data: rf.data } : {}),
        });
      };
      if (rule.checkBlock) {
        for (const block of blocks) {
          const ctx: RuleContext = { ...baseCtx, language: block.language };
          const extra = rule.blockCacheKey ? rule.blockCacheKey(ctx) : '';
          const key = `${rule.meta.id}\u0000${block.language}\u0000${block.kind}\u0000${optionsKey}\u0000${this.resources.version}\u0000${extra}\u0000${block.text}`;
          let cached = this.ruleCache.get(key);
          if (!cached) {
            this.stats.blockRuleRuns++;
            const r = rule.checkBlock(block, ctx);
            const list = Array.isArray(r) ? r : r.findings;
            cached = { findings: list.map((f) => shiftFinding(f, -block.start)), summary: Array.isArray(r) ? undefined : shiftSummary(r.summary, -block.start) };
            this.ruleCache.set(key, cached);
          }
          for (const f of cached.findings) push(shiftFinding(f, block.start));
          summaries.push(shiftSummary(cached.summary, block.start));
        }
      }
      if (rule.checkDocument) {
        for (const f of rule.checkDocument(doc, summaries, baseCtx)) push(f);
      }
    }

    const sentenceOf = (f: Finding): string => {
      for (const b of blocks) {
        if (f.start < b.start || f.start > b.end) continue;
        for (const s of b.sentences) if (f.start >= s.start && f.start <= s.end) return text.slice(s.start, s.end);
        return text.slice(b.start, b.end);
      }
      return '';
    };
    const kept = applySuppressions(findings, parsed.directives, parsed.lineStarts, text, config.suppressions, sentenceOf);
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return {
      findings: kept,
      language: langs.documentLanguage,
      languageSource: langs.documentLanguageSource,
      sourceLanguages: langs.sourceLanguages,
      blocks,
      lineStarts: parsed.lineStarts,
    };
  }

  private buildBlock(raw: RawBlock, index: number, language: string): Block {
    const key = language + '\u0000' + raw.text;
    let cached = this.tokenCache.get(key);
    if (!cached) {
      this.stats.blocksTokenized++;
      const tokens = tokenize(raw.text, 0, language);
      cached = { tokens, sentences: sentences(raw.text, 0, language, tokens) };
      this.tokenCache.set(key, cached);
    }
    const d = raw.start;
    return {
      index,
      kind: raw.kind,
      start: raw.start,
      end: raw.end,
      text: raw.text,
      language,
      tokens: d === 0 ? cached.tokens : cached.tokens.map((t) => ({ ...t, start: t.start + d, end: t.end + d })),
      sentences: d === 0 ? cached.sentences : cached.sentences.map((s) => ({ ...s, start: s.start + d, end: s.end + d })),
    };
  }
}

function shiftFinding(f: RuleFinding, d: number): RuleFinding {
  if (d === 0) return f;
  return {
    ...f,
    start: f.start + d,
    end: f.end + d,
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) })) } : {}),
  };
}

/**
 * Summaries may carry offsets: a summary object with a `shift(d)` convention is not needed;
 * rules that put offsets in summaries must store them block-relative via `relative: true`
 * fields. To keep it simple, summaries are shifted when they are arrays of objects with
 * numeric `start`/`end` fields.
 */
function shiftSummary(s: unknown, d: number): unknown {
  if (d === 0 || s === undefined || s === null) return s;
  if (Array.isArray(s)) return s.map((x) => shiftOffsets(x, d));
  return shiftOffsets(s, d);
}
function shiftOffsets(x: unknown, d: number): unknown {
  if (x && typeof x === 'object' && !Array.isArray(x)) {
    const o = x as Record<string, unknown>;
    const out: Record<string, unknown> = { ...o };
    if (typeof o.start === 'number') out.start = o.start + d;
    if (typeof o.end === 'number') out.end = o.end + d;
    if (Array.isArray(o.items)) out.items = o.items.map((i) => shiftOffsets(i, d));
    return out;
  }
  return x;
}

export { lineOf };
