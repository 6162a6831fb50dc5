/** Everything Calque knows of the language es: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'es',
  detection: [{ franc: ['spa'], script: 'Latin', extra: 'áéíñóúü' }],
  functionWords: 'de la el en que los se del un las una por su con para como al es no más fue lo pero también ha sus entre sobre durante había está sin este era le cuando desde esta',
  quotes: {
    name: 'Spanish',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'RAE/ASALE, Ortografía de la lengua española (2010) §3.4.8: «…», then “…”, then ‘…’; “…” common in American Spanish; [WP]',
  },
  abbreviations: ['etc', 'ej', 'p', 'aprox', 'sr', 'sra', 'srta', 'dr', 'dra', 'pág', 'págs', 'núm', 'art', 'c', 'a', 'd', 'ee', 'uu', 'vol', 'cap', 'av', 'avda', 'prof', 'lic', 'ing', 'gral', 'min', 'máx', 'mín', 'hab', 'ca', 'cf', 'vs', 'ud', 'uds', 'dcha', 'izq', 'tel', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic', 'n', 'm', 'lit', 'gr', 'lat', 'ingl', 'fr', 'it', 'port', 'pol', 't', 'trad', 'p.ej', 'fig', 'ss', 'sigs'],
  titleAbbreviations: ['Sr', 'Sra', 'Srta', 'Sres', 'Dr', 'Dra', 'Dña', 'Sto', 'Sta', 'Av', 'Avda', 'Gral', 'Lic', 'Ing', 'Prof', 'Núm', 'núm', 'pág', 'art'],
  oneLetterWords: 'a e o u y',
  standaloneWords: 'sí no gracias perdón bueno bien vale claro exacto exactamente nada nadie nunca jamás siempre todo basta fin perfecto correcto por qué cómo qué cuándo dónde quién quizá quizás tal',
  scaleWords: ['millón', 'millones', 'billón', 'billones', 'millardo', 'millardos'],
  decimalPointAccepted: true,
  punctuation: { openers: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'al', 'de', 'en', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'hacia', 'desde', 'hasta', 'según', 'y', 'e', 'o', 'u', 'ni', 'su', 'sus', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'], conjunctions: ['y', 'e', 'o', 'u', 'a'], invertedQuestion: true },
  repetition: { relatives: ['que', 'quien', 'quienes', 'cual', 'donde'],
    pairs: [],
    runs: ['ja', 'je', 'sí', 'no', 'muy', 'bla', 'ay', 'oh', 'ya', 'poco', 'tan', 'cerca'],
    conjunctions: ['y', 'e', 'o', 'u', 'ni'],
    // "una y otra vez" differ; "más y más" is idiomatic, "poco a poco" uses "a".
    coordination: ['más', 'menos', 'así', 'años', 'horas', 'días'],
  },
  iterativeEndings: /(?:an|en|aba|aban|ían|ía|ó|ió)$/u,
  stubPrefixes: ['lee también:', 'leer también:', 'lea también:', 'te puede interesar:', 'ver también:', 'compartir en facebook', 'compartir en twitter', 'publicidad', 'sigue leyendo'],
  names: {
    stopWords: [
      'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'él', 'ella', 'ellos', 'ellas', 'nosotros', 'yo', 'este', 'esta', 'estos', 'estas', 'ese', 'esa',
      'y', 'e', 'o', 'u', 'pero', 'si', 'cuando', 'como', 'a', 'al', 'de', 'del', 'en', 'con', 'sin', 'por', 'para', 'sobre', 'tras', 'desde', 'según',
      'que', 'quien', 'donde', 'su', 'sus', 'todos', 'todo', 'también', 'no',
    ],
    titles: ['sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra', 'presidente', 'presidenta', 'ministro', 'ministra', 'rey', 'reina', 'papa', 'san', 'santa', 'santo', 'general'],
  },
  placeholders: {
    poss: w(`mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras
      mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas`),
    pron: w('yo me mí conmigo tú te ti contigo él lo le ella la ello nosotros nosotras nos vosotros vosotras os ellos ellas los las les se usted ustedes'),
    refl: w('me te se nos os sí'),
    be: w(`ser soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron
      sido siendo será serán sería serían sea sean estar estoy estás está estamos estáis están
      estaba estabas estábamos estaban estuvo estuvieron estado estando esté estén`),
    art: w('el la los las un una unos unas lo'),
  },
  numbers: {
    scales: [['mil', 1e3], ['millón|millon|millones|mill\\.', 1e6], ['millardos?', 1e9], ['billón|billon|billones', 1e12]],
    scaleForms: { 1e3: { one: 'mil', other: 'mil' }, 1e6: { one: 'millón', other: 'millones' }, 1e9: { one: 'mil millones', other: 'mil millones' }, 1e12: { one: 'billón', other: 'billones' } },
    percentWords: 'por\\s?ciento',
    ordinalSuffix: 'º|ª|o|a|er|ra|\\.º|\\.ª|ro|do|to|vo|mo|no|da|ta|va|ma|na',
    spelled: [[0, 'cero'], [1, 'uno una un'], [2, 'dos'], [3, 'tres'], [4, 'cuatro'], [5, 'cinco'], [6, 'seis'], [7, 'siete'], [8, 'ocho'], [9, 'nueve'], [10, 'diez'], [11, 'once'], [12, 'doce docena'], [13, 'trece'], [14, 'catorce'], [15, 'quince'], [16, 'dieciséis'], [17, 'diecisiete'], [18, 'dieciocho'], [19, 'diecinueve'], [20, 'veinte'], [21, 'veintiuno veintiún'], [22, 'veintidós'], [23, 'veintitrés'], [24, 'veinticuatro'], [25, 'veinticinco'], [26, 'veintiséis'], [27, 'veintisiete'], [28, 'veintiocho'], [29, 'veintinueve'], [30, 'treinta'], [40, 'cuarenta'], [50, 'cincuenta'], [60, 'sesenta'], [70, 'setenta'], [80, 'ochenta'], [90, 'noventa'], [100, 'cien ciento'], [1000, 'mil'],
      [10, 'década'], [2, 'ambos ambas']],
    ordinalStems: [['primer', 1], ['segund', 2], ['tercer', 3], ['cuart', 4], ['quint', 5], ['sext', 6], ['séptim', 7], ['octav', 8], ['noven', 9], ['décim', 10], ['duplic', 2], ['triplic', 3],
      ['undécim', 11], ['duodécim', 12], ['decimoprimer', 11], ['decimosegund', 12], ['decimotercer', 13], ['decimocuart', 14], ['decimoquint', 15], ['decimosext', 16], ['decimoséptim', 17], ['decimoctav', 18], ['decimonoven', 19], ['decimonon', 19], ['vigésim', 20], ['centésim', 100]],
    halfAfter: 'y\\s+medio',
  },
  length: {
    perEnglishChar: 1.113,
    sentenceVariance: 1.61,
  },
  prostheticE: true,
} satisfies LanguagePack;
