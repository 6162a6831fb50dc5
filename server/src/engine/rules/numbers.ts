/**
 * `numbers`: the numbers of a translation compared with its source's, sentence pair by sentence
 * pair, as values across locale formats (1,000.5 = 1 000,5 = 1.000,5; "25 тысяч" = 25,000;
 * "2,5 млрд" = "2.5 billion"; spelled-out small numbers match digits and are never reported).
 * A number changed is reported on the translation's number with the source value in the target's
 * format as a quick fix; a number of the source missing from the translation is reported on the
 * translation's sentence; a number the translation adds is information. Source-aware only; the
 * extraction and comparison live in bilingual/numbers.ts. See docs/rules/numbers.md.
 */
import { defineRule } from '../rule';
import { compareNumbers, extractNumbers, formatNumber, readsSpelledNumbers, type NumberMention } from '../bilingual/numbers';
import type { PairFinding } from '../bilingual/types';
import { memoByText } from '../bilingual/memo';

/** Numbers of a paragraph, per language (reused across re-checks). */
const numbersOf = memoByText(2_000_000, extractNumbers);
/**
 * Only the numbers written with digits: spelled-out numbers are never reported, they only
 * absorb a digit the other side lacks, so they are read only when the digits do not match.
 */
const digitsOf = memoByText(2_000_000, (text, lang) => extractNumbers(text, lang, { spelled: false }));
import { pairTexts, paragraphGroups } from '../bilingual/types';
import { languageName } from '../lang/languages';

export const numbersRule = defineRule({
  meta: {
    id: 'numbers',
    category: 'numbers',
    defaultSeverity: 'warning',
    description: 'Numbers changed, missing or added in a translation, compared with its source as values across locale formats (source-aware)',
    fixable: false,
  },
  checkPair(view, ctx) {
    const out: PairFinding[] = [];
    const src = view.source.language;
    const tgt = ctx.language;
    const srcName = languageName(src);
    /**
     * A small number (up to twenty, a round ten, a hundred, a thousand) may be written out on
     * the other side in a language whose spelled numbers are not read ("fyra av tio" for "four
     * in 10"): unmatched, it is not reported.
     */
    const maySpell = (m: NumberMention, otherLang: string) => !readsSpelledNumbers(otherLang) && Number.isInteger(m.value) && (m.value <= 20 || (m.value <= 100 && m.value % 10 === 0) || m.value === 1000);
    // Numbers are compared per paragraph (pairs that share a paragraph on either side): a
    // sentence splitter may cut "in der 4. Klasse" after "4.", and translators move numbers
    // between the sentences of a paragraph. Findings are then placed on the sentence pair.
    for (const group of paragraphGroups(view)) {
      const sIds = group.flatMap((p) => p.source);
      const tIds = group.flatMap((p) => p.target);
      if (!sIds.length || !tIds.length) continue;
      const { source: sText, target: tText, sourceStart: sStart, targetStart: tStart } = pairTexts(view, { source: sIds, target: tIds, cost: 0 });
      // Without a digit on either side there is nothing to report (numbers written out are
      // matched, never reported): the paragraph is not read.
      if (!ANY_DIGIT.test(sText) && !ANY_DIGIT.test(tText)) continue;
      const quick = compareNumbers(digitsOf(sText, src), digitsOf(tText, tgt));
      if (!quick.missing.length && !quick.extra.length && !quick.changed.length) continue;
      const sn = numbersOf(sText, src);
      const tn = numbersOf(tText, tgt);
      const raw = compareNumbers(sn, tn);
      // Centuries and monarchs are written in Roman numerals in some languages ("VIIIe siècle",
      // "V secolo" for "8th century", "5th century"): a Roman numeral on the other side matches.
      const romanT = romanValues(tText);
      const romanS = romanValues(sText);
      // Centuries written as hundreds ("1300-talet", "1400-luvulla", "en los 1400") on one side
      // and as ordinals ("14th century") on the other.
      const centuryS = centuryValues(sText, sn);
      const centuryT = centuryValues(tText, tn);
      // A quantity said twice on one side and once on the other: the second mention is often a
      // reference ("£760 … the same amount", "in 2003 … that year"), not a number lost or added.
      const valuesT = new Set(tn.map((m) => m.value));
      const valuesS = new Set(sn.map((m) => m.value));
      const diff = {
        ...raw,
        missing: raw.missing.filter((m) => !maySpell(m, tgt) && !romanT.has(m.value) && !centuryT.has(m.value) && !valuesT.has(m.value)),
        extra: raw.extra.filter((m) => !maySpell(m, src) && !romanS.has(m.value) && !centuryS.has(m.value) && !valuesS.has(m.value)),
      };
      const sourceAt = (m: { start: number; end: number }) => ({ side: 'source' as const, start: sStart + m.start, end: sStart + m.end });
      /** The target sentence(s) aligned with the source sentence holding a source offset. */
      const targetOf = (sourceOffset: number): { start: number; end: number } => {
        for (const p of group) {
          if (!p.target.length) continue;
          if (p.source.some((i) => view.source.segments[i]!.start <= sourceOffset && sourceOffset < view.source.segments[i]!.end)) {
            return { start: view.target.segments[p.target[0]!]!.start, end: view.target.segments[p.target[p.target.length - 1]!]!.end };
          }
        }
        return { start: tStart, end: tStart + tText.length };
      };
      for (const c of diff.changed) {
        const fixed = formatNumber(c.source.value, tgt, c.target);
        out.push({
          start: tStart + c.target.start,
          end: tStart + c.target.end,
          message: `"${c.target.text}" does not match "${c.source.text}" in the ${srcName} source.`,
          explanation: `The source says ${c.source.text} (${c.source.value.toLocaleString('en')}); the translation ${c.target.text} (${c.target.value.toLocaleString('en')}). Numbers are compared as values, whatever their format.`,
          fixes: fixed && fixed !== c.target.text ? [{ title: `Use the source's value: "${fixed}"`, safe: false, edits: [{ start: tStart + c.target.start, end: tStart + c.target.end, newText: fixed }] }] : [],
          data: { kind: 'changed', source: c.source.text, value: c.source.value, ...(fixed ? { replacement: fixed } : {}) },
          related: [{ ...sourceAt(c.source), message: 'the number in the source' }],
        });
      }
      // Missing numbers: one finding per target sentence, listing them.
      const bySentence = new Map<string, { at: { start: number; end: number }; missing: typeof diff.missing }>();
      for (const m of diff.missing) {
        const at = targetOf(sStart + m.start);
        const key = `${at.start}:${at.end}`;
        const e = bySentence.get(key) ?? { at, missing: [] };
        e.missing.push(m);
        bySentence.set(key, e);
      }
      for (const { at, missing } of bySentence.values()) {
        const list = missing.map((m) => `"${m.text}"`).join(', ');
        out.push({
          ...at,
          message: `${missing.length === 1 ? 'A number' : `${missing.length} numbers`} of the ${srcName} source ${missing.length === 1 ? 'is' : 'are'} missing from this translation: ${list}.`,
          explanation: 'Every number of the source sentence should be in its translation, in any format (written out is fine for small numbers).',
          data: { kind: 'missing', numbers: missing.map((m) => m.text) },
          related: missing.map((m) => ({ ...sourceAt(m), message: `"${m.text}" in the source` })),
        });
      }
      for (const e of diff.extra) {
        out.push({
          start: tStart + e.start,
          end: tStart + e.end,
          severity: 'info',
          message: `"${e.text}" is not in the ${srcName} source.`,
          explanation: 'The translation has a number its source paragraph does not have: an addition, or a number that belongs elsewhere.',
          data: { kind: 'extra' },
          related: [{ side: 'source', start: sStart, end: sStart + sText.length, message: 'the source paragraph' }],
        });
      }
    }
    return out;
  },
});

/** A decimal digit of any script numbers.ts reads (ASCII, Arabic-Indic, Devanagari, Bengali, Thai, fullwidth). */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\uFF10-\uFF19]/;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Values of the Roman numerals (I to CC, alone or with an ordinal ending: "VIIIe", "XX.") in a text. */
function romanValues(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([IVXLC]{1,8})(?=e\b|er\b|ème\b|º|\.|\s|$|[,;)])/gu)) {
    const r = m[1]!;
    let v = 0;
    for (let i = 0; i < r.length; i++) {
      const a = ROMAN[r[i]!]!;
      const b = ROMAN[r[i + 1]!] ?? 0;
      v += a < b ? -a : a;
    }
    if (v > 0 && v <= 200) out.add(v);
  }
  return out;
}

/**
 * Values a century can take on the other side: for a hundred written as a century ("1300-talet",
 * "1300-tallet", "1400-luvulla"), its ordinal (14, 15); for an ordinal, the hundred that names the
 * same century ((N − 1) × 100).
 */
/** The word "century" after a spelled ordinal ("thirteenth century", "dreizehnten Jahrhundert", "пятнадцатом веке"). */
const CENTURY_AFTER = /^[\s\u00A0]+(?:century|centuries|jahrhundert|siècle|secolo|siglo|século|eeuw|wieku?|stolet|столети|век|вік|стагоддз|amžiu|gadsimt|vuosisa|århundrad|århundred|yüzyıl)/iu;
function centuryValues(text: string, mentions: readonly NumberMention[]): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})00\s?-?(?:talet|tallet|tal|luvulla|luvun|luvulta|luvulle|luku)/gu)) out.add(Number(m[1]) + 1);
  for (const m of mentions) {
    if (m.value < 1 || m.value > 21 || !Number.isInteger(m.value)) continue;
    if (m.kind === 'ordinal' || (m.spelled && CENTURY_AFTER.test(text.slice(m.end, m.end + 14)))) out.add((m.value - 1) * 100);
  }
  return out;
}
