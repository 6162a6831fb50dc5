import type { Formatter } from '../result';
import { formatText } from './text';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatGithub } from './github';

export const FORMATTERS: Record<string, Formatter> = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub };
