/**
 * Language data for detection: the languages Calque can tell apart, their franc (ISO 639-3)
 * codes, their scripts and their alphabets.
 *
 * Alphabets: the lower-case letters of each language's standard orthography beyond ASCII a-z
 * (Latin script) or the full letter inventory (Cyrillic). Source: each language's official
 * alphabet as listed in the Unicode CLDR exemplar characters (main set) for the locale
 * (cldr/common/main/<lang>.xml, <exemplarCharacters>), which Intl exposes nowhere, so they are
 * copied here. A letter outside a candidate's alphabet is evidence against that candidate
 * (see detect.ts); this is what separates Czech (ř ů ě) from Slovak and Slovenian, Swedish
 * (ä ö) from Danish/Norwegian (æ ø), Portuguese (ã õ ç) from Galician, Belarusian (ў, no и)
 * from Russian and Ukrainian (і ї є ґ), Serbian/Macedonian (ј љ њ) from Russian/Bulgarian.
 */
import { PACKS } from '../languages/index';

export interface LanguageInfo {
  /** BCP 47 tag used everywhere in Calque. */
  tag: string;
  /** franc's ISO 639-3 code(s) (franc, not franc-min: see docs/rules/untranslated.md). */
  franc: string[];
  script: 'Latin' | 'Cyrillic' | 'Arabic' | 'Devanagari';
  /** Latin: letters beyond a-z; Cyrillic/Arabic/Devanagari: undefined = no alphabet test. */
  extra?: string;
  /** Cyrillic: the whole alphabet. */
  alphabet?: string;
  /**
   * Letters so frequent in the language that a text of MARK_MIN_LETTERS letters without any
   * of them is unlikely to be in it (Ukrainian і ї є ґ, Belarusian і ў).
   */
  marks?: string;
  /** Closely related languages that short text cannot reliably separate (never "untranslated" against each other). */
  group?: string;
}

/** By language, from the language packs (languages/types.ts: `detection`). */
export const LANGUAGES: LanguageInfo[] = PACKS.flatMap((p) => (p.detection ?? []).map((d) => ({ tag: p.tag, ...d })));

/** Default candidates of detection, from the language packs (languages/types.ts: `detectByDefault`), in registry order. */
export const DEFAULT_CANDIDATES: readonly string[] = PACKS.filter((p) => p.detectByDefault).map((p) => p.tag);

const BY_TAG = new Map<string, LanguageInfo[]>();
for (const l of LANGUAGES) BY_TAG.set(l.tag, [...(BY_TAG.get(l.tag) ?? []), l]);
const BY_FRANC = new Map<string, Map<string, LanguageInfo>>();
for (const l of LANGUAGES) for (const f of l.franc) {
  let m = BY_FRANC.get(l.script);
  if (!m) BY_FRANC.set(l.script, (m = new Map()));
  m.set(f, l);
}

export function languageInfos(tag: string): LanguageInfo[] {
  return BY_TAG.get(tag) ?? [];
}

export function languageByFranc(script: string, iso: string): LanguageInfo | undefined {
  return BY_FRANC.get(script)?.get(iso);
}

/** ISO 639-3 (franc) -> BCP 47, for any script. */
export function iso3ToBcp47(iso: string): string | undefined {
  for (const m of BY_FRANC.values()) {
    const l = m.get(iso);
    if (l) return l.tag;
  }
  return undefined;
}

/** True when a and b are the same language or a close pair short text cannot separate. */
export function sameOrClose(a: string, b: string): boolean {
  const x = baseTag(a);
  const y = baseTag(b);
  if (x === y) return true;
  const gx = BY_TAG.get(x)?.[0]?.group;
  return gx !== undefined && gx === BY_TAG.get(y)?.[0]?.group;
}

/** The primary language subtag: "de-CH" -> "de"; "no" is treated as Bokmål. */
export function baseTag(tag: string): string {
  const i = tag.indexOf('-');
  const b = (i < 0 ? tag : tag.slice(0, i)).toLowerCase();
  return b === 'no' ? 'nb' : b;
}

let displayNames: Intl.DisplayNames | undefined;
/** English name of a language ("lt" -> "Lithuanian"); the tag itself if unknown. */
/** English names of language tags, as asked (rules ask for the same few on every check). */
const languageNames = new Map<string, string>();
export function languageName(tag: string): string {
  let name = languageNames.get(tag);
  if (name !== undefined) return name;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    name = displayNames.of(baseTag(tag) === 'nb' ? 'nb' : tag) ?? tag;
  } catch {
    name = tag;
  }
  if (languageNames.size < 1000) languageNames.set(tag, name);
  return name;
}
