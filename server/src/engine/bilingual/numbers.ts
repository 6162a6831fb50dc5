/**
 * Numbers in a text, and the comparison of a translation's numbers with its source's — the heart
 * of the source-aware `numbers` rule. Pure: text in, mentions out (Intl only, no I/O).
 *
 * extractNumbers reads every quantity a reader would take for one: "1,000.5" = "1 000,5" =
 * "1.000,5" = "1'000.5", with scale words ("2,5 млрд", "25 тысяч", "25亿", "250 करोड़"), percent
 * signs and words, currencies, ordinals, years, day-of-month dates, times of day, ranges and minus
 * signs. It skips what is not a quantity: digits glued to Latin/Cyrillic/Greek letters (A4,
 * COVID-19, G7, v2), URLs, e-mail addresses, phone numbers, version numbers (1.2.3), list markers
 * at the start of a line and footnote markers. Spelled-out small numbers ("three", "drei", "三")
 * are extracted too, marked `spelled`, only so that a digit on the other side can match them;
 * numbers whose role is unclear ("24/7", "9/11", two-digit years) are marked `optional` likewise.
 *
 * compareNumbers matches the two multisets by value (with the alternative readings of ambiguous
 * separators), then reports what is left. Precision first: a spelled-out or `optional` mention is
 * never reported, a unit difference alone ("€" vs "EUR", "%" vs "per cent") is no change, a minus
 * sign written in words on the other side is no change.
 *
 * Separator conventions come from CLDR through Intl.NumberFormat (the language's decimal and group
 * symbols), month names from CLDR through Intl.DateTimeFormat, plural forms (for formatNumber)
 * from CLDR through Intl.PluralRules. Word tables below name their source.
 */
import { PACKS, byLanguage, groupByLanguage, languagesWith } from '../languages/index';
import { lowerCase } from '../segment';
import { monthNames } from '../lang/months';

/** Languages that capitalise common nouns (the packs' `capitalisesNouns`): an ordinal's full stop may stand before any capitalised word. */
const CAPITALISES_NOUNS = languagesWith('capitalisesNouns');

export type NumberKind = 'number' | 'percent' | 'currency' | 'year' | 'date' | 'time' | 'ordinal';

export interface NumberMention {
  start: number;
  end: number; // offsets in the given text (UTF-16)
  text: string; // as written, e.g. "2,5 млрд", "25 тысяч", "1,000.5", "9 August"
  value: number; // 2.5e9, 25000, 1000.5 …
  kind: NumberKind;
  unit?: string; // normalised unit/currency when present: '%', 'EUR', 'USD', 'km', …
  /** Value as written before any scale word (2.5 for "2,5 млрд"), and the scale (1e9). */
  mantissa: number;
  scale: number;
  /** Ambiguous reading of separators (e.g. "1,500" in a text whose convention is unclear): other possible values. */
  alternatives?: number[];
  /** Spelled out ("three", "drei", "三"): used to match a digit on the other side, never reported. */
  spelled?: boolean;
  /** Matched when possible, never reported: numbers whose role is unclear ("24/7", "9/11", "1/2"). */
  optional?: boolean;
}

export interface NumberDiff {
  missing: NumberMention[];
  extra: NumberMention[];
  changed: { source: NumberMention; target: NumberMention }[];
}

/** By language, from the language packs (languages/types.ts: `numbers.scales`). */
const SCALES: Record<string, ReadonlyArray<readonly [string, number]>> = groupByLanguage('numbers', 'scales');

/**
 * Chinese, Japanese and Korean magnitude characters (Unihan kPrimaryNumeric; Korean Sino-Korean
 * numerals per Wiktionary "Korean numerals"): small units inside a myriad block, and the myriads
 * 万/萬/만 = 10^4, 亿/億/억 = 10^8, 兆/조 = 10^12. "2万5000" = 25 000, "1억 370만" = 103 700 000,
 * "2천2백1십억" = 221 000 000 000.
 */
const CJK_UNITS: Record<string, number> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1e3, 仟: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12,
  십: 10, 백: 100, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12,
};
/** After 千, characters that make it the metric prefix kilo- (千瓦 kW, 千米 km, 千克 kg, 千卡 kcal, 千兆 giga-). */
const CJK_METRIC_AFTER = new Set(['瓦', '米', '克', '卡', '兆', '赫', '焦', '伏', '帕']);
/** Chinese/Japanese digit characters (Unihan kPrimaryNumeric). */
const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * How a fix writes a scale word (formatNumber): abbreviation and CLDR plural categories
 * (Intl.PluralRules of the language picks the form). Same sources as SCALES.
 */
export interface ScaleForms { abbr?: string; one: string; few?: string; many?: string; other: string; glue?: boolean }
/** By language, from the language packs (languages/types.ts: `numbers.scaleForms, regions.*.scaleForms`). */
const SCALE_FORMS: Record<string, Record<number, ScaleForms>> = { ...groupByLanguage('numbers', 'scaleForms'), ...Object.fromEntries(PACKS.flatMap((p) => Object.entries(p.regions ?? {}).flatMap(([r, d]) => (d.scaleForms ? [[r.toLowerCase(), d.scaleForms] as const] : [])))) };

/** By language, from the language packs (languages/types.ts: `numbers.percentWords`). */
const PERCENT_WORDS: Record<string, string> = groupByLanguage('numbers', 'percentWords');

/**
 * Currency signs and words → ISO 4217 code (the unit is informational: a difference of unit
 * alone is never a change). Words: Wiktionary, in the languages this module knows.
 */
const CURRENCY_BEFORE = /(US\$|A\$|C\$|HK\$|NZ\$|R\$|\$|€|£|¥|₽|₴|₹|₩|₺|₪|Rs\.?|USD|EUR|GBP|JPY|CNY|RUB|UAH|PLN|CHF|CZK|INR|TRY)[\s\u00A0\u202F]?$/;
const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD', US$: 'USD', A$: 'AUD', C$: 'CAD', HK$: 'HKD', NZ$: 'NZD', R$: 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', Rs: 'INR', 'Rs.': 'INR',
};
const CURRENCY_AFTER: ReadonlyArray<readonly [string, string]> = [
  ['\\$|usd|dollars?|dólar(?:es)?|dollari|dollaro|doláres|долл\\.?|доллар\\p{L}*|долар\\p{L}*|dolar\\p{L}*|ドル|달러|美元|دولار\\p{L}*|डॉलर', 'USD'],
  ['€|eur|euros?|evro\\p{L}*|евро|євро|eura|eurų|ユーロ|유로|欧元|歐元|يورو', 'EUR'],
  ['£|gbp|pounds?|sterling|фунт\\p{L}*|sterlin|ポンド|파운드|英镑|英鎊|جنيه\\p{L}*', 'GBP'],
  ['¥|円|엔|jpy|yen|иен\\p{L}*', 'JPY'],
  ['元|人民币|人民幣|yuan|юан\\p{L}*|cny|rmb', 'CNY'],
  ['₽|руб\\.?|рубл\\p{L}*|rub', 'RUB'],
  ['₴|грн\\.?|гривн\\p{L}*|гривен\\p{L}*|uah', 'UAH'],
  ['zł|złot\\p{L}*|pln', 'PLN'],
  ['kč|korun\\p{L}*|czk', 'CZK'],
  ['chf|franken|francs?\\s+suisses?', 'CHF'],
  ['₹|rupees?|रुपये|रुपए|रुपया|руп\\p{L}*|inr', 'INR'],
  ['원|krw', 'KRW'],
  ['₺|tl|lira\\p{L}*', 'TRY'],
];

/** By language, from the language packs (languages/types.ts: `numbers.ordinalSuffix`). */
const ORDINAL_SUFFIX: Record<string, string> = groupByLanguage('numbers', 'ordinalSuffix');
/** Russian/Ukrainian/Belarusian case endings after a hyphen ("9-го", "9-й", "4-м", "1990-х"): Грамота.ру, "Правописание числительных". */
/** Decades glued to the number: en "1990s", de "1970er", "1970ern", "1970er-Jahre" (Wiktionary). */
const DECADE_SUFFIX = /^(?:s|er|ern|erjahre|erjahren)$/u;
/** Decades marked after the year: ru/uk "1970-х", "1970-е", zh/ja "1970年代", ko "1970년대", hi "1970 के दशक", tr "1970'ler", sv "1970-talet", fi "1970-luvulla", en "1970's". */
const DECADE_AFTER = /^(?:-(?:х|е|ые|ых|ми|ті|тих|talet|talets|luku|luvulla|luvulta|luvun|ies)(?![\p{L}])|\s?年代|\s?년대|\s+के\s+दशक|['’](?:s|ler|lar|li|lı|lerde|larda|lerden|lardan|lerin|ların)(?![\p{L}]))/u;
/** Decades marked before the year: fr "années 1970", es "años 1970", it "anni", pt "anos", pl "lata/latach", cs "let", nl "jaren", hi — (Wiktionary). */
const DECADE_BEFORE = /(?:années|años|anni|anos|anys|lata|latach|latami|let|jaren|jahre)[\s\u00A0]+$/iu;
const HYPHEN_ORDINAL = /^(?:й|я|е|го|му|м|х|ми|ый|ий|ой|ая|ое|ые|ых|ым|ыми|ом|ю|ую|ої|ій|та|ти|те|ту|ім|их|ими|ше|ге|ці|ая)$/u;
/** By language, from the language packs (languages/types.ts: `ordinalDot`). */
const ORDINAL_DOT = languagesWith('ordinalDot');
/** Glued units after a number that keep it a quantity ("5km", "2C", "3x", "5млн"); SI symbols and common news abbreviations ("g" is left out: 4G, 5G are network names). */
const GLUED_UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'nm', 'µm', 'kg', 'mg', 't', 'l', 'ml', 'h', 'min', 's', 'ms', 'gb', 'mb', 'tb', 'kb', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh', 'w', 'v', 'mph', 'kph', 'kmh', 'ha', 'ft', 'lb', 'lbs', 'oz', 'mi', 'c', 'f', 'x', 'pp', 'hz', 'khz', 'mhz', 'ghz', 'db', 'yo', 'yr', 'yrs', 'bn', 'mn', 'tn', 'mln', 'mld', 'mrd',
  'км', 'м', 'см', 'мм', 'кг', 'г', 'гг', 'т', 'л', 'мл', 'ч', 'мин', 'с', 'млн', 'млрд', 'трлн', 'тыс', 'тис', 'руб', 'грн', 'лет', 'р',
]);
const UNIT_NAMES: Record<string, string> = { c: '°C', f: '°F', '°c': '°C', '°f': '°F', '℃': '°C', '℉': '°F' };

/** By language, from the language packs (languages/types.ts: `numbers.spelled`). */
const SPELLED: Record<string, ReadonlyArray<readonly [number, string]>> = groupByLanguage('numbers', 'spelled');
/** By language, from the language packs (languages/types.ts: `numbers.ordinalStems`). */
const ORDINAL_STEMS: Record<string, ReadonlyArray<readonly [string, number]>> = groupByLanguage('numbers', 'ordinalStems');
/** By language, from the language packs (languages/types.ts: `numbers.compoundPrefix`). */
const COMPOUND_PREFIX: Record<string, ReadonlyArray<readonly [string, number]>> = groupByLanguage('numbers', 'compoundPrefix');
/** By language, from the language packs (languages/types.ts: `numbers.halfAfter`). */
const HALF_AFTER: Record<string, string> = groupByLanguage('numbers', 'halfAfter');
/** Words between the two ends of a range, so that "3 до 5 тысяч" / "3–5 million" reads 3 000 … 5 000. */
const RANGE_JOIN = /^[\s\u00A0]*(?:[-–—~〜～]|to|and|or|до|и|или|do|lub|i|až|a|à|al|bis|und|oder|et|ou|y|o|e|ve|ile|veya|ja|és|en|och|og|dan|hingga|sampai|至|到|ถึง|และ)(?:[\s\u00A0]+\p{Ll}{1,5}){0,3}[\s\u00A0]*$/iu;

/** By language, from the language packs (languages/types.ts: `numbers.spelledPrefix`). */
const SPELLED_PREFIX: Record<string, number> = groupByLanguage('numbers', 'spelledPrefix');
/** The packs' number habits (languages/types.ts: `numbers`): month-first dates, am/pm, glued tens and units, halves, glued abbreviations. */
const NUMBERS = byLanguage('numbers');
/** Words joining tens and units ("thirty-five", "vingt et un", "treinta y cinco", "trinta e cinco"). */
const SPELLED_JOIN = /^(?:[\s\u00A0]+(?:and|et|y|e|i|und|en)[\s\u00A0]+|[\s\u00A0]+|-)/iu;

// ---------------------------------------------------------------------------------------------
// Characters and per-language data
// ---------------------------------------------------------------------------------------------

/** Zero of every decimal digit block normalised to ASCII: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, fullwidth. */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
const SPACE_SEPS = ' \u00A0\u202F\u2009';
const GROUP_ONLY = '\u00A0\u202F\u2009\'’\u066C'; // always group separators (plus ' ' where the language groups with a space)
const LETTER = /[\p{L}\p{M}]/u;
const BIDI_MARK = /[\u200E\u200F\u061C]/u;
/** Letters that make a glued digit part of a word or code (A4, COVID-19, 4G): Latin, Cyrillic, Greek. CJK, Hangul, Arabic, Devanagari… glue counters and particles to numbers. */
const IDENT_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const SPACE_RUN = /[ \u00A0\u202F\u2009]*/y;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isIdentLetter = (c: string | undefined): boolean => c !== undefined && IDENT_LETTER.test(c);
const baseOf = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0] ?? '';
const round15 = (x: number): number => Number(x.toPrecision(15));

interface LangData {
  base: string;
  /** Decimal and group symbols of the language (CLDR via Intl), group spaces folded to ' ' and apostrophes to "'". */
  decimal: string;
  group: string;
  /** All scale words in one sticky regex, a capturing group each (in order), and their values. */
  scales: { re: RegExp; values: number[] };
  percent: RegExp;
  /** All currency words in one sticky regex, a capturing group each, and their codes. */
  currency: { re: RegExp; codes: string[] };
  ordinalSuffix: RegExp;
  months: ReadonlySet<string>;
  spelled: Map<string, number>;
  /** spelledValue of words already seen (texts repeat their words). */
  spelledCache: Map<string, number | undefined>;
  half?: RegExp;
  /** "half a" before a scale word (the pack's `halfOf`): the word and what follows it, anchored. */
  halfOf?: { word: string; re: RegExp };
  /** "and a half" between a number and its scale word (the pack's `halfBeforeScale`), anchored. */
  halfBeforeScale?: RegExp;
}

const langCache = new Map<string, LangData>();
function langData(lang: string): LangData {
  let d = langCache.get(lang);
  if (d) return d;
  const base = baseOf(lang);
  let decimal = '.';
  let group = ',';
  try {
    const parts = new Intl.NumberFormat(lang || 'en').formatToParts(1234567.5);
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    group = parts.find((p) => p.type === 'group')?.value ?? ',';
  } catch {
    /* unknown tag: English conventions */
  }
  if (SPACE_SEPS.includes(group)) group = ' ';
  if (group === '’') group = "'";
  if (decimal === '\u066B') decimal = '.';
  if (group === '\u066C') group = ',';
  const sticky = (src: string) => new RegExp(`(?:${src})(?![\\p{L}\\p{M}])`, 'iuy');
  // One regex for a list of alternatives, tried in order as a loop over them would be (the
  // word-end lookahead applies to each: an alternative that matches without it gives way to
  // the next), with the index of the one that matched as its group.
  const groups = (srcs: readonly string[], wordEnd: boolean) => new RegExp(`(?:${srcs.map((x) => `(${x})`).join('|')})${wordEnd ? '(?![\\p{L}\\p{M}])' : ''}`, wordEnd ? 'iuy' : 'uy');
  d = {
    base,
    decimal,
    group,
    scales: { re: groups((SCALES[base] ?? []).map(([src]) => src), base !== 'th'), values: (SCALES[base] ?? []).map(([, v]) => v) },
    percent: sticky(['%|‰|٪', PERCENT_WORDS[base], base === 'en' ? undefined : PERCENT_WORDS.en].filter(Boolean).join('|')),
    currency: { re: groups(CURRENCY_AFTER.map(([src]) => src), true), codes: CURRENCY_AFTER.map(([, c]) => c) },
    ordinalSuffix: new RegExp(`^(?:${[ORDINAL_SUFFIX[base], ORDINAL_SUFFIX.en].filter(Boolean).join('|')})$`, 'iu'),
    months: monthNames(lang || 'en'),
    spelled: new Map((SPELLED[base] ?? []).flatMap(([v, forms]) => forms.split(' ').map((f) => [f, v] as [string, number]))),
    spelledCache: new Map(),
    ...(HALF_AFTER[base] ? { half: new RegExp(`[\\s\\u00A0]+(?:${HALF_AFTER[base]})(?![\\p{L}\\p{M}])`, 'iuy') } : {}),
    ...(NUMBERS[base]?.halfOf ? { halfOf: { word: NUMBERS[base].halfOf.word, re: new RegExp(`^${NUMBERS[base].halfOf.before}`, 'u') } } : {}),
    ...(NUMBERS[base]?.halfBeforeScale ? { halfBeforeScale: new RegExp(`^${NUMBERS[base].halfBeforeScale}`, 'u') } : {}),
  };
  langCache.set(lang, d);
  return d;
}


/** The text with every decimal digit as ASCII and fullwidth ，．％ as , . % (same length: offsets are kept). */
const TO_NORMALISE = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\uFF10-\uFF19\uFF0C\uFF0E\uFF05]/g;
function normalise(text: string): string {
  return text.replace(TO_NORMALISE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0xff0c) return ',';
    if (c === 0xff0e) return '.';
    if (c === 0xff05) return '%';
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9)!;
    return String.fromCharCode(48 + c - zero);
  });
}

// ---------------------------------------------------------------------------------------------
// Reading digit runs: "1 234 567,5", "1,234.5", "12,34,567" (Indian), "1'000.5"
// ---------------------------------------------------------------------------------------------

interface Run { start: number; end: number; groups: string[]; seps: string[]; starts: number[] }
interface Piece {
  start: number;
  end: number;
  value: number;
  /** Both readings of "1.500" / "1,500": resolved against the text's convention at the end. */
  ambiguous?: { sep: string; asGroup: number; asDecimal: number };
  grouped: boolean;
  integerDigits: number;
  hasSep: boolean;
}

function readRun(t: string, i: number, ld: LangData): Run {
  const run: Run = { start: i, end: i, groups: [], seps: [], starts: [] };
  let j = i;
  for (;;) {
    const gs = j;
    while (isDigit(t[j])) j++;
    run.groups.push(t.slice(gs, j));
    run.starts.push(gs);
    run.end = j;
    const c = t[j];
    if (c === undefined || !isDigit(t[j + 1])) break;
    let k = j + 2;
    while (isDigit(t[k])) k++;
    const nextLen = k - j - 1;
    const isSpace = SPACE_SEPS.includes(c);
    if (isSpace && (nextLen !== 3 || run.groups[run.groups.length - 1]!.length > 3)) break;
    if (!(isSpace || GROUP_ONLY.includes(c) || c === '.' || c === ',' || c === '\u066B')) break;
    run.seps.push(c);
    j++;
  }
  return run;
}

/** Separators folded to four classes: ' ' (spaces), "'" (apostrophes and the Arabic thousands separator: group only), '٫' (Arabic decimal), '.' and ','. */
const foldSep = (c: string): string => (SPACE_SEPS.includes(c) ? ' ' : c === '’' || c === '\u066C' ? "'" : c);

/** Groups k..m of a run as one number, or null when that is not a valid way of writing one. */
function readPiece(run: Run, k: number, m: number, ld: LangData): Piece | null {
  const groups = run.groups.slice(k, m + 1);
  const seps = run.seps.slice(k, m).map(foldSep);
  const start = run.starts[k]!;
  const end = run.starts[m]! + groups[groups.length - 1]!.length;
  const piece = (intPart: string[], frac: string | undefined, grouped: boolean): Piece => ({
    start,
    end,
    value: Number(intPart.join('') + (frac ? '.' + frac : '')),
    grouped,
    integerDigits: intPart.join('').length,
    hasSep: seps.length > 0,
  });
  if (seps.length === 0) return piece(groups, undefined, false);
  const groupOnly = (s: string) => s === ' ' || s === "'";
  const decimalCapable = (s: string) => s === '.' || s === ',' || s === '٫';
  const validGroups = (gs: string[]): boolean => {
    if (gs[0]!.length < 1 || gs[0]!.length > 3 || (gs[0]![0] === '0' && gs[0] !== '0')) return false;
    const rest = gs.slice(1);
    if (rest.every((g) => g.length === 3)) return true;
    // Indian grouping (CLDR hi, en-IN): 12,34,567 — pairs, then a final group of three.
    return rest.length >= 2 && rest.slice(0, -1).every((g) => g.length === 2) && rest[rest.length - 1]!.length === 3 && gs[0]!.length <= 2;
  };
  if (seps.length === 1) {
    const [x, y] = [groups[0]!, groups[1]!];
    const s = seps[0]!;
    if (groupOnly(s)) return x.length <= 3 && y.length === 3 ? piece([x, y], undefined, true) : null;
    if (s === '٫') return piece([x], y, false);
    if (y.length === 3 && x.length <= 3 && x[0] !== '0') {
      // "1.500" / "1,500": thousands or a decimal with three places.
      const p = piece([x], y, false);
      p.ambiguous = { sep: s, asGroup: Number(x + y), asDecimal: Number(`${x}.${y}`) };
      return p;
    }
    if (y.length === 3 && x.length > 3 && s === ld.group) return null; // "2015,300" in English: two numbers
    return piece([x], y, false);
  }
  const g = seps[0]!;
  const last = seps[seps.length - 1]!;
  if (seps.every((s) => s === g)) return g !== '٫' && validGroups(groups) ? piece(groups, undefined, true) : null;
  if (seps.slice(0, -1).every((s) => s === g) && last !== g && decimalCapable(last) && g !== '٫' && validGroups(groups.slice(0, -1))) {
    return piece(groups.slice(0, -1), groups[groups.length - 1], true);
  }
  return null;
}

/** A run as numbers: the longest valid number from the left, then the rest; 'version' for 1.2.3-like runs. */
function readPieces(run: Run, ld: LangData): Piece[] | 'version' {
  const pieces: Piece[] = [];
  for (let k = 0; k < run.groups.length; ) {
    for (let m = run.groups.length - 1; m >= k; m--) {
      const p = readPiece(run, k, m, ld);
      if (p) {
        pieces.push(p);
        k = m + 1;
        break;
      }
    }
  }
  if (run.seps.length >= 2 && run.seps.every((s) => s === '.') && pieces.length > 1) return 'version';
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------------

interface Ctx {
  text: string;
  t: string; // normalised text
  ld: LangData;
  mask: Uint8Array;
  out: NumberMention[];
  pending: { mention: NumberMention; ambiguous: { sep: string; asGroup: number; asDecimal: number } }[];
  /** Separator usage seen in unambiguous numbers: '.'/',' as decimal or as group. */
  seenDecimal: Set<string>;
  seenGroup: Set<string>;
}

function maskRange(ctx: Ctx, a: number, b: number): void {
  ctx.mask.fill(1, a, b);
}

function push(ctx: Ctx, m: Omit<NumberMention, 'text'> & { text?: string }): NumberMention {
  const mention: NumberMention = { ...m, text: m.text ?? ctx.text.slice(m.start, m.end) } as NumberMention;
  if (mention.alternatives) {
    mention.alternatives = [...new Set(mention.alternatives.filter((a) => !near(a, mention.value)))];
    if (mention.alternatives.length === 0) delete mention.alternatives;
  }
  ctx.out.push(mention);
  maskRange(ctx, m.start, m.end);
  return mention;
}

function plain(ctx: Ctx, start: number, end: number, value: number, kind: NumberKind, extra: Partial<NumberMention> = {}): NumberMention {
  return push(ctx, { start, end, value, kind, mantissa: value, scale: 1, ...extra });
}

const yearLike = (p: { value: number; integerDigits: number; hasSep: boolean }): boolean => !p.hasSep && p.integerDigits === 4 && p.value >= 1000 && p.value <= 2100;

/** URLs, e-mail addresses, phone numbers, footnote markers and list markers: masked, never numbers. */
function maskNonQuantities(ctx: Ctx): void {
  const { t } = ctx;
  const patterns: RegExp[] = [
    /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"«»“”]+/giu,
    /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
    /\(\d{2,5}\)[\s\u00A0-]?\d{2,5}(?:[\s.-]\d{2,5}){0,3}/g,
    /(?<![\d.,])\d{3}[.-]\d{3}[.-]\d{4}(?!\d)/g,
    /\[\^?\d{1,3}(?:[,–-]\s?\d{1,3})*\]/g,
    /(?<=\p{L}[.,;:!?"”»)])\d{1,3}(?=\s|$)/gu,
  ];
  for (const re of patterns) {
    if (re.source.includes('@') && !t.includes('@')) continue; // the e-mail pattern is slow on long words
    for (const m of t.matchAll(re)) maskRange(ctx, m.index!, m.index! + m[0].length);
  }
  // International numbers: "+" and at least eight digits in groups — not "+10 000 000" (a grouped number).
  for (const m of t.matchAll(/(?<![\d\p{L}])\+\d[\d\s().\-\u00A0]{6,}\d/gu)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 8 && !/^\+\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/.test(m[0])) maskRange(ctx, m.index!, m.index! + m[0].length);
  }
  // List markers: "1." "2)" "(3)" at the start of a line, unless a month follows ("9. August 2016 …").
  for (const m of t.matchAll(/^([ \t]*(?:[-*•][ \t]+)?\(?)(\d{1,3})[.)](?=[ \t])/gm)) {
    const after = /^[.)][ \t]+([\p{L}\p{M}]+)/u.exec(t.slice(m.index! + m[1]!.length + m[2]!.length))?.[1]?.toLowerCase();
    if (after && ctx.ld.months.has(after)) continue;
    maskRange(ctx, m.index!, m.index! + m[0].length);
  }
}

/** Numeric dates (2016-08-09, 9.8.2016, 8/9/2016, 9.8.), times (14:30, 2:30 pm, 14h30, 14 Uhr, 午後2時), slash pairs (24/7) and versions. */
function readDatesTimes(ctx: Ctx): void {
  const { t, ld } = ctx;
  const free = (a: number, b: number) => !ctx.mask.subarray(a, b).some((x) => x === 1);
  const guard = (i: number) => !isIdentLetter(t[i - 1]) && !isDigit(t[i - 1]);

  // ISO and East Asian Y-M-D: year and day; the month is a month name elsewhere, so it is not a number.
  for (const m of t.matchAll(/(?<![\d.,/:-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g)) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || !guard(m.index!) || !free(m.index!, m.index! + m[0].length)) continue;
    const s = m.index!;
    plain(ctx, s, s + 4, y, 'year');
    const ds = s + m[0].length - m[4]!.length;
    plain(ctx, ds, ds + m[4]!.length, d, 'date');
    maskRange(ctx, s, s + m[0].length);
  }
  // D.M.YYYY, D/M/YYYY, M/D/YYYY, D-M-YYYY (and two-digit years).
  for (const m of t.matchAll(/(?<![\d.,/:-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,]\d)/g)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const dot = m[2] === '.';
    const s = m.index!;
    if (!guard(s) || !free(s, s + m[0].length)) continue;
    if (dot ? a < 1 || a > 31 || b < 1 || b > 12 : a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
    // Which is the day: the first with dots (D.M.Y everywhere); else the one above 12; else the
    // second in English (US M/D/Y) and the first elsewhere, with the other as an alternative.
    const dayFirst = dot || a > 12 ? true : b > 12 ? false : !NUMBERS[ld.base]?.monthFirst;
    const day = dayFirst ? a : b;
    const other = dayFirst ? b : a;
    const ds = dayFirst ? s : s + m[1]!.length + 1;
    plain(ctx, ds, ds + (dayFirst ? m[1]! : m[3]!).length, day, 'date', !dot && other <= 12 ? { alternatives: [other] } : {});
    const ys = s + m[0].length - m[4]!.length;
    const yv = Number(m[4]);
    if (m[4]!.length === 4) plain(ctx, ys, ys + 4, yv, 'year');
    else plain(ctx, ys, ys + 2, 2000 + yv, 'year', { alternatives: [1900 + yv, yv], optional: true });
    maskRange(ctx, s, s + m[0].length);
  }
  // D.M. without a year, in languages that write "9.8." for 9 August.
  if (ORDINAL_DOT.has(ld.base)) {
    for (const m of t.matchAll(/(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?!\d)/g)) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const s = m.index!;
      if (a < 1 || a > 31 || b < 1 || b > 12 || !guard(s) || !free(s, s + m[0].length)) continue;
      plain(ctx, s, s + m[1]!.length, a, 'date');
      maskRange(ctx, s, s + m[0].length);
    }
  }
  // Times of day, as minutes after midnight. "14:30", "2:30 pm", "10am", "6.30pm", "14h30", "14.30 Uhr", "14 Uhr".
  const ampm = '(a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm|AM|PM|A\\.M\\.|P\\.M\\.)';
  const times: [RegExp, (m: RegExpMatchArray) => [number, number, string | undefined] | null][] = [
    [new RegExp(`(?<![\\d.,:])(\\d{1,2}):(\\d{2})(?::\\d{2})?(?![\\d:])(?:\\s?${ampm}(?![\\p{L}]))?`, 'gu'), (m) => [Number(m[1]), Number(m[2]), m[3]]],
    [new RegExp(`(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?(?:${NUMBERS[ld.base]?.ampm ? '\\s?' : ''}(am|pm)|\\s?(a\\.\\s?m\\.|p\\.\\s?m\\.|AM|PM|A\\.M\\.|P\\.M\\.))(?![\\p{L}])`, 'gu'), (m) => [Number(m[1]), Number(m[2] ?? 0), m[3] ?? m[4]]],
    [/(?<![\d.,:])(\d{1,2})\s?h\s?(\d{2})(?![\d\p{L}])/gu, (m) => [Number(m[1]), Number(m[2]), undefined]],
    [/(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))?\s?Uhr(?![\p{L}])/gu, (m) => [Number(m[1]), Number(m[2] ?? 0), undefined]],
    [/(午前|午後|上午|下午|早上|晚上|凌晨|오전|오후)\s?(\d{1,2})\s?(?:時|时|点|點|시)(?!間|间|간)(?:\s?(\d{1,2})\s?(?:分|분))?/gu, (m) => [Number(m[2]), Number(m[3] ?? 0), /午後|下午|晚上|오후/.test(m[1]!) ? 'pm' : 'am']],
    [/(?<![\d.,:])(\d{1,2})\s?(?:時|时|点|點|시)(?!間|间|간)\s?(\d{1,2})\s?(?:分|분)/gu, (m) => [Number(m[1]), Number(m[2]), undefined]],
  ];
  for (const [re, read] of times) {
    for (const m of t.matchAll(re)) {
      const s = m.index!;
      const e = s + m[0].length;
      const r = read(m);
      if (!r || !guard(s) || !free(s, e)) continue;
      const [h, min, mer] = r;
      if (h > 24 || min > 59 || (mer && h === 0)) continue;
      const pm = mer !== undefined && /p/i.test(mer);
      const h24 = mer && h <= 12 ? (h % 12) + (pm ? 12 : 0) : h; // "23:45 p.m.": a 24-hour time with a redundant p.m.
      const value = h24 * 60 + min;
      const alternatives: number[] = [];
      if (!mer && h > 0 && h < 12) alternatives.push((h + 12) * 60 + min);
      if (!mer && h > 12) alternatives.push((h - 12) * 60 + min);
      if (min === 0) alternatives.push(h24, h24 > 12 ? h24 - 12 : h24 + 12, h);
      let ns = s;
      while (!isDigit(t[ns])) ns++; // the span starts at the first digit ("午後2時" → "2時")
      plain(ctx, ns, e, value, 'time', { alternatives, mantissa: value });
      maskRange(ctx, s, e);
    }
  }
  // "a/b" that is not a date: "24/7", "9/11", "1/2", "50/50" — matched when possible, never reported.
  for (const m of t.matchAll(/(?<![\d.,/])(\d{1,4})\/(\d{1,4})(?![\d/]|[.,]\d)/g)) {
    const s = m.index!;
    if (!guard(s) || !free(s, s + m[0].length)) continue;
    plain(ctx, s, s + m[1]!.length, Number(m[1]), 'number', { optional: true });
    const b = s + m[1]!.length + 1;
    plain(ctx, b, b + m[2]!.length, Number(m[2]), 'number', { optional: true });
  }
}

/** CJK number with magnitude characters from `i` (digits, Han digits, units): "25亿", "2万5000", "1억 370만", "十四億". */
function readCjk(t: string, i: number, ld: LangData): { end: number; value: number; scale: number; mantissa: number; spelled: boolean; units: boolean } | null {
  let total = 0; // sum of finished myriad blocks
  let section = 0; // the block being read (below 10^4)
  let current: number | null = null; // the last number read, waiting for its unit
  let lastBig = Infinity; // myriads must decrease: 億 then 万
  let lastSmall = Infinity; // and so must 千 百 十 inside a block
  let maxUnit = 1;
  let units = false;
  let spelled = false;
  let positional = ''; // "二〇一六" = 2016
  let j = i;
  for (;;) {
    const c = t[j];
    if (c === undefined) break;
    if (isDigit(c)) {
      if (current !== null) break;
      const run = readRun(t, j, ld);
      const pieces = readPieces(run, ld);
      if (pieces === 'version' || pieces.length !== 1) break;
      const pc = pieces[0]!;
      current = pc.ambiguous ? (pc.ambiguous.sep === ld.group ? pc.ambiguous.asGroup : pc.ambiguous.asDecimal) : pc.value; // "4,200万" = 42 000 000
      j = run.end;
      continue;
    }
    if (c in HAN_DIGITS) {
      spelled = true;
      positional = current !== null && !units ? (positional || String(current)) + HAN_DIGITS[c] : '';
      current = HAN_DIGITS[c]!;
      j++;
      continue;
    }
    const u = CJK_UNITS[c];
    if (u === undefined) break;
    if (u === 1e3 && CJK_METRIC_AFTER.has(t[j + 1] ?? '')) break; // 千瓦 kilowatt, 千米 kilometre, 千克 kilogram: a unit, not a thousand
    if (current === null && u !== 10 && !(u >= 1e4 && section > 0)) break; // a bare 万 or 千 is a word, not a number; 十 alone is ten
    if (u < 1e4) {
      if (u >= lastSmall) break;
      section += (current ?? 1) * u;
      lastSmall = u;
    } else {
      if (u >= lastBig) break;
      total += (section + (current ?? 0) || 1) * u;
      section = 0;
      lastSmall = Infinity;
      lastBig = u;
    }
    maxUnit = Math.max(maxUnit, u);
    units = true;
    positional = '';
    current = null;
    j++;
    // Korean writes "1억 370만", "2만 5천": a space, then digits and a smaller unit.
    if (ld.base === 'ko' && t[j] === ' ' && /^ \d+(?:[.,]\d+)?[십백천만억]/.test(t.slice(j, j + 12))) j++;
  }
  if (!units) {
    if (!spelled) return null;
    const value = positional.length >= 2 ? Number(positional) : current ?? 0;
    return { end: j, value, scale: 1, mantissa: value, spelled, units };
  }
  const value = round15(total + section + (current ?? 0));
  return { end: j, value, scale: maxUnit, mantissa: round15(value / maxUnit), spelled, units };
}

/** The scale word at `i` (after spaces), with a second one that multiplies it ("mil millones" = 10^9) and a half after it ("1 million et demi"). */
/** Index of the first capturing group that took part in a match (see `groups` in langData). */
function matchedGroup(m: RegExpExecArray): number {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return g - 1;
  return 0;
}

function readScale(t: string, i: number, ld: LangData, glued: boolean): { end: number; scale: number; half: boolean } | null {
  let j = i;
  if (!glued) {
    SPACE_RUN.lastIndex = i;
    SPACE_RUN.exec(t);
    j = SPACE_RUN.lastIndex;
    if (j - i > 2 || j === i) return null;
  }
  if (ld.scales.values.length) {
    const re = ld.scales.re;
    re.lastIndex = j;
    const m = re.exec(t);
    if (!m) return null;
    const value = ld.scales.values[matchedGroup(m)]!;
    let end = re.lastIndex;
    const second = glued ? null : readScale(t, end, ld, false);
    if (second && second.scale > value) return { end: second.end, scale: value * second.scale, half: second.half };
    let half = false;
    if (ld.half) {
      ld.half.lastIndex = end;
      if (ld.half.exec(t)) {
        end = ld.half.lastIndex;
        half = true;
      }
    }
    return { end, scale: value, half };
  }
  return null;
}

/** The letters glued to a number: Latin/Cyrillic/Greek ones only when they start ("2C下" → "C"), else any ("2歳"). */
const IDENT_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}]+/uy;
const ANY_WORD = /[\p{L}\p{M}]+/uy;
function gluedWordAt(t: string, i: number): string {
  const re = isIdentLetter(t[i]) ? IDENT_WORD : ANY_WORD;
  re.lastIndex = i;
  return re.exec(t)?.[0] ?? '';
}
function wordAt(t: string, i: number): string {
  ANY_WORD.lastIndex = i;
  return ANY_WORD.exec(t)?.[0] ?? '';
}
/** The word before `i`, across spaces ("August 9" → "August"). */
function wordBefore(t: string, i: number): { word: string; start: number } {
  let j = i;
  while (j > 0 && SPACE_SEPS.includes(t[j - 1]!)) j--;
  let k = j;
  while (k > 0 && isLetter(t[k - 1])) k--;
  return { word: t.slice(k, j), start: k };
}

/** One digit run and its context: sign, currency, scale word, percent, ordinal, date, year. */
function readNumber(ctx: Ctx, i: number): number {
  const { t, ld } = ctx;
  const run = readRun(t, i, ld);
  const skipWord = () => {
    let j = run.end;
    while (j < t.length && (isDigit(t[j]) || isIdentLetter(t[j]) || (t[j] === '-' && isIdentLetter(t[j + 1])))) j++;
    return Math.max(j, run.end);
  };
  // Glued to a word or code on the left: A4, G7, COVID-19, F-16, Ил-76, v2 — but not "mid-2016", "pre-1990".
  const p = t[i - 1];
  if (isIdentLetter(p)) return skipWord();
  if ((p === '-' || p === '_' || p === '/' || p === '‑') && (isIdentLetter(t[i - 2]) || (isLetter(t[i - 2]) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t[i - 2]!)))) {
    const w = wordBefore(t, i - 1).word;
    // A word before a year ("mid-2016", "Pre-1990", fr "mi-2016") or Indonesian "ke-45" is not a code (COVID-19, F-16, MiG-29, Ил-76 are).
    const word = w.length >= 2 && w.slice(1) === w.slice(1).toLowerCase() && /^\d{4}(?!\d)/.test(t.slice(i, i + 5));
    if (!(p === '-' && (word || w === 'ke'))) return skipWord();
  }
  if (p === '.' && isIdentLetter(t[i - 2]) && isIdentLetter(t[i - 3])) return skipWord(); // "fig.3", "wp.pl/2"
  const pieces = readPieces(run, ld);
  if (pieces === 'version') {
    maskRange(ctx, run.start, run.end);
    return run.end;
  }
  for (let k = 0; k < pieces.length - 1; k++) pushPiece(ctx, pieces[k]!);
  return readLastPiece(ctx, pieces[pieces.length - 1]!, run);
}

/** A number of a run that is followed by another number of the same run ("2016 300" → 2016): no context of its own. */
function pushPiece(ctx: Ctx, pc: Piece): NumberMention {
  const mention = push(ctx, { start: pc.start, end: pc.end, value: pc.value, kind: yearLike(pc) ? 'year' : 'number', mantissa: pc.value, scale: 1 });
  if (pc.ambiguous) ctx.pending.push({ mention, ambiguous: pc.ambiguous });
  else notePiece(ctx, pc);
  return mention;
}

/** Separator usage of an unambiguous number, for resolving "1.500" / "1,500" elsewhere in the text. */
function notePiece(ctx: Ctx, pc: Piece): void {
  const s = ctx.t.slice(pc.start, pc.end);
  const dec = /\d([.,])\d+$/.exec(s);
  if (dec && !pc.grouped) ctx.seenDecimal.add(dec[1]!);
  if (pc.grouped) {
    const seps = s.replace(/\d/g, '');
    const g = seps[0]!;
    if (g === '.' || g === ',') ctx.seenGroup.add(g);
    if (seps.length > 1 && seps[seps.length - 1] !== g) ctx.seenDecimal.add(seps[seps.length - 1]!);
  }
}

function readLastPiece(ctx: Ctx, pc: Piece, run: Run): number {
  const { t, ld } = ctx;
  let end = pc.end;
  let start = pc.start;
  let mantissa = pc.value;
  let scale = 1;
  let cjkValue: number | undefined; // "2万5000" is not mantissa × scale
  let kind: NumberKind | undefined;
  let unit: string | undefined;
  const alternatives: number[] = []; // before the scale
  let decade = false;

  // Left context: ordinal prefix (第9, 제45), currency sign, percent sign (tr/ar "%5"), minus sign, year range.
  const before = t.slice(Math.max(0, start - 6), start);
  if (/(?:第|제\s?)$/.test(before)) kind = 'ordinal';
  const beforeSign = before.replace(/[-−–]$/, '');
  const cur = CURRENCY_BEFORE.exec(beforeSign);
  if (cur && (cur[1]!.length === 1 || !isIdentLetter(beforeSign[cur.index - 1]))) {
    unit = CURRENCY_SIGNS[cur[1]!] ?? cur[1]!; // a code must not end a longer word ("XUSD 5")
    kind = 'currency';
  }
  if (/(?:%|٪|yüzde\s)$/iu.test(before)) {
    kind = 'percent';
    unit = '%';
  }
  let negative = false;
  const sign = t[start - 1];
  if ((sign === '-' || sign === '−' || sign === '–') && !isDigit(t[start - 2])) {
    // A sign starts a token: after nothing, a space, a bracket, "=" or ":" (bidi marks skipped) — not "10 - 15", a range.
    let k = start - 2;
    while (k >= 0 && (SPACE_SEPS.includes(t[k]!) || BIDI_MARK.test(t[k]!))) k--;
    const prev = t[k];
    const spaced = /[ \u00A0\u202F\u2009]/.test(t.slice(k + 1, start - 1));
    if (k < 0 || (spaced ? !(isDigit(prev) || prev === '%') : '([{=:'.includes(prev!))) negative = true;
  }
  // "2015-16", "2013–14": the second number may stand for 2016.
  if ((sign === '-' || sign === '–' || sign === '—' || sign === '/') && isDigit(t[start - 2]) && run.groups.length === 1 && pc.integerDigits === 2) {
    const prevYear = /(\d{4})$/.exec(t.slice(Math.max(0, start - 6), start - 1))?.[1];
    if (prevYear && Number(prevYear) >= 1000 && Number(prevYear) <= 2100) {
      const full = Math.floor(Number(prevYear) / 100) * 100 + pc.value;
      if (full > Number(prevYear)) alternatives.push(full);
    }
  }

  // CJK magnitudes: "25亿", "2万5000", "1억 370만", "2천2백1십억".
  if (kind !== 'ordinal' && t[end] !== undefined && t[end]! in CJK_UNITS) {
    const cjk = readCjk(t, start, ld);
    if (cjk && cjk.units && cjk.end > end) {
      end = cjk.end;
      cjkValue = cjk.value;
      scale = cjk.scale;
      mantissa = cjk.mantissa;
    }
  }
  // Months as digits in CJK: "8月", "10월" is August/October (a month name); "8个月", "8개월" are durations.
  if (scale === 1 && /^(?:(?:至|到|[-–~〜～])\d{1,2})?[月월]/.test(t.slice(end, end + 5)) && mantissa >= 1 && mantissa <= 12 && Number.isInteger(mantissa)) {
    maskRange(ctx, start, end + 1);
    return end + 1;
  }

  // Right context, glued letters: scale ("$221bn", "5млн"), currency m/k ("$5m"), ordinal ("9th", "9e", "9º"), decade ("1990s"), unit ("5km", "2C"); otherwise a code (4G, 3D, 5x5).
  const glued = gluedWordAt(t, end);
  let gluedOk = glued === '';
  if (!gluedOk && scale === 1) {
    const sc = readScale(t, end, ld, true);
    if (sc) {
      scale = sc.scale;
      end = sc.end;
      if (sc.half) mantissa += 0.5;
      gluedOk = true;
    } else if (unit && /^(?:m|mn|bn|k|b|tn)$/i.test(glued)) {
      scale = { m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12 }[glued.toLowerCase()]!;
      end += glued.length;
      gluedOk = true;
    }
  }
  if (!gluedOk) {
    const lower = glued.toLowerCase();
    if (!isIdentLetter(glued[0])) {
      gluedOk = true; // CJK counters and particles, Arabic, Devanagari
      if (/^(?:वें|वीं|वां|वाँ|वा|वी|वे|번째|째)/.test(glued)) {
        kind ??= 'ordinal';
        end += (/^(?:वें|वीं|वां|वाँ|वा|वी|वे|번째|째)/.exec(glued)![0]).length;
      }
    } else if (ld.ordinalSuffix.test(lower)) {
      gluedOk = true;
      kind = 'ordinal';
      end += glued.length;
    } else if (DECADE_SUFFIX.test(lower) && mantissa % 10 === 0 && !pc.hasSep) {
      gluedOk = true; // 1990s, 90s, 1970ern
      end += glued.length;
      decade = true;
    } else if (GLUED_UNITS.has(lower)) {
      gluedOk = true;
      unit ??= UNIT_NAMES[lower] ?? lower;
      end += glued.length;
      const scaleToo = NUMBERS[ld.base]?.ambiguousGlued?.[lower];
      if (scaleToo) alternatives.push(mantissa * scaleToo); // "5m people": metres or millions
    } else if ((lower === 'am' || lower === 'pm') && mantissa <= 12) {
      gluedOk = true; // handled as a time when well-formed; keep the number
    }
  }
  if (!gluedOk) {
    let j = end;
    while (j < t.length && (isDigit(t[j]) || isIdentLetter(t[j]) || isLetter(t[j]))) j++;
    // A number glued to a lower-case word is a compound ("53enne", "18letá", "90hektarové"):
    // matched when possible, never reported. Codes (4G, 3D, 5x5, mp3) are not read.
    if (/^\p{Ll}{3,}$/u.test(glued) && j === end + glued.length && !pc.hasSep) plain(ctx, pc.start, end, pc.value, 'number', { optional: true });
    return j;
  }
  if (/^\.[ºª]/.test(t.slice(end, end + 2))) {
    kind = 'ordinal'; // es/pt "45.º"
    end += 2;
  }
  // "°C", "℃", "°"
  if (/^\s?(?:°[CF]|℃|℉)/.test(t.slice(end, end + 3))) unit ??= t.slice(end, end + 3).includes('F') || t.slice(end, end + 3).includes('℉') ? '°F' : '°C';

  // Right context after a hyphen: "9-го" (ordinal), "1990-х", "66-процентное" (percent), "10-week" (a number).
  if ((t[end] === '-' || t[end] === '‑') && isLetter(t[end + 1])) {
    const w = wordAt(t, end + 1);
    if (HYPHEN_ORDINAL.test(w.toLowerCase()) && !yearLike(pc)) {
      kind ??= 'ordinal';
      end += 1 + w.length;
    } else if (/^(?:процент|відсот|percent|prozent|procent)/iu.test(w)) {
      kind = 'percent';
      unit = '%';
    }
  }
  // Ordinal with a full stop in de/pl/cs/…: "9. August", "45. Präsident" (not a year ending a sentence).
  if (ORDINAL_DOT.has(ld.base) && t[end] === '.' && t[end + 1] === ' ' && isLetter(t[end + 2]) && !yearLike(pc) && scale === 1 && !pc.hasSep) {
    const w = wordAt(t, end + 2);
    // Before a lower-case word, a month, or any word where nouns are capitalised ("45. Präsident").
    if (w[0] === w[0]!.toLowerCase() || ld.months.has(w.toLowerCase()) || CAPITALISES_NOUNS.has(ld.base)) {
      kind ??= 'ordinal';
      end += 1;
    }
  }
  // Scale word after a space: "2,5 млрд", "25 тысяч", "2.5 billion", "2,5 mil millones", "250 करोड़".
  if (scale === 1 && kind !== 'ordinal') {
    const sc = readScale(t, end, ld, false);
    if (sc) {
      scale = sc.scale;
      end = sc.end;
      if (sc.half) mantissa += 0.5;
    }
  }
  // Percent and currency after the number.
  SPACE_RUN.lastIndex = end;
  SPACE_RUN.exec(t);
  const after = SPACE_RUN.lastIndex;
  if (after - end <= 1) {
    ld.percent.lastIndex = after;
    const pm = ld.percent.exec(t);
    if (pm) {
      kind = 'percent';
      unit = pm[0] === '‰' ? '‰' : '%';
    } else if (kind !== 'ordinal') {
      const re = ld.currency.re;
      re.lastIndex = after;
      const m = re.exec(t);
      if (m) {
        kind = 'currency';
        unit ??= ld.currency.codes[matchedGroup(m)]!;
      }
    }
  }
  // Day of a month: "9 August", "9. August", "9 de agosto", "9 августа", "August 9", "9-го августа".
  const isDay = Number.isInteger(mantissa) && mantissa >= 1 && mantissa <= 31 && scale === 1 && !pc.hasSep;
  if (isDay && kind !== 'percent' && kind !== 'currency') {
    const afterWord = /^[.\s\u00A0]*(?:(?:de|of|d')\s+)?([\p{L}\p{M}]+)/u.exec(t.slice(end, end + 40));
    const prev = wordBefore(t, start);
    if (afterWord && ld.months.has(afterWord[1]!.toLowerCase())) {
      kind = 'date';
      end += afterWord[0].length;
    } else if (prev.word && ld.months.has(prev.word.toLowerCase()) && !negative) {
      kind = 'date';
      start = prev.start;
    } else if ((t[end] === '日' || t[end] === '일') && /[月월]\s?$/.test(t.slice(Math.max(0, start - 2), start))) {
      kind = 'date';
    }
  }
  if (!kind) kind = scale === 1 && yearLike(pc) ? 'year' : 'number';
  // Decades: "the 1970s" = "los años 70" = "70-е" = "السبعينيات".
  if (yearLike(pc) && mantissa % 10 === 0 && (decade || DECADE_AFTER.test(t.slice(pc.end, pc.end + 8)) || DECADE_BEFORE.test(t.slice(Math.max(0, pc.start - 12), pc.start)))) {
    alternatives.push(mantissa % 100);
  }
  // "6.30" may be a time (British and German style): 6:30 or 18:30.
  if (kind === 'number' && scale === 1 && !unit && /^\d{1,2}[.]\d{2}$/.test(t.slice(pc.start, pc.end))) {
    const [h, m] = t.slice(pc.start, pc.end).split('.').map(Number) as [number, number];
    if (h <= 24 && m <= 59) alternatives.push(h * 60 + m, ...(h < 12 ? [(h + 12) * 60 + m] : []));
  }
  let value = cjkValue ?? round15(mantissa * scale);
  const alts = alternatives.map((a) => round15(a * scale));
  if (negative) {
    value = -value;
    mantissa = -mantissa;
    alts.push(-value); // "fell 5 %" may be "−5 %" in the other language: the sign is in the words
  }
  const mention = push(ctx, {
    start: negative ? start - 1 : start,
    end,
    value,
    kind,
    mantissa,
    scale,
    ...(alts.length ? { alternatives: alts } : {}),
    ...(unit ? { unit } : {}),
  });
  if (pc.ambiguous && cjkValue === undefined) ctx.pending.push({ mention, ambiguous: pc.ambiguous });
  else notePiece(ctx, pc);
  return Math.max(end, run.end);
}

/** "1.500" / "1,500": thousands or a decimal, by the language's convention, with the other reading as an alternative when the text does not settle it. */
function resolveAmbiguous(ctx: Ctx): void {
  const { ld } = ctx;
  for (const { mention, ambiguous } of ctx.pending) {
    const { sep, asGroup, asDecimal } = ambiguous;
    const other = sep === '.' ? ',' : '.';
    let primary: number;
    let alt: number | undefined;
    if (sep === ld.group) {
      primary = asGroup;
      if (ctx.seenDecimal.has(sep) || ctx.seenGroup.has(other)) alt = asDecimal; // the text writes the other way too
    } else if (sep === ld.decimal) {
      primary = asDecimal;
      alt = asGroup; // "1,500" in German is likely an English thousands separator left in place
    } else {
      primary = asGroup;
      alt = asDecimal;
    }
    const s = mention.scale;
    const sign = mention.mantissa < 0 ? -1 : 1;
    mention.mantissa = sign * primary;
    mention.value = round15(sign * primary * s);
    const alts = alt !== undefined ? [round15(sign * alt * s)] : [];
    if (sign < 0) alts.push(...[mention.value, ...alts].map((x) => -x));
    if (alts.length) mention.alternatives = alts;
    else delete mention.alternatives;
  }
}

/** Lower case, one UTF-16 unit for one (offsets kept): "İ" stays as it is outside the languages with dotted and dotless i. */
function lowerKeepLength(t: string, base: string): string {
  const lower = lowerCase(t, base);
  if (lower.length === t.length) return lower;
  let out = '';
  for (const ch of t) {
    const l = lowerCase(ch, base);
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Roman numerals II–MMMCMXCIX in upper case ("Andre Price III", "World War II"), and the Unicode ones Ⅰ–Ⅻ. */
const ROMAN = /(?<![\p{L}\p{N}])(?=[MDCLXVI]{2,}(?![\p{L}\p{N}]))M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}])|[\u2160-\u216B]/gu;
function romanValue(r: string): number {
  const c = r.charCodeAt(0);
  if (c >= 0x2160 && c <= 0x216b) return c - 0x2160 + 1;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let n = 0;
  for (let i = 0; i < r.length; i++) n += v[r[i]!]! < (v[r[i + 1]!] ?? 0) ? -v[r[i]!]! : v[r[i]!]!;
  return n;
}

/** A spelled-out number word in the language, or undefined: the table, German "fünfundzwanzig", "twenty-five", ordinal stems, compound prefixes, suffixed forms (ko, tr), Arabic prefixes. */
function spelledValue(w: string, ld: LangData): number | undefined {
  if (ld.spelledCache.has(w)) return ld.spelledCache.get(w);
  const v = readSpelledWord(w, ld);
  if (ld.spelledCache.size > 50_000) ld.spelledCache.clear();
  ld.spelledCache.set(w, v);
  return v;
}
function readSpelledWord(w: string, ld: LangData): number | undefined {
  const v = ld.spelled.get(w);
  if (v !== undefined) return v;
  if (ld.base === 'ar') {
    for (const pre of ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل']) {
      const r = w.startsWith(pre) ? ld.spelled.get(w.slice(pre.length)) : undefined;
      if (r !== undefined) return r;
    }
  }
  const nd = NUMBERS[ld.base];
  // Units, joiner, tens in one word: "fünfundzwanzig".
  const join = nd?.unitsJoinTens;
  const at = join ? w.indexOf(join, 1) : -1;
  if (join && at > 0 && at + join.length < w.length) {
    const [u, ten] = [ld.spelled.get(w.slice(0, at)), ld.spelled.get(w.slice(at + join.length))];
    if (u !== undefined && ten !== undefined && u >= 1 && u < 10 && ten >= 20 && ten < 100) return ten + u;
  }
  // Tens, then units, in one word: "venticinque", "trentotto", "trentatré" (a final accent: "tre").
  if (nd?.tensGlued) {
    for (const [stem, ten] of nd.tensGlued) {
      if (!w.startsWith(stem) || w.length === stem.length) continue;
      const rest = w.slice(stem.length);
      const u = ld.spelled.get(rest) ?? ld.spelled.get(rest.normalize('NFD').replace(/\p{M}/gu, ''));
      if (u !== undefined && u >= 1 && u < 10 && Number.isInteger(u)) return ten + u;
    }
  }
  if (w.includes('-')) {
    const [a, b] = w.split('-') as [string, string];
    const [ten, u] = [ld.spelled.get(a), ld.spelled.get(b)];
    if (ten !== undefined && u !== undefined && ten >= 20 && ten < 100 && ten % 10 === 0 && u >= 1 && u < 10) return ten + u;
  }
  for (const [stem, val] of longestFirst(ORDINAL_STEMS, ld.base)) if (w.startsWith(stem) && w.length - stem.length <= 3 && w.length > stem.length) return val;
  for (const [pre, val] of longestFirst(COMPOUND_PREFIX, ld.base)) if (w.startsWith(pre) && w.length - pre.length >= 4) return val;
  const minPrefix = SPELLED_PREFIX[ld.base];
  if (minPrefix) for (const [form, val] of ld.spelled) if (form.length >= minPrefix && w.length > form.length && w.startsWith(form)) return val;
  return undefined;
}

const sortedTables = new Map<object, Map<string, ReadonlyArray<readonly [string, number]>>>();
/** A language's stems or prefixes, longest first ("achtzehn" before "acht", "пятнадцат" before "пят"). */
function longestFirst(table: Record<string, ReadonlyArray<readonly [string, number]>>, base: string): ReadonlyArray<readonly [string, number]> {
  let byLang = sortedTables.get(table);
  if (!byLang) sortedTables.set(table, (byLang = new Map()));
  let list = byLang.get(base);
  if (!list) byLang.set(base, (list = [...(table[base] ?? [])].sort((a, b) => b[0].length - a[0].length)));
  return list;
}

/** Spelled-out numbers ("three", "twenty-five", "fünfundzwanzig", "два миллиона", "十四億", "III"): `spelled`, never reported. */
function readSpelled(ctx: Ctx): void {
  const { t, ld } = ctx;
  const lowerT = lowerKeepLength(t, ld.base);
  if (ld.spelled.size) {
    for (const m of lowerT.matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)) {
      const s = m.index!;
      let word = m[0];
      if (ctx.mask[s] || isDigit(t[s - 1]) || isDigit(t[s + word.length])) continue;
      let v = spelledValue(word, ld);
      let s0 = s;
      if (v === undefined && word.includes('-')) {
        const whole = word;
        word = whole.slice(0, whole.indexOf('-')); // "two-year-old", "trzy-"
        v = spelledValue(word, ld);
        if (v === undefined) {
          word = whole.slice(whole.lastIndexOf('-') + 1); // "mid-sixties"
          v = spelledValue(word, ld);
          s0 = s + whole.length - word.length;
        }
      }
      if (v === undefined) {
        // "half a million" = 500,000
        const half = ld.halfOf && word === ld.halfOf.word ? ld.halfOf.re.exec(lowerT.slice(s + word.length, s + word.length + 8)) : null;
        const sc = half ? readScale(t, s + word.length + half[0].length, ld, false) : null;
        if (sc && sc.scale >= 1e6) push(ctx, { start: s, end: sc.end, value: round15(0.5 * sc.scale), mantissa: 0.5, scale: sc.scale, kind: 'number', spelled: true });
        continue;
      }
      let e = s0 + word.length;
      // tens + units: "thirty five", "vingt et un", "treinta y cinco", "двадцать пять", tr "on bir"
      if (v >= (NUMBERS[ld.base]?.tensFrom ?? 20) && v < 100 && v % 10 === 0) {
        const j = SPELLED_JOIN.exec(lowerT.slice(e, e + 8));
        const next = j ? wordAt(lowerT, e + j[0].length) : '';
        const u = next ? spelledValue(next, ld) : undefined;
        if (j && u !== undefined && u >= 1 && u < 10 && Number.isInteger(u)) {
          v += u;
          e += j[0].length + next.length;
        }
      }
      // Teens: "الخامس عشر" (15th), "خمسة عشر" (15); es/pt/gl "décimo quinto" (15th)
      if (ld.base === 'ar' && v >= 1 && v < 10) {
        const teen = /^\s+(?:عشر|عشرة)(?![\p{L}\p{M}])/u.exec(lowerT.slice(e, e + 10));
        if (teen) {
          v += 10;
          e += teen[0].length;
        }
      }
      if ((ld.base === 'es' || ld.base === 'pt' || ld.base === 'gl') && v === 10 && /^d[eé]cim/u.test(word)) {
        const next = /^\s+([\p{L}\p{M}]+)/u.exec(lowerT.slice(e, e + 20));
        const u = next ? spelledValue(next[1]!, ld) : undefined;
        if (next && u !== undefined && u >= 1 && u < 10) {
          v += u;
          e += next[0].length;
        }
      }
      // Arabic units before tens: "الخامس والأربعين" (45th), "خمسة وعشرون" (25)
      if (ld.base === 'ar' && v >= 1 && v < 10) {
        const next = /^\s+(و[\p{L}\p{M}]+)/u.exec(lowerT.slice(e, e + 20));
        const ten = next ? spelledValue(next[1]!, ld) : undefined;
        if (next && ten !== undefined && ten >= 20 && ten < 100 && ten % 10 === 0) {
          v += ten;
          e += next[0].length;
        }
      }
      // "two hundred", "drei Dutzend"
      const nextWord = /^[\s\u00A0]+([\p{L}\p{M}]+)/u.exec(lowerT.slice(e, e + 30));
      const nv = nextWord ? ld.spelled.get(nextWord[1]!) : undefined;
      if (nextWord && (nv === 100 || nv === 12) && v < 20 && v > 1) {
        v *= nv;
        e += nextWord[0].length;
      }
      // "one and a half million"
      const half = ld.halfBeforeScale?.exec(lowerT.slice(e, e + 20)) ?? null;
      if (half) {
        v += 0.5;
        e += half[0].length;
      }
      // then a scale word: "two million", "drei Millionen", "два миллиона", "un milliard et demi"
      let scale = 1;
      const sc = readScale(t, e, ld, false);
      if (sc) {
        scale = sc.scale;
        e = sc.end;
        if (sc.half) v += 0.5;
      }
      push(ctx, { start: s0, end: e, value: round15(v * scale), mantissa: v, scale, kind: 'number', spelled: true });
    }
  }
  for (const m of t.matchAll(ROMAN)) {
    const s = m.index!;
    if (ctx.mask[s] || m[0] === '') continue;
    const v = romanValue(m[0]);
    push(ctx, { start: s, end: s + m[0].length, value: v, mantissa: v, scale: 1, kind: 'ordinal', spelled: true });
  }
  // Han numerals (zh, ja): "三", "十四億", "二〇一六"; digits with magnitudes were read with the digits.
  if (ld.base === 'zh' || ld.base === 'ja') {
    for (const m of t.matchAll(/[〇零一二两兩三四五六七八九十百千万萬亿億兆]+/gu)) {
      const s = m.index!;
      if (ctx.mask[s] || isDigit(t[s - 1])) continue;
      if (!/[〇零一二两兩三四五六七八九十]/u.test(m[0])) continue;
      const cjk = readCjk(t, s, ld);
      if (!cjk || cjk.end <= s) continue;
      if (t[cjk.end] === '月' && cjk.value >= 1 && cjk.value <= 12) continue; // 八月 = August
      const kind: NumberKind = /第$/.test(t.slice(Math.max(0, s - 1), s)) ? 'ordinal' : 'number';
      push(ctx, { start: s, end: cjk.end, value: cjk.value, mantissa: cjk.mantissa, scale: cjk.scale, kind, spelled: true });
    }
  }
}

/**
 * Every number mentioned in `text` (a language tag for `lang`: separators, scale words, month
 * names and spelled numbers are the language's). Sorted by position; spans never overlap.
 */
export function extractNumbers(text: string, lang: string, options: { spelled?: boolean } = {}): NumberMention[] {
  const ld = langData(lang);
  const t = normalise(text);
  const ctx: Ctx = { text, t, ld, mask: new Uint8Array(t.length + 1), out: [], pending: [], seenDecimal: new Set(), seenGroup: new Set() };
  maskNonQuantities(ctx);
  const masked = ctx.mask.slice();
  readDatesTimes(ctx);
  for (let i = 0; i < t.length; ) {
    if (ctx.mask[i] || masked[i] || !isDigit(t[i])) {
      i++;
      continue;
    }
    i = readNumber(ctx, i);
  }
  resolveAmbiguous(ctx);
  if (options.spelled !== false) readSpelled(ctx);
  let out = ctx.out.sort((a, b) => a.start - b.start);
  // "20世紀60年代", "20세기 60년대": the 1960s, one number (the century alone is "20th century").
  if (ld.base === 'zh' || ld.base === 'ja' || ld.base === 'ko') {
    for (let k = 0; k + 1 < out.length; k++) {
      const [a, b] = [out[k]!, out[k + 1]!];
      if (!Number.isInteger(a.value) || a.value < 1 || a.value > 21 || b.value % 10 !== 0 || b.value >= 100) continue;
      if (!/^\s?(?:世紀|世纪|세기)\s?(?:的\s?)?$/u.test(t.slice(a.end, b.start)) || !/^\s?(?:年代|년대)/u.test(t.slice(b.end, b.end + 3))) continue;
      out[k] = { ...a, end: b.end, text: text.slice(a.start, b.end), value: (a.value - 1) * 100 + b.value, mantissa: (a.value - 1) * 100 + b.value, kind: 'year', alternatives: [b.value] };
      out[k + 1] = undefined as unknown as NumberMention;
      out = out.filter(Boolean);
    }
  }
  // "3–5 million", "от 3 до 5 тысяч": the first end of a range may carry the second's scale.
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k]!, out[k + 1]!];
    if (a.scale === 1 && b.scale > 1 && a.kind !== 'year' && RANGE_JOIN.test(t.slice(a.end, b.start))) {
      a.alternatives = [...(a.alternatives ?? []), round15(a.value * b.scale)];
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

function near(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
const reportable = (m: NumberMention): boolean => !m.spelled && !m.optional;
const readings = (m: NumberMention): number[] => [m.value, ...(m.alternatives ?? [])];
const equalPrimary = (a: NumberMention, b: NumberMention): boolean => near(a.value, b.value);
const equalAny = (a: NumberMention, b: NumberMention): boolean => readings(a).some((x) => readings(b).some((y) => near(x, y)));
/** Kinds that pair as a change: a percent, an amount of money and a plain number are all quantities. */
const kindClass = (k: NumberKind): string => (k === 'percent' || k === 'currency' || k === 'number' ? 'quantity' : k);

/**
 * What the target lost, gained or changed among the source's numbers. Multiset matching by value
 * (exact within 1e-9 relative; alternatives of ambiguous readings; spelled and optional mentions
 * absorb a leftover of the same value but are never reported). A leftover pair of the same kind
 * (percent, currency and plain number count as one kind) is a change when it is the only leftover
 * of that kind on each side; the rest is missing / extra.
 */
export function compareNumbers(source: NumberMention[], target: NumberMention[]): NumberDiff {
  const usedS = new Array<boolean>(source.length).fill(false);
  const usedT = new Array<boolean>(target.length).fill(false);
  const pass = (okS: (m: NumberMention) => boolean, okT: (m: NumberMention) => boolean, eq: (a: NumberMention, b: NumberMention) => boolean, sameKind: boolean) => {
    for (let i = 0; i < source.length; i++) {
      if (usedS[i] || !okS(source[i]!)) continue;
      for (let j = 0; j < target.length; j++) {
        if (usedT[j] || !okT(target[j]!) || !eq(source[i]!, target[j]!)) continue;
        if (sameKind && kindClass(source[i]!.kind) !== kindClass(target[j]!.kind)) continue;
        usedS[i] = usedT[j] = true;
        break;
      }
    }
  };
  const notReportable = (m: NumberMention) => !reportable(m);
  const sameKindUnit = (a: NumberMention, b: NumberMention) => equalPrimary(a, b) && a.kind === b.kind && a.unit === b.unit;
  // Closest pairs first, so that a looser match does not take a number a closer one needs
  // ("3%" pairs with "3 %" before "£3,000" read as 3 can take it).
  pass(reportable, reportable, sameKindUnit, false); // same value, kind and unit
  pass(reportable, reportable, (a, b) => equalPrimary(a, b) && !a.alternatives && !b.alternatives, true); // same value, both unambiguous
  pass(reportable, reportable, equalPrimary, true); // same value, same kind of quantity
  pass(reportable, reportable, equalPrimary, false); // same value
  pass(reportable, reportable, equalAny, false); // through an alternative reading
  pass(reportable, notReportable, equalAny, false); // a digit and a spelled-out or optional number
  pass(notReportable, reportable, equalAny, false);
  pass(notReportable, notReportable, equalAny, false);

  const leftS = source.filter((m, i) => !usedS[i] && reportable(m));
  const leftT = target.filter((m, j) => !usedT[j] && reportable(m));
  const diff: NumberDiff = { missing: [], extra: [], changed: [] };
  const classes = new Set([...leftS, ...leftT].map((m) => kindClass(m.kind)));
  for (const c of classes) {
    const s = leftS.filter((m) => kindClass(m.kind) === c);
    const tt = leftT.filter((m) => kindClass(m.kind) === c);
    if (s.length === 1 && tt.length === 1) diff.changed.push({ source: s[0]!, target: tt[0]! });
    else {
      diff.missing.push(...s);
      diff.extra.push(...tt);
    }
  }
  diff.missing.sort((a, b) => a.start - b.start);
  diff.extra.sort((a, b) => a.start - b.start);
  diff.changed.sort((a, b) => a.target.start - b.target.start);
  return diff;
}

// ---------------------------------------------------------------------------------------------
// Formatting (for fixes)
// ---------------------------------------------------------------------------------------------

function formsFor(lang: string): Record<number, ScaleForms> | undefined {
  const l = lang.toLowerCase();
  if (l.startsWith('pt-br')) return SCALE_FORMS['pt-br'];
  if (l.startsWith('zh') && /hant|tw|hk|mo/.test(l)) return SCALE_FORMS['zh-hant'];
  return SCALE_FORMS[baseOf(l)];
}

function digits(value: number, lang: string, grouping: boolean | 'auto'): string {
  try {
    const options: Intl.NumberFormatOptions = grouping === 'auto' ? { maximumFractionDigits: 10 } : { maximumFractionDigits: 10, useGrouping: grouping };
    return new Intl.NumberFormat(lang, options).format(value);
  } catch {
    return String(value);
  }
}

/**
 * The value written the target language's way, in the style of `like` when given (for a fix):
 * 2500000 → "2,5 Millionen" in de if like used a scale word ("2,5 Mio." if it was abbreviated),
 * "2.500.000" otherwise; a year without grouping; a time as "14:30" (or "2:30 pm" after am/pm);
 * a date or ordinal keeps like's words around the new number ("10. August", "10th").
 */
export function formatNumber(value: number, lang: string, like?: NumberMention): string {
  if (like?.kind === 'time') {
    const h = Math.floor(value / 60);
    const m = String(Math.round(value % 60)).padStart(2, '0');
    if (/[ap]\.?\s?m\.?/i.test(like.text)) return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h >= 12 ? 'pm' : 'am'}`;
    return `${h}:${m}`;
  }
  if (like && (like.kind === 'date' || like.kind === 'ordinal') && Number.isInteger(value)) {
    return like.text.replace(/\d+/, String(value));
  }
  const forms = like && /[億萬]/.test(like.text) ? SCALE_FORMS['zh-hant'] : formsFor(lang);
  if (like && like.scale > 1 && forms) {
    const scales = Object.keys(forms).map(Number).sort((a, b) => b - a);
    const chosen = forms[like.scale] && Math.abs(value) >= like.scale ? like.scale : scales.find((s) => Math.abs(value) >= s);
    if (chosen) {
      const f = forms[chosen]!;
      const mantissa = round15(value / chosen);
      const abbreviated = /\.$|^(?:mio|mrd|mln|mld|млн|млрд|тыс|тис|bn|mn|tn|m|k|tsd|md)\.?$/i.test(like.text.replace(/^[-−\d\s.,'’\u00A0\u202F]+/u, '').trim());
      let word = f.other;
      if (abbreviated && f.abbr) word = f.abbr;
      else {
        let cat = 'other';
        try {
          cat = new Intl.PluralRules(lang).select(mantissa);
        } catch {
          /* unknown tag */
        }
        word = (f as unknown as Record<string, string | undefined>)[cat] ?? f.other;
      }
      const num = digits(mantissa, lang, true);
      return f.glue ? num + word : `${num}${NUMBERS[baseOf(lang)]?.glueAbbreviations && abbreviated ? '' : ' '}${word}`;
    }
  }
  if (!like) return digits(value, lang, 'auto'); // CLDR's grouping: "1234,5" in es/pl, "1.234,5" in de
  if (like.kind === 'year') return digits(value, lang, false);
  if (/\d[.,'’\u00A0\u202F\u2009 \u066C]\d{3}(?!\d)/.test(like.text)) return digits(value, lang, true);
  return digits(value, lang, /\d{4}/.test(like.text) ? false : 'auto'); // "24000" was written without grouping
}

/** Whether spelled-out numbers of this language are read (and so can match a digit on the other side). */
export function readsSpelledNumbers(lang: string): boolean {
  return SPELLED[lang.toLowerCase().split('-')[0]!] !== undefined;
}
