/**
 * Recall of the `idiom` rule on held-out literal renderings, written blind — without seeing the
 * phrasebooks (see each folder's SOURCES.md):
 *  - test/data/idioms-heldout/<source>.tsv: English sentences with an idiom of ru, es, zh, hi,
 *    de or fr rendered word for word;
 *  - test/data/idioms-heldout-into/<source>-<target>.tsv: sentences in another target language
 *    (English idioms in Russian, German, Ukrainian; Russian calques in Ukrainian).
 * Each sentence is checked in its target language with its source language set; found when an
 * `idiom` finding covers part of the literal rendering. False alarms of the rule on clean text
 * are in the false-alarms section.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, mergeConfig } from '../../server/src/engine/index';

export interface IdiomRow {
  lang: string;
  total: number;
  found: number;
  misses: string[];
}

export function idiomRecall(dir: string): IdiomRow[] {
  const engine = new Engine();
  const rows: IdiomRow[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) {
    const lang = f.replace(/\.tsv$/, '');
    const [source, target] = lang.includes('-') ? (lang.split('-') as [string, string]) : [lang, 'en'];
    const lines = readFileSync(join(dir, f), 'utf8').split('\n').slice(1).filter(Boolean);
    const row: IdiomRow = { lang, total: 0, found: 0, misses: [] };
    for (const line of lines) {
      const [sentence, idiom, literal] = line.split('\t') as [string, string, string];
      const at = sentence.indexOf(literal);
      const span = at >= 0 ? { start: at, end: at + literal.length } : { start: 0, end: sentence.length };
      row.total++;
      const r = engine.check({ text: sentence, config: mergeConfig({ language: target, sourceLanguage: [source] }) });
      if (r.findings.some((x) => x.ruleId === 'idiom' && x.start < span.end && x.end > span.start)) row.found++;
      else row.misses.push(`${idiom} — ${literal}`);
    }
    rows.push(row);
  }
  return rows;
}

export interface PairedRow {
  pair: string;
  total: number;
  /** Found from the translation alone (source language known, no source text). */
  alone: number;
  /** Found with the source sentence beside it. */
  withSource: number;
  /** Idiomatic human translations that got an idiom finding with their source (false alarms). */
  controls: number;
  misses: string[];
  alarms: string[];
}

/**
 * Recall of the `idiom` rule on held-out pairs (test/data/idioms-paired: a source sentence with
 * an idiom, its word-for-word MT and an idiomatic human translation, written blind; see its
 * SOURCES.md): found when an `idiom` finding overlaps the literal span of the MT, checked alone
 * and with the source; the human translation, checked with the source, must get none.
 */
export function pairedIdiomRecall(dir: string): PairedRow[] {
  const engine = new Engine();
  const rows: PairedRow[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) {
    const pair = f.replace(/\.tsv$/, '');
    const [src, tgt] = pair.split('-') as [string, string];
    const lines = readFileSync(join(dir, f), 'utf8').split('\n').slice(1).filter(Boolean);
    const row: PairedRow = { pair, total: 0, alone: 0, withSource: 0, controls: 0, misses: [], alarms: [] };
    const config = mergeConfig({ language: tgt, sourceLanguage: [src] });
    for (const line of lines) {
      const [idiom, source, mt, span, human] = line.split('\t') as [string, string, string, string, string];
      const at = mt.indexOf(span);
      const hit = (r: { findings: { ruleId: string; start: number; end: number }[] }) => r.findings.some((x) => x.ruleId === 'idiom' && x.start < at + span.length && x.end > at);
      row.total++;
      if (hit(engine.check({ text: mt, config }))) row.alone++;
      if (hit(engine.check({ text: mt, config, source: { text: source, format: 'plaintext' } }))) row.withSource++;
      else row.misses.push(`${idiom} — ${span}`);
      const h = engine.check({ text: human, config, source: { text: source, format: 'plaintext' } }).findings.filter((x) => x.ruleId === 'idiom');
      if (h.length) {
        row.controls++;
        row.alarms.push(`${idiom} — ${h.map((x) => human.slice(x.start, x.end)).join(' | ')}`);
      }
    }
    rows.push(row);
  }
  return rows;
}
