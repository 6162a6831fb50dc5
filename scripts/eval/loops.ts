/**
 * Recall on planted decoder loops in clean PUD documents, target only (no source): a phrase of
 * four to eight words of a sentence repeated right after itself ("phrase"), the same after a
 * comma ("phrase-comma"), three times ("triple"), or a whole sentence written twice
 * ("sentence"). Found when a `repetition` finding covers the copy. False alarms of the rule on
 * the clean corpus are in the false-alarms section.
 */
import { Engine, mergeConfig } from '../../server/src/engine/index';
import { eachSentence, tally } from './plant';

export const LOOP_SHAPES = ['phrase', 'phrase-comma', 'triple', 'sentence'] as const;

export interface LoopRow {
  lang: string;
  shape: string;
  planted: number;
  found: number;
}

export function loopRecall(dir: string, langs: readonly string[], perLang: number, seed = 3): LoopRow[] {
  const engine = new Engine();
  const rows = new Map<string, LoopRow>();
  eachSentence(dir, langs, perLang, seed, { tries: 10, skipBlank: true }, ({ lang, doc, s, rand }) => {
    const shape = LOOP_SHAPES[Math.floor(rand() * LOOP_SHAPES.length)]!;
    let text: string;
    let at: { start: number; end: number };
    if (shape === 'sentence') {
      const body = s.segment.trimEnd();
      if (body.split(/\s+/).length < 5) return false;
      const end = s.index + body.length;
      text = doc.slice(0, end) + ' ' + body + doc.slice(end);
      at = { start: end + 1, end: end + 1 + body.length };
    } else {
      const words = [...s.segment.matchAll(/\S+/gu)];
      const n = 4 + Math.floor(rand() * 5);
      if (words.length < n + 2) return false;
      const k = Math.floor(rand() * (words.length - n - 1));
      const from = s.index + words[k]!.index!;
      const last = words[k + n - 1]!;
      // The phrase without the punctuation its last word carries.
      const to = s.index + last.index! + last[0].replace(/[^\p{L}\p{N}]+$/u, '').length;
      if (to <= from) return false;
      const phrase = doc.slice(from, to);
      const sep = shape === 'phrase-comma' ? ', ' : ' ';
      const copies = shape === 'triple' ? 2 : 1;
      const insert = (sep + phrase).repeat(copies);
      text = doc.slice(0, to) + insert + doc.slice(to);
      at = { start: to + sep.length, end: to + insert.length };
    }
    const r = engine.check({ text, config: mergeConfig({ language: lang }) });
    tally(rows, lang, shape, r.findings.some((f) => f.ruleId === 'repetition' && f.start < at.end && f.end > at.start));
    return true;
  });
  return [...rows.values()];
}

export function formatLoops(rows: readonly LoopRow[], shapes: readonly string[] = LOOP_SHAPES): string {
  const sum = (f: (r: LoopRow) => boolean) => {
    const rs = rows.filter(f);
    const p = rs.reduce((n, r) => n + r.planted, 0);
    const found = rs.reduce((n, r) => n + r.found, 0);
    return `${found}/${p} = ${((100 * found) / Math.max(1, p)).toFixed(0)} %`;
  };
  const out = [`all          ${sum(() => true)}`];
  for (const s of shapes) out.push(`${s.padEnd(12)} ${sum((r) => r.shape === s)}`);
  out.push([...new Set(rows.map((r) => r.lang))].map((l) => `${l} ${sum((r) => r.lang === l)}`).join(', '));
  return out.join('\n');
}
