/**
 * idiom: word-for-word renderings of source-language idioms (calques), from phrasebooks.
 * Built-in phrasebooks (server/phrasebooks/*.calque) plus the user's (resources.phrasebooks),
 * compiled per target language into one token trie; one pass over each sentence's words.
 * Entries whose source language is known for the article (ctx.sourceLanguages) rank first.
 * With the source (paired articles, XLIFF, PO), an entry's source idiom found in a source
 * sentence also reports its literal words in the aligned target in any wording the entry allows
 * word by word (bilingual/idioms.ts).
 */
import { baseLanguage } from '../lang/index';
import { languageName } from '../lang/languages';
import { languagesWith } from '../languages/index';
import { followsSentenceEnd } from '../segment';
import { compiledFor } from '../phrasebook/library';
import { findMatches, standaloneSuggestions, type PhraseMatch } from '../phrasebook/find';
import type { PhraseEntry } from '../phrasebook/parse';
import { defineRule, joinOr, type RuleFinding } from '../rule';
import { findAnchoredIdioms, type AnchoredMatch } from '../bilingual/idioms';
import type { PairFinding } from '../bilingual/types';
import type { Block, Fix } from '../types';

/** The source languages to name for an entry: the known ones among its sources, else all of them. */
function sourceLanguagesOf(e: PhraseEntry, known: ReadonlySet<string>): string[] {
  const srcs = e.sources.filter((s) => s !== '*');
  const hit = srcs.filter((s) => known.has(s));
  return hit.length ? hit : srcs;
}

/** Languages that capitalise every noun (German): a capital there starts a sentence only after one's end. */
const NOUN_CAPITALS = languagesWith('capitalisesNouns');

/**
 * A suggestion capitalised as the matched words start a sentence: in a language that capitalises
 * nouns, a capital after no sentence end is the noun's ("nur ein Stück Kuchen" → "ein Kinderspiel").
 */
function capitaliseLike(matched: string, suggestion: string, before: string, target: string): string {
  const first = matched[0] ?? '';
  const isUpper = first !== first.toLowerCase() && first === first.toUpperCase();
  if (!isUpper || !suggestion) return suggestion;
  if (NOUN_CAPITALS.has(target) && !followsSentenceEnd(before.slice(-8))) return suggestion;
  const cp = String.fromCodePoint(suggestion.codePointAt(0)!);
  return cp.toUpperCase() + suggestion.slice(cp.length);
}

/**
 * What every idiom finding says about an entry matched at [start, end): the suggestions as the
 * matched words are capitalised, the "Consider" sentence, the fixes (never safe), the hover's
 * lines after its heading, and the data (after `source`).
 */
function entryParts(e: PhraseEntry, matched: string, start: number, end: number, raw: readonly string[], target: string, before: string) {
  const note = e.note;
  const suggestions = raw.map((s) => capitaliseLike(matched, s, before, target));
  const consider = suggestions.length ? ` Consider: ${joinOr(suggestions.map((s) => `"${s}"`))}.` : '';
  const fixes: Fix[] = suggestions.map((s) => ({ title: `Replace with "${s}"`, edits: [{ start, end, newText: s }], safe: false }));
  const lines: string[] = [];
  if (note) {
    lines.push(`- Source idiom: "${note.idiom}"`);
    lines.push(`- Meaning: ${note.meaning}`);
    if (note.literal) lines.push(`- Literally: "${note.literal}"${note.literalNote ? ` (${note.literalNote})` : ''}`);
  }
  if (suggestions.length) lines.push(`- Idiomatic ${languageName(target)}: ${suggestions.map((s) => `"${s}"`).join(', ')}`);
  lines.push(`- Phrasebook: \`${e.file}\`, line ${e.line}`);
  const data = {
    idiom: note?.idiom ?? null,
    meaning: note?.meaning ?? null,
    ...(note?.literal ? { literal: note.literal } : {}),
    suggestions,
    phrasebook: e.file,
    line: e.line,
  };
  return { consider, fixes, lines, data };
}

function toFinding(m: PhraseMatch, block: Block, known: ReadonlySet<string>, target: string): RuleFinding {
  const e = m.entry;
  const matched = block.text.slice(m.start - block.start, m.end - block.start).replace(/\s+/g, ' ');
  const langs = sourceLanguagesOf(e, known);
  const langNames = [...new Set(langs.map(languageName))];
  const sourceLabel = langNames.length ? joinOr(langNames) : 'another language';
  const { consider, fixes, lines, data } = entryParts(e, matched, m.start, m.end, m.suggestions, target, block.text.slice(Math.max(0, m.start - block.start - 8), m.start - block.start));
  const note = e.note;
  const message = note
    ? `"${matched}" looks like a word-for-word rendering of ${sourceLabel} "${note.idiom}" (${note.meaning}).${consider}`
    : `"${matched}" looks like a word-for-word rendering of ${langNames.length ? `a ${sourceLabel} idiom` : 'an idiom from another language'}.${consider}`;
  return {
    start: m.start,
    end: m.end,
    message,
    fixes,
    explanation: [`**Likely calque** (word-for-word translation) from ${sourceLabel}.`, '', ...lines].join('\n'),
    data: { source: langs.length === 1 ? langs[0] : langs, ...data },
  };
}

/** A source idiom rendered word for word, found through the source: the target words, with the idiom in the source beside them. */
function anchoredFinding(m: AnchoredMatch, targetText: string, target: string): PairFinding {
  const e = m.entry;
  const note = e.note!;
  const matched = targetText.slice(m.target[0], m.target[1]).replace(/\s+/g, ' ');
  const lang = note.lang ?? e.sources[0]!;
  // No pattern matched: a suggestion that repeats the pattern's choices ("{1} had enough") has nothing to repeat.
  const { consider, fixes, lines, data } = entryParts(e, matched, m.target[0], m.target[1], standaloneSuggestions(e), target, targetText.slice(Math.max(0, m.target[0] - 8), m.target[0]));
  return {
    start: m.target[0],
    end: m.target[1],
    message: `"${matched}" looks like a word-for-word rendering of the ${languageName(lang)} idiom "${note.idiom}" in the source (${note.meaning}).${consider}`,
    fixes,
    explanation: [`**Likely calque** (word-for-word translation) of the ${languageName(lang)} idiom in the source.`, '', ...lines].join('\n'),
    related: [{ side: 'source', start: m.source[0], end: m.source[1], message: `the ${languageName(lang)} idiom "${note.idiom}"` }],
    // The translation-only finding is the more exact where it names this idiom's language.
    defersTo: (own) => [(own.data as { source?: string | string[] } | undefined)?.source ?? []].flat().includes(lang),
    data: { source: lang, ...data, anchored: true },
  };
}

export const idiomRule = defineRule({
  meta: {
    id: 'idiom',
    category: 'idiom',
    defaultSeverity: 'warning',
    description: 'Word-for-word renderings of source-language idioms (calques), from phrasebooks',
    fixable: true,
  },
  blockCacheKey: (ctx) => ctx.sourceLanguages.map(baseLanguage).join(','),
  checkBlock(block, ctx) {
    const target = baseLanguage(ctx.language);
    const book = compiledFor(ctx.resources, target);
    if (book.entries.length === 0) return [];
    const known = new Set(ctx.sourceLanguages.map(baseLanguage));
    const rank = (e: PhraseEntry): number => (e.sources.some((s) => known.has(s)) ? 0 : 1);
    return findMatches(book, block.tokens, block.sentences, block.text, block.start, rank).map((m) => toFinding(m, block, known, target));
  },
  checkPair(view, ctx) {
    const target = baseLanguage(ctx.language);
    const book = compiledFor(ctx.resources, target);
    if (book.entries.length === 0) return [];
    return findAnchoredIdioms(view, book.entries, (m, text) => anchoredFinding(m, text, target));
  },
});
