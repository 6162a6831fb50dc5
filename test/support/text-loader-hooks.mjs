import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexiconReaderSource } from '../../scripts/lexicon-reader.mjs';

export async function load(url, context, nextLoad) {
  if (url.endsWith('.calque')) {
    const text = await readFile(fileURLToPath(url), 'utf8');
    return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(text)};` };
  }
  // The built word lists (dist/lexicons/, written by `node scripts/build.mjs`), as the bundles read them.
  if (/\/engine\/lang\/lexicon-data\.ts$/.test(url)) {
    const dir = fileURLToPath(new URL('../../dist/lexicons/', import.meta.url));
    const source = lexiconReaderSource(JSON.stringify(dir));
    return { format: 'module', shortCircuit: true, source };
  }
  return nextLoad(url, context);
}
