/**
 * The loop the planted-defect evaluations share (stray, loops, doubled): for each language, random
 * sentences of its clean PUD documents — a document, then one of its sentences, drawn from the
 * seeded stream (rng.ts) — offered to `plant` until it has planted `perLang` defects or `tries` ×
 * perLang sentences were offered. The draws come in the order the figures in the docs were measured with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './rng';

export interface Offer {
  lang: string;
  /** The document (one line of the PUD file). */
  doc: string;
  /** The sentence, with its index in `doc`. */
  s: Intl.SegmentData;
  /** The language's stream, for the plant's own draws. */
  rand: () => number;
}

export function eachSentence(
  dir: string,
  langs: readonly string[],
  perLang: number,
  seed: number,
  opts: { tries: number; skipBlank: boolean },
  /** Plants a defect in the sentence and checks it: true when it planted one, false to be offered another sentence. */
  plant: (o: Offer) => boolean,
): void {
  for (const lang of langs) {
    const docs = readFileSync(join(dir, `${lang}.txt`), 'utf8').split('\n').filter(Boolean);
    const rand = rng(seed);
    const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    let planted = 0;
    for (let tries = 0; planted < perLang && tries < perLang * opts.tries; tries++) {
      const doc = docs[Math.floor(rand() * docs.length)]!;
      const all = [...seg.segment(doc)];
      const sentences = opts.skipBlank ? all.filter((x) => x.segment.trim()) : all;
      const s = sentences[Math.floor(rand() * sentences.length)]!;
      if (plant({ lang, doc, s, rand })) planted++;
    }
  }
}

/** One more planted defect of `shape` in `lang`, found or not, in rows keyed by language and shape. */
export function tally(rows: Map<string, { lang: string; shape: string; planted: number; found: number }>, lang: string, shape: string, found: boolean): void {
  const key = `${lang}\t${shape}`;
  const row = rows.get(key) ?? { lang, shape, planted: 0, found: 0 };
  row.planted++;
  if (found) row.found++;
  rows.set(key, row);
}
