/**
 * Placeholder word lists per target language, for phrasebook patterns ({poss} {pron} {refl} {be} {art}).
 * Words are lower-case with the straight apostrophe ('), in the form the matcher sees them
 * (see `splitClitics` in words.ts: English "'s"/"n't" and French/Italian elided "l'" are separate words).
 * Languages without articles (ru, pl, uk) have an empty {art} list.
 */
export type PlaceholderName = 'poss' | 'pron' | 'refl' | 'be' | 'art';
export const PLACEHOLDER_NAMES: readonly PlaceholderName[] = ['poss', 'pron', 'refl', 'be', 'art'];

/** What each placeholder means, for diagnostics and docs. */
export const PLACEHOLDER_DESCRIPTIONS: Record<PlaceholderName, string> = {
  poss: 'a possessive determiner',
  pron: 'a personal pronoun',
  refl: 'a reflexive pronoun',
  be: 'a form of "to be"',
  art: 'an article',
};

const w = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

const LISTS: Record<string, Record<PlaceholderName, string[]>> = {
  en: {
    poss: w("my your his her its our their one's"),
    pron: w('i me you he him she her it we us they them one'),
    refl: w('myself yourself himself herself itself oneself ourselves yourselves themselves'),
    be: w("be am is are was were been being 's 're 'm"),
    art: w('a an the'),
  },
  de: {
    poss: w(`mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
      sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
      unser unsere unseren unserem unserer unseres unsre unsren unsrem unsrer unsres
      euer eure euren eurem eurer eures`),
    pron: w('ich mich mir du dich dir er ihn ihm sie ihr es wir uns euch ihnen man'),
    refl: w('mich dich sich uns euch mir dir'),
    be: w('sein bin bist ist sind seid war warst waren wart gewesen wäre wärst wären wärt sei seist seien'),
    art: w('der die das den dem des ein eine einen einem einer eines'),
  },
  fr: {
    poss: w('mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs'),
    pron: w("je j' me m' moi tu te t' toi il elle on nous vous ils elles le la l' les lui leur eux se s'"),
    refl: w("me m' te t' se s' nous vous soi"),
    be: w(`être suis es est sommes êtes sont étais était étions étiez étaient été
      serai seras sera serons serez seront serais serait serions seriez seraient
      sois soit soyons soyez soient fus fut fûmes fûtes furent`),
    art: w("le la l' les un une des du"),
  },
  es: {
    poss: w(`mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras
      mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas`),
    pron: w('yo me mí conmigo tú te ti contigo él lo le ella la ello nosotros nosotras nos vosotros vosotras os ellos ellas los las les se usted ustedes'),
    refl: w('me te se nos os sí'),
    be: w(`ser soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron
      sido siendo será serán sería serían sea sean estar estoy estás está estamos estáis están
      estaba estabas estábamos estaban estuvo estuvieron estado estando esté estén`),
    art: w('el la los las un una unos unas lo'),
  },
  it: {
    poss: w('mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra vostri vostre loro'),
    pron: w("io me mi tu te ti lui lei egli ella esso essa lo la l' gli le ci noi ce vi voi ve loro essi esse si"),
    refl: w('mi ti si ci vi sé se'),
    be: w(`essere sono sei è siamo siete era eri eravamo eravate erano fui fosti fu fummo foste furono
      stato stata stati state sarà sarai saremo sarete saranno sarebbe sarebbero sia siano fosse fossero`),
    art: w("il lo la l' i gli le un uno una un'"),
  },
  pt: {
    poss: w('meu minha meus minhas teu tua teus tuas seu sua seus suas nosso nossa nossos nossas vosso vossa vossos vossas dele dela deles delas'),
    pron: w('eu me mim comigo tu te ti contigo ele ela o a lhe nós nos conosco vós vos eles elas os as lhes se você vocês'),
    refl: w('me te se nos vos si'),
    be: w(`ser sou és é somos sois são era eras éramos eram fui foi fomos foram sido sendo será serão seria seriam seja sejam
      estar estou estás está estamos estão estava estavam esteve estiveram estado estando esteja estejam`),
    art: w('o a os as um uma uns umas'),
  },
  ru: {
    poss: w(`мой моя моё мое мои моего моей моему моим моём моем мою моих моими
      твой твоя твоё твое твои твоего твоей твоему твоим твоём твоем твою твоих твоими
      свой своя своё свое свои своего своей своему своим своём своем свою своих своими
      его её ее их наш наша наше наши нашего нашей нашему нашим нашем нашу наших нашими
      ваш ваша ваше ваши вашего вашей вашему вашим вашем вашу ваших вашими`),
    pron: w(`я меня мне мной мною ты тебя тебе тобой тобою он его него ему нему им ним нём нем
      она её ее неё нее ей ней ею нею оно мы нас нам нами вы вас вам вами они их них ими ними`),
    refl: w('себя себе собой собою'),
    be: w('быть есть был была было были буду будешь будет будем будете будут будь будьте являться является являются'),
    art: [],
  },
  uk: {
    poss: w(`мій моя моє мої мого моєї моєму моїй моїм моєю моїх моїми
      твій твоя твоє твої твого твоєї твоєму твоїй твоїм твоєю твоїх твоїми
      свій своя своє свої свого своєї своєму своїй своїм своєю своїх своїми
      його її їх їхній їхня їхнє їхні їхнього їхньої їхньому їхнім їхньою їхніх
      наш наша наше наші нашого нашої нашому нашій нашим нашою наших нашими
      ваш ваша ваше ваші вашого вашої вашому вашій вашим вашою ваших вашими`),
    pron: w(`я мене мені мною ти тебе тобі тобою він його нього йому ньому ним нім вона її неї їй ній нею воно
      ми нас нам нами ви вас вам вами вони їх них їм ними`),
    refl: w('себе собі собою'),
    be: w('бути є був була було були буду будеш буде будемо будете будуть будь будьте'),
    art: [],
  },
  pl: {
    poss: w(`mój moja moje mojego mojej mojemu moim moją moich moimi mego mej
      twój twoja twoje twojego twojej twojemu twoim twoją twoich twoimi
      swój swoja swoje swojego swojej swojemu swoim swoją swoich swoimi
      jego jej ich nasz nasza nasze naszego naszej naszemu naszym naszą naszych naszymi
      wasz wasza wasze waszego waszej waszemu waszym waszą waszych waszymi`),
    pron: w(`ja mnie mi mną ty ciebie cię tobie ci tobą on jego go niego jemu mu niemu nim
      ona jej niej ją nią ono je my nas nam nami wy was wam wami oni one ich nich im nimi`),
    refl: w('się siebie sobie sobą'),
    be: w(`być jestem jesteś jest jesteśmy jesteście są byłem byłam byłeś byłaś był była było
      byliśmy byłyśmy byliście byłyście byli były będę będziesz będzie będziemy będziecie będą bądź`),
    art: [],
  },
};

/** The languages that have placeholder lists. */
export const PLACEHOLDER_LANGUAGES: readonly string[] = Object.keys(LISTS);

const SETS = new Map<string, Map<PlaceholderName, Set<string>>>();

/** The set of words a placeholder stands for in `lang` (base subtag); empty if the language has none. */
export function placeholderWords(lang: string, name: PlaceholderName): ReadonlySet<string> {
  let m = SETS.get(lang);
  if (!m) {
    m = new Map();
    const l = LISTS[lang];
    for (const n of PLACEHOLDER_NAMES) m.set(n, new Set(l ? l[n] : []));
    SETS.set(lang, m);
  }
  return m.get(name)!;
}
