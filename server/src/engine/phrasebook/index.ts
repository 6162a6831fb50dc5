/** Phrasebooks (`.calque` files): parser, lint, compiler (token trie) and matcher. Format: docs/phrasebooks.md. */
export { parsePhrasebook, type ParsedPhrasebook, type PhraseEntry, type PhraseDiagnostic, type Section, type Note, type DisableLine, type ExampleLine } from './parse';
export { lintPhrasebook, lintParsed, checkExamples, SELF_TEST_CODES } from './lint';
export { compileEntries, type CompiledPhrasebook } from './compile';
export { matchWords, resolveMatches, type RawMatch } from './match';
export { findMatches, findInText, rawMatchesInText, type PhraseMatch } from './find';
export { BUILTIN_PHRASEBOOKS, type BuiltinPhrasebook } from './builtin';
export { compiledFor } from './library';
export { builtinPhrasebooks, selectEntries } from './select';
export { PLACEHOLDER_LANGUAGES, PLACEHOLDER_NAMES, placeholderWords } from './placeholders';
