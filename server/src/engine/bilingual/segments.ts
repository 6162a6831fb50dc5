/**
 * Cutting a side of a pair into segments: the sentences of its blocks (paired prose), each
 * with the block's kind and language. The target's segments come from the blocks of its own
 * check; the source is parsed here (no rule runs on it) and kept in a small cache, since while
 * a translator types in the target the source does not change.
 */
import { parseArticle } from '../article';
import type { CalqueConfig } from '../config';
import { decideLanguages } from '../lang/index';
import { Lru } from '../lru';
import { sentences, tokenize } from '../segment';
import type { Block, DocumentFormat } from '../types';
import type { Segment } from './types';

function isSpaceOrMask(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x200b || c === 0xfffc;
}

/** Segments of checked blocks (read their sentences right away: blocks live until the next check). */
export function segmentsOfBlocks(blocks: readonly Pick<Block, 'index' | 'kind' | 'start' | 'text' | 'language' | 'sentences'>[]): Segment[] {
  const out: Segment[] = [];
  for (const b of blocks) {
    for (const s of b.sentences) {
      let a = s.start - b.start;
      let e = s.end - b.start;
      while (a < e && isSpaceOrMask(b.text.charCodeAt(a))) a++;
      while (e > a && isSpaceOrMask(b.text.charCodeAt(e - 1))) e--;
      if (e <= a) continue;
      const prev = out[out.length - 1];
      // A sentence splitter's cut after an ordinal or an initial ("in der 4. | Klasse",
      // "B. | C. say", "बी. | सी."): the two pieces are one sentence for alignment.
      if (prev && prev.block === b.index && CUT_AFTER.test(prev.text)) {
        prev.end = b.start + e;
        prev.text = b.text.slice(prev.start - b.start, e);
        continue;
      }
      out.push({ index: out.length, start: b.start + a, end: b.start + e, text: b.text.slice(a, e), block: b.index, blockKind: b.kind, language: b.language });
    }
  }
  return out;
}

/** A segment that ends in a number or a lone letter with a full stop: not a sentence end. */
const CUT_AFTER = /(?:^|[\s(])(?:\d{1,3}|\p{L}\p{M}*)\.$/u;

export interface SegmentedSide {
  segments: Segment[];
  language: string;
  languageSource: 'config' | 'detected' | 'fallback';
  lineStarts: number[];
  directives: ReturnType<typeof parseArticle>['directives'];
}

const cache = new Lru<SegmentedSide>(4_000_000, (v) => 1000 + v.segments.reduce((n, s) => n + s.text.length, 0));

/** Segments of a side that is read, not checked (the source of a pair). */
export function segmentText(text: string, format: DocumentFormat, config: CalqueConfig): SegmentedSide {
  const key = `${format}\u0000${config.language}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = parseArticle(text, format);
  const langs = decideLanguages(
    parsed.blocks.map((b) => b.text),
    config,
  );
  const blocks = parsed.blocks.map((raw, index) => {
    const language = langs.blockLanguages[index] ?? langs.documentLanguage;
    const tokens = tokenize(raw.text, raw.start, language);
    return { index, kind: raw.kind, start: raw.start, text: raw.text, language, sentences: sentences(raw.text, raw.start, language, tokens) };
  });
  const out: SegmentedSide = {
    segments: segmentsOfBlocks(blocks),
    language: langs.documentLanguage,
    languageSource: langs.documentLanguageSource,
    lineStarts: parsed.lineStarts,
    directives: parsed.directives,
  };
  cache.set(key, out);
  return out;
}
