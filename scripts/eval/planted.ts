/**
 * Recall of the source-aware checks on planted defects. Clean parallel articles are built from
 * PUD (twelve consecutive documents of a source language and the same twelve of a target
 * language, one paragraph each); one defect of a kind is planted in the target, and the check
 * (target with its source) must report it at the right place with the right rule:
 *
 *   number       a number of the target changed (a digit altered)        → numbers
 *   omission     a target sentence deleted                              → omission (or numbers, when its numbers go too)
 *   untranslated a target sentence replaced by its source sentence      → untranslated
 *   duplicate    a target sentence written twice                         → omission (added) or repetition
 *   placeholder  a placeholder ({count}, %s, %1$d) in both, dropped from the target → markup
 *   url          a URL in both, changed in the target                   → markup
 *   name         a name occurring twice in the target, one spelling changed → names
 *
 * Used by test/unit/bilingual-planted.test.ts (PUD slices, a few articles per kind) and by
 * `npm run eval` (the whole corpus).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import type { Finding } from '../../server/src/engine/types';
import { rng } from './rng';

export const KINDS = ['number', 'omission', 'untranslated', 'duplicate', 'placeholder', 'url', 'name'] as const;
export type Kind = (typeof KINDS)[number];

const RULES_FOR: Record<Kind, string[]> = {
  number: ['numbers'],
  omission: ['omission', 'numbers'],
  untranslated: ['untranslated'],
  duplicate: ['omission', 'repetition'],
  placeholder: ['markup'],
  url: ['markup'],
  name: ['names'],
};

function sentencesOf(text: string, lang: string): { start: number; end: number }[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: { start: number; end: number }[] = [];
  for (const s of seg.segment(text)) {
    const t = s.segment.trimEnd();
    if (t.trim()) out.push({ start: s.index, end: s.index + t.length });
  }
  return out;
}

export interface Planted {
  kind: Kind;
  source: string;
  target: string;
  /** Where the defect is: in the target (or, for omissions, the source sentence left out). */
  at: { side: 'source' | 'target'; start: number; end: number };
}

/** Plants one defect of `kind` into a clean pair; undefined when this pair offers no place for it. */
export function plant(kind: Kind, source: string, target: string, srcLang: string, tgtLang: string, rand: () => number): Planted | undefined {
  const paras = target.split('\n\n');
  const sParas = source.split('\n\n');
  const pick = <T,>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(rand() * xs.length)] : undefined);
  const paraStart = (ps: string[], i: number) => ps.slice(0, i).reduce((n, p) => n + p.length + 2, 0);
  switch (kind) {
    case 'number': {
      const cands: { start: number; end: number }[] = [];
      for (const m of target.matchAll(/(?<![\p{L}\p{N}.,])\d{1,4}(?![\p{L}\p{N}]|[.,]\d)/gu)) {
        if (source.includes(m[0])) cands.push({ start: m.index!, end: m.index! + m[0].length });
      }
      const c = pick(cands);
      if (!c) return undefined;
      const old = target.slice(c.start, c.end);
      const digit = old[old.length - 1]!;
      const repl = old.slice(0, -1) + String((Number(digit) + 3) % 10);
      return { kind, source, target: target.slice(0, c.start) + repl + target.slice(c.end), at: { side: 'target', start: c.start, end: c.start + repl.length } };
    }
    case 'omission': {
      // Delete one sentence of a paragraph that has several (the paragraph stays), the way MT drops one.
      const idx = paras.map((p, i) => ({ p, i, s: sentencesOf(p, tgtLang) })).filter((x) => x.s.length >= 2 && sentencesOf(sParas[x.i] ?? '', srcLang).length === x.s.length);
      const c = pick(idx);
      if (!c) return undefined;
      const k = Math.floor(rand() * c.s.length);
      const ss = sentencesOf(sParas[c.i]!, srcLang)[k]!;
      // A piece the splitter cut off ("Adnan Z." of "Adnan Z. Amin") is not a sentence, and the
      // rule reports nothing under 10 characters by design: plant elsewhere.
      if (sParas[c.i]!.slice(ss.start, ss.end).replace(/\s/g, '').length < 10) return undefined;
      const t = c.s[k]!;
      const np = (c.p.slice(0, t.start) + c.p.slice(k + 1 < c.s.length ? c.s[k + 1]!.start : t.end)).trim();
      const newParas = [...paras];
      newParas[c.i] = np;
      const base = paraStart(sParas, c.i);
      return { kind, source, target: newParas.join('\n\n'), at: { side: 'source', start: base + ss.start, end: base + ss.end } };
    }
    case 'untranslated':
    case 'duplicate': {
      const idx = paras.map((p, i) => ({ p, i, s: sentencesOf(p, tgtLang), ss: sentencesOf(sParas[i] ?? '', srcLang) })).filter((x) => x.s.length >= 1 && x.s.length === x.ss.length);
      const c = pick(idx);
      if (!c) return undefined;
      const k = Math.floor(rand() * c.s.length);
      const t = c.s[k]!;
      const base = paraStart(paras, c.i);
      if (kind === 'untranslated') {
        const s = c.ss[k]!;
        const src = sParas[c.i]!.slice(s.start, s.end);
        const np = c.p.slice(0, t.start) + src + c.p.slice(t.end);
        const newParas = [...paras];
        newParas[c.i] = np;
        return { kind, source, target: newParas.join('\n\n'), at: { side: 'target', start: base + t.start, end: base + t.start + src.length } };
      }
      const sent = c.p.slice(t.start, t.end);
      const np = c.p.slice(0, t.end) + ' ' + sent + c.p.slice(t.end);
      const newParas = [...paras];
      newParas[c.i] = np;
      return { kind, source, target: newParas.join('\n\n'), at: { side: 'target', start: base + t.end + 1, end: base + t.end + 1 + sent.length } };
    }
    case 'placeholder':
    case 'url': {
      // The same code appended to one paragraph on both sides; then dropped or changed in the target.
      const i = Math.floor(rand() * Math.min(paras.length, sParas.length));
      const code = kind === 'url' ? pick(['https://example.org/report-2016', 'www.example.com/news/item?id=42', 'https://data.example.net/series/7']) : pick(['{count}', '%s', '%1$d', '{{name}}']);
      if (!code) return undefined;
      const s2 = [...sParas];
      s2[i] = `${s2[i]} (${code})`;
      const t2 = [...paras];
      const changed = kind === 'url' ? code.replace(/\d/, (d) => String((Number(d) + 1) % 10)) : '';
      t2[i] = kind === 'url' ? `${t2[i]} (${changed})` : `${t2[i]} ()`;
      const base = paraStart(paras, i) + paras[i]!.length + 2;
      return { kind, source: s2.join('\n\n'), target: t2.join('\n\n'), at: { side: 'target', start: base - 1, end: base + changed.length + 1 } };
    }
    case 'name': {
      // A capitalised word of 5+ letters that occurs at least twice in the target, not sentence-initially.
      // Latin-script targets: a name the source writes the same way (so it is a name, not a
      // German noun); other scripts: any capitalised word.
      const latin = /^[\p{Script=Latin}]/u;
      const counts = new Map<string, number[]>();
      for (const m of target.matchAll(/(?<=[\p{Ll},;] )\p{Lu}\p{Ll}{4,}/gu)) {
        if (latin.test(m[0]) && !new RegExp(`(?<!\\p{L})${m[0]}(?!\\p{L})`, 'u').test(source)) continue;
        const l = counts.get(m[0]) ?? [];
        l.push(m.index!);
        counts.set(m[0], l);
      }
      const c = pick([...counts].filter(([, v]) => v.length >= 2));
      if (!c) return undefined;
      const [word, at] = c;
      const k = at[1 + Math.floor(rand() * (at.length - 1))]!;
      // A transliteration-like change in the stem: the last vowel before the final two letters
      // swapped (Kowalski → Kowolski, Клинтон → Клентон). Not in the last two letters, where
      // inflected languages put case endings: "Италие" for "Италия" is a wrong case form, not
      // another rendering of the name.
      const swaps: Record<string, string> = { a: 'o', e: 'i', i: 'y', o: 'a', u: 'o', y: 'i', а: 'о', о: 'а', е: 'и', и: 'е', у: 'ю', ы: 'и' };
      const stem = word.slice(0, -2);
      const v = stem.search(/[aeiouyаоеиуы](?=[^aeiouyаоеиуы]*$)/);
      if (v <= 0) return undefined;
      const variant = word.slice(0, v) + swaps[word[v]!]! + word.slice(v + 1);
      return { kind, source, target: target.slice(0, k) + variant + target.slice(k + word.length), at: { side: 'target', start: k, end: k + variant.length } };
    }
  }
}

function overlaps(f: { start: number; end: number }, at: { start: number; end: number }): boolean {
  return f.start <= at.end && f.end >= at.start;
}

/** Whether the check found the planted defect. */
export function detected(p: Planted, findings: Finding[], sourceFindings: Finding[]): boolean {
  const rules = RULES_FOR[p.kind];
  const list = p.at.side === 'source' ? sourceFindings : findings;
  if (list.some((f) => rules.includes(f.ruleId) && overlaps(f, p.at))) return true;
  // A finding on the other side whose related location is the planted place.
  const other = p.at.side === 'source' ? findings : sourceFindings;
  return other.some((f) => rules.includes(f.ruleId) && (f.related ?? []).some((r) => r.side === p.at.side && overlaps(r, p.at)));
}

export interface RecallRow {
  pair: string;
  kind: Kind;
  planted: number;
  found: number;
  /** Omissions: reported somewhere in the right paragraph (another sentence of it named as left out, or the paragraph as short). */
  inParagraph?: number;
  misses: string[];
}

/** An omission reported in the paragraph of the sentence left out, if not on that sentence. */
export function detectedInParagraph(p: Planted, findings: Finding[], sourceFindings: Finding[]): boolean {
  if (p.kind !== 'omission') return false;
  const before = p.source.lastIndexOf('\n\n', p.at.start);
  const after = p.source.indexOf('\n\n', p.at.end);
  const para = { start: before < 0 ? 0 : before + 2, end: after < 0 ? p.source.length : after };
  const rules = RULES_FOR[p.kind];
  return sourceFindings.some((f) => rules.includes(f.ruleId) && overlaps(f, para)) || findings.some((f) => rules.includes(f.ruleId) && (f.related ?? []).some((r) => r.side === 'source' && overlaps(r, para)));
}

/**
 * Plants `perKind` defects of each kind into articles of twelve consecutive documents of the
 * PUD files in `dir`, for each language pair, and reports recall per pair and kind.
 */
export function plantedRecall(dir: string, pairs: [string, string][], perKind: number, seed = 7): RecallRow[] {
  const engine = new Engine();
  const rows: RecallRow[] = [];
  for (const [src, tgt] of pairs) {
    const sDocs = readFileSync(join(dir, `${src}.txt`), 'utf8').split('\n').filter(Boolean);
    const tDocs = readFileSync(join(dir, `${tgt}.txt`), 'utf8').split('\n').filter(Boolean);
    const rand = rng(seed);
    for (const kind of KINDS) {
      const row: RecallRow = { pair: `${src}→${tgt}`, kind, planted: 0, found: 0, misses: [] };
      for (let tries = 0; row.planted < perKind && tries < perKind * 6; tries++) {
        const from = Math.floor(rand() * Math.max(1, Math.min(sDocs.length, tDocs.length) - 12));
        const source = sDocs.slice(from, from + 12).join('\n\n');
        const target = tDocs.slice(from, from + 12).join('\n\n');
        const p = plant(kind, source, target, src, tgt, rand);
        if (!p) continue;
        row.planted++;
        const r = engine.check({ text: p.target, config: mergeConfig({ language: tgt, sourceLanguage: [src] }), source: { text: p.source } });
        if (detected(p, r.findings, r.source?.findings ?? [])) row.found++;
        else if (detectedInParagraph(p, r.findings, r.source?.findings ?? [])) row.inParagraph = (row.inParagraph ?? 0) + 1;
        else row.misses.push(JSON.stringify((p.at.side === 'source' ? p.source : p.target).slice(Math.max(0, p.at.start - 30), p.at.end + 30)));
      }
      rows.push(row);
    }
  }
  return rows;
}
