/** Everything Calque knows of the language fi: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'fi',
  detection: [{ franc: ['fin'], script: 'Latin', extra: 'äöåšž' }],
  detectByDefault: true,
  functionWords: 'ja on että oli hän sen joka se hänen ei kun mutta myös ovat jälkeen sekä kuin jotka kanssa tämä ole he tai ollut voi mukaan vain olivat kuten niin jossa kuitenkin',
  quotes: {
    name: 'Finnish',
    primary: '””',
    secondary: '’’',
    alternatives: ['»»'],
    outerSpace: false,
    source: 'Kielitoimiston ohjepankki, “Lainausmerkit” (”…”, ’…’ inside, »…» also); [WP]',
  },
  abbreviations: ['esim', 'mm', 'ns', 'ym', 'jne', 'yms', 'ks', 'n', 'ts', 'eli', 'kpl', 'klo', 'milj', 'mrd', 'v', 's', 'tri', 'prof', 'nro', 'vrt', 'ko', 'em', 'yo', 'eaa', 'jaa', 'ekr', 'jkr', 'os', 'pvm', 'puh', 'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  ordinalDot: true,
  // Kielitoimiston sanakirja: miljoona, miljardi, biljoona (10^12), prosentti, prosenttiyksikkö
  // ("percentage point") and promille (news: blood alcohol "1,2 promillea") in the cases news puts
  // after a decimal ("2,5 miljoonaa", "1,8 miljardin", "3,2 prosentilla", "0,4 prosenttiyksikköä");
  // abbreviations milj., mrd. (Kielitoimiston ohjepankki, "Lyhenteet").
  scaleWords: [
    'miljoona', 'miljoonaa', 'miljoonan', 'miljoonalla', 'miljoonaan', 'miljoonasta', 'miljoonaksi',
    'miljardi', 'miljardia', 'miljardin', 'miljardilla', 'miljardiin', 'miljardista', 'miljardiksi',
    'biljoona', 'biljoonaa', 'biljoonan',
    'prosentti', 'prosenttia', 'prosentin', 'prosentilla', 'prosenttiin', 'prosentista', 'prosentiksi',
    'prosenttiyksikkö', 'prosenttiyksikköä', 'prosenttiyksikön', 'prosenttiyksiköllä', 'prosenttiyksikköön',
    'promillea', 'promillen', 'milj', 'mrd',
  ],
  punctuation: { openers: ['ja', 'sekä', 'tai'], conjunctions: ['ja', 'sekä', 'tai'] },
  spacedSuffixHyphen: true,
  colonSuffix: true,
  // Relative pronouns (Iso suomen kielioppi §1732 ff.): joka, mikä and their plural and case forms.
  // pairs: relative joka before the indeclinable determiner joka 'every' ("…, joka joka kerta muistaa"; Kielitoimiston sanakirja, "joka": both uses).
  repetition: { relatives: ['joka', 'jotka', 'jota', 'joita', 'jonka', 'joiden', 'mikä', 'mitkä', 'mitä', 'kuka', 'ketkä'], pairs: ['joka'], runs: ['kyllä', 'ei', 'no', 'ha', 'hyvin', 'niin'], conjunctions: ['ja', 'tai'], coordination: ['yhä', 'enemmän', 'vähemmän', 'uudelleen'] },
  // In-article link labels of yle.fi, hs.fi, is.fi, iltalehti.fi ("Lue myös:", "Lue lisää:", "Katso myös:")
  // and the "Mainos" ad label.
  stubPrefixes: ['lue myös:', 'lue lisää:', 'katso myös:', 'mainos'],
  names: {
    // Finnish and Estonian: the commonest case endings on foreign names (Putinin, Putinille, Putinista).
    caseEndings: ['ille', 'ilta', 'issa', 'ista', 'lla', 'llä', 'lle', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'ksi', 'in', 'n', 'a', 'ä', 'ia', 'ta', 'tä', 'iin', 'hin'],
    agglutinative: true,
  },
  numbers: {
    scales: [['tuhat\\p{L}*|tuhann\\p{L}*', 1e3], ['miljoon\\p{L}*|milj\\.?', 1e6], ['miljardi\\p{L}*|mrd\\.?', 1e9]],
  },
  length: {
    perEnglishChar: 1.115,
    sentenceVariance: 1.71,
  },
  compounding: true,
  // Finnic, Greek, Hungarian: case endings (consonant gradation is not handled).
  inflection: { withNameEndings: true, endings: ['en', 'n', 'a', 'ä', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi', 'na', 'nä', 't', 'ja', 'jä', 'ien', 'iden', 'ihin', 'ista', 'issä', 'ille'], strip: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['kaikki oikeudet pidätetään'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-fi', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The company said that the hallitus had approved the new rules for the industry."], quiet: ["After the sauna, the Finnish team went swimming in the cold lake nearby."], why: "a Finnish word left in English text; Finnish loanwords of English (sauna) stay silent" },
    { rule: 'capitalization', flag: ['Hallitus kokoontui maanantaina. ministerit keskustelivat budjetista.'], why: 'a sentence left in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: ['Hankkeeseen osallistuu mm. yliopistoja ja kuntia.', 'Tarjolla on esim. kahvia ja teetä.', 'Itsenäisyyspäivää vietetään 6. joulukuuta.', 'Hanke maksaa n. 3 milj. euroa.'],
      why: 'listed abbreviations (mm., esim., n., milj.) and the ordinal dot before a lower-case word',
    },
    {
      rule: 'quotes',
      flag: ['Ministeri sanoi: “Emme nosta veroja.”', 'Hän sanoi: „Tulen huomenna.“', 'Ministeri sanoi: ”Emme nosta veroja.'],
      why: 'English “…” and German „…“ instead of Finnish ”…”; a quotation never closed',
    },
    {
      rule: 'quotes',
      quiet: ['Ministeri sanoi: ”Emme nosta veroja.”', 'Lehti kirjoitti: ”Ministeri kutsui suunnitelmaa ’historialliseksi askeleeksi’.”', 'Kirjan nimi on »Tuntematon sotilas».'],
      why: 'Finnish ”…” with ’…’ inside, and »…»',
    },
    {
      rule: 'punctuation',
      flag: ['Hallitus ja; oppositio pääsivät sopuun.', 'Ministerin mukaan päätös ? tehdään vasta syksyllä eduskunnan kokoontuessa.', 'Eduskunta hyväk;syi lain.'],
      why: 'a semicolon after the conjunction ja, a stray question mark, a semicolon inside a word',
    },
    {
      rule: 'punctuation',
      quiet: ['Mukana olivat hallitus ja oppositio; sopu syntyi illalla.', 'Tulos oli selvä: laki hyväksyttiin.', 'Tuonti- ja vientiluvut paranivat ja EU:n komissio kiitti hallitusta.'],
      why: 'a semicolon and a colon between clauses, a suspended hyphen before ja, a colon before a case ending',
    },
    { rule: 'repetition', flag: ['Hallitus hyväksyi hyväksyi lain.', 'Kysymys on tärkeä ja tärkeä koko maalle.'], why: 'a doubled verb; an adjective coordinated with itself' },
    {
      rule: 'repetition',
      quiet: ['Hän yritti uudelleen ja uudelleen.', 'Kyllä kyllä, ymmärrän.', 'Hän on ainoa, joka joka kerta muistaa kiittää.'],
      why: 'iterative coordination, a repeated answer word, relative joka before joka ‘every’',
    },
    { rule: 'typography', flag: ['Kaupunki saa valtiolta 2.5 miljoonaa euroa.', 'Työttömyysaste nousi maaliskuussa 8.3 prosenttiin.', 'Yhtiön liikevaihto oli 1.2 mrd. euroa.'], why: 'an English decimal point before miljoonaa, prosenttiin, mrd.' },
    { rule: 'typography', quiet: ['Kaupunki saa valtiolta 2,5 miljoonaa euroa.', 'Työttömyysaste nousi 0,4 prosenttiyksikköä 8,3 prosenttiin.', 'Ottelu alkaa klo 14.30, ja katsojia odotetaan 45 000.'], why: 'decimal comma; a time with a point and a spaced thousands separator' },
    { rule: 'artifact', flag: ['Hallitus esitteli budjettinsa tiistaina.\n\nLue myös: Oppositio tyrmää hallituksen budjetin\n\nEduskunnan käsittely alkaa ensi viikolla.', 'Eduskunta hyväksyi lain torstaina.\n\nMainos\n\nLaki tulee voimaan tammikuussa.'], why: 'a “Lue myös:” line and a lone “Mainos” line left by the scraper' },
    { rule: 'artifact', quiet: ['Lue myös hakuohjeet huolellisesti ennen kuin täytät lomakkeen.', 'Mainos toisensa jälkeen katosi lehdistä, kun lukijat siirtyivät verkkoon.'], why: 'the label words opening ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Eduskunta hyväksyi 14. maaliskuuta uuden ilmastolain. Ympäristöministeri Maria Virtanen kutsui sitä ”tärkeäksi askeleeksi”. Lain mukaan päästöjen on vähennyttävä 60 prosenttia vuoteen 2030 mennessä. Kustannusten arvioidaan olevan 1,2 miljardia euroa.\n\nOppositio arvosteli esitystä jyrkästi. Sen mukaan verotus kiristyy liian nopeasti. Tukia pitäisi kohdistaa erityisesti maaseudulle, esim. pienyrittäjille. Lopullisessa äänestyksessä lakia kannatti 112 kansanedustajaa.',
      ],
      why: 'native news paragraphs: ”…”, an ordinal date, decimal comma, an abbreviation',
    },
  ],
} satisfies LanguagePack;
