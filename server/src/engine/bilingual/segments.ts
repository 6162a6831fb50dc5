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
import { titleAbbreviations } from '../sentence-starts';
import { baseTag } from '../lang/languages';
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
      if (prev && prev.block === b.index && notACut(prev.text, b.text.slice(a, e), b.language)) {
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
/** The word before a final full stop (as written), after a space, bracket or quotation mark. */
const LAST_ABBREVIATION = /(?:^|[\s(«"„“'‘])([\p{L}][\p{L}\p{M}:.\-]*)\.$/u;

const FIRST_LETTER = /^[\p{P}\s]{0,8}(\p{L})/u;


/**
 * Where the sentence splitter (Unicode's rules, Intl.Segmenter) cut a sentence that goes on —
 * the two pieces are one sentence for alignment:
 *  - after an ordinal or an initial ("in der 4. | Klasse", "B. | C. say", "बी. | सी.");
 *  - after a title or "No." ("Mr. | Comey", "Sr. | Osborne", "No. | 96", data/abbreviations.ts);
 *  - before a lower-case word (`…?” | says Pall.`: a quotation's question mark, then its
 *    attribution);
 *  - in Japanese and Korean, before the quotative particle after a quotation or a question
 *    (「…。」 | と彼は言う。, …か？ | と質問した。, "…." | 라는 …);
 *  - in Chinese and Japanese, after a Latin abbreviation's full stop (…（Martin Luther King, Jr.）
 *    | 的紀念碑。): their sentences end with 。, not with ".".
 */
function notACut(prev: string, next: string, lang: string): boolean {
  const first = next.match(FIRST_LETTER)?.[1];
  if (first && first !== first.toUpperCase() && first === first.toLowerCase()) return true;
  const last = prev.charCodeAt(prev.length - 1);
  const b = baseTag(lang);
  if (last === 0x2e) {
    // Only the end of the piece matters (and a regex anchored at its end would scan all of it).
    const tail = prev.slice(-32);
    if (CUT_AFTER.test(tail)) return true;
    const word = tail.match(LAST_ABBREVIATION)?.[1];
    if (word && titleAbbreviations(lang).has(word) && /^[\p{P}\s]*[\p{Lu}\p{N}]/u.test(next)) return true;
  }
  if (b === 'ja' && /[」』？！?!]$/u.test(prev) && /^(?:と|って)/u.test(next)) return true;
  if (b === 'ko' && /["”」』'’]$/u.test(prev) && /^(?:이?라(?:는|고|며)|하고|고)\s/u.test(next)) return true;
  if ((b === 'ja' || b === 'zh') && /[A-Za-z]\.[)）]?$/u.test(prev.slice(-4)) && /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(next)) return true;
  return false;
}

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
