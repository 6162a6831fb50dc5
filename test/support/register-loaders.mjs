// Lets tests import built-in data files (`*.calque`) as text, as esbuild's `text` loader does for dist/.
import { register } from 'node:module';
register('./text-loader-hooks.mjs', import.meta.url);
