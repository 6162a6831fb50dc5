/**
 * Recall of the `idiom` rule on held-out literal renderings (test/data/idioms-heldout: English
 * sentences with a source idiom rendered word for word, written blind — without seeing the
 * phrasebooks — for ru, es, zh, hi, de and fr; see its SOURCES.md). Each sentence is checked as
 * English with its source language set; found when an `idiom` finding covers part of the literal
 * rendering. False alarms of the rule on clean text are in the false-alarms section.
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
    const lines = readFileSync(join(dir, f), 'utf8').split('\n').slice(1).filter(Boolean);
    const row: IdiomRow = { lang, total: 0, found: 0, misses: [] };
    for (const line of lines) {
      const [sentence, idiom, literal] = line.split('\t') as [string, string, string];
      const at = sentence.indexOf(literal);
      const span = at >= 0 ? { start: at, end: at + literal.length } : { start: 0, end: sentence.length };
      row.total++;
      const r = engine.check({ text: sentence, config: mergeConfig({ language: 'en', sourceLanguage: [lang] }) });
      if (r.findings.some((x) => x.ruleId === 'idiom' && x.start < span.end && x.end > span.start)) row.found++;
      else row.misses.push(`${idiom} — ${literal}`);
    }
    rows.push(row);
  }
  return rows;
}
