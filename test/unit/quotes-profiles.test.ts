/**
 * Every quote profile: native text that must stay silent, and broken text that must be
 * reported — with the text the safe fixes produce, which must then re-check clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { applySafeFixes } from '../../server/src/engine/fixes';
import { quotesRule } from '../../server/src/engine/rules/quotes';
import { PROFILES, profileFor } from '../../server/src/engine/quotes/profiles';
import type { Rule } from '../../server/src/engine/rule';

const engine = new Engine({ rules: [quotesRule as Rule] });
function check(text: string, language: string) {
  return engine.check({ text, format: 'plaintext', config: mergeConfig({ language }) }).findings;
}

interface Case {
  /** Native text, including a nested quotation: no findings. */
  ok: string[];
  /** Broken text and what the safe fixes turn it into (null: reported, no safe fix). */
  bad: [string, string | null][];
}

const NB = '\u00a0';

const CASES: Record<string, Case> = {
  en: {
    ok: ['She said, “It is ‘fine’ now.”', 'Headlines use ‘single’ marks; he said “it’s the ’90s” twice.'],
    bad: [
      ['She said, „It is fine now.“', 'She said, “It is fine now.”'],
      ['She said, ”It is fine now.”', 'She said, “It is fine now.”'],
    ],
  },
  'en-GB': {
    ok: ['She said, ‘It is “fine” now.’', 'The paper said “it is fine”.'],
    bad: [['She said, «It is fine now.»', 'She said, ‘It is fine now.’']],
  },
  de: {
    ok: ['Er sagte: „Das ist ‚gut‘ so.“', 'Er sagte: »Das ist ›gut‹ so.«', 'Hans’ Auto und Felix’ Rad, „gibt’s“ nicht.'],
    bad: [
      ['Er sagte: “Das ist gut so.”', 'Er sagte: „Das ist gut so.“'],
      ['Er ist „gut”.', 'Er ist „gut“.'],
    ],
  },
  'de-CH': {
    ok: ['Er sagte: «Das ist ‹gut› so.»', 'Er sagte: „Das ist gut so.“'],
    bad: [['Er sagte: “Das ist gut so.”', 'Er sagte: «Das ist gut so.»']],
  },
  fr: {
    ok: [`Il a dit : «${NB}C’est “bien” ainsi.${NB}»`, 'Il a dit : « C’est bien ainsi. »', 'L’homme d’État a parlé d’« espèces ».'],
    bad: [
      ['Il a dit : „C’est bien ainsi.“', `Il a dit : «${NB}C’est bien ainsi.${NB}»`],
      ['Il a dit : «C’est bien ainsi.»', `Il a dit : «${NB}C’est bien ainsi.${NB}»`],
    ],
  },
  'fr-CH': {
    ok: ['Il a dit: «C’est ‹bien› ainsi.»', 'Il a dit: « C’est bien ainsi. »'],
    bad: [['Il a dit: „C’est bien ainsi.“', 'Il a dit: «C’est bien ainsi.»']],
  },
  es: {
    ok: ['Dijo: «Esto es “bueno” así».', 'Dijo: “Esto es ‘bueno’ así”.'],
    bad: [['Dijo: „Esto es bueno así“.', 'Dijo: «Esto es bueno así».']],
  },
  it: {
    ok: ['Disse: «È “giusto” così».', 'L’uomo disse: “un po’ di pane”.'],
    bad: [['Disse: „È giusto così“.', 'Disse: «È giusto così».']],
  },
  pt: {
    ok: ['Disse: «Isto está “certo” assim».', 'Disse: “Isto está certo”.'],
    bad: [['Disse: „Isto está certo assim“.', 'Disse: «Isto está certo assim».']],
  },
  'pt-BR': {
    ok: ['Ele disse: “Isto está ‘certo’ assim”.'],
    bad: [['Ele disse: „Isto está certo assim“.', 'Ele disse: “Isto está certo assim”.']],
  },
  nl: {
    ok: ['Hij zei: “Dat is ‘goed’ zo.”', 'Hij zei: ‘Dat is goed.’ In ’s-Hertogenbosch zeggen ze ’t ook.'],
    bad: [['Hij zei: «Dat is goed zo.»', 'Hij zei: “Dat is goed zo.”']],
  },
  sv: {
    ok: ['Han sa: ”Det är ’bra’ så.”', 'Han sa: »Det är bra så.»'],
    bad: [['Han sa: “Det är bra så.”', 'Han sa: ”Det är bra så.”']],
  },
  da: {
    ok: ['Han sagde: »Det er ›godt‹ sådan.«', 'Han sagde: „Det er godt sådan.“'],
    bad: [['Han sagde: «Det er godt sådan.»', 'Han sagde: »Det er godt sådan.«']],
  },
  no: {
    ok: ['Han sa: «Det er ‘bra’ slik.»', 'Han sa: ”Det er bra slik.”'],
    bad: [['Han sa: “Det er bra slik.”', 'Han sa: «Det er bra slik.»']],
  },
  fi: {
    ok: ['Hän sanoi: ”Se on ’hyvä’ näin.”', 'Hän sanoi: »Se on hyvä näin.» NoMa:n ”Lumikki”-elokuva.'],
    bad: [['Hän sanoi: „Se on hyvä näin.“', 'Hän sanoi: ”Se on hyvä näin.”']],
  },
  pl: {
    ok: ['Powiedział: „To jest »dobre« tak.”', 'To jest „cytat «w cytacie», który jest długi”.'],
    bad: [
      ['Powiedział: “To jest dobre tak.”', 'Powiedział: „To jest dobre tak.”'],
      ['To jest „cytat „w cytacie”, który jest długi”.', 'To jest „cytat »w cytacie«, który jest długi”.'],
    ],
  },
  cs: {
    ok: ['Řekl: „To je ‚dobré‘ tak.“', 'Řekl: »To je dobré tak.«'],
    bad: [['Řekl: “To je dobré tak.”', 'Řekl: „To je dobré tak.“']],
  },
  sk: {
    ok: ['Povedal: „To je ‚dobré‘ tak.“'],
    bad: [['Povedal: “To je dobré tak.”', 'Povedal: „To je dobré tak.“']],
  },
  sl: {
    ok: ['Rekel je: „To je ‚dobro‘ tako.“', 'Rekel je: »To je dobro tako.«'],
    bad: [['Rekel je: “To je dobro tako.”', 'Rekel je: „To je dobro tako.“']],
  },
  hr: {
    ok: ['Rekao je: „To je ‚dobro‘ tako.“', 'Rekao je: »To je dobro tako.«'],
    // «…» turned round is »…«, which Croatian print uses.
    bad: [['Rekao je: «To je dobro tako.»', 'Rekao je: »To je dobro tako.«']],
  },
  sr: {
    ok: ['Рекао је: „То је ‚добро‘ тако.“', 'Рекао је: „То је добро тако.”'],
    bad: [['Рекао је: “То је добро тако.”', 'Рекао је: „То је добро тако.“']],
  },
  hu: {
    ok: ['Azt mondta: „Ez így »jó« van.”', 'A „Titanic”-ot láttam.'],
    bad: [['Azt mondta: “Ez így jó van.”', 'Azt mondta: „Ez így jó van.”']],
  },
  ro: {
    ok: ['A spus: „Este «bine» așa.”'],
    bad: [['A spus: “Este bine așa.”', 'A spus: „Este bine așa.”']],
  },
  lt: {
    ok: ['Jis pasakė: „Tai ‚gerai‘ taip.“'],
    bad: [['Jis pasakė: “Tai gerai taip.”', 'Jis pasakė: „Tai gerai taip.“']],
  },
  lv: {
    ok: ['Viņš teica: «Tas ir „labi“ tā.»', 'Viņš teica: „Tas ir labi tā.“'],
    bad: [['Viņš teica: “Tas ir labi tā.”', 'Viņš teica: «Tas ir labi tā.»']],
  },
  et: {
    ok: ['Ta ütles: „See on hea nii.“', 'Ta ütles: »See on hea nii.»'],
    bad: [['Ta ütles: “See on hea nii.”', 'Ta ütles: „See on hea nii.“']],
  },
  ru: {
    ok: ['Он сказал: «Это „хорошо“ так».', 'Газета „Правда”. Он сказал: «Это “хорошо” так».'],
    bad: [
      ['Он сказал: “Это хорошо так”.', 'Он сказал: «Это хорошо так».'],
      ['Он сказал: «Это «хорошо» так».', 'Он сказал: «Это „хорошо“ так».'],
    ],
  },
  uk: {
    ok: ['Він сказав: «Це м’ясо „добре“», а пам\'ять — ні.'],
    bad: [['Він сказав: “Це м’ясо добре”.', 'Він сказав: «Це м’ясо добре».']],
  },
  be: {
    ok: ['Ён сказаў: «Гэта пам’яць „добрая“».'],
    bad: [['Ён сказаў: “Гэта добра”.', 'Ён сказаў: «Гэта добра».']],
  },
  bg: {
    ok: ['Той каза: „Това е ‚добре‘ така.“', 'Той каза: «Това е добре така.»'],
    bad: [['Той каза: “Това е добре така.”', 'Той каза: „Това е добре така.“']],
  },
  el: {
    ok: ['Είπε: «Αυτό είναι “καλό” έτσι».'],
    bad: [['Είπε: „Αυτό είναι καλό έτσι“.', 'Είπε: «Αυτό είναι καλό έτσι».']],
  },
  tr: {
    ok: ['Dedi ki: “Bu ‘iyi’ böyle.” LaBeouf\'un "Sultan"ın filmi.'],
    bad: [['Dedi ki: „Bu iyi böyle.“', 'Dedi ki: “Bu iyi böyle.”']],
  },
  ja: {
    ok: ['彼は「これは『良い』です」と言った。', '彼は“良い”と言った。'],
    bad: [
      ['彼は「これは良いです』と言った。', null],
      ['彼は「これは良いですと言った。', null],
    ],
  },
  zh: {
    ok: ['他說：“這是‘好’的。”', '他說：「這是『好』的。」'],
    bad: [['他說：一個”暴徒“。', '他說：一個“暴徒”。']],
  },
  'zh-TW': {
    ok: ['他說：「這是『好』的。」', '他說：“這是好的。”'],
    bad: [['他說：「這是好的。』', null]],
  },
  is: {
    ok: ['Hann sagði: „Þetta er ‚gott‘ svona.“'],
    bad: [['Hann sagði: „Þetta er „gott“ svona.“', 'Hann sagði: „Þetta er ‚gott‘ svona.“']],
  },
  ca: {
    ok: ['Va dir: «Això és “bo” així».'],
    bad: [['Va dir: „Això és bo així“.', 'Va dir: «Això és bo així».']],
  },
  gl: {
    ok: ['Dixo: «Isto é “bo” así».'],
    bad: [['Dixo: „Isto é bo así“.', 'Dixo: «Isto é bo así».']],
  },
  ko: {
    ok: ['그는 “이것은 ‘좋다’”라고 말했다.'],
    bad: [['그는 „좋다“라고 말했다.', '그는 “좋다”라고 말했다.']],
  },
  id: {
    ok: ['Dia berkata, “Ini ‘bagus’ sekali.”'],
    bad: [['Dia berkata, «Ini bagus sekali.»', 'Dia berkata, “Ini bagus sekali.”']],
  },
};

test('every profile has native and broken test text', () => {
  for (const tag of PROFILES.keys()) assert.ok(CASES[tag], `no test cases for profile ${tag}`);
});

test('profiles are found for region tags, falling back to the base language', () => {
  assert.equal(profileFor('de-CH')?.tag, 'de-CH');
  assert.equal(profileFor('de-AT')?.tag, 'de');
  assert.equal(profileFor('pt-BR')?.tag, 'pt-BR');
  assert.equal(profileFor('en-gb')?.tag, 'en-GB');
  assert.equal(profileFor('en-US')?.tag, 'en');
  assert.equal(profileFor('zh-Hant-TW')?.tag, 'zh-TW');
  assert.equal(profileFor('nb')?.tag, 'no');
  assert.equal(profileFor('xx'), undefined);
});

test('every profile names a source', () => {
  for (const p of PROFILES.values()) assert.ok(p.source.length > 20, `profile ${p.tag} has no source`);
});

for (const [lang, c] of Object.entries(CASES)) {
  test(`${lang}: native quotation marks stay silent`, () => {
    for (const text of c.ok) {
      const f = check(text, lang);
      assert.deepEqual(
        f.map((x) => x.message),
        [],
        `${lang}: ${text}`,
      );
    }
  });
  test(`${lang}: broken quotation marks are reported and fixed`, () => {
    for (const [text, fixed] of c.bad) {
      const f = check(text, lang);
      assert.ok(f.length > 0, `${lang}: nothing reported for ${text}`);
      const applied = applySafeFixes(text, f);
      if (fixed === null) {
        assert.equal(applied.applied, 0, `${lang}: no safe fix expected for ${text}`);
        continue;
      }
      assert.equal(applied.text, fixed, `${lang}: fixes of ${text}`);
      assert.deepEqual(check(applied.text, lang).map((x) => x.message), [], `${lang}: re-check of ${applied.text}`);
    }
  });
}
