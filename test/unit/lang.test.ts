/**
 * Language identification: script first, Cyrillic and Latin alphabets, franc restricted to
 * candidates, document / block language, configured language winning weak disagreements,
 * source-language inference, caching.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mergeConfig } from '../../server/src/engine/config';
import { decideLanguages, detectLanguage, resolveCandidates, languageName, iso3ToBcp47, sameOrClose } from '../../server/src/engine/lang/index';
import { detectStats } from '../../server/src/engine/lang/detect';
import { trigramScores } from '../../server/src/engine/lang/trigrams';
import { francAll } from 'franc';
import { countScripts, dominantScript } from '../../server/src/engine/lang/scripts';
import { pudDocs, sample } from '../support/helpers';

const auto = mergeConfig();
const cands = resolveCandidates([]);
const detect = (t: string) => detectLanguage(t, cands).language;
const paragraphs = (t: string) => t.split(/\n\s*\n/).filter((p) => p.trim() !== '');
const fixture = (name: string) => readFileSync(new URL(`../data/lang/${name}`, import.meta.url), 'utf8');

test('script decides single-script languages without franc', () => {
  const cases: [string, string][] = [
    ['Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.', 'el'],
    ['הממשלה הודיעה היום על צעדים חדשים.', 'he'],
    ['მთავრობამ ახალი ზომები გამოაცხადა.', 'ka'],
    ['Կառավարությունը նոր միջոցներ հայտարարեց։', 'hy'],
    ['รัฐบาลประกาศมาตรการใหม่ในวันนี้', 'th'],
    ['정부는 오늘 새로운 조치를 발표했다.', 'ko'],
    ['政府は今日、新しい対策を発表した。', 'ja'],
    ['政府今天宣布了新的措施。', 'zh'],
  ];
  const before = detectStats.francCalls;
  for (const [text, lang] of cases) assert.equal(detect(text), lang, text);
  assert.equal(detectStats.francCalls, before, 'no franc call for script-decided text');
});

test('code-point script counting ignores digits, punctuation and masks', () => {
  const sc = countScripts('Привет, мир! 123 \uFFFC\uFFFC Hello');
  assert.equal(sc.counts.Cyrillic, 9);
  assert.equal(sc.counts.Latin, 5);
  assert.equal(sc.letters, 14);
  assert.equal(dominantScript(sc).script, 'Cyrillic');
});

test('Cyrillic languages are told apart by their alphabets', () => {
  const cases: [string, string][] = [
    ['Президент заявил, что страна больше не будет сдерживать мигрантов.', 'ru'],
    ['У неділю в Києві відкрили нову станцію метрополітену на лівому березі Дніпра.', 'uk'],
    ['У суботу ў Нацыянальным мастацкім музеі адкрылася выстава твораў беларускіх мастакоў.', 'be'],
    ['Правителството обяви нови мерки в подкрепа на земеделските производители.', 'bg'],
    ['Влада је у понедељак објавила нове мере за подршку пољопривредницима.', 'sr'],
    ['Владата во понеделникот објави нови мерки за поддршка на земјоделците.', 'mk'],
  ];
  for (const [text, lang] of cases) assert.equal(detect(text), lang, text);
});

test('Latin-script languages, including ones franc-min lacks (lt, lv, is)', () => {
  for (const f of ['lt', 'lv']) for (const p of paragraphs(fixture(`${f}.txt`)).slice(1)) assert.equal(detect(p), f, p);
  assert.equal(detect('Ríkisstjórnin kynnti í dag nýjar aðgerðir til að styðja við bændur sem urðu fyrir þurrkunum.'), 'is');
  assert.equal(detect('Vláda v pondělí představila nová opatření na podporu zemědělců, kteří byli postiženi suchem.'), 'cs');
});

test('ISO 639-3 codes map to BCP 47 and languages have English names', () => {
  assert.equal(iso3ToBcp47('lit'), 'lt');
  assert.equal(iso3ToBcp47('lvs'), 'lv');
  assert.equal(iso3ToBcp47('ekk'), 'et');
  assert.equal(iso3ToBcp47('arb'), 'ar');
  assert.equal(iso3ToBcp47('nob'), 'nb');
  assert.equal(languageName('lt'), 'Lithuanian');
  assert.equal(languageName('be'), 'Belarusian');
  assert.ok(sameOrClose('hr', 'sr') && sameOrClose('nb', 'da') && sameOrClose('de-CH', 'de'));
  assert.ok(!sameOrClose('cs', 'sk') && !sameOrClose('lt', 'lv'));
});

test('document language of monolingual fixtures, per-block languages follow the document', () => {
  for (const [f, lang] of [['lt.txt', 'lt'], ['lv.txt', 'lv'], ['uk.txt', 'uk'], ['be.txt', 'be'], ['bg.txt', 'bg'], ['nl.txt', 'nl']] as const) {
    const d = decideLanguages(paragraphs(fixture(f)), auto);
    assert.equal(d.documentLanguage, lang, f);
    assert.equal(d.documentLanguageSource, 'detected');
    assert.deepEqual(new Set(d.blockLanguages), new Set([lang]), f);
    assert.deepEqual(d.sourceLanguages, []);
  }
});

test('the delfi sample (Lithuanian news machine-translated into English) is English', () => {
  const text = sample();
  const d = decideLanguages(paragraphs(text), auto);
  assert.equal(d.documentLanguage, 'en');
  assert.ok(d.blockLanguages.every((l) => l === 'en'));
  // No leftovers and no distinctive spellings: nothing is claimed about the source.
  assert.deepEqual(d.sourceLanguages, []);
  assert.equal(d.inferredSource.filter((s) => s.confidence === 'high').length, 0);
});

test('foreign paragraphs get their own block language; the document keeps its own', () => {
  const d = decideLanguages(paragraphs(fixture('en-mixed.txt')), auto);
  assert.equal(d.documentLanguage, 'en');
  assert.deepEqual(d.blockLanguages, ['en', 'en', 'lt', 'en', 'ru', 'en', 'de', 'en']);
});

test('a configured language wins over weak disagreement, not over a whole foreign paragraph', () => {
  // Galician configured: Galician text that franc reads as Portuguese or Spanish stays Galician.
  const gl = pudDocs('gl').slice(0, 60);
  const weak = gl.filter((p) => detect(p) !== 'gl');
  assert.ok(weak.length > 0, 'the corpus has Galician paragraphs that franc alone misreads');
  const d = decideLanguages(weak, mergeConfig({ language: 'gl' }));
  assert.equal(d.documentLanguage, 'gl');
  assert.equal(d.documentLanguageSource, 'config');
  assert.deepEqual(new Set(d.blockLanguages), new Set(['gl']));
  // ...but a Lithuanian paragraph in an English-configured document is still Lithuanian.
  const mixed = decideLanguages(paragraphs(fixture('en-mixed.txt')), mergeConfig({ language: 'en' }));
  assert.equal(mixed.blockLanguages[2], 'lt');
});

test('configured candidate languages restrict detection', () => {
  const text = 'Organizatorių teigimu, per keturias dienas mugę gali aplankyti apie šešiasdešimt tūkstančių žmonių.';
  assert.equal(detectLanguage(text, resolveCandidates(['en', 'lt'])).language, 'lt');
  assert.equal(detectLanguage(text, resolveCandidates(['en', 'de'])).language === 'lt', false);
});

test('source language: inferred from leftovers of one language, configured wins, hints stay low', () => {
  const de = decideLanguages(paragraphs(fixture('de-mixed.txt')), auto);
  assert.deepEqual(de.sourceLanguages, ['en']);
  assert.equal(de.inferredSource[0]?.confidence, 'high');
  // Two leftover languages of similar size: no single source is claimed.
  const en = decideLanguages(paragraphs(fixture('en-mixed.txt')), auto);
  assert.deepEqual(en.sourceLanguages, []);
  // Configured source languages are passed through and nothing is inferred.
  const cfg = decideLanguages(paragraphs(fixture('de-mixed.txt')), mergeConfig({ sourceLanguage: ['fr'] }));
  assert.deepEqual(cfg.sourceLanguages, ['fr']);
  assert.deepEqual(cfg.inferredSource, []);
  // Spellings alone (Šimonytė, Bilotaitė: ė is only Lithuanian) are a low-confidence hint.
  const hint = en.inferredSource.find((s) => s.language === 'lt');
  assert.ok(hint && hint.evidence.some((e) => e.includes('Šimonytė')), JSON.stringify(en.inferredSource));
  const names = decideLanguages(['Prime Minister Ingrida Šimonytė met Agnė Bilotaitė and Gabrielius Landsbergis in Vilnius on Monday to discuss the budget.'], auto);
  assert.deepEqual(names.sourceLanguages, []);
  assert.equal(names.inferredSource[0]?.language, 'lt');
  assert.equal(names.inferredSource[0]?.confidence, 'low');
});

test('detection is cached per text', () => {
  const text = 'Pirmdien Rīgā tika atklāta jauna tramvaja līnija, kas savieno pilsētas centru ar Skanstes apkaimi.';
  detect(text);
  const calls = detectStats.francCalls;
  const hits = detectStats.cacheHits;
  detect(text);
  assert.equal(detectStats.francCalls, calls);
  assert.equal(detectStats.cacheHits, hits + 1);
});

test('empty and letter-less documents fall back to English', () => {
  const d = decideLanguages(['', '12345 — 678', '\uFFFC\uFFFC\uFFFC'], auto);
  assert.equal(d.documentLanguage, 'en');
  assert.equal(d.documentLanguageSource, 'fallback');
});

test('languageAt gives the language of a left-over sentence inside a block', async () => {
  const { languageAt } = await import('../../server/src/engine/lang/index');
  const text = 'Die Lokführergewerkschaft hat erneut zu einem Streik aufgerufen. The strike is expected to last until Friday morning, according to the union.';
  const cfg = mergeConfig({ language: 'de' });
  const block = { text, start: 100, language: 'de' };
  const ctx = { documentLanguage: 'de', config: cfg };
  assert.equal(languageAt(block, 100 + text.indexOf('strike'), ctx), 'en');
  assert.equal(languageAt(block, 100 + text.indexOf('Streik'), ctx), 'de');
});

test('a short Latin-script paragraph in a Japanese document keeps the document language, whatever its quotation marks', () => {
  // Found by the engine fuzz test (seed 2044008173): franc reads these five English words as
  // French ("the" is their only function word); the block became French, the quotes rule
  // asked for « », and once they were converted the block was Japanese again.
  const ja = mergeConfig({ language: 'ja' });
  const before = '政府は今日、新しい対策を発表した。';
  for (const q of ['„Ja“', '「Ja」', '« Ja »', '"Ja"', '“Ja”']) {
    const para = `protests. persons. ${q}August 9. the people `;
    const d = decideLanguages([before, para], ja);
    assert.equal(d.blockLanguages[1], 'ja', para);
    // The run is still foreign (another script: `untranslated` reports it), but its language
    // is only a guess: tentative, so no block language, no languageAt and no source language.
    const [span] = d.blockDetails[1]!.spans;
    assert.equal(span?.by, 'script', para);
    assert.equal(span?.tentative, true, para);
    assert.deepEqual(d.sourceLanguages, []);
  }
  // Strong evidence still gives a foreign block its language: an English paragraph with English
  // function words, and Russian (decided by its alphabet and function words).
  const en = decideLanguages([before, 'The ministry said on Monday that the new rules would apply to all of the companies in the sector.'], ja);
  assert.equal(en.blockLanguages[1], 'en');
  assert.equal(en.blockDetails[1]!.spans[0]?.tentative, undefined);
  const ru = decideLanguages([before, 'Министр заявил, что новые правила будут действовать для всех компаний отрасли.'], ja);
  assert.equal(ru.blockLanguages[1], 'ru');
});

test('the one-pass trigram scorer gives exactly franc\'s scores and order (4 scripts, long and short text)', () => {
  // detect.ts calls trigramScores instead of francAll (same model, same distance, one look-up
  // per trigram instead of one per trigram and candidate); it must not change any decision.
  let compared = 0;
  for (const [lang, script] of [['en', 'Latin'], ['cs', 'Latin'], ['pt', 'Latin'], ['ru', 'Cyrillic'], ['ar', 'Arabic'], ['hi', 'Devanagari']] as const) {
    const docs = pudDocs(lang).slice(0, 40);
    const only = cands.francOnly.get(script)!;
    for (const doc of [...docs, ...docs.map((d) => d.slice(0, 30)), docs.join(' ')]) {
      // What detect.ts passes: lower-case letters of the script, one space between words.
      let cleaned = '';
      for (const w of doc.toLowerCase().split(/\s+/)) {
        const letters = [...w].filter((ch) => countScripts(ch).counts[script]).join('');
        if (letters) cleaned += (cleaned ? ' ' : '') + letters;
      }
      if (!cleaned) continue;
      const expected = francAll(cleaned, { only, minLength: 1 }).filter(([iso]) => iso !== 'und');
      assert.deepEqual(trigramScores(cleaned, script, only), expected, `${lang}: ${cleaned.slice(0, 60)}`);
      compared++;
    }
  }
  assert.ok(compared > 400, `compared ${compared}`);
});
