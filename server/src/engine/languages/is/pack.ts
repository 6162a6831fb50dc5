/** Everything Calque knows of the language is: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'is',
  // Icelandic is in neither franc nor franc-min: it is decided by its letters þ/ð (detect.ts).
  detection: [{ franc: [], script: 'Latin', extra: 'áéíóúýþæöð' }],
  functionWords: 'að og á sem er til við var um með fyrir hann en af því frá ekki það eftir þar eru voru hefur svo þegar hafa þess hún verið hans yfir vera úr hafði eða sér þeirra',
  // Beyond the required set: languages of the PUD test corpus with conventions we can cite.
  quotes: {
    name: 'Icelandic',
    primary: '„“',
    secondary: '‚‘',
    source: 'Íslensk málstöð, Ritreglur (2016) §“Gæsalappir”: „…“; [WP]',
  },
  abbreviations: ['t', 'd', 'o', 's', 'frv', 'þ', 'e', 'm', 'a', 'kr', 'nr', 'bls', 'dr', 'prófl', 'u', 'þús', 'millj', 'ma', 'sbr', 'skv', 'ath', 'þ.e', 'þ.m', 'o.fl', 'o.s.frv', 'f.kr', 'e.kr', 'jan', 'feb', 'mar', 'apr', 'jún', 'júl', 'ágú', 'sep', 'okt', 'nóv', 'des'],
  ordinalDot: true,
  punctuation: { openers: ['og', 'eða', 'frá', 'milli', 'á milli'], conjunctions: ['og', 'eða', 'til'] },
  compounding: true,
} satisfies LanguagePack;
