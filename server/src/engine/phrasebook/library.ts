/**
 * Built-in + user phrasebooks for a target language, compiled lazily and cached in
 * `resources.scratch` (cleared by the engine whenever resources change). Which entries apply
 * (user overrides, `!` lines) is select.ts; the precompiled built-ins are precompile.ts.
 */
import type { EngineResources } from '../rule';
import { combineBooks, compileEntries, type CompiledPhrasebook } from './compile';
import { parsePhrasebook, type ParsedPhrasebook } from './parse';
import { patternKeys, precompiledBook } from './precompile';
import { builtinPhrasebooks, selectEntries, userOverrides } from './select';

/**
 * The compiled built-in book with user entries added (compiled on their own) and the built-in
 * patterns they override or disable blocked: matches exactly like compiling
 * `selectEntries(builtins, users, target)`, without recompiling the built-ins.
 */
export function withUserEntries(builtin: CompiledPhrasebook, users: readonly ParsedPhrasebook[], target: string): CompiledPhrasebook {
  const { userEntries, blocked, keys } = userOverrides(users, target);
  const off = new Set<number>();
  // A built-in pattern has a user key only if its text has that key's longest word: only those
  // entries are parsed for their keys (a precompiled entry parses its patterns on first use, and
  // parsing every English pattern would cost half a second and 60 MB to anyone with a phrasebook).
  const needles = [...new Set([...keys].map((k) => (k.match(/[\p{L}\p{N}]+/gu) ?? ['']).reduce((a, b) => (b.length > a.length ? b : a))))];
  builtin.entries.forEach((e, i) => {
    const text = e.patternText.toLowerCase();
    if (!needles.some((w) => text.includes(w))) return;
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
