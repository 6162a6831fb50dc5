/** Everything Calque knows of the language hr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'hr',
  detection: [{ franc: ['hrv'], script: 'Latin', extra: 'čćđšž', group: 'sh' }],
  quotes: {
    name: 'Croatian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['„”', '»«', '‘’', '’’'],
    source: 'Hrvatski pravopis (Institut za hrvatski jezik, 2013) §“Navodnici”: „…“ or »…«, ‘…’ inside; [WP] also lists „…”',
  },
  abbreviations: ['npr', 'tj', 'itd', 'sl', 'st', 'g', 'br', 'str', 'mil', 'mlrd', 'tis', 'kn', 'dr', 'prof', 'ul', 'god', 'min', 'tzv', 'odn', 'usp', 'v', 'sv'],
  ordinalDot: true,
  oneLetterWords: 'a i k o s u',
  names: {
    caseEndings: ['a', 'u', 'e', 'i', 'om', 'em', 'ima', 'ama'],
    cIsTs: true,
  },
} satisfies LanguagePack;
