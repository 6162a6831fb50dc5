/** Everything Calque knows of the language sr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sr',
  detection: [{ franc: ['srp'], script: 'Latin', extra: 'čćđšž', group: 'sh' }, { franc: ['srp'], script: 'Cyrillic', alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш' }],
  quotes: {
    name: 'Serbian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['„”', '»«', '’’', '‘’'],
    source: 'Pravopis srpskoga jezika (Matica srpska, 2010) §“Navodnici”: „…“ and »…«, ’…’ inside; [WP]',
  },
  abbreviations: ['нпр', 'тј', 'итд', 'итсл', 'год', 'бр', 'стр', 'мил', 'млрд', 'хиљ', 'др', 'проф', 'ул', 'мин', 'тзв', 'односно', 'св', 'npr', 'tj', 'itd', 'god', 'br', 'str', 'mil', 'dr', 'prof', 'ul', 'tzv'],
  ordinalDot: true,
  names: {
    // Bulgarian has no case but a definite article; names take none. Serbian/Macedonian Cyrillic: case endings.
    caseEndings: ['ом', 'ем', 'има', 'ама', 'а', 'у', 'е', 'и', 'om', 'em', 'ima', 'ama', 'a', 'u', 'e', 'i'],
    cIsTs: true,
  },
} satisfies LanguagePack;
