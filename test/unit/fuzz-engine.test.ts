/**
 * Property-based tests of the engine (fast-check) over hostile text: arbitrary Unicode (lone
 * surrogates, combining marks, RTL/bidi controls, zero-width and BOM characters, control
 * characters, NUL, many scripts), quotes and brackets of every kind, Markdown syntax, rule
 * triggers; plain text and Markdown; languages en/de/fr/ru/uk/pl/es/tr/ja/zh/ar/auto.
 *
 * CI-sized budgets; FUZZ_RUNS=N for long runs, FUZZ_SEED=N to replay (see docs/reliability.md).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine, mergeConfig, applySafeFixes, overlaps, type Finding, type TextEdit } from '../../server/src/engine/index';
import { docText, fcParams, format, language, paragraphs } from '../support/arbitraries';

const shared = new Engine();
/** A reference engine without per-paragraph caches (every check analyses every block afresh). */
const uncached = new Engine({ cacheSize: 0 });

function configFor(lang: string) {
  return mergeConfig({ language: lang });
}

function describe(f: Finding): string {
  return JSON.stringify({ r: f.ruleId, s: f.start, e: f.end, m: f.message, x: f.fixes.map((x) => [x.safe, x.edits]) });
}

function assertWellFormed(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `integer offsets: ${describe(f)}`);
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `finding range inside the text (length ${text.length}): ${describe(f)}`);
    assert.equal(typeof f.message, 'string');
    assert.ok(f.message.length > 0, 'non-empty message');
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length, `fix edit inside the text: ${describe(f)}`);
        assert.equal(typeof e.newText, 'string');
      }
      for (let i = 0; i < fix.edits.length; i++)
        for (let j = i + 1; j < fix.edits.length; j++) assert.ok(!overlaps(fix.edits[i]!, fix.edits[j]!), `edits of one fix overlap: ${describe(f)}`);
    }
  }
}

function assertNoOverlap(edits: TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) assert.ok(!overlaps(sorted[i - 1]!, sorted[i]!), `applySafeFixes produced overlapping edits ${JSON.stringify(sorted[i - 1])} ${JSON.stringify(sorted[i])}`);
}

/** Maps an offset of the old text through sorted non-overlapping edits to the new text. */
function mapOffset(edits: TextEdit[], o: number): number {
  let d = 0;
  for (const e of edits) {
    if (e.end <= o) d += e.newText.length - (e.end - e.start);
    else break;
  }
  return o + d;
}

test('never throws, ranges and fix edits lie inside the text, fixes never overlap', () => {
  fc.assert(
    fc.property(docText(), format, language, (text, fmt, lang) => {
      const r = shared.check({ text, format: fmt, config: configFor(lang) });
      assertWellFormed(text, r.findings);
      const applied = applySafeFixes(text, r.findings);
      assertNoOverlap(applied.edits);
      for (const e of applied.edits) assert.ok(e.start >= 0 && e.end <= text.length);
    }),
    fcParams(400),
  );
});

function convergence(rules: ReadonlySet<string>, runs: number): void {
  fc.assert(
    fc.property(docText(60), format, language, (text, fmt, lang) => {
      const config = configFor(lang);
      let cur = text;
      let r = shared.check({ text: cur, format: fmt, config });
      for (let pass = 0; pass < 6; pass++) {
        const safe = r.findings.filter((f) => f.fixes.some((x) => x.safe));
        if (safe.length === 0) return;
        const applied = applySafeFixes(cur, r.findings);
        if (applied.edits.length === 0) return;
        const next = applied.text;
        const r2 = shared.check({ text: next, format: fmt, config });
        assertWellFormed(next, r2.findings);
        // Which fixes were applied, by rule: their edits in the new text.
        const sortedEdits = [...applied.edits].sort((a, b) => a.start - b.start);
        const fixedAt: { rule: string; start: number; end: number }[] = [];
        for (const f of r.findings) {
          const fix = f.fixes.find((x) => x.safe);
          if (!fix || !fix.edits.every((e) => applied.edits.includes(e))) continue;
          for (const e of fix.edits) {
            const s = mapOffset(sortedEdits, e.start);
            fixedAt.push({ rule: f.ruleId, start: s, end: s + e.newText.length });
          }
        }
        // A finding that was already there and whose fix was not applied this pass (it overlapped
        // another) is not a loop; anything else of the same rule touching a fixed place is.
        const applied1 = new Set(r.findings.filter((f) => { const fix = f.fixes.find((x) => x.safe); return fix && fix.edits.every((e) => applied.edits.includes(e)); }));
        for (const g of r2.findings) {
          if (!rules.has(g.ruleId) || !g.fixes.some((x) => x.safe)) continue;
          const waiting = r.findings.some((f) => !applied1.has(f) && f.ruleId === g.ruleId && f.message === g.message && mapOffset(sortedEdits, f.start) === g.start);
          const loop = waiting ? undefined : fixedAt.find((p) => p.rule === g.ruleId && g.start <= p.end && p.start <= g.end);
          assert.ok(!loop, `fix loop: after fixing ${g.ruleId} at ${loop?.start}, re-check finds ${describe(g)}\nbefore: ${JSON.stringify(cur)}\nafter:  ${JSON.stringify(next)}`);
        }
        cur = next;
        r = r2;
      }
      const left = applySafeFixes(cur, r.findings.filter((f) => rules.has(f.ruleId)));
      assert.equal(left.edits.length, 0, `safe fixes did not converge in 6 passes: ${JSON.stringify(cur)} still has ${r.findings.filter((f) => f.fixes.some((x) => x.safe)).map(describe).join('\n')}`);
    }),
    fcParams(runs),
  );
}

const CORE = new Set(['artifact', 'repetition', 'fragment', 'capitalization', 'typography']);
const OTHERS = new Set(['quotes', 'names', 'idiom', 'untranslated']);

test('applying safe fixes converges, and a fix never leaves a new finding of its rule at its place (artifact, repetition, fragment, capitalization, typography)', () => {
  convergence(CORE, 400);
});

test('applying safe fixes converges, and a fix never leaves a new finding of its rule at its place (quotes, names, idiom, untranslated)', () => {
  convergence(OTHERS, 400);
});

test('checking is deterministic: same engine twice, and a fresh engine, give the same findings', () => {
  fc.assert(
    fc.property(docText(), format, language, (text, fmt, lang) => {
      const config = configFor(lang);
      const a = shared.check({ text, format: fmt, config });
      const b = shared.check({ text, format: fmt, config });
      const c = uncached.check({ text, format: fmt, config });
      const key = (fs: Finding[]) => fs.map(describe);
      assert.deepEqual(key(b.findings), key(a.findings));
      assert.deepEqual(key(c.findings), key(a.findings));
      assert.equal(c.language, a.language);
    }),
    fcParams(200),
  );
});

test('a brand-new Engine agrees with a long-used one (few runs: building an engine compiles the phrasebooks)', () => {
  fc.assert(
    fc.property(docText(), format, language, (text, fmt, lang) => {
      const config = configFor(lang);
      const a = shared.check({ text, format: fmt, config });
      const c = new Engine().check({ text, format: fmt, config });
      assert.deepEqual(c.findings.map(describe), a.findings.map(describe));
    }),
    fcParams(3),
  );
});

test('the per-paragraph cache never changes results: edit a paragraph, re-check, compare with a fresh engine', () => {
  fc.assert(
    fc.property(paragraphs(), paragraphs(3), fc.nat(), format, language, fc.constantFrom('\n\n', '\r\n\r\n', '\n \n'), (paras, replacement, which, fmt, lang, sep) => {
      const config = configFor(lang);
      const warm = shared;
      const before = paras.join(sep);
      warm.check({ text: before, format: fmt, config });
      const edited = [...paras];
      const i = which % paras.length;
      edited.splice(i, 1, ...replacement);
      const after = edited.join(sep);
      const warmResult = warm.check({ text: after, format: fmt, config });
      const fresh = uncached.check({ text: after, format: fmt, config });
      assert.deepEqual(warmResult.findings.map(describe), fresh.findings.map(describe));
      assert.equal(warmResult.language, fresh.language);
    }),
    fcParams(150),
  );
});

test('the per-paragraph cache: moving paragraphs around shifts cached findings exactly', () => {
  fc.assert(
    fc.property(paragraphs(6), fc.nat(), format, language, (paras, seed, fmt, lang) => {
      const config = configFor(lang);
      const warm = shared;
      warm.check({ text: paras.join('\n\n'), format: fmt, config });
      // Rotate paragraphs and prepend text: every block moves.
      const k = seed % paras.length;
      const moved = 'Intro line.\n\n' + [...paras.slice(k), ...paras.slice(0, k)].join('\n\n');
      const a = warm.check({ text: moved, format: fmt, config });
      const b = uncached.check({ text: moved, format: fmt, config });
      assert.deepEqual(a.findings.map(describe), b.findings.map(describe));
    }),
    fcParams(100),
  );
});
