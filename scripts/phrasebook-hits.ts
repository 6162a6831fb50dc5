/**
 * Where a phrasebook's entries fire on clean text: every idiom finding of the entries of the
 * given phrasebook files on the PUD corpus of their target languages and on the native prose of
 * the fortune databases (see scripts/eval/native.ts), with the sentence. A drafter's precision
 * check: each hit is a false alarm to tighten or drop, or a real calque in the text.
 *
 *   npx tsx --import ./test/support/register-loaders.mjs scripts/phrasebook-hits.ts server/phrasebooks/ru-en.calque
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Engine, mergeConfig } from '../server/src/engine/index';
import { pudDir } from './eval/data';
import { nativeDocuments } from './eval/native';

const files = process.argv.slice(2).map((f) => basename(f));
if (!files.length) {
  console.error('usage: scripts/phrasebook-hits.ts FILE.calque…');
  process.exit(2);
}
const targets = new Set(files.map((f) => f.replace(/\.calque$/, '').split('-')[1]!));
const engine = new Engine();
let words = 0;
let hits = 0;
for (const lang of targets) {
  const texts: string[] = [];
  const pud = join(pudDir(), `${lang}.txt`);
  if (existsSync(pud)) texts.push(...readFileSync(pud, 'utf8').split('\n').filter(Boolean));
  texts.push(...nativeDocuments(lang));
  const config = mergeConfig({ language: lang, rules: { '*': 'off', idiom: 'warning' } as never });
  for (const text of texts) {
    words += text.split(/\s+/).length;
    for (const f of engine.check({ text, config }).findings) {
      if (f.ruleId !== 'idiom' || !files.includes(String((f.data as { phrasebook?: string }).phrasebook))) continue;
      hits++;
      console.log(`${lang}: "${text.slice(f.start, f.end)}" — ${(f.data as { phrasebook: string; line: number }).phrasebook}:${(f.data as { line: number }).line} — ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
}
console.log(`${hits} hits in ${words} words of clean text`);
