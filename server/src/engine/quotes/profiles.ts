/**
 * Quotation-mark conventions per language, as data.
 *
 * A profile lists the pairs a language's edited text uses: `primary` (outer quotations),
 * `secondary` (a quotation inside a quotation), `alternatives` (pairs that careful publishers
 * of that language also use, at any level — e.g. German books »…«), `nestedOnly` (pairs
 * accepted only inside another quotation) and `rare` (pairs that occur in the language but
 * usually point to a regional variant: reported as information, never as an error).
 * Straight marks (" and ') are accepted in every language: they are the typewriter form, and
 * whether a document mixes them with curly marks is judged per document (see rules/quotes.ts).
 *
 * Sources. [WP] = Wikipedia, "Quotation mark", section "Summary table"
 * (https://en.wikipedia.org/wiki/Quotation_mark#Summary_table), which cites the national
 * references; the national style guide named on each profile is the authority it reflects.
 */
import { WRITTEN_PACKS } from '../languages/index';

export interface QuotePair {
  open: string;
  close: string;
}

export interface QuoteProfile {
  /** BCP 47 tag this profile is for ("de", "de-CH"). */
  tag: string;
  /** English name used in messages: "In German text, ...". */
  name: string;
  primary: QuotePair;
  secondary: QuotePair;
  /** Accepted at any level. */
  alternatives: QuotePair[];
  /** Accepted only inside another quotation. */
  nestedOnly: QuotePair[];
  /** Seen in the language, but regional: reported as information. */
  rare: { pair: QuotePair; note: string }[];
  /**
   * Space inside guillemets: 'required' (French: « … », a no-break space is traditional; an
   * ordinary space is accepted too), 'optional' (Swiss French), 'none' (no space inside any mark).
   */
  innerSpace: 'required' | 'optional' | 'none';
  /**
   * Whether a letter directly against the outside of a mark is a missing space. False where
   * suffixes attach to a quotation (Turkish "Sultan"ın, Korean, Hungarian, Finnish) and in
   * scripts without spaces (Chinese, Japanese).
   */
  outerSpace: boolean;
  /**
   * Quotations nested in the same marks: true = reported as a warning (the usual rule); 'style'
   * = the language's norm asks for other marks but edited text often keeps the same ones
   * («…«…»…» in Ukrainian and Russian press): reported as a hint; false = accepted.
   */
  strictNesting: boolean | 'style';
  /** The language's apostrophe (documentation; apostrophes are never quotation defects). */
  apostrophe: string;
  /** Whether ’ may end a word before a space (English Jones’, goin’; Italian po’; German Hans’). */
  wordFinalApostrophe: boolean;
  /** Short citation of the convention. */
  source: string;
}

const P = (s: string): QuotePair => ({ open: s[0]!, close: s[1]! });

export interface QuoteSpec {
  name: string;
  primary: string;
  secondary: string;
  alternatives?: string[];
  nestedOnly?: string[];
  rare?: [string, string][];
  innerSpace?: QuoteProfile['innerSpace'];
  outerSpace?: boolean;
  strictNesting?: boolean | 'style';
  apostrophe?: string;
  wordFinalApostrophe?: boolean;
  source: string;
}

/** By language, from the language packs (languages/types.ts: `quotes, regionalQuotes`). */
// As written: Bokmål and Nynorsk reach Norwegian's profile through ALIASES.
const SPECS: Record<string, QuoteSpec> = Object.fromEntries(WRITTEN_PACKS.flatMap((p) => [...(p.quotes ? [[p.tag, p.quotes] as const] : []), ...Object.entries(p.regions ?? {}).flatMap(([r, d]) => (d.quotes ? [[r, d.quotes] as const] : []))]));

const ALIASES: Record<string, string> = {
  'en-US': 'en',
  'de-LI': 'de-CH',
  'fr-LI': 'fr-CH',
  'pt-PT': 'pt',
  nb: 'no',
  nn: 'no',
  'zh-Hant': 'zh-TW',
  'zh-HK': 'zh-TW',
  'zh-MO': 'zh-TW',
  'zh-Hans': 'zh',
  'zh-CN': 'zh',
  bs: 'sr',
};

function build(tag: string, s: QuoteSpec): QuoteProfile {
  return {
    tag,
    name: s.name,
    primary: P(s.primary),
    secondary: P(s.secondary),
    alternatives: (s.alternatives ?? []).map(P),
    nestedOnly: (s.nestedOnly ?? []).map(P),
    rare: (s.rare ?? []).map(([p, note]) => ({ pair: P(p), note })),
    innerSpace: s.innerSpace ?? 'none',
    outerSpace: s.outerSpace ?? true,
    strictNesting: s.strictNesting ?? true,
    apostrophe: s.apostrophe ?? '’',
    wordFinalApostrophe: s.wordFinalApostrophe ?? true,
    source: s.source,
  };
}

export const PROFILES: ReadonlyMap<string, QuoteProfile> = new Map(Object.entries(SPECS).map(([tag, s]) => [tag, build(tag, s)]));

/** Every pair any profile accepts: a quotation in one of these is a recognisable convention. */
export const KNOWN_PAIRS: readonly QuotePair[] = (() => {
  const seen = new Set<string>();
  const out: QuotePair[] = [];
  for (const p of PROFILES.values()) {
    for (const q of [p.primary, p.secondary, ...p.alternatives, ...p.nestedOnly, ...p.rare.map((r) => r.pair)]) {
      const k = q.open + q.close;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(q);
      }
    }
  }
  return out;
})();

/**
 * The profile for a BCP 47 tag: exact tag (case-insensitive region), alias, then the base
 * language. Undefined when the language has no profile (the rule then checks structure only).
 */
export function profileFor(tag: string): QuoteProfile | undefined {
  if (!tag) return undefined;
  const parts = tag.split('-');
  const base = parts[0]!.toLowerCase();
  const candidates: string[] = [];
  for (let n = parts.length; n >= 2; n--) {
    const sub = parts.slice(1, n).map((p) => (p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.length === 2 ? p.toUpperCase() : p));
    candidates.push([base, ...sub].join('-'));
    // "zh-Hant-TW" -> also try "zh-TW"
    if (sub.length > 1) candidates.push(base + '-' + sub[sub.length - 1]);
  }
  candidates.push(base);
  for (const c of candidates) {
    const p = PROFILES.get(c) ?? (ALIASES[c] ? PROFILES.get(ALIASES[c]!) : undefined);
    if (p) return p;
  }
  return undefined;
}

/** All pairs a profile accepts, with the level they are accepted at. */
export function acceptedPairs(p: QuoteProfile): { pair: QuotePair; nested: boolean }[] {
  return [
    { pair: p.primary, nested: false },
    { pair: p.secondary, nested: false },
    ...p.alternatives.map((pair) => ({ pair, nested: false })),
    ...p.nestedOnly.map((pair) => ({ pair, nested: true })),
  ];
}
