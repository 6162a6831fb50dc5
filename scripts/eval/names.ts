/**
 * Evaluates the names rule's variant grouping.
 *
 *   node --import tsx scripts/eval/names.ts            # test/data/name-variants.jsonl + peer cases
 *   node --import tsx --import ./test/support/register-loaders.mjs scripts/eval/names.ts --pud   # + PUD false-alarm rates
 *
 * Part of `npm run eval` (with --pud, on the whole corpus of the evaluation data, see data.ts).
 *
 * Pairwise metrics over distinct spellings: a pair of spellings of one person that the grouping
 * links is a true positive; a pair of spellings of different people that it links is a false
 * positive. Pairs whose compared word is one spelling (the same lexeme, e.g. the same surname
 * of two people, or two case forms) are not spelling variants and are left out of both.
 * Runs the same code as the rule: extraction of the compared word, lexemes, bucketed variant
 * pairs with the given-name check, then connected groups.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { candidateStems, letterClass, type NameItem } from '../../server/src/engine/names/extract';
import { buildLexemes, variantPairs } from '../../server/src/engine/names/group';
import { need, pudDir, ROOT } from './data';

export interface EvalGroup {
  id: string;
  variants: string[];
}
export interface EvalResult {
  groups: number;
  names: number;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  skippedSameSpelling: number;
  precision: number;
  recall: number;
  /** Linked pairs of different people (for inspection). */
  falseLinks: [string, string][];
  /** Unlinked pairs of one person (for inspection). */
  missed: [string, string][];
}

/** A name string ("Cichanouskaja", "S. Cichanouskaja", "Sviatlana Tsikhanouskaya") as the rule's compared item. */
export function itemFromName(name: string, offset: number, lang = 'en'): NameItem {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  const given = words.length > 1 ? letterClass(words[0]!.replace(/\.$/, '')) : '';
  return {
    start: offset,
    end: offset + last.length,
    text: last,
    mention: offset,
    last: true,
    given,
    initial: false,
    weak: false,
    titled: false,
    noun: false,
    stems: candidateStems(last.toLowerCase(), lang),
    lang,
  };
}

/**
 * `transitive`: count pairs linked through a chain (A~B~C) as linked, as a grouping into
 * connected components would; by default only direct links count, which is what the rule acts on.
 */
export function evaluateGroups(groups: readonly EvalGroup[], transitive = false, lang = 'en'): EvalResult {
  const items: NameItem[] = [];
  const groupOf: number[] = [];
  const labelOf: string[] = [];
  groups.forEach((g, gi) => {
    for (const v of new Set(g.variants)) {
      items.push(itemFromName(v, items.length, lang));
      groupOf.push(gi);
      labelOf.push(v);
    }
  });
  const lexemes = buildLexemes(items);
  const lexOf = new Map<NameItem, number>();
  for (const l of lexemes) for (const it of l.items) lexOf.set(it, l.id);
  const parent = lexemes.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const direct = new Set<number>();
  const n = lexemes.length;
  for (const p of variantPairs(lexemes)) {
    direct.add(p.a * n + p.b);
    parent[Math.max(find(p.a), find(p.b))] = Math.min(find(p.a), find(p.b));
  }

  let positives = 0;
  let negatives = 0;
  let tp = 0;
  let fp = 0;
  let skipped = 0;
  const falseLinks: [string, string][] = [];
  const missed: [string, string][] = [];
  for (let i = 0; i < items.length; i++) {
    const li = lexOf.get(items[i]!)!;
    for (let j = i + 1; j < items.length; j++) {
      const lj = lexOf.get(items[j]!)!;
      if (li === lj) {
        skipped++;
        continue;
      }
      const same = groupOf[i] === groupOf[j];
      // The rule flags a spelling only against a spelling it is directly linked to (no chains).
      const linked = transitive ? find(li) === find(lj) : direct.has(Math.min(li, lj) * n + Math.max(li, lj));
      if (same) {
        positives++;
        if (linked) tp++;
        else missed.push([labelOf[i]!, labelOf[j]!]);
      } else {
        negatives++;
        if (linked) {
          fp++;
          falseLinks.push([labelOf[i]!, labelOf[j]!]);
        }
      }
    }
  }
  return {
    groups: groups.length,
    names: items.length,
    positives,
    negatives,
    truePositives: tp,
    falsePositives: fp,
    skippedSameSpelling: skipped,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: positives === 0 ? 1 : tp / positives,
    falseLinks,
    missed,
  };
}

export function loadNameVariants(path = join(ROOT, 'test/data/name-variants.jsonl')): EvalGroup[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; variants: { name: string }[] })
    .map((o) => ({ id: o.id, variants: o.variants.map((v) => v.name) }));
}

/** Peer cases: Wikidata-derived Russian name tokens and their Latin spellings (lower-cased; capitalised here). */
export function loadPeerGroups(path = join(ROOT, 'test/data/peer-cases/name-variants-ru-latin/ru_to_latin_variant_groups_slavic_sample500.jsonl')): EvalGroup[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; variants: string[] })
    .map((o) => ({ id: o.id, variants: o.variants.map((v) => v.charAt(0).toUpperCase() + v.slice(1)) }));
}

function fmt(name: string, r: EvalResult): string {
  return (
    `${name}: ${r.groups} groups, ${r.names} spellings; same-person pairs ${r.positives}, different-person pairs ${r.negatives} ` +
    `(${r.skippedSameSpelling} same-spelling pairs left out)\n` +
    `  precision ${(r.precision * 100).toFixed(1)}% (${r.truePositives} true / ${r.falsePositives} false links), recall ${(r.recall * 100).toFixed(1)}%`
  );
}

export async function pud(dir = pudDir()): Promise<void> {
  need(dir, 'pud');
  const { Engine } = await import('../../server/src/engine/engine');
  const { namesRule } = await import('../../server/src/engine/rules/names');
  const { mergeConfig } = await import('../../server/src/engine/config');
  const engine = new Engine({ rules: [namesRule as never] });
  for (const lang of ['en', 'de', 'fr', 'es', 'pl', 'ru', 'cs']) {
    const text = readFileSync(join(dir, `${lang}.txt`), 'utf8');
    const words = text.split(/\s+/).filter(Boolean).length;
    const config = mergeConfig({ language: lang });
    const whole = engine.check({ text, config }).findings;
    const perDoc: string[] = [];
    for (const d of text.split(/\n\s*\n/)) for (const f of engine.check({ text: d, config }).findings) perDoc.push(`${d.slice(f.start, f.end)} -> ${String(f.data?.preferred)}`);
    const k = (n: number) => ((n * 1000) / words).toFixed(2);
    console.log(`PUD ${lang}: ${words} words; whole file as one document: ${whole.length} findings (${k(whole.length)}/1k words); per document: ${perDoc.length} (${k(perDoc.length)}/1k)`);
    for (const f of whole) console.log(`    whole: ${text.slice(f.start, f.end)} -> ${String(f.data?.preferred)}`);
    for (const f of perDoc) console.log(`    doc:   ${f}`);
  }
}

export async function main(args = process.argv.slice(2)): Promise<void> {
  const verbose = args.includes('--verbose');
  const own = evaluateGroups(loadNameVariants());
  console.log(fmt('name-variants.jsonl (direct links, what the rule acts on)', own));
  console.log(fmt('name-variants.jsonl (connected groups)', evaluateGroups(loadNameVariants(), true)));
  if (verbose) {
    for (const [a, b] of own.falseLinks) console.log(`  FALSE LINK ${a} ~ ${b}`);
    for (const [a, b] of own.missed) console.log(`  missed ${a} ~ ${b}`);
  } else for (const [a, b] of own.falseLinks) console.log(`  false link: ${a} ~ ${b}`);
  const peer = evaluateGroups(loadPeerGroups());
  console.log(fmt('peer name-variants-ru-latin (token level)', peer));
  if (verbose) for (const [a, b] of peer.falseLinks) console.log(`  FALSE LINK ${a} ~ ${b}`);
  if (args.includes('--pud')) await pud();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
