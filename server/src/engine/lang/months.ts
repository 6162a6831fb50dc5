/**
 * Month names (long, short, and the form used with a day: ru "августа", pl "sierpnia") from CLDR
 * via Intl — shared data, no pack field — plus English's (dates in English appear in every
 * language's text); lower case, no full stop.
 */
const cache = new Map<string, ReadonlySet<string>>();

export function monthNames(lang: string): ReadonlySet<string> {
  const hit = cache.get(lang);
  if (hit) return hit;
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
  if (cache.size < 200) cache.set(lang, out);
  return out;
}
