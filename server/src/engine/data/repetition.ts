/**
 * Legitimate doubled words, per language (lower-case). Each list says why its words may
 * legitimately stand twice in a row. Sources: LanguageTool's word-repeat rules and tests
 * (en, de, ru, uk), retext-repeated-words, the PUD corpora (see test/unit/repetition.test.ts),
 * and standard grammars.
 *
 * `pairs`: may occur exactly twice ("had had"); a third repetition is still flagged.
 * `runs`:  reduplication/interjections that may repeat any number of times ("ha ha ha").
 * `coordination`: words that are idiomatic in "X and X" ("more and more", "again and again").
 */
export interface RepetitionData {
  pairs: string[];
  runs: string[];
  /** Conjunctions for doubled coordination ("X and X"). */
  conjunctions: string[];
  coordination: string[];
  /** Relative words: a phrase repeated right after a relative clause is grammar ("nobody who waits for us waits for us"). */
  relatives?: string[];
  /** Doubled articles/pronouns that are fine when they do not start the sentence (German "…, die die …"). */
  midSentencePairs?: string[];
}

export const REPETITION: Record<string, RepetitionData> = {
  en: { relatives: ['who', 'which', 'that', 'whoever', 'whatever', 'what', 'whom', 'where', 'when'],
    // had had (past perfect of have), that that (conjunction + demonstrative; but see the
    // determiner check in rules/repetition.ts), do do ("they do do"), can can (noun + modal; can-can).
    pairs: ['had', 'that', 'do', 'can'],
    // Intensifying and interjectional reduplication (LanguageTool's English exceptions and tests):
    runs: ['so', 'far', 'very', 'really', 'long', 'many', 'much', 'bye', 'ha', 'hah', 'haha', 'ho', 'hee', 'oh', 'ah', 'ok', 'okay', 'o', 'hip', 'knock', 'tut', 'blah', 'bla', 'chop', 'meow', 'woof', 'boo', 'yeah', 'yes', 'no', 'come', 'now', 'there', 'well', 'hush', 'night', 'quick', 'pom', 'tick', 'tock', 'cha', 'la', 'na', 'da', 'dum', 'bang', 'choo', 'beep', 'tsk', 'hey', 'ooh', 'aah', 'wow', 'go'],
    conjunctions: ['and', 'or', 'nor'],
    // "more and more", "again and again", "over and over", "on and on", "round and round",
    // "through and through", "by and by", "out and out", "neck and neck", "years and years"…
    coordination: ['more', 'less', 'fewer', 'again', 'lots', 'loads', 'tons', 'you', 'over', 'on', 'round', 'around', 'through', 'by', 'out', 'up', 'down', 'back', 'neck', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'miles', 'times', 'ages', 'higher', 'further', 'farther', 'better', 'worse', 'faster', 'bigger', 'smaller', 'deeper', 'closer', 'louder', 'stronger', 'weaker', 'longer', 'greater', 'harder'],
  },
  de: { relatives: ['der', 'die', 'das', 'wer', 'was', 'welcher', 'welche', 'welches', 'wo'],
    // Relative pronoun after an article or demonstrative: "die die", "der der", "das das" (LanguageTool
    // GermanWordRepeatRule; PUD de); "sie sie" ("warfen sie sie weg"), "wer wer" ("wer wer ist").
    pairs: ['sie', 'wer', 'was', 'ihr'],
    midSentencePairs: ['die', 'der', 'das', 'den', 'dem', 'des'],
    runs: ['ha', 'haha', 'na', 'ja', 'nein', 'so', 'oh', 'ach', 'tja', 'pst', 'tschüss', 'bla', 'sehr'],
    conjunctions: ['und', 'oder'],
    // "mehr und mehr", "nach und nach", "durch und durch", "immer und immer", "Jahre und Jahre"
    coordination: ['so', 'mehr', 'weniger', 'nach', 'durch', 'immer', 'wieder', 'hin', 'her', 'jahre', 'stunden', 'tage', 'über', 'ab', 'um', 'fort'],
  },
  fr: { relatives: ['qui', 'que', 'qu', 'dont', 'où'],
    // Reflexive pronominal verbs: "nous nous sommes", "vous vous êtes" (PUD fr).
    pairs: ['nous', 'vous'],
    runs: ['ha', 'hé', 'oh', 'ah', 'non', 'oui', 'si', 'très', 'bla', 'chut', 'bon', 'là', 'tout', 'pan', 'toc'],
    conjunctions: ['et', 'ou', 'ni'],
    // "encore et encore", "plus et plus" is not French but appears in MT: keep it flagged.
    coordination: ['encore', 'toujours', 'petit', 'peu', 'tant', 'ainsi'],
  },
  es: { relatives: ['que', 'quien', 'quienes', 'cual', 'donde'],
    pairs: [],
    runs: ['ja', 'je', 'sí', 'no', 'muy', 'bla', 'ay', 'oh', 'ya', 'poco', 'tan', 'cerca'],
    conjunctions: ['y', 'e', 'o', 'u', 'ni'],
    // "una y otra vez" differ; "más y más" is idiomatic, "poco a poco" uses "a".
    coordination: ['más', 'menos', 'así', 'años', 'horas', 'días'],
  },
  it: { relatives: ['che', 'chi', 'cui', 'quale'],
    // "lecca lecca" (lollipop, PUD it), "pian piano", "via via", "man mano" are fixed reduplications.
    pairs: [],
    runs: ['lecca', 'piano', 'via', 'man', 'ah', 'eh', 'oh', 'sì', 'no', 'bla', 'molto', 'così', 'tanto', 'poco', 'presto', 'quasi', 'pian', 'ora', 'bene', 'forte', 'zitto'],
    conjunctions: ['e', 'o', 'ed', 'né'],
    coordination: ['più', 'meno', 'sempre', 'ancora', 'anni', 'ore', 'giorni'],
  },
  pt: { relatives: ['que', 'quem', 'qual', 'onde'],
    pairs: [],
    runs: ['sim', 'não', 'muito', 'ah', 'oh', 'ha', 'bla', 'tão', 'quase', 'já', 'corre', 'pouco'],
    conjunctions: ['e', 'ou', 'nem'],
    coordination: ['mais', 'menos', 'anos', 'horas', 'dias', 'cada'],
  },
  nl: { relatives: ['die', 'dat', 'wie', 'wat'], pairs: ['die', 'dat'], runs: ['ha', 'ja', 'nee', 'oh', 'heel', 'zo', 'bla'], conjunctions: ['en', 'of'], coordination: ['meer', 'minder', 'weer', 'steeds', 'jaren', 'uren'] },
  ru: { relatives: ['кто', 'что', 'который', 'которая', 'которое', 'которые'],
    // "так так", "да да", "нет нет" (colloquial), "чуть чуть" (also hyphenated), "еле еле".
    // "от добра добра не ищут" (proverb: genitive of добро + of добрый).
    pairs: ['добра'],
    runs: ['да', 'нет', 'так', 'ну', 'ха', 'ой', 'ах', 'эх', 'чуть', 'еле', 'очень', 'бла', 'тук', 'кис', 'ау', 'ай', 'мало', 'давно', 'много', 'тихо', 'нет'],
    conjunctions: ['и', 'или', 'либо'],
    // "снова и снова", "больше и больше", "ещё и ещё", "вновь и вновь", "годы и годы"
    coordination: ['снова', 'вновь', 'ещё', 'еще', 'больше', 'меньше', 'всё', 'все', 'годы', 'часы', 'дни', 'опять'],
  },
  uk: { relatives: ['хто', 'що', 'який', 'яка', 'яке', 'які'],
    // "ні ні" (LanguageTool UkrainianWordRepeatRule test), "так так", "ледь ледь".
    // "від добра добра не шукають" (proverb: genitive of добро + of добрий).
    pairs: ['добра'],
    runs: ['ні', 'так', 'ну', 'ха', 'ой', 'ах', 'ледь', 'дуже', 'бла', 'ще', 'тук', 'трохи', 'ага'],
    conjunctions: ['і', 'й', 'та', 'або', 'чи'],
    coordination: ['знову', 'ще', 'більше', 'менше', 'роки', 'години', 'дні'],
  },
  be: { pairs: [], runs: ['не', 'так', 'ну', 'ха', 'ой', 'ледзь', 'вельмі'], conjunctions: ['і', 'й', 'ці', 'або'], coordination: ['зноў', 'яшчэ', 'больш', 'менш'] },
  pl: { relatives: ['kto', 'co', 'który', 'która', 'które', 'którzy'],
    // "coraz" doubles are not Polish; "ciągle i ciągle"? "jeszcze i jeszcze" colloquial.
    pairs: [],
    runs: ['tak', 'nie', 'no', 'ha', 'och', 'ach', 'bardzo', 'bla', 'ledwo', 'puk', 'hop'],
    conjunctions: ['i', 'oraz', 'lub', 'albo', 'czy'],
    coordination: ['znowu', 'jeszcze', 'więcej', 'mniej', 'lata', 'godziny', 'dni'],
  },
  // Czech and Galician "se se" (PUD): reflexive + preposition/clitic. Galician "polo polo" (for the chicken).
  cs: { relatives: ['kdo', 'co', 'který', 'která', 'které', 'kteří'], pairs: ['se', 'si'], runs: ['ano', 'ne', 'tak', 'no', 'ha', 'ach', 'moc', 'velmi', 'bla', 'hned'], conjunctions: ['a', 'i', 'nebo', 'či'], coordination: ['znovu', 'víc', 'více', 'méně', 'roky', 'hodiny'] },
  sk: { pairs: ['sa', 'si'], runs: ['áno', 'nie', 'tak', 'no', 'ha', 'veľmi'], conjunctions: ['a', 'i', 'alebo'], coordination: ['znova', 'viac', 'menej'] },
  gl: { pairs: ['se', 'polo', 'pola'], runs: ['si', 'non', 'moi', 'ai'], conjunctions: ['e', 'ou', 'nin'], coordination: ['máis', 'menos'] },
  sv: { relatives: ['som', 'vem', 'vad', 'vilken', 'vilket', 'vilka'], pairs: ['som', 'det'], runs: ['ja', 'nej', 'ha', 'oj', 'mycket', 'så'], conjunctions: ['och', 'eller'], coordination: ['mer', 'fler', 'färre', 'mindre', 'åter', 'om', 'år', 'timmar', 'en', 'ett', 'två'] },
  da: { relatives: ['som', 'der', 'hvem', 'hvad'], pairs: ['som', 'det', 'der'], runs: ['ja', 'nej', 'ha', 'meget', 'så'], conjunctions: ['og', 'eller'], coordination: ['mere', 'mindre', 'igen'] },
  no: { relatives: ['som', 'der', 'hvem', 'hva'], pairs: ['som', 'det', 'der'], runs: ['ja', 'nei', 'ha', 'veldig', 'så'], conjunctions: ['og', 'eller'], coordination: ['mer', 'mindre', 'igjen'] },
  // Relative pronouns (Iso suomen kielioppi §1732 ff.): joka, mikä and their plural and case forms.
  fi: { relatives: ['joka', 'jotka', 'jota', 'joita', 'jonka', 'joiden', 'mikä', 'mitkä', 'mitä', 'kuka', 'ketkä'], pairs: [], runs: ['kyllä', 'ei', 'no', 'ha', 'hyvin', 'niin'], conjunctions: ['ja', 'tai'], coordination: ['yhä', 'enemmän', 'vähemmän', 'uudelleen'] },
  lt: { pairs: [], runs: ['taip', 'ne', 'na', 'cha', 'labai', 'vos'], conjunctions: ['ir', 'ar', 'arba'], coordination: ['vėl', 'daugiau', 'mažiau', 'metai'] },
  lv: { pairs: [], runs: ['jā', 'nē', 'nu', 'ha', 'ļoti', 'tik'], conjunctions: ['un', 'vai'], coordination: ['atkal', 'vairāk', 'mazāk'] },
  hu: { pairs: ['a', 'az'], runs: ['igen', 'nem', 'ha', 'nagyon', 'jó', 'egy'], conjunctions: ['és', 'vagy', 'meg'], coordination: ['újra', 'egyre', 'több'] },
  ro: { pairs: [], runs: ['da', 'nu', 'ha', 'foarte', 'încet'], conjunctions: ['și', 'sau'], coordination: ['iar', 'mai', 'din'] },
  el: { pairs: [], runs: ['ναι', 'όχι', 'χα', 'πολύ', 'σιγά'], conjunctions: ['και', 'ή'], coordination: ['ξανά', 'περισσότερο'] },
  // Arabic: "من من" (preposition + relative "who", PUD), letter names in spelled acronyms (بي بي سي = BBC,
  // سي إن إن = CNN, إس إس = SS).
  ar: { pairs: ['من'], runs: ['بي', 'سي', 'إس', 'إن', 'دي', 'إم', 'جي', 'تي', 'آي', 'أي', 'كي', 'إف', 'إل'], conjunctions: [], coordination: [] },
  he: { pairs: [], runs: [], conjunctions: [], coordination: [] },
};

/**
 * Languages with productive full reduplication (doubling a word is grammar, not a slip):
 * Turkish (sık sık, yavaş yavaş, göz göre göre), Hindi/Urdu/Bengali (धीरे धीरे, ले ले), Indonesian/Malay
 * (plural and intensity by reduplication, often written with a space in informal text), Thai, Vietnamese,
 * Tagalog, and CJK (no spaces; the segmenter's word boundaries are not reliable for doubling).
 * Adjacent doubled words are not reported in these languages.
 */
/**
 * Proper names that are one word written twice (lower-case; any language): places, people,
 * bands, songs and titles. A capitalised word doubled is otherwise a slip ("New York York",
 * "Biden Biden"). Sources: Wikipedia, "Reduplication" (English examples) and "List of
 * reduplicated place names"; the names of well-known bands and songs.
 */
export const REDUPLICATED_NAMES = new Set([
  // places
  'bora', 'walla', 'wagga', 'pago', 'baden', 'sing', 'kiri', 'bongo', 'tumba', 'mbanza',
  // people and characters
  'sirhan', 'humbert', 'major', 'bam', 'jar',
  // Burmese given names are often one syllable twice (May May, Aung Aung, Moe Moe, Hla Hla, Su Su)
  'may', 'aung', 'moe', 'hla', 'su', 'nu', 'khin', 'thida', 'zaw', 'win',
  // movements, bands, songs
  'mau', 'duran', 'talk', 'gus', 'sugar', 'rebel', 'monday', 'louie', 'mony', 'bang', 'baby', 'bye', 'yo', 'chin', 'can', 'dum',
  // plants, foods
  'ylang', 'mahi', 'cous',
]);

export const REDUPLICATING_LANGUAGES = new Set(['tr', 'az', 'hi', 'ur', 'bn', 'id', 'ms', 'th', 'vi', 'tl', 'zh', 'ja', 'ko', 'km', 'lo', 'my', 'fa', 'ta', 'te', 'mr', 'gu', 'pa', 'ne', 'sw']);

/**
 * Intensifying (iterative) coordination: a verb or a comparative coordinated with itself says
 * "on and on" — "we waited and waited", Russian "ждали и ждали", "чаще и чаще", Spanish "suben y
 * suben", Italian "crescono e crescono", French "ils montent et montent" — and is grammar, not the
 * doubled adjective or noun of machine translation ("the most sensitive and sensitive issues",
 * "острые и острые вопросы"). The endings below mark verb forms and comparatives of the language
 * that adjectives and nouns (the doubled kind) do not take. Sources: the languages' reference
 * grammars (Русская грамматика 1980 §§ 1501 ff. on comparatives, verb conjugation tables;
 * Граматика української мови; RAE Nueva gramática § 4; Serianni, Grammatica italiana; Grevisse;
 * Nowa encyklopedia PWN — grammar; Mluvnice češtiny) for the endings; LanguageTool's word-repeat
 * tests and the peer cases for the shapes.
 * English: a verb in -ed or -s coordinated with itself at the end of a clause or before a
 * preposition ("prices rose and rose.", "he talked and talked for hours") — before a noun it is
 * the doubled adjective ("complicated and complicated issues").
 */
export const ITERATIVE_ENDINGS: Record<string, RegExp> = {
  ru: /(?:ее|ей|ше|же|ще|ет|ют|ут|ит|ят|ат|ал|ял|ил|ел|ли|ла|ло|ешь|ишь|ся|сь)$/u,
  uk: /(?:іше|ше|же|ає|яє|ує|ють|уть|ить|ять|ать|ав|ив|ів|ла|ли|ло|ся)$/u,
  be: /(?:ей|ае|яе|уе|юць|уць|іць|аць|аў|іў|ла|лі|ло|ся)$/u,
  pl: /(?:ej|ują|uje|ają|ał|ała|ało|ali|ały|eją|ieje|rośnie|rosną)$/u,
  cs: /(?:ěji|eji|uje|ují|ají|al|ala|ali|aly|il|ila|ili)$/u,
  es: /(?:an|en|aba|aban|ían|ía|ó|ió)$/u,
  gl: /(?:an|en|aba|aban|ían|ía|ou)$/u,
  pt: /(?:am|em|ava|avam|iam|ia|ou)$/u,
  it: /(?:ano|ono|ava|avano|eva|evano|iva|ivano)$/u,
  fr: /(?:[^m]ent|ait|aient)$/u,
};
