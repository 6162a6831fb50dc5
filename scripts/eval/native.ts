/**
 * Native text: findings per 1,000 words on text written in the language (not translated), per
 * language and rule. PUD (the false-alarms section) is professionally translated; this section
 * reads Debian's fortune databases, which are native collections of quotations, sayings,
 * anecdotes and aphorisms per language (packages fortunes, fortunes-de, -es, -it, -pl, -ru, -cs,
 * -br, -zh, -bg; `apt-get install` them; default folder /usr/share/games/fortunes, or
 * CALQUE_NATIVE_DIR). Only prose is taken: a fortune whose lines are all unindented (no poems,
 * ASCII art, chat logs or tables), the "-- author" line dropped, lines joined, at least eight
 * words, ending in sentence punctuation. Twenty fortunes make one document. Each finding is
 * written to test-output/eval/native.txt to be looked at.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, mergeConfig } from '../../server/src/engine/index';
import { countWords } from './false-alarms';

export const NATIVE_DIR = process.env.CALQUE_NATIVE_DIR ?? '/usr/share/games/fortunes';

/** Language → files or folders under NATIVE_DIR (English: the files of the `fortunes` package). */
const SOURCES: Record<string, string[]> = {
  en: ['fortunes', 'literature', 'wisdom', 'people', 'politics', 'science', 'humorists', 'law', 'education', 'work', 'men-women', 'miscellaneous', 'platitudes', 'sports', 'food', 'medicine', 'pets', 'love', 'kids', 'drugs', 'ethnic', 'news', 'magic', 'riddles'],
  de: ['de'],
  es: ['es'],
  it: ['it'],
  pl: ['pl'],
  ru: ['ru'],
  cs: ['cs'],
  pt: ['brasil'],
  zh: ['chinese'],
  bg: ['bg'],
};
/** Files that are not prose in any sense (pictures, code, lists of names, translated collections). */
const SKIP = /^(asciiart|art|banner|off|klasik-sk|translations|vornamen|namen|imiona|woerterbuch|slownik|perl|http|ipv6\.pl|irc|cows|M\$|b\d+|d\d+|e\d+|armenian|tang300|song100|intauthors|intproverb)$|\.(dat|u8)$/;

function files(lang: string): string[] {
  const out: string[] = [];
  for (const s of SOURCES[lang] ?? []) {
    const p = join(NATIVE_DIR, s);
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (!SKIP.test(f) && statSync(join(p, f)).isFile()) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

const CJK = new Set(['zh', 'ja']);

/** The prose fortunes of a language, twenty to a document. */
export function nativeDocuments(lang: string): string[] {
  const paras: string[] = [];
  for (const f of files(lang)) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    if (text.includes('\uFFFD')) continue;
    text = text.replace(/\x1b\[[0-9;]*m/g, ''); // colour codes (the Chinese collection)
    for (const raw of text.replace(/\r\n?/g, '\n').split(/\n%\n/)) {
      const lines = raw.split('\n').filter((l) => l.trim() && !/^\s*(--|—|―)\s*\S/.test(l));
      if (!lines.length || lines.some((l) => /^\s/.test(l) || /[<>|{}\\\x1b]|^[\s\p{P}\p{S}\d]*$|https?:|\t/u.test(l))) continue;
      const para = lines.join(CJK.has(lang) ? '' : ' ').replace(/\s+/g, ' ').trim();
      const words = CJK.has(lang) ? para.length / 1.6 : para.split(' ').length;
      if (words < 8 || !/[.!?…。！？」”"»]$/.test(para)) continue;
      paras.push(para);
    }
  }
  const docs: string[] = [];
  for (let i = 0; i < paras.length; i += 20) docs.push(paras.slice(i, i + 20).join('\n\n'));
  return docs;
}

export interface NativeRow {
  language: string;
  words: number;
  findings: number;
  per1k: number;
  byRule: Record<string, number>;
}

export function nativeAlarms(log: string[], langs = Object.keys(SOURCES)): NativeRow[] {
  const engine = new Engine();
  const rows: NativeRow[] = [];
  for (const lang of langs) {
    const docs = nativeDocuments(lang);
    if (!docs.length) continue;
    const config = mergeConfig({ language: lang });
    const byRule: Record<string, number> = {};
    let findings = 0;
    let words = 0;
    for (const doc of docs) {
      words += countWords(doc, lang);
      for (const x of engine.check({ text: doc, config }).findings) {
        findings++;
        byRule[x.ruleId] = (byRule[x.ruleId] ?? 0) + 1;
        log.push(`${lang}\t${x.ruleId}\t${JSON.stringify(doc.slice(Math.max(0, x.start - 50), x.end + 40))}\t${x.message}`);
      }
    }
    rows.push({ language: lang, words, findings, per1k: (findings / words) * 1000, byRule });
  }
  return rows;
}
