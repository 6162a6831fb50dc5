/**
 * Builds the language packs' word lists (`lexicon` fields) into the filters lang/lexicon.ts
 * reads: dist/lexicons/<tag>.bin, from the npm packages each pack names (devDependencies).
 * Run by scripts/build.mjs; a stamp (the packs' lexicon fields and the packages' versions)
 * skips the work when nothing changed.
 *
 * Words are taken lower-cased (NFC), letters and combining marks only (no digits, apostrophes,
 * hyphens or spaces: the scan reads words that way). A `complete` list is built for 0.01 % false
 * positives (a false positive hides a leftover, and the typo test asks it hundreds of times a word), a `common` one for 0.02 % (a false positive
 * could name a word of nothing a leftover; the scan's other conditions stand between).
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKS } from '../server/src/engine/languages/index';
import type { LexiconSource } from '../server/src/engine/languages/types';
import { buildWordFilter, buildWordLines } from '../server/src/engine/lang/bloom';

const RATE = { complete: 0.0001, common: 0.0002 } as const;
const WORD = /^[\p{L}\p{M}]+$/u;
/** How many times less often a common list's language must use one of English's function words for it to count as English there. */
const ENGLISH_RATIO = 50;

function listsOf(req: NodeRequire, src: LexiconSource): string[][] {
  if (src.file) {
    const file = req.resolve(`${src.package}/package.json`).replace(/package\.json$/, src.file);
    return [readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean)];
  }
  const mod = req(src.package) as unknown;
  if (!src.lists) {
    if (!Array.isArray(mod)) throw new Error(`${src.package}: expected an array of words`);
    return [mod as string[]];
  }
  const dict = (mod as { dictionary?: Record<string, unknown> }).dictionary;
  if (!dict) throw new Error(`${src.package}: no dictionary export`);
  return src.lists.map((name) => {
    const key = Object.keys(dict).find((k) => k === name || k.startsWith(name + '-'));
    const list = key ? dict[key] : undefined;
    if (!Array.isArray(list)) throw new Error(`${src.package}: no list ${name}`);
    return list.map(String);
  });
}

function clean(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    const x = w.normalize('NFC').toLowerCase();
    if (WORD.test(x)) out.push(x);
  }
  return out;
}

export function buildLexicons(root: string, outDir: string): { built: string[]; skipped: boolean } {
  const req = createRequire(join(root, 'package.json'));
  const withLists = PACKS.filter((p) => p.lexicon);
  const versions = [...new Set(withLists.flatMap((p) => p.lexicon!.sources.map((s) => s.package)))].sort().map((name) => {
    const pkg = JSON.parse(readFileSync(req.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    return `${name}@${pkg.version}`;
  });
  // The builder's and the filter's own code count too: a change to either rebuilds.
  const code = ['scripts/build-lexicons.ts', 'server/src/engine/lang/bloom.ts'].map((f) => readFileSync(join(root, f), 'utf8'));
  const stamp = JSON.stringify({ rate: RATE, versions, packs: withLists.map((p) => [p.tag, p.lexicon]), code });
  const stampFile = join(outDir, 'stamp.json');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(outDir, 'LICENSES.txt')) && withLists.every((p) => existsSync(join(outDir, `${p.tag}.bin`)) && (!p.lexicon!.core || existsSync(join(outDir, `${p.tag}-core.bin`))) && (!p.lexicon!.top || existsSync(join(outDir, `${p.tag}-top.bin`))))) {
    return { built: withLists.map((p) => p.tag), skipped: true };
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  // Per language, its lists in frequency order (for unlessForeign).
  const lists = new Map(withLists.map((p) => [p.tag, p.lexicon!.sources.map((s) => ({ src: s, lists: listsOf(req, s).map(clean) }))]));
  const common = withLists.filter((p) => p.lexicon!.coverage === 'common').map((p) => p.tag);
  // A language's first frequency list (a source naming `lists` or a `file`; a complete list's first source may be alphabetical).
  const rankedOf = (tag: string): string[] => (lists.get(tag)!.find((x) => x.src.lists || x.src.file) ?? lists.get(tag)![0]!).lists[0]!;
  // The function words of the language with a complete list (English) by their rank in its first frequency list, to clean the common lists.
  const english = new Map<string, number>();
  for (const p of withLists) {
    if (p.lexicon!.coverage !== 'complete') continue;
    const ranked = rankedOf(p.tag);
    const rank = new Map<string, number>();
    ranked.forEach((w, i) => rank.has(w) || rank.set(w, i));
    for (const w of (p.functionWords ?? '').split(/\s+/)) if (rank.has(w)) english.set(w, rank.get(w)!);
  }
  for (const p of withLists) {
    const spec = p.lexicon!;
    const words = new Set<string>();
    for (const { src, lists: ls } of lists.get(p.tag)!) {
      let foreign: Set<string> | undefined;
      if (src.unlessForeign) {
        foreign = new Set();
        for (const other of common) {
          if (other === p.tag) continue;
          for (const l of lists.get(other)!) for (const list of l.lists) for (const w of list.slice(0, src.unlessForeign)) foreign.add(w);
        }
      }
      const names = src.unlessIn ? new Set(listsOf(req, { ...src, lists: src.unlessIn }).flatMap(clean)) : undefined;
      for (const list of ls) for (const w of list) if ((!foreign?.has(w) && !names?.has(w)) || words.has(w)) words.add(w);
    }
    const ranked = rankedOf(p.tag);
    if (spec.coverage === 'common' && english.size) {
      // Frequency lists hold English too (song lyrics in subtitles, titles in Wikipedia: "the" is
      // the 554th word of German subtitles): one of English's function words that the language's
      // first (subtitle) list ranks ENGLISH_RATIO times lower than English does is English there,
      // not the language's — "the", "which", "with" leave the German list; "was", "also", "so",
      // "will" stay, and so do Polish "was", Turkish "on" and "his", and the language's own function
      // words. A word of its Wikipedia list only is rarer still ("which" in French).
      const own = new Set((p.functionWords ?? '').split(/\s+/).filter(Boolean));
      const first = new Map<string, number>();
      ranked.forEach((w, i) => first.has(w) || first.set(w, i));
      for (const [w, e] of english) {
        // Absent from the first list (in Wikipedia's only): rarer still.
        const r = first.get(w) ?? Infinity;
        if (r > ENGLISH_RATIO * (e + 1) && !own.has(w)) words.delete(w);
      }
    }
    if (spec.extra) for (const w of clean(spec.extra.split(/\s+/).filter(Boolean))) words.add(w);
    if (spec.exclude) for (const w of clean(spec.exclude.split(/\s+/).filter(Boolean))) words.delete(w);
    writeFileSync(join(outDir, `${p.tag}.bin`), buildWordFilter(words, RATE[spec.coverage]));
    if (spec.core) writeFileSync(join(outDir, `${p.tag}-core.bin`), buildWordFilter(ranked.filter((w) => words.has(w)).slice(0, spec.core), RATE.common));
    if (spec.top) writeFileSync(join(outDir, `${p.tag}-top.bin`), buildWordLines(ranked.filter((w) => words.has(w)).slice(0, spec.top)));
  }
  // The packages' licence notices travel with the lists built from them.
  const notices = versions.map((v) => {
    const name = v.slice(0, v.lastIndexOf('@'));
    const dir = dirname(req.resolve(`${name}/package.json`));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    return `${v}\n\n${file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file; package.json: ' + (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { license?: string }).license + ')'}\n`;
  });
  writeFileSync(join(outDir, 'LICENSES.txt'), 'Word lists in this folder are built from these packages:\n\n' + notices.join('\n----\n\n'));
  writeFileSync(stampFile, stamp);
  return { built: readdirSync(outDir).filter((f) => f.endsWith('.bin')).map((f) => f.slice(0, -4)), skipped: false };
}
