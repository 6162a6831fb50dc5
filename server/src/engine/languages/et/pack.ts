/** Everything Calque knows of the language et: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'et',
  detection: [{ franc: ['ekk'], script: 'Latin', extra: 'äöõüšž' }],
  quotes: {
    name: 'Estonian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»»', '««'],
    strictNesting: false,
    source: 'Eesti Keele Instituut, keelenõuanne “Jutumärgid” („…“; »…» in print); [WP]',
  },
  abbreviations: ['nt', 'jm', 'vm', 'jne', 'sh', 'st', 'nn', 'a', 'aastal', 'mln', 'mld', 'tuh', 'dr', 'prof', 'nr', 'lk', 'tel', 'u', 'ca', 'e', 'pkr', 'ekr', 'pr', 'hr', 'kl', 'min'],
  ordinalDot: true,
  spacedSuffixHyphen: true,
  colonSuffix: true,
  names: {
    caseEndings: ['ile', 'ilt', 'is', 'ist', 'le', 'lt', 'l', 's', 'st', 'ga', 'i', 'd'],
    agglutinative: true,
  },
  compounding: true,
} satisfies LanguagePack;
