/**
 * Precompiled built-in phrasebooks: undefined in the sources (tests and tsx parse and compile
 * the built-ins at run time). scripts/build.mjs replaces this module in dist/ bundles with the
 * output of `precompileBuiltins()` (precompile.ts): per target language, a function returning
 * its data, read from dist/phrasebooks/<target>.json and <target>.trie the first time the
 * language is checked (undefined when a file is missing: the built-ins are then compiled at run
 * time).
 */
import type { Precompiled } from './precompile';

export const PRECOMPILED: Readonly<Record<string, () => Precompiled | undefined>> | undefined = undefined;
