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

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/**
 * Scale words per language: [regular-expression source, value]. Matched case-insensitively as a
 * whole word right after a number (after a space, or glued: "5млн", "$221bn"). `\p{L}*` after a
 * stem takes the inflected forms (ru тысяча/тысячи/тысяч/тысячами, pl milion/miliona/milionów,
 * lt milijonas/milijonai/milijonų, tr milyonluk/milyona). Long scale: de/fr/es/pt-PT/pl/cs/nl
 * Billion/billion/billón/bilião/bilion/biljoen = 10^12; pt-BR bilhão = 10^9.
 * Sources: English, German, French, Spanish, Italian, Portuguese, Polish, Russian, Ukrainian,
 * Czech, Lithuanian, Latvian, Turkish, Dutch, Swedish, Finnish, Indonesian, Hindi and Arabic
 * Wiktionary entries for the words and their inflection tables ("Appendix:Numerals" and
 * "Names of large numbers" pages), abbreviations as listed there and in the languages' style
 * guides (Duden "Mio./Mrd.", Грамота.ру "тыс./млн/млрд", PWN "tys./mln/mld", ÚJČ "tis./mil./mld.",
 * VLKK "tūkst./mln./mlrd.", LVA "tūkst./milj./mljrd."). CJK scale characters are in CJK_UNITS.
 */
const SCALES: Record<string, ReadonlyArray<readonly [string, number]>> = {
  en: [['thousand', 1e3], ['million|mln|mn', 1e6], ['billion|bln|bn', 1e9], ['trillion|trn|tn', 1e12], ['lakhs?|lacs?', 1e5], ['crores?', 1e7]],
  de: [['tausend|tsd\\.?', 1e3], ['millionen|million|mio\\.?', 1e6], ['milliarden|milliarde|mrd\\.?', 1e9], ['billionen|billion|bio\\.?', 1e12]],
  fr: [['mille|milliers?', 1e3], ['millions?|mio\\.?|m(?=\\s?[€$£])', 1e6], ['milliards?|mds?|mrds?', 1e9], ['billions?', 1e12]],
  es: [['mil', 1e3], ['millón|millon|millones|mill\\.', 1e6], ['millardos?', 1e9], ['billón|billon|billones', 1e12]],
  // Galician (RAG, Dicionario da Real Academia Galega: "millón", pl. "millóns"; "mil millóns" = 10⁹).
  gl: [['mil', 1e3], ['millón|millon|millóns|millons|mill\\.', 1e6], ['millardos?', 1e9], ['billón|billon|billóns|billons', 1e12]],
  it: [['mila|mille', 1e3], ['milioni|milione|mln\\.?|mio\\.?', 1e6], ['miliardi|miliardo|mld\\.?|mrd\\.?', 1e9], ['bilioni|bilione', 1e12]],
  pt: [['mil|milhares?', 1e3], ['milhão|milhões|milhao|milhoes|mi', 1e6], ['bilhão|bilhões|bilhao|bilhoes|bi|mil\\s+milhões', 1e9], ['bilião|biliões|trilhão|trilhões', 1e12]],
  pl: [['tys\\.?|tysiąc\\p{L}*|tysięc\\p{L}*', 1e3], ['mln\\.?|milion\\p{L}*', 1e6], ['mld\\.?|miliard\\p{L}*', 1e9], ['bln\\.?|bilion\\p{L}*', 1e12]],
  ru: [['тыс\\.?|тысяч\\p{L}*', 1e3], ['млн\\.?|миллион\\p{L}*', 1e6], ['млрд\\.?|миллиард\\p{L}*', 1e9], ['трлн\\.?|триллион\\p{L}*', 1e12]],
  uk: [['тис\\.?|тисяч\\p{L}*', 1e3], ['млн\\.?|мільйон\\p{L}*', 1e6], ['млрд\\.?|мільярд\\p{L}*', 1e9], ['трлн\\.?|трильйон\\p{L}*', 1e12]],
  be: [['тыс\\.?|тысяч\\p{L}*', 1e3], ['млн\\.?|мільён\\p{L}*', 1e6], ['млрд\\.?|мільярд\\p{L}*', 1e9]],
  cs: [['tis\\.|tisíc\\p{L}*', 1e3], ['mil\\.|mln\\.?|milion\\p{L}*', 1e6], ['mld\\.?|miliard\\p{L}*', 1e9], ['bilion\\p{L}*', 1e12]],
  sk: [['tis\\.|tisíc\\p{L}*', 1e3], ['mil\\.|mln\\.?|milión\\p{L}*|milion\\p{L}*', 1e6], ['mld\\.?|miliard\\p{L}*', 1e9]],
  lt: [['tūkst\\.?|tūkstan\\p{L}*|tūkstanč\\p{L}*', 1e3], ['mln\\.?|milijon\\p{L}*', 1e6], ['mlrd\\.?|milijard\\p{L}*', 1e9], ['trln\\.?|trilijon\\p{L}*', 1e12]],
  lv: [['tūkst\\.?|tūksto\\p{L}*', 1e3], ['milj\\.?|miljon\\p{L}*', 1e6], ['mljrd\\.?|mljr\\.?|miljard\\p{L}*', 1e9]],
  tr: [['bin|bine|binde|binden|bini|binin|binlik\\p{L}*', 1e3], ['milyon\\p{L}*|mn', 1e6], ['milyar\\p{L}*|mlr', 1e9], ['trilyon\\p{L}*', 1e12]],
  nl: [['duizend', 1e3], ['miljoen\\p{L}*|mln\\.?|mio\\.?', 1e6], ['miljard\\p{L}*|mld\\.?|mrd\\.?', 1e9], ['biljoen\\p{L}*', 1e12]],
  sv: [['tusen', 1e3], ['miljon\\p{L}*|milj\\.?|mn', 1e6], ['miljard\\p{L}*|mdr|md', 1e9]],
  fi: [['tuhat\\p{L}*|tuhann\\p{L}*', 1e3], ['miljoon\\p{L}*|milj\\.?', 1e6], ['miljardi\\p{L}*|mrd\\.?', 1e9]],
  id: [['ribu', 1e3], ['juta\\p{L}*', 1e6], ['miliar\\p{L}*', 1e9], ['triliun', 1e12]],
  // Thai (Royal Institute; Wiktionary "Thai numerals"): written without spaces, so matched without a word end; พัน not before ธ (พันธุ์ = breed).
  th: [['ล้านล้าน', 1e12], ['พันล้าน', 1e9], ['หมื่นล้าน', 1e10], ['แสนล้าน', 1e11], ['ล้าน', 1e6], ['แสน', 1e5], ['หมื่น', 1e4], ['พัน(?!ธ)', 1e3]],
  hi: [['हज़ार|हज़ार|हजार', 1e3], ['लाख', 1e5], ['करोड़|करोड़|करोड', 1e7], ['अरब', 1e9], ['मिलियन', 1e6], ['बिलियन', 1e9], ['ट्रिलियन', 1e12]],
  ar: [['آلاف|ألف\\p{L}*|الف', 1e3], ['ملايين|مليون\\p{L}*', 1e6], ['مليار\\p{L}*|بليون\\p{L}*', 1e9], ['تريليون\\p{L}*', 1e12]],
};

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
interface ScaleForms { abbr?: string; one: string; few?: string; many?: string; other: string; glue?: boolean }
const SCALE_FORMS: Record<string, Record<number, ScaleForms>> = {
  en: { 1e3: { one: 'thousand', other: 'thousand' }, 1e6: { abbr: 'm', one: 'million', other: 'million' }, 1e9: { abbr: 'bn', one: 'billion', other: 'billion' }, 1e12: { abbr: 'tn', one: 'trillion', other: 'trillion' } },
  de: { 1e3: { abbr: 'Tsd.', one: 'Tausend', other: 'Tausend' }, 1e6: { abbr: 'Mio.', one: 'Million', other: 'Millionen' }, 1e9: { abbr: 'Mrd.', one: 'Milliarde', other: 'Milliarden' }, 1e12: { abbr: 'Bio.', one: 'Billion', other: 'Billionen' } },
  fr: { 1e3: { one: 'mille', other: 'mille' }, 1e6: { one: 'million', other: 'millions' }, 1e9: { abbr: 'Md', one: 'milliard', other: 'milliards' }, 1e12: { one: 'billion', other: 'billions' } },
  es: { 1e3: { one: 'mil', other: 'mil' }, 1e6: { one: 'millón', other: 'millones' }, 1e9: { one: 'mil millones', other: 'mil millones' }, 1e12: { one: 'billón', other: 'billones' } },
  it: { 1e3: { one: 'mille', other: 'mila' }, 1e6: { abbr: 'mln', one: 'milione', other: 'milioni' }, 1e9: { abbr: 'mld', one: 'miliardo', other: 'miliardi' } },
  pt: { 1e3: { one: 'mil', other: 'mil' }, 1e6: { one: 'milhão', other: 'milhões' }, 1e9: { one: 'mil milhões', other: 'mil milhões' }, 1e12: { one: 'bilião', other: 'biliões' } },
  'pt-br': { 1e3: { one: 'mil', other: 'mil' }, 1e6: { one: 'milhão', other: 'milhões' }, 1e9: { one: 'bilhão', other: 'bilhões' }, 1e12: { one: 'trilhão', other: 'trilhões' } },
  pl: { 1e3: { abbr: 'tys.', one: 'tysiąc', few: 'tysiące', many: 'tysięcy', other: 'tysiąca' }, 1e6: { abbr: 'mln', one: 'milion', few: 'miliony', many: 'milionów', other: 'miliona' }, 1e9: { abbr: 'mld', one: 'miliard', few: 'miliardy', many: 'miliardów', other: 'miliarda' } },
  ru: { 1e3: { abbr: 'тыс.', one: 'тысяча', few: 'тысячи', many: 'тысяч', other: 'тысячи' }, 1e6: { abbr: 'млн', one: 'миллион', few: 'миллиона', many: 'миллионов', other: 'миллиона' }, 1e9: { abbr: 'млрд', one: 'миллиард', few: 'миллиарда', many: 'миллиардов', other: 'миллиарда' }, 1e12: { abbr: 'трлн', one: 'триллион', few: 'триллиона', many: 'триллионов', other: 'триллиона' } },
  uk: { 1e3: { abbr: 'тис.', one: 'тисяча', few: 'тисячі', many: 'тисяч', other: 'тисячі' }, 1e6: { abbr: 'млн', one: 'мільйон', few: 'мільйони', many: 'мільйонів', other: 'мільйона' }, 1e9: { abbr: 'млрд', one: 'мільярд', few: 'мільярди', many: 'мільярдів', other: 'мільярда' } },
  cs: { 1e3: { abbr: 'tis.', one: 'tisíc', few: 'tisíce', many: 'tisíce', other: 'tisíc' }, 1e6: { abbr: 'mil.', one: 'milion', few: 'miliony', many: 'milionu', other: 'milionů' }, 1e9: { abbr: 'mld.', one: 'miliarda', few: 'miliardy', many: 'miliardy', other: 'miliard' } },
  lt: { 1e3: { abbr: 'tūkst.', one: 'tūkstantis', few: 'tūkstančiai', many: 'tūkstančio', other: 'tūkstančių' }, 1e6: { abbr: 'mln.', one: 'milijonas', few: 'milijonai', many: 'milijono', other: 'milijonų' }, 1e9: { abbr: 'mlrd.', one: 'milijardas', few: 'milijardai', many: 'milijardo', other: 'milijardų' } },
  lv: { 1e3: { abbr: 'tūkst.', one: 'tūkstotis', other: 'tūkstoši' }, 1e6: { abbr: 'milj.', one: 'miljons', other: 'miljoni' }, 1e9: { abbr: 'mljrd.', one: 'miljards', other: 'miljardi' } },
  tr: { 1e3: { one: 'bin', other: 'bin' }, 1e6: { one: 'milyon', other: 'milyon' }, 1e9: { one: 'milyar', other: 'milyar' } },
  nl: { 1e3: { one: 'duizend', other: 'duizend' }, 1e6: { abbr: 'mln', one: 'miljoen', other: 'miljoen' }, 1e9: { abbr: 'mld', one: 'miljard', other: 'miljard' } },
  hi: { 1e3: { one: 'हज़ार', other: 'हज़ार' }, 1e5: { one: 'लाख', other: 'लाख' }, 1e7: { one: 'करोड़', other: 'करोड़' } },
  ar: { 1e3: { one: 'ألف', other: 'ألف' }, 1e6: { one: 'مليون', other: 'مليون' }, 1e9: { one: 'مليار', other: 'مليار' } },
  zh: { 1e4: { one: '万', other: '万', glue: true }, 1e8: { one: '亿', other: '亿', glue: true } },
  'zh-hant': { 1e4: { one: '萬', other: '萬', glue: true }, 1e8: { one: '億', other: '億', glue: true } },
  ja: { 1e4: { one: '万', other: '万', glue: true }, 1e8: { one: '億', other: '億', glue: true }, 1e12: { one: '兆', other: '兆', glue: true } },
  ko: { 1e4: { one: '만', other: '만', glue: true }, 1e8: { one: '억', other: '억', glue: true }, 1e12: { one: '조', other: '조', glue: true } },
};

/**
 * Percent written as a word after the number (Wiktionary; ar/hi from the PUD treebanks' own
 * usage). Signs % ％ ٪ ‰ are recognised in every language.
 */
const PERCENT_WORDS: Record<string, string> = {
  en: 'per\\s?cent|percent|pct\\.?|percentage\\s+points?',
  de: 'prozent\\p{L}*',
  fr: 'pour\\s?cent|pourcent',
  es: 'por\\s?ciento',
  it: 'per\\s?cento|percento|punti\\s+percentuali',
  pt: 'por\\s?cento',
  pl: 'procent\\p{L}*',
  cs: 'procent\\p{L}*',
  sk: 'percent\\p{L}*',
  lt: 'procent\\p{L}*',
  lv: 'procent\\p{L}*',
  nl: 'procent',
  sv: 'procent',
  ru: 'процент\\p{L}*|проц\\.',
  uk: 'відсот\\p{L}*',
  hi: 'प्रतिशत|फ़ीसदी|फ़ीसदी|फीसदी',
  ar: 'بالمئة|بالمائة|في\\s?المئة|في\\s?المائة',
  ja: 'パーセント',
  ko: '퍼센트|프로',
};

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

/** Glued ordinal suffixes ("9th", "9e", "9º") per language (Wiktionary "Appendix:Ordinal numbers"); English ones in every language. */
const ORDINAL_SUFFIX: Record<string, string> = {
  en: 'st|nd|rd|th',
  fr: 'e|er|re|ère|ème|eme|è|es|ers|res|nd|nde',
  es: 'º|ª|o|a|er|ra|\\.º|\\.ª|ro|do|to|vo|mo|no|da|ta|va|ma|na', // Latin American "5to", "8vo", "3ra" (RAE, Ortografía 2010, §3.2.2.1.2 on ordinal abbreviations)
  pt: 'º|ª|o|a|\\.º|\\.ª',
  it: 'º|ª|o|a|°|esimo|esima|esimi|esime|mo|ma',
  gl: 'º|ª|o|a',
  ca: 'r|n|t|è|a|º|ª',
  nl: 'e|ste|de',
};
/** Russian/Ukrainian/Belarusian case endings after a hyphen ("9-го", "9-й", "4-м", "1990-х"): Грамота.ру, "Правописание числительных". */
/** Decades glued to the number: en "1990s", de "1970er", "1970ern", "1970er-Jahre" (Wiktionary). */
const DECADE_SUFFIX = /^(?:s|er|ern|erjahre|erjahren)$/u;
/** Decades marked after the year: ru/uk "1970-х", "1970-е", zh/ja "1970年代", ko "1970년대", hi "1970 के दशक", tr "1970'ler", sv "1970-talet", fi "1970-luvulla", en "1970's". */
const DECADE_AFTER = /^(?:-(?:х|е|ые|ых|ми|ті|тих|talet|talets|luku|luvulla|luvulta|luvun|ies)(?![\p{L}])|\s?年代|\s?년대|\s+के\s+दशक|['’](?:s|ler|lar|li|lı|lerde|larda|lerden|lardan|lerin|ların)(?![\p{L}]))/u;
/** Decades marked before the year: fr "années 1970", es "años 1970", it "anni", pt "anos", pl "lata/latach", cs "let", nl "jaren", hi — (Wiktionary). */
const DECADE_BEFORE = /(?:années|años|anni|anos|anys|lata|latach|latami|let|jaren|jahre)[\s\u00A0]+$/iu;
const HYPHEN_ORDINAL = /^(?:й|я|е|го|му|м|х|ми|ый|ий|ой|ая|ое|ые|ых|ым|ыми|ом|ю|ую|ої|ій|та|ти|те|ту|ім|их|ими|ше|ге|ці|ая)$/u;
/** Languages that write an ordinal as a number with a full stop ("9. August", "45. Präsident"): CLDR ordinal patterns. */
const ORDINAL_DOT = new Set(['de', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'da', 'nb', 'nn', 'no', 'fi', 'et', 'lv', 'hu', 'is', 'fo', 'tr']);
/** Glued units after a number that keep it a quantity ("5km", "2C", "3x", "5млн"); SI symbols and common news abbreviations ("g" is left out: 4G, 5G are network names). */
const GLUED_UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'nm', 'µm', 'kg', 'mg', 't', 'l', 'ml', 'h', 'min', 's', 'ms', 'gb', 'mb', 'tb', 'kb', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh', 'w', 'v', 'mph', 'kph', 'kmh', 'ha', 'ft', 'lb', 'lbs', 'oz', 'mi', 'c', 'f', 'x', 'pp', 'hz', 'khz', 'mhz', 'ghz', 'db', 'yo', 'yr', 'yrs', 'bn', 'mn', 'tn', 'mln', 'mld', 'mrd',
  'км', 'м', 'см', 'мм', 'кг', 'г', 'гг', 'т', 'л', 'мл', 'ч', 'мин', 'с', 'млн', 'млрд', 'трлн', 'тыс', 'тис', 'руб', 'грн', 'лет', 'р',
]);
const UNIT_NAMES: Record<string, string> = { c: '°C', f: '°F', '°c': '°C', '°f': '°F', '℃': '°C', '℉': '°F' };

/**
 * Spelled-out small numbers: [value, forms (space-separated, lower case)]. 0–20, tens, hundred,
 * dozen, with the inflected forms news text uses (ru/uk/pl/cs/lt case forms; Wiktionary
 * inflection tables). Never reported; they only let "3" match "three". Not listed on purpose:
 * "half", "couple", "dozens", "hundreds", "thousands" (no exact number).
 */
const SPELLED: Record<string, ReadonlyArray<readonly [number, string]>> = {
  en: [[0, 'zero'], [1, 'one'], [2, 'two'], [3, 'three'], [4, 'four'], [5, 'five'], [6, 'six'], [7, 'seven'], [8, 'eight'], [9, 'nine'], [10, 'ten'], [11, 'eleven'], [12, 'twelve dozen'], [13, 'thirteen'], [14, 'fourteen'], [15, 'fifteen'], [16, 'sixteen'], [17, 'seventeen'], [18, 'eighteen'], [19, 'nineteen'], [20, 'twenty'], [30, 'thirty'], [40, 'forty'], [50, 'fifty'], [60, 'sixty'], [70, 'seventy'], [80, 'eighty'], [90, 'ninety'], [100, 'hundred'], [1000, 'thousand'], [1, 'a an'], [10, 'decade'],
    [20, 'twenties'], [30, 'thirties'], [40, 'forties'], [50, 'fifties'], [60, 'sixties'], [70, 'seventies'], [80, 'eighties'], [90, 'nineties'],
    [1, 'first'], [2, 'second'], [3, 'third'], [4, 'fourth'], [5, 'fifth'], [6, 'sixth'], [7, 'seventh'], [8, 'eighth'], [9, 'ninth'], [10, 'tenth'], [2, 'twice'], [3, 'thrice'], [2, 'both'],
    [11, 'eleventh'], [12, 'twelfth'], [13, 'thirteenth'], [14, 'fourteenth'], [15, 'fifteenth'], [16, 'sixteenth'], [17, 'seventeenth'], [18, 'eighteenth'], [19, 'nineteenth'], [20, 'twentieth'], [60, 'sixtieth'], [100, 'hundredth'], [1000, 'thousandth'],
    // "billions of euros" for "数十億ユーロ"; "above freezing" for "above 0 °C"
    [100, 'hundreds'], [1000, 'thousands'], [1e6, 'millions'], [1e9, 'billions'], [0, 'freezing']],
  de: [[0, 'null'], [1, 'eins ein eine einen einem einer'], [2, 'zwei beiden beide'], [3, 'drei'], [4, 'vier'], [5, 'fünf'], [6, 'sechs'], [7, 'sieben'], [8, 'acht'], [9, 'neun'], [10, 'zehn'], [11, 'elf'], [12, 'zwölf dutzend'], [13, 'dreizehn'], [14, 'vierzehn'], [15, 'fünfzehn'], [16, 'sechzehn'], [17, 'siebzehn'], [18, 'achtzehn'], [19, 'neunzehn'], [20, 'zwanzig'], [30, 'dreißig'], [40, 'vierzig'], [50, 'fünfzig'], [60, 'sechzig'], [70, 'siebzig'], [80, 'achtzig'], [90, 'neunzig'], [100, 'hundert einhundert'], [1000, 'tausend eintausend'],
    [10, 'jahrzehnt'], [2, 'zweimal'], [3, 'dreimal'],
    [20, 'zwanziger zwanzigerjahre zwanzigerjahren'], [30, 'dreißiger dreißigerjahre dreißigerjahren'], [40, 'vierziger vierzigerjahre vierzigerjahren'], [50, 'fünfziger fünfzigerjahre fünfzigerjahren'], [60, 'sechziger sechzigerjahre sechzigerjahren'], [70, 'siebziger siebzigerjahre siebzigerjahren'], [80, 'achtziger achtzigerjahre achtzigerjahren'], [90, 'neunziger neunzigerjahre neunzigerjahren']],
  fr: [[0, 'zéro'], [1, 'un une'], [2, 'deux'], [3, 'trois'], [4, 'quatre'], [5, 'cinq'], [6, 'six'], [7, 'sept'], [8, 'huit'], [9, 'neuf'], [10, 'dix'], [11, 'onze'], [12, 'douze douzaine'], [13, 'treize'], [14, 'quatorze'], [15, 'quinze'], [16, 'seize'], [17, 'dix-sept'], [18, 'dix-huit'], [19, 'dix-neuf'], [20, 'vingt'], [30, 'trente'], [40, 'quarante'], [50, 'cinquante'], [60, 'soixante'], [70, 'soixante-dix'], [80, 'quatre-vingts quatre-vingt'], [90, 'quatre-vingt-dix'], [100, 'cent cents'], [1000, 'mille'],
    [1, 'premier première'], [2, 'second seconde'], [10, 'décennie'], [2, 'deux-fois'],
    [11, 'onzième'], [12, 'douzième'], [13, 'treizième'], [14, 'quatorzième'], [15, 'quinzième'], [16, 'seizième'], [17, 'dix-septième'], [18, 'dix-huitième'], [19, 'dix-neuvième'], [20, 'vingtième'], [21, 'vingt-et-unième'], [100, 'centième'], [1000, 'millième']],
  es: [[0, 'cero'], [1, 'uno una un'], [2, 'dos'], [3, 'tres'], [4, 'cuatro'], [5, 'cinco'], [6, 'seis'], [7, 'siete'], [8, 'ocho'], [9, 'nueve'], [10, 'diez'], [11, 'once'], [12, 'doce docena'], [13, 'trece'], [14, 'catorce'], [15, 'quince'], [16, 'dieciséis'], [17, 'diecisiete'], [18, 'dieciocho'], [19, 'diecinueve'], [20, 'veinte'], [21, 'veintiuno veintiún'], [22, 'veintidós'], [23, 'veintitrés'], [24, 'veinticuatro'], [25, 'veinticinco'], [26, 'veintiséis'], [27, 'veintisiete'], [28, 'veintiocho'], [29, 'veintinueve'], [30, 'treinta'], [40, 'cuarenta'], [50, 'cincuenta'], [60, 'sesenta'], [70, 'setenta'], [80, 'ochenta'], [90, 'noventa'], [100, 'cien ciento'], [1000, 'mil'],
    [10, 'década'], [2, 'ambos ambas']],
  it: [[0, 'zero'], [1, 'uno una un'], [2, 'due'], [3, 'tre'], [4, 'quattro'], [5, 'cinque'], [6, 'sei'], [7, 'sette'], [8, 'otto'], [9, 'nove'], [10, 'dieci'], [11, 'undici'], [12, 'dodici dozzina'], [13, 'tredici'], [14, 'quattordici'], [15, 'quindici'], [16, 'sedici'], [17, 'diciassette'], [18, 'diciotto'], [19, 'diciannove'], [20, 'venti'], [30, 'trenta'], [40, 'quaranta'], [50, 'cinquanta'], [60, 'sessanta'], [70, 'settanta'], [80, 'ottanta'], [90, 'novanta'], [100, 'cento'], [1000, 'mille'],
    [10, 'decennio'], [2, 'entrambi entrambe']],
  pt: [[0, 'zero'], [1, 'um uma'], [2, 'dois duas'], [3, 'três'], [4, 'quatro'], [5, 'cinco'], [6, 'seis'], [7, 'sete'], [8, 'oito'], [9, 'nove'], [10, 'dez'], [11, 'onze'], [12, 'doze dúzia'], [13, 'treze'], [14, 'catorze quatorze'], [15, 'quinze'], [16, 'dezasseis dezesseis'], [17, 'dezassete dezessete'], [18, 'dezoito'], [19, 'dezanove dezenove'], [20, 'vinte'], [30, 'trinta'], [40, 'quarenta'], [50, 'cinquenta'], [60, 'sessenta'], [70, 'setenta'], [80, 'oitenta'], [90, 'noventa'], [100, 'cem cento'], [1000, 'mil'],
    [10, 'década'], [2, 'ambos ambas']],
  nl: [[0, 'nul'], [1, 'een één'], [2, 'twee'], [3, 'drie'], [4, 'vier'], [5, 'vijf'], [6, 'zes'], [7, 'zeven'], [8, 'acht'], [9, 'negen'], [10, 'tien'], [11, 'elf'], [12, 'twaalf dozijn'], [13, 'dertien'], [14, 'veertien'], [15, 'vijftien'], [16, 'zestien'], [17, 'zeventien'], [18, 'achttien'], [19, 'negentien'], [20, 'twintig'], [30, 'dertig'], [40, 'veertig'], [50, 'vijftig'], [60, 'zestig'], [70, 'zeventig'], [80, 'tachtig'], [90, 'negentig'], [100, 'honderd'], [1000, 'duizend']],
  ru: [[0, 'ноль нуль'], [1, 'один одна одно одного одной одному одним одном одну'], [2, 'два две двух двум двумя оба обе обоих'], [3, 'три трех трёх трем трём тремя'], [4, 'четыре четырех четырёх четырем четырём четырьмя'], [5, 'пять пяти пятью'], [6, 'шесть шести шестью'], [7, 'семь семи семью'], [8, 'восемь восьми восемью'], [9, 'девять девяти девятью'], [10, 'десять десяти десятью десяток'], [11, 'одиннадцать одиннадцати'], [12, 'двенадцать двенадцати дюжина дюжину'], [13, 'тринадцать тринадцати'], [14, 'четырнадцать четырнадцати'], [15, 'пятнадцать пятнадцати'], [16, 'шестнадцать шестнадцати'], [17, 'семнадцать семнадцати'], [18, 'восемнадцать восемнадцати'], [19, 'девятнадцать девятнадцати'], [20, 'двадцать двадцати'], [30, 'тридцать тридцати'], [40, 'сорок сорока'], [50, 'пятьдесят пятидесяти'], [60, 'шестьдесят шестидесяти'], [70, 'семьдесят семидесяти'], [80, 'восемьдесят восьмидесяти'], [90, 'девяносто девяноста'], [100, 'сто ста сотня сотни'], [1000, 'тысяча тысячу'],
    [10, 'десятилетие десятилетия десятилетий'], [1.5, 'полтора полторы'], [2, 'дважды вдвое двое'], [3, 'трижды втрое трое'], [4, 'четверо'], [5, 'пятеро']],
  uk: [[0, 'нуль'], [1, 'один одна одне одного одній одному одним'], [2, 'два дві двох двом двома обидва обидві'], [3, 'три трьох трьом трьома'], [4, 'чотири чотирьох'], [5, "п'ять п’ять п'яти п’яти"], [6, 'шість шести'], [7, 'сім семи'], [8, 'вісім восьми'], [9, "дев'ять дев’ять дев'яти дев’яти"], [10, 'десять десяти'], [11, 'одинадцять'], [12, 'дванадцять'], [13, 'тринадцять'], [14, 'чотирнадцять'], [15, "п'ятнадцять п’ятнадцять"], [16, 'шістнадцять'], [17, 'сімнадцять'], [18, 'вісімнадцять'], [19, "дев'ятнадцять дев’ятнадцять"], [20, 'двадцять'], [30, 'тридцять'], [40, 'сорок'], [50, "п'ятдесят п’ятдесят"], [60, 'шістдесят'], [70, 'сімдесят'], [80, 'вісімдесят'], [90, "дев'яносто дев’яносто"], [100, 'сто'], [1000, 'тисяча тисячу'],
    [1.5, 'півтора півтори']],
  pl: [[0, 'zero'], [1, 'jeden jedna jedno jednego jednej jednym jedną'], [2, 'dwa dwie dwóch dwoma dwu dwaj oba obie obu'], [3, 'trzy trzech trzema trzej'], [4, 'cztery czterech czterema czterej'], [5, 'pięć pięciu pięcioma'], [6, 'sześć sześciu'], [7, 'siedem siedmiu'], [8, 'osiem ośmiu'], [9, 'dziewięć dziewięciu'], [10, 'dziesięć dziesięciu'], [11, 'jedenaście jedenastu'], [12, 'dwanaście dwunastu tuzin'], [13, 'trzynaście trzynastu'], [14, 'czternaście czternastu'], [15, 'piętnaście piętnastu'], [16, 'szesnaście szesnastu'], [17, 'siedemnaście siedemnastu'], [18, 'osiemnaście osiemnastu'], [19, 'dziewiętnaście dziewiętnastu'], [20, 'dwadzieścia dwudziestu'], [30, 'trzydzieści trzydziestu'], [40, 'czterdzieści czterdziestu'], [50, 'pięćdziesiąt pięćdziesięciu'], [60, 'sześćdziesiąt'], [70, 'siedemdziesiąt'], [80, 'osiemdziesiąt'], [90, 'dziewięćdziesiąt'], [100, 'sto stu'], [1000, 'tysiąc'],
    [10, 'dekada dekady dekadę'], [1.5, 'półtora półtorej'], [2, 'dwukrotnie'], [3, 'trzykrotnie']],
  cs: [[0, 'nula'], [1, 'jeden jedna jedno jednoho jedné jednom'], [2, 'dva dvě dvou dvěma oba obě'], [3, 'tři tří třem třemi'], [4, 'čtyři čtyř čtyřech čtyřmi'], [5, 'pět pěti'], [6, 'šest šesti'], [7, 'sedm sedmi'], [8, 'osm osmi'], [9, 'devět devíti'], [10, 'deset deseti'], [11, 'jedenáct jedenácti'], [12, 'dvanáct dvanácti tucet'], [13, 'třináct třinácti'], [14, 'čtrnáct čtrnácti'], [15, 'patnáct patnácti'], [16, 'šestnáct šestnácti'], [17, 'sedmnáct sedmnácti'], [18, 'osmnáct osmnácti'], [19, 'devatenáct devatenácti'], [20, 'dvacet dvaceti'], [30, 'třicet třiceti'], [40, 'čtyřicet čtyřiceti'], [50, 'padesát padesáti'], [60, 'šedesát'], [70, 'sedmdesát'], [80, 'osmdesát'], [90, 'devadesát'], [100, 'sto set sta stě stech'], [1000, 'tisíc'],
    [10, 'desetiletí'], [2, 'dvakrát'], [3, 'třikrát']],
  lt: [[0, 'nulis'], [1, 'vienas viena vieno vienos vienam vienu'], [2, 'du dvi dviejų dviem'], [3, 'trys trijų trims'], [4, 'keturi keturios keturių'], [5, 'penki penkios penkių'], [6, 'šeši šešios šešių'], [7, 'septyni septynios septynių'], [8, 'aštuoni aštuonios aštuonių'], [9, 'devyni devynios devynių'], [10, 'dešimt'], [11, 'vienuolika'], [12, 'dvylika tuzinas'], [13, 'trylika'], [14, 'keturiolika'], [15, 'penkiolika'], [16, 'šešiolika'], [17, 'septyniolika'], [18, 'aštuoniolika'], [19, 'devyniolika'], [20, 'dvidešimt'], [30, 'trisdešimt'], [40, 'keturiasdešimt'], [50, 'penkiasdešimt'], [100, 'šimtas'], [1000, 'tūkstantis']],
  tr: [[0, 'sıfır'], [1, 'bir'], [2, 'iki'], [3, 'üç'], [4, 'dört'], [5, 'beş'], [6, 'altı'], [7, 'yedi'], [8, 'sekiz'], [9, 'dokuz'], [10, 'on'], [20, 'yirmi'], [30, 'otuz'], [40, 'kırk'], [50, 'elli'], [60, 'altmış'], [70, 'yetmiş'], [80, 'seksen'], [90, 'doksan'], [100, 'yüz'], [1000, 'bin'], [12, 'düzine'],
    [1, 'birinci ilk'], [2, 'ikinci'], [3, 'üçüncü'], [4, 'dördüncü'], [5, 'beşinci']],
  hi: [[0, 'शून्य'], [1, 'एक'], [2, 'दो'], [3, 'तीन'], [4, 'चार'], [5, 'पांच पाँच'], [6, 'छह छः छे'], [7, 'सात'], [8, 'आठ'], [9, 'नौ'], [10, 'दस'], [11, 'ग्यारह'], [12, 'बारह दर्जन'], [13, 'तेरह'], [14, 'चौदह'], [15, 'पंद्रह पन्द्रह'], [16, 'सोलह'], [17, 'सत्रह'], [18, 'अठारह'], [19, 'उन्नीस'], [20, 'बीस'], [30, 'तीस'], [40, 'चालीस'], [50, 'पचास'], [60, 'साठ'], [70, 'सत्तर'], [80, 'अस्सी'], [90, 'नब्बे'], [100, 'सौ'], [1000, 'हज़ार हज़ार हजार'],
    [1, 'पहला पहली पहले'], [2, 'दूसरा दूसरी दूसरे दोनों'], [3, 'तीसरा तीसरी तीसरे']],
  ar: [[0, 'صفر'], [1, 'واحد واحدة'], [2, 'اثنان اثنين اثنتان اثنتين'], [3, 'ثلاث ثلاثة'], [4, 'أربع أربعة'], [5, 'خمس خمسة'], [6, 'ست ستة'], [7, 'سبع سبعة'], [8, 'ثماني ثمانية ثمان'], [9, 'تسع تسعة'], [10, 'عشر عشرة'], [20, 'عشرون عشرين'], [30, 'ثلاثون ثلاثين'], [40, 'أربعون أربعين'], [50, 'خمسون خمسين'], [100, 'مائة مئة'], [1000, 'ألف'],
    [1, 'أول أولى حادي حادية'], [2, 'ثاني ثانية'], [3, 'ثالث ثالثة'], [4, 'رابع رابعة'], [5, 'خامس خامسة'], [6, 'سادس سادسة'], [7, 'سابع سابعة'], [8, 'ثامن ثامنة'], [9, 'تاسع تاسعة'], [10, 'عاشر عاشرة'],
    // duals of units news text counts in (two years, days, months, hours, degrees; twice)
    [2, 'عامين عامان سنتين سنتان يومين يومان شهرين شهران ساعتين أسبوعين درجتين درجتان مرتين ضعفين'],
    // decades ("the seventies")
    [20, 'عشرينيات'], [30, 'ثلاثينيات'], [40, 'أربعينيات'], [50, 'خمسينيات'], [60, 'ستينيات'], [70, 'سبعينيات'], [80, 'ثمانينيات'], [90, 'تسعينيات']],
  // Galician (Real Academia Galega, "Os numerais"): cardinals, as for es/pt.
  gl: [[0, 'cero'], [1, 'un unha'], [2, 'dous dúas'], [3, 'tres'], [4, 'catro'], [5, 'cinco'], [6, 'seis'], [7, 'sete'], [8, 'oito'], [9, 'nove'], [10, 'dez'], [11, 'once'], [12, 'doce ducia'], [13, 'trece'], [14, 'catorce'], [15, 'quince'], [16, 'dezaseis'], [17, 'dezasete'], [18, 'dezaoito'], [19, 'dezanove'], [20, 'vinte'], [30, 'trinta'], [40, 'corenta'], [50, 'cincuenta'], [60, 'sesenta'], [70, 'setenta'], [80, 'oitenta'], [90, 'noventa'], [100, 'cen cento'], [1000, 'mil'],
    [10, 'década'], [2, 'ambos ambas']],
  ko: [[1, '한 하나'], [2, '두 둘'], [3, '세 셋'], [4, '네 넷'], [5, '다섯'], [6, '여섯'], [7, '일곱'], [8, '여덟'], [9, '아홉'], [10, '열'], [20, '스무 스물'], [30, '서른'], [40, '마흔'], [50, '쉰']],
};
/**
 * Stems of inflected ordinals (and of a few multiplicatives: "triplicaba", "doublé") whose endings are too many to list: a word
 * that is the stem plus at most three letters ("четвертый", "czwartej", "čtvrté", "sechsten").
 * Wiktionary inflection tables of the ordinal numerals.
 */
const ORDINAL_STEMS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  ru: [['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['четвёрт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9], ['десят', 10],
    // teens and tens as ordinals and decades ("пятнадцатый век", "в шестидесятых")
    ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19],
    ['двадцат', 20], ['тридцат', 30], ['сороков', 40], ['пятидесят', 50], ['шестидесят', 60], ['семидесят', 70], ['восьмидесят', 80], ['девяност', 90]],
  uk: [['перш', 1], ['друг', 2], ['трет', 3], ['четверт', 4], ["п'ят", 5], ['п’ят', 5], ['шост', 6], ['сьом', 7], ['восьм', 8], ["дев'ят", 9], ['дев’ят', 9], ['десят', 10],
    ['одинадцят', 11], ['дванадцят', 12], ['тринадцят', 13], ['чотирнадцят', 14], ["п'ятнадцят", 15], ['п’ятнадцят', 15], ['шістнадцят', 16], ['сімнадцят', 17], ['вісімнадцят', 18], ["дев'ятнадцят", 19], ['дев’ятнадцят', 19],
    ['двадцят', 20], ['тридцят', 30], ['сороков', 40], ["п'ятдесят", 50], ['п’ятдесят', 50], ['шістдесят', 60], ['сімдесят', 70], ['вісімдесят', 80], ["дев'яност", 90], ['дев’яност', 90]],
  pl: [['pierwsz', 1], ['drug', 2], ['trzeci', 3], ['czwart', 4], ['piąt', 5], ['szóst', 6], ['siódm', 7], ['ósm', 8], ['dziewiąt', 9], ['dziesiąt', 10],
    // tens as ordinals and collective nouns ("pięćdziesiąty", "w pięćdziesiątce" = in the top fifty)
    ['jedenast', 11], ['dwunast', 12], ['trzynast', 13], ['czternast', 14], ['piętnast', 15], ['szesnast', 16], ['siedemnast', 17], ['osiemnast', 18], ['dziewiętnast', 19],
    ['dwudziest', 20], ['trzydziest', 30], ['czterdziest', 40], ['pięćdziesiąt', 50], ['sześćdziesiąt', 60], ['siedemdziesiąt', 70], ['osiemdziesiąt', 80], ['dziewięćdziesiąt', 90]],
  cs: [['prvn', 1], ['druh', 2], ['třet', 3], ['čtvrt', 4], ['pát', 5], ['šest', 6], ['sedm', 7], ['osm', 8], ['devát', 9], ['desát', 10],
    // teens and tens as ordinals, decades and inflected cardinals ("patnáctého století", "v šedesátých letech", "z osmdesáti procent")
    ['jedenáct', 11], ['dvanáct', 12], ['třináct', 13], ['čtrnáct', 14], ['patnáct', 15], ['šestnáct', 16], ['sedmnáct', 17], ['osmnáct', 18], ['devatenáct', 19],
    ['dvacát', 20], ['třicát', 30], ['čtyřicát', 40], ['padesát', 50], ['šedesát', 60], ['sedmdesát', 70], ['osmdesát', 80], ['devadesát', 90]],
  lt: [['pirm', 1], ['antr', 2], ['treči', 3], ['ketvirt', 4], ['penkt', 5], ['šešt', 6], ['septint', 7], ['aštunt', 8], ['devint', 9], ['dešimt', 10]],
  de: [['erst', 1], ['zweit', 2], ['dritt', 3], ['viert', 4], ['fünft', 5], ['sechst', 6], ['siebt', 7], ['acht', 8], ['neunt', 9], ['zehnt', 10],
    ['elft', 11], ['zwölft', 12], ['dreizehnt', 13], ['vierzehnt', 14], ['fünfzehnt', 15], ['sechzehnt', 16], ['siebzehnt', 17], ['achtzehnt', 18], ['neunzehnt', 19], ['zwanzigst', 20], ['sechzigst', 60]],
  es: [['primer', 1], ['segund', 2], ['tercer', 3], ['cuart', 4], ['quint', 5], ['sext', 6], ['séptim', 7], ['octav', 8], ['noven', 9], ['décim', 10], ['duplic', 2], ['triplic', 3],
    ['undécim', 11], ['duodécim', 12], ['decimoprimer', 11], ['decimosegund', 12], ['decimotercer', 13], ['decimocuart', 14], ['decimoquint', 15], ['decimosext', 16], ['decimoséptim', 17], ['decimoctav', 18], ['decimonoven', 19], ['decimonon', 19], ['vigésim', 20], ['centésim', 100]],
  it: [['prim', 1], ['second', 2], ['terz', 3], ['quart', 4], ['quint', 5], ['sest', 6], ['settim', 7], ['ottav', 8], ['decim', 10], ['raddoppi', 2], ['triplic', 3],
    ['undicesim', 11], ['dodicesim', 12], ['tredicesim', 13], ['quattordicesim', 14], ['quindicesim', 15], ['sedicesim', 16], ['diciassettesim', 17], ['diciottesim', 18], ['diciannovesim', 19], ['ventesim', 20], ['ventunesim', 21], ['centesim', 100]],
  pt: [['primeir', 1], ['segund', 2], ['terceir', 3], ['quart', 4], ['quint', 5], ['sext', 6], ['sétim', 7], ['oitav', 8], ['décim', 10], ['duplic', 2], ['triplic', 3], ['vigésim', 20], ['centésim', 100]],
  // Hindi ordinals: the cardinal + वाँ/वां/वीं/वें (छठा, चौथा irregular); "पंद्रहवीं शताब्दी" = 15th century (Wiktionary, "Hindi numbers").
  hi: [['चौथ', 4], ['पांचव', 5], ['पाँचव', 5], ['छठ', 6], ['सातव', 7], ['आठव', 8], ['नौव', 9], ['दसव', 10], ['ग्यारहव', 11], ['बारहव', 12], ['तेरहव', 13], ['चौदहव', 14], ['पंद्रहव', 15], ['पन्द्रहव', 15], ['सोलहव', 16], ['सत्रहव', 17], ['अठारहव', 18], ['उन्नीसव', 19], ['बीसव', 20], ['इक्कीसव', 21]],
  fr: [['premi', 1], ['deuxi', 2], ['troisi', 3], ['quatri', 4], ['cinqui', 5], ['sixi', 6], ['septi', 7], ['huiti', 8], ['neuvi', 9], ['dixi', 10], ['doubl', 2], ['tripl', 3]],
};
/**
 * Numeral first parts of compound words ("десятинедельный", "desetitýdenní", "dziesięciotygodniowy",
 * "zehnwöchige", "tříprocentní"): a word that begins with one and goes on for at least four letters.
 * Wiktionary, "-" combining forms of the numerals.
 */
const COMPOUND_PREFIX: Record<string, ReadonlyArray<readonly [string, number]>> = {
  ru: [['одно', 1], ['двух', 2], ['трех', 3], ['трёх', 3], ['четырех', 4], ['четырёх', 4], ['пяти', 5], ['шести', 6], ['семи', 7], ['восьми', 8], ['девяти', 9], ['десяти', 10], ['двадцати', 20],
    ['одиннадцати', 11], ['двенадцати', 12], ['тринадцати', 13], ['четырнадцати', 14], ['пятнадцати', 15], ['шестнадцати', 16], ['семнадцати', 17], ['восемнадцати', 18], ['девятнадцати', 19],
    ['тридцати', 30], ['сорока', 40], ['пятидесяти', 50], ['шестидесяти', 60], ['семидесяти', 70], ['восьмидесяти', 80], ['девяносто', 90]],
  uk: [['одно', 1], ['дво', 2], ['три', 3], ['чотири', 4], ["п'яти", 5], ['п’яти', 5], ['шести', 6], ['семи', 7], ['восьми', 8], ["дев'яти", 9], ['дев’яти', 9], ['десяти', 10]],
  pl: [['jedno', 1], ['dwu', 2], ['trzy', 3], ['cztero', 4], ['pięcio', 5], ['sześcio', 6], ['siedmio', 7], ['ośmio', 8], ['dziewięcio', 9], ['dziesięcio', 10], ['dwudziesto', 20],
    ['jedenasto', 11], ['dwunasto', 12], ['trzynasto', 13], ['czternasto', 14], ['piętnasto', 15], ['szesnasto', 16], ['siedemnasto', 17], ['osiemnasto', 18], ['dziewiętnasto', 19], ['trzydziesto', 30], ['czterdziesto', 40]],
  cs: [['jedno', 1], ['dvou', 2], ['tří', 3], ['čtyř', 4], ['pěti', 5], ['šesti', 6], ['sedmi', 7], ['osmi', 8], ['devíti', 9], ['deseti', 10], ['dvaceti', 20],
    ['jedenácti', 11], ['dvanácti', 12], ['třinácti', 13], ['čtrnácti', 14], ['patnácti', 15], ['šestnácti', 16], ['sedmnácti', 17], ['osmnácti', 18], ['devatenácti', 19], ['třiceti', 30], ['čtyřiceti', 40], ['padesáti', 50], ['šedesáti', 60], ['sedmdesáti', 70], ['osmdesáti', 80], ['devadesáti', 90]],
  de: [['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['zwanzig', 20],
    ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90]],
  tr: [],
};
/** "1 million et demi", "un milione e mezzo": half a unit of the scale word more (Wiktionary). */
const HALF_AFTER: Record<string, string> = {
  en: 'and\\s+a\\s+half',
  de: 'und\\s+(?:eine?\\s+)?halbe?',
  fr: 'et\\s+demie?',
  es: 'y\\s+medio',
  it: 'e\\s+mezzo',
  pt: 'e\\s+meio',
};
/** Words between the two ends of a range, so that "3 до 5 тысяч" / "3–5 million" reads 3 000 … 5 000. */
const RANGE_JOIN = /^[\s\u00A0]*(?:[-–—~〜～]|to|and|or|до|и|или|do|lub|i|až|a|à|al|bis|und|oder|et|ou|y|o|e|ve|ile|veya|ja|és|en|och|og|dan|hingga|sampai|至|到|ถึง|และ)(?:[\s\u00A0]+\p{Ll}{1,5}){0,3}[\s\u00A0]*$/iu;

/** Languages whose spelled forms take suffixes (ko particles, tr case endings): a form of ≥ 2 (ko) / 4 (tr) letters matches a word it begins. */
const SPELLED_PREFIX: Record<string, number> = { ko: 2, tr: 3 };
/** Italian tens and units written as one word, the tens' final vowel dropped before uno/otto: "ventuno", "venticinque", "trentotto" (Treccani). */
const ITALIAN_TENS: Record<string, number> = { vent: 20, tren: 30, quar: 40, cinq: 50, sess: 60, sett: 70, otta: 80, nova: 90 };
const ITALIAN_TENS_UNITS = /^(venti|vent|trenta|trent|quaranta|quarant|cinquanta|cinquant|sessanta|sessant|settanta|settant|ottanta|ottant|novanta|novant)(uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)$/u;
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
  months: Set<string>;
  spelled: Map<string, number>;
  /** spelledValue of words already seen (texts repeat their words). */
  spelledCache: Map<string, number | undefined>;
  half?: RegExp;
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
  };
  langCache.set(lang, d);
  return d;
}

/** Month names (long, short, and the form used with a day: ru "августа", pl "sierpnia") from CLDR via Intl, plus English; lower case, no full stop. */
function monthNames(lang: string): Set<string> {
  const out = new Set<string>();
  for (const tag of [lang, 'en']) {
    try {
      const fmts = [
        new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }),
        new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }),
        new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      ];
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2000, m, 9));
        for (const f of fmts) {
          for (const p of f.formatToParts(date)) {
            if (p.type !== 'month') continue;
            const name = p.value.toLowerCase().replace(/\.$/, '');
            if (!/\d/.test(name) && name.length > 1) out.add(name);
          }
        }
      }
    } catch {
      /* unknown tag */
    }
  }
  return out;
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
    const dayFirst = dot || a > 12 ? true : b > 12 ? false : ld.base !== 'en';
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
    [new RegExp(`(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?(?:${ld.base === 'en' ? '\\s?' : ''}(am|pm)|\\s?(a\\.\\s?m\\.|p\\.\\s?m\\.|AM|PM|A\\.M\\.|P\\.M\\.))(?![\\p{L}])`, 'gu'), (m) => [Number(m[1]), Number(m[2] ?? 0), m[3] ?? m[4]]],
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
      if (lower === 'm' && ld.base === 'en') alternatives.push(mantissa * 1e6); // "5m people": metres or millions
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
    if (w[0] === w[0]!.toLowerCase() || ld.months.has(w.toLowerCase()) || ld.base === 'de') {
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

/** Lower case, one UTF-16 unit for one (offsets kept): "İ" stays as it is outside Turkish. */
function lowerKeepLength(t: string, base: string): string {
  const lower = base === 'tr' || base === 'az' ? t.toLocaleLowerCase('tr') : t.toLowerCase();
  if (lower.length === t.length) return lower;
  let out = '';
  for (const ch of t) {
    const l = base === 'tr' || base === 'az' ? ch.toLocaleLowerCase('tr') : ch.toLowerCase();
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
  const und = ld.base === 'de' ? /^(\p{L}+)und(\p{L}+)$/u.exec(w) : null; // fünfundzwanzig
  if (und) {
    const [u, ten] = [ld.spelled.get(und[1]!), ld.spelled.get(und[2]!)];
    if (u !== undefined && ten !== undefined && u >= 1 && u < 10 && ten >= 20 && ten < 100) return ten + u;
  }
  const it = ld.base === 'it' ? ITALIAN_TENS_UNITS.exec(w) : null; // venticinque, trentatré
  if (it) return (ITALIAN_TENS[it[1]!.slice(0, 4)] ?? 0) + (ld.spelled.get(it[2] === 'tré' ? 'tre' : it[2]!) ?? 0);
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
        const half = ld.base === 'en' && word === 'half' ? /^\s+a(?=\s)/.exec(lowerT.slice(s + 4, s + 8)) : null;
        const sc = half ? readScale(t, s + 4 + half[0].length, ld, false) : null;
        if (sc && sc.scale >= 1e6) push(ctx, { start: s, end: sc.end, value: round15(0.5 * sc.scale), mantissa: 0.5, scale: sc.scale, kind: 'number', spelled: true });
        continue;
      }
      let e = s0 + word.length;
      // tens + units: "thirty five", "vingt et un", "treinta y cinco", "двадцать пять", tr "on bir"
      if (v >= (ld.base === 'tr' ? 10 : 20) && v < 100 && v % 10 === 0) {
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
      const half = ld.base === 'en' ? /^\s+and\s+a\s+half(?=\s+(?:million|billion|thousand|trillion))/.exec(lowerT.slice(e, e + 20)) : null;
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
      return f.glue ? num + word : `${num}${baseOf(lang) === 'en' && abbreviated ? '' : ' '}${word}`;
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
