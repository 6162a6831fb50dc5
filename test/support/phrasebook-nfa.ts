/**
 * The reference phrasebook matcher for tests: independent of the trie (compile.ts, match.ts).
 */
import { GAP_MIN_LITERALS, VERB_SECOND_MIN_LITERALS, literalFormOf, verbSecond, type CompiledPhrasebook } from '../../server/src/engine/phrasebook/compile';
import type { RawMatch } from '../../server/src/engine/phrasebook/match';
import { expandPattern } from '../../server/src/engine/phrasebook/pattern';
import { isInfinitive } from '../../server/src/engine/phrasebook/forms';
import { idiomAdverbs, idiomModifiers, placeholderWords, type PlaceholderName } from '../../server/src/engine/phrasebook/placeholders';
import type { Word } from '../../server/src/engine/phrasebook/words';

/**
 * Reference matcher for tests: expands every pattern into its word sequences and tries each at
 * every word (slow, independent of the trie; which literal a word is another form of comes from
 * the book, as the trie reads it). A pattern of GAP_MIN_LITERALS literal words or more is tried
 * again with one of the language's idiom modifiers after each of its articles and possessives
 * but the last two steps (the gap never stands right before the last word), and with one of its
 * idiom adverbs after the first step. Same results as `matchWords`, up to order.
 */
export function matchWordsNfa(book: CompiledPhrasebook, words: readonly Word[]): RawMatch[] {
  const out: RawMatch[] = [];
  const lang = book.target;
  const infinitive = (v: string) => isInfinitive(v, book.packed.lang);
  book.entries.forEach((e, entry) => {
    e.patterns.forEach((pat, pattern) => {
      const expanded = expandPattern(pat, lang);
      if (!expanded) return;
      // Where the finite verb goes second in a main clause, also with the last infinitive first (compile.ts verbSecond), if three literal words or more.
      const variants = verbSecond(e, pat, book.packed.lang)
        ? [...expanded, ...expanded.filter((v) => v.filter((x) => x.k === 'lit').length >= VERB_SECOND_MIN_LITERALS).map((v) => [v[v.length - 1]!, ...v.slice(0, -1)])]
        : expanded;
      const seen = new Set<string>();
      for (const steps of variants) {
        const id = steps.map((s) => s.k + ':' + ('v' in s ? s.v : '')).join('\u0000');
        if (seen.has(id)) continue;
        seen.add(id);
        const literals = steps.filter((s) => s.k === 'lit').length;
        const endForms = literals >= 3 && book.packed.formsAtEnd;
        const determiner = (st: (typeof steps)[number]) =>
          (st.k === 'ph' && (st.v === 'art' || st.v === 'poss')) || (st.k === 'lit' && (placeholderWords(lang, 'art').has(st.v) || placeholderWords(lang, 'poss').has(st.v)));
        // Gap -1: none; g: the word after step g is skipped.
        const adverbs = idiomAdverbs(lang);
        const gaps = [-1, ...(literals >= GAP_MIN_LITERALS ? steps.map((st, g) => (g < steps.length - 2 && (determiner(st) || (g === 0 && adverbs.size > 0)) ? g : -1)).filter((g) => g >= 0) : [])];
        for (const g of gaps) {
          const n = steps.length + (g >= 0 ? 1 : 0);
          for (let i = 0; i + n <= words.length; i++) {
            let ok = true;
            for (let k = 0; k < steps.length && ok; k++) {
              const st = steps[k]!;
              const w = words[i + k + (g >= 0 && k > g ? 1 : 0)]!.key;
              // A literal word matches itself; the first also the words that are another form of it
              // (forms.ts); where the finite verb goes last, so does a last infinitive (no gap then).
              if (st.k === 'lit') ok = w === st.v || ((k === 0 || (k === steps.length - 1 && g < 0 && endForms && infinitive(st.v))) && literalFormOf(book, w) === st.v);
              else if (st.k === 'pre') ok = w.startsWith(st.v);
              else if (st.k === 'ph') ok = placeholderWords(lang, st.v as PlaceholderName).has(w);
            }
            if (ok && g >= 0) {
              const gw = words[i + g + 1]!.key;
              ok = (determiner(steps[g]!) && idiomModifiers(lang).has(gw)) || (g === 0 && adverbs.has(gw));
            }
            if (ok) out.push(g >= 0 ? { start: i, end: i + n, term: { entry, pattern, steps, literals }, gap: i + g + 1 } : { start: i, end: i + n, term: { entry, pattern, steps, literals } });
          }
        }
      }
    });
  });
  return out;
}

