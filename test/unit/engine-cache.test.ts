/**
 * The engine's per-block cache must be invisible: after any sequence of edits, a long-lived
 * Engine (cached tokens shifted in place, cached rule results) reports exactly what a fresh
 * Engine reports on the same text, and its blocks carry the same tokens and sentences at the
 * same document offsets — including paragraphs that occur twice in one document and
 * paragraphs shared by two documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Engine, mergeConfig } from '../../server/src/engine/index';

const sample = readFileSync(new URL('../../examples/delfi-belarus-mt-en.txt', import.meta.url), 'utf8');
const config = mergeConfig({ language: 'en' });

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function same(engine: Engine, text: string, label: string): void {
  const a = engine.check({ text, config });
  const b = new Engine().check({ text, config });
  assert.deepEqual(a.findings, b.findings, `${label}: findings`);
  assert.equal(a.blocks.length, b.blocks.length, `${label}: blocks`);
  for (let i = 0; i < a.blocks.length; i++) {
    assert.deepEqual(a.blocks[i]!.tokens, b.blocks[i]!.tokens, `${label}: tokens of block ${i}`);
    assert.deepEqual(a.blocks[i]!.sentences, b.blocks[i]!.sentences, `${label}: sentences of block ${i}`);
  }
}

for (const [label, options] of [
  ['default caches', {}],
  // A token budget far below one document: tokens are forgotten and recomputed on demand.
  ['tokens mostly forgotten (token budget 60)', { tokenBudget: 60 }],
] as const) {
test(`a cached engine reports what a fresh one does, edit after edit (typing, moved and duplicated paragraphs) — ${label}`, () => {
  const engine = new Engine(options);
  const rand = rng(8);
  let paras = sample.split('\n\n');
  same(engine, paras.join('\n\n'), 'initial');
  for (let step = 0; step < 25; step++) {
    const i = Math.floor(rand() * paras.length);
    const op = step % 5;
    if (op === 0) paras[i] = paras[i]!.slice(0, 10) + 'the the ' + paras[i]!.slice(10); // typing inside a paragraph
    else if (op === 1) paras.splice(i, 0, 'A new paragraph. it starts lower-case here.'); // insert above: everything below moves
    else if (op === 2) paras.splice(i, 1); // delete: everything below moves back
    else if (op === 3) paras.push(paras[i]!); // the same paragraph twice in one document
    else paras = [paras[i]!, ...paras]; // a copy at the very top
    same(engine, paras.join('\n\n'), `step ${step}`);
  }
});
}

test('rule results outlive forgotten tokens: after an edit only the edited paragraph is tokenised again', () => {
  const engine = new Engine({ tokenBudget: 60 });
  const paras = sample.split('\n\n');
  const first = engine.check({ text: paras.join('\n\n'), config });
  assert.ok(first.findings.length > 5);
  const i = Math.floor(paras.length / 2);
  paras[i] = paras[i] + ' And and so on.';
  const before = engine.stats.blocksTokenized;
  const runsBefore = engine.stats.blockRuleRuns;
  const second = engine.check({ text: paras.join('\n\n'), config });
  assert.equal(engine.stats.blocksTokenized - before, 1, 'only the edited paragraph is tokenised');
  assert.equal(engine.stats.blockRuleRuns - runsBefore, engine.rules.filter((r) => r.checkBlock).length, 'rules re-run on that paragraph only');
  assert.ok(second.findings.some((f) => f.ruleId === 'repetition' && paras.join('\n\n').slice(f.start, f.end).toLowerCase() === 'and and'));
  // The forgotten tokens come back on demand, at the right offsets.
  const fresh = new Engine().check({ text: paras.join('\n\n'), config });
  for (let b = 0; b < fresh.blocks.length; b++) assert.deepEqual(second.blocks[b]!.tokens, fresh.blocks[b]!.tokens);
});

test('two documents sharing paragraphs at different offsets, checked alternately', () => {
  const engine = new Engine();
  const paras = sample.split('\n\n');
  const a = paras.join('\n\n');
  const b = 'Intro line.\n\n' + paras.slice(3).join('\n\n') + '\n\n' + paras.slice(0, 3).join('\n\n');
  for (let k = 0; k < 3; k++) {
    same(engine, a, `a ${k}`);
    same(engine, b, `b ${k}`);
  }
});
