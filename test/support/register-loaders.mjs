// Lets tests import built-in data files (`*.calque`) as text, as esbuild's `text` loader does for dist/,
// and fixes the seed of property-based tests (test/support/fuzz-seed.mjs).
import { register } from 'node:module';
register('./text-loader-hooks.mjs', import.meta.url);
await import('./fuzz-seed.mjs');
