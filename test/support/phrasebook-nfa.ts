/**
 * The reference phrasebook matcher for tests: independent of the trie (compile.ts, match.ts).
 */
import { literalFormOf, type CompiledPhrasebook } from '../../server/src/engine/phrasebook/compile';
import type { RawMatch } from '../../server/src/engine/phrasebook/match';
import { expandPattern } from '../../server/src/engine/phrasebook/pattern';
import { placeholderWords, type PlaceholderName } from '../../server/src/engine/phrasebook/placeholders';
import type { Word } from '../../server/src/engine/phrasebook/words';

/**
 * Reference matcher for tests: expands every pattern into its word sequences and tries each at
 * every word (slow, independent of the trie; which literal a word is another form of comes from
 * the book, as the trie reads it). Same results as `matchWords`, up to order.
 */
export function matchWordsNfa(book: CompiledPhrasebook, words: readonly Word[]): RawMatch[] {
  const out: RawMatch[] = [];
  const lang = book.target;
  book.entries.forEach((e, entry) => {
    e.patterns.forEach((pat, pattern) => {
      const variants = expandPattern(pat, lang);
      if (!variants) return;
      const seen = new Set<string>();
      for (const steps of variants) {
        const id = steps.map((s) => s.k + ':' + ('v' in s ? s.v : '')).join('\u0000');
        if (seen.has(id)) continue;
        seen.add(id);
        const literals = steps.filter((s) => s.k === 'lit').length;
        for (let i = 0; i + steps.length <= words.length; i++) {
          let ok = true;
          for (let k = 0; k < steps.length && ok; k++) {
            const st = steps[k]!;
            const w = words[i + k]!.key;
            // A literal word matches itself; the first also the words that are another form of it (forms.ts).
            if (st.k === 'lit') ok = w === st.v || (k === 0 && literalFormOf(book, w) === st.v);
            else if (st.k === 'pre') ok = w.startsWith(st.v);
            else if (st.k === 'ph') ok = placeholderWords(lang, st.v as PlaceholderName).has(w);
          }
          if (ok) out.push({ start: i, end: i + steps.length, term: { entry, pattern, steps, literals } });
        }
      }
    });
  });
  return out;
}

