/**
 * Bilingual file formats: pick a parser by format, or the format by file name.
 */
import { parsePo } from './po';
import type { BitextFile } from './types';
import { parseXliff } from './xliff';

export { parsePo, escapePo } from './po';
export { parseXliff, escapeXml } from './xliff';
export { BitextError, type BitextFile, type BitextUnit, type InlineCode, type Span } from './types';

export type BitextFormat = 'xliff' | 'po';

/** Parses `text` as the given format; throws BitextError (with an offset) when it cannot. */
export function parseBitext(text: string, format: BitextFormat): BitextFile {
  return format === 'xliff' ? parseXliff(text) : parsePo(text);
}

/** The bilingual format of a file by its extension (.xlf/.xliff, .po/.pot; any case), else undefined. */
export function bitextFormatOf(path: string): BitextFormat | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return ext === 'xlf' || ext === 'xliff' ? 'xliff' : ext === 'po' || ext === 'pot' ? 'po' : undefined;
}
