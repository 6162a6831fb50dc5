/**
 * Our own quotation-mark cases for the `quotes` rule. They were written for Calque to cover
 * the behaviours that these peer suites test, and no sentence is copied from them:
 *  - Grammalecte's French guillemet rules (gc_lang/fr/rules.grx, GPL-3.0): spaces inside « »,
 *    marks turned the wrong way (”amis”, “amis“), lone marks, “ mixed with »;
 *  - LanguageTool's XML grammar rules about quotation marks for de, pl, ru, en
 *    (LGPL-2.1-or-later): the quotation style of each language, nesting, mismatched pair
 *    styles, doubled marks;
 *  - LanguageTool's unpaired-quote rule tests, GenericUnpairedQuotesRuleTest,
 *    EnglishUnpairedQuotesRuleTest and GermanUnpairedQuotesRuleTest (LGPL-2.1-or-later):
 *    pairs over sentences and paragraphs, nesting, apostrophes, inch marks, quoted parts of
 *    compounds, » as a separator, and unpaired marks.
 * Where Calque deliberately differs from the peer (see docs/rules/quotes.md), the test checks
 * Calque's behaviour and says why.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine/types';
import { findingsOf, fixAll } from '../support/helpers';

const NB = '\u00a0';
const NNB = '\u202f';

const q = (text: string, language: string) => findingsOf('quotes', text, { language });
const kinds = (fs: Finding[]) => fs.map((f) => String(f.data?.kind));

/** Correct text: the rule says nothing. */
function silent(language: string, texts: string[]) {
  for (const t of texts) assert.deepEqual(q(t, language).findings.map((f) => f.message), [], `${language}: ${JSON.stringify(t)}`);
}

interface Expected {
  /** The flagged text of each finding, in order. */
  spans: string[];
  kinds?: string[];
  severity?: Finding['severity'];
  /** The text after the safe fixes; null: no safe fix is offered. Omitted: not checked. */
  fixed?: string | null;
}

/** A defect: exactly these findings; a safe fix (when expected) leaves text the rule accepts. */
function reports(language: string, text: string, e: Expected) {
  const r = q(text, language);
  const what = `${language}: ${JSON.stringify(text)} → ${r.findings.map((f) => `${JSON.stringify(text.slice(f.start, f.end))} ${String(f.data?.kind)}: ${f.message}`).join(' | ')}`;
  assert.deepEqual(r.spans, e.spans, what);
  if (e.kinds) assert.deepEqual(kinds(r.findings), e.kinds, what);
  if (e.severity) assert.ok(r.findings.every((f) => f.severity === e.severity), what);
  if (e.fixed === null) assert.equal(fixAll(text, r.findings), text, `no safe fix expected: ${what}`);
  else if (e.fixed !== undefined) {
    const out = fixAll(text, r.findings);
    assert.equal(out, e.fixed, what);
    assert.deepEqual(q(out, language).findings.map((f) => f.message), [], `the fixed text is accepted: ${JSON.stringify(out)}`);
  }
  return r;
}

// ------------------------------------------------------------------ Grammalecte (French)

describe('French guillemets (behaviours of Grammalecte’s guillemet rules)', () => {
  test('« … » with a space inside is correct, whichever space it is', () => {
    silent('fr', [
      'Le maire parle d’un « projet ambitieux » pour la gare.',
      `Le maire parle d’un «${NB}projet ambitieux${NB}» pour la gare.`,
      `Il a lancé «${NNB}Ça suffit${NNB}» avant de partir.`,
      'Le conseil municipal a voté « oui » à l’unanimité, puis « non » au second projet.',
      '« Nous n’avons pas dit notre dernier mot », prévient la maire. « La ligne rouvrira. »',
    ]);
  });

  test('a missing space inside « » is information, fixed with a no-break space', () => {
    reports('fr', 'Le maire parle d’un «projet ambitieux» pour la gare.', {
      spans: ['«', '»'],
      kinds: ['mark', 'mark'],
      severity: 'info',
      fixed: `Le maire parle d’un «${NB}projet ambitieux${NB}» pour la gare.`,
    });
    reports('fr', 'La direction promet «plus de trains » en été.', { spans: ['«'], severity: 'info', fixed: `La direction promet «${NB}plus de trains » en été.` });
    reports('fr', 'Le cuisinier a dit « c’est prêt».', { spans: ['»'], severity: 'info', fixed: `Le cuisinier a dit « c’est prêt${NB}».` });
  });

  test('Swiss French accepts guillemets without the space', () => {
    silent('fr-CH', ['Le conseiller parle d’un «projet ambitieux».', 'Le conseiller parle d’un « projet ambitieux ».']);
  });

  test('“…” in French takes no space inside: a stray space is removed', () => {
    reports('fr', 'La ministre évoque une “réforme ” nécessaire.', { spans: ['”'], kinds: ['mark'], fixed: 'La ministre évoque une “réforme” nécessaire.' });
    reports('fr', 'La ministre évoque une “ réforme” nécessaire.', { spans: ['“'], kinds: ['mark'], fixed: 'La ministre évoque une “réforme” nécessaire.' });
  });

  test('straight marks padded with spaces, French style, become guillemets', () => {
    reports('fr', '" Rentrez chez vous ", a dit le policier.', { spans: ['" Rentrez chez vous "'], kinds: ['convert'], fixed: `«${NB}Rentrez chez vous${NB}», a dit le policier.` });
    reports('fr', '" Nous partons demain matin. "', { spans: ['" Nous partons demain matin. "'], kinds: ['convert'], fixed: `«${NB}Nous partons demain matin.${NB}»` });
  });

  test('marks turned the wrong way are turned back', () => {
    reports('fr', 'Les syndicats dénoncent ces ”mesures” injustes.', { spans: ['”'], kinds: ['mark'], fixed: 'Les syndicats dénoncent ces “mesures” injustes.' });
    reports('fr', 'Les syndicats dénoncent ces “mesures“ injustes.', { spans: ['“'], kinds: ['mark'], fixed: 'Les syndicats dénoncent ces “mesures” injustes.' });
    reports('fr', 'Le préfet annonce « un hiver difficile«', { spans: ['«'], kinds: ['mark'], fixed: `Le préfet annonce « un hiver difficile${NB}»` });
    reports('fr', 'Il a dit « oui » puis « non«.', { spans: ['«'], kinds: ['mark'], fixed: `Il a dit « oui » puis « non${NB}».` });
    reports('fr', 'Il a dit »oui« au ministre.', { spans: ['»', '«'], kinds: ['mark', 'mark'], fixed: `Il a dit «${NB}oui${NB}» au ministre.` });
    reports('fr', 'Ses proches le décrivent comme un homme ’discret’.', { spans: ['’'], kinds: ['mark'], fixed: 'Ses proches le décrivent comme un homme ‘discret’.' });
  });

  test('a second « after text, with more text after it: reported (which mark was meant is not guessed)', () => {
    // Grammalecte reads the second « as a reversed closing mark; with words after it, it could as
    // well open a quotation inside, so Calque reports the marks as unclosed without a fix.
    const r = q('Le préfet annonce « un hiver difficile « pour les éleveurs.', 'fr');
    assert.ok(r.findings.length > 0);
    assert.ok(r.spans.every((s) => s === '«'), r.spans.join(' '));
    assert.equal(fixAll(r.text, r.findings), r.text);
  });

  test('lone marks: an opening never closed, a closing never opened', () => {
    reports('fr', 'L’entraîneur trouve son équipe “fatiguée.', { spans: ['“'], kinds: ['unclosed'], fixed: null });
    reports('fr', 'L’entraîneur trouve son équipe fatiguée”.', { spans: ['”'], kinds: ['unmatched'], fixed: null });
    reports('fr', 'Le chef a goûté la ‘sauce avant le service.', { spans: ['‘'], kinds: ['unclosed'], fixed: null });
    reports('fr', 'La buvette ouvre à « midi pour les supporters.', { spans: ['«'], kinds: ['unclosed'], fixed: null });
    // French has no word-final apostrophe: ’ after a word and before a space closes nothing.
    reports('fr', 'Ce retard ne change rien’ au calendrier.', { spans: ['’'], kinds: ['unmatched'], fixed: null });
  });

  test('“ mixed with », « mixed with ”, ‘ mixed with ”: reported without a fix', () => {
    reports('fr', 'Les habitants réclament « plus de bus” dans le quartier.', { spans: ['« plus de bus”'], kinds: ['mismatch'], fixed: null });
    reports('fr', 'Les habitants réclament “plus de bus » dans le quartier.', { spans: ['“plus de bus »'], kinds: ['mismatch'], fixed: null });
    reports('fr', 'Le journal titre ‘la rentrée” en une.', { spans: ['‘la rentrée”'], kinds: ['mismatch'], fixed: null });
  });

  test('a curly mark paired with a straight one is completed', () => {
    reports('fr', 'Le journal titre “la rentrée" en une.', { spans: ['"'], kinds: ['mark'], fixed: 'Le journal titre “la rentrée” en une.' });
    reports('fr', '"Le vent se lève sur la côte.”', { spans: ['"'], kinds: ['mark'], fixed: '“Le vent se lève sur la côte.”' });
    reports('fr', 'On l’appelle la \'maison bleue’', { spans: ["'"], kinds: ['mark'], fixed: 'On l’appelle la ‘maison bleue’' });
  });

  test('‘ closed by a straight \' is reported at the opening mark', () => {
    // The user sees a warning at ‘. (Its message says the quotation is never closed; completing
    // the pair to ‘…’, as is done for “…", would say more.)
    const r = q('La ‘petite\' maison au bout du chemin.', 'fr');
    assert.deepEqual(r.spans, ['‘']);
    assert.equal(r.findings[0]!.severity, 'warning');
  });

  test('doubled single marks standing for double marks are replaced', () => {
    reports('fr', 'Les ‘‘experts’’ se trompent souvent.', { spans: ['‘‘', '’’'], kinds: ['mark', 'mark'], fixed: `Les «${NB}experts${NB}» se trompent souvent.` });
    reports('fr', 'Il a déjà vu ‘‘ce film’’ deux fois.', { spans: ['‘‘', '’’'], fixed: `Il a déjà vu «${NB}ce film${NB}» deux fois.` });
    reports('fr', "Les ''experts” se trompent souvent.", { spans: ["''"], kinds: ['mark'], fixed: 'Les “experts” se trompent souvent.' });
  });

  test('native controls: nesting, quoted punctuation, elisions, wiki markup, empty quotes', () => {
    silent('fr', [
      'Le mot “grève” revient sans cesse dans le débat.',
      'Le journal « Le Monde » cite une « source proche du dossier ».',
      'Le maire a dit : « C’est un “véritable” succès pour la ville. »',
      'Il écrit « ? » en marge du rapport et “…” à la fin.',
      'Après “qu’”, on élide devant une voyelle.',
      'Après « lorsqu’ », la voyelle tombe aussi.',
      'Il (s’)est trompé de quai, dit-elle.',
      'Le titre était \'\'\'en gras\'\'\' dans l’article.',
      // An empty pair is not a pairing defect (Grammalecte flags ‘’ as an oddity; see the
      // exclusion in peer-quotes.test.ts).
      'Il a laissé la case “” vide.',
    ]);
  });

  test('a dialogue quotation that runs into the next paragraph is information', () => {
    // Grammalecte checks line by line and accepts each half. Calque pairs the paragraphs: the
    // quotation is closed in the next paragraph without being re-opened there (docs/rules/quotes.md).
    reports('fr', '« Tu viens ce soir ?\n\n— Oui, j’arrive dans une heure. »', { spans: ['«'], kinds: ['cross-paragraph'], severity: 'info', fixed: null });
  });
});

// ------------------------------------------------------------------ LanguageTool grammar rules

describe('German quotation style (behaviours of LanguageTool’s German quote grammar rules)', () => {
  test('„…“ and »…« are German; sequential quotations are not nested', () => {
    silent('de', [
      'Die Bürgermeisterin nannte den Plan „realistisch“.',
      'Die Partei spricht von „Aufbruch“ und die Opposition von „Stillstand“.',
      'Die Zeitung nannte ihn »Retter« und seine Gegner »Träumer«.',
      'Das Magazin „Stern“ berichtete zuerst darüber.',
    ]);
  });

  test('English “…” in German text is converted to „…“', () => {
    reports('de', 'Die Bürgermeisterin nannte den Plan “realistisch”.', { spans: ['“realistisch”'], kinds: ['convert'], fixed: 'Die Bürgermeisterin nannte den Plan „realistisch“.' });
    reports('de', 'Der Sprecher sagte: “Die Gespräche laufen.”', { spans: ['“Die Gespräche laufen.”'], kinds: ['convert'], fixed: 'Der Sprecher sagte: „Die Gespräche laufen.“' });
  });

  test('„ closed with the Polish/English ” is a mismatched pair style', () => {
    reports('de', 'Die Bürgermeisterin nannte den Plan „realistisch”.', { spans: ['”'], kinds: ['mark'], fixed: 'Die Bürgermeisterin nannte den Plan „realistisch“.' });
  });

  test('a quotation inside a quotation takes the single marks', () => {
    reports('de', 'Der Trainer sagte: „Wir haben „alles“ gegeben.“', { spans: ['„alles“'], kinds: ['convert'], fixed: 'Der Trainer sagte: „Wir haben ‚alles‘ gegeben.“' });
    reports('de', 'Im Roman heißt es: »Sie nannte ihn »den Alten« und lachte.«', { spans: ['»den Alten«'], kinds: ['convert'], fixed: 'Im Roman heißt es: »Sie nannte ihn ›den Alten‹ und lachte.«' });
    silent('de', ['Der Trainer sagte: „Wir haben ‚alles‘ gegeben.“', 'Im Roman heißt es: »Sie nannte ihn ›den Alten‹ und lachte.«']);
  });

  test('deliberate differences: straight marks, punctuation, compounds, ASCII stand-ins, primes', () => {
    silent('de', [
      // Straight marks are accepted as a document style (LanguageTool always asks for „…“).
      'Die Bürgermeisterin nannte den Plan "realistisch".',
      // Where the comma or full stop goes around a quotation is punctuation, not the marks.
      '„Die Straße ist gesperrt,“ sagt der Polizist.',
      'Sie sagte: „Ich komme morgen.“.',
      // A quoted phrase as the first part of a compound is style advice, not a mark defect.
      'Die Kunden mit ihrer „Das kaufe ich nicht“-Haltung bleiben weg.',
      // >…< and >>…<< are not quotation marks for Calque (comparison signs, mail quoting).
      'Das ist ein >>super<< Angebot.',
      'Das ist ein >echtes< Schnäppchen.',
      // An inch mark and an apostrophe are not quotation marks.
      'Der Monitor ist 24" breit.',
      "Jonas' Fahrrad steht im Hof.",
    ]);
  });
});

describe('Polish quotation style (behaviours of LanguageTool’s Polish quote grammar rules)', () => {
  test('„…” is Polish, with »…« or «…» inside', () => {
    silent('pl', [
      'Minister nazwał projekt „przełomowym”.',
      'Gazeta „Rzeczpospolita” pisze o tym od tygodnia.',
      'Rzecznik powiedział: „Mamy »dobre« wieści dla rolników”.',
      'Rzecznik powiedział: „Mamy «dobre» wieści dla rolników”.',
      'Wrócił wcześniej z pracy. „Serio?”',
    ]);
  });

  test('English “ and German “ in Polish text are turned into the Polish marks', () => {
    reports('pl', 'Minister nazwał projekt “przełomowym”.', { spans: ['“'], kinds: ['mark'], fixed: 'Minister nazwał projekt „przełomowym”.' });
    reports('pl', 'Minister nazwał projekt „przełomowym“.', { spans: ['“'], kinds: ['mark'], fixed: 'Minister nazwał projekt „przełomowym”.' });
  });

  test('a quotation inside „…” takes »…«', () => {
    reports('pl', 'Rzecznik powiedział: „Mamy „dobre” wieści dla rolników”.', { spans: ['„dobre”'], kinds: ['convert'], fixed: 'Rzecznik powiedział: „Mamy »dobre« wieści dla rolników”.' });
    // English single marks inside: reported at the opening mark (no safe fix).
    const r = q('Rzecznik powiedział: „Mamy ‘dobre’ wieści dla rolników”.', 'pl');
    assert.deepEqual(r.spans, ['‘']);
  });

  test('spaces inside the marks and ,,…’’ stand-ins are fixed', () => {
    reports('pl', 'Dyrektor szkoły mówi o „ nowym planie”.', { spans: ['„'], kinds: ['mark'], fixed: 'Dyrektor szkoły mówi o „nowym planie”.' });
    reports('pl', 'Dyrektor szkoły mówi o „nowym planie ”.', { spans: ['”'], kinds: ['mark'], fixed: 'Dyrektor szkoły mówi o „nowym planie”.' });
    reports('pl', 'Trener ocenił mecz jako ,,udany’’.', { spans: [',,', '’’'], kinds: ['mark', 'mark'], fixed: 'Trener ocenił mecz jako „udany”.' });
  });

  test('deliberate differences: straight marks, full stop placement, tzw. with quotes', () => {
    silent('pl', [
      'Minister nazwał projekt "przełomowym".',
      '„Wszyscy wrócili do domu przed północą.”',
      'Rząd ogłosił tzw. „zielony ład” dla rolnictwa.',
    ]);
  });
});

describe('Russian quotation style (behaviours of LanguageTool’s Russian quote grammar rules)', () => {
  test('«…» with „…“ inside, and the handwritten „…”, are Russian', () => {
    silent('ru', [
      'Депутат назвал закон «необходимым».',
      'Журналист сказал: «Я выписываю „Вечернюю Москву“ много лет».',
      'Газета „Известия” вышла в срок.',
      'Театр «Современник» открыл сезон спектаклем «Горе от ума».',
    ]);
  });

  test('English “…” in Russian text becomes «…»', () => {
    reports('ru', 'Депутат назвал закон “необходимым”.', { spans: ['“необходимым”'], kinds: ['convert'], fixed: 'Депутат назвал закон «необходимым».' });
  });

  test('«…» nested in «…» takes „…“', () => {
    reports('ru', 'Журналист сказал: «Я выписываю «Вечернюю Москву» много лет».', { spans: ['«Вечернюю Москву»'], kinds: ['convert'], fixed: 'Журналист сказал: «Я выписываю „Вечернюю Москву“ много лет».' });
    // A quotation that starts with a nested one: «« is the nesting of two levels, fixed to «„.
    reports('ru', 'Завод ««Северсталь» снова увеличил выпуск».', { spans: ['«Северсталь»'], kinds: ['convert'], fixed: 'Завод «„Северсталь“ снова увеличил выпуск».' });
  });

  test('a doubled mark with nothing to pair is reported', () => {
    reports('ru', 'Он купил билет на «Спартак»» и ушёл.', { spans: ['»'], kinds: ['unmatched'], fixed: null });
    reports('ru', 'Он купил билет на ««Спартак» и ушёл.', { spans: ['«'], kinds: ['unclosed'], fixed: null });
    silent('ru', ['Он купил билет на «Спартак» и ушёл.']);
  });

  test('deliberate differences: straight marks, punctuation inside the marks, indirect speech', () => {
    silent('ru', [
      'Депутат назвал закон "необходимым".',
      'Журнал «Огонёк:» вышел новым тиражом.',
      'Он сказал, что «завод будет работать».',
    ]);
  });
});

describe('English quotation style (behaviours of LanguageTool’s English quote grammar rules)', () => {
  test('“…” with ‘…’ inside is English', () => {
    silent('en', [
      'The mayor called the plan “realistic”.',
      '“We are ready,” said the coach.',
      'She said: “They call it ‘the farm’ out there.”',
      'She described the song “57821”, a B-side, as her favourite.',
      'Our TV is 55" across.',
    ]);
  });

  test('„ and «…» are not English', () => {
    reports('en', 'The mayor called the plan „realistic”.', { spans: ['„'], kinds: ['mark'], fixed: 'The mayor called the plan “realistic”.' });
    reports('en', 'The mayor called the plan «realistic».', { spans: ['«realistic»'], kinds: ['convert'], fixed: 'The mayor called the plan “realistic”.' });
  });

  test('a missing space after the closing mark is added', () => {
    reports('en', '“We are ready,”said the coach.', { spans: ['”'], kinds: ['mark'], fixed: '“We are ready,” said the coach.' });
  });

  test('marks turned the wrong way and “…” nested in “…”', () => {
    reports('en', 'The new rule, he said, is “fair.“', { spans: ['“'], kinds: ['mark'], fixed: 'The new rule, he said, is “fair.”' });
    reports('en', 'The new rule, he said, is ”fair”.', { spans: ['”'], kinds: ['mark'], fixed: 'The new rule, he said, is “fair”.' });
    reports('en', 'She said: “They call it “the farm” out there.”', { spans: ['“the farm”'], kinds: ['convert'], fixed: 'She said: “They call it ‘the farm’ out there.”' });
  });

  // LanguageTool treats TeX-style `` as no quotation mark and reports the ” as closing nothing.
  // Calque reads `` as a stand-in for the opening mark (typewriter and TeX habit, common in
  // Italian and older English text) and replaces it, which repairs the pair: a documented difference.
  test('TeX-style `` stands in for an opening mark: replaced, and the ” after it closes the pair', () => {
    reports('en', 'The critic wrote ``stunning” in his review.', { spans: ['``'], kinds: ['mark'], fixed: 'The critic wrote “stunning” in his review.' });
  });

  test('straight marks are accepted as a document style', () => {
    // LanguageTool asks for smart quotes everywhere; Calque reports straight marks only in an
    // otherwise curly document (docs/rules/quotes.md).
    silent('en', ['The mayor called the plan "realistic".', 'The airline charged a $50 "service fee" for the change.']);
  });
});

// ------------------------------------------------------------------ LanguageTool unpaired quotes

describe('pairs over sentences and paragraphs (behaviours of LanguageTool’s unpaired-quote tests)', () => {
  test('correct pairs in one sentence, over sentences, lines and paragraphs', () => {
    silent('en', [
      'The council called the vote “historic”. Residents were less sure.',
      '“The bridge will reopen in May. Until then, take the ferry.”',
      '“The bridge will reopen in May,” the engineer said.\n“Until then, take the ferry.”',
      '“The bridge will reopen in May.”\n\n“Until then, take the ferry,” she added.\n\nTraffic was light on Monday.',
      '“The bridge will reopen in May,” she said. “Until then, take the ferry.”\n“We apologise for the delay.”',
      '“The train is cancelled,” the conductor said.\n\n“Take the bus.” “It leaves at noon.”',
    ]);
    silent('de', [
      '»Der Zug fällt heute aus«, sagte die Schaffnerin.',
      '»Der Zug fällt heute aus. Der nächste kommt in einer Stunde.«',
      '»Der Zug fällt aus«, hieß es.\n\n»Der Bus wartet.« »Bitte einsteigen.«',
      '„Der Zug fällt aus.“ „Der Bus wartet vor dem Bahnhof.“',
      '»Heute fällt das Training aus«.',
    ]);
    silent('ru', ['«Поезд отменили»\n«А „автобус“ ходит по расписанию».']);
    silent('fr', ['« Le train est annulé »\n« Mais le ‹ bus › passe. »', '« Le train est annulé. Le bus passe à midi. »']);
  });

  test('secondary marks nested once, or several times side by side', () => {
    silent('en', [
      'She told us: “The landlord calls it ‘a cosy flat’, but it is tiny.”',
      'Good.\n\nShe told us: “The landlord calls it ‘a cosy flat’, but it is tiny.”',
      'The officer said the suspect was “‘very calm’ at the time”.',
    ]);
    silent('de', [
      '»Der Zug fällt aus«\n»Nehmen Sie den ›Ersatzbus‹ vor dem Bahnhof.«',
      'Die Schaffnerin sagte: »Nehmen Sie den ›Ersatzbus‹ und ›nicht‹ das Taxi«.',
      'Die Schaffnerin sagte: „Nehmen Sie den ‚Ersatzbus‘ und ‚nicht‘ das Taxi“.',
      'Guten Tag.\n\nDie Chefin sagte »heute ›kein‹ Meeting«.',
    ]);
  });

  test('straight marks pair too, with the other straight mark inside', () => {
    silent('en', [
      'He called the plan \'bold\'. She called it "reckless".',
      '"The train is cancelled."\n\n"Take the \'night bus\' instead."',
      '\'The train is cancelled.\'\n\'Take the "night bus" instead.\'',
      'He isn\'t "against" the idea.',
      '"It isn\'t over," the coach said.',
      'The board said: "We trust the data. That is all we do."',
    ]);
  });

  test('an opening mark never closed: one warning at the mark, no guessed fix', () => {
    reports('en', 'Critics called the film a “triumph.', { spans: ['“'], kinds: ['unclosed'], severity: 'warning', fixed: null });
    reports('en', 'Critics called the film a “triumph. It ran for months. Nobody expected that.', { spans: ['“'], kinds: ['unclosed'], fixed: null });
    reports('en', 'She said he was “tired” and then “left.', { spans: ['“'], kinds: ['unclosed'], fixed: null });
    reports('en', 'He said the train was "cancelled. Nobody knew why.', { spans: ['"'], kinds: ['unclosed'], fixed: null });
    reports('de', '»Heute ist alles normal. Morgen wird es anders, sagte er.', { spans: ['»'], kinds: ['unclosed'], fixed: null });
    reports('ru', 'Мэр назвал ремонт «срочным', { spans: ['«'], kinds: ['unclosed'], fixed: null });
  });

  test('a closing mark with no opening: one warning at the mark', () => {
    reports('en', 'Critics called the film a triumph”.', { spans: ['”'], kinds: ['unmatched'], fixed: null });
    reports('en', 'He said the train was cancelled." Nobody knew why.', { spans: ['"'], kinds: ['unmatched'], fixed: null });
    reports('en', 'It was a “quiet” morning until the “storm” arrived.”', { spans: ['”'], kinds: ['unmatched'], fixed: null });
    reports('de', 'Heute ist alles normal, sagte er. Morgen wird es anders.« Dann ging er.', { spans: ['«'], kinds: ['unmatched'], fixed: null });
  });

  test('unclosed across paragraphs: the opening mark is a warning when the quotation never closes', () => {
    reports('en', 'The minister promised “full transparency\n\nbut the report never came.', { spans: ['“'], kinds: ['unclosed'], severity: 'warning', fixed: null });
    reports('en', 'The minister spoke first.\n\n“Nobody will lose their job.\n\nThe session ended.', { spans: ['“'], kinds: ['unclosed'], fixed: null });
    reports('de', 'Heute ist alles »normal\n\nMorgen wird es anders.', { spans: ['»'], kinds: ['unclosed'], fixed: null });
    reports('de', '»Heute ist alles normal, sagte er. Morgen wird es anders.\n\nDann ging er.', { spans: ['»'], kinds: ['unclosed'], fixed: null });
    reports('ru', '«Ремонт начнётся в мае.\n\nДорогу закроют на месяц.', { spans: ['«'], kinds: ['unclosed'], fixed: null });
  });

  test('a closing mark in a later paragraph, after a correct pair: the stray closing mark alone is reported', () => {
    reports('en', 'The minister spoke first.\n\nNobody will lose their job.”', { spans: ['”'], kinds: ['unmatched'], fixed: null });
    reports('en', '“The minister spoke first.”\n\nNobody will lose their job.”', { spans: ['”'], kinds: ['unmatched'], fixed: null });
    reports('de', '»Der Zug fällt aus«\n\nAber das stimmt nicht«', { spans: ['«'], kinds: ['unmatched'], fixed: null });
    reports('de', '»Der Zug fällt aus«\n\nAber der »Bus« fährt nicht«', { spans: ['«'], kinds: ['unmatched'], fixed: null });
  });

  test('the same marks nested inside themselves: one finding for the inner quotation, fixed to the other level', () => {
    // LanguageTool reports the inner opening and closing marks as two matches. Calque reports the
    // inner quotation once (its span covers both marks) with one safe fix that turns both marks.
    reports('en', '“The minister said “nothing” today,” she wrote.', { spans: ['“nothing”'], kinds: ['convert'], fixed: '“The minister said ‘nothing’ today,” she wrote.' });
    reports('en', 'Good.\n\nShe wrote “the minister said “nothing” today”.', { spans: ['“nothing”'], kinds: ['convert'], fixed: 'Good.\n\nShe wrote “the minister said ‘nothing’ today”.' });
    reports('de', 'Guten Tag.\n\nDie Chefin sagte »heute »kein« Meeting«.', { spans: ['»kein«'], kinds: ['convert'], fixed: 'Guten Tag.\n\nDie Chefin sagte »heute ›kein‹ Meeting«.' });
    reports('de', '»Der Zug fällt aus«\n»Und ›dort‹ ist der »Bus« auch weg.«', { spans: ['»Bus«'], kinds: ['convert'], fixed: '»Der Zug fällt aus«\n»Und ›dort‹ ist der ›Bus‹ auch weg.«' });
    // A secondary quotation nested in the same secondary marks is reported at the inner one too.
    const r = q('Die Schaffnerin sagte: »Nehmen Sie den ›Ersatzbus ›am Bahnhof‹‹ und warten Sie«.', 'de');
    assert.deepEqual(r.spans, ['›am Bahnhof‹']);
    // Straight marks nested in straight marks: reported, but which marks to use is left to the writer.
    reports('en', '"He said the train was "cancelled" again," she wrote.', { spans: ['"cancelled"'], kinds: ['nesting'], fixed: null });
  });

  test('guillemets of another convention: English text converts them; German text points to de-CH', () => {
    // LanguageTool's generic test runs with a language that has no conventions. For English text,
    // »…« and «…» are foreign marks (converted to “…”); for German text, «…» is Swiss usage.
    reports('en', 'This is »correct« for a German book.', { spans: ['»correct«'], kinds: ['convert'], fixed: 'This is “correct” for a German book.' });
    reports('de', '«Der Zug fällt aus», sagte die Kondukteurin.', { spans: ['«Der Zug fällt aus»'], kinds: ['convert'], severity: 'info', fixed: null });
    silent('de-CH', ['«Der Zug fällt aus», sagte die Kondukteurin. «Nehmen Sie den ‹Bus›.»']);
  });
});

describe('apostrophes and inch marks are not quotation marks (behaviours of LanguageTool’s English and German tests)', () => {
  test('English contractions, possessives, elided years and dropped g', () => {
    silent('en', [
      'The club’s ’87 squad still meets every summer.',
      "Grandpa still talks about the blizzard of '78.",
      "Round 'em up and bring 'em home!",
      "We're goin' fishin' tomorrow.",
      "She ordered a coffee at Dunkin' on the way.",
      "Arkansas' new governor spoke first.",
      "The twins' birthday party ran late.",
      "This is the councillors' joint statement.",
      "She's the team's 'fixer'.",
      "They called it the 'river' district.",
      "They called it the 'river district'.",
      "On their 'home' turf.",
      "The teachers' 'open day' is Friday.",
    ]);
  });

  test('English inch marks, and numbers inside quotation marks', () => {
    silent('en', [
      'The new monitor is 27" wide and fits the desk.',
      'My screen is 27" wide.',
      '"My screen is 27" wide."',
      '“The new monitor is 27" wide,” he wrote.',
      'The ferry has 28-32" seats, and newer boats have 30" seats.',
      'The frame measures 16", the wheels 20".',
      '“Bring a tape measure,” she said.\nThe desk is a compact (47") model.',
      'Enter "0800" as the code, not "800".',
      'Her locker number is "318", not "381".',
      'Some notes.\n\nHer locker is "318", by the door.',
      'I think Beethoven\'s "Symphony No. 9" is overrated.',
      'I think Beethoven\'s "Symphony No.9" is overrated.',
      'Mind your "p"s and "q"s.',
    ]);
    // After an inch mark, a quotation that is never closed is still reported.
    reports('en', '"My screen is 27" wide." "And this one never ends.', { spans: ['"'], kinds: ['unclosed'], fixed: null });
  });

  test('German elisions, possessives after s, inch marks and quoted compound parts', () => {
    silent('de', [
      "Was für 'n Wetter heute!",
      '‚So ’n Wetter heute!‘',
      '„So ’n Wetter heute!“',
      '‚’n schönes Wetter heute!‘',
      "'So 'n schönes Wetter heute!'",
      "''n schönes Wetter heute!'",
      'Er sagte: ‚Das ist Klaus’ Fahrrad.‘',
      "'Das ist Klaus' Fahrrad.'",
      'Das ist Klaus’ Fahrrad.',
      'Mein Rennrad hat 28" Felgen.',
      '"Mein Rennrad hat 28" Felgen."',
      'Klicken Sie auf die "Jetzt Kaufen"-Schaltfläche.',
      'Klicken Sie auf die „Jetzt kaufen“-Schaltfläche.',
      'Das ist mein Lieblings-"Tatort"-Kommissar.',
    ]);
    reports('de', '"Mein Rennrad hat 28" Felgen." "Und dieses Zitat endet nie.', { spans: ['"'], kinds: ['unclosed'], fixed: null });
  });

  test('» as a breadcrumb separator', () => {
    silent('de', ['Startseite » Garten » Rasen mähen im Herbst', 'Shop » Herren » Schuhe » Sale']);
  });

  test('German: an opening mark of any style never closed', () => {
    reports('de', 'Die „Preise steigen weiter.', { spans: ['„'], kinds: ['unclosed'], fixed: null });
    reports('de', 'Die »Preise steigen weiter.', { spans: ['»'], kinds: ['unclosed'], fixed: null });
    reports('de', 'Die «Preise steigen weiter.', { spans: ['«'], kinds: ['unclosed'], fixed: null });
    reports('de', 'Die Preise steigen weiter“.', { spans: ['“'], kinds: ['unmatched'], fixed: null });
  });
});
