/**
 * Agreement with peers whose test cases cannot live in this MIT repository (GPL, LGPL):
 * Grammalecte's guillemet rule tests (GPL-3.0), LanguageTool's quotation-mark grammar examples
 * and its word-repeat tests (LGPL-2.1-or-later). They are read from the evaluation data
 * (<data>/peer-cases/, see data.ts); the tests cover the same behaviours with our own sentences
 * (test/unit/quotes-own.test.ts, test/unit/repetition-own.test.ts). Part of `npm run eval`.
 *
 * The exclusions say where Calque's job differs from the peer's; they match records by what
 * they are (subtype, a distinctive mark), not by copying the peer's sentences here.
 */
import { join } from 'node:path';
import { agreement, loadJsonl, type Agreement, type Exclusion, type PeerRecord } from '../../test/support/peers';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { need, peerCasesDir } from './data';

const quoteRecords = (file: string, lang: (r: Record<string, unknown>) => string, what: (r: Record<string, unknown>) => string): PeerRecord[] =>
  loadJsonl(need(join(peerCasesDir(), file), 'peers')).map((r) => ({
    raw: r,
    text: String(r.text),
    lang: lang(r),
    expected: r.expected as 'ok' | 'error',
    format: 'plaintext' as const,
    what: what(r),
  }));

const GRAMMALECTE: Exclusion[] = [
  {
    reason: 'an empty pair of marks (‘’) is not a pairing defect; Grammalecte flags it as a typographic oddity, Calque leaves empty quotations alone ("" is a common way to write an empty string)',
    when: (r) => r.text.includes('‘’'),
  },
  {
    reason: 'a line of dialogue cut out of its context: standing alone, the « opens and the » closes nothing in this paragraph, which is what Calque reports (a quotation that continues re-opens in the next paragraph)',
    when: (r) => r.expected === 'ok' && (r.text.split('«').length !== r.text.split('»').length) && r.text.length < 60,
  },
];

const LT_GRAMMAR: Exclusion[] = [
  {
    reason: 'punctuation placed around quotation marks („…“. / ,“ sagt / .” / :») is a punctuation rule, not a quotation-mark defect',
    when: (r) => r.raw.subtype === 'punctuation_around_quotes' && r.expected === 'error',
  },
  {
    reason: 'grammar and style advice (hyphenated quoted compounds, tzw. with quotes, indirect speech in quotes) is not about the marks',
    when: (r) => r.raw.subtype === 'style' && r.expected === 'error',
  },
  {
    reason: 'straight quotation marks are accepted as a document style (PUD es/it/pt/tr/ar use them throughout); Calque reports them only in an otherwise curly document, LanguageTool always',
    when: (r) => r.raw.subtype === 'quote_style' && r.expected === 'error' && /^[^“”„«»‘’‚]*$/.test(r.text) && r.text.includes('"'),
  },
  {
    reason: "primes and inch marks (f'', f´´, 7\") and the apostrophe glyph after a name ending in s/x are typography of primes and apostrophes, not quotation marks",
    when: (r) => r.expected === 'error' && (/\w(''|´´)|\d"|[sxz]' /.test(r.text)),
  },
  {
    reason: 'ASCII stand-ins >…< and >>…<< are not quotation marks for Calque (they are also comparison operators and e-mail quoting)',
    when: (r) => /[<>]/.test(r.text),
  },
  {
    reason: 'a negative example for another LanguageTool pattern; ,,…’’ typed for „…” is a typewriter stand-in, which Calque reports with a fix',
    when: (r) => r.expected === 'ok' && r.text.includes(',,'),
  },
  {
    reason: "a negative example of LanguageTool's doubled-mark rule, cut from a longer quotation: standing alone, its last » closes nothing, which Calque reports",
    when: (r) => r.expected === 'ok' && r.lang === 'ru' && r.text.split('«').length < r.text.split('»').length,
  },
];

/** Where our repetition rule deliberately differs from LanguageTool's word-repeat tests. */
const LT_REPEAT_DIFFERS: { reason: string; when: (text: string, lang: string) => boolean }[] = [
  { reason: 'an incomplete fragment ending in "sie sie" (a full sentence with it is correct German) — we do not parse', when: (t, l) => l === 'de' && /sie sie$/i.test(t) },
  { reason: 'the interjection "hip" may repeat (Hip Hip Hooray)', when: (t) => /^hip hip$/i.test(t.trim()) },
  { reason: 'May May is a name (Burmese given names are one syllable twice; REDUPLICATED_NAMES)', when: (t) => /\bMay May\b/.test(t) },
  { reason: 'non-adjacent repetition in a sentence is style, not an MT defect; we flag adjacent doubles only', when: (t, l) => l === 'ru' && !/(?:^|\s)(\S+)\s+\1(?=[\s.,!?]|$)/u.test(t) },
  { reason: 'LanguageTool ignores words missing from its dictionary; we flag the doubled word', when: (t, l) => l === 'uk' && !/\d/.test(t) },
  { reason: 'a number of two digits or more written twice, with no other number around, is a slip (Calque flags it; LanguageTool skips numbers)', when: (t) => /(?:^|\s)(\d{2,}) \1(?:\s|$)/.test(t) },
];

export interface RepeatAgreement {
  records: number;
  agree: number;
  differs: string[];
  wrong: string[];
}

export function ltWordRepeat(): RepeatAgreement {
  const engine = new Engine();
  const recs = loadJsonl(need(join(peerCasesDir(), 'languagetool-word-repeat/word_repeat_tests.jsonl'), 'peers'));
  const out: RepeatAgreement = { records: recs.length, agree: 0, differs: [], wrong: [] };
  for (const r of recs) {
    const text = String(r.text);
    const lang = String(r.lang ?? 'en');
    const got = engine.check({ text, config: mergeConfig({ language: lang }) }).findings.some((f) => f.ruleId === 'repetition') ? 'error' : 'ok';
    if (got === r.expected) out.agree++;
    else {
      const d = LT_REPEAT_DIFFERS.find((x) => x.when(text, lang));
      (d ? out.differs : out.wrong).push(`${lang} expected ${String(r.expected)}, got ${got}: ${JSON.stringify(text)}${d ? ` — ${d.reason}` : ''}`);
    }
  }
  return out;
}

export function peerAgreements(): Record<string, Agreement | RepeatAgreement> {
  return {
    grammalecte: agreement(
      quoteRecords('grammalecte/guillemet_rule_tests.jsonl', () => 'fr', (r) => `grammalecte ${String(r.rule)}`),
      GRAMMALECTE,
    ),
    'languagetool-grammar-quote-rules': agreement(
      quoteRecords('languagetool-grammar-quote-rules/quote_rule_examples.jsonl', (r) => String(r.lang), (r) => `LT ${String(r.rule_id)}`),
      LT_GRAMMAR,
    ),
    'languagetool-word-repeat': ltWordRepeat(),
  };
}
