/** Everything Calque knows of the language gl: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'gl',
  detection: [{ franc: ['glg'], script: 'Latin', extra: 'áéíñóúü' }],
  detectByDefault: true,
  functionWords: 'de que en do da os un unha as se no como para na non por ao é máis súa dos con seu á das tamén foi sobre nos entre ou está pero cando súas xa todo polo hai',
  quotes: {
    name: 'Galician',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'Real Academia Galega, Normas ortográficas e morfolóxicas (2003): «…», “…”, ‘…’; [WP]',
  },
  abbreviations: ['etc', 'p', 'ex', 'pág', 'núm', 'art', 'sr', 'sra', 'dr', 'dra', 'prof', 'av', 'aprox', 'min', 'máx', 'vol', 'cap', 'c', 'a', 'd', 'ca', 'xan', 'feb', 'abr', 'xuñ', 'xul', 'ago', 'set', 'out', 'nov', 'dec'],
  titleAbbreviations: ['Sr', 'Sra', 'Dr', 'Dra', 'Prof', 'Av', 'pág', 'núm', 'art'],
  oneLetterWords: 'a e o',
  // Dicionario da Real Academia Galega (DRAG): millón, millardo, billón, trillón, with their plurals in -óns / -s.
  // Not "por" of "por cento" (a preposition after any number), nor "mil" (thousand; "mil millóns" starts with it).
  scaleWords: ['millón', 'millóns', 'millardo', 'millardos', 'billón', 'billóns', 'trillón', 'trillóns'],
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
  // Labels of nosdiario.gal, praza.gal, galiciaconfidencial.com, crtvg.es: related-article boxes ("Le tamén", imperative of
  // "ler"), the teaser link "Ler máis" and the ad slot ("Publicidade"); each counts only as a whole line or before a colon.
  stubPrefixes: ['le tamén', 'ler máis', 'publicidade'],
  prostheticE: true,
  inflection: { endings: ['s', 'es'] },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['todos os dereitos reservados'] },
  cases: [
    { rule: 'capitalization', flag: ['O conselleiro chegou a Santiago o martes. ao día seguinte reuniuse cos alcaldes da comarca.', 'Os prezos subiron un 5 % nun ano. segundo o IGE, a suba vai moderarse.'], quiet: ['A reunión durou aprox. dúas horas e rematou sen acordo.', 'No mercado véndense froitas, verduras, etc. a bo prezo.', 'Algúns froitos, p. ex. as mazás, consérvanse moito tempo.', 'O Sr. Varela vive na rúa do Franco, núm. 12, desde hai anos.'], why: 'a lower-case sentence start after a full stop; aprox., etc., p. ex., Sr. and núm. are no sentence end' },
    { rule: 'quotes', flag: ['O conselleiro dixo „non imos ceder“ diante da prensa.', '«O alcalde díxonos «non haberá recortes» antes da votación», explicou a voceira.'], quiet: ['«Non imos ceder», afirmou o conselleiro.', '«O alcalde díxonos “non haberá recortes” antes da votación», explicou a voceira.', '“Estamos preparados”, dixo a presidenta da deputación.'], why: 'German „…“ and «…» nested in «…» are reported; «…» with “…” inside, and “…”, are Galician (RAG)' },
    { rule: 'punctuation', flag: ['O conselleiro presentou as; medidas da Xunta.', 'Segundo o conselleiro? as negociacións retomaranse o luns.', 'A Xu?nta anunciou novas medidas.'], quiet: ['O conselleiro foi claro: a reforma aprobarase este ano.', 'Hai dúas opcións; a primeira é máis cara.', '¿Quen pagará a factura?, pregúntanse os alcaldes.'], why: 'a ; after an article (openers), a ? mid-clause or inside a word; : ; that end a clause, and ¿…? followed by lower case, stay' },
    { rule: 'repetition', flag: ['O o Goberno anunciou un novo plan.', 'As medidas son importantes e importantes para as familias.', 'Dixo que que a lei se aplicará a todos.'], quiet: ['Se se confirma a noticia, o concello recorrerá a sentenza.', 'Os prezos soben e soben sen parar.', 'Cada día chegan máis e máis turistas á cidade.'], why: 'doubled words and coordination; "se se" (conjunction + pronoun), an iterated verb and "máis e máis" are Galician' },
    { rule: 'typography', flag: ['O proxecto custou 2.5 millóns de euros.', 'A débeda das empresas chegou a 1.2 billóns de euros.'], quiet: ['O proxecto custou 2,5 millóns de euros.', 'Ao concerto asistiron 12.000 persoas e comezou ás 21.30 horas.'], why: 'an English decimal point before millóns/billóns; the decimal comma, a thousands point and a time are Galician' },
    { rule: 'artifact', flag: ['A Xunta presentou os orzamentos o martes.\n\nLe tamén: Os sindicatos convocan unha folga xeral\n\nO debate comezará a próxima semana.', 'O Parlamento aprobou a lei o xoves.\n\nPublicidade\n\nA norma entrará en vigor no verán.'], quiet: ['Publicidade institucional: a Xunta gastou 6 millóns de euros en campañas', 'Le tamén a letra pequena antes de asinar o contrato, aconsella a asociación.'], why: 'a "Le tamén:" line and a lone "Publicidade" line left by the scraper; "Publicidade" opening a headline and "Le tamén" in prose stay' },
    { rule: '*', quiet: ['O presidente da Xunta, Alfonso Rueda, reuniuse o martes 14 de marzo cos representantes dos sindicatos en San Caetano. O encontro durou aprox. dúas horas, segundo fontes do Goberno galego. «O diálogo segue aberto, pero aínda non hai acordo», resumiu o secretario xeral da CIG, Paulo Carril.\n\nSegundo o Instituto Galego de Estatística, a inflación situouse no 6,1 % en febreiro. Os alimentos subiron un 16,4 % en termos interanuais. A Xunta estuda novas axudas para as familias con menos ingresos.'], why: 'native news prose: «…», decimal comma, aprox., a date and names' },
  ],
} satisfies LanguagePack;
