/** Everything Calque knows of the language pt: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'pt',
  detection: [{ franc: ['por'], script: 'Latin', extra: 'áâãàçéêíóôõú' }],
  detectByDefault: true,
  functionWords: 'de que em da do um os para uma no na com as como é foi se por não ele mais dos sua seu ao mas à das também foram são ser está nos entre eles depois pelo ou ela',
  quotes: {
    name: 'Portuguese',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'Código de Redação Interinstitucional da UE (PT) 4.2.2: «…» then “…”; [WP]',
  },
  abbreviations: ['etc', 'ex', 'p', 'pág', 'págs', 'sr', 'sra', 'dr', 'dra', 'prof', 'av', 'art', 'n', 'nº', 'vol', 'cap', 'aprox', 'min', 'máx', 'mín', 'tel', 'cf', 'vs', 'ca', 'jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez', 'm', 'lit', 'gr', 'lat', 'ingl', 'fr', 'it', 'esp', 'pol', 'n.t', 'trad', 'fig'],
  titleAbbreviations: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Prof', 'Profa', 'Eng', 'Av', 'Sto', 'Sta', 'pág', 'art', 'nº'],
  oneLetterWords: 'a à e o',
  standaloneWords: 'sim não obrigado obrigada desculpe bem bom claro exato exatamente nada ninguém nunca sempre tudo basta fim perfeito certo porquê como quando onde quem talvez',
  scaleWords: ['milhão', 'milhões', 'bilião', 'biliões', 'bilhão', 'bilhões'],
  punctuation: { openers: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'aos', 'à', 'às', 'pelo', 'pela', 'pelos', 'pelas', 'com', 'por', 'para', 'sem', 'entre', 'e', 'ou', 'seu', 'sua', 'seus', 'suas'], conjunctions: ['e', 'ou', 'a'], incise: true },
  // Idiom adverbs: may stand right after an idiom's first word (phrasebook matching). Portuguese: adverbs that follow the finite verb (Cunha & Cintra, Nova gramática do português contemporâneo); never a
  // negation or a restricting word.
  idiomAdverbs: 'literalmente realmente verdadeiramente praticamente hoje ontem já sempre novamente finalmente quase também agora mesmo simplesmente ainda',
  repetition: { relatives: ['que', 'quem', 'qual', 'onde'],
    pairs: [],
    runs: ['sim', 'não', 'muito', 'ah', 'oh', 'ha', 'bla', 'tão', 'quase', 'já', 'corre', 'pouco'],
    conjunctions: ['e', 'ou', 'nem'],
    coordination: ['mais', 'menos', 'anos', 'horas', 'dias', 'cada'],
  },
  iterativeEndings: /(?:am|em|ava|avam|iam|ia|ou|amos|emos|imos)$/u,
  stubPrefixes: ['leia também:', 'leia mais:', 'veja também:', 'compartilhe no facebook', 'partilhar no facebook', 'publicidade'],
  names: {
    stopWords: ['o', 'a', 'os', 'as', 'um', 'uma', 'e', 'ou', 'mas', 'se', 'como', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'com', 'por', 'para', 'que', 'este', 'esta'],
    titles: ['sr', 'sra', 'dr', 'dra', 'presidente', 'ministro', 'papa', 'são', 'santa', 'santo'],
    articles: ['o', 'a', 'os', 'as'],
  },
  placeholders: {
    poss: w('meu minha meus minhas teu tua teus tuas seu sua seus suas nosso nossa nossos nossas vosso vossa vossos vossas dele dela deles delas'),
    pron: w('eu me mim comigo tu te ti contigo ele ela o a lhe nós nos conosco vós vos eles elas os as lhes se você vocês'),
    refl: w('me te se nos vos si'),
    be: w(`ser sou és é somos sois são era eras éramos eram fui foi fomos foram sido sendo será serão seria seriam seja sejam
      estar estou estás está estamos estão estava estavam esteve estiveram estado estando esteja estejam`),
    art: w('o a os as um uma uns umas'),
  },
  numbers: {
    scales: [['mil|milhares?', 1e3], ['milhão|milhões|milhao|milhoes|mi', 1e6], ['bilhão|bilhões|bilhao|bilhoes|bi|mil\\s+milhões', 1e9], ['bilião|biliões|trilhão|trilhões', 1e12]],
    scaleForms: { 1e3: { one: 'mil', other: 'mil' }, 1e6: { one: 'milhão', other: 'milhões' }, 1e9: { one: 'mil milhões', other: 'mil milhões' }, 1e12: { one: 'bilião', other: 'biliões' } },
    percentWords: 'por\\s?cento',
    ordinalSuffix: 'º|ª|o|a|\\.º|\\.ª',
    spelled: [[0, 'zero'], [1, 'um uma'], [2, 'dois duas'], [3, 'três'], [4, 'quatro'], [5, 'cinco'], [6, 'seis'], [7, 'sete'], [8, 'oito'], [9, 'nove'], [10, 'dez'], [11, 'onze'], [12, 'doze dúzia'], [13, 'treze'], [14, 'catorze quatorze'], [15, 'quinze'], [16, 'dezasseis dezesseis'], [17, 'dezassete dezessete'], [18, 'dezoito'], [19, 'dezanove dezenove'], [20, 'vinte'], [30, 'trinta'], [40, 'quarenta'], [50, 'cinquenta'], [60, 'sessenta'], [70, 'setenta'], [80, 'oitenta'], [90, 'noventa'], [100, 'cem cento'], [1000, 'mil'],
      [10, 'década'], [2, 'ambos ambas']],
    ordinalStems: [['primeir', 1], ['segund', 2], ['terceir', 3], ['quart', 4], ['quint', 5], ['sext', 6], ['sétim', 7], ['oitav', 8], ['décim', 10], ['duplic', 2], ['triplic', 3], ['vigésim', 20], ['centésim', 100]],
    halfAfter: 'e\\s+meio',
  },
  length: {
    perEnglishChar: 1.064,
    sentenceVariance: 1.1,
  },
  prostheticE: true,
  regions: {
    'pt-BR': {
      quotes: {
        name: 'Brazilian Portuguese',
        primary: '“”',
        secondary: '‘’',
        rare: [['«»', 'European Portuguese usage: set the language to pt if this text is from Portugal']],
        source: 'ABNT / Manual de Redação da Presidência da República (3rd ed., 2018): “…” and ‘…’; [WP]',
      },
      scaleForms: { 1e3: { one: 'mil', other: 'mil' }, 1e6: { one: 'milhão', other: 'milhões' }, 1e9: { one: 'bilhão', other: 'bilhões' }, 1e12: { one: 'trilhão', other: 'trilhões' } },
    },
  },
  inflection: {
    endings: ['s', 'es'], replace: { ão: ['ões', 'ães', 'ãos'], l: ['is'], m: ['ns'] },
    // Phrasebook forms (phrasebook/forms.ts): Cunha & Cintra, Nova Gramática do Português Contemporâneo, ch. 13 (the regular conjugations: cantar, vender, partir — every simple tense, the participle and the gerund).
    formEndings: ['ar', 'er', 'ir', 'o', 'as', 'a', 'amos', 'ais', 'am', 'es', 'e', 'emos', 'eis', 'em', 'imos', 'is', 'ei', 'ou', 'aste', 'astes', 'aram', 'eu', 'este', 'estes', 'eram', 'iu', 'iste', 'istes', 'iram', 'ava', 'avas', 'ávamos', 'áveis', 'avam', 'ia', 'ias', 'íamos', 'íeis', 'iam', 'arei', 'arás', 'ará', 'aremos', 'areis', 'arão', 'erei', 'erás', 'erá', 'eremos', 'ereis', 'erão', 'irei', 'irás', 'irá', 'iremos', 'ireis', 'irão', 'aria', 'arias', 'aríamos', 'ariam', 'eria', 'erias', 'eríamos', 'eriam', 'iria', 'irias', 'iríamos', 'iriam', 'ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas', 'ando', 'endo', 'indo', 'asse', 'assem', 'esse', 'essem', 'isse', 'issem'],
    minStem: 3,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // Houaiss' argument words (alguém, algo); irregular light verbs.
  citationWords: "alguém algo ser estar ter fazer dar ir pôr haver",
  // Irregular verbs: the conjugation tables of the Dicionário Priberam da Língua Portuguesa, with Cunha & Cintra, Nova Gramática do Português Contemporâneo (verbos
  // irregulares): present, preterite, subjunctive, future/conditional and participle forms whose stem differs from the infinitive's, and the spelling changes c/ç, c/qu;
  // the fu-/fo- forms shared by ser and ir go with ir; forms that are also common words of another meaning (fora, posto, via, peça, consigo) left out.
  irregularVerbs: "ir vou vais vai vamos vão ia ias íamos iam fui foste foi fomos foram fosse fosses fôssemos fossem for formos forem vá vás ido indo; ser sou és é somos são era eras éramos eram seja sejas sejamos sejam sido sendo; ter tenho tens tem temos têm tinha tinhas tínhamos tinham tive tiveste teve tivemos tiveram tivesse tivessem tiver tiverem tenha tenhas tenhamos tenham tido tendo; haver há hei hás hão houve houveram houvesse houver haja hajam; fazer faço fiz fizeste fez fizemos fizeram fizesse fizessem fizer farei farás fará faremos farão faria fariam faça faças façamos façam feito feita feitos feitas; dizer digo disse disseste dissemos disseram dissesse disser direi dirás dirá diremos dirão diria diriam diga digas digamos digam dito dita; poder posso pude pôde puderam pudesse pudessem puder possa possas possamos possam; querer quis quiseram quisesse quiser quiserem; saber sei soube souberam soubesse souber saiba saibas saibam; trazer trago trouxe trouxeram trouxesse trará trarei trarão traria traga tragam; vir venho vens vem vêm vinha vinham vim vieste veio viemos vieram viesse viessem vier vierem venha venham vindo; ver vejo vês vê vemos veem vêem viam vi viste viu vimos viram visse vissem veja vejas vejam visto vistos vendo; dar dou dás dá damos dão dava davam dei deste deu demos deram desse dessem der derem dê deem dado dada dando; pôr ponho pões põe pomos põem punha punham pus pôs puseram pusesse puser ponha ponham pondo; caber caibo coube couberam caiba; ler leio lês lê lemos leem lia liam li leu leia lido; crer crê; perder perco; ouvir ouço oiço ouça ouçam; pedir peço peçam; medir meço meça; impedir impeço impeça; despedir despeço despeça; dormir durmo durma; sentir sinto sinta sintam; mentir minto minta; seguir sigo siga sigam; conseguir consiga consigam; servir sirvo sirva; preferir prefiro prefira; repetir repito repita; subir sobe sobem; fugir fujo foge fogem fuja; cobrir cubro coberto; descobrir descubro descoberto; abrir aberto aberta abertos; escrever escrito escrita escritos; morrer morto morta mortos; prender preso presos; rir ri ris riem riu rindo; doer dói doía; odiar odeio odeia odeiam; conhecer conheço conheça conheçam; parecer pareço pareça; esquecer esqueço esqueça; acontecer aconteça aconteçam; ficar fiquei fique fiquem; começar comecei comece comecem; construir constrói constróis constroem; destruir destrói destroem; sumir some somem; cuspir cospe cospem; engolir engulo engula; sacudir sacode sacodem; consumir consome consomem; divertir divirto divirta divirtam; sugerir sugiro sugira; merecer mereço mereça mereçam; oferecer ofereço ofereça; descer desço desça desçam; aparecer apareço apareça; agradecer agradeço agradeça",
  // Cunha & Cintra, Nova Gramática do Português Contemporâneo (three conjugations; pôr; pronominal -se).
  infinitiveEndings: ["ar", "er", "ir", "or", "ar-se", "er-se", "ir-se"],
  boilerplate: { strong: ['todos os direitos reservados'], weak: ['proibid'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-pt-br', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The minister said the prefeitura would pay for the new school before the elections."], quiet: ["The samba schools paraded through the city during the carnival, watched by thousands."], why: "a Portuguese word left in English text; Portuguese loanwords of English stay silent" },
    { rule: 'capitalization', flag: ['O ministro chegou a Lisboa na terça-feira. no dia seguinte, reuniu-se com os autarcas da região.', 'Os preços subiram 5 % num ano. segundo o INE, a subida deverá abrandar.'], quiet: ['A reunião durou aprox. duas horas e terminou sem acordo.', 'No mercado vendem-se frutas, legumes, etc. a preços acessíveis.', 'Alguns frutos, p. ex. as maçãs, conservam-se durante muito tempo.', 'Segundo o art. 13.º da Constituição, todos os cidadãos são iguais perante a lei.'], why: 'a lower-case sentence start after a full stop; aprox., etc., p. ex., art. and the ordinal 13.º are no sentence end' },
    { rule: 'quotes', flag: ['O ministro disse „não vamos ceder“ perante a imprensa.', '«O presidente da câmara disse-nos «não haverá cortes» antes da votação», explicou a porta-voz.'], quiet: ['«Não vamos ceder», afirmou o ministro.', '«O presidente da câmara disse-nos “não haverá cortes” antes da votação», explicou a porta-voz.', '“Estamos preparados”, disse o governador.'], why: 'German „…“ and «…» nested in «…» are reported; «…» with “…” inside, and “…”, are Portuguese' },
    { rule: 'typography', flag: ['O projeto custou 2.5 milhões de euros.', 'A dívida das empresas atingiu 1.2 biliões de euros.'], quiet: ['O projeto custou 2,5 milhões de euros.', 'A economia cresceu 1,4 % e as exportações somaram 3,2 milhões de toneladas.'], why: 'an English decimal point before milhões/biliões; the decimal comma is Portuguese' },
    { rule: 'punctuation', flag: ['O ministro apresentou as; medidas do Governo.', 'Segundo o ministro? as negociações serão retomadas na segunda-feira.', 'O Gove?rno anunciou novas medidas.'], quiet: ['O ministro foi claro: a reforma será aprovada este ano.', 'Há duas opções; a primeira é mais cara.', '«Quem vai pagar?», perguntam os autarcas.', 'Você vem amanhã? perguntou ela.'], why: 'a ; after an article (openers), a ? mid-clause or inside a word; : ; that end a clause, ? closing a quotation, and a short reporting clause after ? (Cunha & Cintra, Nova Gramática do Português Contemporâneo, cap. 20, on the travessão and the verbo dicendi), stay' },
    { rule: 'repetition', quiet: ['Esperamos e esperamos por uma resposta.'], why: 'an iterated verb in a finite form (iterativeEndings: past, first person plural)' },
    { rule: 'repetition', flag: ['O o Governo anunciou um novo plano.', 'As medidas são importantes e importantes para as famílias.', 'Disse que que a lei se aplica a todos.'], quiet: ['Os preços sobem e sobem sem parar.', 'Esperou anos e anos por uma resposta do tribunal.', 'Foi muito muito difícil, reconheceu o treinador.'], why: 'doubled words and coordination; an iterated verb, "anos e anos" and intensifying "muito muito" are Portuguese' },
    { rule: 'artifact', flag: ['O Governo apresentou o Orçamento na terça-feira.\n\nLeia também: Sindicatos convocam greve geral\n\nO debate começa na próxima semana.', 'Veja também: Como vão mudar as pensões em 2024'], quiet: ['Publicidade enganosa: empresa multada em 2 milhões de euros', 'Leia também as letras pequenas antes de assinar, aconselha a Deco.'], why: '"Leia também:" / "Veja também:" stub lines; "Publicidade" opening a headline and "Leia também" in prose stay' },
    { rule: 'fragment', flag: ['Mais de 150 mil pessoas participaram nos protestos. pessoas.', 'Os bilhetes serão vendidos online a partir de 2030. Bilhetes.'], quiet: ['O ministro demitiu-se? Não. Apenas adiou a decisão.', 'Nada. O ministério não publicou nada desde segunda-feira.', 'Haverá acordo? Talvez. As negociações continuam.'], why: 'orphan one-word sentences; "Não.", "Nada.", "Talvez." stand alone' },
    { rule: '*', quiet: ['O primeiro-ministro, António Costa, recebeu na terça-feira, 14 de março, os líderes das centrais sindicais em São Bento. A reunião durou aprox. duas horas, segundo uma nota divulgada ao fim da tarde. «O diálogo continua aberto, mas ainda não há acordo», resumiu a secretária-geral da CGTP, Isabel Camarinha.\n\nSegundo o Instituto Nacional de Estatística, a inflação recuou para 8,2 % em fevereiro. Os preços dos produtos alimentares subiram 21,5 % em termos homólogos. O Governo estuda novos apoios para as famílias com menores rendimentos.'], why: 'native news prose (European Portuguese): «…», decimal comma, aprox., a date and names' },
  ],
} satisfies LanguagePack;
