/**
 * The rule API. A rule is a module exporting a `Rule`: declared meta plus one or both of
 *  - `checkBlock(block, ctx)`: findings for one block (paragraph). The engine caches the
 *    result per (rule, block text, language, rule options), so an edit re-runs only the
 *    blocks it touched. It may also return a `summary` for the document pass.
 *  - `checkDocument(doc, summaries, ctx)`: document-level analysis (names, cross-paragraph
 *    quotes) from the cached per-block summaries; it runs on every check, so it must be cheap.
 * Rules report `RuleFinding`s; the engine adds rule id, category and severity.
 */
import type { CalqueConfig } from './config';
import type { Block, Category, Fix, Severity, RuleMeta, DocumentFormat } from './types';
import type { PairFinding, PairView } from './bilingual/types';

export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  explanation?: string;
  data?: Record<string, unknown>;
  /** Overrides the rule's severity for this finding (e.g. a weaker signal). */
  severity?: Severity;
}

export interface RuleContext {
  /** Language of the block being checked (document language for checkDocument). */
  language: string;
  documentLanguage: string;
  /** Known or inferred source languages, most likely first. */
  sourceLanguages: string[];
  options: Record<string, unknown>;
  config: CalqueConfig;
  format: DocumentFormat;
  /** Shared, engine-lifetime resources (compiled phrasebooks, workspace index...). */
  resources: EngineResources;
}

export interface DocumentView {
  text: string;
  blocks: Block[];
  format: DocumentFormat;
  language: string;
  /** Optional identifier (path or URI) used by workspace-scope analyses. */
  id?: string;
}

export interface Rule<S = unknown> {
  meta: RuleMeta;
  checkBlock?(block: Block, ctx: RuleContext): RuleFinding[] | { findings: RuleFinding[]; summary?: S };
  /**
   * `summaries[i]` is block i's summary, block-relative: the engine stores what checkBlock
   * returned with its `start`/`end` fields (top level and `items`) made relative to the block,
   * and hands out the very objects it caches (read-only), so an edit that moves every block
   * below it copies nothing. Add `doc.blocks[i].start` to offsets taken from them.
   */
  checkDocument?(doc: DocumentView, summaries: (S | undefined)[], ctx: RuleContext): RuleFinding[];
  /**
   * Extra cache-key material for checkBlock beyond text, language and options (e.g. the
   * source languages when they change the ranking of suggestions).
   */
  blockCacheKey?(ctx: RuleContext): string;
  /**
   * Source-aware checks: called when the document is checked with its source (paired
   * articles, XLIFF, PO), with both sides segmented and aligned (bilingual/types.ts). Findings
   * are on the target unless `side: 'source'`; `ctx.language` is the target's language and
   * `ctx.sourceLanguages[0]` the source's. Runs on every check of a pair: keep it linear.
   */
  checkPair?(pair: PairView, ctx: RuleContext): PairFinding[];
}

/**
 * Resources that outlive a single check. Rules may stash compiled data here keyed by their id;
 * adapters put user data (phrasebook texts, workspace name index) here.
 */
export interface EngineResources {
  /** User phrasebooks: file name -> text. Changing them bumps `version`. */
  phrasebooks: Map<string, string>;
  /** Glossary files named by the configuration: absolute path -> text (the terminology rule parses them). */
  glossaries?: Map<string, string>;
  /** Bumped whenever resources change, so caches keyed on it are invalidated. */
  version: number;
  /** Per-rule scratch space for compiled data. */
  scratch: Map<string, unknown>;
  /** Workspace-wide data (e.g. name counts from other documents), set by adapters. */
  workspace?: unknown;
}

/** Alternatives for a message: "a", "a or b", "a, b or c". */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return items.slice(0, -1).join(', ') + ' or ' + items[items.length - 1];
}

export function defineRule<S = unknown>(rule: Rule<S>): Rule<S> {
  return rule;
}

export type { Category };
