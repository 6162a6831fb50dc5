/** Everything Calque knows of the language fr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';
import { w } from '../words';

export default {
  tag: 'fr',
  detection: [{ franc: ['fra'], script: 'Latin', extra: 'àâæçéèêëîïôœùûüÿ' }],
  detectByDefault: true,
  functionWords: 'de la le les et à en des un du est une il que dans qui pour au par été ont sur qu pas avec se ce son sa sont était mais comme ne après elle cette ils avait',
  quotes: {
    name: 'French',
    primary: '«»',
    secondary: '“”',
    alternatives: ['‹›', '‘’', '“”'],
    innerSpace: 'required',
    wordFinalApostrophe: false,
    source: 'Lexique des règles typographiques en usage à l’Imprimerie nationale (2002), « Guillemets »: « … » with no-break spaces, “…” inside; [WP]',
  },
  abbreviations: ['etc', 'env', 'cf', 'av', 'apr', 'éd', 'p', 'pp', 'ex', 'n', 'vol', 'chap', 'art', 'm', 'mm', 'st', 'ste', 'dr', 'pr', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'min', 'max', 'hab', 'notamm', 'resp', 'vs', 'ca', 'coll', 'dir', 'trad', 'suiv', 'ibid', 'litt', 'gr', 'lat', 'angl', 'all', 'ital', 'esp', 'pol', 'n.d.l.r', 'ndlr', 'ndt', 'op', 'cit', 'fig'],
  titleAbbreviations: ['MM', 'Dr', 'Pr', 'St', 'Ste', 'Mgr', 'Me', 'Mlle', 'Mme', 'Vve', 'cf', 'env', 'art', 'vol', 'no'],
  oneLetterWords: 'a à y',
  standaloneWords: 'oui non si merci pardon bon bien voilà bref exactement absolument certes enfin rien personne jamais toujours tout assez fini parfait pourquoi comment quoi quand où qui peut-être sûrement évidemment',
  scaleWords: ['million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'pourcent'],
  // l’, d’, qu’, jusqu’… (Grevisse, Le Bon Usage §45; presqu’île, quelqu’un, entr’ouvrir).
  elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu', 'entr'],
  punctuation: { openers: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'de', 'à', 'dans', 'pour', 'par', 'chez', 'vers', 'sans', 'entre', 'selon', 'et', 'ou', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'cette', 'ces', 'cet'], conjunctions: ['et', 'ou', 'à'], incise: true },
  frenchSpacing: true,
  // Idiom adverbs: may stand right after an idiom's first word (phrasebook matching). French: adverbs that follow the finite verb (Grevisse, Le Bon Usage, on the position of adverbs); never a
  // negation or a restricting word.
  idiomAdverbs: 'littéralement vraiment véritablement pratiquement hier déjà toujours encore enfin finalement presque aussi maintenant bien souvent carrément',
  repetition: { relatives: ['qui', 'que', 'qu', 'dont', 'où'],
    // Reflexive pronominal verbs: "nous nous sommes", "vous vous êtes" (PUD fr).
    pairs: ['nous', 'vous'],
    runs: ['ha', 'hé', 'oh', 'ah', 'non', 'oui', 'si', 'très', 'bla', 'chut', 'bon', 'là', 'tout', 'pan', 'toc'],
    conjunctions: ['et', 'ou', 'ni'],
    // "encore et encore", "plus et plus" is not French but appears in MT: keep it flagged.
    coordination: ['encore', 'toujours', 'petit', 'peu', 'tant', 'ainsi'],
  },
  iterativeEndings: /(?:[^m]ent|ait|aient)$/u,
  stubPrefixes: ['lire aussi :', 'lire aussi:', 'à lire aussi', 'a lire aussi', 'voir aussi :',
    'sur le même sujet', 'partager sur facebook', 'partager sur twitter', 'publicité', 'lire la suite'],
  names: {
    stopWords: [
      'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'on', 'ce', 'cet', 'cette', 'ces',
      'et', 'ou', 'mais', 'donc', 'car', 'si', 'quand', 'lorsque', 'comme', 'à', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans',
      'après', 'avant', 'depuis', 'selon', 'cependant', 'toutefois', 'qui', 'que', 'quoi', 'où', 'son', 'sa', 'ses', 'leur', 'leurs', 'tous', 'tout',
    ],
    titles: ['m', 'mm', 'mme', 'mmes', 'mlle', 'me', 'dr', 'pr', 'président', 'présidente', 'ministre', 'roi', 'reine', 'pape', 'saint', 'sainte', 'st', 'ste', 'général', 'monsieur', 'madame'],
    articles: ['le', 'la', 'les', 'l'],
  },
  placeholders: {
    poss: w('mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs'),
    pron: w("je j' me m' moi tu te t' toi il elle on nous vous ils elles le la l' les lui leur eux se s'"),
    refl: w("me m' te t' se s' nous vous soi"),
    be: w(`être suis es est sommes êtes sont étais était étions étiez étaient été
      serai seras sera serons serez seront serais serait serions seriez seraient
      sois soit soyons soyez soient fus fut fûmes fûtes furent`),
    art: w("le la l' les un une des du"),
  },
  numbers: {
    scales: [['mille|milliers?', 1e3], ['millions?|mio\\.?|m(?=\\s?[€$£])', 1e6], ['milliards?|mds?|mrds?', 1e9], ['billions?', 1e12]],
    scaleForms: { 1e3: { one: 'mille', other: 'mille' }, 1e6: { one: 'million', other: 'millions' }, 1e9: { abbr: 'Md', one: 'milliard', other: 'milliards' }, 1e12: { one: 'billion', other: 'billions' } },
    percentWords: 'pour\\s?cent|pourcent',
    ordinalSuffix: 'e|er|re|ère|ème|eme|è|es|ers|res|nd|nde',
    spelled: [[0, 'zéro'], [1, 'un une'], [2, 'deux'], [3, 'trois'], [4, 'quatre'], [5, 'cinq'], [6, 'six'], [7, 'sept'], [8, 'huit'], [9, 'neuf'], [10, 'dix'], [11, 'onze'], [12, 'douze douzaine'], [13, 'treize'], [14, 'quatorze'], [15, 'quinze'], [16, 'seize'], [17, 'dix-sept'], [18, 'dix-huit'], [19, 'dix-neuf'], [20, 'vingt'], [30, 'trente'], [40, 'quarante'], [50, 'cinquante'], [60, 'soixante'], [70, 'soixante-dix'], [80, 'quatre-vingts quatre-vingt'], [90, 'quatre-vingt-dix'], [100, 'cent cents'], [1000, 'mille'],
      [1, 'premier première'], [2, 'second seconde'], [10, 'décennie'], [2, 'deux-fois'],
      [11, 'onzième'], [12, 'douzième'], [13, 'treizième'], [14, 'quatorzième'], [15, 'quinzième'], [16, 'seizième'], [17, 'dix-septième'], [18, 'dix-huitième'], [19, 'dix-neuvième'], [20, 'vingtième'], [21, 'vingt-et-unième'], [100, 'centième'], [1000, 'millième']],
    ordinalStems: [['premi', 1], ['deuxi', 2], ['troisi', 3], ['quatri', 4], ['cinqui', 5], ['sixi', 6], ['septi', 7], ['huiti', 8], ['neuvi', 9], ['dixi', 10], ['doubl', 2], ['tripl', 3]],
    halfAfter: 'et\\s+demie?',
  },
  length: {
    perEnglishChar: 1.155,
    sentenceVariance: 2.05,
  },
  prostheticE: true,
  regions: {
    'fr-CH': {
      quotes: {
        name: 'Swiss French',
        primary: '«»',
        secondary: '‹›',
        alternatives: ['“”', '‘’'],
        innerSpace: 'optional',
        wordFinalApostrophe: false,
        source: 'Guide du typographe (Groupe de Lausanne, 7th ed.): «…» and ‹…›, the space inside is optional in Switzerland; [WP]',
      },
    },
  },
  // Romance: plural (and French/Italian gender endings of adjectives).
  inflection: {
    endings: ['s', 'x', 'e', 'es'], replace: { al: ['aux'], ail: ['aux'] }, short: ['s', 'x'],
    // Phrasebook forms (phrasebook/forms.ts): Bescherelle, La conjugaison pour tous (the regular endings of the first and second groups and of the third group's -re verbs: present, imperfect, passé simple, future, conditional, subjunctive, participles), Grevisse, Le Bon Usage §§811–819.
    formEndings: ['er', 'e', 'es', 'ent', 'ons', 'ez', 'ais', 'ait', 'aient', 'ions', 'iez', 'a', 'as', 'ai', 'âmes', 'âtes', 'èrent', 'erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'erions', 'eriez', 'eraient', 'é', 'ée', 'és', 'ées', 'ant', 'ir', 'i', 'ie', 'is', 'it', 'issons', 'issez', 'issent', 'isse', 'isses', 'issions', 'issiez', 'issais', 'issait', 'issaient', 'issant', 'irai', 'iras', 'ira', 'irons', 'irez', 'iront', 'irais', 'irait', 'iraient', 're', 'rai', 'ras', 'ra', 'rons', 'rez', 'ront', 'rais', 'rait', 'raient', 'u', 'ue', 'us', 'ues'],
    minStem: 4,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // Le Robert's argument words (qqn, qqch.); irregular light verbs of the third group and avoir, être, aller (Bescherelle).
  citationWords: "quelqu'un qqn qn quelque chose qch qc avoir être faire aller prendre mettre donner dire voir tenir venir",
  // Irregular verbs: Bescherelle, La conjugaison pour tous (être, avoir, aller and the irregular verbs of the third group), with Grevisse, Le Bon Usage: present, passé
  // simple, future/conditional, subjunctive and participle forms whose stem differs from the infinitive's; forms that are also common nouns (vue, prise, mise, but,
  // bois, mort, part, sort, sens, lit, court) left out.
  irregularVerbs: "être suis es est sommes êtes sont étais était étions étiez étaient fus fut fûmes furent fût sois soit soyons soyez soient serai seras sera serons serez seront serais serait serions seraient été étant; avoir ai as a avez ont avais avait avions aviez avaient eu eue eus eut eûmes eurent eût aurai auras aura aurons aurez auront aurais aurait aurions auraient aie aies ait ayons ayez aient ayant; aller vais vas va vont irai iras ira irons irez iront irais irait irions iraient aille ailles aillent; faire font fis fit fîmes firent ferai feras fera ferons ferez feront ferais ferait ferions feraient fasse fasses fassions fassiez fassent; dire dis dit dits dite dites disons disent disais disait disaient dise dises disant; voir vu vus voyons voyez voyais voyait voyions voyaient virent verrai verras verra verrons verrez verront verrais verrait verraient voyant; prendre prenons prenez prennent prenais prenait prenaient pris prit prirent prenne prennes prenant; apprendre apprenons apprenez apprennent appris apprit apprenne; comprendre comprenons comprenez comprennent compris comprit comprenne; reprendre reprenons reprennent repris reprit reprenne; surprendre surprennent surpris surprit; mettre mets met mis mit mirent; promettre promets promet promis promit; remettre remets remet remis remit; venir viens vient viennent vint vinrent viendrai viendras viendra viendrons viendrez viendront viendrais viendrait viendraient vienne viennes; devenir deviens devient deviennent devint deviendra deviendrait devienne; revenir reviens revient reviennent revint reviendra reviendrait revienne; tenir tiens tient tiennent tint tiendrai tiendra tiendront tiendrait tienne; obtenir obtiens obtient obtiennent obtint obtiendra; pouvoir peux peut peuvent pu put purent pourrai pourras pourra pourrons pourrez pourront pourrais pourrait pourrions pourraient puisse puisses puissions puissent; vouloir veux veut veulent voudrai voudras voudra voudrons voudront voudrais voudrait voudraient veuille veuillent veuillez; devoir dois doit doivent dû dus dut doive doives; savoir sais sait su sut surent saurai sauras saura saurons saurez sauront saurais saurait sauraient sache saches sachions sachent sachez sachant; falloir faut faudra faudrait; valoir vaut vaux vaudra vaudrait vaille; plaire plu plut; pleuvoir pleut; recevoir reçois reçoit reçoivent reçu reçue reçus reçut reçoive; boire buvons buvez buvait buvaient bu burent; croire croyons croyez croyais croyait croyaient; connaître connais connaissons connaissez connaissent connaissait connaissaient connu connue connus connut connaisse; paraître parais paraissent paraissait paru parut paraisse; naître nais né née nés nées naquit naquirent naissent; mourir meurs meurt meurent meure; vivre vis vit vécu vécut vécurent; suivre suit; lire lis lisons lisez lisent lisait lu lue lut lise; rire ris rit rient ri riait; ouvrir ouvert ouverte ouverts; offrir offert offerte offerts; couvrir couvert couverte; souffrir souffert; découvrir découvert; dormir dors dort; servir sers sert; battre bats bat; craindre crains craint craignent craignait craigne; asseoir assis assise assieds assied assoit; fuir fuyons fuyez fuyait fuyant; envoyer envoie envoies envoient enverrai enverra enverrait enverront; lever lève lèves lèvent lèvera; mener mène mènes mènent mènera; permettre permets permet permit; admettre admets admet admis admit; commettre commet commit; appartenir appartiens appartient appartiennent appartint; maintenir maintiens maintient maintiennent maintint maintiendra; soutenir soutiens soutient soutiennent soutint; retenir retiens retient retiennent retint retiendra; contenir contient contiennent; souvenir souviens souvient souviennent souvint souviendra; parvenir parvient parviennent parvint parviendra; convenir convient conviennent convint; intervenir intervient interviennent intervint; apercevoir aperçois aperçoit aperçu aperçue; décevoir déçois déçoit déçu déçue; émouvoir émeut ému émue; acquérir acquiert acquièrent acquis; plaindre plains plaint plaignent plaignait; atteindre atteins atteint atteignent; rejoindre rejoins rejoint rejoignent; sortir sors; partir pars",
  // Grevisse, Le Bon Usage, §§811–819 (the verb groups).
  infinitiveEndings: ["er", "ir", "re", "oir"],
  boilerplate: { strong: ['tous droits réservés'], weak: ['interdit'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-fr', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The government said the new law would toujours protect the workers of the region."], quiet: ["It was the coup de grâce for the government's plan, and everyone knew it."], why: "a French word left in English text; a French phrase English uses stays silent" },
    { rule: 'capitalization', flag: ['Le ministre est arrivé à Lyon mardi. le lendemain, il a rencontré les maires de la région.', 'Les prix ont augmenté de 5\u00a0% en un an. selon l’Insee, la hausse devrait ralentir.'], quiet: ['La réunion a duré env. deux heures, puis les délégués sont repartis.', 'Les fruits, les légumes, etc. sont vendus au marché couvert.', 'Certains fruits, p. ex. les pommes, se conservent longtemps.', 'M. Dupont a rencontré Mme Martin et le Dr Lefèvre à la mairie.'], why: 'a lower-case sentence start after a full stop; env., etc., p. ex. and the titles M., Mme, Dr are no sentence end' },
    { rule: 'quotes', flag: ['Le ministre a déclaré „nous ne céderons pas“ devant la presse.', '«\u00a0Le maire nous a dit «\u00a0il n’y aura pas de coupes\u00a0» avant le vote\u00a0», a expliqué la porte-parole.'], quiet: ['Le ministre a déclaré\u00a0: «\u00a0Nous ne céderons pas.\u00a0»', '«\u00a0Le maire nous a dit “il n’y aura pas de coupes” avant le vote\u00a0», a expliqué la porte-parole.', '« Nous sommes prêts », a assuré le préfet.'], why: 'German „…“ and «…» nested in «…» are reported; « … » with no-break (or ordinary) spaces and “…” inside are French' },
    { rule: 'typography', flag: ['Le projet a coûté 2.5 millions d’euros.', 'La dette atteint 1.2 milliard d’euros.'], quiet: ['Le projet a coûté 2,5 millions d’euros.', 'La dette atteint 1,2 milliard d’euros, soit 3,4\u00a0% du PIB.', 'Le chantier a mobilisé 1\u00a0200 ouvriers et coûté 3,7 milliards.'], why: 'an English decimal point before million/milliard; the decimal comma and the spaced thousands are French' },
    { rule: 'punctuation', flag: ['Le ministre a présenté les; mesures du gouvernement.', 'Le texte a été transmis aux\u00a0: sénateurs mardi.', 'Le gouver?nement a annoncé de nouvelles mesures.', 'Selon le ministre\u202f? les négociations reprendront lundi.'], quiet: ['Le ministre a été clair\u00a0: la réforme sera adoptée cette année.', 'Il hésite entre deux options\u202f; la première est plus coûteuse.', '«\u00a0Qui va payer\u202f?\u00a0» demandent les maires.'], why: 'a ; or : after an article or preposition (openers), a ? inside a word or mid-clause; French-spaced : ; ? that end a clause or a quotation stay' },
    { rule: 'repetition', flag: ['Le le gouvernement a annoncé un nouveau plan.', 'Ces mesures sont importantes et importantes pour les familles.', 'Il a rappelé que que la loi s’applique à tous.'], quiet: ['Nous nous sommes réunis hier soir à la mairie.', 'Vous vous trompez, a répondu le ministre.', 'Il a répété encore et encore la même promesse.', 'Les prix augmentent et augmentent depuis des mois.'], why: 'doubled words and coordination; reflexive "nous nous", "vous vous", "encore et encore" and an iterated verb are French' },
    { rule: 'artifact', flag: ['Le gouvernement a présenté son budget mardi.\n\nLire aussi\u00a0: Les syndicats appellent à la grève\n\nLes débats commencent la semaine prochaine.', 'Le gouvernement a présenté son budget mardi.\n\nÀ lire aussi : Budget 2024, ce qui change pour vous'], quiet: ['Publicité\u00a0: les dépenses des annonceurs ont progressé de 8\u00a0% en 2023', 'Sur le même sujet, le ministre n’a fait aucun commentaire.', 'Lire aussi les classiques reste essentiel, selon le ministre.'], why: '"Lire aussi :" / "À lire aussi :" stub lines; the same words opening ordinary prose or a headline stay' },
    { rule: 'fragment', flag: ['Plus de 150\u00a0000 personnes ont participé aux manifestations. personnes.', 'Les billets seront vendus en ligne dès 2030. Billets.'], quiet: ['Le ministre a-t-il renoncé\u202f? Non. Il a simplement reporté sa décision.', 'Rien. Le ministère n’a rien publié depuis lundi.', 'Y aura-t-il un accord\u202f? Peut-être. Les négociations se poursuivent.'], why: 'orphan one-word sentences; "Non.", "Rien.", "Peut-être." stand alone' },
    { rule: '*', quiet: ['Le président de la République, Emmanuel Macron, a reçu mardi 14 mars les représentants des syndicats à l’Élysée. La rencontre a duré environ deux heures, selon un communiqué publié dans la soirée. «\u00a0Le dialogue est rouvert, mais rien n’est réglé\u00a0», a résumé Sophie Binet, secrétaire générale de la CGT. M. Macron doit recevoir le patronat jeudi.\n\nD’après l’Insee, l’inflation a atteint 6,2\u00a0% sur un an en février. Les prix de l’alimentation ont progressé de 14,8\u00a0%, un niveau inédit depuis les années 1980. Le gouvernement promet un «\u00a0trimestre anti-inflation\u00a0» avec la grande distribution, qui s’engage à baisser ses prix sur plusieurs centaines de produits.'], why: 'native news prose: « » with no-break spaces, decimal comma, M., a date and names' },
  ],
} satisfies LanguagePack;
