/**
 * Decimal numbers: machine translation from English keeps the English decimal point ("2.5
 * Millionen", "3.7 %"), where the target language writes a comma. Which languages write a comma
 * comes from CLDR through Intl.NumberFormat; the words of magnitude that make a number a decimal
 * come from the language packs (languages/types.ts: `scaleWords`, `decimalPointAccepted`).
 */
import { byLanguage, languagesWith } from '../languages/index';

/** By language, from the language packs (languages/types.ts: `scaleWords`). */
export const SCALE_WORDS: Record<string, readonly string[]> = byLanguage('scaleWords');

/** By language, from the language packs (languages/types.ts: `decimalPointAccepted`). */
export const DECIMAL_POINT_ACCEPTED: ReadonlySet<string> = languagesWith('decimalPointAccepted');

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
