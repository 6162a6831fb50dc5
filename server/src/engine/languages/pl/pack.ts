/** Everything Calque knows of the language pl: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'pl',
  detection: [{ franc: ['pol'], script: 'Latin', extra: 'ąćęłńóśźż' }],
  detectByDefault: true,
  functionWords: 'na do jest nie że to jak po przez od tym jego ale jako również dla za są jej może kiedy był które został który aby tylko podczas oraz było ich pod jednak ze tego tak',
  quotes: {
    name: 'Polish',
    primary: '„”',
    secondary: '»«',
    alternatives: ['«»', '‚’'],
    source: 'Wielki słownik ortograficzny PWN, zasady pisowni §95 (cudzysłów „…”, wewnętrzny »…« or «…»); [WP]',
  },
  // Abbreviations written with a full stop (Wielki słownik ortograficzny PWN, "Skróty"; kw. = kwartał, art./ust. in legal citations).
  abbreviations: ['pw', 'poz', 'art', 'ust', 'rozp', 'kw', 'półr', 'oprac', 't', 'rys', 'tab', 'kom', 'jap', 'chiń', 'biał', 'słow', 'węg', 'szw', 'fin', 'r', 'w', 'ws', 'tys', 'mln', 'mld', 'zł', 'gr', 'ul', 'al', 'pl', 'os', 'np', 'tzw', 'tj', 'itd', 'itp', 'm.in', 'in', 'ok', 'godz', 'proc', 'pt', 'im', 'ks', 'św', 'gen', 'płk', 'mjr', 'kpt', 'por', 'prof', 'dr', 'hab', 'inż', 'mgr', 'red', 'wyd', 'str', 's', 'nr', 'tel', 'woj', 'pow', 'gm', 'ang', 'łac', 'niem', 'fr', 'ros', 'zob', 'wg', 'ww', 'jw', 'dot', 'ds', 'br', 'ub', 'pn', 'płd', 'wsch', 'zach', 'min', 'maks', 'sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru', 'zm', 'ur', 'dosł', 'wł', 'hiszp', 'franc', 'ukr', 'lit', 'czes', 'tzn', 'ew', 'przyp', 'tłum', 'sek', 'mies', 'tyg', 'dn', 'poł', 'płn', 'śr', 'nt', 'b', 'zjedn', 'państw'],
  titleAbbreviations: ['prof', 'Prof', 'inż', 'mgr', 'ks', 'Ks', 'św', 'gen', 'płk', 'mjr', 'kpt', 'ul', 'al', 'pl', 'os', 'nr', 'tzw', 'im', 'woj'],
  ordinalDot: true,
  oneLetterWords: 'a i o u w z',
  standaloneWords: 'tak nie dziękuję proszę przepraszam dobrze dobra no właśnie dokładnie oczywiście nic nikt nigdy zawsze wszystko dość koniec dlaczego jak co kiedy gdzie kto może',
  scaleWords: ['miliona', 'milionów', 'miliarda', 'miliardów', 'biliona', 'bilionów', 'procent', 'procenta', 'mln', 'mld', 'tys'],
  punctuation: { openers: ['w', 'we', 'na', 'z', 'ze', 'do', 'od', 'przez', 'dla', 'bez', 'przy', 'nad', 'pod', 'o', 'u', 'i', 'oraz', 'lub', 'albo', 'jego', 'jej', 'ich', 'swój', 'swoje', 'swoich'], conjunctions: ['i', 'a', 'lub', 'albo', 'oraz', 'czy', 'do'], questionEllipsis: true },
  // Idiom adverbs: may stand right after an idiom's first word (phrasebook matching). Polish: time, frequency and sentence adverbs and particles (free word order; Nagórko, Zarys gramatyki polskiej); never a
  // negation or a restricting word.
  idiomAdverbs: 'dosłownie naprawdę rzeczywiście praktycznie dziś dzisiaj wczoraj już zawsze znowu znów ponownie wreszcie ostatecznie prawie też także teraz właśnie chyba często',
  repetition: { relatives: ['kto', 'co', 'który', 'która', 'które', 'którzy'],
    // "coraz" doubles are not Polish; "ciągle i ciągle"? "jeszcze i jeszcze" colloquial.
    pairs: [],
    runs: ['tak', 'nie', 'no', 'ha', 'och', 'ach', 'bardzo', 'bla', 'ledwo', 'puk', 'hop'],
    conjunctions: ['i', 'oraz', 'lub', 'albo', 'czy'],
    coordination: ['znowu', 'jeszcze', 'więcej', 'mniej', 'lata', 'godziny', 'dni'],
  },
  iterativeEndings: /(?:ej|ują|uje|ają|ał|ała|ało|ali|ały|ił|ył|iła|yła|eją|ieje|rośnie|rosną|liśmy|łyśmy|liście|łyście|amy|emy|imy|ymy)$/u,
  stubPrefixes: ['czytaj także:', 'czytaj też:', 'zobacz także:', 'zobacz też:', 'przeczytaj także:', 'udostępnij na facebooku', 'reklama'],
  names: {
    // Polish: noun and adjective case endings (Zełenskiego, Zełenskiemu, Tuska, Tuskowi, Kowalską).
    caseEndings: ['owie', 'iego', 'iemu', 'ego', 'emu', 'owi', 'ach', 'ami', 'ich', 'ych', 'imi', 'ymi', 'iej', 'om', 'em', 'ie', 'ej', 'im', 'ym', 'ów', 'ą', 'ę', 'a', 'u', 'y', 'i', 'e'],
    stopWords: ['w', 'we', 'z', 'ze', 'na', 'do', 'od', 'po', 'o', 'i', 'a', 'ale', 'lub', 'oraz', 'że', 'to', 'ten', 'ta', 'te', 'jak', 'gdy', 'kiedy', 'jest', 'nie', 'się', 'jego', 'jej', 'ich', 'według', 'jednak', 'dla', 'przez', 'przed', 'pod', 'nad', 'za'],
    titles: ['pan', 'pani', 'panu', 'pana', 'dr', 'prof', 'prezydent', 'prezydenta', 'premier', 'premiera', 'minister', 'św', 'święty'],
    frontAlternations: [['sc', 'sk'], ['c', 'k'], ['dz', 'g'], ['rz', 'r'], ['ście', 'st']],
    cIsTs: true,
  },
  placeholders: {
    poss: w(`mój moja moje mojego mojej mojemu moim moją moich moimi mego mej
      twój twoja twoje twojego twojej twojemu twoim twoją twoich twoimi
      swój swoja swoje swojego swojej swojemu swoim swoją swoich swoimi
      jego jej ich nasz nasza nasze naszego naszej naszemu naszym naszą naszych naszymi
      wasz wasza wasze waszego waszej waszemu waszym waszą waszych waszymi`),
    pron: w(`ja mnie mi mną ty ciebie cię tobie ci tobą on jego go niego jemu mu niemu nim
      ona jej niej ją nią ono je my nas nam nami wy was wam wami oni one ich nich im nimi`),
    refl: w('się siebie sobie sobą'),
    be: w(`być jestem jesteś jest jesteśmy jesteście są byłem byłam byłeś byłaś był była było
      byliśmy byłyśmy byliście byłyście byli były będę będziesz będzie będziemy będziecie będą bądź`),
    art: [],
  },
  numbers: {
    scales: [['tys\\.?|tysiąc\\p{L}*|tysięc\\p{L}*', 1e3], ['mln\\.?|milion\\p{L}*', 1e6], ['mld\\.?|miliard\\p{L}*', 1e9], ['bln\\.?|bilion\\p{L}*', 1e12]],
    scaleForms: { 1e3: { abbr: 'tys.', one: 'tysiąc', few: 'tysiące', many: 'tysięcy', other: 'tysiąca' }, 1e6: { abbr: 'mln', one: 'milion', few: 'miliony', many: 'milionów', other: 'miliona' }, 1e9: { abbr: 'mld', one: 'miliard', few: 'miliardy', many: 'miliardów', other: 'miliarda' } },
    percentWords: 'procent\\p{L}*',
    spelled: [[0, 'zero'], [1, 'jeden jedna jedno jednego jednej jednym jedną'], [2, 'dwa dwie dwóch dwoma dwu dwaj oba obie obu'], [3, 'trzy trzech trzema trzej'], [4, 'cztery czterech czterema czterej'], [5, 'pięć pięciu pięcioma'], [6, 'sześć sześciu'], [7, 'siedem siedmiu'], [8, 'osiem ośmiu'], [9, 'dziewięć dziewięciu'], [10, 'dziesięć dziesięciu'], [11, 'jedenaście jedenastu'], [12, 'dwanaście dwunastu tuzin'], [13, 'trzynaście trzynastu'], [14, 'czternaście czternastu'], [15, 'piętnaście piętnastu'], [16, 'szesnaście szesnastu'], [17, 'siedemnaście siedemnastu'], [18, 'osiemnaście osiemnastu'], [19, 'dziewiętnaście dziewiętnastu'], [20, 'dwadzieścia dwudziestu'], [30, 'trzydzieści trzydziestu'], [40, 'czterdzieści czterdziestu'], [50, 'pięćdziesiąt pięćdziesięciu'], [60, 'sześćdziesiąt'], [70, 'siedemdziesiąt'], [80, 'osiemdziesiąt'], [90, 'dziewięćdziesiąt'], [100, 'sto stu'], [1000, 'tysiąc'],
      [10, 'dekada dekady dekadę'], [1.5, 'półtora półtorej'], [2, 'dwukrotnie'], [3, 'trzykrotnie']],
    ordinalStems: [['pierwsz', 1], ['drug', 2], ['trzeci', 3], ['czwart', 4], ['piąt', 5], ['szóst', 6], ['siódm', 7], ['ósm', 8], ['dziewiąt', 9], ['dziesiąt', 10],
      // tens as ordinals and collective nouns ("pięćdziesiąty", "w pięćdziesiątce" = in the top fifty)
      ['jedenast', 11], ['dwunast', 12], ['trzynast', 13], ['czternast', 14], ['piętnast', 15], ['szesnast', 16], ['siedemnast', 17], ['osiemnast', 18], ['dziewiętnast', 19],
      ['dwudziest', 20], ['trzydziest', 30], ['czterdziest', 40], ['pięćdziesiąt', 50], ['sześćdziesiąt', 60], ['siedemdziesiąt', 70], ['osiemdziesiąt', 80], ['dziewięćdziesiąt', 90]],
    compoundPrefix: [['jedno', 1], ['dwu', 2], ['trzy', 3], ['cztero', 4], ['pięcio', 5], ['sześcio', 6], ['siedmio', 7], ['ośmio', 8], ['dziewięcio', 9], ['dziesięcio', 10], ['dwudziesto', 20],
      ['jedenasto', 11], ['dwunasto', 12], ['trzynasto', 13], ['czternasto', 14], ['piętnasto', 15], ['szesnasto', 16], ['siedemnasto', 17], ['osiemnasto', 18], ['dziewiętnasto', 19], ['trzydziesto', 30], ['czterdziesto', 40]],
  },
  length: {
    perEnglishChar: 1.048,
    sentenceVariance: 1.72,
  },
  // Gramatyka współczesnego języka polskiego: the infinitive in -ć.
  infinitiveEndings: ['ać', 'eć', 'ić', 'yć', 'ć'],
  inflection: {
    withNameEndings: true, endings: ['ach', 'ami', 'ów', 'om', 'ii', 'ią', 'ię', 'iu', 'io', 'ia', 'owa', 'owe', 'owej', 'owego', 'owym'],
    strip: true,
    bare: true,
    // Locative/dative consonant alternations: rząd → rządzie, świat → świecie is not covered.
    replace: { d: ['dzie'], t: ['cie'], r: ['rze'], ł: ['le'], ka: ['ce'], ga: ['dze'], cha: ['sze'], sta: ['ście'], st: ['ście'], zd: ['ździe'], sło: ['śle'] },
    // Phrasebook forms (phrasebook/forms.ts): Grzegorczykowa, Laskowski, Wróbel, Gramatyka współczesnego języka polskiego. Morfologia: the conjugation types (-ać, -eć, -ić/-yć, -ować: present, past, participles) and the noun and adjective case endings.
    formEndings: ['ać', 'eć', 'ić', 'yć', 'ować', 'am', 'asz', 'a', 'amy', 'acie', 'ają', 'em', 'esz', 'e', 'emy', 'ecie', 'ą', 'ę', 'isz', 'i', 'imy', 'icie', 'ysz', 'y', 'ymy', 'ycie', 'uję', 'ujesz', 'uje', 'ujemy', 'ujecie', 'ują', 'ał', 'ała', 'ało', 'ali', 'ały', 'ił', 'iła', 'iło', 'ili', 'iły', 'ył', 'yła', 'yło', 'yli', 'yły', 'ałem', 'ałam', 'ałeś', 'ałaś', 'iłem', 'iłam', 'any', 'ana', 'ane', 'ani', 'ony', 'ona', 'one', 'eni', 'ąc', 'ąca', 'ące', 'o', 'u', 'om', 'ami', 'ach', 'ów', 'owi', 'ie', 'ego', 'emu', 'ej', 'ym', 'im', 'ymi', 'imi', 'ych', 'ich', 'owa', 'owe', 'owy'],
    minStem: 3,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // argument pronouns of Polish dictionaries (ktoś, coś and their cases); irregular light verbs.
  citationWords: "ktoś kogoś komuś kimś coś czegoś czemuś czymś być mieć dać brać wziąć iść",
  // Irregular verbs: verbs with stem alternation or suppletion, their forms as the Wielki słownik języka polskiego (WSJP) and Z. Saloni's Czasownik polski give them (być,
  // mieć, iść and its prefixed perfectives, jechać, wziąć, brać, dać, jeść, móc …): present/future, past (third person and first singular) and imperative forms that do not
  // start with the infinitive's beginning; forms that are also adjectives (przyszły, przeszły, zeszły) or pronouns (je) left out.
  irregularVerbs: "być jestem jesteś jest jesteśmy jesteście są był była było byli były byłem byłam byłeś byłaś będę będziesz będzie będziemy będziecie będą bądź bądźcie; mieć mam masz ma mamy macie mają miał miała miało miały miałem miałam; iść idę idziesz idzie idziemy idziecie idą idź idźcie szedł szła szło szli szły szedłem szłam; pójść pójdę pójdziesz pójdzie pójdziemy pójdziecie pójdą pójdź pójdźmy poszedł poszła poszło poszli poszły poszedłem poszłam; przyjść przyszedł przyszło przyszedłem przyszłam; wyjść wyjdę wyjdziesz wyjdzie wyjdziemy wyjdą wyjdź wyszedł wyszła wyszło wyszli wyszły; wejść wejdę wejdziesz wejdzie wejdziemy wejdą wejdź wszedł weszła weszło weszli weszły; zejść zejdę zejdzie zejdą zszedł zeszli; dojść dojdę dojdzie dojdą doszedł doszła doszło doszli doszły; przejść przeszedł przeszli; odejść odszedł odeszła odeszło odeszli; podejść podszedł podeszła podeszli; znaleźć znajdę znajdziesz znajdzie znajdziemy znajdą znajdź znalazł znalazła znalazło znalazłem znalazłam; jechać jadę jedziesz jedzie jedziemy jedziecie jadą jedź; pojechać pojadę pojedziesz pojedzie pojedziemy pojadą; przyjechać przyjadę przyjedzie przyjadą; wziąć wezmę weźmiesz weźmie weźmiemy weźmiecie wezmą weź weźcie wzięła wzięło wzięli wzięły; brać biorę bierzesz bierze bierzemy bierzecie biorą bierz; zabrać zabiorę zabierzesz zabierze zabiorą; wybrać wybiorę wybierze wybiorą; zebrać zbiorę zbierze zbiorą; dać dam dasz da damy dacie dadzą daj dajcie dał dała dało dali dały dałem dałam; dawać daję dajesz daje dajemy dajecie dają; jeść jem jesz jemy jecie jedzą jedz jadł jadła jadło jedli jadłem; zjeść zjem zjesz zje zjemy zjedzą zjadł zjadła zjedli; móc mogę możesz może możemy możecie mogą mógł mogła mogło mogli mogły mogłem mogłam; pomóc pomogę pomożesz pomoże pomożemy pomogą pomogła pomogli; chcieć chcę chcesz chce chcemy chcecie chcą; wiedzieć wiem wiesz wie wiemy wiecie; widzieć widzę widzą; powiedzieć powiem powiesz powie powiemy powiecie; spać śpię śpisz śpi śpimy śpią śpij; usiąść usiadł usiadła usiadło usiedli; leżeć leżę leżysz leży leżą leżał leżała leżało; stać stoję stoisz stoi stoimy stoją stój; pić piję pijesz pije pijemy piją pij pił piło pili; bić biję bijesz bije biją bij bił biła bili; żyć żyję żyjesz żyje żyjemy żyją żyj żył żyło żyli; myć myję myje myją mył; lać leję leje leją lał lała; pisać piszę piszesz pisze piszemy piszą pisz; nieść niosę niesiesz niesie niesiemy niosą niósł niosła niosło; rosnąć rośnie rósł rosła rosło rośli; kłaść kładę kładziesz kładzie kładą kładź kładł kładła kładli; paść padnę padnie padną padł padła padło padli; upaść upadnie upadną upadł upadła; wpaść wpadnę wpadniesz wpadnie wpadną wpadł wpadła wpadło wpadli; spaść spadnie spadną spadł spadła spadło spadli; kraść kradnę kradnie kradną kradł kradła; umrzeć umarł umarła umarło umarli; zdjąć zdejmę zdejmie zdejmą zdjęła zdjęli; zająć zajmę zajmie zajmą zajęła zajęło zajęli; bać boję boisz boi boimy boją bój bał bała bali; śmiać śmieję śmiejesz śmieje śmieją śmiej; musieć muszę muszą; płakać płaczę płaczesz płacze płaczą; kazać każę każesz każe każą każ; pokazać pokażę pokażesz pokaże pokażą pokaż; gryźć gryzę gryziesz gryzie gryzą gryzł; wiać wieje wieją",
  boilerplate: { strong: ['wszelkie prawa zastrzeżone', 'kopiowanie materiałów'], weak: ['zabronion'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-pl', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The president said the rolnicy would receive support from the state during the drought."], quiet: ["The Polish pierogi and the kielbasa were served at the party on Saturday."], why: "a Polish word (no Polish letters) left in English text; Polish loanwords of English stay silent" },
    { rule: 'capitalization', flag: ['Minister przyjechał do Warszawy. następnego dnia spotkał się z premierem.', 'Wybory odbyły się w niedzielę. frekwencja wyniosła 62 proc.'], why: 'a sentence that starts in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: ['Ekonomiści spodziewają się wzrostu cen w I kw. przyszłego roku.', 'Zgodnie z art. 7 ust. 2 ustawy wniosek złożono w terminie.',
        'Bezrobocie spadło o 0,5 proc. w porównaniu z poprzednim rokiem.',
        'Na spotkaniu byli m.in. przedstawiciele rządu, tzw. strony społecznej i samorządów.',
        'Budowa ma kosztować ok. 3 mln zł i potrwa do 2026 r. zgodnie z planami miasta.',
        'W konferencji wzięło udział ok. 200 osób, tj. o połowę mniej niż przed rokiem.',
      ],
      why: 'abbreviations of the list (proc., m.in., tzw., ok., mln, zł, r., tj.) followed by a lower-case word',
    },
    { rule: 'quotes', flag: ['Premier nazwał projekt “historycznym krokiem”.', '„Nie zgadzamy się z tą decyzją“ – powiedział rzecznik.', 'Rzecznik powiedział: „Nie mamy nowych informacji.'], why: 'English “…”, the German/Czech closing “ instead of ”, a quotation never closed' },
    {
      rule: 'quotes',
      quiet: ['Minister powiedział: „Ustawa wejdzie w życie w styczniu”.', '„Nazwał to »ostatnią szansą« dla regionu” – napisał dziennik.', '„Słowo «kryzys» padło wiele razy” – relacjonował reporter.', 'Artykuł ukazał się w dzienniku „Rzeczpospolita”.'],
      why: 'Polish „…”, with »…« and «…» inside',
    },
    { rule: 'typography', flag: ['Budżet wzrósł do 2.5 miliarda złotych.', 'Inflacja wyniosła 4.9 procent w marcu.', 'Sprzedaż wzrosła o 3.2 mln sztuk.'], why: 'an English decimal point before miliarda / procent / mln' },
    { rule: 'typography', quiet: ['Budżet wzrósł do 2,5 miliarda złotych.', 'Inflacja wyniosła w marcu 4,9 procent, a bezrobocie 5,1 proc.', 'W 2023 r. sprzedano tam 1,2 tys. mieszkań, a w mieście mieszka 1,8 mln osób.'], why: 'the Polish decimal comma before the same words' },
    { rule: 'punctuation', flag: ['Projekt został przyjęty przez; parlament w piątek.', 'Nowy rzą;d zapowiedział reformy.', 'Według ministra ! rozmowy będą kontynuowane.'], why: 'a semicolon after the preposition "przez", a semicolon inside a word, a lone "!" before a lower-case word' },
    {
      rule: 'punctuation',
      quiet: ['Rząd przyjął trzy ustawy: o podatkach, o szkolnictwie i o ochronie zdrowia.', 'Deweloper oferuje mieszkania jedno- i dwupokojowe.', 'Czy to już koniec?.. Tego nikt nie wie.', 'Najwięcej turystów przyjechało z Niemiec; nieco mniej z Czech i Słowacji.'],
      why: 'a colon and a semicolon after a noun, a suspended hyphen before "i", the "?.." of PWN',
    },
    { rule: 'repetition', quiet: ['Czekaliśmy i czekaliśmy na autobus.', 'Czekamy i czekamy na decyzję.'], why: 'an iterated verb in a finite form (iterativeEndings: past, first person plural)' },
    { rule: 'repetition', flag: ['Rząd przedstawił przedstawił nowy projekt ustawy.', 'To była ważna i ważna decyzja dla regionu.'], why: 'a doubled verb, an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Ceny rosną i rosną, a płace stoją w miejscu.', 'Czekaliśmy na to lata i lata.', 'Powtarzał to znowu i znowu, ale nikt go nie słuchał.', 'Nie, nie i jeszcze raz nie.'], why: 'iterative "rosną i rosną", idiomatic "lata i lata", "znowu i znowu", emphatic "nie, nie"' },
    { rule: 'artifact', flag: ['Rząd przyjął ustawę o podatkach.\n\nCzytaj także: Co zmieni nowa ustawa?\n\nUstawa wejdzie w życie w styczniu.', 'Sejm uchwalił budżet na przyszły rok.\n\nReklama\n\nBudżet trafi teraz do Senatu.'], why: 'a "Czytaj także:" line and a lone "Reklama" line left by the scraper' },
    { rule: 'artifact', quiet: ['Reklama telewizyjna kosztowała firmę ok. 2 mln zł.', 'Zobacz także, jak zmieniały się ceny w innych miastach.', 'Czytaj też uważnie umowy – radzi rzecznik konsumentów.'], why: 'the label words in ordinary sentences' },
    { rule: 'fragment', flag: ['W Mińsku w protestach wzięło udział ponad 150 tys. osób. ludzi.', 'Organizatorzy zapowiedzieli, że bilety zdrożeją w przyszłym roku. Bilety.'], why: 'an orphan lower-case word; a capitalised common word the paragraph writes in lower case' },
    { rule: 'fragment', quiet: ['Opozycja nie poprze tego projektu. Nigdy. Jej lider nigdy nie zmienia zdania.', 'Zapytaliśmy ministra, czy rząd się wycofa. Nie. Reforma nie zostanie wstrzymana.'], why: 'emphatic "Nigdy." and the answer "Nie." stand alone' },
    {
      rule: '*',
      quiet: [
        'Władze Gdańska ogłosiły w poniedziałek 12 lutego 2024 r. plan modernizacji transportu publicznego. Według ratusza inwestycja pochłonie ok. 4,2 mld zł, a pierwsze prace ruszą jeszcze w tym roku. „To największy program inwestycyjny w historii miasta” – powiedział na konferencji prasowej wiceprezydent Piotr Zalewski. Projekt obejmuje m.in. zakup 120 nowych tramwajów.\n\nRadni opozycji przyjęli zapowiedź z ostrożnością. Ich zdaniem koszty mogą wzrosnąć nawet o 15 proc. z powodu inflacji. „Potrzebujemy rzetelnego harmonogramu, a nie obietnic” – stwierdziła radna Anna Nowak. Sesja rady miasta w tej sprawie odbędzie się 29 lutego.',
      ],
      why: 'native news prose: „…”, a decimal comma, abbreviations, a date, names',
    },
  ],
} satisfies LanguagePack;
