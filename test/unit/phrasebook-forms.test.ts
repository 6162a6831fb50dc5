/**
 * Phrasebook patterns read in any inflection of their language (phrasebook/forms.ts): a
 * pattern's word matches the text's other forms of it — tense, person, number, case — found by
 * the language pack's endings and irregular verbs, not only the forms the pattern spells out.
 * Each language: a positive case in forms the pattern does not list, and native controls that
 * must stay silent (the idiomatic rendering, a word that only starts like the pattern's word, a
 * noun that looks like a verb form).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhrasebook } from '../../server/src/engine/phrasebook/parse';
import { compileEntries, type CompiledPhrasebook } from '../../server/src/engine/phrasebook/compile';
import { findInText } from '../../server/src/engine/phrasebook/find';
import { formBases } from '../../server/src/engine/phrasebook/forms';
import { Engine, mergeConfig } from '../../server/src/engine/index';

function book(target: string, body: string): CompiledPhrasebook {
  const p = parsePhrasebook(`[xx -> ${target}]\n${body}`, 't.calque');
  assert.deepEqual(p.diagnostics.filter((d) => d.severity === 'error'), []);
  return compileEntries(p.entries, target);
}
const spans = (b: CompiledPhrasebook, text: string): string[] => findInText(b, text).map((m) => text.slice(m.start, m.end));

/** Each text flagged at exactly its span by the book `body`; each of `silent` (native text) flagged nowhere. */
function flags(target: string, body: string, texts: Record<string, string>, silent: readonly string[] = []): void {
  const b = book(target, body);
  for (const [text, span] of Object.entries(texts)) assert.deepEqual(spans(b, text), [span], `${target}: ${text}`);
  for (const text of silent) assert.deepEqual(spans(b, text), [], `${target}: ${text}`);
}
function quiet(target: string, body: string, texts: string[]): void {
  const b = book(target, body);
  for (const text of texts) assert.deepEqual(spans(b, text), [], `${target}: ${text}`);
}

describe('English: regular and irregular forms of a pattern written in the base form', () => {
  const body = 'take the bull by the horns => act decisively\nspill the beans => reveal the secret\ncry wolf => raise a false alarm\nbite {poss} elbows => regret it bitterly\nstop the clock => pause';
  test('past, -ing, third person, y → ied, a doubled consonant', () => {
    flags('en', body, {
      'She took the bull by the horns at last.': 'took the bull by the horns',
      'Taking the bull by the horns, he resigned.': 'Taking the bull by the horns',
      'He always spills the beans.': 'spills the beans',
      'Someone spilled the beans to the press.': 'spilled the beans',
      'The minister cried wolf once too often.': 'cried wolf',
      'They keep crying wolf.': 'crying wolf',
      'The referee stopped the clock.': 'stopped the clock',
    });
  });
  test('a base form the book also has in the plural: its forms follow the base form’s entries', () => {
    const body = 'greases the wheels of => helps along\ngrease the palm of {pron} => bribe {1}';
    flags('en', body, { 'They greased the palm of him.': 'greased the palm of him', 'Greasing the palm of her, he won.': 'Greasing the palm of her' });
  });
  test('only the first word changes form: the words after it keep theirs (an idiom’s nouns keep their number)', () => {
    quiet('en', body, ['He bit his elbow on the door.', 'She took the bull by the horn.']);
    flags('en', body, { 'They bit their elbows when the results came.': 'bit their elbows' });
  });
  test('a pattern that writes a form other than the base means that form; listed forms are all it means', () => {
    quiet('en', 'toppled Moscow with Brussels => played Moscow off against Brussels', ['They topple Moscow with Brussels.']);
    quiet('en', '[show | showed] where the crayfish winter => teach a lesson', ['The film shows where the crayfish winter.']);
    flags('en', '[show | showed] where the crayfish winter => teach a lesson', { 'I showed where the crayfish winter.': 'showed where the crayfish winter' });
    quiet('de', 'sprich vom Teufel => wenn man vom Teufel spricht', ['Der Pfarrer sprach vom Teufel.']);
  });
  test('words that only start like the pattern’s word, and the idiomatic rendering, stay silent', () => {
    quiet('en', body, ['He took the bull by the hornet’s nest.', 'The spillway of the beans factory flooded.', 'She acted decisively.', 'The bull took the horns.', 'A crying shame, wolf said.']);
  });
});

describe('French, Spanish, Italian, Portuguese: conjugated forms of an infinitive', () => {
  test('French future, present and imperfect', () => {
    flags('fr', 'mettre la charrue avant les bœufs => brûler les étapes', {
      'Il mettra la charrue avant les bœufs.': 'mettra la charrue avant les bœufs',
      'Ils mettent la charrue avant les bœufs.': 'mettent la charrue avant les bœufs',
      'Nous mettions la charrue avant les bœufs.': 'mettions la charrue avant les bœufs',
    }, ['Il brûlera les étapes.', 'La mise de la charrue avant les bœufs.', 'Il mettra la charrette avant les bœufs.']);
  });
  test('Spanish preterite, future and gerund; a noun that looks like a participle is a noun', () => {
    flags('es', 'tomar lugar => tener lugar\nhace sentido => tiene sentido', {
      'La reunión tomó lugar en Madrid.': 'tomó lugar',
      'Las batallas tomaban lugar en el norte.': 'tomaban lugar',
      'El concierto tomará lugar el lunes.': 'tomará lugar',
    }, ['La reunión tendrá lugar en Madrid.', 'La música me hace sentir bien.', 'Los tomates lugar aparte.']);
  });
  test('Italian present and irregular past; Portuguese preterite', () => {
    flags('it', 'rompere il ghiaccio => sciogliere il ghiaccio', {
      'Le due squadre rompono il ghiaccio.': 'rompono il ghiaccio',
      'Lui ruppe il ghiaccio con una battuta.': 'ruppe il ghiaccio',
    }, ['Il rompicapo il ghiaccio.', 'Sciolse il ghiaccio con una battuta.']);
    // The third person in -e of -ere/-ire verbs; the h that -care/-gare verbs take before e and i.
    flags('it', 'prendere luogo => avere luogo', { 'La riunione prende luogo domani.': 'prende luogo' }, ['La riunione ha luogo domani.']);
    flags('it', 'pagare omaggio a => rendere omaggio a', {
      'Domani il presidente pagherà omaggio a tutti i caduti.': 'pagherà omaggio a',
      'Che il sindaco paghi omaggio a tutti.': 'paghi omaggio a',
    }, ['Il presidente renderà omaggio ai caduti.']);
    flags('pt', 'tomar lugar => ter lugar', { 'A cerimónia tomou lugar na catedral.': 'tomou lugar', 'Os ataques tomaram lugar à noite.': 'tomaram lugar' }, ['A cerimónia teve lugar na catedral.', 'Os tomates lugar à parte.']);
  });
});

describe('German, Russian, Ukrainian, Polish', () => {
  test('German: an irregular verb in the present and the past', () => {
    flags('de', 'treffen den Nagel auf den Kopf => treffen es genau', {
      'Er trifft den Nagel auf den Kopf.': 'trifft den Nagel auf den Kopf',
      'Sie traf den Nagel auf den Kopf.': 'traf den Nagel auf den Kopf',
    }, ['Sie hat es genau getroffen.', 'Der Nagel traf den Kopf.']);
  });
  test('Russian past and future of an infinitive, reflexive-free; a short noun is not a case form of another', () => {
    flags('ru', 'сделать большую разницу => сыграть большую роль', {
      'Каждый голос сделал большую разницу.': 'сделал большую разницу',
      'Эти деньги сделают большую разницу.': 'сделают большую разницу',
    });
    quiet('ru', 'сделать большую разницу => сыграть большую роль\nпринять душ => помыться', ['Каждый голос сыграл большую роль.', 'Когда беру, принять душа радуется.']);
  });
  test('Ukrainian and Polish present and past', () => {
    flags('uk', 'робити сенс => мати сенс', { 'Тепер усе робить сенс.': 'робить сенс', 'Ці слова робили сенс.': 'робили сенс' }, ['Тепер усе має сенс.', 'Робітник сенс шукав.']);
    flags('pl', 'zrobić decyzję => podjąć decyzję', { 'Rząd zrobił decyzję w piątek.': 'zrobił decyzję', 'Musimy zrobili decyzję.': 'zrobili decyzję' });
    quiet('pl', 'zrobić decyzję => podjąć decyzję\n[bazowany | bazowana] na => oparty na', ['Rząd podjął decyzję w piątek.', 'Wszystko bazowało na zaufaniu.']);
  });
});

describe('what the forms are', () => {
  test('closed-class words have only themselves; so do words with digits', () => {
    assert.deepEqual(formBases('has', 'en'), ['has']);
    assert.deepEqual(formBases('des', 'fr'), ['des']);
    assert.deepEqual(formBases('salvo', 'es'), ['salvo']);
    assert.deepEqual(formBases('k9s', 'en'), ['k9s']);
  });
  test('a pattern’s word loses only noun and infinitive endings; a text word any', () => {
    assert.ok(formBases('sentido', 'es').includes('sent'));
    assert.ok(!formBases('sentido', 'es', true).includes('sent'));
    assert.ok(formBases('tomar', 'es', true).includes('tom'));
  });
  test('the built-in books read forms too: a Spanish calque in a tense its pattern does not list, through the engine', () => {
    const engine = new Engine();
    const idioms = (text: string) =>
      engine
        .check({ text, config: mergeConfig({ language: 'es' }) })
        .findings.filter((f) => f.ruleId === 'idiom')
        .map((f) => text.slice(f.start, f.end));
    assert.deepEqual(idioms('El concierto tomará lugar en el estadio.'), ['tomará lugar']);
    assert.deepEqual(idioms('Las batallas tomaban lugar en el norte.'), ['tomaban lugar']);
    assert.deepEqual(idioms('El concierto tendrá lugar en el estadio.'), []);
  });
});

describe('German: a pattern that ends in an infinitive matches its other forms there (verb-final clauses)', () => {
  const body = '(den) Kuchen haben und ihn (auch) essen => alles auf einmal haben\nden Nagel auf den Kopf treffen => genau richtig liegen\nZeit haben => x\nin den Garten => y';
  test('the finite verb last in a subordinate clause, regular and irregular', () => {
    flags(
      'de',
      body,
      {
        'Er weiß, dass man nicht den Kuchen haben und ihn auch isst.': 'den Kuchen haben und ihn auch isst',
        'Sie sagte, dass er mit dem Satz den Nagel auf den Kopf traf.': 'den Nagel auf den Kopf traf',
        'Weil sie den Nagel auf den Kopf trifft, lachen alle.': 'den Nagel auf den Kopf trifft',
      },
      // Only a pattern of three literal words or more, only its last word, only an infinitive there.
      ['Ich weiß, dass er keine Zeit hat.', 'Er geht in den Gärten spazieren.', 'Sie hat den Nagel in den Kopf getroffen.'],
    );
  });
  test('a main clause puts that verb second: the pattern is read with its infinitive first too, in any form', () => {
    flags('de', body, { 'Sie trifft den Nagel auf den Kopf.': 'trifft den Nagel auf den Kopf', 'Er traf den Nagel auf den Kopf.': 'traf den Nagel auf den Kopf' }, ['Er hat Zeit.', 'Sie treffen sich auf den Kopf genau.']);
  });
  test('not when the infinitive is among alternatives, not a noun, not when a suggestion repeats the matched words', () => {
    quiet('de', 'den Nagel auf den Kopf [treffen | zu treffen] => x\nden Ball in das Tor Kuchen => y\n(den) Nagel auf den Kopf treffen => {1} Punkt', ['Sie trifft den Nagel auf den Kopf.', 'Kuchen den Ball in das Tor.']);
  });
});
