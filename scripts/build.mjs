#!/usr/bin/env node
// Bundles the three entry points into dist/ with esbuild:
//   dist/cli.js        the `calque` bin (also starts the server with `calque lsp`)
//   dist/server.js     the language server (stdio or node-ipc)
//   dist/extension.js  the VS Code client (never loads the engine)
// All are CommonJS (VS Code 1.100 loads extensions with require); dist/package.json says so,
// because the repository itself is "type": "module".
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify') || process.env.CALQUE_MINIFY === '1';

mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  minify,
  logLevel: 'warning',
  loader: { '.calque': 'text' },
  legalComments: 'none',
  // Keep non-ASCII data (franc's trigram tables, phrasebooks) as UTF-8 instead of \u escapes.
  charset: 'utf8',
  // Prefer packages' ES module builds: jsonc-parser's UMD build uses dynamic requires esbuild cannot bundle.
  mainFields: ['module', 'main'],
  absWorkingDir: root,
  // ES module builds may read import.meta.url (fdir does); give them this file's URL in CJS.
  define: { 'import.meta.url': '__calque_import_meta_url' },
};
const metaBanner = 'var __calque_import_meta_url = require("url").pathToFileURL(__filename).href;';

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node\n' + metaBanner } },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: metaBanner } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], banner: { js: metaBanner } },
];

if (watch) {
  const { context } = await import('esbuild');
  for (const e of entries) {
    const ctx = await context({ ...common, ...e });
    await ctx.watch();
  }
  console.log('esbuild: watching');
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
  chmodSync(join(dist, 'cli.js'), 0o755);
}
