/** Everything Calque knows of the language it: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'it',
  detection: [{ franc: ['ita'], script: 'Latin', extra: 'àèéìíîòóùú' }],
  functionWords: 'di la il che in un per del della è le una nel ha si con non al dell da come dei più sono alla gli delle ma sua era stato anche loro suo fu dopo all nella lo questo',
  quotes: {
    name: 'Italian',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'R. Lesina, Il nuovo manuale di stile (2009): «…», “…”, ‘…’; Treccani, “virgolette”; [WP]',
  },
  abbreviations: ['ecc', 'es', 'pag', 'pagg', 'sig', 'sigg', 'dott', 'dr', 'prof', 'ca', 'cfr', 'art', 'vol', 'n', 'nn', 'cap', 'ing', 'avv', 'on', 'sen', 'gen', 'p', 'ss', 'min', 'max', 'tel', 'feb', 'apr', 'ago', 'sett', 'ott', 'nov', 'dic', 'm', 'lett', 'gr', 'lat', 'ingl', 'ted', 'fr', 'sp', 'port', 'pol', 'n.d.r', 'ndr', 'n.d.t', 'ndt', 'trad', 'fig'],
  titleAbbreviations: ['Sig', 'Sigg', 'Sig.ra', 'Dott', 'Dott.ssa', 'Dr', 'Prof', 'Ing', 'Avv', 'On', 'Sen', 'Gen', 'Mons', 'Ss', 'pag', 'art'],
  oneLetterWords: 'a e è i o',
  standaloneWords: 'sì no grazie scusa bene bravo certo esatto esattamente niente nulla nessuno mai sempre tutto basta fine perfetto giusto perché come cosa quando dove chi forse',
  scaleWords: ['milione', 'milioni', 'miliardo', 'miliardi', 'percento', 'mln', 'mld'],
  punctuation: { openers: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'sul', 'sulla', 'con', 'per', 'tra', 'fra', 'e', 'ed', 'o', 'suo', 'sua', 'suoi', 'sue', 'loro'], conjunctions: ['e', 'ed', 'o', 'a'] },
  repetition: { relatives: ['che', 'chi', 'cui', 'quale'],
    // "lecca lecca" (lollipop, PUD it), "pian piano", "via via", "man mano" are fixed reduplications.
    pairs: [],
    runs: ['lecca', 'piano', 'via', 'man', 'ah', 'eh', 'oh', 'sì', 'no', 'bla', 'molto', 'così', 'tanto', 'poco', 'presto', 'quasi', 'pian', 'ora', 'bene', 'forte', 'zitto'],
    conjunctions: ['e', 'o', 'ed', 'né'],
    coordination: ['più', 'meno', 'sempre', 'ancora', 'anni', 'ore', 'giorni'],
  },
  iterativeEndings: /(?:ano|ono|ava|avano|eva|evano|iva|ivano)$/u,
  stubPrefixes: ['leggi anche:', 'leggi anche', 'vedi anche:', 'condividi su facebook', 'condividi su twitter', 'pubblicità'],
  names: {
    stopWords: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'o', 'ma', 'se', 'come', 'a', 'di', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'del', 'della', 'che', 'questo', 'questa'],
    titles: ['sig', 'sigra', 'dott', 'prof', 'presidente', 'ministro', 'papa', 'san', 'santa', 'santo'],
  },
  placeholders: {
    poss: w('mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra vostri vostre loro'),
    pron: w("io me mi tu te ti lui lei egli ella esso essa lo la l' gli le ci noi ce vi voi ve loro essi esse si"),
    refl: w('mi ti si ci vi sé se'),
    be: w(`essere sono sei è siamo siete era eri eravamo eravate erano fui fosti fu fummo foste furono
      stato stata stati state sarà sarai saremo sarete saranno sarebbe sarebbero sia siano fosse fossero`),
    art: w("il lo la l' i gli le un uno una un'"),
  },
  numbers: {
    scales: [['mila|mille', 1e3], ['milioni|milione|mln\\.?|mio\\.?', 1e6], ['miliardi|miliardo|mld\\.?|mrd\\.?', 1e9], ['bilioni|bilione', 1e12]],
    scaleForms: { 1e3: { one: 'mille', other: 'mila' }, 1e6: { abbr: 'mln', one: 'milione', other: 'milioni' }, 1e9: { abbr: 'mld', one: 'miliardo', other: 'miliardi' } },
    percentWords: 'per\\s?cento|percento|punti\\s+percentuali',
    ordinalSuffix: 'º|ª|o|a|°|esimo|esima|esimi|esime|mo|ma',
    spelled: [[0, 'zero'], [1, 'uno una un'], [2, 'due'], [3, 'tre'], [4, 'quattro'], [5, 'cinque'], [6, 'sei'], [7, 'sette'], [8, 'otto'], [9, 'nove'], [10, 'dieci'], [11, 'undici'], [12, 'dodici dozzina'], [13, 'tredici'], [14, 'quattordici'], [15, 'quindici'], [16, 'sedici'], [17, 'diciassette'], [18, 'diciotto'], [19, 'diciannove'], [20, 'venti'], [30, 'trenta'], [40, 'quaranta'], [50, 'cinquanta'], [60, 'sessanta'], [70, 'settanta'], [80, 'ottanta'], [90, 'novanta'], [100, 'cento'], [1000, 'mille'],
      [10, 'decennio'], [2, 'entrambi entrambe']],
    ordinalStems: [['prim', 1], ['second', 2], ['terz', 3], ['quart', 4], ['quint', 5], ['sest', 6], ['settim', 7], ['ottav', 8], ['decim', 10], ['raddoppi', 2], ['triplic', 3],
      ['undicesim', 11], ['dodicesim', 12], ['tredicesim', 13], ['quattordicesim', 14], ['quindicesim', 15], ['sedicesim', 16], ['diciassettesim', 17], ['diciottesim', 18], ['diciannovesim', 19], ['ventesim', 20], ['ventunesim', 21], ['centesim', 100]],
    halfAfter: 'e\\s+mezzo',
  },
  length: {
    perEnglishChar: 1.138,
    sentenceVariance: 1.84,
  },
} satisfies LanguagePack;
