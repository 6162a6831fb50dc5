/**
 * Which phrasebook entries apply to a target language: the built-in books with a section for it
 * (found by a cheap scan of their section headers, each parsed once per process), and the user's
 * entries, which override built-in entries with the same pattern (and an overlapping source
 * language); `! PATTERN` in a user section disables built-in entries with that pattern. Read by
 * library.ts (checking) and precompile.ts (the build).
 */
import { BUILTIN_PHRASEBOOKS } from './builtin';
import { parsePhrasebook, type DisableLine, type ParsedPhrasebook, type PhraseEntry } from './parse';

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
export function userOverrides(users: readonly ParsedPhrasebook[], target: string): { userEntries: PhraseEntry[]; blocked: (e: PhraseEntry, key: string) => boolean; keys: ReadonlySet<string> } {
  const userEntries = users.flatMap((u) => u.entries).filter((e) => e.section.target === target);
  const disables: DisableLine[] = users.flatMap((u) => u.disables).filter((d) => d.section.target === target);
  const blocked = (e: PhraseEntry, key: string): boolean =>
    userEntries.some((u) => u.patterns.some((p) => p.key === key) && sourcesOverlap(u.sources, e.sources)) ||
    disables.some((d) => d.keys.includes(key) && sourcesOverlap(d.section.sources, e.sources));
  const keys = new Set([...userEntries.flatMap((u) => u.patterns.map((p) => p.key)), ...disables.flatMap((d) => d.keys)]);
  return { userEntries, blocked, keys };
}
