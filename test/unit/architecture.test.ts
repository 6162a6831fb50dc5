/**
 * The layering the brief asks for, as a test: the engine (server/src/engine) is pure — text and
 * configuration in, findings out — so nothing under it imports Node's modules, the language
 * server, the CLI, the project layer (server/src/node) or VS Code; and its modules form no import
 * cycle (type-only imports aside: they vanish at run time).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINE = join(ROOT, 'server', 'src', 'engine');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Module specifiers of a file's runtime imports and re-exports (static and dynamic), type-only ones left out. */
export function runtimeImports(src: string): string[] {
  const out: string[] = [];
  const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(/(?:^|;|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    if (m[2]) continue; // import type / export type
    const names = m[3]!.trim();
    // `import { type A, type B } from …` is type-only too.
    const inner = /^\{([^}]*)\}$/.exec(names)?.[1];
    if (inner !== undefined && inner.split(',').every((x) => !x.trim() || /^type\s/.test(x.trim()))) continue;
    out.push(m[4]!);
  }
  for (const m of code.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  for (const m of code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

const NODE = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

test('the engine imports nothing of Node, the language server, the CLI, the project layer or VS Code', () => {
  const bad: string[] = [];
  for (const f of tsFiles(ENGINE)) {
    for (const spec of runtimeImports(readFileSync(f, 'utf8'))) {
      const target = spec.startsWith('.') ? resolve(dirname(f), spec) : '';
      // Data, not code: the built-in phrasebooks (server/phrasebooks/*.calque, imported as text).
      const data = target.startsWith(join(ROOT, 'server', 'phrasebooks') + '/') && target.endsWith('.calque');
      const outside = target && !data && !target.startsWith(ENGINE + '/') && target !== ENGINE;
      if (NODE.has(spec) || spec.startsWith('node:') || spec === 'vscode' || spec.startsWith('vscode-') || outside) bad.push(`${relative(ROOT, f)} imports ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the scan sees what it must: runtime imports and re-exports, not type-only ones', () => {
  const src = [
    "import { readFileSync } from 'node:fs';",
    "import type { X } from '../lsp/server';",
    "import { type A, type B } from 'vscode';",
    "export { y } from '../cli/main';",
    "const m = await import('path');",
    "import 'vscode-languageserver';",
  ].join('\n');
  assert.deepEqual(runtimeImports(src), ['node:fs', '../cli/main', 'vscode-languageserver', 'path']);
});

test('the engine has no import cycle', () => {
  const files = tsFiles(ENGINE);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const deps: string[] = [];
    for (const spec of runtimeImports(readFileSync(f, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      let p = resolve(dirname(f), spec);
      if (existsSync(p + '.ts')) p += '.ts';
      else if (existsSync(join(p, 'index.ts'))) p = join(p, 'index.ts');
      if (graph.has(p) || files.includes(p)) deps.push(p);
    }
    graph.set(f, deps);
  }
  // Tarjan's strongly connected components.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        c.push(relative(ENGINE, w));
      } while (w !== v);
      if (c.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(c.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  assert.deepEqual(cycles, []);
});
