#!/usr/bin/env node
// Bundles the three entry points into dist/ with esbuild:
//   dist/cli.js        the `calque` bin (also starts the server with `calque lsp`)
//   dist/server.js     the language server (stdio or node-ipc)
//   dist/extension.js  the VS Code client (never loads the engine)
// All are CommonJS (VS Code 1.100 loads extensions with require); dist/package.json says so,
// because the repository itself is "type": "module".
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, chmodSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify') || process.env.CALQUE_MINIFY === '1';

mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');

/**
 * Replaces server/src/engine/phrasebook/precompiled.ts (undefined in the sources) with the
 * built-in phrasebooks parsed and compiled at build time (precompile.ts), so that the first
 * check in a language loads them instead of parsing and compiling ~1,500 entries. The data goes
 * to dist/phrasebooks/<target>.json (ASCII JSON, non-ASCII escaped), read the first time a
 * language is checked; the bundles only carry a loader (without the files, e.g. a bundle copied
 * alone, they fall back to compiling at run time). Keeping megabytes of data out of the bundle
 * keeps start-up (reading and pre-parsing the bundle) and memory (V8 keeps a bundle's source) low.
 */
let precompiled;
const precompiledPhrasebooks = {
  name: 'calque-precompiled-phrasebooks',
  setup(b) {
    b.onLoad({ filter: /[\\/]phrasebook[\\/]precompiled\.ts$/ }, async () => {
      if (watch) precompiled = undefined; // phrasebooks may have changed
      precompiled ??= (async () => {
        const gen = await build({
          entryPoints: ['server/src/engine/phrasebook/precompile.ts'],
          bundle: true,
          write: false,
          platform: 'node',
          format: 'esm',
          target: 'node20',
          loader: { '.calque': 'text' },
          absWorkingDir: root,
          logLevel: 'warning',
        });
        const mod = await import('data:text/javascript;base64,' + Buffer.from(gen.outputFiles[0].text).toString('base64'));
        const ascii = (json) => json.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
        const dir = join(dist, 'phrasebooks');
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const langs = [];
        for (const [lang, json] of Object.entries(mod.precompileBuiltins())) {
          if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) throw new Error(`unexpected target language ${lang}`);
          writeFileSync(join(dir, `${lang}.json`), ascii(json));
          langs.push(lang);
        }
        return [
          `import { readFileSync } from 'node:fs';`,
          `import { join } from 'node:path';`,
          `const load = (lang) => () => {`,
          `  try {`,
          `    return readFileSync(join(__dirname, 'phrasebooks', lang + '.json'), 'latin1');`,
          `  } catch {`,
          `    return undefined;`,
          `  }`,
          `};`,
          `export const PRECOMPILED = { ${langs.map((l) => `${JSON.stringify(l)}: load(${JSON.stringify(l)})`).join(', ')} };`,
        ].join('\n');
      })();
      const phrasebooks = join(root, 'server', 'phrasebooks');
      const watchFiles = readdirSync(phrasebooks).filter((f) => f.endsWith('.calque')).map((f) => join(phrasebooks, f));
      return { contents: await precompiled, loader: 'js', watchFiles, resolveDir: root };
    });
  },
};

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
  // ASCII output (non-ASCII data as \u escapes, comments dropped with the whitespace): V8 then
  // keeps the bundle's source — held for lazy compilation — as a one-byte string, half the
  // memory of the two-byte string a single non-Latin-1 character would force.
  charset: 'ascii',
  minifyWhitespace: true,
  // Prefer packages' ES module builds: jsonc-parser's UMD build uses dynamic requires esbuild cannot bundle.
  mainFields: ['module', 'main'],
  absWorkingDir: root,
  // ES module builds may read import.meta.url (fdir does); give them this file's URL in CJS.
  define: { 'import.meta.url': '__calque_import_meta_url' },
  plugins: [precompiledPhrasebooks],
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
