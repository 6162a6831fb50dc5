/**
 * Editor settings (section `calque`) -> server settings + a partial config for the engine.
 * Values left at their neutral defaults ("auto", empty lists, null) do not override
 * `.calque.json`; wrong types are reported (once) and ignored, never fatal.
 */
import { isAbsolute, resolve } from 'node:path';

export interface ServerSettings {
  enable: boolean;
  debounceMs: number;
  /** Config-shaped object for `loadConfig({ editor })` (validated there, with errors). */
  editor: Record<string, unknown>;
  errors: string[];
}

export const DEFAULT_DEBOUNCE_MS = 150;

export function readSettings(raw: unknown, folder: string | undefined): ServerSettings {
  const out: ServerSettings = { enable: true, debounceMs: DEFAULT_DEBOUNCE_MS, editor: {}, errors: [] };
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    out.errors.push('the "calque" settings must be an object');
    return out;
  }
  const s = raw as Record<string, unknown>;
  if (s.enable !== undefined && s.enable !== null) {
    if (typeof s.enable === 'boolean') out.enable = s.enable;
    else out.errors.push('"calque.enable" must be true or false');
  }
  if (s.debounceMs !== undefined && s.debounceMs !== null) {
    if (typeof s.debounceMs === 'number' && Number.isFinite(s.debounceMs) && s.debounceMs >= 0) out.debounceMs = Math.min(5000, Math.round(s.debounceMs));
    else out.errors.push('"calque.debounceMs" must be a number of milliseconds (0–5000)');
  }
  const e = out.editor;
  if (s.language !== undefined && s.language !== null && s.language !== '' && s.language !== 'auto') e.language = s.language;
  if (s.sourceLanguage !== undefined && s.sourceLanguage !== null && s.sourceLanguage !== '') {
    e.sourceLanguage =
      typeof s.sourceLanguage === 'string'
        ? s.sourceLanguage
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : s.sourceLanguage;
    if (Array.isArray(e.sourceLanguage) && e.sourceLanguage.length === 0) delete e.sourceLanguage;
  }
  if (s.rules !== undefined && s.rules !== null && !(typeof s.rules === 'object' && !Array.isArray(s.rules) && Object.keys(s.rules).length === 0)) e.rules = s.rules;
  if (s.names !== undefined && s.names !== null && !(Array.isArray(s.names) && s.names.length === 0) && !(typeof s.names === 'object' && !Array.isArray(s.names) && Object.keys(s.names as object).length === 0)) e.names = s.names;
  if (s.phrasebooks !== undefined && s.phrasebooks !== null && !(Array.isArray(s.phrasebooks) && s.phrasebooks.length === 0)) {
    e.phrasebooks = Array.isArray(s.phrasebooks) ? s.phrasebooks.map((p) => (typeof p === 'string' && folder && !isAbsolute(p) ? resolve(folder, p) : p)) : s.phrasebooks;
  }
  if (s.maxFileSize !== undefined && s.maxFileSize !== null && s.maxFileSize !== 0) e.maxFileSize = s.maxFileSize;
  return out;
}
