/**
 * Properties of the quotes rule on arbitrary text built from quotation marks, apostrophes,
 * letters of several scripts, digits, spaces and punctuation: findings stay inside the text,
 * every fix's edits are sorted and disjoint, and applying the safe fixes converges.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { applySafeFixes } from '../../server/src/engine/fixes';
import { quotesRule } from '../../server/src/engine/rules/quotes';
import type { Rule } from '../../server/src/engine/rule';

const engine = new Engine({ rules: [quotesRule as Rule] });
const PIECES = ['"', "'", '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›', '「', '」', ' ', ' ', '\u00a0', '\n', '\n\n', '.', ',', '!', '(', ')', '—', '5', '20', 'a', 'word', 'Jones', 'l', 'n', 's', 'мясо', 'Ärger', '字', '`x`'];
const LANGS = ['en', 'de', 'fr', 'ru', 'sv', 'pl', 'ja', 'zh', 'hi'];

test('findings are in range, fixes are well-formed, safe fixes converge', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.constantFrom(...LANGS), fc.constantFrom('plaintext' as const, 'markdown' as const), (parts, language, format) => {
      let text = parts.join('');
      for (let round = 0; round < 6; round++) {
        const findings = engine.check({ text, format, config: mergeConfig({ language }) }).findings;
        for (const f of findings) {
          assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `range of ${f.message}`);
          for (const fix of f.fixes) {
            for (let k = 0; k < fix.edits.length; k++) {
              const e = fix.edits[k]!;
              assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
              if (k > 0) assert.ok(fix.edits[k - 1]!.end <= e.start, 'edits sorted and disjoint');
            }
          }
        }
        const r = applySafeFixes(text, findings);
        if (r.applied === 0) return;
        text = r.text;
      }
      assert.fail(`safe fixes did not converge: ${JSON.stringify(parts.join(''))}`);
    }),
    { numRuns: 400, seed: 20261125 },
  );
});
