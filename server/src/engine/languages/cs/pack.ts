/** Everything Calque knows of the language cs: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'cs',
  detection: [{ franc: ['ces'], script: 'Latin', extra: 'áčďéěíňóřšťúůýž' }],
  detectByDefault: true,
  functionWords: 'se na je že do to ve jako pro za bylo by který po jeho byla které ale od si tak která aby jsou než co také když jak byly mezi nebo ze byl',
  quotes: {
    name: 'Czech',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Ústav pro jazyk český, Internetová jazyková příručka, “Uvozovky” („…“, ‚…‘, »…«); [WP]',
  },
  abbreviations: ['tzv', 'např', 'atd', 'apod', 'mj', 'tj', 'tis', 'mil', 'mld', 'resp', 'r', 'st', 'stol', 'č', 'odst', 'písm', 'str', 's', 'ul', 'nám', 'př', 'n', 'l', 'kč', 'prof', 'doc', 'dr', 'ing', 'mgr', 'judr', 'mudr', 'phdr', 'rndr', 'angl', 'lat', 'něm', 'fr', 'ev', 'cca', 'min', 'max', 'tel', 'aj', 'popř', 'vč', 'zejm', 'příp', 'sv', 'gen', 'pplk', 'plk', 'nar', 'zem', 'dosl', 'řec', 'rus', 'pol', 'it', 'šp', 'pozn', 'překl', 'red', 'viz', 'srov', 'hod', 'sek', 'ml', 'pod', 'tzn'],
  titleAbbreviations: ['prof', 'Prof', 'doc', 'Doc', 'sv', 'gen', 'ul', 'nám', 'č', 'tzv', 'Ing', 'Mgr', 'MUDr', 'JUDr', 'PhDr', 'RNDr'],
  ordinalDot: true,
  oneLetterWords: 'a i k o s u v z',
  standaloneWords: 'ano ne díky děkuji prosím promiňte dobře jasně přesně právě samozřejmě nic nikdo nikdy vždy všechno dost konec proč jak co kdy kde kdo možná',
  // Slovník spisovné češtiny (SSČ) and ÚJČ's Internetová jazyková příručka ("Zkratky": tis., mil., mld.):
  // milion, miliarda, bilion (long scale: 10^12) and procento in the forms after a decimal ("2,5 milionu",
  // "1,8 miliardy", "3,2 procenta"), "procentní bod" by its first word ("o 0,4 procentního bodu");
  // SSČ also records the variant "milión" ("100 miliónů tun").
  scaleWords: ['milion', 'milionu', 'milionů', 'miliony', 'milionech', 'milionem', 'milión', 'miliónu', 'miliónů', 'milióny', 'miliarda', 'miliardy', 'miliard', 'miliardu', 'miliardě', 'miliardách', 'bilion', 'bilionu', 'bilionů', 'biliony', 'procento', 'procenta', 'procent', 'procentech', 'procentům', 'procentního', 'procentních', 'mil', 'mld', 'tis'],
  punctuation: { openers: ['v', 've', 'na', 's', 'se', 'z', 'ze', 'k', 'ke', 'do', 'od', 'po', 'pro', 'při', 'přes', 'bez', 'nad', 'pod', 'o', 'u', 'a', 'i', 'nebo', 'svůj', 'své', 'svého'], conjunctions: ['a', 'i', 'nebo', 'či', 'až'] },
  // Czech and Galician "se se" (PUD): reflexive + preposition/clitic. Galician "polo polo" (for the chicken).
  repetition: { relatives: ['kdo', 'co', 'který', 'která', 'které', 'kteří'], pairs: ['se', 'si'], runs: ['ano', 'ne', 'tak', 'no', 'ha', 'ach', 'moc', 'velmi', 'bla', 'hned'], conjunctions: ['a', 'i', 'nebo', 'či'], coordination: ['znovu', 'víc', 'více', 'méně', 'roky', 'hodiny'] },
  // and infinitives: "chodit a chodit", "bít a bít" (Mluvnice češtiny, the infinitive in -t).
  iterativeEndings: /(?:ěji|eji|uje|ují|ají|al|ala|ali|aly|il|ila|ili|it|át|ít|ét|out|ovat)$/u,
  stubPrefixes: ['čtěte také:', 'čtěte též:', 'související:', 'reklama'],
  names: {
    // Czech and Slovak: Zelenského, Zelenskému, Putina, Putinovi, Putinem.
    caseEndings: ['ého', 'ému', 'ovi', 'ách', 'ech', 'ými', 'ími', 'ým', 'ím', 'em', 'ou', 'ům', 'ji', 'ii', 'é', 'á', 'ý', 'í', 'a', 'u', 'e', 'y', 'i', 'ů'],
    stopWords: ['v', 've', 'z', 'ze', 'na', 'do', 'od', 'po', 'o', 'a', 'i', 'ale', 'nebo', 'že', 'to', 'ten', 'ta', 'je', 'se', 'jak', 'když', 'podle', 'však', 'pro', 'při', 'před', 'pod', 'nad', 'za'],
    titles: ['pan', 'paní', 'pana', 'dr', 'prof', 'prezident', 'prezidenta', 'premiér', 'ministr', 'sv', 'svatý'],
    frontAlternations: [['c', 'k'], ['z', 'h'], ['ř', 'r'], ['š', 'ch'], ['ze', 'g']],
    cIsTs: true,
  },
  numbers: {
    scales: [['tis\\.|tisíc\\p{L}*', 1e3], ['mil\\.|mln\\.?|milion\\p{L}*|milión\\p{L}*', 1e6], ['mld\\.?|miliard\\p{L}*', 1e9], ['bilion\\p{L}*', 1e12]],
    scaleForms: { 1e3: { abbr: 'tis.', one: 'tisíc', few: 'tisíce', many: 'tisíce', other: 'tisíc' }, 1e6: { abbr: 'mil.', one: 'milion', few: 'miliony', many: 'milionu', other: 'milionů' }, 1e9: { abbr: 'mld.', one: 'miliarda', few: 'miliardy', many: 'miliardy', other: 'miliard' } },
    percentWords: 'procent\\p{L}*',
    spelled: [[0, 'nula'], [1, 'jeden jedna jedno jednoho jedné jednom'], [2, 'dva dvě dvou dvěma oba obě'], [3, 'tři tří třem třemi'], [4, 'čtyři čtyř čtyřech čtyřmi'], [5, 'pět pěti'], [6, 'šest šesti'], [7, 'sedm sedmi'], [8, 'osm osmi'], [9, 'devět devíti'], [10, 'deset deseti'], [11, 'jedenáct jedenácti'], [12, 'dvanáct dvanácti tucet'], [13, 'třináct třinácti'], [14, 'čtrnáct čtrnácti'], [15, 'patnáct patnácti'], [16, 'šestnáct šestnácti'], [17, 'sedmnáct sedmnácti'], [18, 'osmnáct osmnácti'], [19, 'devatenáct devatenácti'], [20, 'dvacet dvaceti'], [30, 'třicet třiceti'], [40, 'čtyřicet čtyřiceti'], [50, 'padesát padesáti'], [60, 'šedesát'], [70, 'sedmdesát'], [80, 'osmdesát'], [90, 'devadesát'], [100, 'sto set sta stě stech'], [1000, 'tisíc'],
      [10, 'desetiletí'], [2, 'dvakrát'], [3, 'třikrát']],
    ordinalStems: [['prvn', 1], ['druh', 2], ['třet', 3], ['čtvrt', 4], ['pát', 5], ['šest', 6], ['sedm', 7], ['osm', 8], ['devát', 9], ['desát', 10],
      // teens and tens as ordinals, decades and inflected cardinals ("patnáctého století", "v šedesátých letech", "z osmdesáti procent")
      ['jedenáct', 11], ['dvanáct', 12], ['třináct', 13], ['čtrnáct', 14], ['patnáct', 15], ['šestnáct', 16], ['sedmnáct', 17], ['osmnáct', 18], ['devatenáct', 19],
      ['dvacát', 20], ['třicát', 30], ['čtyřicát', 40], ['padesát', 50], ['šedesát', 60], ['sedmdesát', 70], ['osmdesát', 80], ['devadesát', 90]],
    compoundPrefix: [['jedno', 1], ['dvou', 2], ['tří', 3], ['čtyř', 4], ['pěti', 5], ['šesti', 6], ['sedmi', 7], ['osmi', 8], ['devíti', 9], ['deseti', 10], ['dvaceti', 20],
      ['jedenácti', 11], ['dvanácti', 12], ['třinácti', 13], ['čtrnácti', 14], ['patnácti', 15], ['šestnácti', 16], ['sedmnácti', 17], ['osmnácti', 18], ['devatenácti', 19], ['třiceti', 30], ['čtyřiceti', 40], ['padesáti', 50], ['šedesáti', 60], ['sedmdesáti', 70], ['osmdesáti', 80], ['devadesáti', 90]],
  },
  length: {
    perEnglishChar: 0.963,
    sentenceVariance: 2.08,
  },
  inflection: { withNameEndings: true, endings: ['ách', 'ami', 'ům', 'ích', 'ech', 'ě', 'ií', 'iích'], strip: true, bare: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // argument pronouns of Czech dictionaries (někdo, něco and their cases); irregular light verbs.
  citationWords: "někdo někoho někomu někým něco něčeho něčemu něčím být mít dát brát vzít jít",
  boilerplate: { strong: ['všechna práva vyhrazena'], weak: ['zakázán'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-cs', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The spokesman said that the vláda would discuss the budget on Monday morning."], quiet: ["The brand's slogan was written in Czech, and the robot was named after a play."], why: "a Czech word left in English text; Czech loanwords of English (robot) stay silent" },
    { rule: 'capitalization', flag: ['Ministr přijel do Brna. další den se setkal se starosty.', 'Volby skončily v sobotu. účast dosáhla 65 procent.'], why: 'a sentence that starts in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: [
        'Stavba bude stát přibližně 3 mld. korun a potrvá do r. 2027.',
        'Na jednání byli mj. zástupci vlády a krajů, např. hejtmani.',
        'Zasedání se konalo 3. října v Praze.',
        'Škoda dosáhla 2 mil. korun a pojišťovna ji uhradí do konce měsíce.',
      ],
      why: 'abbreviations of the list (mld., mj., např., mil.) and an ordinal date before a lower-case word',
    },
    { rule: 'quotes', flag: ['Premiér označil návrh za “historický krok”.', '„Nesouhlasíme s tím,” řekl mluvčí.', 'Mluvčí řekl: „Nemáme žádné nové informace.'], why: 'English “…”, the Polish closing ” instead of “, a quotation never closed' },
    { rule: 'quotes', quiet: ['Ministr řekl: „Zákon začne platit v lednu.“', '„Označil to za ‚poslední šanci‘ pro region,“ napsal deník.', 'Článek vyšel v týdeníku »Respekt«.'], why: 'Czech „…“ with ‚…‘ inside, and »…«' },
    { rule: 'typography', flag: ['Rozpočet kraje se zvýšil o 2.5 miliardy korun.', 'Inflace v březnu zpomalila na 3.2 procenta.', 'Škody přesáhly 1.5 mil. korun.'], why: 'an English decimal point before miliardy / procenta / mil.' },
    { rule: 'typography', quiet: ['Rozpočet kraje se zvýšil o 2,5 miliardy korun.', 'Inflace v březnu zpomalila na 3,2 procenta, tedy o 0,4 procentního bodu.', 'Zápas začal v 18.30 hodin a sledovalo ho 45 000 diváků.'], why: 'the Czech decimal comma; a time with a point and a spaced thousands' },
    { rule: 'punctuation', flag: ['Vláda schválila rozpočet na; příští rok.', 'Nová vlá;da slíbila reformy.', 'Podle ministra ! jednání budou pokračovat.'], why: 'a semicolon after the preposition "na", a semicolon inside a word, a lone "!" before a lower-case word' },
    { rule: 'punctuation', quiet: ['Vláda schválila tři zákony: o daních, o školství a o zdravotnictví.', 'Firma nabízí jedno- a dvoupokojové byty.', 'Jednání se týkalo středo- a východoevropských zemí.'], why: 'a colon after a noun, suspended hyphens before "a"' },
    { rule: 'repetition', flag: ['Vláda předložila předložila nový návrh zákona.', 'Bylo to důležité a důležité rozhodnutí.'], why: 'a doubled verb, an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Nechtěl se se mnou o tom bavit.', 'Ceny stoupají a stoupají, mzdy stojí.', 'Čekali jsme na to roky a roky.', 'Zkoušeli to znovu a znovu.'], why: 'reflexive "se" + preposition "se", iterative "stoupají a stoupají", idiomatic "roky a roky", "znovu a znovu"' },
    { rule: 'artifact', flag: ['Vláda schválila zákon.\n\nČtěte také: Co změní nový zákon\n\nZákon začne platit v lednu.', 'Vláda schválila zákon.\n\nReklama\n\nZákon začne platit v lednu.'], why: 'a "Čtěte také:" line and a lone "Reklama" line left by the scraper' },
    { rule: 'artifact', quiet: ['Reklama v televizi stála firmu přes 2 mil. korun.', 'Související dokumenty zveřejnilo ministerstvo na svém webu.'], why: 'the label words in ordinary sentences' },
    { rule: 'fragment', flag: ['V Minsku se protestů zúčastnilo přes 150 tisíc lidí. osob.', 'Pořadatelé oznámili, že vstupenky příští rok zdraží. Vstupenky.'], why: 'an orphan lower-case word; a capitalised common word the paragraph writes in lower case' },
    { rule: 'fragment', quiet: ['Vláda od reformy neustoupí. Nikdy. Premiér zopakoval, že nikdy nepřijme kompromis.', 'Zeptali jsme se ministra, zda bude kandidovat. Ano. Potvrdil, že ano, a to už v květnu.'], why: 'emphatic "Nikdy." and the answer "Ano." stand alone' },
    {
      rule: '*',
      quiet: [
        'Pražský magistrát ve středu 14. února 2024 představil plán modernizace městské hromadné dopravy. Podle náměstka primátora Petra Dvořáka bude investice stát přibližně 4,2 mld. Kč. „Jde o největší investiční program v historii města,“ řekl na tiskové konferenci. Projekt zahrnuje mj. nákup 120 nových tramvají.\n\nOpoziční zastupitelé přijali oznámení zdrženlivě. Podle nich mohou náklady kvůli inflaci vzrůst až o 15 %. „Potřebujeme spolehlivý harmonogram, ne sliby,“ uvedla zastupitelka Jana Nováková. Zastupitelstvo bude o projektu jednat 29. února.',
      ],
      why: 'native news prose: „…“, a decimal comma, abbreviations, a date, names',
    },
  ],
} satisfies LanguagePack;
