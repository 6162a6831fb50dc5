/**
 * Recall on planted stray punctuation: a mark (? ! ; : . ~ _ -) dropped into a sentence of a
 * clean PUD document, between two words of the sentence's middle (not the first two or last
 * two), in one of four shapes — standing alone ("the ? law"), glued to the word before ("the?
 * law"), glued to the word after ("the ?law"), or inside a word of five letters or more
 * ("gov?ernment") — the way perturbation benchmarks plant them. Found when a finding (any rule;
 * the `punctuation` rule's share is printed too) covers the mark. False alarms of the rule on
 * the clean corpus are in the false-alarms section.
 */
import { Engine, mergeConfig } from '../../server/src/engine/index';
import { eachSentence } from './plant';

export const STRAY_MARKS = ['?', '!', ';', ':', '.', '~', '_', '-'] as const;
export const STRAY_SHAPES = ['alone', 'after-word', 'before-word', 'inside-word'] as const;

export interface StrayRow {
  lang: string;
  mark: string;
  shape: string;
  planted: number;
  found: number;
  byRule: number;
}

export function strayRecall(dir: string, langs: readonly string[], perLang: number, seed = 5): StrayRow[] {
  const engine = new Engine();
  const rows = new Map<string, StrayRow>();
  eachSentence(dir, langs, perLang, seed, { tries: 10, skipBlank: false }, ({ lang, doc, s, rand }) => {
    // Word boundaries inside the sentence: spaces between two letters.
    const words = [...s.segment.matchAll(/[\p{L}\p{M}]+/gu)];
    if (words.length < 8) return false;
    const k = 2 + Math.floor(rand() * (words.length - 4));
    const mark = STRAY_MARKS[Math.floor(rand() * STRAY_MARKS.length)]!;
    const shape = STRAY_SHAPES[Math.floor(rand() * STRAY_SHAPES.length)]!;
    const w = words[k]!;
    const wEnd = s.index + w.index! + w[0].length;
    const wStart = s.index + w.index!;
    let text: string;
    let at: number;
    if (shape === 'inside-word') {
      if (w[0].length < 5) return false;
      at = wStart + 2 + Math.floor(rand() * (w[0].length - 3));
      text = doc.slice(0, at) + mark + doc.slice(at);
    } else if (shape === 'after-word') {
      if (doc[wEnd] !== ' ') return false;
      at = wEnd;
      text = doc.slice(0, at) + mark + doc.slice(at);
    } else if (shape === 'alone') {
      if (doc[wEnd] !== ' ') return false;
      at = wEnd + 1;
      text = doc.slice(0, at) + mark + ' ' + doc.slice(at);
    } else {
      if (doc[wEnd] !== ' ') return false;
      at = wEnd + 1;
      text = doc.slice(0, at) + mark + doc.slice(at);
    }
    const r = engine.check({ text, config: mergeConfig({ language: lang }) });
    const hits = r.findings.filter((f) => f.start <= at && f.end >= at + 1);
    const key = `${lang}\t${mark}\t${shape}`;
    const row = rows.get(key) ?? { lang, mark, shape, planted: 0, found: 0, byRule: 0 };
    row.planted++;
    if (hits.length) row.found++;
    if (hits.some((f) => f.ruleId === 'punctuation')) row.byRule++;
    rows.set(key, row);
    return true;
  });
  return [...rows.values()];
}

export function formatStray(rows: readonly StrayRow[]): string {
  const sum = (f: (r: StrayRow) => boolean) => {
    const rs = rows.filter(f);
    const p = rs.reduce((n, r) => n + r.planted, 0);
    const found = rs.reduce((n, r) => n + r.found, 0);
    const by = rs.reduce((n, r) => n + r.byRule, 0);
    return `${found}/${p} = ${((100 * found) / Math.max(1, p)).toFixed(0)} % (punctuation rule ${((100 * by) / Math.max(1, p)).toFixed(0)} %)`;
  };
  const out = [`all       ${sum(() => true)}`];
  for (const m of STRAY_MARKS) out.push(`mark ${m}    ${sum((r) => r.mark === m)}`);
  for (const s of STRAY_SHAPES) out.push(`${s.padEnd(12)} ${sum((r) => r.shape === s)}`);
  const langs = [...new Set(rows.map((r) => r.lang))];
  out.push(langs.map((l) => `${l} ${sum((r) => r.lang === l).split(' (')[0]}`).join(', '));
  return out.join('\n');
}
