/**
 * Build-time precompilation of the built-in phrasebooks (pure: no fs).
 *
 * Parsing the ~1,500 built-in entries for a language and compiling their trie costs far more
 * CPU at start-up than loading the result: `precompileBuiltins()` runs at build time
 * (scripts/build.mjs) and yields, per target language, one JSON string with the entries that
 * apply to it (without their parsed patterns, which are parsed on first use) and the packed trie
 * (serialize.ts `serializeBook`). `precompiledBook(target)` loads it when the bundle carries it
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
  /** Canonical keys of the patterns (overrides and `!` lines compare them without parsing). */
  k: string[];
}

interface TargetJson {
  v: 2;
  /** Built-in file names with their text lengths: the data fits only the texts it was built from. */
  files: Array<[string, number]>;
  sections: Array<Section & { f: number }>;
  entries: EntryJson[];
  book: SerializedBook;
}

/** Target language -> JSON string (TargetJson) for every target of the built-in phrasebooks. */
export function precompileBuiltins(): Record<string, string> {
  const all = builtinPhrasebooks();
  const targets = [...new Set(all.flatMap((p) => p.entries.map((e) => e.section.target)))].sort();
  const files = BUILTIN_PHRASEBOOKS.map((b): [string, number] => [b.name, b.text.length]);
  const out: Record<string, string> = {};
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
      const j: EntryJson = { f: files.findIndex((f) => f[0] === e.file), l: e.line, s, pt: e.patternText, pc, sg: e.suggestions, k: e.patterns.map((p) => p.key) };
      if (e.sources !== e.section.sources) j.src = e.sources;
      if (e.note) j.n = e.note;
      return j;
    });
    const data: TargetJson = { v: 2, files, sections, entries: json, book: serializeBook(compileEntries(entries, target)) };
    out[target] = JSON.stringify(data);
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

const keys = new WeakMap<PhraseEntry, string[]>();

/** The canonical keys of an entry's patterns (without parsing them, for precompiled entries). */
export function patternKeys(e: PhraseEntry): string[] {
  return keys.get(e) ?? e.patterns.map((p) => p.key);
}

/** Entries rebuilt from JSON; `patterns` is parsed from the pattern text on first access. */
function entriesOf(data: TargetJson): PhraseEntry[] {
  const sections: Section[] = data.sections.map((s) => ({ line: s.line, sources: s.sources, target: s.target }));
  return data.entries.map((j) => {
    const section = sections[j.s]!;
    const e = {
      file: data.files[j.f]![0],
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
    keys.set(e, j.k);
    Object.defineProperty(e, 'patterns', {
      configurable: true,
      enumerable: true,
      get(): Pattern[] {
        const line = ' '.repeat(j.pc) + j.pt;
        const patterns = parsePattern(line, j.pc, line.length).patterns;
        Object.defineProperty(e, 'patterns', { value: patterns, writable: true, enumerable: true, configurable: true });
        return patterns;
      },
    });
    return e;
  });
}

const loaded = new Map<string, CompiledPhrasebook | null>();

/** Loads the precompiled built-in book for `target` from JSON (as `precompileBuiltins` made it), or undefined if it does not fit. */
export function loadPrecompiledJson(json: string): CompiledPhrasebook | undefined {
  const data = JSON.parse(json) as TargetJson;
  if (data.v !== 2 || data.files.length !== BUILTIN_PHRASEBOOKS.length) return undefined;
  for (let i = 0; i < data.files.length; i++) {
    const b = BUILTIN_PHRASEBOOKS[i]!;
    if (b.name !== data.files[i]![0] || (b.length ?? b.text.length) !== data.files[i]![1]) return undefined;
  }
  return loadBook(data.book, entriesOf(data));
}

/**
 * The built-in phrasebook (built-in entries only) for `target`, loaded from the data the bundle
 * carries; undefined when there is none (unbundled runs) or it does not fit the built-in texts.
 * Loaded once per process.
 */
export function precompiledBook(target: string): CompiledPhrasebook | undefined {
  let book = loaded.get(target);
  if (book === undefined) {
    const json = PRECOMPILED?.[target]?.();
    if (json === undefined) return undefined;
    book = loadPrecompiledJson(json) ?? null;
    loaded.set(target, book);
  }
  return book ?? undefined;
}
