/**
 * Measured quality of the names rule: pairwise precision/recall of its variant grouping on real
 * transliteration variants (test/data/name-variants.jsonl, 130+ people, Wikipedia interlanguage
 * titles and press spellings, plus different people with similar names), on the peer
 * checker's Wikidata-derived variant groups, and its false-alarm rate on clean PUD text.
 * Nothing is hard-coded: every figure is computed here; the floors are justified inline.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { evaluateGroups, loadNameVariants, loadPeerGroups } from '../../scripts/eval/names';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { namesRule } from '../../server/src/engine/rules/names';
import type { Rule } from '../../server/src/engine/rule';
import { PUD } from '../support/helpers';

test('name-variants.jsonl: at least 100 people with real variants, every group sourced', () => {
  const lines = readFileSync(new URL('../data/name-variants.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
  const rows = lines.map((l) => JSON.parse(l) as { person: string; variants: { name: string }[]; source: string; negative?: boolean });
  const people = rows.filter((r) => !r.negative && new Set(r.variants.map((v) => v.name)).size >= 2);
  assert.ok(people.length >= 100, `${people.length} people with variants`);
  for (const r of rows) assert.ok(r.source && r.person, JSON.stringify(r));
  assert.ok(rows.filter((r) => r.negative).length >= 15, 'different-people controls');
});

test('own variant list: precision >= 97%, recall >= 80% (direct links, what the rule acts on)', () => {
  const r = evaluateGroups(loadNameVariants());
  // Floor: the only false links left are a surname written alone linked to a namesake's full
  // name ("Tymoschenko" ~ "Semyon Timoshenko", "Klychko" ~ "Wladimir Klitschko"), which no
  // spelling comparison can tell apart. A fold that merges different surnames (Kovalenko /
  // Kovalchenko, Navalny / Navalnaya) adds dozens of false pairs and breaks the floor.
  assert.ok(r.precision >= 0.97, `precision ${r.precision} false links: ${JSON.stringify(r.falseLinks)}`);
  // Recall floor: the folds (X, S, i/y/j, w/v, ie, ou) must keep linking the bulk of real
  // transliterations; the misses are French j/ou readings, -ine endings and Gaddafi / Kadhafi.
  assert.ok(r.recall >= 0.8, `recall ${r.recall}`);
  // Different people with similar names, explicitly.
  const pairs: [string, string][] = [
    ['Navalny', 'Navalnaya'], ['Tikhanovsky', 'Tikhanovskaya'], ['Gorbachev', 'Gorbacheva'], ['Tolstoy', 'Tolstaya'],
    ['Pavlov', 'Pavlova'], ['Kovalenko', 'Kovalchenko'], ['Shevchenko', 'Shevchuk'], ['Medvedev', 'Medvedchuk'],
    ['Kalachov', 'Kalesnikava'], ['Peskov', 'Putin'], ['Poroshenko', 'Porechenkov'], ['Scholz', 'Schulz'],
  ];
  for (const [a, b] of pairs) {
    const e = evaluateGroups([{ id: 'a', variants: [a] }, { id: 'b', variants: [b] }]);
    assert.equal(e.falsePositives, 0, `${a} ~ ${b}`);
  }
});

test('peer cases (Wikidata ru→Latin token groups): precision >= 88%, recall >= 55%', () => {
  // The peer's groups are keyed by Cyrillic token, so its "different" pairs include one name in
  // two Cyrillic spellings (Катерина / Екатерина, Осипович / Йосипович, Васильева / Василева):
  // links between them count as false here although they are the same name. Hence a lower
  // precision floor than on our own list; recall is lower because the groups hold many short
  // tokens and end-only differences the rule deliberately does not link (Elin / Elyn,
  // Lukich / Lukic, Hohlov / Khokhlov, Morozova / Marozava).
  const r = evaluateGroups(loadPeerGroups());
  assert.ok(r.precision >= 0.88, `precision ${r.precision}`);
  assert.ok(r.recall >= 0.55, `recall ${r.recall}`);
});

test('PUD clean text (slices): nearly silent, per document and with each file as one document', () => {
  const engine = new Engine({ rules: [namesRule as Rule] });
  for (const lang of ['en', 'de', 'fr', 'es', 'pl', 'ru', 'cs']) {
    const text = readFileSync(`${PUD}/${lang}.txt`, 'utf8');
    const words = text.split(/\s+/).filter(Boolean).length;
    const config = mergeConfig({ language: lang });
    let perDoc = 0;
    for (const d of text.split(/\n\s*\n/)) perDoc += engine.check({ text: d, config }).findings.length;
    const whole = engine.check({ text, config }).findings.length;
    // Ceiling: one finding per 5,000 words per document (the ones left are real inconsistencies
    // of the translations: es "Lamarr / Lamar", ru "Карибский / Каррибского"); the whole file
    // mixes 397 unrelated documents, so unrelated namesakes may meet (Paris / París, Defence /
    // Defense): one per 2,500 words.
    assert.ok((perDoc * 1000) / words <= 0.2, `${lang}: ${perDoc} per-document findings in ${words} words`);
    assert.ok((whole * 1000) / words <= 0.4, `${lang}: ${whole} whole-file findings in ${words} words`);
  }
});
