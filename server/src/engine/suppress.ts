/**
 * Suppressions.
 *
 * Inline (in the article):
 *   Markdown:    <!-- calque-disable-next-line [rule-or-category ...] -->
 *                <!-- calque-disable [rules] --> ... <!-- calque-enable [rules] -->
 *   Plain text:  a line of its own holding the same directive, bare or in a comment
 *                marker:  calque-disable-next-line repetition
 *                         // calque-disable-next-line      # calque-disable   % calque-enable
 * "Next line" is the next non-blank line. No rule list means every rule.
 *
 * Stored (in .calque.json `suppressions`): { "rule": "<id>", "text": "<sentence>" }. They
 * match by rule id and the text of the sentence the finding is in (whitespace-normalised), so
 * they survive edits elsewhere in the document, unlike positions.
 */
import type { Block, DocumentFormat, Finding } from './types';
import { lineOf } from './lines';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty = all. */
  rules: string[];
  /** 0-based line of the directive (its last line for multi-line comments). */
  line: number;
}

const KINDS: DirectiveKind[] = ['disable-next-line', 'disable', 'enable'];

export function parseDirective(lineText: string, line: number, format: DocumentFormat): Directive | null {
  let s = lineText.trim();
  if (format === 'markdown') {
    if (!s.startsWith('<!--') || !s.endsWith('-->')) return null;
    s = s.slice(4, -3).trim();
  } else {
    if (s.startsWith('<!--') && s.endsWith('-->')) s = s.slice(4, -3).trim();
    else if (s.startsWith('//')) s = s.slice(2).trim();
    else if (s.startsWith('#') || s.startsWith('%')) s = s.slice(1).trim();
  }
  if (!s.startsWith('calque-')) return null;
  const body = s.slice('calque-'.length);
  for (const kind of KINDS) {
    if (body === kind || body.startsWith(kind + ' ')) {
      const rules = body
        .slice(kind.length)
        .split(/[\s,]+/)
        .filter((r) => r.length > 0);
      return { kind, rules, line };
    }
  }
  return null;
}

export interface StoredSuppression {
  rule: string;
  text: string;
}

export function normaliseSentence(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function matches(rules: string[], f: Finding): boolean {
  return rules.length === 0 || rules.includes(f.ruleId) || rules.includes(f.category);
}

/**
 * Removes findings covered by inline directives or stored suppressions.
 * `sentenceOf` gives the sentence text around a finding (for stored suppressions).
 */
export function applySuppressions(
  findings: Finding[],
  directives: Directive[],
  lineStarts: number[],
  text: string,
  stored: StoredSuppression[],
  sentenceOf: (f: Finding) => string,
): Finding[] {
  if (directives.length === 0 && stored.length === 0) return findings;
  // Resolve disable-next-line to the next non-blank line.
  const nextLine = new Map<number, string[][]>();
  const ranges: { from: number; to: number; rules: string[] }[] = [];
  const open: { line: number; rules: string[] }[] = [];
  for (const d of [...directives].sort((a, b) => a.line - b.line)) {
    if (d.kind === 'disable-next-line') {
      let l = d.line + 1;
      while (l < lineStarts.length && isBlank(text, lineStarts, l)) l++;
      const list = nextLine.get(l) ?? [];
      list.push(d.rules);
      nextLine.set(l, list);
    } else if (d.kind === 'disable') {
      open.push({ line: d.line, rules: d.rules });
    } else {
      // enable closes the matching disable (same rule list), or all when it has none.
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i]!;
        if (d.rules.length === 0 || o.rules.join(',') === d.rules.join(',')) {
          ranges.push({ from: o.line, to: d.line, rules: o.rules });
          open.splice(i, 1);
        }
      }
    }
  }
  for (const o of open) ranges.push({ from: o.line, to: Infinity, rules: o.rules });
  const storedKeys = new Set(stored.map((s) => s.rule + '\u0000' + normaliseSentence(s.text)));
  return findings.filter((f) => {
    const line = lineOf(lineStarts, f.start);
    const nl = nextLine.get(line);
    if (nl && nl.some((r) => matches(r, f))) return false;
    for (const r of ranges) if (line > r.from && line < r.to && matches(r.rules, f)) return false;
    if (storedKeys.size > 0) {
      const sentence = normaliseSentence(sentenceOf(f));
      if (storedKeys.has(f.ruleId + '\u0000' + sentence) || storedKeys.has(f.category + '\u0000' + sentence)) return false;
    }
    return true;
  });
}

function isBlank(text: string, lineStarts: number[], line: number): boolean {
  const s = lineStarts[line]!;
  const e = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
  return text.slice(s, e).trim() === '';
}

/**
 * The sentence (or, failing that, the block) containing `offset`; '' outside every block. What
 * stored suppressions key on: the engine matches findings with it, and the language server puts
 * it in each diagnostic for the "ignore in this sentence" action — one function, so both agree.
 */
export function sentenceAt(text: string, blocks: readonly Block[], offset: number): string {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else {
      for (const s of b.sentences) if (offset >= s.start && offset <= s.end) return text.slice(s.start, s.end);
      return text.slice(b.start, b.end);
    }
  }
  return '';
}
