/**
 * The engine's vocabulary. Everything here is plain data: text and config in, findings out.
 * Offsets are UTF-16 code-unit offsets into the document text (what JavaScript strings index),
 * so they map 1:1 to LSP positions once lines are counted.
 */

export const CATEGORIES = [
  'idiom',
  'quotes',
  'names',
  'untranslated',
  'repetition',
  'artifact',
  'fragment',
  'capitalization',
  'typography',
  'punctuation',
  // Source-aware (a translation read with its source): docs/bilingual.md
  'numbers',
  'omission',
  'markup',
  'terminology',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** LSP DiagnosticSeverity numbers, also used by `--format json`. */
export const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };

/** Replace [start, end) with newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** Shown in the editor's quick-fix menu and in `--format json`. */
  title: string;
  /** Non-overlapping, sorted by start. */
  edits: TextEdit[];
  /**
   * Safe fixes are the ones `calque check --fix` and "Fix all" apply without asking:
   * a careful editor would accept them blindly. Suggestions (idiom rewrites, name choices)
   * are offered as quick fixes only.
   */
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  /** Markdown for hovers: what the rule saw and why it matters. */
  explanation?: string;
  /** Extra structured data carried to quick fixes / JSON (must be JSON-serialisable). */
  data?: Record<string, unknown>;
  /**
   * Places in the other side of a translation pair this finding refers to (the source sentence
   * of a changed number, the target of an omitted sentence): `side` names the document (for
   * XLIFF/PO, both sides are in the one file).
   */
  related?: { side: 'source' | 'target'; start: number; end: number; message?: string }[];
}

export interface RuleMeta {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, shown by `calque rules` and in docs. */
  description: string;
  fixable: boolean;
}

/** A whole-word or punctuation token of a block, with offsets into the document. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text (locale-aware for the block language). */
  lower: string;
  /** Intl.Segmenter's isWordLike: letters or digits. */
  isWord: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of the sentence in Block.tokens (tokens[firstToken].start >= start). */
  firstToken: number;
  /** Index one past the last token. */
  endToken: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table-cell' | 'other';

/**
 * A block of prose (paragraph, heading, list item...). `text` is the document slice
 * [start, end) with everything that is not prose (code, URLs, HTML, Markdown syntax)
 * replaced code unit by code unit with MASK, so offsets stay exact and nothing
 * masked can form a word, a sentence end or a double space.
 */
export interface Block {
  index: number;
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  /** Tokens (words and punctuation; whitespace is skipped), document offsets. */
  tokens: Token[];
  sentences: Sentence[];
  /** BCP 47 language of this block (document language unless detection says otherwise). */
  language: string;
}

/**
 * Masked content (code, URLs, HTML, link targets), code unit by code unit.
 * U+FFFC OBJECT REPLACEMENT CHARACTER: not a letter, space or punctuation, so words on either
 * side are not adjacent ("the `x` the" is no doubled word).
 */
export const MASK = '\uFFFC';
/**
 * Markdown syntax around prose (emphasis markers, "> " and "- " line prefixes, link brackets).
 * U+200B ZERO WIDTH SPACE: the tokeniser treats it as whitespace, so "the\n> the" and
 * "the **the**" are still adjacent words, but it is never an ASCII space (no double spaces).
 */
export const SYNTAX = '\u200B';

export type DocumentFormat = 'plaintext' | 'markdown';
