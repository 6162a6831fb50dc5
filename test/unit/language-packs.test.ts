/**
 * Language packs (server/src/engine/languages/<tag>/pack.ts): every folder is registered, the
 * data is well-formed, and each pack's own cases hold — for every rule whose data the pack
 * provides, a text in the language that the rule reports (the data is used) and native text it
 * leaves alone (the data does not overreach).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKS } from '../../server/src/engine/languages/index';
import type { LanguagePack } from '../../server/src/engine/languages/types';
import { check, ROOT } from '../support/helpers';

const DIR = join(ROOT, 'server', 'src', 'engine', 'languages');

/** Which rule reads a field: a pack with the field needs a case (flag and quiet) for the rule. */
const RULE_OF: Partial<Record<keyof LanguagePack, string>> = {
  abbreviations: 'capitalization',
  quotes: 'quotes',
  scaleWords: 'typography',
  punctuation: 'punctuation',
  repetition: 'repetition',
  stubPrefixes: 'artifact',
  standaloneWords: 'fragment',
};

test('every language folder is a registered pack, and every pack has its folder', () => {
  const folders = readdirSync(DIR).filter((f) => statSync(join(DIR, f)).isDirectory()).sort();
  assert.deepEqual([...PACKS.map((p) => p.tag)].sort(), folders);
  assert.equal(new Set(PACKS.map((p) => p.tag)).size, PACKS.length, 'one pack per tag');
});

test('word lists are lower case where the rules compare lower case, without duplicates', () => {
  for (const p of PACKS) {
    for (const field of ['abbreviations', 'scaleWords', 'stubPrefixes'] as const) {
      const list = p[field];
      if (!list) continue;
      assert.deepEqual(list.filter((x) => x !== x.toLowerCase()), [], `${p.tag}.${field}: lower case`);
      const dup = list.filter((x, i) => list.indexOf(x) !== i);
      assert.deepEqual(dup, [], `${p.tag}.${field}: duplicates`);
    }
    for (const field of ['oneLetterWords', 'standaloneWords', 'functionWords'] as const) {
      const s = p[field];
      if (s !== undefined) assert.equal(s, s.toLowerCase().trim().replace(/\s+/g, ' '), `${p.tag}.${field}: lower case, single spaces`);
    }
  }
});

describe('each pack: its cases hold, and every rule it has data for has a positive case and a native control', () => {
  for (const p of PACKS) {
    test(p.tag, () => {
      const cases = p.cases ?? [];
      for (const [field, rule] of Object.entries(RULE_OF)) {
        if (p[field as keyof LanguagePack] === undefined || !cases.length) continue; // TODO(issue 17): every pack
        const mine = cases.filter((c) => c.rule === rule);
        assert.ok(mine.some((c) => c.flag?.length), `${p.tag}: ${field} is data for ${rule}, but no case shows ${rule} reporting something`);
        assert.ok(mine.some((c) => c.quiet?.length), `${p.tag}: ${field} is data for ${rule}, but no native control for ${rule}`);
      }
      for (const c of cases) {
        for (const text of c.flag ?? []) {
          const got = check(text, { language: p.tag }).findings.filter((f) => c.rule === '*' || f.ruleId === c.rule);
          assert.ok(got.length > 0, `${p.tag} ${c.rule} should report: ${text} (${c.why})`);
        }
        for (const text of c.quiet ?? []) {
          const got = check(text, { language: p.tag }).findings.filter((f) => (c.rule === '*' || f.ruleId === c.rule) && f.severity !== 'hint');
          assert.deepEqual(
            got.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}: ${f.message}`),
            [],
            `${p.tag} ${c.rule} should stay quiet: ${text} (${c.why})`,
          );
        }
      }
    });
  }
});
