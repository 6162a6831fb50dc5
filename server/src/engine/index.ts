/** Public API of the engine (pure: text and config in, findings out). */
export { Engine, type CheckInput, type CheckResult, type EngineOptions } from './engine';
export * from './types';
export type { Rule, RuleContext, RuleFinding, DocumentView, EngineResources } from './rule';
export { RULES, RULE_IDS, findRule } from './rules/index';
export { parseConfig, validateConfigValue, mergeConfig, DEFAULT_CONFIG, offsetToLineCol, isLanguageTag, normaliseTag, type CalqueConfig, type PartialConfig, type ConfigError, type NameEntry, type RuleSetting } from './config';
export { applyEdits, applySafeFixes, selectFixes, overlaps, type AppliedFixes } from './fixes';
export { computeLineStarts, lineOf } from './lines';
export { parseDirective, normaliseSentence, type Directive } from './suppress';
export { extractNameCounts, WorkspaceNameIndex, isWorkspaceNameIndex, type DocumentNameCounts } from './names/workspace';
