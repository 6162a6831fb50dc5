/** Everything Calque knows of the language de: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'de',
  // Verb-final subordinate clauses (Duden, Die Grammatik: Verbletztsatz).
  verbFinal: true,
  detection: [{ franc: ['deu'], script: 'Latin', extra: 'äöüß' }],
  detectByDefault: true,
  functionWords: 'die der und in von zu den das im es ist mit eine sich des auf für er als ein sie dem wurde war dass nicht an nach einer um auch am werden wie aus hat bei wird zum einem über sind ich einen hatte',
  quotes: {
    name: 'German',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    rare: [['«»', 'Swiss usage: set the language to de-CH if this text is Swiss'], ['‹›', 'Swiss usage: set the language to de-CH if this text is Swiss']],
    source: 'Duden, Die deutsche Rechtschreibung, Regeln K 11–K 13 (Anführungszeichen „…“ and ‚…‘; »…« in books); [WP]',
  },
  abbreviations: ['z', 'bzw', 'ca', 'usw', 'etc', 'vgl', 'nr', 'dr', 'mio', 'mrd', 'tsd', 'jh', 'jhd', 'abs', 'str', 'geb', 'gest', 'evtl', 'inkl', 'zzgl', 'sog', 'bzgl', 'ggf', 'ggfs', 'u', 'o', 'd', 'v', 'chr', 'hl', 'st', 'prof', 'hr', 'fr', 'bd', 'kap', 'ziff', 'lt', 'max', 'min', 'mind', 'insb', 'zb', 'uvm', 'usf', 'allg', 'entspr', 'eigtl', 'einschl', 'gegr', 'jährl', 'led', 'verh', 'vorm', 'nachm', 'zt', 'mo', 'di', 'mi', 'do', 'sa', 'so', 'jan', 'feb', 'apr', 'aug', 'sept', 'okt', 'nov', 'dez', 'tel', 'gmbh', 'co', 'wörtl', 'griech', 'lat', 'engl', 'frz', 'ital', 'span', 'russ', 'poln', 'niederl', 'lit', 'anm', 'übers', 'hrsg', 'ebd', 'ff', 'urspr', 'ehem', 'z.t', 'd.h', 'u.a', 'o.ä', 's.o', 's.u', 'btw', 'heil', 'vid', 'fl'],
  titleAbbreviations: ['Dr', 'Prof', 'Hr', 'Fr', 'St', 'Nr', 'Bd', 'Abs', 'vgl', 'bzw', 'ca', 'Dipl', 'Ing'],
  ordinalDot: true,
  standaloneWords: 'ja nein jawohl doch danke bitte genau eben nichts niemand nie niemals immer alles gut schön klar stimmt richtig falsch also tja ach oh na so schluss ende warum wieso wie was wann wo wer vielleicht sicher natürlich',
  scaleWords: ['million', 'millionen', 'milliarde', 'milliarden', 'billion', 'billionen', 'prozent', 'prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'mio', 'mrd'],
  // "sein" is the verb "to be" as often as a possessive ("… zu sein; aber"): not an opener.
  punctuation: { openers: ['die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'von', 'vom', 'zum', 'zur', 'im', 'am', 'beim', 'für', 'wegen', 'während', 'zwischen', 'gegenüber', 'und', 'oder', 'sowie', 'bzw', 'seine', 'seinen', 'seinem', 'seiner', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unsere', 'unseren'], conjunctions: ['und', 'oder', 'bis', 'bzw', 'sowie', 'als', 'statt'] },
  // Idiom adverbs: may stand right after an idiom's first word (phrasebook matching). German: time, frequency and sentence adverbs and modal particles, which stand after the finite verb in a main clause (Duden-Grammatik on the Mittelfeld); never a
  // negation or a restricting word.
  idiomAdverbs: 'heute heutzutage inzwischen mittlerweile jetzt nun gestern damals schon bereits längst wirklich tatsächlich regelrecht buchstäblich geradezu förmlich wieder erneut immer stets oft häufig manchmal ja doch halt eben wohl auch noch endlich schließlich letztlich natürlich sicher sicherlich offenbar offensichtlich angeblich einfach gern gerne bald fast beinahe praktisch',
  repetition: { relatives: ['der', 'die', 'das', 'wer', 'was', 'welcher', 'welche', 'welches', 'wo'],
    // Relative pronoun after an article or demonstrative: "die die", "der der", "das das" (LanguageTool
    // GermanWordRepeatRule; PUD de); "sie sie" ("warfen sie sie weg"), "wer wer" ("wer wer ist").
    pairs: ['sie', 'wer', 'was', 'ihr'],
    midSentencePairs: ['die', 'der', 'das', 'den', 'dem', 'des'],
    runs: ['ha', 'haha', 'na', 'ja', 'nein', 'so', 'oh', 'ach', 'tja', 'pst', 'tschüss', 'bla', 'sehr'],
    conjunctions: ['und', 'oder'], negations: ['nicht', 'nie', 'niemals'],
    // "mehr und mehr", "nach und nach", "durch und durch", "immer und immer", "Jahre und Jahre"
    coordination: ['so', 'mehr', 'weniger', 'nach', 'durch', 'immer', 'wieder', 'hin', 'her', 'jahre', 'stunden', 'tage', 'über', 'ab', 'um', 'fort'],
    // A noun and its name after a verb of naming and a determiner, the question that explains a
    // name: "Warum heißt der Trabi Trabi?", "Warum nennt man den Döner Döner?" (native fortunes;
    // press headlines of the form "Warum heißt das Oktoberfest Oktoberfest?").
    namingVerbs: ['heißt', 'hieß', 'heißen', 'hießen', 'nennt', 'nannte', 'nennen', 'nannten', 'nennt man', 'nannte man'],
  },
  // Iterative coordination of a verb: "er überlegt und überlegt", "rechnet und rechnet", "wartete und
  // wartete" (3rd person present -t, -et after a consonant cluster, preterite -ete/-eten; Duden-Grammatik on Iterativität); the
  // doubled adjectives of MT keep their -e/-en/-er/-es endings and stay reported.
  iterativeEndings: /(?:[^aeiouäöüh]t|et|eten?)$/u,
  stubPrefixes: ['lesen sie auch:', 'lesen sie mehr:', 'auch interessant:', 'mehr zum thema:', 'das könnte sie auch interessieren', 'auf facebook teilen', 'auf twitter teilen', 'anzeige', 'werbung', 'weiterlesen'],
  names: {
    // German: genitive -s / -es / -ens, weak-noun and plural endings (-n, -en, -e, -er, -ern)
    // because German capitalises every noun and nouns are extracted too.
    caseEndings: ['s', 'es', 'ens', 'n', 'en', 'e', 'er', 'ern', 'ns'],
    stopWords: [
      'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'er', 'sie', 'es', 'wir', 'ihr', 'ich', 'sein', 'seine',
      'und', 'oder', 'aber', 'doch', 'wenn', 'als', 'wie', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'vor', 'zu', 'zum', 'zur',
      'für', 'über', 'unter', 'durch', 'gegen', 'seit', 'bis', 'dies', 'diese', 'dieser', 'dieses', 'jedoch', 'auch', 'nicht', 'so', 'da', 'dort', 'hier',
      'was', 'wer', 'wo', 'warum', 'sie', 'ihnen', 'ihre', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
      'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    ],
    titles: ['herr', 'herrn', 'frau', 'dr', 'prof', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'minister', 'ministerin', 'könig', 'königin', 'papst', 'st', 'sankt'],
    nounSuffixes: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'ität', 'itäten', 'ismus', 'ismen', 'nis', 'nisse', 'tum', 'tümer', 'ment', 'mente', 'enz', 'enzen', 'anz', 'anzen', 'ling', 'linge', 'chen', 'lein', 'ik', 'iken', 'ie', 'ien', 'ur', 'uren', 'ei', 'eien'],
    determiners: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines',
    'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jener', 'jene', 'jenes', 'jeden', 'jede', 'jedes', 'jedem', 'jeder', 'welche', 'welcher', 'welches',
    'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'unser', 'unsere', 'unseren', 'unserem', 'unserer',
    'mein', 'meine', 'meinen', 'meinem', 'meiner', 'dein', 'deine', 'euer', 'eure', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs', 'übers', 'durchs',
    'viele', 'vielen', 'alle', 'allen', 'einige', 'einigen', 'mehrere', 'mehreren', 'beide', 'beiden', 'manche', 'solche', 'andere', 'anderen',
  ],
  },
  capitalisesNouns: true,
  // Duden's argument abbreviations (jmdm., jmdn., etw.) and their written forms; irregular light verbs (Duden Grammatik, strong and irregular verbs).
  citationWords: "jemand jemandem jemanden jemandes etwas jmdm jmdn jmds etw sein haben werden machen tun geben nehmen gehen kommen lassen",
  // Irregular verbs: the strong and irregular verbs of Duden's "Liste der starken und unregelmäßigen Verben" (Duden – Die Grammatik) and their commonest inseparable compounds;
  // past singular and plural, Konjunktiv II, participle and the present forms with a changed vowel (gibt, fährt). Forms that start with the infinitive's stem are left out,
  // and so are forms that are also common nouns (Schloss, Schritt, Griff, Maß, Stahl, Strich, Wand, Zwang, Gerät, Sprachen) and weiß (also the colour).
  irregularVerbs: "sein bin bist ist sind war warst waren gewesen wäre wärst wären; haben hat hast hatte hattest hatten hattet gehabt hätte hättest hätten; werden wird wirst wurde wurdest wurden wurdet geworden würde würdest würden ward; tun tut tust getan täte; geben gibt gibst gib gab gabst gaben gegeben gäbe gäben; nehmen nimmt nimmst nimm nahm nahmst nahmen genommen nähme; kommen kam kamst kamen gekommen käme kämen; gehen ging gingst gingen gegangen ginge; stehen stand standen gestanden stünde stände; liegen lag lagen gelegen läge; sitzen saß saßen gesessen säße; lassen ließ ließen gelassen lässt ließe; halten hält hältst hielt hielten gehalten hielte; fallen fällt fällst fiel fielen gefallen fiele; fangen fängt fängst fing fingen gefangen; ziehen zog zogen gezogen zöge; treten tritt trittst trat traten getreten; bringen brachte brachten gebracht brächte; denken dachte dachten gedacht dächte; kennen kannte kannten gekannt; nennen nannte nannten genannt; rennen rannte rannten gerannt; brennen brannte brannten gebrannt; wenden wandte wandten gewandt; wissen weißt wusste wussten gewusst wüsste; können kann kannst konnte konntest konnten gekonnt; dürfen darf darfst durfte durften gedurft; mögen mag magst mochte mochten gemocht möchte möchten; müssen muss musst musste mussten gemusst; wollen will willst gewollt; sehen sieht siehst sieh sah sahen gesehen sähe; lesen liest lies las lasen gelesen; essen isst iss aß aßen gegessen äße; fressen frisst friss fraß fraßen gefressen; vergessen vergisst vergiss vergaß vergaßen; messen misst gemessen; sprechen spricht sprichst sprich sprach gesprochen; brechen bricht brichst brich brach brachen gebrochen; treffen trifft triffst triff traf trafen getroffen; werfen wirft wirfst wirf warf warfen geworfen; helfen hilft hilfst hilf half halfen geholfen; sterben stirbt stirbst stirb starb starben gestorben; stechen sticht stach stachen gestochen; stehlen stiehlt stahlen gestohlen; empfehlen empfiehlt empfahl empfahlen empfohlen; gelten gilt giltst galt galten gegolten; verbergen verbirgt verbarg verbargen verborgen; verderben verdirbt verdarb verdorben; werben wirbt warb geworben; schmelzen schmilzt schmolz schmolzen geschmolzen; geschehen geschieht geschah; fahren fährt fährst fuhr fuhren gefahren; tragen trägt trägst trug trugen getragen; schlagen schlägt schlägst schlug schlugen geschlagen; graben gräbt grub gruben gegraben; laden lädt lädst lud luden geladen; wachsen wächst wuchs wuchsen gewachsen; waschen wäscht wusch gewaschen; schaffen schuf schufen geschaffen; laufen läuft läufst lief liefen gelaufen; saufen säuft soff soffen gesoffen; schlafen schläft schläfst schlief schliefen geschlafen; braten brät briet gebraten; blasen bläst blies bliesen geblasen; raten rät rätst riet rieten; geraten gerätst geriet gerieten; heißen hieß hießen geheißen; rufen rief riefen gerufen; stoßen stößt stieß stießen gestoßen; hauen hieb gehauen; hängen hing hingen gehangen; bleiben blieb bliebst blieben geblieben bliebe; schreiben schrieb schrieben geschrieben; treiben trieb trieben getrieben; reiben rieb gerieben; scheinen schien schienen geschienen; schweigen schwieg schwiegen geschwiegen; steigen stieg stiegen gestiegen; leihen lieh liehen geliehen; meiden mied mieden gemieden; scheiden schied schieden geschieden; schreien schrie schrien geschrien; weisen wies gewiesen; beißen biss gebissen; reißen riss rissen gerissen; schmeißen schmiss schmissen geschmissen; greifen griffen gegriffen; pfeifen pfiff pfiffen gepfiffen; leiden litt litten gelitten; reiten ritt ritten geritten; schneiden schnitten geschnitten; schreiten schritten geschritten; streiten stritt stritten gestritten; schleichen schlich schlichen geschlichen; streichen strichen gestrichen; gleichen glich glichen geglichen; weichen wich wichen gewichen; bieten bot boten geboten; fliegen flog flogen geflogen; lügen log logen gelogen; wiegen wog wogen gewogen; fliehen floh flohen geflohen; fließen floss flossen geflossen; genießen genoss genossen; gießen goss gossen gegossen; schießen schoss schossen geschossen; schließen schlossen geschlossen; riechen roch rochen gerochen; kriechen kroch krochen gekrochen; frieren fror froren gefroren; verlieren verlor verloren; schieben schob schoben geschoben; heben hob hoben gehoben; schwören schwor schworen geschworen; binden gebunden; finden fand fanden gefunden fände; verschwinden verschwand verschwanden verschwunden; dringen drangen gedrungen; gelingen gelang gelungen; klingen klangen geklungen; singen sang sangen gesungen; springen sprang sprangen gesprungen; schwingen schwang schwangen geschwungen; trinken trank tranken getrunken; sinken sank sanken gesunken; stinken stank stanken gestunken; zwingen zwangen gezwungen; beginnen begann begannen begonnen; gewinnen gewann gewannen gewonnen; spinnen spann gesponnen; schwimmen schwammen geschwommen; bitten bat baten gebeten; besitzen besaß besaßen besessen; bekommen bekam bekamen bekäme; verstehen verstanden; entstehen entstand entstanden; bestehen bestanden; vergehen verging vergingen vergangen; erhalten erhält erhielt erhielten; behalten behält behielt behielten; verlassen verlässt verließ verließen; übernehmen übernimmt übernahm übernahmen übernommen; unternehmen unternimmt unternahm unternahmen unternommen; benehmen benimmt benahm benommen; betreffen betrifft betraf betroffen; vertreten vertritt vertrat vertraten; betreten betritt betrat; erfahren erfährt erfuhr erfuhren; ertragen erträgt ertrug; vertragen verträgt vertrug; versprechen verspricht versprach versprochen; entsprechen entspricht entsprach entsprochen; vergleichen verglich verglichen; beschreiben beschrieb beschrieben; entscheiden entschied entschieden; beweisen bewies bewiesen; vermeiden vermied vermieden; verbieten verboten; beschließen beschloss beschlossen; ergreifen ergriff ergriffen; begreifen begriffen; erscheinen erschien erschienen; erfinden erfand erfunden; verbinden verbunden; beziehen bezog bezogen; gebären gebiert gebar geboren",
  placeholders: {
    poss: w(`mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
      sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
      unser unsere unseren unserem unserer unseres unsre unsren unsrem unsrer unsres
      euer eure euren eurem eurer eures`),
    pron: w('ich mich mir du dich dir er ihn ihm sie ihr es wir uns euch ihnen man'),
    refl: w('mich dich sich uns euch mir dir'),
    be: w('sein bin bist ist sind seid war warst waren wart gewesen wäre wärst wären wärt sei seist seien'),
    art: w('der die das den dem des ein eine einen einem einer eines'),
  },
  numbers: {
    scales: [['tausend|tsd\\.?', 1e3], ['millionen|million|mio\\.?', 1e6], ['milliarden|milliarde|mrd\\.?', 1e9], ['billionen|billion|bio\\.?', 1e12]],
    scaleForms: { 1e3: { abbr: 'Tsd.', one: 'Tausend', other: 'Tausend' }, 1e6: { abbr: 'Mio.', one: 'Million', other: 'Millionen' }, 1e9: { abbr: 'Mrd.', one: 'Milliarde', other: 'Milliarden' }, 1e12: { abbr: 'Bio.', one: 'Billion', other: 'Billionen' } },
    percentWords: 'prozent\\p{L}*',
    // Units before tens, joined by "und", in one word: "fünfundzwanzig" (Duden, Die Grammatik: Kardinalzahlen).
    unitsJoinTens: 'und',
    spelled: [[0, 'null'], [1, 'eins ein eine einen einem einer'], [2, 'zwei beiden beide'], [3, 'drei'], [4, 'vier'], [5, 'fünf'], [6, 'sechs'], [7, 'sieben'], [8, 'acht'], [9, 'neun'], [10, 'zehn'], [11, 'elf'], [12, 'zwölf dutzend'], [13, 'dreizehn'], [14, 'vierzehn'], [15, 'fünfzehn'], [16, 'sechzehn'], [17, 'siebzehn'], [18, 'achtzehn'], [19, 'neunzehn'], [20, 'zwanzig'], [30, 'dreißig'], [40, 'vierzig'], [50, 'fünfzig'], [60, 'sechzig'], [70, 'siebzig'], [80, 'achtzig'], [90, 'neunzig'], [100, 'hundert einhundert'], [1000, 'tausend eintausend'],
      [10, 'jahrzehnt'], [2, 'zweimal'], [3, 'dreimal'],
      [20, 'zwanziger zwanzigerjahre zwanzigerjahren'], [30, 'dreißiger dreißigerjahre dreißigerjahren'], [40, 'vierziger vierzigerjahre vierzigerjahren'], [50, 'fünfziger fünfzigerjahre fünfzigerjahren'], [60, 'sechziger sechzigerjahre sechzigerjahren'], [70, 'siebziger siebzigerjahre siebzigerjahren'], [80, 'achtziger achtzigerjahre achtzigerjahren'], [90, 'neunziger neunzigerjahre neunzigerjahren']],
    ordinalStems: [['erst', 1], ['zweit', 2], ['dritt', 3], ['viert', 4], ['fünft', 5], ['sechst', 6], ['siebt', 7], ['acht', 8], ['neunt', 9], ['zehnt', 10],
      ['elft', 11], ['zwölft', 12], ['dreizehnt', 13], ['vierzehnt', 14], ['fünfzehnt', 15], ['sechzehnt', 16], ['siebzehnt', 17], ['achtzehnt', 18], ['neunzehnt', 19], ['zwanzigst', 20], ['sechzigst', 60]],
    compoundPrefix: [['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['zwanzig', 20],
      ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90]],
    halfAfter: 'und\\s+(?:eine?\\s+)?halbe?',
  },
  length: {
    perEnglishChar: 1.171,
    sentenceVariance: 1.52,
  },
  compounding: true,
  fewExclamations: true,
  regions: {
    'de-CH': {
      quotes: {
        name: 'Swiss German',
        primary: '«»',
        secondary: '‹›',
        alternatives: ['„“', '‚‘'],
        source: 'Schweizer Orthographische Konferenz, Empfehlungen (2008): «…» and ‹…› in Switzerland; Duden K 11 notes the Swiss use; [WP]',
      },
    },
  },
  // German: CASE_ENDINGS.de; short words take only the genitive (Rat → Rates, never Raten).
  // Duden, Die Grammatik: the infinitive in -en, -n.
  infinitiveEndings: ['en', 'n'],
  inflection: {
    withNameEndings: true, endings: [], strip: true, short: ['s', 'es'],
    // Phrasebook forms (phrasebook/forms.ts): Duden, Die Grammatik (9th ed.), the weak conjugation (present, preterite, subjunctive II, infinitive) and the strong adjective and noun endings; ge- participles and umlaut plurals are not endings and are left out.
    formEndings: ['en', 'n', 'e', 'st', 't', 'est', 'et', 'te', 'test', 'ten', 'tet', 'tete', 'teten', 'em', 'er', 'es', 'ern'],
    minStem: 3,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['alle rechte vorbehalten'], weak: ['verboten'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-de', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The minister said the reform was sehr important for the whole region."], quiet: ["Ursula von der Leyen said the commission would present its plan in the spring."], why: "a German word left in English text; a German name particle before a name stays silent" },
    { rule: 'capitalization', flag: ['Der Minister traf am Montag in Berlin ein. die Gespräche begannen eine Stunde später.', 'Die Preise stiegen im März um 3 Prozent. auch die Mieten legten zu.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['Die Verhandlungen dauerten ca. zwei Stunden.', 'Die Kosten lagen bei 12 Mio. bzw. 15 Mio. Euro.', 'Die Kirche wurde im 12. Jh. errichtet und am 9. und 10. Mai 1890 neu geweiht.'], why: 'abbreviations (ca., Mio., bzw., Jh.) and ordinals (9. und) before a lower-case word' },
    { rule: 'quotes', flag: ['Der Minister nannte den Plan “unrealistisch”.', '„Das Gesetz sagt „keine Ausnahmen“, und daran halten wir uns“, sagte sie.'], why: 'English marks in German text; a nested quotation in the same marks' },
    { rule: 'quotes', quiet: ['„Wir geben nicht auf“, sagte die Bürgermeisterin.', '„Das Gesetz sagt ‚keine Ausnahmen‘, und daran halten wir uns“, sagte sie.', 'Der Roman »Der Zauberberg« erschien 1924.'], why: '„…“ with ‚…‘ inside; »…« as in books' },
    { rule: 'typography', flag: ['Die Stadt erhält 2.5 Millionen Euro vom Bund.', 'Die Arbeitslosigkeit stieg auf 5.3 Prozent.'], why: 'an English decimal point before Millionen, Prozent' },
    { rule: 'typography', quiet: ['Die Stadt erhält 2,5 Millionen Euro vom Bund.', 'Die Arbeitslosigkeit stieg um 0,4 Prozentpunkte auf 5,3 Prozent.', 'Der Konzern machte 1,2 Mrd. Euro Gewinn.', 'Im Stadion saßen 45.000 Zuschauer.'], why: 'decimal comma; a thousands point before a noun' },
    { rule: 'punctuation', flag: ['Die Regierung billigte die; neue Reform am Dienstag.', 'Die Regierung hat ? den Plan am Dienstag gebilligt.', 'Die Reg?ierung wies den Bericht zurück.'], why: 'a stray mark after an article, inside a clause, inside a word' },
    { rule: 'punctuation', quiet: ['Die Abstimmung war knapp; das Gesetz wurde mit zwei Stimmen Mehrheit angenommen.', 'Er nannte drei Ziele: Arbeit, Wohnen und Gesundheit.', 'Der Ein- und Ausgang des Bahnhofs wird umgebaut, ebenso die Kurz- bzw. Langzeitparkplätze.'], why: 'semicolon and colon at a clause end; suspended hyphen before und, bzw.' },
    { rule: 'idiom', flag: ['Die Reparatur kostet heutzutage einen Arm und ein Bein.'], quiet: ['Bei dem Unfall verlor er heute einen Arm und ein Bein.'], why: 'a calque with an idiom adverb after its verb (idiomAdverbs); the same words in their literal sense' },
    { rule: 'repetition', flag: ['Der Minister sagte, die Reform trete im im Mai in Kraft.', 'Die Maßnahmen sind wichtig und wichtig für die Branche.'], why: 'a doubled word; doubled coordination' },
    { rule: 'repetition', quiet: ['Heirate oder heirate nicht, du wirst es bereuen.', 'Ob der Minister kommt oder kommt nicht, ist noch offen.', 'Er rechnet und rechnet, aber die Zahlen stimmen nicht.'], why: 'an alternative with the second copy negated (negations); an iterated verb in -et (iterativeEndings)' },
    { rule: 'repetition', quiet: ['Die Firma, die die Studie erstellt hat, sitzt in Köln.', 'Mehr und mehr Menschen arbeiten von zu Hause aus.', 'Nach und nach kehren die Bewohner in ihre Häuser zurück.'], why: '“die die” (article + relative pronoun), “mehr und mehr”, “nach und nach”' },
    { rule: 'repetition', quiet: ['Warum heißt das Oktoberfest Oktoberfest, wenn es im September beginnt?', 'Warum nennt man den Döner Döner?'], why: 'a noun and its name after a verb of naming (namingVerbs)' },
    { rule: 'repetition', flag: ['Der Trabi Trabi fuhr langsam über die Autobahn.', 'Warum fährt der Trabi Trabi so langsam?'], why: 'the same noun twice without a verb of naming before it' },
    { rule: 'artifact', flag: ['Lesen Sie auch: Bundestag beschließt neues Heizungsgesetz', 'Anzeige'], why: 'scraper stub lines' },
    { rule: 'artifact', quiet: ['Werbung für Tabak soll weiter eingeschränkt werden.', 'Auch interessant ist der Vergleich mit dem Vorjahr.'], why: 'a stub label word opening ordinary prose' },
    { rule: 'fragment', flag: ['An den Protesten nahmen mehr als 150.000 Menschen teil. personen.', 'Die Arbeiten sollen bis 2030 abgeschlossen sein. Abgeschlossen.'], why: 'an orphan word after a full stop, in lower case or capitalised' },
    { rule: 'fragment', quiet: ['Ob er Fehler gemacht habe, wurde der Minister gefragt. Nein. Er sagte nein und verließ den Saal.', 'Die Opposition fragte, ob die Steuer steigt. Natürlich. Sie werde natürlich steigen, räumte der Minister ein.'], why: 'a standalone word (Nein., Natürlich.) as a one-word sentence' },
    { rule: '*', quiet: [
      'Der Stadtrat von Leipzig hat am Dienstag, dem 14. März 2023, einen neuen Verkehrsplan beschlossen. Das Vorhaben kostet rund 2,4 Mrd. Euro und umfasst u. a. eine neue Straßenbahnlinie. „Das ist die größte Investition in die Stadt seit einer Generation“, sagte Oberbürgermeisterin Anna Berger. Die Opposition nannte den Zeitplan ehrgeizig, stimmte aber zu.\n\nDie Bauarbeiten sollen Anfang 2025 beginnen. Vorher werden die Anwohner zur Streckenführung befragt. Der Bund will etwa 60 Prozent der Kosten übernehmen. Eine endgültige Entscheidung wird bis zum Jahresende erwartet.',
    ], why: 'native news prose: quotation marks, a decimal, an abbreviation, a date, a name' },
  ],
} satisfies LanguagePack;
