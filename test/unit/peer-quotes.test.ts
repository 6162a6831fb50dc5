/**
 * Other checkers' quotation-mark test cases, run through the Engine with the record's
 * language. Where the peer's label does not fit Calque's job, the record is listed in an
 * exclusion with the reason; an exclusion must really differ (so the list stays exact).
 *
 * Peers kept in the repository (test/data/peer-cases/, each with its SOURCES.md; licences in
 * test/data/SOURCES.md):
 *  - textlint-rule-no-unmatched-pair (Markdown inputs; MIT);
 *  - retext-quotes (English style checker; MIT);
 *  - typograf (autocorrect: wrong input should be reported, its output should not; MIT).
 * Grammalecte (GPL-3.0) and LanguageTool (LGPL-2.1+) cases cannot live in this MIT repository:
 * test/unit/quotes-own.test.ts covers the same behaviours with our own sentences, and
 * `npm run eval` measures the agreement with those peers from a copy outside the repository.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { agreement, loadJsonl as load, type Exclusion, type PeerRecord } from '../support/peers';
import { PEER_CASES } from '../support/helpers';

const loadJsonl = (file: string) => load(join(PEER_CASES, file));
type Rec = PeerRecord;

function runPeer(name: string, records: Rec[], exclusions: Exclusion[]) {
  test(`peer ${name}`, (t) => {
    const a = agreement(records, exclusions);
    t.diagnostic(`${name}: ${a.records} records, ${a.agree} agree, ${a.excluded} excluded`);
    assert.deepEqual(a.wrong, [], `${name}: disagreements`);
    assert.deepEqual(a.stale, [], `${name}: exclusions that now agree (remove them)`);
    assert.ok(a.agree > 0, `${name}: no record agrees`);
  });
}

// ---------------------------------------------------------------- textlint

{
  const raw = loadJsonl('textlint-no-unmatched-pair/pairing_tests.jsonl');
  const recs = raw.map((r) => ({ raw: r, text: String(r.text), lang: String(r.lang), expected: r.expected as 'ok' | 'error', format: 'markdown' as const, what: 'textlint' }));
  runPeer('textlint-no-unmatched-pair', recs, [
    {
      reason: 'bracket pairing (（…) and (…）): brackets are not quotation marks; the quotes rule does not pair them',
      when: (r) => r.lang === 'ja' && r.expected === 'error' && !/[「」『』"“”]/.test(String((r.raw.errors as { message?: string }[] | undefined)?.[0]?.message ?? '')),
    },
  ]);
}

// ---------------------------------------------------------------- retext-quotes

{
  const raw = loadJsonl('retext-quotes/quote_style_tests.jsonl');
  const recs = raw.map((r) => ({ raw: r, text: String(r.text), lang: 'en', expected: r.expected as 'ok' | 'error', format: 'plaintext' as const, what: `retext ${String(r.test_name)}` }));
  const opts = (r: { raw: Record<string, unknown> }) => (r.raw.peer_options ?? {}) as Record<string, unknown>;
  runPeer('retext-quotes', recs, [
    {
      reason: 'retext enforces one preferred style (`preferred: straight` or smart); Calque accepts straight and curly marks as a document style and only reports straight marks in an otherwise curly document',
      when: (r) => opts(r).preferred !== undefined || (r.expected === 'error' && /^[^“”‘’«»]*$/.test(r.text)),
    },
    {
      reason: 'single marks as the outer pair (‘Mr. Jones’, ‘One “sentence”.’) are British book style and US headline style, which the English profile accepts; retext wants “ at the first level',
      texts: ['‘Mr. Jones’ golf clubs.', '‘One “sentence”. Two sentences.’'],
    },
    {
      reason: 'retext-quotes does not check pairing ("Mismatched closing” quotes." is ok by design); Calque does',
      when: (r) => r.text.startsWith('Mismatched') || r.text.startsWith('“Open this'),
    },
    {
      reason: 'configured with custom pairs (`smart: ["“”"]` nests “ in “; «» as a third English level); Calque follows the language profile, where “…” nests ‘…’ and «…» is not English',
      when: (r) => Array.isArray(opts(r).smart) && r.expected === 'ok',
    },
  ]);
}

// ---------------------------------------------------------------- typograf

{
  const raw = loadJsonl('typograf/quote_normalization_pairs.jsonl');
  const recs: (Rec & { raw: Record<string, unknown> })[] = [];
  for (const r of raw) {
    const lang = String(r.lang);
    if (r.input_is_correct) recs.push({ raw: r, text: String(r.input), lang, expected: 'ok', format: 'plaintext', what: 'typograf (input left unchanged)' });
    else {
      recs.push({ raw: r, text: String(r.input), lang, expected: 'error', format: 'plaintext', what: 'typograf input' });
      recs.push({ raw: r, text: String(r.expected_output), lang, expected: 'ok', format: 'plaintext', what: 'typograf output' });
    }
  }
  const straightOnly = (s: string) => /^[^“”„«»‘’‚‹›]*$/.test(s) && s.includes('"');
  runPeer('typograf', recs, [
    {
      reason: 'straight quotation marks are accepted as a document style; typograf converts every straight mark (Calque reports them only in an otherwise curly document, and always reports straight marks nested in the same marks)',
      when: (r) => r.expected === 'error' && straightOnly(r.text),
    },
    {
      reason: 'French « … » with ordinary or no-break spaces: typograf wants U+202F; Calque accepts any space inside guillemets (the PUD French translators use ordinary spaces; the Imprimerie nationale prescribes a no-break space)',
      texts: [
        'À l’occasion du premier tour de l’élection présidentielle, « La Croix » a demandé à quinze responsables associatifs de dire quelle serait leur priorité s’ils accédaient à la tête de l’État.',
        'Les adolescents sont globalement «\u00a0satisfaits de leur vie\u00a0»',
      ],
    },
    {
      reason: 'HTML entities (&quot;) are markup, not quotation marks, in plain text',
      when: (r) => r.text.includes('&quot;'),
    },
    {
      reason: 'SOURCES.md: typograf is fed deliberately malformed text and its output stays unbalanced (or it leaves malformed input unchanged); an unbalanced mark is a real defect, which Calque reports',
      when: (r) => r.expected === 'ok' && (/слово|Газета|Преступление и наказание"в|Куда ты ведёшь|Я всегда с гордостью|Амбрелла/.test(r.text) || r.text === '"'),
    },
    {
      reason: 'typograf leaves на«ВЭБ Арене» as it is (it does not add spaces); the missing space before « is a real defect',
      when: (r) => r.text.startsWith('Движение перекроют'),
    },
  ]);
}
