/**
 * The length model of the aligner (server/src/engine/bilingual/length.ts), measured on PUD:
 *  - characters per English character of each language (for Chinese, Japanese and Korean, their
 *    own characters per English character not written in Latin letters or digits in their text);
 *  - the variance s² of a sentence's length around its expectation, per source character, over
 *    the sentences of documents that both sides cut into as many sentences;
 *  - how often the alignment of 12-document articles departs from sentence i ↔ sentence i in
 *    paragraphs cut into as many sentences on both sides (a proxy for alignment errors).
 * `npm run eval -- --only length` prints them beside the tables in length.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentText } from '../../server/src/engine/bilingual/segments';
import { alignSegments } from '../../server/src/engine/bilingual/align';
import { isCompact, lengthRatio, perEnglishChar } from '../../server/src/engine/bilingual/length';
import { mergeConfig } from '../../server/src/engine/config';

function counts(text: string): { len: number; latin: number } {
  let len = 0;
  let latin = 0;
  for (const ch of text) {
    if (/[\s\u00a0\ufffc\u200b]/u.test(ch)) continue;
    len++;
    if (/[\p{Script=Latin}\p{Nd}]/u.test(ch)) latin++;
  }
  return { len, latin };
}

export interface LengthRow {
  lang: string;
  factor: number;
  /** s² English → lang per sentence (undefined for English). */
  variance?: number;
  sentences: number;
}

export function measureLengths(dir: string, langs: readonly string[]): LengthRow[] {
  const docs = (l: string) => readFileSync(join(dir, `${l}.txt`), 'utf8').split('\n').filter(Boolean);
  const en = docs('en');
  const E = en.reduce((n, d) => n + counts(d).len, 0);
  const enSentences = en.map((d) => segmentText(d, 'plaintext', mergeConfig({ language: 'en' })).segments.map((s) => s.text));
  const rows: LengthRow[] = [];
  for (const lang of langs) {
    const D = docs(lang);
    let own = 0;
    let latin = 0;
    for (const d of D) {
      const c = counts(d);
      own += c.len - c.latin;
      latin += c.latin;
    }
    const factor = isCompact(lang) ? own / (E - latin) : (own + latin) / E;
    if (lang === 'en') {
      rows.push({ lang, factor, sentences: 0 });
      continue;
    }
    // Lengths as the aligner counts them: Latin letters at the factor in compact languages.
    const adj = (t: string) => {
      const c = counts(t);
      return isCompact(lang) ? c.len - c.latin + c.latin * factor : c.len;
    };
    const z: number[] = [];
    for (let i = 0; i < Math.min(D.length, en.length); i++) {
      const A = enSentences[i]!;
      const B = segmentText(D[i]!, 'plaintext', mergeConfig({ language: lang })).segments.map((s) => s.text);
      if (A.length !== B.length) continue;
      for (let k = 0; k < A.length; k++) {
        const ls = counts(A[k]!).len;
        const lt = adj(B[k]!);
        if (ls < 10 || lt < 3) continue;
        z.push((lt / factor - ls) / Math.sqrt((ls + lt / factor) / 2));
      }
    }
    rows.push({ lang, factor, variance: z.reduce((a, b) => a + b * b, 0) / Math.max(1, z.length), sentences: z.length });
  }
  return rows;
}

/** Share of sentences aligned off the diagonal in paragraphs with as many sentences on both sides. */
export function offDiagonal(dir: string, pairs: readonly [string, string][]): { checked: number; off: number } {
  let checked = 0;
  let off = 0;
  for (const [a, b] of pairs) {
    const A = readFileSync(join(dir, `${a}.txt`), 'utf8').split('\n').filter(Boolean);
    const B = readFileSync(join(dir, `${b}.txt`), 'utf8').split('\n').filter(Boolean);
    for (let k = 0; k + 12 <= Math.min(A.length, B.length); k += 12) {
      const S = segmentText(A.slice(k, k + 12).join('\n\n'), 'plaintext', mergeConfig({ language: a })).segments;
      const T = segmentText(B.slice(k, k + 12).join('\n\n'), 'plaintext', mergeConfig({ language: b })).segments;
      const byBlock = (xs: typeof S) => {
        const m = new Map<number, number[]>();
        for (const x of xs) m.set(x.block, [...(m.get(x.block) ?? []), x.index]);
        return m;
      };
      const sb = byBlock(S);
      const tb = byBlock(T);
      const gold = new Map<number, number>();
      for (const [blk, ss] of sb) {
        const tt = tb.get(blk);
        if (tt && tt.length === ss.length && ss.length > 1) ss.forEach((s, i) => gold.set(s, tt[i]!));
      }
      for (const p of alignSegments(S, T, a, b)) {
        for (const s of p.source) {
          if (!gold.has(s)) continue;
          checked++;
          if (!(p.source.length === 1 && p.target.length === 1 && p.target[0] === gold.get(s))) off++;
        }
      }
    }
  }
  return { checked, off };
}

export function formatLengths(rows: readonly LengthRow[]): string {
  return rows
    .map((r) => `${r.lang.padEnd(3)} factor ${r.factor.toFixed(3)} (length.ts ${perEnglishChar(r.lang).toFixed(3)}, ratio to en ${lengthRatio('en', r.lang).toFixed(3)})${r.variance !== undefined ? `  s² ${r.variance.toFixed(2)} over ${r.sentences} sentences` : ''}`)
    .join('\n');
}
