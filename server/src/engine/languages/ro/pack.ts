/** Everything Calque knows of the language ro: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ro',
  detection: [{ franc: ['ron'], script: 'Latin', extra: 'ăâîșțşţ' }],
  quotes: {
    name: 'Romanian',
    primary: '„”',
    secondary: '«»',
    source: 'DOOM2 (Academia Română, 2005), “Ghilimelele”: „…”, «…» inside; [WP]',
  },
  abbreviations: ['etc', 'ex', 'pag', 'p', 'nr', 'dr', 'prof', 'str', 'bd', 'ș', 'a', 'dl', 'dna', 'dlui', 'mil', 'mld', 'aprox', 'cca', 'art', 'alin', 'lit', 'cap', 'vol', 'ed', 'resp', 'tel', 'min', 'max', 'ian', 'feb', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec'],
  titleAbbreviations: ['dl', 'dna', 'dlui', 'Dl', 'Dna', 'dr', 'Dr', 'prof', 'Prof', 'str', 'bd', 'nr', 'Sf'],
  oneLetterWords: 'a e o',
  punctuation: { openers: ['un', 'o', 'unei', 'unui', 'din', 'în', 'pe', 'cu', 'pentru', 'fără', 'între', 'și', 'sau'], conjunctions: ['și', 'sau'] },
  repetition: { pairs: [], runs: ['da', 'nu', 'ha', 'foarte', 'încet'], conjunctions: ['și', 'sau'], coordination: ['iar', 'mai', 'din'] },
} satisfies LanguagePack;
