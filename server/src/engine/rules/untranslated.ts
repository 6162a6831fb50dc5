/**
 * `untranslated`: a paragraph, sentence or clause left in another language than the
 * document's, or a run of words in another script beyond a short quoted name or term.
 *
 * The analysis lives in lang/spans.ts (shared with decideLanguages, which uses it for
 * per-block languages and source-language inference, and cached per block text). Precision
 * first: franc must prefer the other language by a margin and the function words must agree;
 * short quotations (names, titles, slogans), capitalised runs (names) and masked code never
 * count. No fix: only a translator can fix it. See docs/rules/untranslated.md.
 */
import { analyseBlock, candidatesForConfig, languageName } from '../lang/index';
import { alienWords, foreignWords, lexiconWords } from '../lang/spans';
import { scriptOfLanguage } from '../lang/scripts';
import { defineRule, joinOr, type RuleFinding } from '../rule';
import type { CalqueConfig } from '../config';
import { findLeftovers } from '../bilingual/leftovers';

const WHAT = { paragraph: 'paragraph', sentence: 'sentence', passage: 'passage' } as const;

/**
 * A word of another language's list seen this many times in a document is a term the article
 * is about (a product, a place, a loanword it uses), not a leftover machine translation dropped
 * here and there: none of its occurrences is reported.
 */
const REPEATED_TERM = 3;

/** A word-list finding, with its word (lower case) for the document pass. */
type LexiconItem = RuleFinding & { key: string };
interface LexiconSummary {
  items: LexiconItem[];
}

export const untranslatedRule = defineRule<LexiconSummary>({
  meta: {
    id: 'untranslated',
    category: 'untranslated',
    defaultSeverity: 'warning',
    description: "Sentences or paragraphs left in another language than the document's",
    fixable: false,
  },
  blockCacheKey(ctx) {
    // The source languages name the language of a word with foreign letters.
    return ctx.documentLanguage + '|' + candidatesForConfig(ctx.config).key + '|' + ctx.sourceLanguages.join(',') + '|' + [...doNotTranslate(ctx.config)].join('\u0001');
  },
  checkBlock(block, ctx) {
    const { spans } = analyseBlock(block.text, ctx.documentLanguage, candidatesForConfig(ctx.config));
    const out: RuleFinding[] = [];
    const doc = languageName(ctx.documentLanguage);
    for (const s of spans) {
      const lang = languageName(s.language);
      const what = WHAT[s.kind];
      if (s.tentative) {
        // Another script proves the text foreign, not which language it is: say only what is known.
        const script = scriptOfLanguage(s.language) ?? 'another';
        out.push({
          start: block.start + s.start,
          end: block.start + s.end,
          message: `This ${what} is in ${script} script, not ${doc}: left untranslated?`,
          explanation: `${s.words} words in another script than the document's (${doc}). Too few words to tell their language with confidence (perhaps ${lang}). Quoted names and titles of up to a dozen words and capitalised names are not reported.`,
          data: { language: s.language, kind: s.kind, by: s.by, words: s.words, tentative: true },
        });
        continue;
      }
      out.push({
        start: block.start + s.start,
        end: block.start + s.end,
        message: `This ${what} looks ${lang}, not ${doc}: left untranslated?`,
        explanation:
          s.by === 'script'
            ? `${s.words} words in another script than the document's (${doc}), read as ${lang}. Quoted names and titles of up to a dozen words and capitalised names are not reported.`
            : `The language detector prefers ${lang} over ${doc} for this ${what} (margin ${(s.margin ?? 0).toFixed(2)}), and ${
                s.evidence === 'alphabet' ? `it has letters the ${doc} alphabet lacks` : `its function words are ${lang}, not ${doc}`
              }. Machine-translation pipelines leave such text untranslated; translate it or, if it is a deliberate quotation, put it in quotation marks.`,
        data: { language: s.language, kind: s.kind, by: s.by, words: s.words, ...(s.evidence ? { evidence: s.evidence } : {}) },
      });
    }
    // Word-level: a word or two in another script, a word mixing look-alike alphabets.
    const keep = doNotTranslate(ctx.config);
    for (const w of foreignWords(block.text, ctx.documentLanguage)) {
      if (spans.some((s) => s.start < w.end && w.start < s.end)) continue;
      const text = block.text.slice(w.start, w.end);
      if (keep.has(text.toLowerCase())) continue;
      out.push(
        w.mixed
          ? {
              start: block.start + w.start,
              end: block.start + w.end,
              message: `"${text}" mixes ${w.script} letters into a ${doc} word.`,
              explanation: 'Letters that look alike in Latin, Cyrillic and Greek (a/а/α, c/с, o/о/ο, p/р/ρ…) mixed in one word break search, spelling and hyphenation; machine translation and OCR leave such words half transliterated.',
              data: { kind: 'mixed-script', script: w.script },
            }
          : {
              start: block.start + w.start,
              end: block.start + w.end,
              message: `"${text}" is in ${w.script} script inside ${doc} text: left untranslated?`,
              explanation: `${w.words === 1 ? 'A word' : `${w.words} words`} in another script than the document's, inside running text and not quoted or in brackets: machine translation leaves source-language words it could not translate. Quote it or put it in brackets if it is meant to stay (a gloss, a name in its own script).`,
              data: { kind: 'words', script: w.script, words: w.words },
            },
      );
    }
    // A word of the document's script with letters its alphabet lacks ("ważna" in English).
    const known = new Set(ctx.sourceLanguages.map((l) => l.split('-')[0]!));
    for (const w of alienWords(block.text, ctx.documentLanguage)) {
      if (spans.some((s) => s.start < w.end && w.start < s.end) || out.some((f) => f.start < block.start + w.end && block.start + w.start < f.end)) continue;
      const text = block.text.slice(w.start, w.end);
      if (keep.has(text.toLowerCase())) continue;
      const langs = preferKnown(w.languages, known);
      const names = [...new Set(langs.map(languageName))].slice(0, 3);
      const of = names.length ? `letters of ${joinOr(names)}` : 'letters';
      out.push({
        start: block.start + w.start,
        end: block.start + w.end,
        message: `"${text}" has ${of} (${w.letters}) inside ${doc} text: left untranslated?`,
        explanation: `A lower-case word in ${doc} text with letters the ${doc} alphabet lacks, and that loanwords do not keep either (café, naïve and jalapeño keep theirs): machine translation leaves source-language words it could not translate. Names (capitalised) and quoted or bracketed words are not reported; put a deliberate foreign word in quotation marks or italics.`,
        data: { kind: 'alphabet', letters: w.letters, languages: langs },
      });
    }
    // Words of another language's common list that the document's complete list lacks ("sehr" in
    // English); a short sentence of them replaces the word findings inside it.
    const lexicon: LexiconItem[] = [];
    for (const w of lexiconWords(block.text, ctx.documentLanguage, ctx.sourceLanguages)) {
      if (spans.some((s) => s.start < w.end && w.start < s.end)) continue;
      const inside = (f: RuleFinding) => f.start < block.start + w.end && block.start + w.start < f.end;
      if (w.sentence) {
        for (let k = out.length - 1; k >= 0; k--) if (inside(out[k]!) && block.start + w.start <= out[k]!.start && out[k]!.end <= block.start + w.end) out.splice(k, 1);
      }
      if (out.some(inside)) continue;
      const text = block.text.slice(w.start, w.end);
      if (keep.has(text.toLowerCase())) continue;
      const langs = preferKnown(w.languages, known);
      const all = [...new Set(langs.map(languageName))];
      const names = all.slice(0, 3);
      const what = all.length > 3 ? 'another language' : joinOr(names);
      if (w.sentence) {
        out.push({
          start: block.start + w.start,
          end: block.start + w.end,
          message: `This sentence looks ${what}, not ${doc}: left untranslated?`,
          explanation: `Most of its words are in the common words of ${joinOr(names)} and not in ${doc} dictionaries: a sentence machine translation left as it was, too short for the language detector. Put a deliberate quotation in quotation marks.`,
          data: { kind: 'sentence', by: 'lexicon', languages: langs, words: w.words },
        });
        continue;
      }
      lexicon.push({
        key: text.toLowerCase(),
        start: block.start + w.start,
        end: block.start + w.end,
        message: `"${text}" is ${what}, not ${doc}: left untranslated?`,
        explanation: `${w.words === 1 ? 'A lower-case word' : `${w.words} lower-case words`} that ${doc} dictionaries lack and ${langs.length === 1 ? names[0] : 'the common words of ' + joinOr(names)} ${langs.length === 1 ? 'has' : 'have'}, inside a ${doc} sentence: machine translation leaves source-language words it could not translate. Names (capitalised), quoted or bracketed words, typos of ${doc} words and foreign phrases ${doc} uses (per se, déjà vu) are not reported; put a deliberate foreign word in quotation marks or italics.`,
        data: { kind: 'lexicon', languages: langs, words: w.words },
      });
    }
    // Words of another language's list are judged in the document pass (a term the article keeps repeating is no leftover).
    return { findings: out, summary: lexicon.length ? { items: lexicon } : undefined };
  },
  checkDocument(doc, summaries) {
    const items = summaries.flatMap((s, i) => ((s as LexiconSummary | undefined)?.items ?? []).map((f) => ({ ...f, start: f.start + doc.blocks[i]!.start, end: f.end + doc.blocks[i]!.start })));
    const times = new Map<string, number>();
    for (const f of items) times.set(f.key, (times.get(f.key) ?? 0) + 1);
    return items.filter((f) => times.get(f.key)! < REPEATED_TERM).map(({ key: _k, ...f }) => f);
  },
  // With the source: a sentence left as it was, source-script words, words copied verbatim.
  checkPair(view, ctx) {
    return findLeftovers(view, doNotTranslate(ctx.config));
  },
});

/** The languages a word may be from, narrowed to the source languages when it is one of them. */
function preferKnown(languages: string[], known: ReadonlySet<string>): string[] {
  return languages.some((l) => known.has(l)) ? languages.filter((l) => known.has(l)) : languages;
}

/** Terms the glossary marks do-not-translate (or renders as themselves): left alone, lower-cased. */
function doNotTranslate(config: CalqueConfig): Set<string> {
  const keep = new Set<string>();
  for (const [term, v] of Object.entries(config.glossary.entries)) {
    const o = v as { dnt?: unknown; target?: unknown } | string | string[] | null;
    if ((o && typeof o === 'object' && !Array.isArray(o) && o.dnt === true) || o === term || (Array.isArray(o) && o.includes(term))) keep.add(term.toLowerCase());
  }
  return keep;
}
