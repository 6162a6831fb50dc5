/**
 * Agreement with other checkers' test cases: each record is run through the Engine (quotes
 * rule only) in the record's language and labelled ok/error; where the peer's label does not fit
 * Calque's job, the record is covered by an exclusion with the reason. An exclusion that names
 * records by text must really differ (so the list stays exact). Used by the peer tests
 * (test/unit/peer-quotes.test.ts) and by `npm run eval` for peers whose licences keep their
 * cases out of the repository.
 */
import { readFileSync } from 'node:fs';
import { Engine } from '../../server/src/engine/engine';
import { mergeConfig } from '../../server/src/engine/config';
import { quotesRule } from '../../server/src/engine/rules/quotes';
import type { Rule } from '../../server/src/engine/rule';
import type { DocumentFormat } from '../../server/src/engine/types';

const engine = new Engine({ rules: [quotesRule as Rule] });

export function quotesLabel(text: string, language: string, format: DocumentFormat): 'ok' | 'error' {
  const f = engine.check({ text, format, config: mergeConfig({ language }) }).findings;
  return f.length > 0 ? 'error' : 'ok';
}

export interface PeerRecord {
  text: string;
  lang: string;
  expected: 'ok' | 'error';
  format: DocumentFormat;
  /** Short description for messages. */
  what: string;
  raw: Record<string, unknown>;
}

/** An exclusion: which records (exact texts, or a described class) and why our job differs. */
export interface Exclusion {
  reason: string;
  texts?: string[];
  when?: (r: PeerRecord) => boolean;
}

export interface Agreement {
  records: number;
  agree: number;
  excluded: number;
  /** Records where Calque and the peer disagree without an exclusion. */
  wrong: string[];
  /** Exclusions by text that now agree (to remove). */
  stale: string[];
}

export function loadJsonl(path: string | URL): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export function agreement(records: PeerRecord[], exclusions: Exclusion[]): Agreement {
  const out: Agreement = { records: records.length, agree: 0, excluded: 0, wrong: [], stale: [] };
  for (const r of records) {
    const ours = quotesLabel(r.text, r.lang, r.format);
    // Records named by text must really differ (the list stays exact); a described class
    // (`when`) only explains the records of that class where we differ.
    const byText = exclusions.find((e) => e.texts?.includes(r.text));
    if (byText) {
      out.excluded++;
      if (ours === r.expected) out.stale.push(`${r.what}: ${JSON.stringify(r.text)} (excluded: ${byText.reason})`);
      continue;
    }
    if (ours !== r.expected && exclusions.some((e) => e.when?.(r))) {
      out.excluded++;
      continue;
    }
    if (ours === r.expected) out.agree++;
    else out.wrong.push(`${r.what}: expected ${r.expected}, got ${ours}: ${JSON.stringify(r.text)}`);
  }
  return out;
}
