/**
 * Precision on clean text: the PUD corpus (professional translations of news and Wikipedia in
 * 21 languages, /work/shared/corpora/pud). The quotes rule may report only real oddities of the
 * source, each listed here with what is wrong; every listed oddity must still be reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { quotesRule } from '../../server/src/engine/rules/quotes';
import type { Rule } from '../../server/src/engine/rule';

const DIR = new URL('../../../shared/corpora/pud/', import.meta.url);

/** language -> [text at the finding (finding start minus up to 12 chars), what is wrong]. */
const ODDITIES: Record<string, [string, string][]> = {
  ar: [['وأضاف: "إنها', '" left unclosed (SOURCES.md, n01031021)']],
  cs: [["řekl, 'Mimochodem", "straight '…' nested in „…“ in a document that is curly everywhere else"]],
  de: [['hat. „Ich weiß', '„ left unclosed (SOURCES.md, n01059025)']],
  fi: [
    ['”kiista"', 'mismatched ”…" (SOURCES.md, n01030005)'],
    ['projektissa"', 'mismatched ”…" (SOURCES.md, n01092040)'],
  ],
  fr: [
    ["pas,» a publié", 'no space before » where the rest of the text has one'],
    ['contre l‘intrusion', '‘ used as an apostrophe'],
    ['à l’ empêchement', 'space after an elided article'],
    ['peut «lire', 'no space inside « » where the rest of the text has one'],
    ['pensées» en', 'no space inside « » where the rest of the text has one'],
    ['Porte-d’ Or', 'space after an elided article'],
    ['de l‘Âge', '‘ used as an apostrophe'],
  ],
  gl: [['nome “Caribe"', 'mismatched “…" (SOURCES.md, w01045002)']],
  id: [
    ["bilang,' Hei", "the space is on the wrong side of both ' marks"],
    ["ini? '\" ujar", "the space is on the wrong side of both ' marks"],
    ['Chris: "Saya', 'mismatched "…“ (SOURCES.md, n01072021)'],
    ['dari kamu. “', 'mismatched "…“ (SOURCES.md, n01072021)'],
  ],
  is: [
    ['eitthvað „vibbalegt“', '„…“ nested in „…“ (Icelandic nests ‚…‘)'],
    ['Australia „heyrið annars', '„…“ nested in „…“ (Icelandic nests ‚…‘)'],
  ],
  ko: [
    ['누군가가 "이봐', 'mismatched "…\' (SOURCES.md, n01028022)'],
    ['수 있다."', 'mismatched “…" (SOURCES.md, n01082014)'],
    ['호플리는 "정치적', 'mismatched "…” (SOURCES.md, n01106015)'],
    ['않았어요"라고', 'mismatched “…" (SOURCES.md, n01122024)'],
  ],
  pt: [
    ['ela, "vocês', '" left unclosed (SOURCES.md, n01060069)'],
    ['nome “Caribe"', 'mismatched “…" (SOURCES.md, w01045002)'],
  ],
  sv: [
    ['fader. " Då', 'a space before the closing "'],
    ['stallet. "', 'a space before the closing "'],
    ['barn. "', 'a space before the closing "'],
  ],
  th: [
    ['และ “เปี่ยม', '“ left unclosed (SOURCES.md, n01052006)'],
    ['ว่า "ตัวตลก', 'mismatched "…” (SOURCES.md, n05005002)'],
  ],
  zh: [
    ['"雖然美國', 'mismatched "…” (SOURCES.md, n01001011)'],
    ['億美元。”我們', '”…，” (SOURCES.md, n01005024)'],
    ['機會。\n\n”不幸', '”…” (SOURCES.md, n01021007)'],
    ['中寫道。"最新', 'straight "…" in a document that is curly everywhere else'],
    ['人覺得"嘿', 'straight "…" in a document that is curly everywhere else'],
    ['“令人擔憂的問題"', 'mismatched “…" (SOURCES.md, n01042004)'],
    ['問題。"\n\n她', 'mismatched “…" (SOURCES.md, n01082014)'],
    ['忽視。"\n\n大眾', 'mismatched “…" (SOURCES.md, n01106015)'],
    ['一個”暴徒“', '”…“ turned the wrong way'],
    ['個”暴徒“。', '”…“ turned the wrong way'],
  ],
};

test('PUD: the quotes rule reports only the real oddities of the corpus', () => {
  const engine = new Engine({ rules: [quotesRule as Rule] });
  const unexpected: string[] = [];
  const missing: string[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const lang = file.slice(0, -4);
    const text = readFileSync(new URL(file, DIR), 'utf8');
    const findings = engine.check({ text, config: mergeConfig({ language: lang }) }).findings;
    const known = ODDITIES[lang] ?? [];
    const seen = new Set<number>();
    for (const f of findings) {
      const around = text.slice(Math.max(0, f.start - 12), f.end + 12);
      const k = known.findIndex(([snippet], idx) => !seen.has(idx) && around.includes(snippet));
      if (k < 0) unexpected.push(`${lang}: ${JSON.stringify(around)} — ${f.message}`);
      else seen.add(k);
    }
    known.forEach(([snippet, why], idx) => {
      if (!seen.has(idx)) missing.push(`${lang}: ${JSON.stringify(snippet)} (${why})`);
    });
  }
  assert.deepEqual(unexpected, [], 'false alarms on clean text');
  assert.deepEqual(missing, [], 'known oddities no longer reported');
});
