/**
 * Bilingual file formats (XLIFF 1.2 and 2.0, gettext PO): what the parsers give the engine.
 * Pure: text in, units out. Every piece of prose is a `Span`: its decoded text (entities and
 * escapes resolved, inline codes replaced by one U+FFFC each) with a map back to offsets in
 * the file, so findings land on the exact characters of the file and fixes can be written back.
 */

/** An inline code inside a segment (XLIFF <g>, <x/>, <bx/>, <ex/>, <ph>, <bpt>, <ept>, <it>, <pc>, <sc/>, <ec/>, <mrk>, <sm/>, <em/>). */
export interface InlineCode {
  /** Element name as written: g, x, bx, ex, ph, bpt, ept, it, pc, sc, ec, mrk, sm, em. */
  tag: string;
  /** The code's id attribute ('' when it has none). */
  id: string;
  /** 'open' / 'close' for paired codes (<g>…</g>, <pc>…</pc>, <bpt>/<ept>, <sc/>/<ec/>, <bx/>/<ex/>), 'standalone' otherwise. */
  role: 'open' | 'close' | 'standalone';
  /** Offset of its U+FFFC in `Span.text`. */
  at: number;
  /** [start, end) of the code's markup in the file. */
  fileStart: number;
  fileEnd: number;
}

export interface Span {
  /** Decoded prose: entities resolved, each inline code one U+FFFC (`\uFFFC`). */
  text: string;
  /**
   * `map[i]` is the file offset of `text[i]`; `map[text.length]` is the file offset just after
   * the span's last character (so a range [a, b) of the text is [map[a], map[b]) in the file,
   * and an insertion at the end goes to map[text.length]).
   */
  map: number[];
  /** [start, end) of the span's content in the file (between the element's tags, or the PO string's quotes). */
  fileStart: number;
  fileEnd: number;
  codes: InlineCode[];
}

export interface BitextUnit {
  /** XLIFF unit/trans-unit id (with the segment id for XLIFF 2.0 units of several segments: "u1/s2"), PO msgctxt + msgid. */
  id: string;
  source: Span;
  /** Missing when the unit has no target element (XLIFF) or the PO entry is untranslated (msgstr ""). */
  target?: Span;
  /**
   * Translation state, normalised: 'new' | 'translated' | 'reviewed' | 'final' | 'needs-translation' |
   * 'needs-review' | 'fuzzy' | … as written by the format (XLIFF 1.2 state, 2.0 segment state, PO "fuzzy" flag).
   */
  state?: string;
  /** PO plural forms: index of the form (msgstr[n]); the source is msgid for n = 0 and msgid_plural otherwise. */
  plural?: number;
  /** Where to insert a target when there is none (offset in the file), for a "copy source" fix. */
  targetInsertAt?: number;
  /** Unit flags: XLIFF translate="no", PO obsolete entries are skipped by the parser. */
  translate?: boolean;
}

export interface BitextFile {
  format: 'xliff' | 'po';
  /** '1.2' | '2.0' for XLIFF; undefined for PO. */
  version?: string;
  /** BCP 47 tags from the file (XLIFF srcLang/trgLang or source-language/target-language; PO "Language:" header is the target). */
  sourceLanguage?: string;
  targetLanguage?: string;
  units: BitextUnit[];
  /** Text to use when writing into the file: escape() turns decoded text into the file's form (XML escaping, PO C-string escaping). */
  escape: (s: string) => string;
}

/** A parse error at a position in the file: the CLI and the editor report it with line and column. */
export class BitextError extends Error {
  constructor(
    message: string,
    /** Offset in the file. */
    readonly offset: number,
  ) {
    super(message);
  }
}
