/** Everything Calque knows of the language it: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'it',
  detection: [{ franc: ['ita'], script: 'Latin', extra: 'àèéìíîòóùú' }],
  detectByDefault: true,
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
  // l’, un’, dell’, quest’… (Serianni, Grammatica italiana I.70–76).
  elisions: ['l', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'd', 'c', 'quell', 'quest', 'bell', 'sant', 'nessun'],
  punctuation: { openers: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'col', 'coi', 'con', 'per', 'tra', 'fra', 'e', 'ed', 'o', 'suo', 'sua', 'suoi', 'sue', 'loro'], conjunctions: ['e', 'ed', 'o', 'a'], incise: true },
  // Idiom adverbs: may stand right after an idiom's first word (phrasebook matching). Italian: adverbs that follow the finite verb (Serianni, Grammatica italiana, on the position of adverbs); never a
  // negation or a restricting word.
  idiomAdverbs: 'letteralmente davvero veramente praticamente oggi ieri già sempre ancora finalmente quasi anche ora adesso proprio ormai addirittura',
  repetition: { relatives: ['che', 'chi', 'cui', 'quale'],
    // The superlative by iteration: an adjective, adverb or noun said twice intensifies ("caldo
    // caldo", "brutta brutta", "sotto sotto", "zitto zitto") — Serianni, Grammatica italiana
    // V.64 (superlativo assoluto per ripetizione); Treccani, Enciclopedia dell'italiano,
    // "raddoppiamento espressivo". Doubled articles, prepositions and pronouns stay reported.
    intensiveReduplication: true,
    // ...but not for verbs: gerunds (-ando, -endo), participles (-ato, -ito, -uto and their
    // -a/-i/-e), infinitives (-are, -ere, -ire, reflexive -arsi, -ersi, -irsi), the imperfect
    // (-ava, -eva, -iva, -avano …), the passato remoto (-ò, -arono, -erono, -irono), the future
    // (-rà), the conditional (-ebbe, -ebbero) and the persons -isco, -iamo, -ete, -ano, -ono —
    // Serianni, Grammatica italiana XI (the regular conjugations). "zitto zitto", "caldo caldo",
    // "sotto sotto" keep the superlative; a stem of two letters at least ("stata stata" counts).
    verbEndings: ['ando', 'endo', 'ato', 'ata', 'ati', 'ate', 'ito', 'ita', 'iti', 'ite', 'uto', 'uta', 'uti', 'ute', 'are', 'ere', 'ire', 'arsi', 'ersi', 'irsi', 'ava', 'avano', 'eva', 'evano', 'iva', 'ivano', 'ò', 'arono', 'erono', 'irono', 'rà', 'ebbe', 'ebbero', 'isco', 'iamo', 'ete', 'ano', 'ono'],
    // "lecca lecca" (lollipop, PUD it), "pian piano", "via via", "man mano" are fixed reduplications.
    pairs: [],
    runs: ['lecca', 'subito', 'piano', 'via', 'man', 'ah', 'eh', 'oh', 'sì', 'no', 'bla', 'molto', 'così', 'tanto', 'poco', 'presto', 'quasi', 'pian', 'ora', 'bene', 'forte', 'zitto'],
    conjunctions: ['e', 'o', 'ed', 'né'],
    coordination: ['più', 'meno', 'sempre', 'ancora', 'anni', 'ore', 'giorni'],
  },
  iterativeEndings: /(?:ano|ono|ava|avano|eva|evano|iva|ivano|iamo)$/u,
  stubPrefixes: ['leggi anche:', 'leggi anche', 'vedi anche:', 'condividi su facebook', 'condividi su twitter', 'pubblicità'],
  names: {
    stopWords: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'o', 'ma', 'se', 'come', 'a', 'di', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'del', 'della', 'che', 'questo', 'questa'],
    titles: ['sig', 'sigra', 'dott', 'prof', 'presidente', 'ministro', 'papa', 'san', 'santa', 'santo'],
    articles: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l'],
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
    // Tens and units in one word, the tens' final vowel dropped before uno and otto: "ventuno",
    // "venticinque", "trentotto", "trentatré" (Treccani, "numerali").
    tensGlued: [['venti', 20], ['vent', 20], ['trenta', 30], ['trent', 30], ['quaranta', 40], ['quarant', 40], ['cinquanta', 50], ['cinquant', 50], ['sessanta', 60], ['sessant', 60], ['settanta', 70], ['settant', 70], ['ottanta', 80], ['ottant', 80], ['novanta', 90], ['novant', 90]],
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
  inflection: {
    endings: ['i', 'e', 'a', 'o', 'hi', 'he'], strip: true, replace: { io: ['i'] },
    // Phrasebook forms (phrasebook/forms.ts): Serianni, Grammatica italiana, XI (the regular conjugations: amare, temere, servire/finire — every simple tense, the participles and the gerund).
    formEndings: ['are', 'ere', 'ire', 'o', 'i', 'a', 'e', 'iamo', 'ate', 'ete', 'ite', 'ano', 'ono', 'avo', 'avi', 'ava', 'avamo', 'avate', 'avano', 'evo', 'evi', 'eva', 'evamo', 'evate', 'evano', 'ivo', 'ivi', 'iva', 'ivamo', 'ivate', 'ivano', 'ai', 'ò', 'ì', 'é', 'ammo', 'emmo', 'immo', 'aste', 'este', 'iste', 'arono', 'erono', 'irono', 'ette', 'ettero', 'erò', 'erai', 'erà', 'eremo', 'erete', 'eranno', 'irò', 'irai', 'irà', 'iremo', 'irete', 'iranno', 'erei', 'eresti', 'erebbe', 'eremmo', 'erebbero', 'irei', 'iresti', 'irebbe', 'iremmo', 'irebbero', 'ato', 'ata', 'ati', 'uto', 'uta', 'uti', 'ute', 'ito', 'ita', 'iti', 'ando', 'endo', 'isco', 'isci', 'isce', 'iscono', 'isca', 'iscano', 'asse', 'assero', 'esse', 'essero', 'isse', 'issero'],
    // -care/-gare verbs keep the hard sound with an h before e and i: pagare → paghi, pagherà; cercare → cerchi, cercherà (Serianni, Grammatica italiana, XI).
    formReplace: { gare: ['ghi', 'ghiamo', 'ghiate', 'ghino', 'gherò', 'gherai', 'gherà', 'gheremo', 'gherete', 'gheranno', 'gherei', 'gheresti', 'gherebbe', 'gheremmo', 'gherebbero'], care: ['chi', 'chiamo', 'chiate', 'chino', 'cherò', 'cherai', 'cherà', 'cheremo', 'cherete', 'cheranno', 'cherei', 'cheresti', 'cherebbe', 'cheremmo', 'cherebbero'] },
    minStem: 3,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // Zingarelli's argument abbreviations (qlcu., qlco.); irregular light verbs.
  citationWords: "qualcuno qualcosa qlcu qlco qc qcn essere avere fare dare andare stare prendere mettere",
  // Irregular verbs: the conjugation tables of the Treccani Vocabolario, with Serianni, Grammatica italiana, XI (verbi irregolari): presente, passato remoto,
  // futuro/condizionale, congiuntivo and participle forms whose stem differs from the infinitive's; forms that are also common nouns (faccia, voglia, data, danno,
  // corso, posto, letto, vista, presa, risposta, stati) left out; stato, the participle of essere, kept though it is also the noun.
  irregularVerbs: "essere sono sei è siamo siete era eri eravamo eravate erano fui fosti fu fummo foste furono sarò sarai sarà saremo sarete saranno sarei saresti sarebbe saremmo sarebbero sia siano fossi fosse fossimo fossero stato stata state; avere ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe ebbero avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avrebbero abbia abbiano avessi avesse avessero avuto avuta avendo; andare vado vai va vanno vada vadano; fare faccio fai fa facciamo fate fanno feci facesti fece facemmo fecero facevo facevi faceva facevamo facevano facessi facesse facessero facciano fatto fatta fatte facendo; dare do dà diamo diedi desti diede diedero dia diano dessi desse dessero dato davo dava davamo davano dando; dire dico dici dice diciamo dite dicono dissi dicesti disse dissero dicevo diceva dicevano dica dicano dicessi dicesse detto detta detti dicendo; stare sto stai sta stiamo stanno stetti stette stettero stia stiano stessi stesse stessero stavo stavi stava stavamo stavano stando; potere posso puoi può possiamo possono possa possano; volere voglio vuoi vuole vogliamo vogliono vorrò vorrai vorrà vorremo vorranno vorrei vorresti vorrebbe vorremmo vorrebbero vogliano; dovere devo devi deve dobbiamo devono debbo debba debbano; sapere so sai sa sanno seppi seppe seppero; venire vieni viene verrò verrai verrà verremo verranno verrei verrebbe verrebbero; tenere tieni tiene terrò terrai terrà terremo terranno terrei terrebbe; uscire esco esci esce escono esca escano; morire muoio muori muore muoiono muoia; nascere nato nata nati nate nacqui nacque nacquero; rimanere rimasi rimase rimasero rimasto rimasta rimasti rimarrò rimarrà rimarrebbe; prendere presi prese presero preso; mettere misi mise misero messo; chiedere chiesi chiesero chiesto chiesta; rispondere risposi rispose risposero risposto; scrivere scrissi scrisse scrissero scritto; leggere lessi lesse lessero; vedere vidi vide videro visto visti; bere bevo bevi beve beviamo bevete bevono bevve bevvero bevuto beveva bevendo; perdere persi perse persero perso persa; togliere tolgo tolse tolsero tolto tolta; scegliere scelgo scelse scelsero scelto; cogliere colgo colse colto colta; porre pongo poni pone pongono posi pose posero; sedere siedo siedi siede siedono sieda; aprire aperto aperta; offrire offerto; coprire coperto; soffrire sofferto; rompere ruppi ruppe ruppero rotto; vincere vinsi vinse vinsero vinto vinta; piangere piansi pianse piansero pianto; ridere rise risero; decidere decisi decise decisero deciso; uccidere uccise uccisero ucciso; chiudere chiusi chiuse chiusero chiuso; muovere mossi mosso; rendere resi rese resero reso; spendere spesi speso; scendere scesi scese scesero sceso; nascondere nascosi nascose nascosto; spingere spinsi spinse spinto; stringere strinse; giungere giunse giunsero giunto; vivere vissi visse vissero vissuto; conoscere conobbi conobbe conobbero; crescere crebbe crebbero; succedere successe; accendere accesi accese acceso; difendere difeso; discutere discusse discusso; permettere permise permisero; promettere promise promesso; ammettere ammise ammisero ammesso; smettere smise smisero smesso; comprendere compresi comprese compreso; sorprendere sorprese sorpreso; riprendere riprese ripreso; distruggere distrusse distrutto; spegnere spensi spense spento; convincere convinse convinto; ottenere ottiene otterrà; mantenere mantiene manterrà; sostenere sostiene; avvenire avviene avverrà; convenire conviene; riuscire riesco riesci riesce riescono riesca",
  // Serianni, Grammatica italiana, XI (the three conjugations; -rre of porre, trarre, condurre; pronominal -rsi).
  infinitiveEndings: ["are", "ere", "ire", "rre", "arsi", "ersi", "irsi"],
  boilerplate: { strong: ['tutti i diritti riservati'], weak: ['vietato'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-it', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The minister said that the famiglia of the victim would receive compensation soon."], quiet: ["The chef served the pasta al dente with a glass of red wine and an espresso."], why: "an Italian word left in English text; an Italian phrase English uses stays silent" },
    { rule: 'capitalization', flag: ['Il ministro è arrivato a Roma martedì. il giorno dopo ha incontrato i sindaci della regione.', 'I prezzi sono saliti del 5% in un anno. secondo l’Istat, l’aumento rallenterà.'], quiet: ['La riunione è durata ca. due ore e si è conclusa senza accordo.', 'Frutta, verdura ecc. sono in vendita al mercato coperto.', 'Alcuni frutti, ad es. le mele, si conservano a lungo.', 'Per i dettagli, cfr. il capitolo successivo del rapporto.'], why: 'a lower-case sentence start after a full stop; ca., ecc., es., cfr. are no sentence end' },
    { rule: 'quotes', flag: ['Il ministro ha detto „non cederemo“ davanti alla stampa.', '«Il sindaco ci ha detto «non ci saranno tagli» prima del voto», ha spiegato la portavoce.'], quiet: ['«Non cederemo», ha affermato il ministro.', '«Il sindaco ci ha detto “non ci saranno tagli” prima del voto», ha spiegato la portavoce.', '«Serve un po’ di pazienza», ha detto il governatore.'], why: 'German „…“ and «…» nested in «…» are reported; «…» with “…” inside, and the apostrophe of po’, are Italian' },
    { rule: 'typography', flag: ['Il progetto è costato 2.5 milioni di euro.', 'L’utile netto è salito a 3.4 mln di euro.'], quiet: ['Il progetto è costato 2,5 milioni di euro.', 'Il debito ha raggiunto 1,2 miliardi, pari al 3,4% del PIL.', 'L’utile netto è salito a 3,4 mln di euro.'], why: 'an English decimal point before milioni/mln; the decimal comma is Italian' },
    { rule: 'punctuation', flag: ['Il ministro ha presentato le; misure del governo.', 'Secondo il ministro? i negoziati riprenderanno lunedì.', 'Il gove?rno ha annunciato nuove misure.'], quiet: ['Il ministro è stato chiaro: la riforma sarà approvata quest’anno.', 'Ci sono due opzioni; la prima è più costosa.', '«Chi pagherà?» si chiedono i sindaci.'], why: 'a ; after an article (openers), a ? mid-clause or inside a word; : ; that end a clause, and ? closing a quotation, stay' },
    { rule: 'idiom', flag: ['La nuova casa costa davvero un braccio e una gamba.'], quiet: ['Nell’incidente si è rotto ieri un braccio e una gamba.'], why: 'a calque with an idiom adverb after its verb (idiomAdverbs); the same words in their literal sense' },
    { rule: 'repetition', quiet: ['Aspettiamo e aspettiamo una risposta.'], why: 'an iterated verb in a finite form (iterativeEndings: past, first person plural)' },
    { rule: 'repetition', flag: ['Il il governo ha annunciato un nuovo piano.', 'Le misure sono importanti e importanti per le famiglie.', 'Ha detto che che la legge vale per tutti.'], quiet: ['Piano piano la situazione è migliorata.', 'Lo ha ripetuto più e più volte.', 'I prezzi salivano e salivano senza sosta.'], why: 'doubled words and coordination; "piano piano", "più e più volte" and an iterated verb are Italian' },
    { rule: 'artifact', flag: ['Il governo ha presentato la manovra martedì.\n\nLeggi anche: I sindacati proclamano lo sciopero generale\n\nIl dibattito inizierà la prossima settimana.', 'Condividi su Facebook'], quiet: ['Pubblicità ingannevole: l’Antitrust multa la società per 2 milioni di euro', 'Leggi anche le note a piè di pagina prima di firmare il contratto.'], why: '"Leggi anche:" and share stub lines; "Pubblicità" opening a headline and "Leggi anche" in prose stay' },
    { rule: 'fragment', flag: ['Più di 150.000 persone hanno partecipato alle proteste. persone.', 'I biglietti saranno venduti online dal 2030. Biglietti.'], quiet: ['Il ministro si è dimesso? No. Ha solo rinviato la decisione.', 'Niente. Il ministero non ha pubblicato niente da lunedì.', 'Ci sarà un accordo? Forse. I negoziati continuano.'], why: 'orphan one-word sentences; "No.", "Niente.", "Forse." stand alone' },
    { rule: 'repetition', flag: ['Ha comprato la la casa ieri.'], quiet: ['Era una pecora brutta brutta, e il caffè era caldo caldo.', 'Sotto sotto, tutti lo sapevano.'], why: 'the superlative by iteration of a content word is grammar; a doubled article is not' },
    { rule: 'repetition', flag: ["Un'analisi ha rivelato rivelato che il farmaco è sicuro.", 'Le stime erano erano troppo basse.', 'Il ministro voleva ritirarsi ritirarsi dal patto.', 'Le opere ispirate dalla dalla guerra di Troia.'], quiet: ['Zitto zitto, se ne andò.', 'Vieni qui subito subito!'], why: 'a doubled verb form or articulated preposition is no superlative (verbEndings, openers); “zitto zitto”, “subito subito” are' },
    { rule: '*', quiet: ['La presidente del Consiglio, Giorgia Meloni, ha incontrato martedì 14 marzo i leader dei sindacati a Palazzo Chigi. L’incontro è durato circa due ore. Sul tavolo c’erano salari, pensioni, sicurezza sul lavoro ecc. «Il dialogo è aperto, ma non c’è ancora un accordo», ha detto il segretario generale della Cgil, Maurizio Landini.\n\nSecondo l’Istat, a febbraio l’inflazione è scesa al 9,1% su base annua. I prezzi dei beni alimentari sono aumentati del 13,2%, il livello più alto dal 1983. Il governo valuta nuovi aiuti per le famiglie a basso reddito.'], why: 'native news prose: «…», decimal comma, ecc., a date and names' },
  ],
} satisfies LanguagePack;
