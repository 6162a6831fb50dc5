/**
 * Decimal numbers: machine translation from English keeps the English decimal point ("2.5
 * Millionen", "3.7 %", "1.8 млрд"), where the target language writes a comma. Which languages
 * write a comma comes from CLDR through Intl.NumberFormat (the locale's decimal symbol, so
 * de-CH, es-MX and other point-writing regions are left alone). A number is only taken for a
 * decimal when a word of magnitude or a percent sign follows it — "2.5" alone may be a
 * version, a date (2.5. = 2 May) or a time, and "2.500" is a thousands separator there.
 *
 * SCALE_WORDS: lower-cased words of magnitude and percentage per language, the ones news text
 * puts after a decimal (each checked in the language's dictionary: Duden, Larousse, RAE,
 * Treccani, Priberam, Грамота.ру, СУМ, PWN, Van Dale). Multi-word ones ("pour cent", "por
 * ciento") match on their first word only when it cannot start anything else after a number
 * ("pour", "por", "per" are not listed: "2.5 por persona" is no percentage).
 */
export const SCALE_WORDS: Record<string, readonly string[]> = {
  de: ['million', 'millionen', 'milliarde', 'milliarden', 'billion', 'billionen', 'prozent', 'prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'mio', 'mrd'],
  fr: ['million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'pourcent'],
  es: ['millón', 'millones', 'billón', 'billones', 'millardo', 'millardos'],
  it: ['milione', 'milioni', 'miliardo', 'miliardi', 'percento', 'mln', 'mld'],
  pt: ['milhão', 'milhões', 'bilião', 'biliões', 'bilhão', 'bilhões'],
  ru: ['миллион', 'миллиона', 'миллионов', 'миллиард', 'миллиарда', 'миллиардов', 'триллион', 'триллиона', 'триллионов', 'млн', 'млрд', 'трлн', 'процент', 'процента', 'процентов', 'тыс'],
  uk: ['мільйон', 'мільйона', 'мільйонів', 'мільярд', 'мільярда', 'мільярдів', 'трильйон', 'трильйона', 'трильйонів', 'млн', 'млрд', 'трлн', 'відсоток', 'відсотка', 'відсотків', 'тис'],
  pl: ['miliona', 'milionów', 'miliarda', 'miliardów', 'biliona', 'bilionów', 'procent', 'procenta', 'mln', 'mld', 'tys'],
  nl: ['miljoen', 'miljard', 'biljoen', 'procent', 'mln', 'mld'],
};

/**
 * Languages whose norm accepts the decimal point as well as the comma: a point there is only
 * hinted at, and only under a regional tag whose CLDR symbol is the comma (es-ES), never under
 * the bare tag. Spanish: RAE/ASALE, Ortografía de la lengua española (2010) §4.2.2.1.3 and
 * Diccionario panhispánico de dudas, "coma", 1.2.12 — both admitted; Mexico, Central America
 * and US Spanish write the point.
 */
export const DECIMAL_POINT_ACCEPTED: ReadonlySet<string> = new Set(['es']);

/** The locale's decimal symbol (CLDR, via Intl), cached per tag; '.' when Intl does not know the tag. */
const decimalCache = new Map<string, string>();
export function decimalSymbol(tag: string): string {
  let d = decimalCache.get(tag);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      d = '.';
    }
    decimalCache.set(tag, d);
  }
  return d;
}
