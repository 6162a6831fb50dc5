/**
 * Source text left in a translation, found by reading the source:
 *  - a target segment that is its source unchanged (not translated at all);
 *  - words in the source's script inside a target in another script that also occur in the
 *    source segment (a Cyrillic word left in an English sentence), and words mixing the two
 *    scripts (Latin and Cyrillic letters in one word);
 *  - a run of five or more words copied verbatim from the source segment into a target in the
 *    same script (a clause the machine translation passed through), when the run holds a word
 *    that is not a name, a number or a function word of the target language.
 * Used by the `untranslated` rule's checkPair.
 */
import { FUNCTION_WORDS } from '../lang/function-words';
import { baseTag, languageName } from '../lang/languages';
import { scriptOf, scriptOfLanguage, type Script } from '../lang/scripts';
import type { PairFinding, PairView } from './types';
import { pairTexts } from './types';
import { memoByPair, shiftFindings } from './memo';

/** Findings per aligned pair by its texts and languages: a re-check reads only edited pairs again. */
const pairCache = memoByPair<PairFinding[]>(2_000_000, (v) => 200 * v.length);

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  script?: Script;
  mixed: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu;
/** Alphabets whose letters look alike (a/а/α, o/о/ο, c/с, p/р/ρ …): one word mixing them is a slip. */
const CONFUSABLE = new Set<Script>(['Latin', 'Cyrillic', 'Greek']);

function wordsOf(text: string, base: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0].replace(/['’\-]+$/, '');
    let script: Script | undefined;
    let mixed = false;
    for (let i = 0; i < t.length; i++) {
      const s = scriptOf(t.charCodeAt(i));
      if (!s) continue;
      // Only scripts with look-alike letters: Latin inside Japanese or Chinese text is normal.
      if (script && s !== script && CONFUSABLE.has(s) && CONFUSABLE.has(script)) mixed = true;
      script ??= s;
    }
    out.push({ start: base + m.index!, end: base + m.index! + t.length, text: t, lower: t.toLowerCase(), script, mixed });
  }
  return out;
}

/** Scripts a language's text is written in (Japanese mixes kana and Han; Korean Hangul and Han). */
function scriptsOf(lang: string): Set<Script> {
  const b = baseTag(lang);
  if (b === 'ja') return new Set(['Kana', 'Han']);
  if (b === 'ko') return new Set(['Hangul', 'Han']);
  if (b === 'zh') return new Set(['Han']);
  const s = scriptOfLanguage(b);
  return new Set(s ? [s] : []);
}

function normalised(s: string): string {
  return s.replace(/[\s\u200b\ufffc]+/g, ' ').replace(/[“”„«»"'‘’]/g, '"').trim().toLowerCase();
}

/** A capital anywhere (Paris, iPhone, NATO): a name or a brand, kept on purpose. */
const isCapitalised = (w: string) => w !== w.toLowerCase();

/**
 * Inside brackets or quotation marks on the same line: a gloss ("заслуги (merit system)") or a
 * quoted original title, which translators keep on purpose.
 */
function glossed(text: string, at: number): boolean {
  let open = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n') break;
    if (ch === ')' || ch === '）' || ch === ']') open--;
    else if (ch === '(' || ch === '（' || ch === '[') {
      if (++open > 0) return true;
    } else if ('«„“「『"‘'.includes(ch)) {
      // an opening quotation mark before the word with no closing one between
      const close = text.slice(i + 1, at);
      if (!/[»“”」』"’]/.test(close)) return true;
    }
  }
  return false;
}

/** `keep`: lower-cased terms the glossary says not to translate (never reported as left over). */
export function findLeftovers(view: PairView, keep: ReadonlySet<string> = new Set()): PairFinding[] {
  const out: PairFinding[] = [];
  const tgtLang = view.target.language;
  const srcLang = view.source.language;
  if (baseTag(tgtLang) === baseTag(srcLang)) return out;
  const tgtScripts = scriptsOf(tgtLang);
  const srcScripts = scriptsOf(srcLang);
  const foreignScripts = [...srcScripts].filter((s) => !tgtScripts.has(s));
  const sameScript = [...srcScripts].some((s) => tgtScripts.has(s));
  const fw = FUNCTION_WORDS.get(baseTag(tgtLang));
  const srcName = languageName(srcLang);
  const tgtName = languageName(tgtLang);

  const memoKey = `${srcLang}\u0001${tgtLang}\u0001${[...keep].join('\u0002')}`;
  for (const p of view.pairs) {
    if (!p.source.length || !p.target.length) continue;
    const { source, target, sourceStart, targetStart } = pairTexts(view, p);
    out.push(...shiftFindings(pairCache(source, target, memoKey, () => ofPair(source, target)), sourceStart, targetStart));
  }
  return out;

  /** The findings of one aligned pair, at offsets in its own two texts (kept in pairCache). */
  function ofPair(source: string, target: string): PairFinding[] {
    const out: PairFinding[] = [];
    const sourceStart = 0;
    const targetStart = 0;
    const tWords = wordsOf(target, targetStart);
    const sWords = wordsOf(source, sourceStart);
    const sRange = { side: 'source' as const, start: sourceStart, end: sourceStart + source.length, message: 'the source sentence' };

    // 1. Not translated at all.
    // Two words or more, one of them a lower-case word of four letters (names, titles, acronyms
    // and numbers are kept as they are on purpose).
    const letterWords = tWords.filter((w) => !/\d/.test(w.text));
    if (letterWords.length >= 2 && letterWords.some((w) => w.text.length >= 4 && !isCapitalised(w.text)) && normalised(source) === normalised(target)) {
      out.push({
        start: targetStart,
        end: targetStart + target.length,
        message: `This sentence is the same as its ${srcName} source: not translated?`,
        explanation: `The target text repeats the source word for word. A translation pipeline passes text through unchanged when it fails or takes it for a name or code.`,
        data: { kind: 'same-as-source', language: srcLang, pair: true },
        fixes: [],
        related: [sRange],
      });
      return out;
    }

    // 2. Words of another script: the source's, occurring in the source; or mixed-script words.
    const inSource = new Set(sWords.map((w) => w.lower));
    // Runs of consecutive words in the source's script: reported when every word is in lower
    // case and occurs in the source (a capital anywhere in the run makes it a name or a title:
    // "Zay and Zayion", "NoMa infill Metro").
    let run: Word[] = [];
    const flush = () => {
      const runText = run.length ? target.slice(run[0]!.start - targetStart, run[run.length - 1]!.end - targetStart).toLowerCase() : '';
      const ok = run.length > 0 && !keep.has(runText) && run.every((w) => !isCapitalised(w.text) && !/\d/.test(w.text) && inSource.has(w.lower)) && run.some((w) => w.text.length >= 2) && !glossed(target, run[0]!.start - targetStart);
      if (ok) {
        const a = run[0]!;
        const b = run[run.length - 1]!;
        const one = run.length === 1;
        out.push({
          start: a.start,
          end: b.end,
          message: `${one ? `"${a.text}" is ${/^[AEIOU]/.test(srcName) ? 'an' : 'a'} ${srcName} word` : `"${target.slice(a.start - targetStart, b.end - targetStart)}" are ${srcName} words`} left in the ${tgtName} text.`,
          explanation: `${one ? 'This word is' : 'These words are'} in the source's script (${a.script}) and ${one ? 'occurs' : 'occur'} in the source sentence: the machine translation left ${one ? 'it' : 'them'} untranslated.`,
          data: { kind: 'source-words', language: srcLang, pair: true },
          related: [sRange],
        });
      }
      run = [];
    };
    for (const w of tWords) {
      if (w.mixed && w.text.length >= 3 && !/\d/.test(w.text)) {
        flush();
        out.push({
          start: w.start,
          end: w.end,
          message: `"${w.text}" mixes letters of two scripts.`,
          explanation: 'Letters that look alike in Latin and Cyrillic (a/а, e/е, o/о, c/с, p/р…) mixed in one word break search, spelling and hyphenation; machine translation leaves such words half transliterated.',
          data: { kind: 'mixed-script', pair: true },
          related: [sRange],
        });
        continue;
      }
      if (w.script && foreignScripts.includes(w.script)) run.push(w);
      else flush();
    }
    flush();

    // 3. Five or more words passed through verbatim (same script only).
    if (!sameScript || sWords.length < 5 || tWords.length < 5) return out;
    const sIndex = new Map<string, number[]>();
    sWords.forEach((w, i) => {
      const l = sIndex.get(w.lower) ?? [];
      l.push(i);
      sIndex.set(w.lower, l);
    });
    let i = 0;
    while (i < tWords.length) {
      let best = 0;
      for (const j of sIndex.get(tWords[i]!.lower) ?? []) {
        let n = 0;
        while (i + n < tWords.length && j + n < sWords.length && tWords[i + n]!.lower === sWords[j + n]!.lower) n++;
        if (n > best) best = n;
      }
      if (best >= 5) {
        const span = tWords.slice(i, i + best);
        const telling = span.filter((w) => !isCapitalised(w.text) && !/\d/.test(w.text) && w.text.length >= 4 && !fw?.has(w.lower));
        if (telling.length >= 2 && span.some((w) => !isCapitalised(w.text))) {
          out.push({
            start: span[0]!.start,
            end: span[span.length - 1]!.end,
            message: `These ${best} words are copied from the ${srcName} source: left untranslated?`,
            explanation: `The same ${best} words stand in the source sentence in the same order. ${srcName} and ${tgtName} rarely share so many words in a row unless the text was not translated.`,
            data: { kind: 'copied-words', language: srcLang, pair: true },
            related: [sRange],
          });
        }
        i += best;
      } else i++;
    }
    return out;
  }
}
