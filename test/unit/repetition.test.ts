import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findingsOf, fixAll, PEER_CASES, readJsonl, sample } from '../support/helpers';

const rep = (text: string, language = 'en') => findingsOf('repetition', text, { language });

describe('repetition: doubled words', () => {
  test('flags "the the" across a line break, case-insensitively, and removes the copy', () => {
    const r = rep('Paris in the\nThe springtime is lovely.');
    assert.deepEqual(r.spans, ['the\nThe']);
    assert.equal(fixAll(r.text, r.findings), 'Paris in the springtime is lovely.');
  });
  test('allows legitimate doubles per language', () => {
    assert.deepEqual(rep('If I had had time, I would have gone.').spans, []);
    assert.deepEqual(rep('I know that that cannot happen.').spans, []);
    assert.deepEqual(rep('Wie bei Honda, die die Bezahlung erhöht haben.', 'de').spans, []);
    assert.deepEqual(rep('Nous nous sommes rencontrés hier.', 'fr').spans, []);
    assert.deepEqual(rep('Sık sık buraya geliyor.', 'tr').spans, []);
    assert.deepEqual(rep('Duran Duran played in Mau Mau country.').spans, []);
  });
  test('flags doubles in German, French and Russian', () => {
    assert.deepEqual(rep('Das ist ist gut so.', 'de').spans, ['ist ist']);
    assert.deepEqual(rep('Der der Mann kam.', 'de').spans, ['Der der']);
    assert.deepEqual(rep('Il a vu le le chat.', 'fr').spans, ['le le']);
    assert.deepEqual(rep('Он сказал, что что-то не так, и и ушёл.', 'ru').spans, ['и и']);
  });
  test('"that that" followed by a determiner is a slip', () => {
    assert.deepEqual(rep('You can feel confident that that this administration will help.').spans, ['that that']);
  });
  test('three in a row is flagged even for an allowed pair', () => {
    assert.deepEqual(rep('You should know that that that was wrong.').spans.length, 1);
  });
  test('scores, hyphenated compounds and punctuation-separated repeats are not doubles', () => {
    assert.deepEqual(rep('The score was 3 3 at half time.').spans, []);
    assert.deepEqual(rep('She had coffee at the Foo-bar bar.').spans, []);
    assert.deepEqual(rep('And he is gone, gone with the breeze.').spans, []);
  });
});

describe('repetition: doubled phrases and coordination', () => {
  test('flags a repeated phrase', () => {
    assert.equal(rep('After I write i write i write.').findings.length, 1);
  });
  test('a spelled number coordinated with itself is arithmetic, in any language with number words in its pack', () => {
    assert.deepEqual(rep('Two and two is four; one and one is two.').spans, []);
    assert.deepEqual(rep('Zwei und zwei ist vier.', 'de').spans, []);
    assert.deepEqual(rep('Два и два — четыре.', 'ru').spans, []);
    assert.equal(rep('The most sensitive and sensitive issues remain.').findings.length, 1);
  });
  test('a conjunction before coordination that is grammar is no repeated phrase ("and more and more")', () => {
    assert.deepEqual(rep('Prices rose, and more and more people complained.').spans, []);
    assert.deepEqual(rep('Die Preise stiegen, und mehr und mehr Menschen beschwerten sich.', 'de').spans, []);
    assert.deepEqual(rep('Fler arbetar hemifrån, och färre och färre tar tåget.', 'sv').spans, []);
    assert.equal(rep('After I write i write i write.').findings.length, 1);
  });
  test('a phrase repeated after a relative clause is grammar', () => {
    assert.deepEqual(rep('Nobody who waits for us waits for us.').spans, []);
    assert.deepEqual(rep('Ingen som väntar på oss väntar på oss.', 'sv').spans, []);
  });
  test('flags "sensitive and sensitive" in the sample and removes the copy', () => {
    const r = rep(sample());
    assert.deepEqual(r.spans, ['sensitive and sensitive']);
    assert.ok(fixAll(r.text, r.findings).includes('the most sensitive issues for both parties'));
  });
  test('idiomatic "X and X" stays silent in en, de, ru, sv', () => {
    assert.deepEqual(rep('Prices rose more and more, again and again, bigger and bigger.').spans, []);
    assert.deepEqual(rep('Nach und nach wurde es mehr und mehr, so oder so.', 'de').spans, []);
    assert.deepEqual(rep('Он звонил снова и снова.', 'ru').spans, []);
    assert.deepEqual(rep('Fler och fler företag, ett och ett halvt år.', 'sv').spans, []);
  });
  test('three copies are iteration, and a closed-class word on both sides of "and" ends one clause and starts the next', () => {
    assert.deepEqual(rep('Any partnership demands that we give and give and give.').spans, []);
    assert.deepEqual(rep('The report is important and important and important.').spans, []);
    assert.deepEqual(rep('Мы ждали и ждали и ждали автобус.', 'ru').spans, []);
    assert.deepEqual(rep('If you hype it and it fails, then it was just a hype.').spans, []);
    assert.deepEqual(rep('Er fragte sie, und sie antwortete nicht.', 'de').spans, []);
    // Two copies of a content word stay reported, and so do five or more (a decoder loop), as one finding.
    assert.deepEqual(rep('The report is important and important for the industry.').spans, ['important and important']);
    assert.deepEqual(rep('The report is important and important and important and important and important for us.').spans, ['important and important and important and important and important']);
  });
  test('flags doubled coordination in German, French and Russian', () => {
    assert.deepEqual(rep('Die wichtige und wichtige Frage.', 'de').spans, ['wichtige und wichtige']);
    assert.deepEqual(rep('Une question sensible et sensible.', 'fr').spans, ['sensible et sensible']);
    assert.deepEqual(rep('Самые важные и важные вопросы.', 'ru').spans, ['важные и важные']);
  });
});

/**
 * Peer suites. Where the peer's label does not fit our job, the record is listed with the reason.
 */
const DEVIATIONS: Record<string, string> = {
  'the the': 'write-good case with its lexical-illusion check switched off ({illusion:false}); with our rule switched off we agree — see the test below.',
};

// LanguageTool's word-repeat tests (LGPL) are not kept here: test/unit/repetition-own.test.ts
// covers their behaviours with our own sentences, and `npm run eval` measures the agreement.
describe('peer suites: retext-repeated-words, write-good, proselint', () => {
  const cases = [
    ...readJsonl<{ text: string; lang: string; expected: string }>(join(PEER_CASES, 'retext-repeated-words/repeated_words_tests.jsonl')).map((r) => ({ ...r, peer: 'retext' })),
    ...readJsonl<{ text: string; lang: string; expected: string }>(join(PEER_CASES, 'write-good/lexical_illusion_tests.jsonl')).map((r) => ({ ...r, peer: 'write-good' })),
    ...readJsonl<{ text: string; lang: string; expected: string; check: string }>(join(PEER_CASES, 'proselint/proselint_examples.jsonl'))
      .filter((r) => r.check === 'lexical_illusions')
      .map((r) => ({ ...r, peer: 'proselint' })),
  ];
  let agreed = 0;
  for (const c of cases) {
    const deviation = DEVIATIONS[c.text];
    const label = `${c.peer} ${c.lang ?? 'en'} ${c.expected}: ${JSON.stringify(c.text).slice(0, 70)}`;
    test(label, () => {
      const got = rep(c.text, c.lang ?? 'en').findings.length > 0 ? 'error' : 'ok';
      if (deviation && got !== c.expected) return; // documented above
      assert.equal(got, c.expected, deviation ? `documented deviation no longer differs: ${deviation}` : undefined);
      agreed++;
    });
  }
  test('write-good: switching the rule off silences "the the"', () => {
    const r = findingsOf('repetition', 'the the', { language: 'en', rules: { repetition: { severity: 'off' } } });
    assert.equal(r.findings.length, 0);
  });
  test('agreement with the peers is at least 90 %', () => {
    assert.ok(agreed / cases.length >= 0.9, `${agreed}/${cases.length}`);
  });
});

describe('repetition: a verb ending a relative clause, then the main verb (English)', () => {
  test('free relatives and relative clauses are grammar, not doubles', () => {
    for (const t of [
      'What she did did not surprise anyone.',
      'What the mayor did did not help the town.',
      'What they said said more about them than about us.',
      'Whoever wins wins a trip to Rome.',
      'What he does does not concern you.',
      'Everyone who came came by bus.',
      'The ones that stayed stayed for the food.',
      'What it is is a question of money.',
    ])
      assert.deepEqual(rep(t).spans, [], t);
  });
  test('doubles without such a clause, and function words after one, are still slips', () => {
    assert.deepEqual(rep('We will will win the match.').spans, ['will will']);
    assert.deepEqual(rep('She asked what the the plan was.').spans, ['the the']);
    assert.deepEqual(rep('The minister said said that the talks failed.').spans, ['said said']);
  });
});

test('one digit written twice is a score or a list unless a month name follows: a day (month names from CLDR, per language)', () => {
  assert.deepEqual(rep('The colony became independent on 1 1 October 1961.').spans, ['1 1']);
  assert.deepEqual(rep('Kolonia uzyskała niepodległość 1 1 października 1961 roku.', 'pl').spans, ['1 1']);
  assert.deepEqual(rep('The score was 3 3 at half time.').spans, []);
  assert.deepEqual(rep('Rooms 1 1 and 2 are closed.').spans, []);
});
