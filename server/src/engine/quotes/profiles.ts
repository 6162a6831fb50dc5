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

const SPECS: Record<string, QuoteSpec> = {
  en: {
    name: 'English',
    primary: '“”',
    secondary: '‘’',
    // Single marks as the outer pair: British book style and US headline style.
    alternatives: ['‘’'],
    source: 'Chicago Manual of Style 17th ed. 6.9, 13.30 (US); New Hart’s Rules 9.2 (UK: ‘…’ with “…” inside, double also common); [WP]',
  },
  'en-GB': {
    name: 'British English',
    primary: '‘’',
    secondary: '“”',
    alternatives: ['“”'],
    source: 'New Hart’s Rules (2nd ed.) 9.2.1: single marks with double inside; many newspapers use double; [WP]',
  },
  de: {
    name: 'German',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    rare: [['«»', 'Swiss usage: set the language to de-CH if this text is Swiss'], ['‹›', 'Swiss usage: set the language to de-CH if this text is Swiss']],
    source: 'Duden, Die deutsche Rechtschreibung, Regeln K 11–K 13 (Anführungszeichen „…“ and ‚…‘; »…« in books); [WP]',
  },
  'de-CH': {
    name: 'Swiss German',
    primary: '«»',
    secondary: '‹›',
    alternatives: ['„“', '‚‘'],
    source: 'Schweizer Orthographische Konferenz, Empfehlungen (2008): «…» and ‹…› in Switzerland; Duden K 11 notes the Swiss use; [WP]',
  },
  fr: {
    name: 'French',
    primary: '«»',
    secondary: '“”',
    alternatives: ['‹›', '‘’', '“”'],
    innerSpace: 'required',
    wordFinalApostrophe: false,
    source: 'Lexique des règles typographiques en usage à l’Imprimerie nationale (2002), « Guillemets »: « … » with no-break spaces, “…” inside; [WP]',
  },
  'fr-CH': {
    name: 'Swiss French',
    primary: '«»',
    secondary: '‹›',
    alternatives: ['“”', '‘’'],
    innerSpace: 'optional',
    wordFinalApostrophe: false,
    source: 'Guide du typographe (Groupe de Lausanne, 7th ed.): «…» and ‹…›, the space inside is optional in Switzerland; [WP]',
  },
  es: {
    name: 'Spanish',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'RAE/ASALE, Ortografía de la lengua española (2010) §3.4.8: «…», then “…”, then ‘…’; “…” common in American Spanish; [WP]',
  },
  it: {
    name: 'Italian',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'R. Lesina, Il nuovo manuale di stile (2009): «…», “…”, ‘…’; Treccani, “virgolette”; [WP]',
  },
  pt: {
    name: 'Portuguese',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'Código de Redação Interinstitucional da UE (PT) 4.2.2: «…» then “…”; [WP]',
  },
  'pt-BR': {
    name: 'Brazilian Portuguese',
    primary: '“”',
    secondary: '‘’',
    rare: [['«»', 'European Portuguese usage: set the language to pt if this text is from Portugal']],
    source: 'ABNT / Manual de Redação da Presidência da República (3rd ed., 2018): “…” and ‘…’; [WP]',
  },
  nl: {
    name: 'Dutch',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['‘’', '„”'],
    source: 'Taalunie, Taaladvies.net “Aanhalingstekens: enkele of dubbele” (‘…’ and “…”; „…” in older print); [WP]',
  },
  sv: {
    name: 'Swedish',
    primary: '””',
    secondary: '’’',
    alternatives: ['»»'],
    source: 'Språkrådet, Svenska skrivregler (2017) 8.4: ”…” and ’…’, also »…»; [WP]',
  },
  da: {
    name: 'Danish',
    primary: '»«',
    secondary: '›‹',
    alternatives: ['„“', '‚‘', '””', '’’'],
    source: 'Dansk Sprognævn, Retskrivningsordbogen §56 (»…«, „…“ and ”…” all correct); [WP]',
  },
  no: {
    name: 'Norwegian',
    primary: '«»',
    secondary: '‘’',
    alternatives: ['””', '’’', '„“'],
    source: 'Språkrådet, “Anførselstegn” («…» primary, ‘…’ inside; ”…” accepted); [WP]',
  },
  fi: {
    name: 'Finnish',
    primary: '””',
    secondary: '’’',
    alternatives: ['»»'],
    outerSpace: false,
    source: 'Kielitoimiston ohjepankki, “Lainausmerkit” (”…”, ’…’ inside, »…» also); [WP]',
  },
  pl: {
    name: 'Polish',
    primary: '„”',
    secondary: '»«',
    alternatives: ['«»', '‚’'],
    source: 'Wielki słownik ortograficzny PWN, zasady pisowni §95 (cudzysłów „…”, wewnętrzny »…« or «…»); [WP]',
  },
  cs: {
    name: 'Czech',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Ústav pro jazyk český, Internetová jazyková příručka, “Uvozovky” („…“, ‚…‘, »…«); [WP]',
  },
  sk: {
    name: 'Slovak',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Pravidlá slovenského pravopisu (2013), “Úvodzovky” („…“, ‚…‘, »…«); [WP]',
  },
  sl: {
    name: 'Slovene',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Slovenski pravopis (SAZU 2001) §378 (»…« and „…“); [WP]',
  },
  hr: {
    name: 'Croatian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['„”', '»«', '‘’', '’’'],
    source: 'Hrvatski pravopis (Institut za hrvatski jezik, 2013) §“Navodnici”: „…“ or »…«, ‘…’ inside; [WP] also lists „…”',
  },
  sr: {
    name: 'Serbian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['„”', '»«', '’’', '‘’'],
    source: 'Pravopis srpskoga jezika (Matica srpska, 2010) §“Navodnici”: „…“ and »…«, ’…’ inside; [WP]',
  },
  hu: {
    name: 'Hungarian',
    primary: '„”',
    secondary: '»«',
    alternatives: ['’’'],
    outerSpace: false,
    source: 'A magyar helyesírás szabályai (12th ed., 2015) §256: „…”, »…« inside, ’…’ third; [WP]',
  },
  ro: {
    name: 'Romanian',
    primary: '„”',
    secondary: '«»',
    source: 'DOOM2 (Academia Română, 2005), “Ghilimelele”: „…”, «…» inside; [WP]',
  },
  lt: {
    name: 'Lithuanian',
    primary: '„“',
    secondary: '‚‘',
    // „…” (closing with the English-style mark): as common as „…“ in the Lithuanian press
    // (delfi.lt, lrt.lt, 15min.lt house styles differ), the form word processors produce.
    alternatives: ['„”'],
    source: 'Valstybinė lietuvių kalbos komisija, Skyrybos rašybos nutarimas: kabutės „…“; [WP]',
  },
  lv: {
    name: 'Latvian',
    primary: '«»',
    secondary: '„“',
    alternatives: ['„“'],
    source: 'Latviešu valodas ekspertu komisija; [WP] lists both «…» and „…“ for Latvian',
  },
  et: {
    name: 'Estonian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»»', '««'],
    strictNesting: false,
    source: 'Eesti Keele Instituut, keelenõuanne “Jutumärgid” („…“; »…» in print); [WP]',
  },
  ru: {
    name: 'Russian',
    primary: '«»',
    secondary: '„“',
    // „…” (the handwritten form of the lapki) is common in edited Russian-script text.
    alternatives: ['„”'],
    // ‚…‘ for a third level, as typograf's ru locale sets it.
    nestedOnly: ['“”', '‚‘'],
    // «…» inside «…»: the norm asks for „…“ inside, but the press often keeps the same marks.
    strictNesting: 'style',
    source: 'Д. Э. Розенталь, Справочник по правописанию и литературной правке §47; А. Э. Мильчин, Справочник издателя и автора («…», inside „…“); [WP]',
  },
  uk: {
    name: 'Ukrainian',
    primary: '«»',
    secondary: '„“',
    // „…” (the handwritten form of the lapki) is common in edited Russian-script text.
    alternatives: ['„”'],
    nestedOnly: ['“”'],
    apostrophe: 'ʼ',
    // «…» inside «…»: the norm asks for „…“ inside, but the press often keeps the same marks.
    strictNesting: 'style',
    source: 'Український правопис (2019) §161 («…», inside „…“); [WP]',
  },
  be: {
    name: 'Belarusian',
    primary: '«»',
    secondary: '„“',
    // „…” (the handwritten form of the lapki) is common in edited Russian-script text.
    alternatives: ['„”'],
    nestedOnly: ['“”'],
    apostrophe: 'ʼ',
    // «…» inside «…»: the norm asks for „…“ inside, but the press often keeps the same marks.
    strictNesting: 'style',
    source: 'Правілы беларускай арфаграфіі і пунктуацыі (2008) §111 («…», inside „…“); [WP]',
  },
  bg: {
    name: 'Bulgarian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['«»', '’‘'],
    source: 'Официален правописен речник на българския език (БАН, 2012), “Кавички” („…“, «…» also); [WP]',
  },
  el: {
    name: 'Greek',
    primary: '«»',
    secondary: '“”',
    source: 'Μ. Τριανταφυλλίδης, Νεοελληνική Γραμματική, “Εισαγωγικά” («…», “…” inside); [WP]',
  },
  tr: {
    name: 'Turkish',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['«»'],
    outerSpace: false,
    source: 'TDK Yazım Kılavuzu, “Tırnak işareti” (“…”, ‘…’ inside); suffixes follow a closing mark; [WP]',
  },
  ja: {
    name: 'Japanese',
    primary: '「」',
    secondary: '『』',
    alternatives: ['“”', '〝〟', '〝〞'],
    outerSpace: false,
    innerSpace: 'none',
    source: 'JIS X 4051:2004 (「…」, 『…』 inside); 文部省「くぎり符号の使ひ方」(1946); [WP]',
  },
  zh: {
    name: 'Chinese',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['「」', '『』'],
    outerSpace: false,
    source: 'GB/T 15834-2011 标点符号用法 4.4 (“…”, ‘…’ inside); 教育部《重訂標點符號手冊》(Taiwan: 「…」, 『…』); [WP]',
  },
  'zh-TW': {
    name: 'Traditional Chinese',
    primary: '「」',
    secondary: '『』',
    alternatives: ['“”', '‘’'],
    outerSpace: false,
    source: '教育部《重訂標點符號手冊》(2008): 「…」 and 『…』; “…” also common in print; [WP]',
  },
  // Beyond the required set: languages of the PUD test corpus with conventions we can cite.
  is: {
    name: 'Icelandic',
    primary: '„“',
    secondary: '‚‘',
    source: 'Íslensk málstöð, Ritreglur (2016) §“Gæsalappir”: „…“; [WP]',
  },
  ca: {
    name: 'Catalan',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'Institut d’Estudis Catalans, Ortografia catalana (2017) §6.3: «…», “…”, ‘…’; [WP]',
  },
  gl: {
    name: 'Galician',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'Real Academia Galega, Normas ortográficas e morfolóxicas (2003): «…», “…”, ‘…’; [WP]',
  },
  ko: {
    name: 'Korean',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['「」', '『』'],
    outerSpace: false,
    source: '국립국어원, 한글 맞춤법 부록 “문장 부호” (2015): “…” and ‘…’; [WP]',
  },
  id: {
    name: 'Indonesian',
    primary: '“”',
    secondary: '‘’',
    source: 'Pedoman Umum Ejaan Bahasa Indonesia (2016) §III.K–L: “…” and ‘…’; [WP]',
  },
};

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
