/**
 * The packed phrasebook trie (compile.ts): word symbols, placeholder class bits, stems, per-node
 * edge runs and hash tables, and the serialized form the build precompiles the built-ins into
 * (precompile.ts). Each test checks what a user would see: which words of a text are flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parsePhrasebook, type PhraseEntry } from '../../server/src/engine/phrasebook/parse';
import { compileEntries, type CompiledPhrasebook } from '../../server/src/engine/phrasebook/compile';
import { matchWords } from '../../server/src/engine/phrasebook/match';
import { loadBook, serializeBook } from '../../server/src/engine/phrasebook/serialize';
import { matchWordsNfa } from '../support/phrasebook-nfa';
import { findInText, rawMatchesInText } from '../../server/src/engine/phrasebook/find';
import { withUserEntries } from '../../server/src/engine/phrasebook/library';
import { builtinPhrasebooks, selectEntries } from '../../server/src/engine/phrasebook/select';
import { placeholderWords, PLACEHOLDER_NAMES } from '../../server/src/engine/phrasebook/placeholders';
import { loadPrecompiled, precompileBuiltins, type Precompiled } from '../../server/src/engine/phrasebook/precompile';
import { wordsOf } from '../../server/src/engine/phrasebook/words';
import { tokenize } from '../../server/src/engine/segment';
import { PUD } from '../support/helpers';

function book(body: string, target = 'en'): CompiledPhrasebook {
  const p = parsePhrasebook(`[lt -> ${target}]\n${body}`, 't.calque');
  assert.deepEqual(p.diagnostics.filter((d) => d.severity === 'error'), []);
  return compileEntries(p.entries, target);
}
const found = (b: CompiledPhrasebook, text: string): string[] => findInText(b, text).map((m) => `${text.slice(m.start, m.end)}=${m.suggestions[0]}`);

/** 10,000 entries, each with its own rare words; entry i is "k<i> m<i%97> (o<i>) {*?} r<i>/q<i>". */
function bigBook(): CompiledPhrasebook {
  const lines: string[] = [];
  for (let i = 0; i < 10000; i++) lines.push(`k${i} m${i % 97} (o${i}) {*?} r${i}/q${i} => s${i}`);
  lines.push('blacken* {poss} nail => not an inch');
  return book(lines.join('\n'));
}

test('a 10,000-entry phrasebook finds exactly the entries whose words are in the text', () => {
  const b = bigBook();
  assert.equal(b.entries.length, 10001);
  const text =
    'Here k17 m17 r17 ends one. And k4242 m71 o4242 r4242 another; k9999 m8 the q9999 a third. ' +
    'Not k17 m18 r17, not k5 m5 r6, not m5 k5 r5. He is blackening his nail.';
  assert.deepEqual(found(b, text), ['k17 m17 r17=s17', 'k4242 m71 o4242 r4242=s4242', 'k9999 m8 the q9999=s9999', 'blackening his nail=not an inch']);
});

test('words outside the phrasebook vocabulary never start, continue or end a match', () => {
  const b = bigBook();
  // Entries' own words in the wrong places, and text made of words no entry has.
  const text = 'k1 x m1 r1. k2 m2 zz yy r2. alpha bravo charlie. k3 m3 o3 zz yy r3. m4 k4 r4. k5 m5 o5 o6 o7 r5. k9 m9 r9x.';
  assert.deepEqual(found(b, text), []);
  // {*?} lets exactly one word of any kind through, inside the vocabulary or not.
  assert.deepEqual(found(b, 'k6 m6 unheardof r6. k7 m7 o7 k8 r7.'), ['k6 m6 unheardof r6=s6', 'k7 m7 o7 k8 r7=s7']);
});

test('placeholders match every word of their class, in a big phrasebook as in a small one', () => {
  for (const target of ['en', 'de', 'fr', 'ru']) {
    for (const name of PLACEHOLDER_NAMES) {
      const words = [...placeholderWords(target, name)].filter((w) => !w.includes("'"));
      if (words.length === 0) continue;
      const body = `zzstart {${name}} zzend => x\n` + Array.from({ length: 2000 }, (_, i) => `zzstart w${i} zzend => y${i}`).join('\n');
      const b = book(body, target);
      for (const w of words) assert.deepEqual(found(b, `zzstart ${w} zzend`), [`zzstart ${w} zzend=x`], `${target} {${name}} "${w}"`);
      assert.deepEqual(found(b, 'zzstart zzother zzend'), [], `${target} {${name}}: a word outside the class`);
    }
  }
});

test('stems match words of the text the phrasebook has never seen, also next to literal edges', () => {
  const b = book('blacken* {poss} nail => a\nblackening of {poss} nail => b\nput/puts all the dots => c\nput* a cat => d');
  assert.deepEqual(found(b, 'blackenedness his nail; blackening of her nail; puts all the dots; putter a cat'), [
    'blackenedness his nail=a',
    'blackening of her nail=b',
    'puts all the dots=c',
    'putter a cat=d',
  ]);
});

test('nodes with many children (own hash tables) and few children (label runs) find the same edges', () => {
  // "hub" has 300 children, "tip" 3: both are searched for every next word.
  const lines = Array.from({ length: 300 }, (_, i) => `hub c${i} end => h${i}`);
  lines.push('tip c1 end => t1', 'tip c2 end => t2', 'tip {be} end => t3');
  const b = book(lines.join('\n'));
  assert.deepEqual(found(b, 'hub c0 end. hub c299 end. hub c300 end. tip c2 end. tip was end. tip c3 end.'), ['hub c0 end=h0', 'hub c299 end=h299', 'tip c2 end=t2', 'tip was end=t3']);
});

test('the packed matcher equals the brute-force reference on a big random phrasebook', () => {
  // Deterministic pseudo-random entries over a small vocabulary, so that paths share prefixes.
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const vocab = ['a', 'b', 'c', 'the', 'his', 'is', 'nail', 'dots', 'on'];
  const els = [...vocab, '{poss}', '{be}', 'blacken*', '(a)', '(b | the c)', '[a | b]', 'a/b', '{*?}', '{*}'];
  const lines: string[] = [];
  for (let i = 0; i < 600; i++) {
    const n = 1 + rnd(4);
    lines.push(`${vocab[rnd(vocab.length)]} ${Array.from({ length: n }, () => els[rnd(els.length)]).join(' ')} ${vocab[rnd(vocab.length)]} => s${i}`);
  }
  const b = book(lines.join('\n'));
  const textWords = [...vocab, 'blackening', 'her', 'was', 'zebra'];
  for (let t = 0; t < 30; t++) {
    const text = Array.from({ length: 40 }, () => textWords[rnd(textWords.length)]).join(' ');
    const toks = tokenize(text, 0, 'en');
    const words = wordsOf(toks, 0, toks.length, 'en');
    const norm = (ms: ReturnType<typeof matchWords>) => ms.map((m) => `${m.start}-${m.end}:${m.term.entry}:${m.term.pattern}:${m.term.literals}:${m.term.steps.map((s) => s.k + s.elem).join('')}`).sort();
    assert.deepEqual(norm(matchWords(b, words)), norm(matchWordsNfa(b, words)));
  }
});

test('a serialized book (JSON and trie bytes) loads into a book that finds exactly the same matches, and damaged bytes are refused', () => {
  const body = 'blacken* {poss} nail => not an inch\nput (all) the dots/points on the {*?} i => dot the i\'s\ntopple/toppling [Moscow | the Kremlin] with [the EU | Brussels] => play {2} off against {3}\nthat {be} where => x';
  const p = parsePhrasebook(`[lt -> en]\n${body}`, 't.calque');
  const a = compileEntries(p.entries, 'en');
  const { meta, trie } = serializeBook(a);
  const b = loadBook(JSON.parse(JSON.stringify(meta)), trie, p.entries);
  const text = 'He is blackening his nail. They put all the dots on the final i. He tried to topple the Kremlin with Brussels. That’s where.';
  assert.equal(findInText(a, text).length, 4);
  assert.deepEqual(findInText(b, text), findInText(a, text));
  assert.equal(b.nodes, a.nodes);
  assert.throws(() => loadBook(meta, trie.subarray(0, trie.length - 1), p.entries), /truncated|damaged/);
  assert.throws(() => loadBook(meta, Uint8Array.from([...trie, 0]), p.entries), /damaged/);
});

function byTarget(): Map<string, PhraseEntry[]> {
  const m = new Map<string, PhraseEntry[]>();
  for (const p of builtinPhrasebooks()) for (const e of p.entries) (m.get(e.section.target) ?? m.set(e.section.target, []).get(e.section.target)!).push(e);
  return m;
}

let precompiledOnce: Record<string, Precompiled> | undefined;
const precompiled = (): Record<string, Precompiled> => (precompiledOnce ??= precompileBuiltins());

test('precompiled built-ins (what bundles load) equal the built-ins parsed and compiled at run time', () => {
  const pre = precompiled();
  const targets = [...byTarget().keys()].sort();
  assert.deepEqual(Object.keys(pre).sort(), targets);
  for (const target of targets) {
    const runtime = compileEntries(selectEntries(builtinPhrasebooks(target), [], target), target);
    const loaded = loadPrecompiled(pre[target]!);
    assert.ok(loaded, target);
    assert.equal(loaded.entries.length, runtime.entries.length);
    assert.equal(loaded.nodes, runtime.nodes);
    // The word forms come with the data (no word's forms are worked out when loading), the same.
    assert.deepEqual(loaded.packed.formLit, runtime.packed.formLit, `${target} word forms`);
    // Entries come back with the same fields (but their examples and controls, which only lint
    // and tests read, from the texts); patterns are parsed on first use, identically.
    for (let i = 0; i < runtime.entries.length; i++) {
      const r = runtime.entries[i]!;
      const l: PhraseEntry = loaded.entries[i]!;
      assert.deepEqual({ ...l, patterns: l.patterns }, { ...r, examples: [], controls: [] }, `${target} entry ${r.file}:${r.line}`);
    }
    // Same raw matches (entries, spans, steps) and same findings on examples, controls and clean text.
    const texts = runtime.entries.flatMap((e) => [...e.examples, ...e.controls].map((x) => x.text));
    const pud = `${PUD}/${target}.txt`;
    if (existsSync(pud)) texts.push(...readFileSync(pud, 'utf8').split('\n').filter((x) => x.trim()).slice(0, 300));
    const raw = (b: CompiledPhrasebook, t: string) => rawMatchesInText(b, t).map((m) => `${m.entry.file}:${m.entry.line}@${m.start}-${m.end}`);
    const fin = (b: CompiledPhrasebook, t: string) => findInText(b, t).map((m) => `${m.entry.file}:${m.entry.line}@${m.start}-${m.end}:${m.pattern}:${m.suggestions.join('|')}`);
    let hits = 0;
    for (const t of texts) {
      const want = raw(runtime, t);
      hits += want.length;
      assert.deepEqual(raw(loaded, t), want, `${target}: ${t}`);
      assert.deepEqual(fin(loaded, t), fin(runtime, t), `${target}: ${t}`);
    }
    assert.ok(hits > 0, `${target}: the examples are matched`);
  }
});

test('user entries over precompiled built-ins match exactly like compiling them all together', () => {
  const pre = loadPrecompiled(precompiled().en!)!;
  const users = [
    parsePhrasebook(
      [
        '[ru -> en]',
        // overrides the first pattern of a two-pattern built-in entry (ru-en.calque), for ru only
        "hang/hangs/hung/hanging noodles on ({poss} | the) ears => MINE",
        // a new entry, and one that shares words with built-ins
        'zebra crossing the nail => NEW',
        'two boots are => SHORT',
        '[* -> en]',
        // disables a built-in pattern for every source language
        '! written with a pitchfork on (the) water',
        '[de -> fr]',
        'ist mir Wurst => egal',
      ].join('\n'),
      'user.calque',
    ),
  ];
  const runtime = compileEntries(selectEntries(builtinPhrasebooks('en'), users, 'en'), 'en');
  const combined = withUserEntries(pre, users, 'en');
  const texts = [
    'They hang noodles on our ears again. He hung noodles on the ears.',
    'Noodles on their ears, always.',
    'It is written with a pitchfork on the water; pitchforks on water.',
    'A zebra crossing the nail. Two boots are a pair. Two boots of a pair.',
    ...runtime.entries.flatMap((e) => [...e.examples, ...e.controls].map((x) => x.text)),
  ];
  const fin = (b: CompiledPhrasebook, t: string) => findInText(b, t).map((m) => `${m.entry.file}:${m.entry.line}@${m.start}-${m.end}:${m.suggestions.join('|')}`);
  const flagged = new Set<string>();
  for (const t of texts) {
    const want = fin(runtime, t);
    for (const w of want) flagged.add(w.split('@')[0]!.split(':')[0]!);
    assert.deepEqual(fin(combined, t), want, t);
  }
  assert.ok(flagged.has('user.calque') && flagged.has('ru-en.calque'), 'user and built-in entries both fire');
  assert.deepEqual(fin(combined, 'They hang noodles on our ears.').map((x) => x.split(':').pop()), ['MINE']);
  // The disabled pattern no longer matches; the entry's other pattern still does, on fewer words.
  const pitchfork = builtinPhrasebooks('en').find((b) => b.file === 'ru-en.calque')!.entries.find((e) => e.patternText.startsWith('written with a pitchfork'))!.line;
  // (Other books have the idiom too — Latvian "ar dakšām uz ūdens rakstīts" — so only ru-en's matches are compared.)
  const ruEn = (b: CompiledPhrasebook, t: string) => fin(b, t).filter((x) => x.startsWith('ru-en.calque:')).map((x) => x.split(':')[1]);
  assert.deepEqual(ruEn(pre, 'It is written with a pitchfork on the water.'), [`${pitchfork}@6-43`]);
  assert.ok(!ruEn(combined, 'It is written with a pitchfork on the water.').includes(`${pitchfork}@6-43`), 'the disabled pattern no longer matches');
  assert.deepEqual(ruEn(combined, 'The result is pitchforks on the water.'), [`${pitchfork}@14-37`], 'the entry\'s other pattern still does');
});

test('precompiled data that does not fit the built-in texts is not used', () => {
  const pre = precompiled();
  const data = JSON.parse(pre.en!.json);
  data.files[0][1] += 1; // the first built-in file changed since the data was built
  assert.equal(loadPrecompiled({ json: JSON.stringify(data), trie: pre.en!.trie }), undefined);
});
