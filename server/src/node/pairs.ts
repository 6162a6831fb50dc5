/**
 * Which file is the source of a translation. Shared by the CLI and the language server.
 *
 * By name, in one folder:
 *  - `name.<ext>` is the source of `name.<tag>.<ext>` (e.g. `story.md` → `story.en.md`);
 *  - `name.<src>.<ext>` is the source of `name.<tag>.<ext>` when `<src>` is the configured
 *    source language (`sourceLanguage` in .calque.json, or --source-lang), e.g.
 *    `story.lt.md` → `story.en.md`.
 * By the `pairs` setting, for other layouts: `{ "source": "lt/**\/*.md", "target": "en/**\/*.md" }`
 * — a target path that matches the target pattern names the source path made by putting what its
 * wildcards matched into the source pattern's wildcards, in order.
 * The `pairs` setting wins over names. A file is never its own source.
 */
import { basename, dirname, join, resolve, sep } from 'node:path';
import { isLanguageTag, normaliseTag, type CalqueConfig } from '../engine/config';

export interface SourceOfTarget {
  source: string;
  how: 'pairs' | 'name';
}

/** Made on first use: building it loads ICU's display-name data (~10 ms at start-up otherwise). */
let displayNames: Intl.DisplayNames | undefined;

/**
 * A file-name part that is a two-letter language code Intl knows, with an optional region
 * ("en", "pt-BR", "lt"). Three-letter codes are left out: "new", "min" and "bak" are languages
 * too, and far more often something else in a file name.
 */
export function languagePart(s: string): string | undefined {
  if (!/^[A-Za-z]{2}(?:-[A-Za-z]{2}|-[0-9]{3})?$/.test(s) || !isLanguageTag(s.toLowerCase().split('-')[0]!)) return undefined;
  const tag = normaliseTag(s);
  try {
    return (displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(tag) ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** `name.<tag>.<ext>` → { name, tag, ext }; undefined when the part before the extension is not a language. */
export function splitLanguageName(path: string): { dir: string; name: string; tag: string; ext: string } | undefined {
  const file = basename(path);
  const m = /^(.+)\.([A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,3})?)\.([^.]+)$/.exec(file);
  if (!m) return undefined;
  const tag = languagePart(m[2]!.replace('_', '-'));
  return tag ? { dir: dirname(path), name: m[1]!, tag, ext: m[3]! } : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A path pattern with `*` and `**` as a regular expression with one group per wildcard. */
function patternRe(pattern: string): RegExp {
  const norm = pattern.split(sep).join('/');
  let re = '^';
  for (let i = 0; i < norm.length; i++) {
    if (norm.startsWith('**/', i)) {
      re += '((?:[^/]*/)*?)';
      i += 2;
    } else if (norm.startsWith('**', i)) {
      re += '(.*)';
      i += 1;
    } else if (norm[i] === '*') re += '([^/]*)';
    else re += escapeRe(norm[i]!);
  }
  return new RegExp(re + '$');
}

/** Fills a pattern's wildcards with the given values, in order. */
function fill(pattern: string, values: string[]): string {
  let k = 0;
  const norm = pattern.split(sep).join('/');
  // A `**/` group captured its trailing slash; `**` and `*` groups capture what they cover.
  return norm.replace(/\*\*\/|\*\*|\*/g, () => values[k++] ?? '');
}

const toPosix = (p: string) => p.split(sep).join('/');

/** The source of `target` by the `pairs` setting (patterns already absolute). */
function sourceByPairs(target: string, config: CalqueConfig): string | undefined {
  const t = toPosix(resolve(target));
  for (const p of config.pairs) {
    const m = patternRe(p.target).exec(t);
    if (!m) continue;
    const src = fill(p.source, m.slice(1));
    if (src !== t) return src.split('/').join(sep);
  }
  return undefined;
}

/**
 * The source of a target file, if it has one and it exists (`exists` is asked; the editor also
 * counts open documents as existing).
 */
export function findSource(target: string, config: CalqueConfig, exists: (path: string) => boolean): SourceOfTarget | undefined {
  const abs = resolve(target);
  const byPairs = sourceByPairs(abs, config);
  if (byPairs && exists(byPairs)) return { source: byPairs, how: 'pairs' };
  const parts = splitLanguageName(abs);
  if (!parts) return undefined;
  const plain = join(parts.dir, `${parts.name}.${parts.ext}`);
  if (exists(plain)) return { source: plain, how: 'name' };
  const src = config.sourceLanguage[0];
  if (src && normaliseTag(src) !== parts.tag) {
    for (const tag of [src, src.toLowerCase(), src.replace('-', '_')]) {
      const candidate = join(parts.dir, `${parts.name}.${tag}.${parts.ext}`);
      if (exists(candidate)) return { source: candidate, how: 'name' };
    }
  }
  return undefined;
}

/**
 * Whether a file is the source of another file among `files` (so a run over a folder checks
 * it as a source, not as an article of its own).
 */
export function sourcesAmong(files: readonly string[], configOf: (file: string) => CalqueConfig, exists: (path: string) => boolean): Map<string, string> {
  const sourceOf = new Map<string, string>();
  for (const f of files) {
    const s = findSource(f, configOf(f), exists);
    if (s && resolve(s.source) !== resolve(f)) sourceOf.set(resolve(f), resolve(s.source));
  }
  return sourceOf;
}
