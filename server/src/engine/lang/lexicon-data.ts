/**
 * The built word lists: undefined in the sources. scripts/build.mjs replaces this module in the
 * dist/ bundles with a reader of dist/lexicons/<tag>.bin (built by scripts/build-lexicons.ts from
 * the packs' `lexicon` sources), and the tests' loader does the same for the sources
 * (test/support/text-loader-hooks.mjs). Without the data, lexicon.ts has no lists and the
 * checks that need them stay silent.
 */
export const LEXICON_DATA: ((tag: string) => Uint8Array | undefined) | undefined = undefined;
