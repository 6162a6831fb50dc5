/**
 * Glossary files for the terminology rule: the configuration's `glossary` files read from
 * disk (the engine gets their texts as resources) and validated, so a bad file is reported with
 * its path, line and column before any check. Both the CLI and the language server load them
 * through here.
 */
import { readFileSync, statSync } from 'node:fs';
import type { CalqueConfig } from '../engine/config';
import { glossaryFromConfig, GlossaryError } from '../engine/bilingual/glossary';
import { parseGlossaryFile } from '../engine/rules/terminology';
import type { PositionedError } from './config';

/** Glossaries larger than this are refused (a glossary is a table of terms, not a corpus). */
export const MAX_GLOSSARY_BYTES = 20 * 1024 * 1024;

export function loadGlossaries(config: CalqueConfig, configPath?: string): { files: Map<string, string>; errors: PositionedError[] } {
  const files = new Map<string, string>();
  const errors: PositionedError[] = [];
  const src = config.sourceLanguage[0] ?? 'und';
  const tgt = config.language === 'auto' ? 'und' : config.language;
  for (const path of config.glossary.files) {
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new Error('not a regular file');
      if (st.size > MAX_GLOSSARY_BYTES) throw new Error(`larger than ${MAX_GLOSSARY_BYTES / 1024 / 1024} MB`);
      const text = readFileSync(path, 'utf8');
      parseGlossaryFile(path, text, src, tgt);
      files.set(path, text);
    } catch (e) {
      if (e instanceof GlossaryError) errors.push({ file: e.file, line: e.line, column: e.column, message: e.message });
      else errors.push({ file: path, line: 1, column: 1, message: `cannot read the glossary: ${(e as Error).message}` });
    }
  }
  if (Object.keys(config.glossary.entries).length) {
    try {
      glossaryFromConfig(config.glossary.entries, configPath ?? '.calque.json');
    } catch (e) {
      if (e instanceof GlossaryError) errors.push({ file: configPath ?? e.file, line: e.line, column: e.column, message: e.message });
      else throw e;
    }
  }
  return { files, errors };
}
