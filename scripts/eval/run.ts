/**
 * `npm run eval`: corpus-scale measurements, not unit tests. It needs evaluation data that is
 * not in the repository (see data.ts and docs/DEVELOPING.md, "Evaluation data"): the whole PUD
 * corpus and the peer cases whose licences keep them out. Each section says what it needs and
 * is skipped, with where to get it, when that is missing.
 *
 *   npm run eval -- [--data DIR] [--only false-alarms,quotes,language,names,peers]
 *
 * Sections:
 *  - false-alarms  every rule over every PUD document, language configured: findings per 1,000
 *                  words per language and rule; each finding listed in test-output/eval/
 *  - native        the same over native prose (Debian's fortune databases, see native.ts)
 *  - quotes        the quotes rule on the whole corpus against its list of known oddities
 *  - language      language identification accuracy and `untranslated` false alarms
 *  - names         name-variant grouping precision/recall, names findings on PUD
 *  - peers         agreement with Grammalecte and LanguageTool test cases (GPL / LGPL)
 *  - pairs         source-aware checks on clean parallel text: each language against English
 *                  and English against each, per rule, per 1,000 words; each finding listed
 *  - planted       recall of the source-aware checks on defects planted in clean pairs (three
 *                  random seeds: the first is the headline, the others show its spread)
 *  - stray         recall on stray punctuation planted in clean sentences (12 languages)
 *  - loops         recall on decoder loops planted in clean sentences, target only (12 languages
 *                  that write spaces between words)
 *  - doubled       recall on doubled words planted in clean sentences, target only (12 languages:
 *                  lower case, capitalised, numbers, a word written four times)
 *  - leftovers     recall on one source-language word planted in an English sentence (20 source
 *                  languages, same script and other scripts), without and with the source language;
 *                  and English phrases and short sentences left in 11 other languages' text
 *  - idioms        recall of the idiom rule on held-out literal renderings (test/data/idioms-heldout),
 *                  and on held-out pairs, alone and with the source, with the idiomatic human
 *                  translations as controls (test/data/idioms-paired)
 *  - length        the aligner's length model (length factors, sentence variance) measured
 *                  again, and how often alignment departs from sentence i ↔ sentence i
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDataDir, MissingData, pudDir, ROOT, setEvalData } from './data';
import { EVAL_OUT, falseAlarms, formatFalseAlarms } from './false-alarms';
import { quotesOnPud } from './quotes-pud';
import { main as languageMain } from './language';
import { main as namesMain } from './names';
import { peerAgreements } from './peers';
import { knownVerdicts, pairFalseAlarms, verdictKey } from './pairs';
import { KINDS, plantedRecall } from './planted';
import { formatLengths, measureLengths, offDiagonal } from './length';
import { formatStray, strayRecall } from './stray';
import { formatLoops, loopRecall } from './loops';
import { DOUBLED_SHAPES, doubledRecall } from './doubled';
import { englishLeftoverRecall, formatLeftovers, leftoverRecall } from './leftovers';
import { idiomRecall, pairedIdiomRecall } from './idioms';
import { NATIVE_DIR, nativeAlarms } from './native';
import { PUD_LANGS } from './data';

const args = process.argv.slice(2);
const get = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
if (get('--data')) setEvalData(get('--data')!);
const only = get('--only')?.split(',');

const sections: [string, () => void | Promise<void>][] = [
  [
    'false-alarms',
    () => {
      const log: string[] = [];
      const rows = falseAlarms({ log });
      console.log(formatFalseAlarms(rows));
      mkdirSync(EVAL_OUT, { recursive: true });
      writeFileSync(join(EVAL_OUT, 'false-alarms.txt'), log.join('\n') + '\n');
      console.log(`${log.length} findings, each listed in test-output/eval/false-alarms.txt`);
    },
  ],
  [
    'native',
    () => {
      const log: string[] = [];
      const rows = nativeAlarms(log);
      if (!rows.length) {
        console.log(`no native text in ${NATIVE_DIR} (apt-get install fortunes fortunes-de fortunes-es fortunes-it fortunes-pl fortunes-ru fortunes-cs fortunes-br fortunes-zh fortunes-bg)`);
        return;
      }
      console.log(formatFalseAlarms(rows.map((r) => ({ ...r, detectedLanguageOk: 0, documents: 0 }))));
      mkdirSync(EVAL_OUT, { recursive: true });
      writeFileSync(join(EVAL_OUT, 'native.txt'), log.join('\n') + '\n');
      console.log(`${log.length} findings, each listed in test-output/eval/native.txt`);
    },
  ],
  [
    'quotes',
    () => {
      for (const unit of ['document', 'file'] as const) {
        const r = quotesOnPud(pudDir(), unit);
        console.log(`quotes rule on the whole corpus, ${unit === 'file' ? 'each file as one text' : 'per document'}: ${r.reported} findings; ${r.unexpected.length} not a known oddity; ${r.missing.length} known oddities not reported`);
        for (const u of r.unexpected) console.log(`  unexpected: ${u}`);
        for (const m of r.missing) console.log(`  missing: ${m}`);
      }
    },
  ],
  ['language', () => languageMain([])],
  ['names', () => namesMain(['--pud'])],
  [
    'peers',
    () => {
      for (const [name, a] of Object.entries(peerAgreements())) {
        const excluded = 'excluded' in a ? `, ${a.excluded} excluded (a documented difference of job)` : `, ${a.differs.length} documented differences`;
        console.log(`${name}: ${a.records} records, ${a.agree} agree${excluded}, ${a.wrong.length} disagreements`);
        for (const w of a.wrong) console.log(`  disagree: ${w}`);
        if ('stale' in a) for (const s of a.stale) console.log(`  stale exclusion: ${s}`);
        if ('differs' in a) for (const d of a.differs) console.log(`  differs: ${d}`);
      }
    },
  ],
  [
    'pairs',
    () => {
      const others = PUD_LANGS.filter((l) => l !== 'en');
      const pairs = [...others.map((l) => ['en', l] as [string, string]), ...others.map((l) => [l, 'en'] as [string, string])];
      mkdirSync(EVAL_OUT, { recursive: true });
      for (const unit of ['document', 'file'] as const) {
        const log: string[] = [];
        const rows = pairFalseAlarms(pudDir(), pairs, log, unit);
        const words = rows.reduce((n, r) => n + r.words, 0);
        const findings = rows.reduce((n, r) => n + r.findings, 0);
        const byRule: Record<string, number> = {};
        for (const r of rows) for (const [k, v] of Object.entries(r.byRule)) byRule[k] = (byRule[k] ?? 0) + v;
        console.log(`-- ${unit === 'file' ? 'each file as one article (names and terms compared across unrelated documents)' : 'each document checked against its source document'}`);
        for (const r of rows) console.log(`${r.pair.padEnd(7)} ${String(r.words).padStart(7)} words  ${String(r.findings).padStart(3)} findings  ${((1000 * r.findings) / r.words).toFixed(2)}/1k  ${Object.entries(r.byRule).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        const file = `pairs-${unit}.txt`;
        console.log(`all: ${findings} findings in ${words} words = ${((1000 * findings) / words).toFixed(3)} per 1,000 words; per rule: ${Object.entries(byRule).map(([k, v]) => `${k} ${((1000 * v) / words).toFixed(3)}`).join(', ')} (each listed in test-output/eval/${file}; real differences of the translations are among them)`);
        writeFileSync(join(EVAL_OUT, file), log.join('\n') + '\n');
        if (unit === 'document') {
          // Each finding against its verdict (pairs-known.tsv): false alarms are the findings
          // judged false and those never judged (new since the list was made).
          const known = knownVerdicts();
          const falseByRule: Record<string, number> = {};
          let real = 0;
          let unjudged = 0;
          const seen = new Set<string>();
          for (const line of log) {
            const k = verdictKey(line);
            seen.add(k);
            const v = known.get(k);
            const rule = line.split('\t')[2]!;
            if (v?.verdict === 'real') real++;
            else {
              falseByRule[rule] = (falseByRule[rule] ?? 0) + 1;
              if (!v) {
                unjudged++;
                console.log(`  not yet judged (counted as a false alarm): ${line}`);
              }
            }
          }
          const fa = Object.values(falseByRule).reduce((a, b) => a + b, 0);
          const gone = [...known].filter(([k, v]) => v.verdict === 'real' && !seen.has(k));
          console.log(`verdicts (scripts/eval/pairs-known.tsv): ${real} real differences, ${fa} false alarms (${unjudged} not yet judged) = ${((1000 * fa) / words).toFixed(3)} false alarms per 1,000 words; per rule: ${Object.entries(falseByRule).map(([k, v]) => `${k} ${((1000 * v) / words).toFixed(3)}`).join(', ')}; ${gone.length} real differences judged earlier no longer reported`);
          for (const [k, v] of gone) console.log(`  no longer reported: ${k.split('\t').slice(0, 4).join(' ')} ${k.split('\t')[4]} — ${v.reason}`);
        }
      }
    },
  ],
  [
    'planted',
    () => {
      const PAIRS: [string, string][] = [['en', 'de'], ['en', 'fr'], ['en', 'ru'], ['en', 'es'], ['en', 'zh'], ['en', 'ja'], ['en', 'pl'], ['en', 'cs'], ['de', 'en'], ['ru', 'en'], ['fr', 'en'], ['es', 'it']];
      const rows = plantedRecall(pudDir(), PAIRS, 25);
      for (const seed of [11, 23]) {
        const other = plantedRecall(pudDir(), PAIRS, 25, seed);
        console.log(`seed ${seed}: ${KINDS.map((kind) => {
          const r = other.filter((x) => x.kind === kind);
          return `${kind} ${((100 * r.reduce((n, x) => n + x.found, 0)) / Math.max(1, r.reduce((n, x) => n + x.planted, 0))).toFixed(0)} %`;
        }).join(', ')}`);
      }
      console.log('seed 7:');
      for (const kind of KINDS) {
        const r = rows.filter((x) => x.kind === kind);
        const planted = r.reduce((n, x) => n + x.planted, 0);
        const found = r.reduce((n, x) => n + x.found, 0);
        console.log(`${kind.padEnd(13)} ${found}/${planted} = ${((100 * found) / Math.max(1, planted)).toFixed(0)} %   ${r.map((x) => `${x.pair} ${x.found}/${x.planted}`).join(', ')}`);
        const para = r.reduce((n, x) => n + (x.inParagraph ?? 0), 0);
        if (kind === 'omission') console.log(`${''.padEnd(13)} ${found + para}/${planted} = ${((100 * (found + para)) / Math.max(1, planted)).toFixed(0)} % counting an omission reported on another sentence of the same paragraph (the sentence left out was paired with a neighbour's translation)`);
      }
    },
  ],
  [
    'stray',
    () => {
      console.log(formatStray(strayRecall(pudDir(), ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'pl', 'cs', 'sv', 'tr', 'fi'], 400)));
    },
  ],
  [
    'loops',
    () => {
      console.log(formatLoops(loopRecall(pudDir(), ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'pl', 'cs', 'sv', 'tr', 'id'], 200)));
    },
  ],
  [
    'doubled',
    () => {
      console.log(formatLoops(doubledRecall(pudDir(), ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'pl', 'cs', 'sv', 'tr', 'id'], 200), DOUBLED_SHAPES));
    },
  ],
  [
    'leftovers',
    () => {
      console.log(formatLeftovers(leftoverRecall(pudDir(), ['de', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'sv', 'tr', 'fi', 'id', 'is', 'gl', 'ru', 'ar', 'hi', 'zh', 'ja', 'ko', 'th'], 200)));
      console.log('\nEnglish phrases (2–3 words) left in other languages\' text; short English sentences after a sentence');
      console.log(formatLeftovers(englishLeftoverRecall(pudDir(), ['de', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'sv', 'tr', 'fi', 'id'], 200)).replace(/^source /, 'target '));
    },
  ],
  [
    'idioms',
    () => {
      const rows = idiomRecall(join(ROOT, 'test', 'data', 'idioms-heldout'));
      const total = rows.reduce((n, r) => n + r.total, 0);
      const found = rows.reduce((n, r) => n + r.found, 0);
      console.log(`held-out literal renderings: ${found}/${total} = ${((100 * found) / Math.max(1, total)).toFixed(0)} %   ${rows.map((r) => `${r.lang} ${r.found}/${r.total}`).join(', ')}`);
      if (args.includes('--misses')) for (const r of rows) for (const m of r.misses) console.log(`  miss ${r.lang}: ${m}`);
      const into = idiomRecall(join(ROOT, 'test', 'data', 'idioms-heldout-into'));
      const intoTotal = into.reduce((n, r) => n + r.total, 0);
      const intoFound = into.reduce((n, r) => n + r.found, 0);
      console.log(`held-out literal renderings into other languages: ${intoFound}/${intoTotal} = ${((100 * intoFound) / Math.max(1, intoTotal)).toFixed(0)} %   ${into.map((r) => `${r.lang} ${r.found}/${r.total}`).join(', ')}`);
      if (args.includes('--misses')) for (const r of into) for (const m of r.misses) console.log(`  miss ${r.lang}: ${m}`);
      const paired = pairedIdiomRecall(join(ROOT, 'test', 'data', 'idioms-paired'));
      const sum = (k: 'total' | 'alone' | 'withSource' | 'controls') => paired.reduce((n, r) => n + r[k], 0);
      const pc = (a: number) => `${((100 * a) / Math.max(1, sum('total'))).toFixed(0)} %`;
      console.log(`held-out pairs: ${sum('total')} literal renderings; found alone ${sum('alone')} (${pc(sum('alone'))}), with the source ${sum('withSource')} (${pc(sum('withSource'))}); idiomatic controls flagged ${sum('controls')}`);
      for (const r of paired) console.log(`  ${r.pair.padEnd(6)} ${String(r.total).padStart(3)}  alone ${String(r.alone).padStart(2)}  with source ${String(r.withSource).padStart(2)}  controls flagged ${r.controls}`);
      for (const r of paired) for (const a of r.alarms) console.log(`  false alarm ${r.pair}: ${a}`);
      if (args.includes('--misses')) for (const r of paired) for (const m of r.misses) console.log(`  miss ${r.pair}: ${m}`);
    },
  ],
  [
    'length',
    () => {
      console.log(formatLengths(measureLengths(pudDir(), PUD_LANGS)));
      const pairs: [string, string][] = [];
      for (const l of PUD_LANGS) if (l !== 'en' && l !== 'th') pairs.push(['en', l], [l, 'en']);
      const d = offDiagonal(pudDir(), pairs);
      console.log(`alignment of 12-document articles, ${pairs.length} pairs: ${d.off} of ${d.checked} sentences (${((100 * d.off) / Math.max(1, d.checked)).toFixed(2)} %) off sentence i ↔ sentence i in paragraphs cut into as many sentences on both sides`);
    },
  ],
];

console.log(`evaluation data: ${evalDataDir()}`);
let ran = 0;
for (const [name, run] of sections) {
  if (only && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  try {
    await run();
    ran++;
  } catch (e) {
    if (e instanceof MissingData) console.log(`skipped: ${e.message}`);
    else throw e;
  }
}
if (ran === 0) {
  console.error('\nnothing was measured: no evaluation data found (see docs/DEVELOPING.md, "Evaluation data")');
  process.exit(2);
}
