/**
 * Runs harper.js 2 (Harper's grammar checker compiled to WebAssembly, in-process) over files,
 * as a CLI would:  node bench/harper-runner.mjs [--budget-s N] FILE…
 * With --budget-s it stops after the file during which N seconds of wall time passed and says
 * how many files and bytes it did (harper.js is slow on long non-English text).
 * One LocalLinter (default rules, American English); each file's text is linted whole.
 * Prints {"files", "lints"}. bench/run.ts runs it under bench/peak.mjs for peak memory.
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '.peers', 'node_modules', 'harper.js', 'dist');
const { LocalLinter } = await import(pathToFileURL(join(pkg, 'index.js')).href);
const { binaryInlined } = await import(pathToFileURL(join(pkg, 'binaryInlined.js')).href);
const linter = new LocalLinter({ binary: binaryInlined });
await linter.setup();
let lints = 0;
let files = process.argv.slice(2);
let budget = Infinity;
if (files[0] === '--budget-s') {
  budget = Number(files[1]) * 1000;
  files = files.slice(2);
}
const t0 = performance.now();
let done = 0;
let bytes = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  lints += (await linter.lint(text)).length;
  done++;
  bytes += Buffer.byteLength(text);
  if (performance.now() - t0 > budget) break;
}
console.log(JSON.stringify({ files: done, of: files.length, bytes, lints, complete: done === files.length }));
