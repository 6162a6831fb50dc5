/**
 * The engine: text + config in, findings out. Pure: no fs, no LSP, no vscode.
 *
 * One Engine instance keeps bounded caches so that re-checking an edited document only
 * re-analyses the blocks whose text changed: one entry per (block language, block text) holds
 * each rule's block result per (rule, block kind, options, resources version, rule's extra
 * key) and its sentences. The block's tokens — by far the largest part — are kept in a second,
 * smaller cache bounded by token count (TOKEN_BUDGET): a block whose rule results are all
 * cached never needs its tokens, and `Block.tokens` is computed on first access when they were
 * forgotten. So memory does not grow with the number of open documents
 * beyond the small per-block results. Looking a block up hashes its text once per check.
 *
 * Tokens and sentences carry document offsets (the rule API). A cached block that moved (an
 * edit above it) has its tokens' and sentences' offsets shifted in place rather than copied,
 * so re-checking a long document allocates nothing for the blocks an edit did not touch. So
 * the `blocks` of a CheckResult are valid until the next `check` of this Engine: read them
 * right away (adapters do), do not keep them.
 */
import { parseArticle, type RawBlock } from './article';
import { lineOf } from './lines';
import { mergeConfig, type CalqueConfig } from './config';
import { decideLanguages } from './lang/index';
import type { DocumentView, EngineResources, Rule, RuleContext, RuleFinding } from './rule';
import { RULES } from './rules/index';
import { sentences, tokenize } from './segment';
import { applySuppressions, sentenceAt } from './suppress';
import type { Block, DocumentFormat, Finding, Severity, Token, Sentence } from './types';
import { byTextLength, detach, Lru } from './lru';
import { alignSegments } from './bilingual/align';
import { segmentsOfBlocks, segmentText } from './bilingual/segments';
import type { AlignedPair, PairFinding, PairView, Segment } from './bilingual/types';


export interface CheckInput {
  text: string;
  format?: DocumentFormat;
  config?: CalqueConfig;
  /** Path or URI, for workspace-level analyses and messages. */
  id?: string;
  /**
   * The source this document was translated from: the source-aware rules (`checkPair`) run on
   * both, aligned, and findings that belong to the source are returned in `CheckResult.source`.
   */
  source?: { text: string; format?: DocumentFormat; id?: string; units?: UnitRange[] };
}

/**
 * A unit of a bilingual file (bilingual/bitext.ts): the ranges of its source and target in the
 * two texts, which are aligned by the file, not by the aligner; its inline codes per side.
 */
export interface UnitRange {
  source: [number, number];
  target: [number, number];
  id: string;
  codes?: AlignedPair['codes'];
}

/** What a check with a source found in the source, and how the two were aligned. */
export interface SourceResult {
  findings: Finding[];
  language: string;
  languageSource: 'config' | 'detected' | 'fallback';
  lineStarts: number[];
  /** Aligned pairs as offset ranges of each side (undefined where a side has no segment), in source order. */
  alignment: { source?: [number, number]; target?: [number, number]; cost: number; moved?: boolean }[];
}

export interface CheckResult {
  findings: Finding[];
  language: string;
  languageSource: 'config' | 'detected' | 'fallback';
  sourceLanguages: string[];
  /** Where the source language comes from: the configuration, or evidence in the text (with confidence). */
  sourceLanguageSource: 'config' | 'inferred' | 'unknown';
  blocks: Block[];
  lineStarts: number[];
  /** Per rule that ran and returns block summaries (e.g. `names`): its summaries, one per block. */
  summaries: Map<string, unknown[]>;
  /** Checked with a source (CheckInput.source): the source's findings and the alignment. */
  source?: SourceResult;
}


/** Everything cached for one block text: its entries per block language (usually one). */
interface TextEntry {
  /** The block text, a copy of its own: cached strings never keep a whole document alive. */
  text: string;
  byLanguage: Map<string, BlockEntry>;
}
/** Everything cached for one (language, block text). */
interface BlockEntry {
  text: string;
  /** Tokens, while the token cache keeps them (see TOKEN_BUDGET). */
  tokens?: Placed<Token>;
  /** Sentences (small: kept as long as the entry). */
  sentences?: Placed<Sentence>;
  /** Rule results, block-relative offsets, per rule key (rule, kind, options, version, extra). */
  rules: Map<string, CachedRuleResult>;
}
/** Items with document offsets for a block starting at `at`. */
interface Placed<T extends { start: number; end: number }> {
  items: T[];
  at: number;
  /** The check (Engine.serial) that last handed these items out. */
  stamp: number;
}
interface CachedRuleResult {
  findings: RuleFinding[];
  summary: unknown;
}
/** A block with the cache entry it came from. */
interface BuiltBlock {
  block: Block;
  entry: BlockEntry;
}

/**
 * Tokens kept by the token cache (all blocks together; about 120 bytes each with their
 * strings, so ~2.5 MB). Small on purpose: within one check every block keeps its tokens until
 * the check ends, and an edit re-runs the rules of the edited paragraph only, so tokens of
 * other blocks are needed again only when their rule results are not cached (a configuration
 * change), and re-tokenising then is cheap next to re-running the rules.
 */
export const TOKEN_BUDGET = 20_000;

/**
 * Bound of the block cache (rule results, sentences, the text itself), in characters of block
 * text plus ENTRY_OVERHEAD per block for its results: about 4 bytes of memory per unit, so
 * ~24 MB. It holds a 1 MB article (about 1M + 4,000 x 1,000 units) with room to spare, or the
 * thirty-odd 50 KB articles edited last: with hundreds of documents open, the ones not touched
 * for a while are re-analysed from scratch (milliseconds each) when they are checked again,
 * instead of every open document's analysis being kept forever.
 */
export const CACHE_BUDGET = 6_000_000;
const ENTRY_OVERHEAD = 1000;

export interface EngineOptions {
  /** 0 disables caching (every check starts from scratch). */
  cacheSize?: number;
  /** Bound of the block cache: characters of cached block texts plus ENTRY_OVERHEAD per block (default CACHE_BUDGET). */
  cacheBudget?: number;
  /** Max tokens kept for cached blocks (default TOKEN_BUDGET). */
  tokenBudget?: number;
  rules?: Rule[];
}

export class Engine {
  readonly rules: Rule[];
  readonly resources: EngineResources = { phrasebooks: new Map(), version: 0, scratch: new Map() };
  private blockCache: Lru<TextEntry>;
  private tokenCache: Lru<BlockEntry, BlockEntry>;
  private serial = 0;
  /** Counters for tests and benchmarks: how many blocks were (re)analysed. */
  stats = { blocksTokenized: 0, blockRuleRuns: 0 };

  constructor(options: EngineOptions = {}) {
    this.rules = options.rules ?? RULES;
    const size = options.cacheSize ?? 20000;
    this.blockCache = new Lru<TextEntry>(size === 0 ? 0 : (options.cacheBudget ?? CACHE_BUDGET), byTextLength(ENTRY_OVERHEAD), (_k, t) => {
      for (const e of t.byLanguage.values()) {
        e.tokens = undefined;
        this.tokenCache.delete(e);
      }
    });
    this.tokenCache = new Lru(
      size === 0 ? 0 : (options.tokenBudget ?? TOKEN_BUDGET),
      (e) => 1 + (e.tokens?.items.length ?? 0),
      (e) => (e.tokens = undefined),
    );
  }

  /** Replaces user phrasebooks (name -> text); invalidates cached results that depend on them. */
  setPhrasebooks(books: Map<string, string>): void {
    this.resources.phrasebooks = books;
    this.touchResources();
  }

  /** Replaces the glossary files' texts (path -> text); invalidates results that depend on them. */
  setGlossaries(files: Map<string, string>): void {
    this.resources.glossaries = files;
    this.touchResources();
  }

  touchResources(): void {
    this.resources.version++;
    this.resources.scratch.clear();
    for (const t of this.blockCache.values()) for (const e of t.byLanguage.values()) e.rules.clear();
  }

  check(input: CheckInput): CheckResult {
    const text = input.text;
    const format = input.format ?? 'plaintext';
    const config = input.config ?? mergeConfig();
    const parsed = parseArticle(text, format);
    // The cache's own copies of the block texts: the language decision caches by them too, so
    // no cache anywhere holds on to a slice of this version of the document.
    const texts = parsed.blocks.map((raw) => this.textEntry(raw.text));
    const langs = decideLanguages(
      texts.map((t) => t.text),
      config,
    );
    this.serial++;
    const built = parsed.blocks.map((raw, i) => this.buildBlock(texts[i]!, raw, i, langs.blockLanguages[i] ?? langs.documentLanguage));
    const blocks = built.map((b) => b.block);
    const doc: DocumentView = { text, blocks, format, language: langs.documentLanguage, id: input.id };

    const findings: Finding[] = [];
    const sourceFindings: Finding[] = [];
    const ruleSummaries = new Map<string, unknown[]>();
    // With a source: both sides segmented (the target from its own blocks) and aligned.
    let pair: PairView | undefined;
    let sourceSide: ReturnType<typeof segmentText> | undefined;
    if (input.source) {
      const srcConfig: CalqueConfig = { ...config, language: config.sourceLanguage[0] ?? 'auto', sourceLanguage: [] };
      sourceSide = segmentText(input.source.text, input.source.format ?? format, srcConfig);
      const target = segmentsOfBlocks(blocks);
      pair = {
        source: { text: input.source.text, language: sourceSide.language, format: input.source.format ?? format, segments: sourceSide.segments },
        target: { text, language: langs.documentLanguage, format, segments: target },
        pairs: input.source.units ? unitPairs(input.source.units, sourceSide.segments, target) : alignSegments(sourceSide.segments, target, sourceSide.language, langs.documentLanguage),
        unitAligned: !!input.source.units,
      };
    }
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
        sourceLanguages: pair ? [pair.source.language] : langs.sourceLanguages,
        options,
        config,
        format,
        resources: this.resources,
      };
      const optionsKey = JSON.stringify(options);
      const summaries: unknown[] = [];
      const push = (rf: RuleFinding | PairFinding, to = findings) => {
        const related = (rf as PairFinding).related;
        to.push({
          ruleId: rule.meta.id,
          category: rule.meta.category,
          severity: rf.severity ?? severity,
          start: rf.start,
          end: rf.end,
          message: rf.message,
          fixes: rf.fixes ?? [],
          ...(rf.explanation !== undefined ? { explanation: rf.explanation } : {}),
          ...(rf.data !== undefined ? { data: rf.data } : {}),
          ...(related?.length ? { related } : {}),
        });
      };
      if (rule.checkBlock) {
        const keyPrefix = `${rule.meta.id}\u0000${optionsKey}\u0000${this.resources.version}\u0000`;
        // The context and the rule's extra key depend only on the block language: reuse them.
        let ctxLang: string | undefined;
        let ctx: RuleContext = baseCtx;
        let extra = '';
        // Keys per block kind, reused as the same string objects (their hash is computed once).
        let keys = new Map<string, string>();
        for (const { block, entry } of built) {
          if (block.language !== ctxLang) {
            ctxLang = block.language;
            ctx = { ...baseCtx, language: block.language };
            extra = rule.blockCacheKey ? rule.blockCacheKey(ctx) : '';
            keys = new Map();
          }
          let key = keys.get(block.kind);
          if (key === undefined) {
            key = keyPrefix + block.kind + '\u0000' + extra;
            keys.set(block.kind, key);
          }
          let cached = entry.rules.get(key);
          if (!cached) {
            this.stats.blockRuleRuns++;
            const r = rule.checkBlock(block, ctx);
            const list = Array.isArray(r) ? r : r.findings;
            cached = { findings: list.map((f) => shiftFinding(f, -block.start)), summary: Array.isArray(r) ? undefined : shiftSummary(r.summary, -block.start) };
            if (entry.rules.size >= 64) entry.rules.clear();
            entry.rules.set(key, cached);
          }
          for (const f of cached.findings) push(shiftFinding(f, block.start));
          summaries.push(cached.summary);
        }
      }
      if (summaries.some((x) => x !== undefined)) ruleSummaries.set(rule.meta.id, summaries);
      if (rule.checkDocument) {
        for (const f of rule.checkDocument(doc, summaries, baseCtx)) push(f);
      }
      if (pair && rule.checkPair) {
        const own = findings.length;
        // A finding that defers to the rule's own finding at the same place stands only where there is none.
        const fromPair = rule.checkPair(pair, baseCtx).filter((p) => !p.defersTo || !findings.some((f, k) => k < own && f.ruleId === rule.meta.id && p.start < f.end && f.start < p.end && p.defersTo!(f)));
        // What the source shows supersedes what the rule guessed from the translation alone at
        // the same place ("a Russian word left in", not only "a Cyrillic word").
        const targetSide = fromPair.filter((f) => f.side !== 'source');
        if (targetSide.length) {
          for (let k = findings.length - 1; k >= 0; k--) {
            const f = findings[k]!;
            if (f.ruleId === rule.meta.id && k < own && targetSide.some((p) => p.start < f.end && f.start < p.end && (p.end - p.start) >= 0.5 * (f.end - f.start))) findings.splice(k, 1);
            else if (f.ruleId !== rule.meta.id && targetSide.some((p) => p.supersedes?.includes(f.ruleId) && p.start < f.end && f.start < p.end)) findings.splice(k, 1);
          }
        }
        for (const f of fromPair) push(f, f.side === 'source' ? sourceFindings : findings);
      }
    }

    const sentenceOf = (f: Finding): string => sentenceAt(text, blocks, f.start);
    const kept = applySuppressions(findings, parsed.directives, parsed.lineStarts, text, config.suppressions, sentenceOf);
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    let source: SourceResult | undefined;
    if (pair && sourceSide && input.source) {
      const stext = input.source.text;
      const sSegs = pair.source.segments;
      const sKept = applySuppressions(sourceFindings, sourceSide.directives, sourceSide.lineStarts, stext, config.suppressions, (f) => {
        const seg = sSegs.find((s) => s.start <= f.start && f.start <= s.end);
        return seg ? stext.slice(seg.start, seg.end) : '';
      });
      sKept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
      source = {
        findings: sKept,
        language: sourceSide.language,
        languageSource: sourceSide.languageSource,
        lineStarts: sourceSide.lineStarts,
        alignment: pair.pairs.map((p) => alignmentRange(pair!, p)),
      };
    }
    return {
      findings: kept,
      language: langs.documentLanguage,
      languageSource: langs.documentLanguageSource,
      sourceLanguages: langs.sourceLanguages,
      sourceLanguageSource: config.sourceLanguage.length ? 'config' : langs.sourceLanguages.length ? 'inferred' : 'unknown',
      blocks,
      lineStarts: parsed.lineStarts,
      summaries: ruleSummaries,
      ...(source ? { source } : {}),
    };
  }

  /** The cache entry of a block text (created with its own copy of the text). */
  private textEntry(raw: string): TextEntry {
    let t = this.blockCache.get(raw);
    if (!t) {
      const text = detach(raw);
      t = { text, byLanguage: new Map() };
      this.blockCache.set(text, t);
    }
    return t;
  }

  private buildBlock(t: TextEntry, raw: RawBlock, index: number, language: string): BuiltBlock {
    let entry = t.byLanguage.get(language);
    if (!entry) {
      entry = { text: t.text, rules: new Map() };
      t.byLanguage.set(language, entry);
    }
    return { entry, block: new CachedBlock(this, entry, raw, index, language) };
  }

  /** A block's tokens at `raw.start`: from the token cache, or tokenised now (sentences too if they are missing). */
  tokensOf(entry: BlockEntry, raw: RawBlock, language: string): Token[] {
    if (entry.tokens) {
      this.tokenCache.get(entry);
      return this.place(entry.tokens, raw.start);
    }
    this.stats.blocksTokenized++;
    // The entry's own copy of the text: token strings must not keep the document alive.
    const tokens = tokenize(entry.text, raw.start, language);
    entry.sentences ??= { items: sentences(entry.text, raw.start, language, tokens), at: raw.start, stamp: this.serial };
    entry.tokens = { items: tokens, at: raw.start, stamp: this.serial };
    this.tokenCache.set(entry, entry); // may forget them at once (a block larger than the budget)
    return tokens;
  }

  /** A block's sentences at `raw.start`. */
  sentencesOf(entry: BlockEntry, raw: RawBlock, language: string): Sentence[] {
    if (!entry.sentences) this.tokensOf(entry, raw, language);
    return this.place(entry.sentences!, raw.start);
  }

  /**
   * Items placed for a block at `at`. Moved since they were last handed out: shifted in place
   * (no allocation). The same text twice in one document: the second one gets its own copies.
   */
  private place<T extends { start: number; end: number }>(p: Placed<T>, at: number): T[] {
    const d = at - p.at;
    if (d === 0) {
      p.stamp = this.serial;
      return p.items;
    }
    if (p.stamp === this.serial) return p.items.map((x) => ({ ...x, start: x.start + d, end: x.end + d }));
    for (const x of p.items) {
      x.start += d;
      x.end += d;
    }
    p.at = at;
    p.stamp = this.serial;
    return p.items;
  }
}

/** A block of one check: tokens and sentences are looked up (or computed) on first access. */
class CachedBlock implements Block {
  readonly kind: Block['kind'];
  readonly start: number;
  readonly end: number;
  readonly text: string;
  private toks?: Token[];
  private sents?: Sentence[];
  constructor(
    private readonly engine: Engine,
    private readonly entry: BlockEntry,
    private readonly raw: RawBlock,
    readonly index: number,
    readonly language: string,
  ) {
    this.kind = raw.kind;
    this.start = raw.start;
    this.end = raw.end;
    // The cached copy (same text): what rules keep of it (slices in findings and summaries)
    // then holds on to that block only, never to a whole version of the document.
    this.text = entry.text;
  }
  get tokens(): Token[] {
    return (this.toks ??= this.engine.tokensOf(this.entry, this.raw, this.language));
  }
  get sentences(): Sentence[] {
    return (this.sents ??= this.engine.sentencesOf(this.entry, this.raw, this.language));
  }
  toJSON(): Block {
    return { index: this.index, kind: this.kind, start: this.start, end: this.end, text: this.text, language: this.language, tokens: this.tokens, sentences: this.sentences };
  }
}

/** The pairs of a bilingual file: the segments inside each unit's two ranges, with the unit's id and inline codes. */
function unitPairs(units: readonly UnitRange[], source: readonly Segment[], target: readonly Segment[]): AlignedPair[] {
  const inside = (segs: readonly Segment[], r: [number, number]): number[] => segs.filter((s) => s.start >= r[0] && s.start < r[1]).map((s) => s.index);
  const out: AlignedPair[] = [];
  for (const u of units) {
    const s = inside(source, u.source);
    const t = inside(target, u.target);
    if (s.length || t.length) out.push({ source: s, target: t, cost: 0, unit: u.id, ...(u.codes ? { codes: u.codes } : {}) });
  }
  return out;
}

function alignmentRange(view: PairView, p: AlignedPair): SourceResult['alignment'][number] {
  const span = (segs: PairView['source']['segments'], ids: number[]): [number, number] | undefined => (ids.length ? [segs[ids[0]!]!.start, segs[ids[ids.length - 1]!]!.end] : undefined);
  const s = span(view.source.segments, p.source);
  const t = span(view.target.segments, p.target);
  return { ...(s ? { source: s } : {}), ...(t ? { target: t } : {}), cost: p.cost, ...(p.moved ? { moved: true } : {}) };
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
 * A summary as checkBlock returned it (document offsets) made block-relative for the cache:
 * numeric `start`/`end` fields at its top level and in the objects of an `items` array (or of
 * the summary itself when it is an array) are shifted by `d`.
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
