import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function load(url, context, nextLoad) {
  if (url.endsWith('.calque')) {
    const text = await readFile(fileURLToPath(url), 'utf8');
    return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(text)};` };
  }
  // The built word lists (dist/lexicons/, written by `node scripts/build.mjs`), as the bundles read them.
  if (/\/engine\/lang\/lexicon-data\.ts$/.test(url)) {
    const dir = fileURLToPath(new URL('../../dist/lexicons/', import.meta.url));
    const source = [
      `import { readFileSync } from 'node:fs';`,
      `export const LEXICON_DATA = (tag) => {`,
      `  if (!/^[a-z]{2,3}(-core|-top)?$/.test(tag)) return undefined;`,
      `  try { return readFileSync(${JSON.stringify(dir)} + tag + '.bin'); } catch { return undefined; }`,
      `};`,
    ].join('\n');
    return { format: 'module', shortCircuit: true, source };
  }
  return nextLoad(url, context);
}
