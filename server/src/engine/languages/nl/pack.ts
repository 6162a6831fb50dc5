/** Everything Calque knows of the language nl: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'nl',
  // Verb-final subordinate clauses and verb-second main clauses (Algemene Nederlandse Spraakkunst,
  // "De volgorde van de werkwoorden"; "dat hij de plaat poetste", "hij poetste de plaat").
  verbFinal: true,
  initialDigraphs: ['ij'],
  detection: [{ franc: ['nld'], script: 'Latin', extra: 'áéèëïóöü' }],
  detectByDefault: true,
  functionWords: 'de het een en van in is dat op te voor met zijn die niet aan er door ook om als bij maar werd wordt naar uit dan nog worden heeft hebben was over tot deze dit hij zij ze',
  quotes: {
    name: 'Dutch',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['‘’', '„”'],
    source: 'Taalunie, Taaladvies.net “Aanhalingstekens: enkele of dubbele” (‘…’ and “…”; „…” in older print); [WP]',
  },
  abbreviations: ['bijv', 'bv', 'enz', 'etc', 'o', 'a', 'm', 'n', 'z', 'ca', 'dr', 'mr', 'drs', 'ir', 'prof', 'nr', 'blz', 'jl', 'vs', 'mln', 'mld', 'resp', 'incl', 'excl', 'max', 'min', 'ong', 'tel', 'st'],
  titleAbbreviations: ['Dhr', 'Mevr', 'Dr', 'Drs', 'Ir', 'Mr', 'Prof', 'St', 'nr', 'blz'],
  oneLetterWords: 'u',
  standaloneWords: 'ja nee dank bedankt sorry goed prima precies inderdaad niets niemand nooit altijd alles genoeg klaar waarom hoe wat wanneer waar wie misschien',
  scaleWords: ['miljoen', 'miljard', 'biljoen', 'procent', 'mln', 'mld'],
  punctuation: { openers: ['de', 'het', 'een', 'van', 'voor', 'tijdens', 'tussen', 'zonder', 'en', 'of', 'zijn', 'haar', 'hun', 'ons', 'onze'], conjunctions: ['en', 'of', 'tot'] },
  repetition: { relatives: ['die', 'dat', 'wie', 'wat'], pairs: ['die', 'dat'], runs: ['ha', 'ja', 'nee', 'oh', 'heel', 'zo', 'bla'], conjunctions: ['en', 'of'], negations: ['niet', 'nooit'], coordination: ['meer', 'minder', 'weer', 'steeds', 'jaren', 'uren'] },
  stubPrefixes: ['lees ook:', 'lees meer:', 'advertentie'],
  names: {
    // Dutch, Scandinavian: genitive/plural -s (Ruttes, Putins).
    caseEndings: ['s'],
    titles: ['dhr', 'mevr', 'dr', 'prof', 'st', 'sint', 'president', 'minister', 'koning', 'koningin'],
    articles: ['de', 'het'],
  },
  numbers: {
    scales: [['duizend', 1e3], ['miljoen\\p{L}*|mln\\.?|mio\\.?', 1e6], ['miljard\\p{L}*|mld\\.?|mrd\\.?', 1e9], ['biljoen\\p{L}*', 1e12]],
    scaleForms: { 1e3: { one: 'duizend', other: 'duizend' }, 1e6: { abbr: 'mln', one: 'miljoen', other: 'miljoen' }, 1e9: { abbr: 'mld', one: 'miljard', other: 'miljard' } },
    percentWords: 'procent',
    ordinalSuffix: 'e|ste|de',
    spelled: [[0, 'nul'], [1, 'een één'], [2, 'twee'], [3, 'drie'], [4, 'vier'], [5, 'vijf'], [6, 'zes'], [7, 'zeven'], [8, 'acht'], [9, 'negen'], [10, 'tien'], [11, 'elf'], [12, 'twaalf dozijn'], [13, 'dertien'], [14, 'veertien'], [15, 'vijftien'], [16, 'zestien'], [17, 'zeventien'], [18, 'achttien'], [19, 'negentien'], [20, 'twintig'], [30, 'dertig'], [40, 'veertig'], [50, 'vijftig'], [60, 'zestig'], [70, 'zeventig'], [80, 'tachtig'], [90, 'negentig'], [100, 'honderd'], [1000, 'duizend']],
  },
  compounding: true,
  inflection: { endings: ['s', "'s", '’s', 'en', 'n', 'e'], short: ['s', "'s", '’s'] },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // Van Dale's argument words (iemand, iets); irregular light verbs.
  citationWords: "iemand iemands iets zijn hebben worden doen geven nemen gaan komen laten maken",
  boilerplate: { strong: ['alle rechten voorbehouden'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-nl-be', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The police said the verdachte was arrested near the station on Friday evening."], quiet: ["The museum shows the work of Vincent van Gogh and other Dutch painters of the time."], why: "a Dutch word left in English text; a Dutch name particle before a name stays silent" },
    { rule: 'capitalization', flag: ['De minister kwam maandag in Den Haag aan. de gesprekken begonnen een uur later.', 'De prijzen stegen in maart met 3 procent. ook de huren gingen omhoog.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['Het overleg duurde ca. twee uur.', 'Denk bijv. aan de hoge energieprijzen.', 'Scholen, ziekenhuizen, bibliotheken enz. krijgen volgend jaar meer geld.'], why: 'a listed abbreviation (ca., bijv., enz.) before a lower-case word' },
    { rule: 'quotes', flag: ['De minister noemde het plan „onrealistisch“.', '“De wet zegt “geen uitzonderingen”, en daar houden we ons aan”, zei ze.'], why: 'German marks in Dutch text; a nested quotation in the same marks' },
    { rule: 'quotes', quiet: ['“We geven niet op”, zei de burgemeester.', '‘We geven niet op’, zei de burgemeester.', '“De wet zegt ‘geen uitzonderingen’, en daar houden we ons aan”, zei ze.'], why: '“…” and ‘…’, single inside double' },
    { rule: 'typography', flag: ['De gemeente krijgt 2.5 miljoen euro van het Rijk.', 'De werkloosheid steeg naar 4.1 procent.'], why: 'an English decimal point before miljoen, procent' },
    { rule: 'typography', quiet: ['De gemeente krijgt 2,5 miljoen euro van het Rijk.', 'De werkloosheid steeg naar 4,1 procent.', 'In het stadion zaten 45.000 toeschouwers.'], why: 'decimal comma; a thousands point before a noun' },
    { rule: 'punctuation', flag: ['De regering keurde de; wet dinsdag goed.', 'De minister ? zei dat de gesprekken doorgaan.', 'De reg?ering ontkende het bericht.'], why: 'a stray mark after an article, inside a clause, inside a word' },
    { rule: 'punctuation', quiet: ['De stemming was spannend; de wet werd met twee stemmen verschil aangenomen.', 'Hij noemde drie doelen: werk, wonen en zorg.', 'De in- en uitgang van het station worden verbouwd.'], why: 'semicolon and colon at a clause end; suspended hyphen before en' },
    { rule: 'repetition', flag: ['De minister zei dat de de nieuwe wet in mei ingaat.', 'De maatregelen zijn belangrijk en belangrijk voor de sector.'], why: 'a doubled word; doubled coordination' },
    { rule: 'repetition', quiet: ['Of hij wil of wil niet, hij moet komen.'], why: 'an alternative with the second copy negated (negations)' },
    { rule: 'repetition', quiet: ['Hij zei dat dat besluit definitief is.', 'De partij die die motie indiende, trekt haar steun in.', 'Meer en meer mensen werken thuis.'], why: '“dat dat”, “die die” (conjunction or relative + demonstrative), “meer en meer”' },
    { rule: 'artifact', flag: ['Lees ook: Kabinet presenteert nieuwe begroting', 'Advertentie'], why: 'scraper stub lines' },
    { rule: 'artifact', quiet: ['Advertenties voor tabak worden verboden.', 'Lees ook de kleine lettertjes, waarschuwt de Consumentenbond.'], why: 'a stub label word opening ordinary prose' },
    { rule: 'fragment', flag: ['Aan de protesten namen meer dan 150.000 mensen deel. personen.', 'Het stadion moet in 2030 klaar zijn. Kaartjes. De verkoop van kaartjes begint volgend jaar.'], why: 'an orphan word after a full stop, in lower case or capitalised' },
    { rule: 'fragment', quiet: ['De woordvoerder werd gevraagd of het rapport openbaar wordt. Nee. Hij zei nee en verliet de zaal.', 'Critici voorspelden dat het plan zou mislukken. Inderdaad. Het mislukte inderdaad, precies zoals zij hadden verwacht.'], why: 'a standalone word (Nee., Inderdaad.) as a one-word sentence' },
    { rule: '*', quiet: [
      'De gemeenteraad van Utrecht heeft op dinsdag 14 maart 2023 een nieuw verkeersplan goedgekeurd. Het plan kost ruim 2,4 miljard euro en omvat o.a. een nieuwe tramlijn. “Dit is de grootste investering in de stad in een generatie”, zei wethouder Anna de Vries. De oppositie noemde het tijdpad ambitieus, maar stemde wel in.\n\nDe werkzaamheden starten begin 2025. Eerst worden de bewoners over het tracé geraadpleegd. Het Rijk betaalt ongeveer 60 procent van de kosten. Een definitief besluit wordt voor het eind van het jaar verwacht.',
    ], why: 'native news prose: quotation marks, a decimal, an abbreviation, a date, a name' },
  ],
} satisfies LanguagePack;
