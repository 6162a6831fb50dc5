/**
 * Precompiled built-in phrasebooks: undefined in the sources (tests and tsx parse and compile
 * the built-ins at run time). scripts/build.mjs replaces this module in dist/ bundles with the
 * output of `precompileBuiltins()` (precompile.ts): per target language, a function returning
 * its JSON string. (A function, so that V8 creates the string only when the language is first
 * checked; the JSON is ASCII, non-ASCII escaped, so the string is one byte per character.)
 */
export const PRECOMPILED: Readonly<Record<string, () => string>> | undefined = undefined;
