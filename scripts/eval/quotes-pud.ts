/**
 * The quotes rule on the PUD corpus (professional translations of news and Wikipedia in 21
 * languages): it may report only real oddities of the text, each listed here with what is wrong,
 * and every listed oddity must still be reported. The tests run this on the slices in
 * test/data/pud (test/unit/quotes-pud.test.ts); `npm run eval` on the whole corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { quotesRule } from '../../server/src/engine/rules/quotes';
import type { Rule } from '../../server/src/engine/rule';

/**
 * language -> [text at the finding (finding start minus up to 12 chars), what is wrong, and
 * 'file' when it is an oddity only of the whole file read as one text (a straight quotation in a
 * file that is curly everywhere else)].
 */
export const ODDITIES: Record<string, [string, string, 'file'?][]> = {
  ar: [['وأضاف: "إنها', '" left unclosed (SOURCES.md, n01031021)']],
  cs: [["řekl, 'Mimochodem", "straight '…' nested in „…“ in a document that is curly everywhere else", 'file']],
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
    ['”不幸的是', '”…” (SOURCES.md, n01021007)'],
    ['中寫道。"最新', 'straight "…" in a document that is curly everywhere else', 'file'],
    ['人覺得"嘿', 'straight "…" in a document that is curly everywhere else', 'file'],
    ['“令人擔憂的問題"', 'mismatched “…" (SOURCES.md, n01042004)'],
    ['債務問題。"', 'mismatched “…" (SOURCES.md, n01082014)'],
    ['不應該被忽視。"', 'mismatched “…" (SOURCES.md, n01106015)'],
    ['一個”暴徒“', '”…“ turned the wrong way'],
    ['個”暴徒“。', '”…“ turned the wrong way'],
  ],
};

export interface QuotesOnPud {
  /** Findings that are not a listed oddity: false alarms. */
  unexpected: string[];
  /** Listed oddities present in the text that were not reported. */
  missing: string[];
  reported: number;
}

/**
 * Checks each file of `dir` per document (one line: an article, as users check them) or as one
 * text ('file': unrelated articles together, which tests the document-wide style judgements).
 */
export function quotesOnPud(dir: string, unit: 'document' | 'file'): QuotesOnPud {
  const engine = new Engine({ rules: [quotesRule as Rule] });
  const out: QuotesOnPud = { unexpected: [], missing: [], reported: 0 };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lang = file.slice(0, -4);
    const whole = readFileSync(join(dir, file), 'utf8');
    const known = (ODDITIES[lang] ?? []).filter(([, , scope]) => unit === 'file' || scope !== 'file');
    const seen = new Set<number>();
    const config = mergeConfig({ language: lang });
    for (const text of unit === 'file' ? [whole] : whole.split('\n').filter(Boolean)) {
      const findings = engine.check({ text, config }).findings;
      out.reported += findings.length;
      for (const f of findings) {
        const around = text.slice(Math.max(0, f.start - 12), f.end + 12);
        const k = known.findIndex(([snippet], idx) => !seen.has(idx) && around.includes(snippet));
        if (k < 0) out.unexpected.push(`${lang}: ${JSON.stringify(around)} — ${f.message}`);
        else seen.add(k);
      }
    }
    known.forEach(([snippet, why], idx) => {
      // Only what this text holds (the slices hold a quarter of the corpus).
      if (!seen.has(idx) && whole.includes(snippet)) out.missing.push(`${lang}: ${JSON.stringify(snippet)} (${why})`);
    });
  }
  return out;
}
