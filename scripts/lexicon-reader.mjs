// The module that replaces server/src/engine/lang/lexicon-data.ts: a reader of the built word
// lists (<dir>/<tag>.bin, <tag>-core.bin, <tag>-top.bin), one source for the bundles
// (scripts/build.mjs: beside the bundle) and the tests' loader (test/support/text-loader-hooks.mjs:
// the repository's dist/lexicons/). `dirExpression` is a JavaScript expression for the folder.

export function lexiconReaderSource(dirExpression) {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { join } from 'node:path';`,
    `export const LEXICON_DATA = (tag) => {`,
    `  if (!/^[a-z]{2,3}(-core|-top)?$/.test(tag)) return undefined;`,
    `  try {`,
    `    return readFileSync(join(${dirExpression}, tag + '.bin'));`,
    `  } catch {`,
    `    return undefined;`,
    `  }`,
    `};`,
  ].join('\n');
}
