/** Everything Calque knows of the language es: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'es',
  detection: [{ franc: ['spa'], script: 'Latin', extra: 'áéíñóúü' }],
  detectByDefault: true,
  // …and the prepositions of the RAE's closed list (Nueva gramática §29.2) that PUD's commonest forms miss: "salvo" is "except", not a form of "salvar".
  functionWords: 'de la el en que los se del un las una por su con para como al es no más fue lo pero también ha sus entre sobre durante había está sin este era le cuando desde esta salvo excepto hacia hasta según tras ante contra mediante',
  quotes: {
    name: 'Spanish',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'RAE/ASALE, Ortografía de la lengua española (2010) §3.4.8: «…», then “…”, then ‘…’; “…” common in American Spanish; [WP]',
  },
  abbreviations: ['etc', 'ej', 'p', 'aprox', 'sr', 'sra', 'srta', 'dr', 'dra', 'pág', 'págs', 'núm', 'art', 'c', 'a', 'd', 'ee', 'uu', 'vol', 'cap', 'av', 'avda', 'prof', 'lic', 'ing', 'gral', 'min', 'máx', 'mín', 'hab', 'ca', 'cf', 'vs', 'ud', 'uds', 'dcha', 'izq', 'tel', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic', 'n', 'm', 'lit', 'gr', 'lat', 'ingl', 'fr', 'it', 'port', 'pol', 't', 'trad', 'p.ej', 'fig', 'ss', 'sigs', 'mill', 'mills'],
  titleAbbreviations: ['Sr', 'Sra', 'Srta', 'Sres', 'Dr', 'Dra', 'Dña', 'Sto', 'Sta', 'Av', 'Avda', 'Gral', 'Lic', 'Ing', 'Prof', 'Núm', 'núm', 'pág', 'art'],
  oneLetterWords: 'a e o u y',
  standaloneWords: 'sí no gracias perdón bueno bien vale claro exacto exactamente nada nadie nunca jamás siempre todo basta fin perfecto correcto por qué cómo qué cuándo dónde quién quizá quizás tal',
  scaleWords: ['millón', 'millones', 'billón', 'billones', 'millardo', 'millardos'],
  decimalPointAccepted: true,
  punctuation: { openers: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'al', 'de', 'en', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'hacia', 'desde', 'hasta', 'según', 'y', 'e', 'o', 'u', 'ni', 'su', 'sus', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'], conjunctions: ['y', 'e', 'o', 'u', 'a'], invertedQuestion: true },
  // Idiom adverbs: may stand right after an idiom's first word (phrasebook matching). Spanish: adverbs that follow the finite verb (RAE, Nueva gramática, on the position of adverbs); never a
  // negation or a restricting word.
  idiomAdverbs: 'literalmente realmente verdaderamente prácticamente hoy ayer ya siempre nuevamente finalmente casi también ahora claramente simplemente todavía aún',
  repetition: { relatives: ['que', 'quien', 'quienes', 'cual', 'donde'],
    pairs: [],
    runs: ['ja', 'je', 'sí', 'no', 'muy', 'bla', 'ay', 'oh', 'ya', 'poco', 'tan', 'cerca'],
    conjunctions: ['y', 'e', 'o', 'u', 'ni'],
    // "una y otra vez" differ; "más y más" is idiomatic, "poco a poco" uses "a".
    coordination: ['más', 'menos', 'así', 'años', 'horas', 'días'],
  },
  iterativeEndings: /(?:an|en|aba|aban|ían|ía|ó|ió|amos|emos|imos|aron|ieron)$/u,
  stubPrefixes: ['lee también:', 'leer también:', 'lea también:', 'te puede interesar:', 'ver también:', 'compartir en facebook', 'compartir en twitter', 'publicidad', 'sigue leyendo'],
  names: {
    stopWords: [
      'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'él', 'ella', 'ellos', 'ellas', 'nosotros', 'yo', 'este', 'esta', 'estos', 'estas', 'ese', 'esa',
      'y', 'e', 'o', 'u', 'pero', 'si', 'cuando', 'como', 'a', 'al', 'de', 'del', 'en', 'con', 'sin', 'por', 'para', 'sobre', 'tras', 'desde', 'según',
      'que', 'quien', 'donde', 'su', 'sus', 'todos', 'todo', 'también', 'no',
    ],
    titles: ['sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra', 'presidente', 'presidenta', 'ministro', 'ministra', 'rey', 'reina', 'papa', 'san', 'santa', 'santo', 'general'],
    articles: ['el', 'la', 'los', 'las'],
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
  inflection: {
    endings: ['s', 'es'], replace: { z: ['ces'] },
    // Phrasebook forms (phrasebook/forms.ts): RAE, Nueva gramática de la lengua española, §4.4 (the models of regular conjugation: amar, temer, partir — every simple tense, the participle and the gerund).
    formEndings: ['ar', 'er', 'ir', 'o', 'as', 'a', 'amos', 'áis', 'an', 'es', 'e', 'emos', 'éis', 'en', 'imos', 'ís', 'é', 'aste', 'ó', 'asteis', 'aron', 'í', 'iste', 'ió', 'isteis', 'ieron', 'aba', 'abas', 'ábamos', 'abais', 'aban', 'ía', 'ías', 'íamos', 'íais', 'ían', 'aré', 'arás', 'ará', 'aremos', 'aréis', 'arán', 'eré', 'erás', 'erá', 'eremos', 'eréis', 'erán', 'iré', 'irás', 'irá', 'iremos', 'iréis', 'irán', 'aría', 'arías', 'aríamos', 'aríais', 'arían', 'ería', 'erías', 'eríamos', 'eríais', 'erían', 'iría', 'irías', 'iríamos', 'iríais', 'irían', 'ara', 'aras', 'áramos', 'arais', 'aran', 'iera', 'ieras', 'iéramos', 'ierais', 'ieran', 'ase', 'ases', 'asen', 'iese', 'ieses', 'iesen', 'ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas', 'ando', 'iendo'],
    minStem: 3,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // DRAE's argument words (alguien, algo); irregular light verbs (RAE, Nueva gramática, verbos irregulares).
  citationWords: "alguien algo ser estar tener hacer dar ir poner tomar haber",
  // Irregular verbs: RAE, Nueva gramática de la lengua española, the models of irregular conjugation (and the conjugation tables of the DLE): the present, preterite,
  // subjunctive, future/conditional and participle forms whose stem differs from the infinitive's (tuv-, hic-/hiz-, pud-, pus-, dij-, diphthongs -ie-/-ue-); the fu- forms
  // shared by ser and ir go with ir; forms that are also common nouns or adverbs (vino, cuenta, juego, caída, oído, cupo, fuera) left out.
  irregularVerbs: "ir voy vas va vamos vais van iba ibas íbamos ibais iban fui fuiste fue fuimos fuisteis fueron vaya vayas vayamos vayáis vayan ido yendo fuese fuesen fueran fueras; ser soy eres es somos sois son era eras éramos erais eran sea seas seamos seáis sean sido siendo; haber he has ha hemos han hay hube hubiste hubo hubimos hubieron hubiera hubieras hubieran hubiese hubiesen haya hayas hayamos hayan; tener tienes tiene tienen tuve tuviste tuvo tuvimos tuvieron tuviera tuvieras tuvieran tuviese; hacer hago hice hiciste hizo hicimos hicieron hiciera hicieran hecho hecha hechos hechas haré harás hará haremos harán haría harían haga hagas hagamos hagan haz; decir digo dices dice dicen dije dijiste dijo dijimos dijeron dijera dijeran diga digas digamos digan dicho dicha diré dirás dirá diremos dirán diría dirían diciendo; poder puedo puedes puede pueden pude pudiste pudo pudimos pudieron pudiera pudieran pueda puedas puedan pudiendo; poner puse pusiste puso pusimos pusieron pusiera pusieran puesto puesta puestos puestas; querer quiero quieres quiere quieren quise quisiste quiso quisimos quisieron quisiera quisieran; saber sé supe supiste supo supimos supieron supiera supieran sepa sepas sepamos sepan; venir vienes viene vienen vine viniste vinimos vinieron viniera vinieran viniendo; dar doy das da damos dais dan di diste dio dimos dieron diera dieran dé des demos den daba dabas daban dado dada dando; ver veo ves ve vemos veis ven vi viste vio vimos vieron viera vea veas veamos vean veía veías veían visto vistos viendo; caer caigo caiga caigas caigan caí cayó cayeron cayera cayendo caído; oír oigo oyes oye oyen oí oyó oyeron oiga oigan oyendo; caber quepo cupieron quepa; conducir conduje condujo condujeron; morir muero mueres muere mueren murió murieron muera mueran muerto muerta muertos muertas; dormir duermo duermes duerme duermen durmió durmieron duerma durmiendo; pedir pido pides pide piden pidió pidieron pida pidan pidiendo; seguir sigo sigues sigue siguen siguió siguieron siga sigan siguiendo; servir sirvo sirve sirven sirvió sirva sirvan; sentir siento sientes siente sienten sintió sintieron sintiendo; mentir miento mientes miente mienten mintió mienta; reír ríe ríes ríen rió rieron ría riendo; huir huyo huyes huye huyen huyó huyeron huya huyendo; leer leyó leyeron leído leyendo; volver vuelvo vuelves vuelve vuelven vuelva vuelvan vuelto; encontrar encuentra encuentran encuentre; costar cuesta cuestan cueste; jugar juega juegas juegan juegue; mover mueve mueven muevo mueva; llover llueve llueva; volar vuela vuelan; soñar sueña sueñan sueñe; perder pierdo pierdes pierde pierden pierda; entender entiendo entiendes entiende entienden entienda; pensar pienso piensas piensa piensan piense; empezar empiezo empieza empiezan empiece empecé; comenzar comienza comienzan comience comencé; cerrar cierro cierra cierran; sentar sienta sientan; tropezar tropieza tropiezan tropiece; apretar aprieta aprietan; temblar tiembla tiemblan; calentar calienta calientan; hervir hierve hierven; morder muerde muerden; torcer tuerce tuercen tuerza; oler huele huelen huelo; doler duele duelen; soltar suelta sueltan; sonar suena suenan; mantener mantiene mantienen mantuvo mantuvieron; romper roto rota rotos; escribir escrito escrita escritos; abrir abierto abierta abiertos; cubrir cubierto; conocer conozco conozca conozcan; parecer parezco parezca parezcan; elegir elijo eliges elige eligen eligió eligieron elija; medir mido mides mide miden midió mida; despertar despierta despiertan; acostar acuesta acuestan; recordar recuerda recuerdan; colgar cuelga cuelgan cuelgue; negar niega niegan niegue; obtener obtiene obtienen obtuvo obtuvieron",
  // RAE, Nueva gramática, §4.1 (the three conjugations; pronominal -se).
  infinitiveEndings: ["ar", "er", "ir", "arse", "erse", "irse"],
  boilerplate: { strong: ['todos los derechos reservados'], weak: ['prohibido'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-es-es', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The mayor said the gobierno would pay for the new school before the elections."], quiet: ["Tourists crowded the Plaza de las Armas on the first day of the festival."], why: "a Spanish word left in English text; lower-case words inside a Spanish place name stay silent" },
    { rule: 'capitalization', flag: ['El ministro llegó a Madrid el martes. al día siguiente se reunió con los alcaldes de la región.', 'Los precios subieron un 5 % en un año. según el INE, la subida se moderará.'], quiet: ['La reunión duró aprox. dos horas y terminó sin acuerdo.', 'El club invertirá unos 1.200 mill. de euros en el estadio.', 'En el mercado se venden frutas, verduras, etc. a precios populares.', 'Algunas frutas, p. ej. las manzanas, se conservan mucho tiempo.', 'Los EE. UU. mantienen las sanciones, según el Sr. García.'], why: 'a lower-case sentence start after a full stop; aprox., etc., p. ej., EE. UU. and Sr. are no sentence end' },
    { rule: 'quotes', flag: ['El ministro dijo „no cederemos“ ante la prensa.', '«El alcalde nos dijo «no habrá recortes» antes de la votación», explicó la portavoz.'], quiet: ['«No vamos a ceder», afirmó el ministro.', '«El alcalde nos dijo “no habrá recortes” antes de la votación», explicó la portavoz.', '“Estamos preparados”, dijo el gobernador.'], why: 'German „…“ and «…» nested in «…» are reported; «…» with “…” inside, and American “…”, are Spanish (RAE)' },
    { rule: 'typography', flag: ['El proyecto costó 2,5 millones de euros , según el ministerio.', 'El proyecto costó  2,5 millones de euros.', 'La deuda pública alcanzó 1,4 billones de euros..'], quiet: ['El proyecto costó 2,5 millones de euros.', 'La economía creció un 2,5 % y la deuda superó los 1,5 billones de euros.', 'En México, la cifra llegó a 2.5 millones de personas.'], why: 'space before a comma, doubled space, doubled full stop; the decimal comma, and the decimal point the norm also accepts (decimalPointAccepted), stay' },
    { rule: 'punctuation', flag: ['El ministro presentó las; medidas del Gobierno.', 'Según el ministro? las negociaciones se reanudarán el lunes.', 'El Gobi?erno anunció nuevas medidas.'], quiet: ['¿Quién pagará la factura?, se preguntan los alcaldes.', 'El ministro fue claro: la reforma se aprobará este año.', 'Hay dos opciones; la primera es más cara.'], why: 'a ; after an article (openers), a ? mid-clause or inside a word; ¿…? followed by lower case, and : ; that end a clause, stay' },
    { rule: 'idiom', flag: ['El nuevo piso cuesta literalmente un brazo y una pierna.'], quiet: ['En el accidente se rompió ayer un brazo y una pierna.'], why: 'a calque with an idiom adverb after its verb (idiomAdverbs); the same words in their literal sense' },
    { rule: 'repetition', quiet: ['Esperamos y esperamos durante horas.', 'Los vecinos protestaron y protestaron sin respuesta.'], why: 'an iterated verb in a finite form (iterativeEndings: past, first person plural)' },
    { rule: 'repetition', flag: ['El el Gobierno anunció un nuevo plan.', 'Las medidas son importantes e importantes para las familias.', 'Dijo que que la ley se aplicará a todos.'], quiet: ['Los precios suben y suben sin parar.', 'Cada día llegan más y más turistas a la ciudad.', 'Es muy muy difícil, reconoció el entrenador.'], why: 'doubled words and coordination; an iterated verb, "más y más" and intensifying "muy muy" are Spanish' },
    { rule: 'artifact', flag: ['El Gobierno presentó los presupuestos el martes.\n\nLee también: Los sindicatos convocan una huelga general\n\nEl debate comenzará la próxima semana.', 'Te puede interesar: Así cambian las pensiones en 2024'], quiet: ['Publicidad institucional: el Gobierno gastó 60 millones de euros en campañas', 'Lee también la letra pequeña antes de firmar, aconseja la OCU.'], why: '"Lee también:" / "Te puede interesar:" stub lines; "Publicidad" opening a headline and "Lee también" in prose stay' },
    { rule: 'fragment', flag: ['Más de 150.000 personas participaron en las protestas. personas.', 'Las entradas se venderán por internet a partir de 2030. Entradas.'], quiet: ['¿Ha renunciado el ministro? No. Solo ha aplazado su decisión.', 'Nada. El ministerio no ha publicado nada desde el lunes.', '¿Habrá acuerdo? Quizás. Las negociaciones continúan.'], why: 'orphan one-word sentences; "No.", "Nada.", "Quizás." stand alone' },
    { rule: '*', quiet: ['El presidente del Gobierno, Pedro Sánchez, se reunió el 14 de marzo con los líderes sindicales en el Palacio de la Moncloa. El encuentro duró unas dos horas, según fuentes del Ejecutivo. «El diálogo sigue abierto, pero aún no hay acuerdo», resumió el secretario general de CC. OO., Unai Sordo.\n\nSegún el Instituto Nacional de Estadística, la inflación se situó en el 6,0 % en febrero. Los alimentos subieron un 16,6 % en tasa interanual, la mayor subida desde 1994. El Gobierno estudia nuevas ayudas para las familias con menos ingresos.'], why: 'native news prose: «…», decimal comma, CC. OO., a date and names' },
  ],
} satisfies LanguagePack;
