/** Everything Calque knows of the language cs: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'cs',
  detection: [{ franc: ['ces'], script: 'Latin', extra: 'áčďéěíňóřšťúůýž' }],
  functionWords: 'se na je že do to ve jako pro za bylo by který po jeho byla které ale od si tak která aby jsou než co také když jak byly mezi nebo ze byl',
  quotes: {
    name: 'Czech',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Ústav pro jazyk český, Internetová jazyková příručka, “Uvozovky” („…“, ‚…‘, »…«); [WP]',
  },
  abbreviations: ['tzv', 'např', 'atd', 'apod', 'mj', 'tj', 'tis', 'mil', 'mld', 'resp', 'r', 'st', 'stol', 'č', 'odst', 'písm', 'str', 's', 'ul', 'nám', 'př', 'n', 'l', 'kč', 'prof', 'doc', 'dr', 'ing', 'mgr', 'judr', 'mudr', 'phdr', 'rndr', 'angl', 'lat', 'něm', 'fr', 'ev', 'cca', 'min', 'max', 'tel', 'aj', 'popř', 'vč', 'zejm', 'příp', 'sv', 'gen', 'pplk', 'plk', 'nar', 'zem', 'dosl', 'řec', 'rus', 'pol', 'it', 'šp', 'pozn', 'překl', 'red', 'viz', 'srov', 'hod', 'sek', 'ml'],
  titleAbbreviations: ['prof', 'Prof', 'doc', 'Doc', 'sv', 'gen', 'ul', 'nám', 'č', 'tzv', 'Ing', 'Mgr', 'MUDr', 'JUDr', 'PhDr', 'RNDr'],
  ordinalDot: true,
  oneLetterWords: 'a i k o s u v z',
  standaloneWords: 'ano ne díky děkuji prosím promiňte dobře jasně přesně právě samozřejmě nic nikdo nikdy vždy všechno dost konec proč jak co kdy kde kdo možná',
  punctuation: { openers: ['v', 've', 'na', 's', 'se', 'z', 'ze', 'k', 'ke', 'do', 'od', 'po', 'pro', 'při', 'přes', 'bez', 'nad', 'pod', 'o', 'u', 'a', 'i', 'nebo', 'svůj', 'své', 'svého'], conjunctions: ['a', 'i', 'nebo', 'či', 'až'] },
  // Czech and Galician "se se" (PUD): reflexive + preposition/clitic. Galician "polo polo" (for the chicken).
  repetition: { relatives: ['kdo', 'co', 'který', 'která', 'které', 'kteří'], pairs: ['se', 'si'], runs: ['ano', 'ne', 'tak', 'no', 'ha', 'ach', 'moc', 'velmi', 'bla', 'hned'], conjunctions: ['a', 'i', 'nebo', 'či'], coordination: ['znovu', 'víc', 'více', 'méně', 'roky', 'hodiny'] },
  iterativeEndings: /(?:ěji|eji|uje|ují|ají|al|ala|ali|aly|il|ila|ili)$/u,
  stubPrefixes: ['čtěte také:', 'čtěte též:', 'související:', 'reklama'],
  names: {
    // Czech and Slovak: Zelenského, Zelenskému, Putina, Putinovi, Putinem.
    caseEndings: ['ého', 'ému', 'ovi', 'ách', 'ech', 'ými', 'ími', 'ým', 'ím', 'em', 'ou', 'ům', 'ji', 'ii', 'é', 'á', 'ý', 'í', 'a', 'u', 'e', 'y', 'i', 'ů'],
    stopWords: ['v', 've', 'z', 'ze', 'na', 'do', 'od', 'po', 'o', 'a', 'i', 'ale', 'nebo', 'že', 'to', 'ten', 'ta', 'je', 'se', 'jak', 'když', 'podle', 'však', 'pro', 'při', 'před', 'pod', 'nad', 'za'],
    titles: ['pan', 'paní', 'pana', 'dr', 'prof', 'prezident', 'prezidenta', 'premiér', 'ministr', 'sv', 'svatý'],
    frontAlternations: [['c', 'k'], ['z', 'h'], ['ř', 'r'], ['š', 'ch'], ['ze', 'g']],
    cIsTs: true,
  },
  numbers: {
    scales: [['tis\\.|tisíc\\p{L}*', 1e3], ['mil\\.|mln\\.?|milion\\p{L}*', 1e6], ['mld\\.?|miliard\\p{L}*', 1e9], ['bilion\\p{L}*', 1e12]],
    scaleForms: { 1e3: { abbr: 'tis.', one: 'tisíc', few: 'tisíce', many: 'tisíce', other: 'tisíc' }, 1e6: { abbr: 'mil.', one: 'milion', few: 'miliony', many: 'milionu', other: 'milionů' }, 1e9: { abbr: 'mld.', one: 'miliarda', few: 'miliardy', many: 'miliardy', other: 'miliard' } },
    percentWords: 'procent\\p{L}*',
    spelled: [[0, 'nula'], [1, 'jeden jedna jedno jednoho jedné jednom'], [2, 'dva dvě dvou dvěma oba obě'], [3, 'tři tří třem třemi'], [4, 'čtyři čtyř čtyřech čtyřmi'], [5, 'pět pěti'], [6, 'šest šesti'], [7, 'sedm sedmi'], [8, 'osm osmi'], [9, 'devět devíti'], [10, 'deset deseti'], [11, 'jedenáct jedenácti'], [12, 'dvanáct dvanácti tucet'], [13, 'třináct třinácti'], [14, 'čtrnáct čtrnácti'], [15, 'patnáct patnácti'], [16, 'šestnáct šestnácti'], [17, 'sedmnáct sedmnácti'], [18, 'osmnáct osmnácti'], [19, 'devatenáct devatenácti'], [20, 'dvacet dvaceti'], [30, 'třicet třiceti'], [40, 'čtyřicet čtyřiceti'], [50, 'padesát padesáti'], [60, 'šedesát'], [70, 'sedmdesát'], [80, 'osmdesát'], [90, 'devadesát'], [100, 'sto set sta stě stech'], [1000, 'tisíc'],
      [10, 'desetiletí'], [2, 'dvakrát'], [3, 'třikrát']],
    ordinalStems: [['prvn', 1], ['druh', 2], ['třet', 3], ['čtvrt', 4], ['pát', 5], ['šest', 6], ['sedm', 7], ['osm', 8], ['devát', 9], ['desát', 10],
      // teens and tens as ordinals, decades and inflected cardinals ("patnáctého století", "v šedesátých letech", "z osmdesáti procent")
      ['jedenáct', 11], ['dvanáct', 12], ['třináct', 13], ['čtrnáct', 14], ['patnáct', 15], ['šestnáct', 16], ['sedmnáct', 17], ['osmnáct', 18], ['devatenáct', 19],
      ['dvacát', 20], ['třicát', 30], ['čtyřicát', 40], ['padesát', 50], ['šedesát', 60], ['sedmdesát', 70], ['osmdesát', 80], ['devadesát', 90]],
    compoundPrefix: [['jedno', 1], ['dvou', 2], ['tří', 3], ['čtyř', 4], ['pěti', 5], ['šesti', 6], ['sedmi', 7], ['osmi', 8], ['devíti', 9], ['deseti', 10], ['dvaceti', 20],
      ['jedenácti', 11], ['dvanácti', 12], ['třinácti', 13], ['čtrnácti', 14], ['patnácti', 15], ['šestnácti', 16], ['sedmnácti', 17], ['osmnácti', 18], ['devatenácti', 19], ['třiceti', 30], ['čtyřiceti', 40], ['padesáti', 50], ['šedesáti', 60], ['sedmdesáti', 70], ['osmdesáti', 80], ['devadesáti', 90]],
  },
  length: {
    perEnglishChar: 0.963,
    sentenceVariance: 2.08,
  },
} satisfies LanguagePack;
