/**
 * Where `npm run eval` finds the data it measures on. Evaluation data is not part of the
 * repository (the tests use the slices under test/data/); it is a folder laid out as
 *
 *   <data>/corpora/pud/<lang>.txt          the whole PUD corpus, 21 languages, 397 documents each
 *   <data>/peer-cases/<peer>/*.jsonl       other checkers' test cases whose licences (GPL, LGPL)
 *                                          keep them out of this MIT repository
 *
 * found, in this order, at `--data DIR`, at $CALQUE_EVAL_DATA, or at `../shared` beside the
 * repository (where the project's reference material lives). docs/DEVELOPING.md ("Evaluation
 * data") says how to build each part from its public source.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The PUD slices kept in the repository (first 100 documents of each language). */
export const PUD_SLICE = join(ROOT, 'test', 'data', 'pud');

export const PUD_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'pl', 'cs', 'sv', 'fi', 'tr', 'zh', 'ja', 'ko', 'ar', 'hi', 'id', 'th', 'is', 'gl'];

let chosen: string | undefined;

/** Sets the data folder (from `--data`). */
export function setEvalData(dir: string): void {
  chosen = resolve(dir);
}

export function evalDataDir(): string {
  return chosen ?? (process.env.CALQUE_EVAL_DATA ? resolve(process.env.CALQUE_EVAL_DATA) : join(ROOT, '..', 'shared'));
}

/** The whole PUD corpus. */
export function pudDir(): string {
  return join(evalDataDir(), 'corpora', 'pud');
}

export function peerCasesDir(): string {
  return join(evalDataDir(), 'peer-cases');
}

export const HOW_TO_GET = {
  pud:
    'the whole PUD corpus as <data>/corpora/pud/<lang>.txt (one document per line, a blank line between documents): ' +
    'the `# text` lines of https://github.com/UniversalDependencies/UD_<Language>-PUD, grouped by `# newdoc id`; ' +
    'test/data/pud/SOURCES.md describes the recipe and the commits read',
  peers:
    'extracted test cases as <data>/peer-cases/<peer>/*.jsonl (Grammalecte guillemet tests, LanguageTool quote grammar ' +
    'examples and word-repeat tests); docs/DEVELOPING.md lists the upstream files and commits',
};

/** Throws a message that says what is missing and how to get it. */
export function need(path: string, what: keyof typeof HOW_TO_GET): string {
  if (!existsSync(path)) throw new MissingData(`${path} not found — this measurement needs ${HOW_TO_GET[what]}. Point --data or CALQUE_EVAL_DATA at the folder that holds it.`);
  return path;
}

export class MissingData extends Error {}
