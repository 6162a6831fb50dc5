/**
 * Build-time precompilation of the built-in phrasebooks (pure: no fs).
 *
 * Parsing the ~1,500 built-in entries for a language and compiling their trie costs far more
 * CPU at start-up than loading the result: `precompileBuiltins()` runs at build time
 * (scripts/build.mjs) and yields, per target language, one JSON string with the entries that
 * apply to it (without their parsed patterns, which are parsed on first use) and the packed trie
 * as bytes (serialize.ts `serializeBook`). `precompiledBook(target)` loads it when the bundle carries it
 * and it still fits the built-in texts; otherwise callers parse and compile as usual.
 */
import { BUILTIN_PHRASEBOOKS } from './builtin';
import { compileEntries, type CompiledPhrasebook } from './compile';
import { loadBook, serializeBook, type SerializedBook } from './serialize';
import { builtinPhrasebooks, sectionTargets, selectEntries } from './select';
import type { Note, PhraseEntry, Section } from './parse';
import { parsePattern, type Pattern } from './pattern';
import { PRECOMPILED } from './precompiled';

interface EntryJson {
  /** Index into files. */
  f: number;
  l: number;
  /** Index into sections. */
  s: number;
  /** Sources when they differ from the section's (a note naming its language). */
  src?: string[];
  pt: string;
  /** Column of the pattern in its line (pattern positions are line columns). */
  pc: number;
  sg: string[];
  n?: Note;
}

interface TargetJson {
  v: 4;
  /** Built-in file names with their text lengths: the data fits only the texts it was built from. */
  files: Array<[string, number]>;
  sections: Array<Section & { f: number }>;
  entries: EntryJson[];
  book: SerializedBook;
}

/** A target language's precompiled built-ins: the entries and the book's words as JSON (`TargetJson`), the trie as bytes. */
export interface Precompiled {
  json: string;
  trie: Uint8Array;
}

/** Target language -> its precompiled built-ins, for every target of the built-in phrasebooks. */
export function precompileBuiltins(): Record<string, Precompiled> {
  const all = builtinPhrasebooks();
  const targets = [...new Set(all.flatMap((p) => p.entries.map((e) => e.section.target)))].sort();
  const files = BUILTIN_PHRASEBOOKS.map((b): [string, number] => [b.name, b.text.length]);
  const out: Record<string, Precompiled> = {};
  for (const target of targets) {
    const entries = selectEntries(builtinPhrasebooks(target), [], target);
    const sections: TargetJson['sections'] = [];
    const sectionIndex = new Map<Section, number>();
    const json: EntryJson[] = entries.map((e) => {
      let s = sectionIndex.get(e.section);
      if (s === undefined) {
        s = sections.length;
        sectionIndex.set(e.section, s);
        sections.push({ ...e.section, f: files.findIndex((f) => f[0] === e.file) });
      }
      const pc = e.patterns[0]!.start;
      const j: EntryJson = { f: files.findIndex((f) => f[0] === e.file), l: e.line, s, pt: e.patternText, pc, sg: e.suggestions };
      if (e.sources !== e.section.sources) j.src = e.sources;
      if (e.note) j.n = e.note;
      return j;
    });
    const { meta, trie } = serializeBook(compileEntries(entries, target));
    const data: TargetJson = { v: 4, files, sections, entries: json, book: meta };
    out[target] = { json: JSON.stringify(data), trie };
  }
  return out;
}

/**
 * The built-in books as the bundles list them without their texts (scripts/build.mjs, which
 * replaces builtin.ts): name, text length and section targets, in BUILTIN_PHRASEBOOKS order.
 */
export function builtinIndex(): { name: string; length: number; targets: string[] }[] {
  return BUILTIN_PHRASEBOOKS.map((b) => ({ name: b.name, length: b.text.length, targets: [...sectionTargets(b.name, b.text)] }));
}

/**
 * The canonical keys of an entry's patterns. A precompiled entry parses its patterns for them,
 * only when user phrasebooks override or disable entries of its language: the keys are not
 * stored (they were 450 KB of the English data, and a VSIX size users compare).
 */
export function patternKeys(e: PhraseEntry): string[] {
  return e.patterns.map((p) => p.key);
}

/** Entries rebuilt from JSON; `patterns` is parsed from the pattern text on first access. */
function entriesOf(data: TargetJson): PhraseEntry[] {
  const sections: Section[] = data.sections.map((s) => (s.withSource ? { line: s.line, sources: s.sources, target: s.target, withSource: true } : { line: s.line, sources: s.sources, target: s.target }));
  return data.entries.map((j) => lazyEntry(j, data.files[j.f]![0], sections[j.s]!));
}

/**
 * One entry whose patterns are parsed on first access. A function of its own so that the
 * getter's closure holds only this entry's JSON: a closure inside `entriesOf` would keep the
 * whole parsed data, the serialized trie included, alive as long as any entry (17 MB for English).
 */
function lazyEntry(j: EntryJson, file: string, section: Section): PhraseEntry {
  const e = {
    file,
    line: j.l,
    section,
    sources: j.src ?? section.sources,
    patternText: j.pt,
    suggestions: j.sg,
    // The examples and controls are for linting and tests (which read the phrasebook texts);
    // checking never needs them, and they were a third of the data loaded at start-up.
    examples: [],
    controls: [],
    ...(j.n ? { note: j.n } : {}),
  } as Omit<PhraseEntry, 'patterns'> as PhraseEntry;
  const column = j.pc;
  Object.defineProperty(e, 'patterns', {
    configurable: true,
    enumerable: true,
    get(): Pattern[] {
      const line = ' '.repeat(column) + e.patternText;
      const patterns = parsePattern(line, column, line.length).patterns;
      Object.defineProperty(e, 'patterns', { value: patterns, writable: true, enumerable: true, configurable: true });
      return patterns;
    },
  });
  return e;
}

const loaded = new Map<string, CompiledPhrasebook | null>();

/** Loads a precompiled built-in book (as `precompileBuiltins` made it), or undefined if it does not fit the built-in texts. */
export function loadPrecompiled(pre: Precompiled): CompiledPhrasebook | undefined {
  const data = JSON.parse(pre.json) as TargetJson;
  if (data.v !== 4 || data.files.length !== BUILTIN_PHRASEBOOKS.length) return undefined;
  for (let i = 0; i < data.files.length; i++) {
    const b = BUILTIN_PHRASEBOOKS[i]!;
    if (b.name !== data.files[i]![0] || (b.length ?? b.text.length) !== data.files[i]![1]) return undefined;
  }
  return loadBook(data.book, pre.trie, entriesOf(data));
}

/**
 * The built-in phrasebook (built-in entries only) for `target`, loaded from the data the bundle
 * carries; undefined when there is none (unbundled runs) or it does not fit the built-in texts.
 * Loaded once per process.
 */
export function precompiledBook(target: string): CompiledPhrasebook | undefined {
  let book = loaded.get(target);
  if (book === undefined) {
    const pre = PRECOMPILED?.[target]?.();
    if (pre === undefined) return undefined;
    book = loadPrecompiled(pre) ?? null;
    loaded.set(target, book);
  }
  return book ?? undefined;
}
