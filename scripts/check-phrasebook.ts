/**
 * Validates phrasebook files: syntax, required notes/examples/controls, and the self-test
 * (every "+" example matched by its entry, no "-" control matched by any entry — also across
 * all the files given, per target language).
 *
 *   npx tsx scripts/check-phrasebook.ts server/phrasebooks/*.calque
 *
 * Prints `file:line:col severity message`; exits 1 on any error, failing example/control, or
 * missing ::/+/- line. Other warnings are printed but do not fail.
 */
import { readFileSync } from 'node:fs';
import { compileEntries } from '../server/src/engine/phrasebook/compile';
import { checkExamples, lintParsed, SELF_TEST_CODES } from '../server/src/engine/phrasebook/lint';
import { parsePhrasebook, type PhraseEntry, type ParsedPhrasebook } from '../server/src/engine/phrasebook/parse';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/check-phrasebook.ts FILE.calque...');
  process.exit(2);
}

let failures = 0;
let warnings = 0;
let entries = 0;
const parsed: ParsedPhrasebook[] = [];
for (const f of files) {
  let text: string;
  try {
    text = readFileSync(f, 'utf8');
  } catch (e) {
    console.log(`${f}:1:1 error cannot read file: ${(e as Error).message}`);
    failures++;
    continue;
  }
  const p = parsePhrasebook(text, f);
  parsed.push(p);
  entries += p.entries.length;
  for (const d of lintParsed(p)) {
    const fails = d.severity === 'error' || SELF_TEST_CODES.has(d.code);
    if (fails) failures++;
    else warnings++;
    console.log(`${f}:${d.line}:${d.column} ${fails ? 'error' : 'warning'} ${d.message} [${d.code}]`);
  }
}

// Controls must stay silent against every entry of every file given (same target language).
if (parsed.length > 1) {
  const byTarget = new Map<string, PhraseEntry[]>();
  for (const p of parsed) for (const e of p.entries) (byTarget.get(e.section.target) ?? byTarget.set(e.section.target, []).get(e.section.target)!).push(e);
  for (const [target, list] of byTarget) {
    const book = compileEntries(list, target);
    checkExamples(book, list, (line, col0, _end, message, code, entry) => {
      if (code !== 'control-matches' || !message.includes('.calque:')) return; // same-file problems were reported above
      failures++;
      console.log(`${entry.file}:${line}:${col0 + 1} error ${message} [${code}]`);
    });
  }
}

console.log(`${files.length} file(s), ${entries} entries: ${failures} failure(s), ${warnings} warning(s)`);
process.exit(failures > 0 ? 1 : 0);
