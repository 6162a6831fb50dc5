#!/usr/bin/env node
// Bundles the three entry points into dist/ with esbuild:
//   dist/cli.js        the `calque` bin (also starts the server with `calque lsp`)
//   dist/server.js     the language server (stdio or node-ipc)
//   dist/extension.js  the VS Code client (never loads the engine)
// All are CommonJS (VS Code 1.100 loads extensions with require); dist/package.json says so,
// because the repository itself is "type": "module".
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconReaderSource } from './lexicon-reader.mjs';

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
 * to dist/phrasebooks/<target>.json (entries, ASCII JSON, non-ASCII escaped) and <target>.trie
 * (the trie as varint bytes, serialize.ts), read the first time a
 * language is checked; the bundles only carry a loader (without the files, e.g. a bundle copied
 * alone, they fall back to compiling at run time). Keeping megabytes of data out of the bundle
 * keeps start-up (reading and pre-parsing the bundle) and memory (V8 keeps a bundle's source) low.
 */
/** precompile.ts, bundled and imported once per build (both plugins below read it). */
let precompileModule;
function loadPrecompileModule() {
  precompileModule ??= bundleAndImport('server/src/engine/phrasebook/precompile.ts', { loader: { '.calque': 'text' } });
  return precompileModule;
}

/** A build-time module (TypeScript, importing the engine), bundled in memory and imported. */
async function bundleAndImport(entry, options) {
  const gen = await build({ entryPoints: [entry], bundle: true, write: false, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: root, logLevel: 'warning', ...options });
  return import('data:text/javascript;base64,' + Buffer.from(gen.outputFiles[0].text).toString('base64'));
}

let precompiled;
const precompiledPhrasebooks = {
  name: 'calque-precompiled-phrasebooks',
  setup(b) {
    b.onLoad({ filter: /[\\/]phrasebook[\\/]precompiled\.ts$/ }, async () => {
      if (watch) precompiled = precompileModule = undefined; // phrasebooks may have changed
      precompiled ??= (async () => {
        const mod = await loadPrecompileModule();
        const ascii = (json) => json.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
        const dir = join(dist, 'phrasebooks');
        mkdirSync(dir, { recursive: true });
        const langs = [];
        for (const [lang, { json, trie }] of Object.entries(mod.precompileBuiltins())) {
          if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) throw new Error(`unexpected target language ${lang}`);
          writeFileSync(join(dir, `${lang}.json`), ascii(json));
          writeFileSync(join(dir, `${lang}.trie`), trie);
          langs.push(lang);
        }
        return [
          `import { readFileSync } from 'node:fs';`,
          `import { join } from 'node:path';`,
          `const load = (lang) => () => {`,
          `  try {`,
          `    const file = join(__dirname, 'phrasebooks', lang);`,
          `    return { json: readFileSync(file + '.json', 'latin1'), trie: readFileSync(file + '.trie') };`,
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

/**
 * Replaces server/src/engine/lang/lexicon-data.ts (undefined in the sources) with a reader of the
 * word-list filters scripts/build-lexicons.ts writes to dist/lexicons/<tag>.bin from the packs'
 * `lexicon` sources: read the first time a language needs its list, absent files = no list.
 */
let lexicons;
const lexiconData = {
  name: 'calque-lexicons',
  setup(b) {
    b.onLoad({ filter: /[\\/]lang[\\/]lexicon-data\.ts$/ }, async () => {
      if (watch) lexicons = undefined;
      lexicons ??= (async () => {
        const mod = await bundleAndImport('scripts/build-lexicons.ts', { packages: 'external' });
        mod.buildLexicons(root, join(dist, 'lexicons'));
        return lexiconReaderSource("join(__dirname, 'lexicons')");
      })();
      return { contents: await lexicons, loader: 'js', resolveDir: root };
    });
  },
};

// esbuild's `charset: 'ascii'` leaves regular-expression literals as written (evanw/esbuild#4205),
// and one non-Latin-1 character in them (Cyrillic verb endings of a language pack) makes V8 keep
// the whole bundle source as a two-byte string: 4 MB more per process. This writes them as \u
// escapes — inside a regex literal, as everywhere else they occur, an escape means the same
// character — and shifts the source map's columns on the lines it lengthens.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlqDecode(seg) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
function vlqEncode(nums) {
  let s = '';
  for (const n of nums) {
    let v = n < 0 ? (-n << 1) | 1 : n << 1;
    do {
      let d = v & 31;
      v >>>= 5;
      if (v) d |= 32;
      s += B64[d];
    } while (v);
  }
  return s;
}
function asciiOnly(file) {
  const js = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(js)) return;
  const lines = js.split('\n');
  /** Per changed line: [column in the old line, characters added there]. */
  const shifts = new Map();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/[^\x00-\x7f]/.test(line)) continue;
    let out = '';
    const at = [];
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c < 0x80) {
        out += line[k];
        continue;
      }
      let esc = '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
      // An identity escape of the character ("\’") becomes the \u escape alone.
      let slashes = 0;
      while (out.length - 1 - slashes >= 0 && out[out.length - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 1) {
        out = out.slice(0, -1);
        at.push([k, esc.length - 2]);
      } else at.push([k, esc.length - 1]);
      out += esc;
    }
    lines[i] = out;
    shifts.set(i, at);
  }
  writeFileSync(file, lines.join('\n'));
  let map;
  try {
    map = JSON.parse(readFileSync(file + '.map', 'utf8'));
  } catch {
    return;
  }
  const mapLines = map.mappings.split(';');
  for (const [i, at] of shifts) {
    if (i >= mapLines.length || !mapLines[i]) continue;
    let col = 0;
    let prevNew = 0;
    mapLines[i] = mapLines[i]
      .split(',')
      .map((seg) => {
        const f = vlqDecode(seg);
        col += f[0];
        let added = 0;
        for (const [k, d] of at) if (k < col) added += d;
        const now = col + added;
        f[0] = now - prevNew;
        prevNew = now;
        return vlqEncode(f);
      })
      .join(',');
  }
  map.mappings = mapLines.join(';');
  writeFileSync(file + '.map', JSON.stringify(map));
}
const asciiOutput = {
  name: 'calque-ascii-output',
  setup(b) {
    b.onEnd((result) => {
      if (result.errors.length === 0 && b.initialOptions.outfile) asciiOnly(join(root, b.initialOptions.outfile));
    });
  },
};

// The built-in phrasebooks' texts stay out of the bundles: copied to dist/phrasebooks/ and read on
// first use (parsing when the precompiled data does not fit). Checking reads only the
// precompiled JSON, so a server or CLI process no longer holds ~3 MB of escaped phrasebook text in
// its bundle source (and the VSIX no longer carries it twice).
const builtinBooks = {
  name: 'calque-builtin-phrasebooks',
  setup(b) {
    b.onLoad({ filter: /[\\/]phrasebook[\\/]builtin\.ts$/ }, async () => {
      if (watch) precompileModule = undefined; // phrasebooks may have changed
      const index = (await loadPrecompileModule()).builtinIndex();
      const dir = join(dist, 'phrasebooks');
      mkdirSync(dir, { recursive: true });
      const names = index.map((x) => x.name);
      // For the fallback parse only (checking reads the precompiled data; linting reads the user's
      // own files), beside the CLI and server bundles but not in the VSIX (.vscodeignore): comment
      // lines and the entries' examples and controls are blanked, line numbers kept.
      for (const name of names) {
        const text = readFileSync(join(root, 'server', 'phrasebooks', name), 'utf8');
        writeFileSync(join(dir, name), text.split('\n').map((l) => (/^#/.test(l) || /^\s+[+-]\s/.test(l) ? '' : l)).join('\n'));
      }
      const books = index.map((x) => `book(${JSON.stringify(x.name)}, ${x.length}, ${JSON.stringify(x.targets)})`);
      const contents = [
        `import { readFileSync } from 'node:fs';`,
        `import { join } from 'node:path';`,
        `const book = (name, length, targets) => {`,
        `  let text;`,
        // (The VSIX leaves the texts out: its precompiled data always fits. Without a text, a
        // fallback parse finds no built-in entries rather than failing.)
        `  const read = () => { try { return readFileSync(join(__dirname, 'phrasebooks', name), 'utf8'); } catch { return ''; } };`,
        `  return { name, length, targets, get text() { return (text ??= read()); } };`,
        `};`,
        `export const BUILTIN_PHRASEBOOKS = [${books.join(', ')}];`,
      ].join('\n');
      const watchFiles = names.map((n) => join(root, 'server', 'phrasebooks', n));
      return { contents, loader: 'js', resolveDir: root, watchFiles };
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
  plugins: [precompiledPhrasebooks, builtinBooks, lexiconData, asciiOutput],
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
  // Stale phrasebook data (a renamed file, a dropped language) goes; the plugins write it afresh.
  rmSync(join(dist, 'phrasebooks'), { recursive: true, force: true });
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
  chmodSync(join(dist, 'cli.js'), 0o755);
}
