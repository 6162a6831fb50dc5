/** Everything Calque knows of the language hr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'hr',
  detection: [{ franc: ['hrv'], script: 'Latin', extra: 'čćđšž', group: 'sh' }],
  detectByDefault: true,
  quotes: {
    name: 'Croatian',
    primary: '„“',
    secondary: '‚‘',
    alternatives: ['„”', '»«', '‘’', '’’'],
    source: 'Hrvatski pravopis (Institut za hrvatski jezik, 2013) §“Navodnici”: „…“ or »…«, ‘…’ inside; [WP] also lists „…”',
  },
  abbreviations: ['npr', 'tj', 'itd', 'sl', 'st', 'g', 'br', 'str', 'mil', 'mlrd', 'tis', 'kn', 'dr', 'prof', 'ul', 'god', 'min', 'tzv', 'odn', 'usp', 'v', 'sv'],
  ordinalDot: true,
  oneLetterWords: 'a i k o s u',
  // Hrvatski jezični portal (HJP) and Hrvatski pravopis (IHJJ, kratice tis., mil., mlrd.): milijun, milijarda,
  // bilijun (long scale: 10^12), posto and postotak in the forms after a decimal ("2,5 milijuna", "1,8 milijardi",
  // "3,2 posto"), "postotni bod" by its first word ("za 0,5 postotnih bodova").
  scaleWords: ['milijun', 'milijuna', 'milijunu', 'milijuni', 'milijune', 'milijunima', 'milijarda', 'milijarde', 'milijardi', 'milijardu', 'milijardama', 'bilijun', 'bilijuna', 'bilijuni', 'bilijune', 'posto', 'postotak', 'postotka', 'postotaka', 'postotke', 'postotni', 'postotna', 'postotnih', 'postotnog', 'postotnoga', 'mil', 'mlrd', 'tis'],
  repetition: {
    pairs: [],
    // "ha ha" (laughter), "joj joj", "oh oh", "jako jako" (emphatic), "bla bla". Not "da": "da da" is the
    // conjunction doubled as often as the answer (which is written "Da, da").
    runs: ['ne', 'ha', 'joj', 'oh', 'ah', 'jako', 'bla'],
    conjunctions: ['i', 'ili', 'te'],
    // "opet i opet", "iznova i iznova" (again and again), "više i više", "godinama i godinama", "satima i satima".
    coordination: ['opet', 'iznova', 'više', 'manje', 'godinama', 'satima', 'danima'],
  },
  // Labels of Croatian portals before related links: index.hr's "PROČITAJTE JOŠ:", and "PROČITAJTE I:",
  // "VIDI JOŠ:" of other portals (jutarnji.hr, 24sata.hr style).
  stubPrefixes: ['pročitajte još:', 'pročitajte i:', 'vidi još:'],
  names: {
    caseEndings: ['a', 'u', 'e', 'i', 'om', 'em', 'ima', 'ama'],
    cIsTs: true,
  },
  inflection: { withNameEndings: true, endings: ['o', 'ama', 'ima', 'om', 'oj', 'og', 'oga', 'ome', 'ih'], strip: true, bare: true },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['sva prava pridržana'] },
  cases: [
    { rule: 'capitalization', flag: ['Ministar je stigao u Zagreb. sljedeći dan sastao se s gradonačelnicima.', 'Izbori su održani u nedjelju. odaziv je bio 52 posto.'], why: 'a sentence that starts in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: [
        'Nezaposlenost je pala na 6,1 posto, tj. na najnižu razinu dosad.',
        'Gradnja će stajati oko 3 mil. eura i trajat će do 2027. godine.',
        'Na sastanku su bili npr. predstavnici Vlade i gradova.',
        'Sastali su se 3. listopada u Splitu.',
      ],
      why: 'abbreviations of the list (tj., mil., npr.) and ordinals (2027., 3.) before a lower-case word',
    },
    { rule: 'quotes', flag: ['Premijer je prijedlog nazvao “povijesnim korakom”.', 'Premijer je prijedlog nazvao «povijesnim korakom».'], why: 'English “…”, guillemets the wrong way round' },
    {
      rule: 'quotes',
      quiet: ['Ministar je rekao: „Zakon stupa na snagu u siječnju.“', '„To je ‘posljednja prilika’ za regiju“, napisao je list.', '»Zakon stupa na snagu u siječnju«, rekao je ministar.'],
      why: 'Croatian „…“ with ‘…’ inside, and »…«',
    },
    { rule: 'typography', flag: ['Proračun je povećan za 2.5 milijuna eura.', 'Inflacija je u ožujku pala na 3.2 posto.', 'Šteta je premašila 1.5 mil. eura.'], why: 'an English decimal point before milijuna / posto / mil.' },
    { rule: 'typography', quiet: ['Proračun je povećan za 2,5 milijuna eura.', 'Inflacija je u ožujku pala na 3,2 posto, odnosno za 0,5 postotnih bodova.', 'Utakmica je počela u 18.30 sati, a pratilo ju je 12.500 gledatelja.'], why: 'the Croatian decimal comma; a time with a point and a thousands point' },
    { rule: 'repetition', flag: ['Vlada je predstavila plan za za obnovu željeznice.', 'Bila je to važna i važna odluka.'], why: 'a doubled preposition, an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Pokušavali su opet i opet, ali bez uspjeha.', 'Na odluku su čekali godinama i godinama.', 'Bilo je jako jako teško.', 'Ha ha, to je dobra šala, rekao je.'], why: 'idiomatic "opet i opet", "godinama i godinama", emphatic "jako jako", laughter "ha ha"' },
    { rule: 'artifact', flag: ['Vlada je donijela zakon.\n\nPROČITAJTE JOŠ: Što donosi novi zakon\n\nZakon stupa na snagu u siječnju.', 'Vlada je donijela zakon.\n\nPročitajte i: Tko će plaćati veći porez\n\nZakon stupa na snagu u siječnju.'], why: 'a "PROČITAJTE JOŠ:" and a "Pročitajte i:" line left by the scraper' },
    { rule: 'artifact', quiet: ['Pročitajte još jednom uvjete ugovora, savjetuju odvjetnici.', 'Vidi još prostora za rast plaća, rekao je ministar.'], why: 'the label words in ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Grad Zagreb predstavio je u srijedu 14. veljače 2024. plan modernizacije javnoga prijevoza. Prema riječima zamjenika gradonačelnika Petra Horvata, ulaganje će stajati oko 42,5 mil. eura. „Riječ je o najvećem investicijskom programu u povijesti grada“, rekao je na konferenciji za medije. Plan među ostalim uključuje nabavu 40 novih tramvaja.\n\nOporbeni gradski zastupnici najavu su primili suzdržano. Prema njihovu mišljenju troškovi bi zbog inflacije mogli porasti i do 15 posto. „Trebamo pouzdan vremenski plan, a ne obećanja“, izjavila je zastupnica Ana Kovačević. Gradska skupština o planu će raspravljati 29. veljače.',
      ],
      why: 'native news prose: „…“, a decimal comma, an abbreviation, a date, names',
    },
  ],
} satisfies LanguagePack;
