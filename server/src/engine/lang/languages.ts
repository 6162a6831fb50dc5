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

const RU = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';

export const LANGUAGES: LanguageInfo[] = [
  { tag: 'en', franc: ['eng'], script: 'Latin', extra: '' },
  { tag: 'de', franc: ['deu'], script: 'Latin', extra: 'äöüß' },
  { tag: 'fr', franc: ['fra'], script: 'Latin', extra: 'àâæçéèêëîïôœùûüÿ' },
  { tag: 'es', franc: ['spa'], script: 'Latin', extra: 'áéíñóúü' },
  { tag: 'it', franc: ['ita'], script: 'Latin', extra: 'àèéìíîòóùú' },
  { tag: 'pt', franc: ['por'], script: 'Latin', extra: 'áâãàçéêíóôõú' },
  { tag: 'gl', franc: ['glg'], script: 'Latin', extra: 'áéíñóúü' },
  { tag: 'ca', franc: ['cat'], script: 'Latin', extra: 'àçéèíïòóúü·' },
  { tag: 'nl', franc: ['nld'], script: 'Latin', extra: 'áéèëïóöü' },
  { tag: 'af', franc: ['afr'], script: 'Latin', extra: 'áéèêëíîïóôöúûüŉ' },
  { tag: 'pl', franc: ['pol'], script: 'Latin', extra: 'ąćęłńóśźż' },
  { tag: 'cs', franc: ['ces'], script: 'Latin', extra: 'áčďéěíňóřšťúůýž' },
  { tag: 'sk', franc: ['slk'], script: 'Latin', extra: 'áäčďéíĺľňóôŕšťúýž' },
  { tag: 'sl', franc: ['slv'], script: 'Latin', extra: 'čšž', group: 'sh' },
  { tag: 'hr', franc: ['hrv'], script: 'Latin', extra: 'čćđšž', group: 'sh' },
  { tag: 'bs', franc: ['bos'], script: 'Latin', extra: 'čćđšž', group: 'sh' },
  { tag: 'sr', franc: ['srp'], script: 'Latin', extra: 'čćđšž', group: 'sh' },
  { tag: 'lt', franc: ['lit'], script: 'Latin', extra: 'ąčęėįšųūž' },
  { tag: 'lv', franc: ['lvs'], script: 'Latin', extra: 'āčēģīķļņšūž' },
  { tag: 'et', franc: ['ekk'], script: 'Latin', extra: 'äöõüšž' },
  { tag: 'fi', franc: ['fin'], script: 'Latin', extra: 'äöåšž' },
  { tag: 'sv', franc: ['swe'], script: 'Latin', extra: 'åäöé' },
  { tag: 'da', franc: ['dan'], script: 'Latin', extra: 'æøåé', group: 'nord' },
  { tag: 'nb', franc: ['nob'], script: 'Latin', extra: 'æøåéèêóòô', group: 'nord' },
  { tag: 'nn', franc: ['nno'], script: 'Latin', extra: 'æøåéèêóòô', group: 'nord' },
  { tag: 'hu', franc: ['hun'], script: 'Latin', extra: 'áéíóöőúüű' },
  { tag: 'ro', franc: ['ron'], script: 'Latin', extra: 'ăâîșțşţ' },
  { tag: 'tr', franc: ['tur'], script: 'Latin', extra: 'çğıöşüâîû' },
  { tag: 'sq', franc: ['als'], script: 'Latin', extra: 'çë' },
  { tag: 'id', franc: ['ind'], script: 'Latin', extra: '', group: 'malay' },
  { tag: 'ms', franc: ['zlm'], script: 'Latin', extra: '', group: 'malay' },
  // Icelandic is in neither franc nor franc-min: it is decided by its letters þ/ð (detect.ts).
  { tag: 'is', franc: [], script: 'Latin', extra: 'áéíóúýþæöð' },
  { tag: 'ru', franc: ['rus'], script: 'Cyrillic', alphabet: RU },
  { tag: 'uk', franc: ['ukr'], script: 'Cyrillic', marks: 'іїєґ', alphabet: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя' },
  { tag: 'be', franc: ['bel'], script: 'Cyrillic', marks: 'іў', alphabet: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя' },
  { tag: 'bg', franc: ['bul'], script: 'Cyrillic', alphabet: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ' },
  { tag: 'sr', franc: ['srp'], script: 'Cyrillic', alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш' },
  { tag: 'mk', franc: ['mkd'], script: 'Cyrillic', alphabet: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш' },
  { tag: 'kk', franc: ['kaz'], script: 'Cyrillic', alphabet: RU + 'әғқңөұүһі' },
  { tag: 'ar', franc: ['arb'], script: 'Arabic' },
  { tag: 'fa', franc: ['pes'], script: 'Arabic' },
  { tag: 'ur', franc: ['urd'], script: 'Arabic' },
  { tag: 'hi', franc: ['hin'], script: 'Devanagari' },
  { tag: 'mr', franc: ['mar'], script: 'Devanagari' },
  { tag: 'ne', franc: ['npi'], script: 'Devanagari' },
];

/**
 * Default candidates when `.calque.json` has no `languages`: the languages of European and
 * major world news translation that franc models well. Malay (confused with Indonesian) and
 * Nynorsk/Bosnian (confused with Bokmål/Croatian) are left out unless configured.
 */
export const DEFAULT_CANDIDATES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'gl', 'ca', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'lt', 'lv', 'et', 'fi', 'sv',
  'da', 'nb', 'hu', 'ro', 'tr', 'id', 'is', 'ru', 'uk', 'be', 'bg', 'mk', 'kk', 'ar', 'fa', 'ur', 'hi', 'mr', 'ne',
];

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
