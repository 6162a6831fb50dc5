/** Everything Calque knows of the language sk: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sk',
  detection: [{ franc: ['slk'], script: 'Latin', extra: 'áäčďéíĺľňóôŕšťúýž' }],
  quotes: {
    name: 'Slovak',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Pravidlá slovenského pravopisu (2013), “Úvodzovky” („…“, ‚…‘, »…«); [WP]',
  },
  abbreviations: ['tzv', 'napr', 'atď', 'a', 'pod', 'tj', 'tis', 'mil', 'mld', 'r', 'st', 'č', 'ods', 'písm', 'str', 's', 'ul', 'nám', 'prof', 'doc', 'dr', 'ing', 'mgr', 'resp', 'cca', 'min', 'max', 'tel', 'sv', 'gen'],
  titleAbbreviations: ['prof', 'doc', 'sv', 'gen', 'ul', 'nám', 'č', 'tzv', 'Ing', 'Mgr'],
  ordinalDot: true,
  oneLetterWords: 'a i k o s u v z',
  punctuation: { openers: ['v', 'vo', 'na', 's', 'so', 'z', 'zo', 'k', 'ku', 'do', 'od', 'po', 'pre', 'pri', 'cez', 'bez', 'nad', 'pod', 'o', 'u', 'a', 'i', 'alebo'], conjunctions: ['a', 'i', 'alebo', 'či', 'až'] },
  repetition: { pairs: ['sa', 'si'], runs: ['áno', 'nie', 'tak', 'no', 'ha', 'veľmi'], conjunctions: ['a', 'i', 'alebo'], coordination: ['znova', 'viac', 'menej'] },
  names: {
    caseEndings: ['ého', 'ému', 'ovi', 'och', 'ami', 'ým', 'om', 'ou', 'é', 'á', 'ý', 'í', 'a', 'u', 'e', 'y', 'i'],
    frontAlternations: [['c', 'k'], ['z', 'h']],
    cIsTs: true,
  },
  numbers: {
    scales: [['tis\\.|tisíc\\p{L}*', 1e3], ['mil\\.|mln\\.?|milión\\p{L}*|milion\\p{L}*', 1e6], ['mld\\.?|miliard\\p{L}*', 1e9]],
    percentWords: 'percent\\p{L}*',
  },
} satisfies LanguagePack;
