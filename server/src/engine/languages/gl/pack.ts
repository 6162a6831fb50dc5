/** Everything Calque knows of the language gl: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'gl',
  detection: [{ franc: ['glg'], script: 'Latin', extra: 'áéíñóúü' }],
  functionWords: 'de que en do da os un unha as se no como para na non por ao é máis súa dos con seu á das tamén foi sobre nos entre ou está pero cando súas xa todo polo hai',
  quotes: {
    name: 'Galician',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'Real Academia Galega, Normas ortográficas e morfolóxicas (2003): «…», “…”, ‘…’; [WP]',
  },
  abbreviations: ['etc', 'p', 'ex', 'pág', 'núm', 'art', 'sr', 'sra', 'dr', 'dra', 'prof', 'av', 'rúa', 'aprox', 'min', 'máx', 'vol', 'cap', 'c', 'a', 'd', 'ca', 'xan', 'feb', 'abr', 'xuñ', 'xul', 'ago', 'set', 'out', 'nov', 'dec'],
  titleAbbreviations: ['Sr', 'Sra', 'Dr', 'Dra', 'Prof', 'Av', 'pág', 'núm', 'art'],
  oneLetterWords: 'a e o',
  punctuation: { openers: ['o', 'a', 'os', 'as', 'un', 'unha', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'ao', 'de', 'en', 'con', 'por', 'para', 'sen', 'entre', 'e', 'ou', 'súa', 'seu', 'seus', 'súas'], conjunctions: ['e', 'ou', 'a'], invertedQuestion: true },
  repetition: { pairs: ['se', 'polo', 'pola'], runs: ['si', 'non', 'moi', 'ai'], conjunctions: ['e', 'ou', 'nin'], coordination: ['máis', 'menos'] },
  iterativeEndings: /(?:an|en|aba|aban|ían|ía|ou)$/u,
  numbers: {
    // Galician (RAG, Dicionario da Real Academia Galega: "millón", pl. "millóns"; "mil millóns" = 10⁹).
    scales: [['mil', 1e3], ['millón|millon|millóns|millons|mill\\.', 1e6], ['millardos?', 1e9], ['billón|billon|billóns|billons', 1e12]],
    ordinalSuffix: 'º|ª|o|a',
    // Galician (Real Academia Galega, "Os numerais"): cardinals, as for es/pt.
    spelled: [[0, 'cero'], [1, 'un unha'], [2, 'dous dúas'], [3, 'tres'], [4, 'catro'], [5, 'cinco'], [6, 'seis'], [7, 'sete'], [8, 'oito'], [9, 'nove'], [10, 'dez'], [11, 'once'], [12, 'doce ducia'], [13, 'trece'], [14, 'catorce'], [15, 'quince'], [16, 'dezaseis'], [17, 'dezasete'], [18, 'dezaoito'], [19, 'dezanove'], [20, 'vinte'], [30, 'trinta'], [40, 'corenta'], [50, 'cincuenta'], [60, 'sesenta'], [70, 'setenta'], [80, 'oitenta'], [90, 'noventa'], [100, 'cen cento'], [1000, 'mil'],
      [10, 'década'], [2, 'ambos ambas']],
  },
  length: {
    perEnglishChar: 1.063,
    sentenceVariance: 1.49,
  },
  prostheticE: true,
} satisfies LanguagePack;
