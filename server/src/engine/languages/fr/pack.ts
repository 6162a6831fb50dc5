/** Everything Calque knows of the language fr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'fr',
  detection: [{ franc: ['fra'], script: 'Latin', extra: 'àâæçéèêëîïôœùûüÿ' }],
  functionWords: 'de la le les et à en des un du est une il que dans qui pour au par été ont sur qu pas avec se ce son sa sont était mais comme ne après elle cette ils avait',
  quotes: {
    name: 'French',
    primary: '«»',
    secondary: '“”',
    alternatives: ['‹›', '‘’', '“”'],
    innerSpace: 'required',
    wordFinalApostrophe: false,
    source: 'Lexique des règles typographiques en usage à l’Imprimerie nationale (2002), « Guillemets »: « … » with no-break spaces, “…” inside; [WP]',
  },
  abbreviations: ['etc', 'env', 'cf', 'av', 'apr', 'éd', 'p', 'pp', 'ex', 'n', 'vol', 'chap', 'art', 'm', 'mm', 'st', 'ste', 'dr', 'pr', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'min', 'max', 'hab', 'notamm', 'resp', 'vs', 'ca', 'coll', 'dir', 'trad', 'suiv', 'ibid', 'litt', 'gr', 'lat', 'angl', 'all', 'ital', 'esp', 'pol', 'n.d.l.r', 'ndlr', 'ndt', 'op', 'cit', 'fig'],
  titleAbbreviations: ['MM', 'Dr', 'Pr', 'St', 'Ste', 'Mgr', 'Me', 'Mlle', 'Mme', 'Vve', 'cf', 'env', 'art', 'vol', 'no'],
  oneLetterWords: 'a à y',
  standaloneWords: 'oui non si merci pardon bon bien voilà bref exactement absolument certes enfin rien personne jamais toujours tout assez fini parfait pourquoi comment quoi quand où qui peut-être sûrement évidemment',
  scaleWords: ['million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'pourcent'],
  punctuation: { openers: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'de', 'à', 'dans', 'pour', 'par', 'chez', 'vers', 'sans', 'entre', 'selon', 'et', 'ou', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'cette', 'ces', 'cet'], conjunctions: ['et', 'ou', 'à'] },
  frenchSpacing: true,
  repetition: { relatives: ['qui', 'que', 'qu', 'dont', 'où'],
    // Reflexive pronominal verbs: "nous nous sommes", "vous vous êtes" (PUD fr).
    pairs: ['nous', 'vous'],
    runs: ['ha', 'hé', 'oh', 'ah', 'non', 'oui', 'si', 'très', 'bla', 'chut', 'bon', 'là', 'tout', 'pan', 'toc'],
    conjunctions: ['et', 'ou', 'ni'],
    // "encore et encore", "plus et plus" is not French but appears in MT: keep it flagged.
    coordination: ['encore', 'toujours', 'petit', 'peu', 'tant', 'ainsi'],
  },
  iterativeEndings: /(?:[^m]ent|ait|aient)$/u,
  stubPrefixes: ['lire aussi :', 'lire aussi:', 'à lire aussi', 'a lire aussi', 'voir aussi :', 'sur le même sujet', 'partager sur facebook', 'partager sur twitter', 'publicité', 'lire la suite'],
  names: {
    stopWords: [
      'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'on', 'ce', 'cet', 'cette', 'ces',
      'et', 'ou', 'mais', 'donc', 'car', 'si', 'quand', 'lorsque', 'comme', 'à', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans',
      'après', 'avant', 'depuis', 'selon', 'cependant', 'toutefois', 'qui', 'que', 'quoi', 'où', 'son', 'sa', 'ses', 'leur', 'leurs', 'tous', 'tout',
    ],
    titles: ['m', 'mm', 'mme', 'mmes', 'mlle', 'me', 'dr', 'pr', 'président', 'présidente', 'ministre', 'roi', 'reine', 'pape', 'saint', 'sainte', 'st', 'ste', 'général', 'monsieur', 'madame'],
  },
  placeholders: {
    poss: w('mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs'),
    pron: w("je j' me m' moi tu te t' toi il elle on nous vous ils elles le la l' les lui leur eux se s'"),
    refl: w("me m' te t' se s' nous vous soi"),
    be: w(`être suis es est sommes êtes sont étais était étions étiez étaient été
      serai seras sera serons serez seront serais serait serions seriez seraient
      sois soit soyons soyez soient fus fut fûmes fûtes furent`),
    art: w("le la l' les un une des du"),
  },
  numbers: {
    scales: [['mille|milliers?', 1e3], ['millions?|mio\\.?|m(?=\\s?[€$£])', 1e6], ['milliards?|mds?|mrds?', 1e9], ['billions?', 1e12]],
    scaleForms: { 1e3: { one: 'mille', other: 'mille' }, 1e6: { one: 'million', other: 'millions' }, 1e9: { abbr: 'Md', one: 'milliard', other: 'milliards' }, 1e12: { one: 'billion', other: 'billions' } },
    percentWords: 'pour\\s?cent|pourcent',
    ordinalSuffix: 'e|er|re|ère|ème|eme|è|es|ers|res|nd|nde',
    spelled: [[0, 'zéro'], [1, 'un une'], [2, 'deux'], [3, 'trois'], [4, 'quatre'], [5, 'cinq'], [6, 'six'], [7, 'sept'], [8, 'huit'], [9, 'neuf'], [10, 'dix'], [11, 'onze'], [12, 'douze douzaine'], [13, 'treize'], [14, 'quatorze'], [15, 'quinze'], [16, 'seize'], [17, 'dix-sept'], [18, 'dix-huit'], [19, 'dix-neuf'], [20, 'vingt'], [30, 'trente'], [40, 'quarante'], [50, 'cinquante'], [60, 'soixante'], [70, 'soixante-dix'], [80, 'quatre-vingts quatre-vingt'], [90, 'quatre-vingt-dix'], [100, 'cent cents'], [1000, 'mille'],
      [1, 'premier première'], [2, 'second seconde'], [10, 'décennie'], [2, 'deux-fois'],
      [11, 'onzième'], [12, 'douzième'], [13, 'treizième'], [14, 'quatorzième'], [15, 'quinzième'], [16, 'seizième'], [17, 'dix-septième'], [18, 'dix-huitième'], [19, 'dix-neuvième'], [20, 'vingtième'], [21, 'vingt-et-unième'], [100, 'centième'], [1000, 'millième']],
    ordinalStems: [['premi', 1], ['deuxi', 2], ['troisi', 3], ['quatri', 4], ['cinqui', 5], ['sixi', 6], ['septi', 7], ['huiti', 8], ['neuvi', 9], ['dixi', 10], ['doubl', 2], ['tripl', 3]],
    halfAfter: 'et\\s+demie?',
  },
  length: {
    perEnglishChar: 1.155,
    sentenceVariance: 2.05,
  },
  prostheticE: true,
  regions: {
    'fr-CH': {
      quotes: {
        name: 'Swiss French',
        primary: '«»',
        secondary: '‹›',
        alternatives: ['“”', '‘’'],
        innerSpace: 'optional',
        wordFinalApostrophe: false,
        source: 'Guide du typographe (Groupe de Lausanne, 7th ed.): «…» and ‹…›, the space inside is optional in Switzerland; [WP]',
      },
    },
  },
} satisfies LanguagePack;
