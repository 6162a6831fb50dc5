/**
 * Calques found through the source (server/src/engine/bilingual/idioms.ts, the `idiom` rule's
 * checkPair): a phrasebook entry's source idiom recognised in the source sentence — inflected,
 * in another order, with its verb irregular or away from its object — and its literal words in
 * the aligned target in wordings the entry's patterns do not spell out. Controls: the idiomatic
 * translation, the same literal words where the source has no idiom, and a target the
 * translation-only match already reports (one finding, not two).
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { Engine, mergeConfig } from '../../server/src/engine/index';
import { checkBitext } from '../../server/src/engine/bilingual/bitext';
import { anchoredIdioms, idiomsFor, sameWord, stemOf } from '../../server/src/engine/bilingual/idioms';
import { byLanguage } from '../../server/src/engine/languages/index';
import { compiledFor } from '../../server/src/engine/phrasebook/library';
import { lintPhrasebook } from '../../server/src/engine/phrasebook/lint';
import { parsePhrasebook } from '../../server/src/engine/phrasebook/parse';

const engine = new Engine();

/** The idiom findings on `target`, checked alone (source language known) and with its source. */
function idioms(sourceLang: string, source: string, targetLang: string, target: string) {
  const config = mergeConfig({ language: targetLang, sourceLanguage: [sourceLang] });
  const pick = (r: ReturnType<Engine['check']>) => r.findings.filter((f) => f.ruleId === 'idiom');
  const alone = pick(engine.check({ text: target, config }));
  const paired = pick(engine.check({ text: target, config, source: { text: source, format: 'plaintext' } }));
  return {
    alone: alone.map((f) => target.slice(f.start, f.end)),
    paired: paired.map((f) => target.slice(f.start, f.end)),
    /** For each paired finding: the source words it points to. */
    related: paired.map((f) => (f.related?.[0] ? source.slice(f.related[0].start, f.related[0].end) : undefined)),
    findings: paired,
  };
}

describe('a literal rendering the patterns do not spell out, found through the source idiom', () => {
  test('Russian idiom inflected in the source, English wording outside the entry: flagged, pointing at the idiom', () => {
    const r = idioms('ru', 'Новость свалилась как снег на голову.', 'en', 'The news fell like snow onto the head.');
    assert.deepEqual(r.alone, [], 'the translation alone does not match the entry');
    assert.deepEqual(r.paired, ['like snow onto the head']);
    assert.deepEqual(r.related, ['снег на голову']);
    const f = r.findings[0]!;
    assert.match(f.message, /Russian idiom "как снег на голову" in the source/);
    assert.ok(f.fixes.length > 0 && f.fixes.every((x) => x.safe === false), 'suggestions are offered, never applied unasked');
    assert.equal((f.data as { anchored?: boolean }).anchored, true);
  });

  test('German verb bracket: the verb and its object apart in the source', () => {
    const r = idioms('de', 'Ich drücke dir für morgen ganz fest die Daumen.', 'en', 'I am pressing my thumbs for you very hard for tomorrow.');
    assert.deepEqual(r.alone, []);
    assert.deepEqual(r.paired, ['pressing my thumbs']);
  });

  test('a dictionary form with a light verb: "avoir du pain sur la planche" in the future tense', () => {
    assert.deepEqual(idioms('fr', 'Le nouveau ministre aura du pain sur la planche.', 'en', 'The new minister will have bread on the plank.').paired, ['bread on the plank']);
  });

  test('an irregular verb: the rest of the idiom found as written ("se fue … por las ramas")', () => {
    assert.deepEqual(idioms('es', 'El presidente se fue otra vez por las ramas.', 'en', 'The president went again through the branches.').paired, ['went again through the branches']);
  });

  test('a strong or suppletive verb in the source, from the pack\'s irregularVerbs ("сесть" as "сел", "liegen" as "lag")', () => {
    const ru = idioms('ru', 'Министр сел в лужу на пресс-конференции.', 'en', 'The minister sat down in a puddle at the press conference.');
    assert.deepEqual(ru.alone, []);
    assert.deepEqual(ru.paired, ['sat down in a puddle']);
    const de = idioms('de', 'Die Lösung lag doch auf der Hand.', 'en', 'The solution lay on the hand.');
    assert.deepEqual(de.alone, []);
    assert.equal(de.paired.length, 1);
    // The same literal words without the idiom in the source: nothing.
    assert.deepEqual(idioms('ru', 'Министр сел в машину после пресс-конференции.', 'en', 'The minister sat down in a puddle at the press conference.').paired, []);
  });

  test('Chinese chengyu and English source idioms into German', () => {
    assert.deepEqual(idioms('zh', '他们这样做无异于杀鸡取卵。', 'en', 'What they are doing amounts to killing a hen for its eggs.').paired, ['killing a hen for its eggs']);
    const de = idioms('en', 'She turned a blind eye to the abuses for years.', 'de', 'Sie drehte jahrelang ein blindes Auge zu den Missständen.');
    assert.deepEqual(de.paired, ['blindes Auge']);
    assert.deepEqual(de.related, ['turned a blind eye']);
  });

  test('Japanese: the idiom with its kana inflected', () => {
    const r = idioms('ja', '部長に釘を刺された。', 'en', 'The manager had a nail stabbed into me.');
    assert.deepEqual(r.alone, []);
    assert.deepEqual(r.paired, ['nail stabbed']);
    assert.deepEqual(r.related, ['釘を刺']);
  });
});

describe('controls: silent where the source or the translation says it is no calque', () => {
  test('the idiomatic translation of the same source', () => {
    assert.deepEqual(idioms('ru', 'Новость свалилась как снег на голову.', 'en', 'The news came out of the blue.').paired, []);
    assert.deepEqual(idioms('zh', '他们这样做无异于杀鸡取卵。', 'en', 'What they are doing sacrifices the future for a quick profit.').paired, []);
    assert.deepEqual(idioms('en', 'She turned a blind eye to the abuses for years.', 'de', 'Sie drückte jahrelang bei den Missständen ein Auge zu.').paired, []);
  });

  test('the same literal words where the source has no idiom', () => {
    assert.deepEqual(idioms('ru', 'Новость пришла неожиданно.', 'en', 'The news fell like snow onto the head.').paired, []);
    assert.deepEqual(idioms('es', 'El presidente cortó las ramas del árbol.', 'en', 'The president went out and cut the branches of the tree.').paired, []);
  });

  test('the source idiom with the idiom\'s words used literally in a translation that keeps other words: one content word is not a rendering', () => {
    assert.deepEqual(idioms('ru', 'Новость свалилась как снег на голову.', 'en', 'The news fell on us like a bolt from the blue, the head of the agency said.').paired, []);
  });

  test('one finding where the translation-only match already reports the place', () => {
    const r = idioms('ru', 'Хватит вешать нам лапшу на уши!', 'en', 'Stop hanging noodles on our ears!');
    assert.deepEqual(r.alone, ['hanging noodles on our ears']);
    assert.deepEqual(r.paired, ['hanging noodles on our ears']);
  });

  test('a source in the target language is no source idiom', () => {
    assert.deepEqual(idioms('en', 'The news fell like snow onto the head.', 'en', 'The news fell like snow onto the head.').paired, []);
  });
});

describe('user phrasebooks and bilingual files', () => {
  test('an entry of a user phrasebook is anchored too', () => {
    const e = new Engine();
    e.setPhrasebooks(new Map([['team.calque', '[lt -> en]\nhang noodles on ({poss} | the) ears => deceive\n  :: "kabinti makaronus ant ausų" = to deceive\n  + He hangs noodles on our ears.\n  - He deceives us.\n']]));
    const config = mergeConfig({ language: 'en', sourceLanguage: ['lt'] });
    const text = 'For years the minister hung pasta and noodles onto the ears of voters.';
    const r = e.check({ text, config, source: { text: 'Ministras metų metus kabino rinkėjams makaronus ant ausų.', format: 'plaintext' } });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'idiom').map((f) => text.slice(f.start, f.end)), ['hung pasta and noodles onto the ears']);
  });

  test('language packs: an infinitive ending (Italian -ere) is read off the source verb, an English irregular verb is one word in all its forms', () => {
    const e = new Engine();
    e.setPhrasebooks(
      new Map([
        ['team.calque', '[it -> en]\nbreak the boxes => annoy\n  :: "rompere le scatole" = to annoy (literally "to break the boxes")\n  + They break the boxes.\n  - They annoy us.\n\n[fr -> en]\ntake the fly => take offence\n  :: "prendre la mouche" = to take offence (literally "to take the fly")\n  + Do not take the fly.\n  - Do not take offence.\n'],
      ]),
    );
    const it = 'The neighbours break our boxes every single day.';
    const withSource = (sl: string, src: string, text: string) => e.check({ text, config: mergeConfig({ language: 'en', sourceLanguage: [sl] }), source: { text: src, format: 'plaintext' } }).findings.filter((f) => f.ruleId === 'idiom').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(e.check({ text: it, config: mergeConfig({ language: 'en', sourceLanguage: ['it'] }) }).findings.filter((f) => f.ruleId === 'idiom'), [], 'the pattern alone does not match');
    assert.deepEqual(withSource('it', 'I vicini ci rompono le scatole ogni giorno.', it), ['break our boxes']);
    const fr = 'The president took the fly when a journalist asked about his age.';
    assert.deepEqual(withSource('fr', 'Le président a pris la mouche quand un journaliste l’a interrogé sur son âge.', fr), ['took the fly']);
    // Controls: the same source with the idiomatic translation, the same words without the idiom in the source.
    assert.deepEqual(withSource('fr', 'Le président a pris la mouche quand un journaliste l’a interrogé sur son âge.', 'The president took offence when a journalist asked about his age.'), []);
    assert.deepEqual(withSource('fr', 'Le président a attrapé une mouche pendant la conférence.', 'The president took the fly during the conference.'), []);
  });

  test('suggestions that repeat a pattern choice ("{1} had enough") are not offered where no pattern matched', () => {
    const e = new Engine();
    e.setPhrasebooks(new Map([['team.calque', '[de -> en]\n[have | has | had] the nose full => {1} had enough | be fed up\n  :: "die Nase voll haben" = to be fed up (literally "to have the nose full")\n  + They have the nose full.\n  - They have had enough.\n']]));
    const text = 'The voters have their nose thoroughly full of the reform.';
    const r = e.check({ text, config: mergeConfig({ language: 'en', sourceLanguage: ['de'] }), source: { text: 'Die Wähler haben die Nase von der Reform gründlich voll.', format: 'plaintext' } });
    const f = r.findings.filter((x) => x.ruleId === 'idiom');
    assert.equal(f.length, 1, text);
    assert.deepEqual(f[0]!.fixes.map((x) => x.edits[0]!.newText), ['be fed up']);
    assert.doesNotMatch(f[0]!.message + f[0]!.explanation, /\{\d\}/);
  });

  test('XLIFF: the finding lands on the unit\'s target in the file, its source idiom on the unit\'s source', () => {
    const xlf = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2"><file source-language="ru" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="1"><source>Отставка министра свалилась как снег на голову.</source><target>The minister's resignation fell like snow onto the head.</target></trans-unit>
</body></file></xliff>`;
    const r = checkBitext(engine, { text: xlf, format: 'xliff', config: mergeConfig({}) });
    const f = r.findings.filter((x) => x.ruleId === 'idiom');
    assert.equal(f.length, 1);
    assert.equal(xlf.slice(f[0]!.start, f[0]!.end), 'like snow onto the head');
    assert.equal(xlf.slice(f[0]!.related![0]!.start, f[0]!.related![0]!.end), 'снег на голову');
  });
});

describe('sections read only with the source ([en -> de] with source)', () => {
  const book = [
    '[en -> de] with source',
    'ein Stück Kuchen => ein Kinderspiel | ein Klacks',
    '  :: "a piece of cake" = something very easy',
    '  + Die Prüfung war ein Stück Kuchen.',
    '  - Die Prüfung war ein Kinderspiel.',
    '',
  ].join('\n');
  const e = new Engine();
  e.setPhrasebooks(new Map([['team.calque', book]]));
  const config = mergeConfig({ language: 'de', sourceLanguage: ['en'] });
  const found = (text: string, source?: string) =>
    e.check({ text, config, ...(source ? { source: { text: source, format: 'plaintext' as const } } : {}) }).findings.filter((f) => f.ruleId === 'idiom').map((f) => text.slice(f.start, f.end));

  test('flagged where the source has the idiom, with the suggestions', () => {
    const text = 'Für die Mannschaft war das Finale am Ende nur ein Stück Kuchen.';
    assert.deepEqual(found(text, 'For the team, the final was a piece of cake in the end.'), ['ein Stück Kuchen'], 'the article the pattern starts with is taken in');
    const f = e.check({ text, config, source: { text: 'For the team, the final was a piece of cake in the end.', format: 'plaintext' } }).findings.find((x) => x.ruleId === 'idiom')!;
    assert.deepEqual(f.fixes.map((x) => x.edits.map((d) => d.newText).join('')), ['ein Kinderspiel', 'ein Klacks']);
    // A German noun's capital is no sentence start: the suggestion keeps its own case there.
    const noun = 'Das Finale war für uns Stück Kuchen.';
    const g = e.check({ text: noun, config, source: { text: 'For us the final was a piece of cake.', format: 'plaintext' } }).findings.find((x) => x.ruleId === 'idiom')!;
    assert.equal(noun.slice(g.start, g.end), 'Stück Kuchen');
    assert.deepEqual(g.fixes.map((x) => x.edits[0]!.newText), ['ein Kinderspiel', 'ein Klacks']);
    const start = 'Stück Kuchen, sagte der Trainer.';
    const h = e.check({ text: start, config, source: { text: 'A piece of cake, said the coach.', format: 'plaintext' } }).findings.find((x) => x.ruleId === 'idiom')!;
    assert.deepEqual(h.fixes.map((x) => x.edits[0]!.newText), ['Ein Kinderspiel', 'Ein Klacks'], 'at a sentence start the capital stays');
  });

  test('silent without a source, where the source has no idiom, and on the idiomatic translation', () => {
    assert.deepEqual(found('Zum Kaffee gab es ein Stück Kuchen.'), [], 'a literal piece of cake, no source');
    assert.deepEqual(found('Zum Kaffee gab es ein Stück Kuchen.', 'There was a slice of pie with the coffee.'), [], 'the source says no idiom');
    assert.deepEqual(found('Für die Mannschaft war das Finale ein Kinderspiel.', 'For the team, the final was a piece of cake.'), []);
  });

  test('the source idiom must be there as written, in order: its words meant literally are no idiom', () => {
    const e2 = new Engine();
    e2.setPhrasebooks(
      new Map([
        ['team.calque', '[en -> de] with source\nim langen Lauf => auf lange Sicht | langfristig\n  :: "in the long run" = eventually\n  + Im langen Lauf werden die Preise fallen.\n  - Auf lange Sicht werden die Preise fallen.\n\nzieht {*?} Bein => nimmt ihn auf den Arm | veralbert ihn\n  :: "pull someone\'s leg" = to tease someone\n  + Er zieht dein Bein.\n  - Er nimmt dich auf den Arm.\n\n[de -> en] with source\nstay on the carpet => keep your feet on the ground | stay down to earth\n  :: "auf dem Teppich bleiben" = to stay realistic\n  + Stay on the carpet, please.\n  - Keep your feet on the ground, please.\n'],
      ]),
    );
    const pick = (lang: string, src: string, text: string, srcLang: string) =>
      e2.check({ text, config: mergeConfig({ language: lang, sourceLanguage: [srcLang] }), source: { text: src, format: 'plaintext' } }).findings.filter((f) => f.ruleId === 'idiom').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(pick('de', 'In the long run, prices will fall.', 'Im langen Lauf werden die Preise fallen.', 'en'), ['Im langen Lauf']);
    assert.deepEqual(pick('de', 'I went for a long run this morning.', 'Ich ging heute Morgen auf einen langen Lauf.', 'en'), []);
    assert.deepEqual(pick('de', 'The reporter is pulling the minister\'s leg.', 'Der Reporter zieht das Bein des Ministers.', 'en'), ['zieht das Bein']);
    assert.deepEqual(pick('de', 'He pulls a muscle in his leg.', 'Er zieht einen Muskel in seinem Bein.', 'en'), []);
    // German moves the verb: "bleib … auf dem Teppich", "auf dem Teppich zu bleiben".
    assert.deepEqual(pick('en', 'Bleib bitte auf dem Teppich.', 'Stay on the carpet, please.', 'de'), ['Stay on the carpet']);
    assert.deepEqual(pick('en', 'Er versuchte, auf dem Teppich zu bleiben.', 'He tried to stay on the carpet.', 'de'), ['stay on the carpet']);
  });

  test('lint reads the examples and controls as translations of the note\'s idiom', () => {
    assert.deepEqual(lintPhrasebook(book, 'team.calque'), []);
    const broken = book.replace('+ Die Prüfung war ein Stück Kuchen.', '+ Die Prüfung war ganz leicht.').replace('- Die Prüfung war ein Kinderspiel.', '- Die Prüfung war wie ein Stück Kuchen.');
    assert.deepEqual(lintPhrasebook(broken, 'team.calque').map((d) => [d.line, d.code]), [[4, 'example-no-match'], [5, 'control-matches']]);
  });
});

describe('reading the translation and the source idiom', () => {
  const book = [
    '[en -> fr] with source',
    "dans l'eau chaude => dans le pétrin | dans de beaux draps",
    '  :: "in hot water" = in trouble',
    "  + Le ministre est dans l'eau chaude.",
    '  - Le ministre est dans le pétrin.',
    '',
    '[en -> fr]',
    'une pièce de gâteau => du gâteau',
    '  :: "a piece of cake" = very easy',
    "  + C'est une pièce de gâteau.",
    "  - C'est du gâteau.",
    '',
    '[zh -> en]',
    'pull the hind leg / drag the hind leg => hold back',
    '  :: "扯后腿 / 拖后腿" = to hold someone back',
    '  + He pulled our hind leg.',
    '  - He held us back.',
    '',
    '[fr -> en] with source',
    'lead in the wing => in a bad way | in trouble',
    '  :: "avoir du plomb dans l\'aile" = to be in a bad way',
    '  + The party has lead in the wing.',
    '  - The party is in a bad way.',
    '',
    '[nl -> en] with source',
    'polish the plate => make oneself scarce | clear off',
    '  :: "de plaat poetsen" = to clear off',
    '  + He polished the plate.',
    '  - He cleared off.',
    '',
    '[es -> en] with source',
    'throw more wood on the fire => add fuel to the fire',
    '  :: "echar leña al fuego" = to make things worse',
    '  + They threw wood on the fire.',
    '  - They added fuel to the fire.',
    '',
    '[it -> en] with source',
    'make the bridge => take a long weekend',
    '  :: "fare il ponte" = to take the days between a holiday and the weekend off',
    '  + Many Italians will make the bridge on Friday.',
    '  - Many Italians will take a long weekend on Friday.',
    '',
    '[ru -> en] with source',
    'pass past the ears => turn a deaf ear to | ignore',
    '  :: "пропустить что-либо мимо ушей" = to ignore',
    '  + He passed the warning past his ears.',
    '  - He turned a deaf ear to the warning.',
    '',
  ].join('\n');
  const entries = parsePhrasebook(book, 't.calque').entries;
  const found = (src: string, text: string, s: string, t: string) => anchoredIdioms(entries, src, text, s, t).map((m) => text.slice(m.target[0], m.target[1]));

  test('a word after an elided article is a word of its own, and the finding takes the article in', () => {
    assert.deepEqual(found('The minister is in hot water again.', "Le ministre est encore dans l'eau chaude.", 'en', 'fr'), ["dans l'eau chaude"]);
  });

  test('a suggestion word the literal rendering shares ("gâteau") does not make the translation idiomatic', () => {
    assert.deepEqual(found("It's a piece of cake.", "C'est une pièce de gâteau.", 'en', 'fr'), ['une pièce de gâteau']);
    assert.deepEqual(found("It's a piece of cake.", "C'est du gâteau.", 'en', 'fr'), []);
  });

  test('a source idiom with an elided word ("l\'aile") or a hyphenated citation word ("что-либо")', () => {
    assert.deepEqual(found("Le parti a du plomb dans l'aile depuis les élections.", 'The party has had lead in the wing since the elections.', 'fr', 'en'), ['lead in the wing']);
    assert.deepEqual(found('Он пропустил предупреждение мимо ушей.', 'He passed the warning past his ears.', 'ru', 'en'), ['passed the warning past his ears']);
  });

  test('a verb with a long ending after a short stem ("echaron", "echando"); Dutch moves the verb ("poetste hij de plaat")', () => {
    assert.deepEqual(found('Los comentarios echaron leña al fuego.', 'The comments threw wood on the fire.', 'es', 'en'), ['threw wood on the fire']);
    assert.deepEqual(found('Los comentarios están echando leña al fuego.', 'The comments are throwing wood on the fire.', 'es', 'en'), ['throwing wood on the fire']);
    assert.deepEqual(found('Toen de politie kwam, poetste hij de plaat.', 'When the police came, he polished the plate.', 'nl', 'en'), ['polished the plate']);
  });

  test('a light verb beside one content word is a word of the idiom ("fare il ponte" is no "il ponte")', () => {
    assert.deepEqual(found('Molti italiani faranno il ponte venerdì.', 'Many Italians will make the bridge on Friday.', 'it', 'en'), ['make the bridge']);
    assert.deepEqual(found('Il ponte è stato chiuso e la notizia ha fatto il giro del paese.', 'The bridge was closed, and the news made the rounds.', 'it', 'en'), []);
  });

  test('Chinese idioms given as alternatives ("扯后腿 / 拖后腿") are each found', () => {
    assert.deepEqual(found('他总是拖后腿。', 'He always drags the hind leg.', 'zh', 'en'), ['drags the hind leg']);
    assert.deepEqual(found('他总是扯后腿。', 'He always pulls the hind leg.', 'zh', 'en'), ['pulls the hind leg']);
  });
});

describe('word forms without a lemmatiser', () => {
  test('stems: inflecting, agglutinative and Hangul words keep what their forms share', () => {
    assert.equal(stemOf('вешать', 'ru'), 'веша\u0001', 'an infinitive\'s stem is marked a verb\'s (longer endings)');
    assert.equal(stemOf('holzweg', 'de'), 'holzw');
    assert.equal(stemOf('kapağını', 'tr'), 'kapağ');
    assert.equal(stemOf('바가지를', 'ko'), '바가지');
    assert.equal(stemOf('уши', 'ru'), 'уши');
  });

  test('one target word in two forms, and two different words', () => {
    for (const [a, b] of [['noodle', 'noodles'], ['hang', 'hanging'], ['take', 'taking'], ['вухо', 'вуха'], ['wood', 'wooden'], ['ear', 'ears']]) assert.ok(sameWord(a!, b!), `${a} ~ ${b}`);
    for (const [a, b] of [['ear', 'early'], ['hang', 'hand'], ['hung', 'hang'], ['snow', 'show'], ['at', 'as'], ['the', 'thanks']]) assert.ok(!sameWord(a!, b!), `${a} ≁ ${b}`);
  });
});

describe('language packs: citation words', () => {
  test('each pack with citationWords: an idiom of its phrasebooks is recognised in a sentence without them, and not without its own words', () => {
    const res = { phrasebooks: new Map<string, string>(), version: 0, scratch: new Map<string, unknown>() };
    for (const [lang, list] of Object.entries(byLanguage('citationWords'))) {
      const cited = new Set(list.split(/\s+/));
      let shown = 0;
      for (const target of ['en', 'de', 'uk']) {
        if (target === lang) continue;
        for (const e of compiledFor(res, target).entries) {
          const idiom = e.note?.idiom;
          const example = e.examples[0]?.text;
          if (!idiom || !example || (e.note!.lang ?? e.sources[0]) !== lang || idiom.includes('/') || idiom.includes('(')) continue;
          const words = idiom.split(/[\s\p{P}]+/u).filter(Boolean);
          if (!words.some((w) => cited.has(w.toLowerCase()))) continue;
          // The idiom as text writes it: the argument words and light verb left out.
          const source = words.filter((w) => !cited.has(w.toLowerCase())).join(' ');
          if (!anchoredIdioms([e], source, example, lang, target).length) continue;
          assert.deepEqual(anchoredIdioms([e], 'Nothing of the kind here at all.', example, lang, target), [], `${lang}: ${idiom} needs its own words in the source`);
          // The citation words are no part of what the source must show.
          const stems = idiomsFor([e], lang, target).flatMap((i) => i.stems.flat());
          const own = new Set(words.filter((x) => !cited.has(x.toLowerCase())).map((x) => stemOf(x.toLowerCase(), lang)));
          for (const w of words.filter((x) => cited.has(x.toLowerCase()) && !own.has(stemOf(x.toLowerCase(), lang)))) assert.ok(!stems.includes(stemOf(w.toLowerCase(), lang)), `${lang}: "${w}" of "${idiom}" is a citation word`);
          shown++;
        }
      }
      assert.ok(shown >= 1, `${lang}: no built-in idiom with a citation word is recognised without it`);
    }
  });
});
