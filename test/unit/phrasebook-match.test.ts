import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhrasebook } from '../../server/src/engine/phrasebook/parse';
import { compileEntries } from '../../server/src/engine/phrasebook/compile';
import { findInText } from '../../server/src/engine/phrasebook/find';
import { selectEntries } from '../../server/src/engine/phrasebook/select';
import { TEN_ENTRIES as TEN } from '../support/phrasebook-ten';

/** Compiles a one-section phrasebook body for `target` and returns the matched texts of `text`. */
function run(body: string, text: string, target = 'en', source = 'lt'): string[] {
  const p = parsePhrasebook(`[${source} -> ${target}]\n${body}`, 't.calque');
  assert.deepEqual(p.diagnostics.filter((d) => d.severity === 'error'), []);
  const book = compileEntries(p.entries, target);
  return findInText(book, text).map((m) => text.slice(m.start, m.end));
}
function sugg(body: string, text: string, target = 'en'): string[][] {
  const p = parsePhrasebook(`[lt -> ${target}]\n${body}`, 't.calque');
  return findInText(compileEntries(p.entries, target), text).map((m) => m.suggestions);
}

test('literal words match case-insensitively on word boundaries', () => {
  assert.deepEqual(run('two drops of water => x', 'Like Two Drops of WATER.'), ['Two Drops of WATER']);
  assert.deepEqual(run('two drops of water => x', 'two drops of waterfall'), []);
  assert.deepEqual(run('two drops of water => x', 'two drops off water'), []);
});

test('no match starts or ends inside a hyphenated word', () => {
  const body = 'in function of (the | their) => depending on {1}';
  assert.deepEqual(run(body, 'Prices vary in function of the season.'), ['in function of the']);
  assert.deepEqual(run(body, 'Python has a built-in function of the same name.'), []);
  assert.deepEqual(run('well known figure => x', 'A well known figure-skater came.'), []);
  assert.deepEqual(run('in fact => x', 'A log-in fact sheet.'), [], 'a function word after a hyphen ends a compound');
  assert.deepEqual(run('inch insect => x', 'Even a one-inch insect has a soul.'), ['inch insect'], 'a compound adjective\'s head starts a match');
});

test('a/b alternatives, [a | b c] groups and (optional) groups', () => {
  const body = 'put/puts/putting (all) the [dots | full stops] on the i => x';
  assert.deepEqual(run(body, 'He puts the dots on the i.'), ['puts the dots on the i']);
  assert.deepEqual(run(body, 'Putting all the full stops on the i.'), ['Putting all the full stops on the i']);
  assert.deepEqual(run(body, 'He put all the stops on the i.'), []);
  assert.deepEqual(run('stare (at | into) the void => x', 'They stare the void. We stare into the void.'), ['stare the void', 'stare into the void']);
});

test('stem* matches words starting with the stem', () => {
  const body = 'blacken* {poss} nail => x';
  assert.deepEqual(run(body, 'blackening his nail, blackened her nail, blacken my nail, black his nail'), ['blackening his nail', 'blackened her nail', 'blacken my nail']);
});

test('placeholders use the target language word lists', () => {
  assert.deepEqual(run('hang noodles on {poss} ears => x', 'hang noodles on their ears; hang noodles on the ears'), ['hang noodles on their ears']);
  assert.deepEqual(run('hang noodles on {pron} => x', 'hang noodles on him'), ['hang noodles on him']);
  assert.deepEqual(run('wash {refl} clean => x', 'wash themselves clean'), ['wash themselves clean']);
  assert.deepEqual(run('that {be} where => x', "that's where, that is where, that were where"), ["that's where", 'that is where', 'that were where']);
  assert.deepEqual(run('in {art} box => x', 'in a box, in the box, in his box'), ['in a box', 'in the box']);
  // German, French, Russian, Polish, Spanish, Italian, Portuguese, Ukrainian lists
  assert.deepEqual(run('Tomaten auf {poss} Augen => x', 'Er hat Tomaten auf seinen Augen.', 'de', 'en'), ['Tomaten auf seinen Augen']);
  assert.deepEqual(run('{art} lait sur le feu => x', 'comme le lait sur le feu', 'fr', 'en'), ['le lait sur le feu']);
  assert.deepEqual(run("prendre {art} avion => x", "prendre l’avion", 'fr', 'en'), ['prendre l’avion'], 'elided article is its own word');
  assert.deepEqual(run('лапшу на {poss} уши => x', 'Вешает лапшу на наши уши.', 'ru', 'en'), ['лапшу на наши уши']);
  assert.deepEqual(run('nie {be} to => x', 'To nie jest to.', 'pl', 'en'), ['nie jest to']);
  assert.deepEqual(run('tomar el pelo a {pron} => x', 'Quiere tomar el pelo a ella.', 'es', 'en'), ['tomar el pelo a ella']);
  assert.deepEqual(run('in bocca {art} lupo => x', 'In bocca al lupo? No: in bocca il lupo', 'it', 'en'), ['in bocca il lupo']);
  assert.deepEqual(run('custar {art} olho => x', 'custar o olho da cara', 'pt', 'en'), ['custar o olho']);
  assert.deepEqual(run('на {poss} вуха => x', 'вішати локшину на мої вуха', 'uk', 'en'), ['на мої вуха']);
  // A placeholder the language lacks matches nothing.
  assert.deepEqual(run('на {art} столе => x', 'на столе', 'ru', 'en'), []);
});

test('{*} is exactly one word, {*?} at most one', () => {
  assert.deepEqual(run('put {*} dots => x', 'put the dots, put dots, put all the dots'), ['put the dots']);
  assert.deepEqual(run('put {*?} dots => x', 'put the dots, put dots, put all the dots'), ['put the dots', 'put dots']);
});

test('matches stay inside one sentence', () => {
  assert.deepEqual(run('starting to exhale => x', 'They are starting. To exhale is hard.'), []);
  assert.deepEqual(run('starting to exhale => x', 'They are starting to exhale. To exhale is hard.'), ['starting to exhale']);
});

test('punctuation and quotation marks between words are skipped', () => {
  assert.deepEqual(run('put all the dots in the i => x', '“Put all the dots in the” i “'), ['Put all the dots in the” i']);
  assert.deepEqual(run('not even by a nail => x', 'not, even, by a “nail”'), ['not, even, by a “nail']);
});

test('apostrophes: typographic and straight forms are the same; clitics are words', () => {
  const body = "that's where the dog is buried => x";
  assert.deepEqual(run(body, 'That’s where the dog is buried.'), ['That’s where the dog is buried']);
  assert.deepEqual(run(body, "That's where the dog is buried."), ["That's where the dog is buried"]);
  assert.deepEqual(run("won't lift a foot => x", 'I won’t lift a foot.'), ['won’t lift a foot']);
  assert.deepEqual(run("n't lift a foot => x", 'I don’t lift a foot.'), ['n’t lift a foot']);
  assert.deepEqual(run('lukashenko nail => x', 'Lukashenko’s nail'), [], "possessive 's is a word of its own");
  assert.deepEqual(run("lukashenko 's nail => x", 'Lukashenko’s nail'), ['Lukashenko’s nail']);
});

test('the longest match wins and findings never overlap', () => {
  const body = 'blackening {poss} nail => a\nnot giving up on even blackening {poss} nail => b\ngiving up on => c';
  assert.deepEqual(run(body, 'He is not giving up on even blackening his nail.'), ['not giving up on even blackening his nail']);
  assert.deepEqual(sugg(body, 'He is not giving up on even blackening his nail.'), [['b']]);
  assert.deepEqual(run(body, 'He is giving up on it, blackening his nail.'), ['giving up on', 'blackening his nail']);
  // Overlapping candidates: the longer one is kept, the shorter overlapping one dropped.
  assert.deepEqual(run('a b => x\nb c d => y', 'a b c d'), ['b c d']);
});

test('{1} {2} in suggestions repeat the words the pattern choices matched', () => {
  const body = 'topple/toppling [Moscow | the Kremlin] with [the EU | Brussels] => play {2} off against {3}';
  assert.deepEqual(sugg(body, 'He tried to topple the Kremlin with Brussels.'), [['play the Kremlin off against Brussels']]);
  assert.deepEqual(sugg('hold ({poss}) fists for => keep {1} fingers crossed for', 'hold fists for me'), [['keep fingers crossed for']], 'an empty optional leaves no double space');
});

function synthetic(n: number): string {
  // n distinct entries sharing words with the real ones, plus the 10 real ones at the end.
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'nail', 'dots', 'put', 'the', 'on'];
  const lines: string[] = ['[lt -> en]'];
  for (let i = 0; i < n - 10; i++) {
    const a = words[i % words.length]!;
    const b = words[Math.floor(i / words.length) % words.length]!;
    lines.push(`${a} ${b} zz${i} (yy${i}) {*?} ww${i}/vv${i} => s${i}`);
  }
  return lines.join('\n') + '\n' + TEN;
}
const TEXT = `He would not budge, not even blackening his nail. They are starting to exhale, and they put all the dots on the i.
The twins are like two drops of water; stop trying to hang noodles on our ears. Alpha bravo zz1 is not a match here.
The reform kills two hares with one shot. Nobody wants to buy a cat in a sack, and the media made an elephant out of a fly.`;

test('10,000 entries give the same findings as the 10 entries they contain', () => {
  const small = compileEntries(parsePhrasebook('[lt -> en]\n' + TEN, 's.calque').entries, 'en');
  const bigParsed = parsePhrasebook(synthetic(10000), 'b.calque');
  assert.equal(bigParsed.entries.length, 10000);
  const big = compileEntries(bigParsed.entries, 'en');
  const key = (b: typeof small) => findInText(b, TEXT).map((m) => `${m.start}-${m.end}:${m.suggestions.join('|')}`);
  const a = key(small);
  assert.equal(a.length, 8);
  assert.deepEqual(key(big), a);
  // …and a synthetic entry does match when its words are there.
  assert.deepEqual(findInText(big, 'alpha alpha zz0 yy0 ww0').map((m) => m.suggestions[0]), ['s0']);
});

test('user entries override built-ins with the same pattern; "!" disables them', () => {
  const builtin = parsePhrasebook('[lt -> en]\nlike two drops of water => A\n  :: "x" = y\nlike a fifth leg for a dog => B\n[ru -> en]\nlike a fifth leg for a dog => C\n', 'builtin.calque');
  const user = parsePhrasebook('[lt -> en]\nlike  two DROPS of water => U\n! like a fifth leg for a dog\n', 'user.calque');
  const entries = selectEntries([builtin], [user], 'en');
  assert.deepEqual(entries.map((e) => e.suggestions[0]), ['U', 'C'], 'lt override + lt disable; the ru entry stays');
  const anyUser = parsePhrasebook('[* -> en]\n! like a fifth leg for a dog\n', 'u2.calque');
  assert.deepEqual(selectEntries([builtin], [anyUser], 'en').map((e) => e.suggestions[0]), ['A'], '[* -> en] disables every source');
  assert.deepEqual(selectEntries([builtin], [], 'de'), [], 'other targets do not apply');
});

for (const [target, vocab, extra, last] of [
  ['en', ['a', 'b', 'c', 'the', 'his', 'is', 'blackening', 'blacken', 'nail', "don't", 'big'], ['{poss}', '{be}', 'black*', '(a)', '(b | the c)', '[a | b]', 'a/b', '{*}', '{*?}'], 'c'],
  // German: a pattern's last infinitive also in another form (verbFinal), after a gap or not.
  // German: a pattern's last infinitive also in another form (verbFinal), after a gap or not; an idiom adverb after the first word.
  ['de', ['den', 'kuchen', 'und', 'ihn', 'essen', 'isst', 'aß', 'treffen', 'trifft', 'echten', 'haben', 'hat', 'wirklich'], ['{art}', '(den)', '[essen | haben]', '{*?}'], 'essen'],
] as const) {
  test(`the cached deterministic automaton finds exactly what the nondeterministic walk finds (${target})`, async () => {
  const fc = await import('fast-check');
  const { matchWords } = await import('../../server/src/engine/phrasebook/match');
  const { matchWordsNfa } = await import('../support/phrasebook-nfa');
  const { wordsOf } = await import('../../server/src/engine/phrasebook/words');
  const { tokenize } = await import('../../server/src/engine/segment');
  const element = fc.oneof(fc.constantFrom(...vocab), fc.constantFrom(...extra));
  const entry = fc.array(element, { minLength: 1, maxLength: 5 }).map((els) => `${vocab[0]} ${els.join(' ')} ${last}`);
  fc.assert(
    fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), (entries, textWords) => {
      const p = parsePhrasebook(`[lt -> ${target}]\n` + entries.map((e, i) => `${e} => s${i}`).join('\n'), 'f.calque');
      const book = compileEntries(p.entries, target);
      const text = textWords.join(' ');
      const toks = tokenize(text, 0, target);
      const words = wordsOf(toks, 0, toks.length, target);
      const norm = (ms: ReturnType<typeof matchWords>) => ms.map((m) => `${m.start}-${m.end}:${m.term.entry}:${m.term.steps.length}:${m.gap ?? ''}`).sort();
      // Twice: the second run uses the transitions cached by the first.
      assert.deepEqual(norm(matchWords(book, words)), norm(matchWordsNfa(book, words)));
      assert.deepEqual(norm(matchWords(book, words)), norm(matchWordsNfa(book, words)));
    }),
    { numRuns: 300 },
  );
  });
}

test('a word that another pattern has as written is still a form of a pattern\'s first verb ("prende" of "prendere", "leaves" of "leave")', () => {
  const it = "l'uccello mattiniero prende il verme => il mattino ha l'oro in bocca\nprendere luogo => avere luogo";
  assert.deepEqual(run(it, 'La riunione prende luogo domani a Roma.', 'it'), ['prende luogo']);
  assert.deepEqual(run(it, "L'uccello mattiniero prende il verme.", 'it'), ["L'uccello mattiniero prende il verme"]);
  const en = 'the autumn leaves fall => x\nleave the field open => y';
  assert.deepEqual(run(en, 'He leaves the field open to rivals.'), ['leaves the field open']);
  // Listed among alternatives at a pattern's start, a form still matches only as written.
  assert.deepEqual(run('[leave | left] the door ajar => x\nthe autumn leaves fall => y', 'He leaves the door ajar.'), []);
});

test('an idiom adverb of the language may stand right after the first word of a pattern of four literal words or more, and the fix keeps it', () => {
  const body = '[kostet | kostete] einen Arm und ein Bein => {1} ein Vermögen\nden Nagel auf den Kopf treffen => ins Schwarze treffen\neinen Korb geben => abweisen';
  assert.deepEqual(run(body, 'Die Reparatur kostet heutzutage einen Arm und ein Bein.', 'de'), ['kostet heutzutage einen Arm und ein Bein']);
  assert.deepEqual(sugg(body, 'Die Reparatur kostete wirklich einen Arm und ein Bein.', 'de'), [['kostete wirklich ein Vermögen']]);
  // Only a listed adverb, only one, only after the first word; not a negation; not in a pattern of three literal words.
  assert.deepEqual(run(body, 'Die Reparatur kostet nicht einen Arm und ein Bein.', 'de'), []);
  assert.deepEqual(run(body, 'Die Reparatur kostet heute wirklich einen Arm und ein Bein.', 'de'), []);
  assert.deepEqual(run(body, 'Die Reparatur kostet einen wirklich Arm und ein Bein.', 'de'), []);
  assert.deepEqual(run(body, 'Sie wollte ihm einen schon Korb geben.', 'de'), []);
  // The literal sense stays silent: the adverb does not make a match of other words.
  assert.deepEqual(run(body, 'Bei dem Unfall verlor er heute einen Arm und ein Bein.', 'de'), []);
  // Spanish, Russian: the same.
  assert.deepEqual(run('[cuesta | costó] un brazo y una pierna => {1} un ojo de la cara', 'El piso costó literalmente un brazo y una pierna.', 'es'), ['costó literalmente un brazo y una pierna']);
  assert.deepEqual(run('[стоит | стоило] руку и ногу => {1} целое состояние', 'Ремонт стоил буквально руку и ногу.', 'ru'), []);
  assert.deepEqual(run('[стоит | стоил] руку и ногу => {1} целое состояние', 'Ремонт стоил буквально руку и ногу.', 'ru'), ['стоил буквально руку и ногу']);
  // English has none: its adverbs go before the verb.
  assert.deepEqual(run('kick the bucket today => x', 'He kicks really the bucket today.'), []);
});

test('an idiom modifier of the language may stand after an article or a possessive of a pattern of four literal words or more ("an enormous elephant")', () => {
  const body = 'make an elephant out of a fly => make a mountain out of a molehill\nsilent as a fish => tight-lipped\nput a pig on {pron} => x\nin the [bag | sack] => done';
  assert.deepEqual(run(body, 'They made an enormous elephant out of a fly.'), ['made an enormous elephant out of a fly']);
  assert.deepEqual(run(body, 'She made a real elephant out of a fly.'), ['made a real elephant out of a fly']);
  assert.deepEqual(run(body, 'The opposition put a big pig on him.'), ['put a big pig on him']);
  // One modifier, once; a descriptive adjective (the literal sense) is no modifier.
  assert.deepEqual(run(body, 'They made an enormous grey elephant out of a fly.'), []);
  assert.deepEqual(run(body, 'They made a huge big elephant out of a fly.'), []);
  assert.deepEqual(run(body, 'They made an enormous elephant out of a tiny fly.'), []);
  assert.deepEqual(run(body, 'They made a grey elephant out of a fly.'), []);
  // Not right before the pattern's last word (a modifier of its last noun: "a big fish" is a fish), nor in a pattern of three literal words.
  assert.deepEqual(run(body, 'The deputies were silent as a big fish.'), []);
  assert.deepEqual(run(body, 'The deal is in the big bag.'), []);
  // Nor in a language without idiom modifiers.
  assert.deepEqual(run('faire un pas en avant => avancer', 'Il a fait un grand pas en avant.', 'fr'), []);
  // The words after the gap fill the suggestion's captures.
  assert.deepEqual(sugg('[sit | sits | sat] on {poss} [hands | fingers] too => {1} idly by | {2} {3}', 'He sat on his very big hands too.'), []);
  assert.deepEqual(sugg('[sit | sits | sat] on {poss} [hands | fingers] too => {1} idly by | {2} {3}', 'He sat on his big hands too.'), [['sat idly by', 'his hands']]);
});
