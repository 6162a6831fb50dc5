import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { tokenize, intlTokenize } from '../../server/src/engine/segment';
import * as segmentModule from '../../server/src/engine/segment';
import { PUD } from '../support/helpers';

const shape = (ts: ReturnType<typeof tokenize>) => ts.map((t) => `${t.start}-${t.end}${t.isWord ? 'w' : 'p'}`).join(' ');

describe('tokenisation: the fast path equals Intl.Segmenter', () => {
  test('on every paragraph of the PUD slices (21 languages)', () => {
    const dir = PUD;
    let paragraphs = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const lang = f.slice(0, -4);
      for (const p of readFileSync(join(dir, f), 'utf8').split('\n\n')) {
        assert.equal(shape(tokenize(p, 0, lang)), shape(intlTokenize(p, 0, lang)), `${lang}: ${p.slice(0, 80)}`);
        paragraphs++;
      }
    }
    assert.ok(paragraphs > 2000, `${paragraphs} paragraphs`);
  });
  test('on random strings of letters, digits, apostrophes, stops, colons, marks and spaces', () => {
    const alphabet = ['a', 'B', 'é', 'ж', 'Ω', 'ع', '1', '٣', '.', ',', ';', ':', "'", '’', '‘', '·', '_', '-', ' ', '\n', '\u0301', '“', '”', '«', '»', '!', '?', '(', 'I', 'İ', 'ı'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.constantFrom('en', 'tr', 'ru', 'ar', 'de'), (chars, lang) => {
        const s = chars.join('');
        assert.equal(shape(tokenize(s, 0, lang)), shape(intlTokenize(s, 0, lang)), JSON.stringify(s));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });
  test('on random strings of Hangul next to digits, Latin, punctuation and marks (Korean has its own fast path)', () => {
    const alphabet = ['한', '국', '어', 'ㄱ', 'ㅏ', '가', '1', '5', ',', '.', ':', "'", '’', '_', '-', ' ', '\n', 'U', 'b', '\u0301', '\u302E', '(', ')', '“', '”', '·', '\u200d'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        assert.equal(shape(tokenize(s, 0, 'ko')), shape(intlTokenize(s, 0, 'ko')), JSON.stringify(s));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });
  test('lower-casing is Turkish-aware', () => {
    assert.deepEqual(tokenize('İstanbul IRMAK', 0, 'tr').map((t) => t.lower), ['istanbul', 'ırmak']);
    assert.deepEqual(tokenize('Istanbul', 0, 'en').map((t) => t.lower), ['istanbul']);
  });
});

describe('sentences: a closing quotation mark after a space ends the sentence it closes', () => {
  const split = (t: string, lang: string) => {
    const { sentences } = segmentModule;
    return sentences(t, 0, lang, tokenize(t, 0, lang)).map((s) => t.slice(s.start, s.end));
  };
  test('French spacing « … » and nested marks; German »…« opens with », so » after a sentence stays with the next', () => {
    assert.deepEqual(split('Il a dit : « nous verrons. » La ville attend.', 'fr'), ['Il a dit : « nous verrons. »', 'La ville attend.']);
    assert.deepEqual(split('Il a dit : « nous verrons.\u00a0» La ville attend.', 'fr'), ['Il a dit : « nous verrons.\u00a0»', 'La ville attend.']);
    assert.deepEqual(split('« Non. » « Oui. » Fin.', 'fr'), ['« Non. »', '« Oui. »', 'Fin.']);
    assert.deepEqual(split('Han sagde: »Vi får se.« Byen venter.', 'da'), ['Han sagde: »Vi får se.«', 'Byen venter.']);
    assert.deepEqual(split('He said “we will see.” Die Stadt wartet ab.', 'en'), ['He said “we will see.”', 'Die Stadt wartet ab.']);
  });
});
