/**
 * Built-in + user phrasebooks for a target language, compiled lazily and cached in
 * `resources.scratch` (cleared by the engine whenever resources change).
 * User entries override built-in entries with the same pattern (and an overlapping source
 * language); `! PATTERN` in a user section disables built-in entries with that pattern.
 */
import type { EngineResources } from '../rule';
import { BUILTIN_PHRASEBOOKS } from './builtin';
import { combineBooks, compileEntries, type CompiledPhrasebook } from './compile';
import { parsePhrasebook, type DisableLine, type ParsedPhrasebook, type PhraseEntry } from './parse';
import { patternKeys, precompiledBook } from './precompile';

const parsedByName = new Map<string, ParsedPhrasebook>();
const targetsByName = new Map<string, Set<string>>();

function parsedBuiltin(name: string, text: string): ParsedPhrasebook {
  let p = parsedByName.get(name);
  if (!p) {
    p = parsePhrasebook(text, name);
    parsedByName.set(name, p);
  }
  return p;
}

/**
 * Target languages of a phrasebook's sections, read from its "[… -> xx]" header lines only
 * (a cheap scan), so that start-up parses just the books for the document's language.
 */
export function sectionTargets(name: string, text: string): Set<string> {
  let t = targetsByName.get(name);
  if (!t) {
    t = new Set();
    let pos = 0;
    while (pos < text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      if (text.charCodeAt(pos) === 91 /* [ */) {
        const line = text.slice(pos, end);
        const arrow = line.indexOf('->');
        const close = line.lastIndexOf(']');
        if (arrow > 0 && close > arrow) for (const x of line.slice(arrow + 2, close).split(',')) t.add(x.trim().toLowerCase());
      }
      pos = end + 1;
    }
    targetsByName.set(name, t);
  }
  return t;
}

/** The built-in phrasebooks (all, or only those with a section for `target`), each parsed once per process. */
export function builtinPhrasebooks(target?: string): ParsedPhrasebook[] {
  return BUILTIN_PHRASEBOOKS.filter((b) => target === undefined || (b.targets ? b.targets.includes(target) : sectionTargets(b.name, b.text).has(target))).map((b) => parsedBuiltin(b.name, b.text));
}

function sourcesOverlap(a: readonly string[], b: readonly string[]): boolean {
  if (a.includes('*') || b.includes('*')) return true;
  return a.some((x) => b.includes(x));
}

/**
 * The entries that apply to `target`: user entries first (they win ties), then the built-in
 * entries that no user entry overrides and no `!` line disables.
 */
export function selectEntries(builtins: readonly ParsedPhrasebook[], users: readonly ParsedPhrasebook[], target: string): PhraseEntry[] {
  const { userEntries, blocked } = userOverrides(users, target);
  const out: PhraseEntry[] = [...userEntries];
  for (const b of builtins) {
    for (const e of b.entries) {
      if (e.section.target !== target) continue;
      const keep = e.patterns.filter((p) => !blocked(e, p.key));
      if (keep.length === e.patterns.length) out.push(e);
      else if (keep.length) out.push({ ...e, patterns: keep });
    }
  }
  return out;
}

/** The user entries for `target`, and which built-in patterns they override or disable. */
function userOverrides(users: readonly ParsedPhrasebook[], target: string): { userEntries: PhraseEntry[]; blocked: (e: PhraseEntry, key: string) => boolean } {
  const userEntries = users.flatMap((u) => u.entries).filter((e) => e.section.target === target);
  const disables: DisableLine[] = users.flatMap((u) => u.disables).filter((d) => d.section.target === target);
  const blocked = (e: PhraseEntry, key: string): boolean =>
    userEntries.some((u) => u.patterns.some((p) => p.key === key) && sourcesOverlap(u.sources, e.sources)) ||
    disables.some((d) => d.keys.includes(key) && sourcesOverlap(d.section.sources, e.sources));
  return { userEntries, blocked };
}

/**
 * The compiled built-in book with user entries added (compiled on their own) and the built-in
 * patterns they override or disable blocked: matches exactly like compiling
 * `selectEntries(builtins, users, target)`, without recompiling the built-ins.
 */
export function withUserEntries(builtin: CompiledPhrasebook, users: readonly ParsedPhrasebook[], target: string): CompiledPhrasebook {
  const { userEntries, blocked } = userOverrides(users, target);
  const off = new Set<number>();
  builtin.entries.forEach((e, i) => {
    patternKeys(e).forEach((key, j) => {
      if (blocked(e, key)) off.add(i * 4096 + j);
    });
  });
  return combineBooks(compileEntries(userEntries, target), builtin, off);
}

interface UserCache {
  source: Map<string, string>;
  parsed: ParsedPhrasebook[];
}

/** The compiled phrasebook (built-in + user) for a target language (base subtag). */
export function compiledFor(resources: EngineResources, target: string): CompiledPhrasebook {
  const key = `phrasebook:compiled:${target}`;
  const userKey = 'phrasebook:user';
  let users = resources.scratch.get(userKey) as UserCache | undefined;
  if (!users || users.source !== resources.phrasebooks) {
    users = { source: resources.phrasebooks, parsed: [...resources.phrasebooks].map(([name, text]) => parsePhrasebook(text, name)) };
    resources.scratch.set(userKey, users);
    for (const k of [...resources.scratch.keys()]) if (k.startsWith('phrasebook:compiled:')) resources.scratch.delete(k);
  }
  let book = resources.scratch.get(key) as CompiledPhrasebook | undefined;
  if (!book) {
    // Bundles carry the built-ins precompiled; user entries for this language are compiled on their own and added.
    const touched = users.parsed.some((u) => u.entries.some((e) => e.section.target === target) || u.disables.some((d) => d.section.target === target));
    const pre = precompiledBook(target);
    if (pre) book = touched ? withUserEntries(pre, users.parsed, target) : pre;
    else book = compileEntries(selectEntries(builtinPhrasebooks(target), users.parsed, target), target);
    resources.scratch.set(key, book);
  }
  return book;
}
