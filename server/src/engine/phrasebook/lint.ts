/**
 * Phrasebook lint: syntax diagnostics from the parser plus quality warnings (missing note,
 * examples or controls, too-short patterns, duplicates, placeholders the target language
 * lacks) and the self-test of every entry: each `+` example must be matched by its entry and
 * no `-` control may be matched by any entry of the file.
 * Pure: used by the CLI (`calque phrasebook lint`), the language server and scripts/check-phrasebook.ts.
 */
import { anchoredIdioms } from '../bilingual/idioms';
import { compileEntries, type CompiledPhrasebook } from './compile';
import { rawMatchesInText } from './find';
import { parsePhrasebook, type ParsedPhrasebook, type PhraseDiagnostic, type PhraseEntry } from './parse';
import { expandPattern, MAX_VARIANTS, type PNode } from './pattern';
import { PLACEHOLDER_LANGUAGES, placeholderWords, type PlaceholderName } from './placeholders';

export type { PhraseDiagnostic };

/** Diagnostic codes that mean the entry does not do what its own lines say (CI should fail on them). */
export const SELF_TEST_CODES: ReadonlySet<string> = new Set(['example-no-match', 'control-matches', 'missing-note', 'missing-example', 'missing-control']);

function usedPlaceholders(nodes: PNode[], out: Set<PlaceholderName>): void {
  for (const n of nodes) {
    if (n.t === 'ph' && n.name !== '*' && n.name !== '*?') out.add(n.name);
    if (n.t === 'group') for (const a of n.alts) usedPlaceholders(a, out);
  }
}

export function lintParsed(parsed: ParsedPhrasebook): PhraseDiagnostic[] {
  const diags = [...parsed.diagnostics];
  const warn = (line: number, col0: number, end0: number, message: string, code: string, severity: 'error' | 'warning' = 'warning') =>
    diags.push({ line, column: col0 + 1, endColumn: Math.max(col0 + 2, end0 + 1), severity, message, code });

  const seen = new Map<string, PhraseEntry>();
  const byTarget = new Map<string, PhraseEntry[]>();
  for (const e of parsed.entries) {
    const t = e.section.target;
    if (!byTarget.has(t)) byTarget.set(t, []);
    byTarget.get(t)!.push(e);
    const pStart = e.patterns[0]!.start;
    const pEnd = e.patterns[e.patterns.length - 1]!.end;
    if (!e.note) warn(e.line, pStart, pEnd, 'no "::" note: add an indented line  :: "source idiom" = meaning', 'missing-note');
    if (e.examples.length === 0) warn(e.line, pStart, pEnd, 'no "+" example: add an indented line  + a machine-translated sentence this entry must flag', 'missing-example');
    if (e.controls.length === 0) warn(e.line, pStart, pEnd, 'no "-" control: add an indented line  - a native sentence (e.g. with the right idiom) that must stay silent', 'missing-control');
    for (const p of e.patterns) {
      const dupKey = `${t}\u0000${e.sources.join(',')}\u0000${p.key}`;
      const prev = seen.get(dupKey);
      if (prev) warn(e.line, p.start, p.end, `duplicate pattern: the same pattern is on line ${prev.line}`, 'duplicate-pattern');
      else seen.set(dupKey, e);
      const variants = expandPattern(p, t);
      if (!variants) {
        warn(e.line, p.start, p.end, `this pattern stands for more than ${MAX_VARIANTS} word sequences: split it into several entries or use fewer optional parts`, 'too-many-variants', 'error');
        continue;
      }
      const shortest = Math.min(...variants.map((v) => v.length));
      if (shortest < 2) warn(e.line, p.start, p.end, 'this pattern can match a single word: calques are phrases, so use at least two words (ordinary uses of one word would be flagged)', 'short-pattern');
      const phs = new Set<PlaceholderName>();
      usedPlaceholders(p.nodes, phs);
      for (const ph of phs) {
        if (placeholderWords(t, ph).size === 0) {
          const why = PLACEHOLDER_LANGUAGES.includes(t) ? `"${t}" has no words for {${ph}}` : `placeholders are defined for ${PLACEHOLDER_LANGUAGES.join(', ')} only`;
          warn(e.line, p.start, p.end, `{${ph}} matches nothing here: ${why}; write the words out instead`, 'placeholder-language');
        }
      }
    }
  }

  // Self-test: examples and controls, against the entries of this file for the same target.
  for (const [target, entries] of byTarget) {
    const book = compileEntries(entries, target);
    checkExamples(book, entries, (line, col0, end0, message, code) => warn(line, col0, end0, message, code));
  }
  diags.sort((a, b) => a.line - b.line || a.column - b.column);
  return diags;
}

/**
 * Checks `entries`' examples (must be matched by their own entry) and controls (must not be
 * matched by any entry of `book`).
 */
export function checkExamples(
  book: CompiledPhrasebook,
  entries: readonly PhraseEntry[],
  report: (line: number, col0: number, end0: number, message: string, code: 'example-no-match' | 'control-matches', entry: PhraseEntry) => void,
): void {
  for (const e of entries) {
    // Read only with the source: examples and controls are read as translations of the entry's
    // source idiom (its `::` note); the controls must also stay silent without a source.
    const withSource = e.section.withSource ? anchoredCheck(e, book.target) : undefined;
    for (const ex of e.examples) {
      if (withSource) {
        if (!withSource(ex.text)) report(ex.line, ex.column, ex.column + ex.text.length, `this example is not flagged as a translation of "${e.note?.idiom ?? '(no note)'}" by the entry on line ${e.line} ("${e.patternText}"): fix the pattern, the note or the example`, 'example-no-match', e);
        continue;
      }
      const hits = rawMatchesInText(book, ex.text);
      if (!hits.some((h) => h.entry === e)) report(ex.line, ex.column, ex.column + ex.text.length, `this example is not matched by the entry on line ${e.line} ("${e.patternText}"): fix the pattern or the example`, 'example-no-match', e);
    }
    for (const c of e.controls) {
      if (withSource?.(c.text)) report(c.line, c.column, c.column + c.text.length, `this control is flagged as a translation of "${e.note?.idiom}" by the entry on line ${e.line} ("${e.patternText}"): an idiomatic translation must stay silent, so make that pattern more specific`, 'control-matches', e);
      const hits = rawMatchesInText(book, c.text);
      for (const h of hits) {
        const where = h.entry.file === e.file ? `line ${h.entry.line}` : `${h.entry.file}:${h.entry.line}`;
        report(c.line, c.column, c.column + c.text.length, `this control is matched by the entry on ${where} ("${h.entry.patternText}") on "${c.text.slice(h.start, h.end)}": native text must stay silent, so make that pattern more specific`, 'control-matches', e);
      }
    }
  }
}

/** For an entry read only with the source: whether a translation of its source idiom is flagged by it. */
function anchoredCheck(e: PhraseEntry, target: string): (translation: string) => boolean {
  const idiom = e.note?.idiom;
  const source = e.note?.lang ?? (e.sources.length === 1 ? e.sources[0] : undefined);
  return (translation) => idiom !== undefined && source !== undefined && anchoredIdioms([e], idiom, translation, source, target).some((m) => m.entry === e);
}

/** Lints a `.calque` file's text. Never throws. Diagnostics are sorted by position. */
export function lintPhrasebook(text: string, fileName = '<phrasebook>'): PhraseDiagnostic[] {
  return lintParsed(parsePhrasebook(text, fileName));
}
