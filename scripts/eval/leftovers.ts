/**
 * Recall on planted word-level leftovers, the way code-mixing benchmarks build them: in a
 * sentence of a clean English PUD document, one word of the middle (not the first or the last
 * two) is replaced by a word of the aligned source-language document (PUD is one set of
 * sentences in 21 languages) — a random lower-case word of three letters or more, or, for
 * languages without case, any word — and the text is checked as English, without the source
 * language (`with source`: with `sourceLanguage` set). Found when an `untranslated` finding
 * covers the word. Short sentences: a sentence of 6–10 words of the source document put after
 * the English sentence, found when `untranslated` findings cover 60 % of its letters. The clean
 * corpus's false alarms are in the false-alarms and native sections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, mergeConfig } from '../../server/src/engine/index';
import { rng } from './rng';

export interface LeftoverRow {
  lang: string;
  planted: number;
  found: number;
  withSource: number;
  /** A whole source sentence of 6–10 words put after an English sentence. */
  sentences: number;
  sentencesFound: number;
}

const CASED = /^\p{Ll}[\p{L}\p{M}]{2,}$/u;
const UNCASED = /^[\p{L}\p{M}]{2,}$/u;

export function leftoverRecall(dir: string, sources: readonly string[], perLang: number, seed = 11): LeftoverRow[] {
  const engine = new Engine();
  const en = readFileSync(join(dir, 'en.txt'), 'utf8').split('\n').filter(Boolean);
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: LeftoverRow[] = [];
  for (const lang of sources) {
    const docs = readFileSync(join(dir, `${lang}.txt`), 'utf8').split('\n').filter(Boolean);
    const wordSeg = new Intl.Segmenter(lang, { granularity: 'word' });
    const rand = rng(seed);
    const row: LeftoverRow = { lang, planted: 0, found: 0, withSource: 0, sentences: 0, sentencesFound: 0 };
    const sentSeg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    for (let tries = 0; row.planted < perLang && tries < perLang * 20; tries++) {
      const i = Math.floor(rand() * Math.min(docs.length, en.length));
      const srcWords = [...wordSeg.segment(docs[i]!)].filter((s) => s.isWordLike).map((s) => s.segment);
      const cased = srcWords.some((w) => w !== w.toLowerCase());
      const pool = srcWords.filter((w) => (cased ? CASED : UNCASED).test(w));
      if (!pool.length) continue;
      const word = pool[Math.floor(rand() * pool.length)]!;
      const doc = en[i]!;
      const sentences = [...seg.segment(doc)];
      const s = sentences[Math.floor(rand() * sentences.length)]!;
      const words = [...s.segment.matchAll(/[\p{L}\p{M}]+/gu)];
      if (words.length < 8) continue;
      const w = words[2 + Math.floor(rand() * (words.length - 4))]!;
      const at = s.index + w.index!;
      const text = doc.slice(0, at) + word + doc.slice(at + w[0].length);
      row.planted++;
      const covers = (config: Parameters<typeof mergeConfig>[0]) =>
        engine.check({ text, config: mergeConfig(config) }).findings.some((f) => f.ruleId === 'untranslated' && f.start <= at && f.end >= at + word.length);
      if (covers({ language: 'en' })) row.found++;
      if (covers({ language: 'en', sourceLanguage: [lang] })) row.withSource++;
      // A short sentence left as it was: found when findings cover most of its letters.
      const short = [...sentSeg.segment(docs[i]!)].map((x) => x.segment.trim()).filter((x) => {
        const n = [...wordSeg.segment(x)].filter((y) => y.isWordLike).length;
        return n >= 6 && n <= 10;
      });
      if (!short.length) continue;
      const sent = short[Math.floor(rand() * short.length)]!;
      row.sentences++;
      if (sentenceFound(engine, doc, s, sent, 'en')) row.sentencesFound++;
    }
    out.push(row);
  }
  return out;
}

/**
 * A short sentence `sent` put after sentence `s` of `doc`, checked in `lang`: found when
 * `untranslated` findings cover 60 % of its letters.
 */
function sentenceFound(engine: Engine, doc: string, s: Intl.SegmentData, sent: string, lang: string): boolean {
  const cut = s.index + s.segment.trimEnd().length;
  const text = doc.slice(0, cut) + ' ' + sent + doc.slice(cut);
  const from = cut + 1;
  const fs = engine.check({ text, config: mergeConfig({ language: lang }) }).findings.filter((f) => f.ruleId === 'untranslated' && f.end > from && f.start < from + sent.length);
  let covered = 0;
  for (let k = from; k < from + sent.length; k++) if (fs.some((f) => f.start <= k && k < f.end)) covered++;
  return covered >= 0.6 * sent.replace(/[\s\p{P}]/gu, '').length;
}

export function formatLeftovers(rows: readonly LeftoverRow[]): string {
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(0)} %`;
  const lines = ['source  planted  found  recall  with source  short sentences found'];
  for (const r of rows) lines.push(`${r.lang.padEnd(7)} ${String(r.planted).padStart(7)} ${String(r.found).padStart(6)}  ${pct(r.found, r.planted).padStart(6)}  ${pct(r.withSource, r.planted).padStart(11)}  ${`${r.sentencesFound}/${r.sentences}`.padStart(9)} ${pct(r.sentencesFound, r.sentences).padStart(5)}`);
  const p = rows.reduce((n, r) => n + r.planted, 0);
  const f = rows.reduce((n, r) => n + r.found, 0);
  const s = rows.reduce((n, r) => n + r.withSource, 0);
  const sp = rows.reduce((n, r) => n + r.sentences, 0);
  const sf = rows.reduce((n, r) => n + r.sentencesFound, 0);
  lines.push(`${'all'.padEnd(7)} ${String(p).padStart(7)} ${String(f).padStart(6)}  ${pct(f, p).padStart(6)}  ${pct(s, p).padStart(11)}  ${`${sf}/${sp}`.padStart(9)} ${pct(sf, sp).padStart(5)}`);
  return lines.join('\n');
}

/**
 * English left in another language's text: in a sentence of a clean PUD document of a language
 * with a common word list, two or three consecutive words of the middle are replaced by two or
 * three consecutive lower-case words of the aligned English document (a phrase machine
 * translation left as it was), and the text is checked in its language without the source
 * language; found when an `untranslated` finding overlaps the phrase. Short sentences: an English
 * sentence of 6–10 words put after the sentence, found when findings cover 60 % of its letters.
 */
export function englishLeftoverRecall(dir: string, targets: readonly string[], perLang: number, seed = 13): LeftoverRow[] {
  const engine = new Engine();
  const en = readFileSync(join(dir, 'en.txt'), 'utf8').split('\n').filter(Boolean);
  const enSent = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: LeftoverRow[] = [];
  for (const lang of targets) {
    const docs = readFileSync(join(dir, `${lang}.txt`), 'utf8').split('\n').filter(Boolean);
    const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    const rand = rng(seed);
    const row: LeftoverRow = { lang, planted: 0, found: 0, withSource: 0, sentences: 0, sentencesFound: 0 };
    for (let tries = 0; row.planted < perLang && tries < perLang * 20; tries++) {
      const i = Math.floor(rand() * Math.min(docs.length, en.length));
      const enWords = [...en[i]!.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]);
      const n = 2 + Math.floor(rand() * 2);
      const starts = enWords.map((_, k) => k).filter((k) => k + n <= enWords.length && enWords.slice(k, k + n).every((w) => /^\p{Ll}+$/u.test(w)));
      if (!starts.length) continue;
      const k0 = starts[Math.floor(rand() * starts.length)]!;
      const phrase = enWords.slice(k0, k0 + n).join(' ');
      const doc = docs[i]!;
      const sentences = [...seg.segment(doc)];
      const s = sentences[Math.floor(rand() * sentences.length)]!;
      const words = [...s.segment.matchAll(/[\p{L}\p{M}]+/gu)];
      if (words.length < 8) continue;
      const a = 2 + Math.floor(rand() * (words.length - 4 - n));
      const at = s.index + words[a]!.index!;
      const endAt = s.index + words[a + n - 1]!.index! + words[a + n - 1]![0].length;
      const text = doc.slice(0, at) + phrase + doc.slice(endAt);
      row.planted++;
      const covers = (config: Parameters<typeof mergeConfig>[0]) =>
        engine.check({ text, config: mergeConfig(config) }).findings.some((f) => f.ruleId === 'untranslated' && f.start < at + phrase.length && f.end > at);
      if (covers({ language: lang })) row.found++;
      if (covers({ language: lang, sourceLanguage: ['en'] })) row.withSource++;
      const short = [...enSent.segment(en[i]!)].map((x) => x.segment.trim()).filter((x) => {
        const c = x.split(/\s+/).length;
        return c >= 6 && c <= 10;
      });
      if (!short.length) continue;
      const sent = short[Math.floor(rand() * short.length)]!;
      row.sentences++;
      if (sentenceFound(engine, doc, s, sent, lang)) row.sentencesFound++;
    }
    out.push(row);
  }
  return out;
}
