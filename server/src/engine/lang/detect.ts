/**
 * Language of one piece of text (a paragraph or a sentence): script first, then franc's
 * trigram model restricted to the candidates of that script (scored by trigrams.ts: franc's
 * models and distance, francAll's exact results, one pass), corrected by the alphabets of
 * the candidates. Results are cached per (candidates, text) in a bounded LRU.
 */
import { trigramScores } from './trigrams';
import { baseTag, languageByFranc, languageInfos, LANGUAGES, DEFAULT_CANDIDATES, type LanguageInfo } from './languages';
import { countScripts, dominantScript, scriptOf, SINGLE_LANGUAGE_SCRIPT, type Script } from './scripts';
import { KeyedTextCache } from '../lru';

export interface Detection {
  /** BCP 47 tag of the most likely language, or undefined when there is no evidence at all. */
  language: string | undefined;
  /** Dominant script of the text's letters. */
  script: Script | undefined;
  /** Share of the letters in the dominant script (0..1). */
  scriptShare: number;
  /** Number of letters (any script). */
  letters: number;
  /** How the language was decided. */
  by: 'script' | 'alphabet' | 'franc' | 'none';
  /**
   * Candidates with scores, best first (franc's normalised score, 1 = best, minus the
   * alphabet penalty). Only for franc decisions; at most 6 entries.
   */
  ranking: [string, number][];
}

/**
 * Weight of the alphabet penalty: a candidate loses ALPHABET_WEIGHT x (share of letters not
 * in its alphabet). Calibrated on PUD (scripts/eval/language.ts): with 4, Czech paragraphs
 * stop being read as Slovenian/Croatian and Portuguese as Galician, and no language loses
 * accuracy; one foreign name (1-2 % of the letters) costs a candidate 0.04-0.08, less than
 * a typical franc margin.
 */
export const ALPHABET_WEIGHT = 4;

/**
 * A candidate with `marks` (letters frequent in it and rare elsewhere) loses MARK_PENALTY on a
 * text of at least MARK_MIN_LETTERS letters that has none of them: 25 letters of Ukrainian
 * without і/ї/є/ґ or of Belarusian without і/ў are very unlikely (і alone is about 5-6 % of
 * Ukrainian and Belarusian letters).
 */
export const MARK_MIN_LETTERS = 25;
export const MARK_PENALTY = 0.2;

/** Resolved candidate set: per script, the LanguageInfos to compare. */
export interface Candidates {
  key: string;
  byScript: Map<string, LanguageInfo[]>;
  francOnly: Map<string, string[]>;
  tags: Set<string>;
}

const candidateCache = new Map<string, Candidates>();

/** Candidates from a list of tags (config.languages), plus `extra` tags (document / target language). */
export function resolveCandidates(tags: readonly string[], extra: readonly string[] = []): Candidates {
  const list = [...(tags.length ? tags : DEFAULT_CANDIDATES), ...extra].map(baseTag);
  const uniq = [...new Set(list)].sort();
  const key = uniq.join(',');
  let c = candidateCache.get(key);
  if (c) return c;
  const byScript = new Map<string, LanguageInfo[]>();
  const francOnly = new Map<string, string[]>();
  for (const t of uniq) {
    for (const info of languageInfos(t)) {
      byScript.set(info.script, [...(byScript.get(info.script) ?? []), info]);
      francOnly.set(info.script, [...(francOnly.get(info.script) ?? []), ...info.franc]);
    }
  }
  c = { key, byScript, francOnly, tags: new Set(uniq) };
  if (candidateCache.size > 64) candidateCache.clear();
  candidateCache.set(key, c);
  return c;
}


/**
 * Cached detections: one LRU keyed by the text itself, a detection per candidate set (no key string built
 * from the text: a long paragraph is not copied for every look-up), bounded by characters.
 * Keys are kept as given: the engine passes its own copies of block texts (never slices of a
 * whole document), and sentences are slices of those.
 */
const CACHE_CHARS = 1_000_000;
const cache = new KeyedTextCache<Detection>(CACHE_CHARS, 200);

/** Forgets cached detections (benchmarks measure cold caches with it). */
export function clearDetectionCache(): void {
  cache.clear();
}

/** Counters: detections asked for, franc model scorings (trigramScores calls), cache hits. */
export const detectStats = { calls: 0, francCalls: 0, cacheHits: 0 };

/** Detects the language of `text` among `candidates` (cached). */
export function detectLanguage(text: string, candidates: Candidates): Detection {
  detectStats.calls++;
  const hit = cache.get(text, candidates.key);
  if (hit) {
    detectStats.cacheHits++;
    return hit;
  }
  const d = detectUncached(text, candidates);
  cache.set(text, candidates.key, d);
  return d;
}

const NONE: Detection = { language: undefined, script: undefined, scriptShare: 0, letters: 0, by: 'none', ranking: [] };

function detectUncached(text: string, candidates: Candidates): Detection {
  const sc = countScripts(text);
  if (sc.letters === 0) return NONE;
  const { script, share } = dominantScript(sc);
  if (!script) return NONE;
  const base = { script, scriptShare: share, letters: sc.letters };
  // Japanese: any kana among Han/Kana text (kanji-only Japanese sentences are rare; a kana-free
  // CJK run is read as Chinese).
  if (script === 'Han' || script === 'Kana') {
    const kana = sc.counts.Kana ?? 0;
    const han = sc.counts.Han ?? 0;
    const lang = kana > 0 && kana >= (han + kana) * 0.05 ? 'ja' : 'zh';
    return { ...base, language: lang, by: 'script', ranking: [] };
  }
  const single = SINGLE_LANGUAGE_SCRIPT[script];
  if (single) return { ...base, language: single, by: 'script', ranking: [] };
  const infos = candidates.byScript.get(script) ?? defaultsFor(script);
  if (infos.length === 0) return { ...base, language: undefined, by: 'none', ranking: [] };
  // Letters of the script only, lower-cased, everything else a space (franc's own cleaning
  // keeps curly quotes, masks and other scripts).
  const { cleaned, n } = cleanForScript(text, script);
  const ranking = rank(cleaned, n, script, infos);
  if (ranking.length === 0) return { ...base, language: undefined, by: 'none', ranking: [] };
  const by = ranking.length === 1 ? 'alphabet' : 'franc';
  return { ...base, language: ranking[0]![0], by, ranking };
}

function defaultsFor(script: string): LanguageInfo[] {
  return resolveCandidates([]).byScript.get(script) ?? LANGUAGES.filter((l) => l.script === script);
}

function cleanForScript(text: string, script: Script): { cleaned: string; n: number } {
  // Runs of the script's letters (with the combining marks inside them) are copied as slices,
  // each followed by one space when anything follows it; no run is cut, and copying stops at
  // the first run end past 2,000 characters (franc reads 2,048).
  let out = '';
  let n = 0;
  const lower = text.toLowerCase();
  const len = lower.length;
  let i = 0;
  while (i < len) {
    const start = i;
    while (i < len) {
      const c = lower.charCodeAt(i);
      if (scriptOf(c) === script) n++;
      else if (!(c >= 0x300 && c < 0x370 && i > start)) break;
      i++;
    }
    if (i === start) {
      i++;
      continue;
    }
    out += lower.slice(start, i);
    if (i < len) {
      out += ' ';
      if (out.length >= 2000) break;
    }
  }
  return { cleaned: out, n };
}

/**
 * Distinct letters of the cleaned text that can fall outside an alphabet (Latin: non-ASCII
 * letters; other scripts: every letter), with their counts: computed once per text, then
 * each candidate's foreign-letter count is a sum over a handful of letters.
 */
function letterCounts(cleaned: string, script: Script): Map<string, number> {
  const m = new Map<string, number>();
  const latin = script === 'Latin';
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned.charCodeAt(i);
    if (c === 0x20 || (c >= 0x300 && c < 0x370) || (latin && c <= 0x7f)) continue;
    const ch = cleaned[i]!;
    m.set(ch, (m.get(ch) ?? 0) + 1);
  }
  return m;
}

/** Count of letters not in the candidate's alphabet (Latin: non-ASCII letters only). */
function foreignLetters(counts: Map<string, number>, info: LanguageInfo): number {
  const a = info.script === 'Latin' ? (info.extra ?? '') : info.alphabet;
  if (a === undefined) return 0;
  let k = 0;
  for (const [ch, n] of counts) if (a.indexOf(ch) < 0) k += n;
  return k;
}

/** franc codes of a candidate list (cached per list: candidate lists are cached per configuration). */
const francCodes = new WeakMap<LanguageInfo[], string[]>();
const infoByTag = new WeakMap<LanguageInfo[], Map<string, LanguageInfo>>();

function rank(cleaned: string, n: number, script: Script, infos: LanguageInfo[]): [string, number][] {
  const scores = new Map<string, number>();
  let only = francCodes.get(infos);
  if (!only) francCodes.set(infos, (only = [...new Set(infos.flatMap((i) => i.franc))]));
  if (only.length > 1) {
    for (const [iso, s] of trigramScores(cleaned, script, only)) {
      const info = languageByFranc(script, iso);
      if (info && (scores.get(info.tag) ?? -Infinity) < s) scores.set(info.tag, s);
    }
    detectStats.francCalls++;
  } else if (only.length === 1) {
    scores.set(infos.find((i) => i.franc.length)!.tag, 1);
  }
  // Languages franc does not model (Icelandic): scored as well as the best, then judged by
  // their alphabet like everyone else; only when their distinctive letters occur.
  for (const info of infos) {
    if (info.franc.length === 0 && info.tag === 'is' && hasAny(cleaned, 'þð')) scores.set('is', 1.02);
  }
  const out: [string, number][] = [];
  const counts = letterCounts(cleaned, script);
  let byTag = infoByTag.get(infos);
  if (!byTag) infoByTag.set(infos, (byTag = new Map(infos.map((i) => [i.tag, i]))));
  for (const [tag, s] of scores) {
    const info = byTag.get(tag)!;
    let pen = n > 0 ? (ALPHABET_WEIGHT * foreignLetters(counts, info)) / n : 0;
    if (info.marks && n >= MARK_MIN_LETTERS && !hasAny(cleaned, info.marks)) pen += MARK_PENALTY;
    out.push([tag, s - pen]);
  }
  out.sort((a, b) => b[1] - a[1]);
  return out;
}

function hasAny(s: string, letters: string): boolean {
  for (let i = 0; i < letters.length; i++) if (s.indexOf(letters[i]!) >= 0) return true;
  return false;
}

/** Score of `tag` in a detection (undefined if it was not a candidate or not ranked). */
export function scoreOf(d: Detection, tag: string): number | undefined {
  for (const [t, s] of d.ranking) if (t === tag) return s;
  return undefined;
}
