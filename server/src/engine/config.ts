/**
 * Configuration: the shape, defaults, validation with positions, and merging.
 * Sources are merged in this order, later wins: defaults, `.calque.json`, CLI flags,
 * editor settings. Validation never silently drops anything: unknown keys and bad values
 * are returned as errors with offsets into the JSON text.
 */
import { parseTree, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { CATEGORIES, SEVERITIES, type Severity } from './types';
import { computeLineStarts, lineOf } from './lines';
import { isIso639_1 } from './bilingual/codes';
import { pack } from './languages/index';

export type RuleLevel = Severity | 'off';

export interface RuleSetting {
  severity?: RuleLevel;
  options?: Record<string, unknown>;
}

export interface NameEntry {
  preferred: string;
  variants: string[];
}

export interface CalqueConfig {
  /** Target (document) language as a BCP 47 tag, or 'auto' to detect. */
  language: string;
  /** Source language(s) of the translation, most likely first; empty = unknown. */
  sourceLanguage: string[];
  /** Candidate languages for detection (empty = the built-in plausible set). */
  languages: string[];
  rules: Record<string, RuleSetting>;
  ignore: string[];
  names: NameEntry[];
  nameScope: 'document' | 'workspace';
  phrasebooks: string[];
  suppressions: { rule: string; text: string }[];
  /** Files larger than this (bytes) are checked partially (server) or skipped (CLI). */
  maxFileSize: number;
  /**
   * Where the source of a translation is, for layouts the naming convention does not cover:
   * `{ "source": "src/lt/**\/*.md", "target": "src/en/**\/*.md" }` — the wildcards of the target
   * pattern, in order, fill those of the source pattern (made absolute by the adapters).
   */
  pairs: { source: string; target: string }[];
  /**
   * Terminology: glossary files (CSV, TSV, TBX; made absolute by the adapters) and entries
   * written in the configuration (`{ "source term": "target" | [...] | { … } }`, see
   * docs/rules/terminology.md).
   */
  glossary: { files: string[]; entries: Record<string, unknown> };
}

export type PartialConfig = Partial<CalqueConfig>;

export const DEFAULT_CONFIG: Readonly<CalqueConfig> = Object.freeze({
  language: 'auto',
  sourceLanguage: [],
  languages: [],
  rules: {},
  ignore: [],
  names: [],
  nameScope: 'document',
  phrasebooks: [],
  suppressions: [],
  maxFileSize: 5 * 1024 * 1024,
  pairs: [],
  glossary: { files: [], entries: {} },
});

export interface ConfigError {
  message: string;
  /** Offset and length in the config text (0/0 when not from a file). */
  offset: number;
  length: number;
  /**
   * calque.schema.json cannot tell this one (an unknown language code of the right shape, pair
   * patterns with different wildcards …): an editor that validates .calque.json with the schema
   * shows the others already, so the language server reports only these there.
   */
  beyondSchema?: true;
}

const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function isLanguageTag(s: string): boolean {
  return LANG_TAG.test(s);
}

/**
 * Why a language tag cannot be used, or undefined: it must be a BCP 47 tag whose language is
 * an ISO 639-1 code or one Calque has a language pack for ("gsw"). "xx-nonsense" has the shape
 * but no language: accepted, it would have made every sentence look foreign.
 */
export function languageTagProblem(s: string): string | undefined {
  if (!isLanguageTag(s)) return `"${s}" is not a BCP 47 language tag (e.g. "en", "de-CH")`;
  const primary = s.split('-')[0]!.toLowerCase();
  if (!isIso639_1(primary) && !pack(primary)) return `"${s}": "${primary}" is no known language code (ISO 639-1, e.g. "en", "lt"; the languages Calque knows are listed in docs/languages.md)`;
  return undefined;
}

/** Normalises a BCP 47 tag's case: language lower, region upper, script title (de-ch -> de-CH). */
export function normaliseTag(tag: string): string {
  return tag
    .split('-')
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()))
    .join('-');
}

const TOP_KEYS = ['$schema', 'language', 'sourceLanguage', 'languages', 'rules', 'ignore', 'names', 'nameScope', 'phrasebooks', 'suppressions', 'maxFileSize', 'pairs', 'glossary'] as const;

/** The wildcards of a path pattern, in order ("**" and "*"): pairs' patterns must have the same. */
export function patternWildcards(p: string): string[] {
  return p.match(/\*\*|\*/g) ?? [];
}

/**
 * Parses and validates a `.calque.json` text (JSON with comments allowed).
 * `knownRules` are rule ids (categories are accepted too, applying to all rules in them).
 */
export function parseConfig(text: string, knownRules: readonly string[]): { config: PartialConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  for (const e of parseErrors) errors.push({ message: `JSON syntax error: ${printParseErrorCode(e.error)}`, offset: e.offset, length: e.length });
  if (!root) return { config: {}, errors: errors.length ? errors : [{ message: 'empty configuration file', offset: 0, length: 0 }] };
  const v = validateConfigTree(root, knownRules);
  return { config: v.config, errors: [...errors, ...v.errors] };
}

/** Validates an already-parsed value (editor settings, CLI); errors have no positions. */
export function validateConfigValue(value: unknown, knownRules: readonly string[]): { config: PartialConfig; errors: ConfigError[] } {
  const text = JSON.stringify(value ?? {});
  return parseConfig(text, knownRules);
}

function val(n: JsonNode): unknown {
  switch (n.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of n.children ?? []) if (p.children?.[0] && p.children[1]) o[String(p.children[0].value)] = val(p.children[1]);
      return o;
    }
    case 'array':
      return (n.children ?? []).map(val);
    default:
      return n.value;
  }
}

function validateConfigTree(root: JsonNode, knownRules: readonly string[]): { config: PartialConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const err = (n: JsonNode, message: string, beyondSchema = false) => errors.push({ message, offset: n.offset, length: n.length, ...(beyondSchema ? { beyondSchema: true as const } : {}) });
  const config: PartialConfig = {};
  if (root.type !== 'object') {
    err(root, 'the configuration must be a JSON object');
    return { config, errors };
  }
  const ruleIds = new Set<string>([...knownRules, ...CATEGORIES]);
  const stringArray = (n: JsonNode, key: string, check?: (s: string, item: JsonNode) => boolean): string[] | undefined => {
    if (n.type === 'string') {
      if (check && !check(n.value, n)) return undefined;
      return [n.value];
    }
    if (n.type !== 'array') {
      err(n, `"${key}" must be an array of strings`);
      return undefined;
    }
    const out: string[] = [];
    for (const item of n.children ?? []) {
      if (item.type !== 'string') err(item, `"${key}" entries must be strings`);
      else if (!check || check(item.value, item)) out.push(item.value);
    }
    return out;
  };
  const langCheck = (key: string) => (s: string, item: JsonNode) => {
    if (key === 'language' && s === 'auto') return true;
    const problem = languageTagProblem(s);
    if (problem) {
      err(item, `"${key}": ${problem}${key === 'language' ? ', or "auto"' : ''}`, isLanguageTag(s));
      return false;
    }
    return true;
  };

  for (const prop of root.children ?? []) {
    const keyNode = prop.children?.[0];
    const v = prop.children?.[1];
    if (!keyNode || !v) continue;
    const key = String(keyNode.value);
    switch (key as (typeof TOP_KEYS)[number]) {
      case '$schema':
        if (v.type !== 'string') err(v, '"$schema" must be a string');
        break;
      case 'language':
        if (v.type !== 'string') err(v, '"language" must be a string such as "en" or "auto"');
        else if (langCheck('language')(v.value, v)) config.language = v.value === 'auto' ? 'auto' : normaliseTag(v.value);
        break;
      case 'sourceLanguage': {
        const a = stringArray(v, key, langCheck(key));
        if (a) config.sourceLanguage = a.map(normaliseTag);
        break;
      }
      case 'languages': {
        const a = stringArray(v, key, langCheck(key));
        if (a) config.languages = a.map(normaliseTag);
        break;
      }
      case 'ignore':
      case 'phrasebooks': {
        const a = stringArray(v, key);
        if (a) config[key as 'ignore' | 'phrasebooks'] = a;
        break;
      }
      case 'nameScope':
        if (v.type !== 'string' || (v.value !== 'document' && v.value !== 'workspace')) err(v, '"nameScope" must be "document" or "workspace"');
        else config.nameScope = v.value;
        break;
      case 'maxFileSize':
        if (v.type !== 'number' || !(v.value > 0)) err(v, '"maxFileSize" must be a positive number of bytes');
        else config.maxFileSize = v.value;
        break;
      case 'rules': {
        if (v.type !== 'object') {
          err(v, '"rules" must be an object: { "<rule id or category>": "off" | "error" | "warning" | "info" | "hint" | { "severity": …, "options": { … } } }');
          break;
        }
        const rules: Record<string, RuleSetting> = {};
        for (const rp of v.children ?? []) {
          const rk = rp.children?.[0];
          const rv = rp.children?.[1];
          if (!rk || !rv) continue;
          const id = String(rk.value);
          if (!ruleIds.has(id)) {
            err(rk, `unknown rule or category "${id}" (run \`calque rules\` to list them)`);
            continue;
          }
          if (rv.type === 'string') {
            if (!(SEVERITIES as readonly string[]).includes(rv.value) && rv.value !== 'off') err(rv, `rule "${id}": "${rv.value}" is not one of off, error, warning, info, hint`);
            else rules[id] = { severity: rv.value as RuleLevel };
          } else if (rv.type === 'boolean') {
            rules[id] = rv.value ? {} : { severity: 'off' };
          } else if (rv.type === 'object') {
            const setting: RuleSetting = {};
            for (const sp of rv.children ?? []) {
              const sk = sp.children?.[0];
              const sv = sp.children?.[1];
              if (!sk || !sv) continue;
              if (sk.value === 'severity') {
                if (sv.type !== 'string' || (!(SEVERITIES as readonly string[]).includes(sv.value) && sv.value !== 'off')) err(sv, `rule "${id}": severity must be one of off, error, warning, info, hint`);
                else setting.severity = sv.value as RuleLevel;
              } else if (sk.value === 'options') {
                if (sv.type !== 'object') err(sv, `rule "${id}": "options" must be an object`);
                else setting.options = val(sv) as Record<string, unknown>;
              } else err(sk, `rule "${id}": unknown key "${String(sk.value)}" (expected "severity" or "options")`);
            }
            rules[id] = setting;
          } else err(rv, `rule "${id}" must be a severity string, true/false, or an object`);
        }
        config.rules = rules;
        break;
      }
      case 'names': {
        const names: NameEntry[] = [];
        if (v.type === 'array') {
          for (const item of v.children ?? []) {
            if (item.type !== 'string' || item.value.trim() === '') err(item, '"names" entries must be non-empty strings (preferred spellings)');
            else names.push({ preferred: item.value, variants: [] });
          }
        } else if (v.type === 'object') {
          for (const np of v.children ?? []) {
            const nk = np.children?.[0];
            const nv = np.children?.[1];
            if (!nk || !nv) continue;
            const variants = nv.type === 'array' ? stringArray(nv, `names.${String(nk.value)}`) : nv.type === 'null' ? [] : (err(nv, `"names": the value for "${String(nk.value)}" must be an array of variant spellings`), undefined);
            if (variants) names.push({ preferred: String(nk.value), variants });
          }
        } else err(v, '"names" must be an array of preferred spellings or an object { "Preferred": ["Variant", …] }');
        config.names = names;
        break;
      }
      case 'suppressions': {
        if (v.type !== 'array') {
          err(v, '"suppressions" must be an array of { "rule": …, "text": … }');
          break;
        }
        const out: { rule: string; text: string }[] = [];
        for (const item of v.children ?? []) {
          const o = val(item) as { rule?: unknown; text?: unknown };
          if (item.type !== 'object' || typeof o.rule !== 'string' || typeof o.text !== 'string') err(item, 'each suppression must be { "rule": "<rule id>", "text": "<sentence>" }');
          else if (!ruleIds.has(o.rule)) err(item, `suppression: unknown rule "${o.rule}"`, true);
          else out.push({ rule: o.rule, text: o.text });
        }
        config.suppressions = out;
        break;
      }
      case 'pairs': {
        if (v.type !== 'array') {
          err(v, '"pairs" must be an array of { "source": "<pattern>", "target": "<pattern>" }');
          break;
        }
        const out: { source: string; target: string }[] = [];
        for (const item of v.children ?? []) {
          const o = val(item) as { source?: unknown; target?: unknown };
          if (item.type !== 'object' || typeof o.source !== 'string' || typeof o.target !== 'string' || !o.source || !o.target) {
            err(item, 'each pair must be { "source": "<pattern>", "target": "<pattern>" }, e.g. { "source": "lt/**/*.md", "target": "en/**/*.md" }');
            continue;
          }
          const extra = Object.keys(o).filter((k) => k !== 'source' && k !== 'target');
          if (extra.length) err(item, `pair: unknown key "${extra[0]}" (expected "source" and "target")`);
          else if (patternWildcards(o.source).join() !== patternWildcards(o.target).join()) err(item, `pair: "${o.source}" and "${o.target}" must have the same wildcards (* and **) in the same order, so each target names one source`, true);
          else if (patternWildcards(o.target).length === 0) err(item, `pair: "${o.target}" has no wildcard (* or **); name a pattern such as "en/*.md"`, true);
          else out.push({ source: o.source, target: o.target });
        }
        config.pairs = out;
        break;
      }
      case 'glossary': {
        if (v.type === 'string' || v.type === 'array') {
          const a = stringArray(v, key);
          if (a) config.glossary = { files: a, entries: {} };
        } else if (v.type === 'object') {
          const entries: Record<string, unknown> = {};
          for (const gp of v.children ?? []) {
            const gk = gp.children?.[0];
            const gv = gp.children?.[1];
            if (!gk || !gv) continue;
            const term = String(gk.value);
            if (term.trim() === '') err(gk, '"glossary": a source term must not be empty', true);
            else if (gv.type === 'string' || gv.type === 'null') entries[term] = gv.value ?? [];
            else if (gv.type === 'array') {
              const a = stringArray(gv, `glossary.${term}`);
              if (a) entries[term] = a;
            } else if (gv.type === 'object') {
              const o = val(gv) as Record<string, unknown>;
              const bad = Object.keys(o).find((k) => !['target', 'forbidden', 'dnt', 'note', 'caseSensitive'].includes(k));
              if (bad) err(gv, `"glossary": "${term}": unknown key "${bad}" (expected target, forbidden, dnt, note, caseSensitive)`);
              else entries[term] = o;
            } else err(gv, `"glossary": the value for "${term}" must be a target term, a list of accepted targets, or { "target": …, "forbidden": […], "dnt": true }`);
          }
          config.glossary = { files: [], entries };
        } else err(v, '"glossary" must be a glossary file (CSV, TSV, TBX), a list of them, or an object { "source term": "target term" }');
        break;
      }
      default:
        err(keyNode, `unknown key "${key}" (allowed: ${TOP_KEYS.filter((k) => k !== '$schema').join(', ')})`);
    }
  }
  return { config, errors };
}

/** Merges partial configs over the defaults, later wins; `rules` and `names` merge by key. */
export function mergeConfig(...layers: (PartialConfig | undefined)[]): CalqueConfig {
  const out: CalqueConfig = { ...DEFAULT_CONFIG, rules: {}, names: [], suppressions: [], ignore: [], phrasebooks: [], pairs: [], glossary: { files: [], entries: {} } };
  for (const l of layers) {
    if (!l) continue;
    if (l.language !== undefined) out.language = l.language;
    if (l.sourceLanguage !== undefined) out.sourceLanguage = l.sourceLanguage;
    if (l.languages !== undefined) out.languages = l.languages;
    if (l.nameScope !== undefined) out.nameScope = l.nameScope;
    if (l.maxFileSize !== undefined) out.maxFileSize = l.maxFileSize;
    if (l.rules) for (const [k, v] of Object.entries(l.rules)) out.rules[k] = { ...out.rules[k], ...v };
    if (l.ignore) out.ignore = [...out.ignore, ...l.ignore];
    if (l.phrasebooks) out.phrasebooks = [...out.phrasebooks, ...l.phrasebooks];
    if (l.suppressions) out.suppressions = [...out.suppressions, ...l.suppressions];
    if (l.pairs) out.pairs = [...out.pairs, ...l.pairs];
    if (l.glossary) out.glossary = { files: [...out.glossary.files, ...l.glossary.files], entries: { ...out.glossary.entries, ...l.glossary.entries } };
    if (l.names) {
      const byPreferred = new Map(out.names.map((n) => [n.preferred, n]));
      for (const n of l.names) byPreferred.set(n.preferred, n);
      out.names = [...byPreferred.values()];
    }
  }
  return out;
}

/** Offset -> 0-based line/column in a config text (for error messages). */
export function offsetToLineCol(text: string, offset: number): { line: number; column: number } {
  return offsetsToLineCols(text, [offset])[0]!;
}

/** Many offsets of one text at once: line starts are computed once (thousands of errors stay linear). */
export function offsetsToLineCols(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const starts = computeLineStarts(text);
  return offsets.map((o) => {
    const line = lineOf(starts, o);
    return { line, column: o - starts[line]! };
  });
}
