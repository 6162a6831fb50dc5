/**
 * Language packs (server/src/engine/languages/<tag>/pack.ts): every folder is registered, the
 * data is well-formed, and each pack's own cases hold — for every rule whose data the pack
 * provides, a text in the language that the rule reports (the data is used) and native text it
 * leaves alone (the data does not overreach).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKS, WRITTEN_PACKS, pack } from '../../server/src/engine/languages/index';
import type { LanguagePack } from '../../server/src/engine/languages/types';
import { check, ROOT } from '../support/helpers';
import { DOC, PACKAGE_JSON, withLanguageChoices, withTable } from '../../scripts/languages-table';
import ts from 'typescript';

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
  lexicon: 'untranslated',
};

test('every language folder is a registered pack, and every pack has its folder', () => {
  const folders = readdirSync(DIR).filter((f) => statSync(join(DIR, f)).isDirectory()).sort();
  assert.deepEqual([...WRITTEN_PACKS.map((p) => p.tag)].sort(), folders);
  assert.equal(new Set(WRITTEN_PACKS.map((p) => p.tag)).size, WRITTEN_PACKS.length, 'one pack per tag');
});

test('a pack that inherits takes the fields it does not set (Bokmål and Nynorsk from Norwegian), not the cases', () => {
  for (const p of WRITTEN_PACKS) if (p.inherits) assert.ok(pack(p.inherits), `${p.tag} inherits from ${p.inherits}, which has no pack`);
  assert.equal(pack('nb')!.quotes, pack('no')!.quotes);
  assert.equal(pack('nn')!.scaleWords, pack('no')!.scaleWords);
  assert.equal(pack('nb')!.ordinalDot, true);
  assert.equal(pack('nb')!.cases, undefined);
  const f = check('Regjeringen bevilget 2.5 millioner kroner til prosjektet.', { language: 'nb' }).findings.filter((x) => x.ruleId === 'typography');
  assert.equal(f.length, 1);
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
  for (const p of WRITTEN_PACKS) {
    test(p.tag, () => {
      const cases = p.cases ?? [];
      for (const [field, rule] of Object.entries(RULE_OF)) {
        if (p[field as keyof LanguagePack] === undefined) continue;
        const mine = cases.filter((c) => c.rule === rule);
        assert.ok(mine.some((c) => c.flag?.length), `${p.tag}: ${field} is data for ${rule}, but no case shows ${rule} reporting something`);
        assert.ok(mine.some((c) => c.quiet?.length), `${p.tag}: ${field} is data for ${rule}, but no native control for ${rule}`);
      }
      for (const c of cases) {
        for (const text of c.flag ?? []) {
          const got = check(text, { language: c.in ?? p.tag }).findings.filter((f) => c.rule === '*' || f.ruleId === c.rule);
          assert.ok(got.length > 0, `${p.tag} ${c.rule} should report: ${text} (${c.why})`);
        }
        for (const text of c.quiet ?? []) {
          const got = check(text, { language: c.in ?? p.tag }).findings.filter((f) => (c.rule === '*' || f.ruleId === c.rule) && f.severity !== 'hint');
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

test('every boilerplate notice of a pack is found at the end of the pack\'s own native text', () => {
  for (const p of WRITTEN_PACKS) {
    const native = p.cases?.find((c) => c.rule === '*')?.quiet?.[0];
    for (const notice of p.boilerplate?.strong ?? []) {
      assert.ok(native, `${p.tag}: has boilerplate but no native ('*') text to test it on`);
      const text = `${native}\n\n© 2024 ${notice[0]!.toLocaleUpperCase(p.tag)}${notice.slice(1)}.`;
      const got = check(text, { language: p.tag }).findings.filter((f) => f.ruleId === 'artifact' && f.start > native.length);
      assert.equal(got.length, 1, `${p.tag}: "${notice}" at the end of an article is not reported`);
    }
  }
});

test('package.json offers every pack language (and its regional variants) as a choice of calque.language, and every rule as a key of calque.rules (npm run languages:table)', () => {
  const text = readFileSync(PACKAGE_JSON, 'utf8');
  assert.equal(text, withLanguageChoices(text), 'the calque.language choices are out of date: run npm run languages:table');
  const prop = (JSON.parse(text) as { contributes: { configuration: { properties: Record<string, { enum?: string[]; enumDescriptions?: string[] }> } } }).contributes.configuration.properties['calque.language']!;
  for (const t of ['auto', 'en', 'lt', 'de-CH', 'pt-BR']) assert.ok(prop.enum!.includes(t), t);
  assert.equal(prop.enum!.length, prop.enumDescriptions!.length);
  // calque.rules: a key per rule with a drop-down of severities (the Settings UI's table).
  const rules = (JSON.parse(text) as { contributes: { configuration: { properties: Record<string, { properties?: Record<string, { enum: string[] }> }> } } }).contributes.configuration.properties['calque.rules']!.properties!;
  for (const id of ['idiom', 'quotes', 'names', 'untranslated', 'numbers', 'terminology']) assert.deepEqual(rules[id]?.enum, ['off', 'error', 'warning', 'info', 'hint'], id);
  // Every setting has its place in the Settings UI (not alphabetical): enable, language, source language first.
  const all = (JSON.parse(text) as { contributes: { configuration: { properties: Record<string, { order?: number }> } } }).contributes.configuration.properties;
  const orders = Object.values(all).map((x) => x.order);
  assert.ok(orders.every((o) => typeof o === 'number') && new Set(orders).size === orders.length, 'each setting has its own order');
  assert.deepEqual(Object.entries(all).sort((a, b) => a[1].order! - b[1].order!).slice(0, 3).map(([k]) => k), ['calque.enable', 'calque.language', 'calque.sourceLanguage']);
});

test('docs/languages.md carries the coverage table of the current packs (npm run languages:table)', () => {
  const doc = readFileSync(DOC, 'utf8');
  assert.equal(doc, withTable(doc), 'the coverage table is out of date: run npm run languages:table');
});

/**
 * Shared tables that list languages on purpose (not a language's knowledge): the script each
 * language is written in, a fact of the Unicode/CLDR likely-subtags kind.
 */
const SHARED_TABLES = new Set(['lang/scripts.ts CYRILLIC_LANGS']);

test('no per-language table outside the packs: literals listing three or more languages are only the shared tables', () => {
  const tags = new Set(WRITTEN_PACKS.map((p) => p.tag));
  const engine = join(ROOT, 'server', 'src', 'engine');
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) {
        if (f !== 'languages') walk(path);
        continue;
      }
      if (!f.endsWith('.ts')) continue;
      const rel = path.slice(engine.length + 1).replace(/\\/g, '/');
      const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
      const owner = (n: ts.Node): string => {
        for (let p: ts.Node | undefined = n; p; p = p.parent) if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
        return '?';
      };
      const visit = (n: ts.Node): void => {
        let langs: string[] = [];
        let size = 0;
        if (ts.isArrayLiteralExpression(n)) {
          langs = n.elements.filter(ts.isStringLiteral).map((e) => e.text).filter((x) => tags.has(x));
          size = n.elements.length;
        } else if (ts.isObjectLiteralExpression(n)) {
          const keys = n.properties.filter(ts.isPropertyAssignment).map((p) => (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : ''));
          langs = keys.filter((k) => tags.has(k));
          size = keys.length;
        }
        if (langs.length >= 3 && langs.length >= 0.6 * size && !SHARED_TABLES.has(`${rel} ${owner(n)}`)) {
          found.push(`${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} ${owner(n)} (${langs.slice(0, 6).join(' ')} …)`);
        }
        n.forEachChild(visit);
      };
      visit(sf);
    }
  };
  walk(engine);
  assert.deepEqual(found, [], 'per-language data belongs in server/src/engine/languages/<tag>/pack.ts');
});
