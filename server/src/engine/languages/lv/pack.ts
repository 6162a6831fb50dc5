/** Everything Calque knows of the language lv: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'lv',
  detection: [{ franc: ['lvs'], script: 'Latin', extra: 'āčēģīķļņšūž' }],
  functionWords: 'un ir ka ar no uz par bet kas tas tā vai arī lai pēc kā to jau vēl bija būs tika tiek viņš viņa viņi savu šo šī kur līdz pie starp jo nav kad',
  quotes: {
    name: 'Latvian',
    primary: '«»',
    secondary: '„“',
    alternatives: ['„“'],
    source: 'Latviešu valodas ekspertu komisija; [WP] lists both «…» and „…“ for Latvian',
  },
  abbreviations: ['g', 'gs', 'milj', 'mljrd', 'tūkst', 'eur', 'piem', 'u', 't', 'utt', 'sk', 'prof', 'dr', 'doc', 'nr', 'ielā', 'iela', 'min', 'sek', 'lpp', 'apm', 'pr', 'pl', 'ģen', 'tml', 'resp'],
  titleAbbreviations: ['prof', 'doc', 'dr', 'ģen', 'sv', 'nr'],
  ordinalDot: true,
  oneLetterWords: 'a',
  punctuation: { openers: ['no', 'uz', 'ar', 'par', 'pie', 'bez', 'starp', 'un', 'vai'], conjunctions: ['un', 'vai'] },
  repetition: { pairs: [], runs: ['jā', 'nē', 'nu', 'ha', 'ļoti', 'tik'], conjunctions: ['un', 'vai'], coordination: ['atkal', 'vairāk', 'mazāk'] },
  stubPrefixes: ['lasi arī:', 'lasiet arī:', 'reklāma'],
  names: {
    // Latvian: Zelenskis / Zelenska / Zelenskim.
    caseEndings: ['am', 'im', 'ām', 'ēm', 'ās', 'ēs', 'is', 'us', 'as', 'es', 'ai', 'ei', 'a', 'u', 'ā', 'ī', 'e', 'ē', 's', 'š'],
    cIsTs: true,
  },
  numbers: {
    scales: [['tūkst\\.?|tūksto\\p{L}*', 1e3], ['milj\\.?|miljon\\p{L}*', 1e6], ['mljrd\\.?|mljr\\.?|miljard\\p{L}*', 1e9]],
    scaleForms: { 1e3: { abbr: 'tūkst.', one: 'tūkstotis', other: 'tūkstoši' }, 1e6: { abbr: 'milj.', one: 'miljons', other: 'miljoni' }, 1e9: { abbr: 'mljrd.', one: 'miljards', other: 'miljardi' } },
    percentWords: 'procent\\p{L}*',
  },
} satisfies LanguagePack;
