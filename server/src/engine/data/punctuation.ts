/**
 * What the `punctuation` rule (stray marks) needs to know of a language.
 *
 * `openers`: words that never end a clause — articles, possessive determiners, and the
 * prepositions and coordinating conjunctions that cannot be left without their complement — so
 * that a semicolon, a colon or a free-standing mark right after one ("the; law", "of: the", "und ;
 * die") cannot belong there. Words that double as adverbs, particles or pronouns that may end a
 * clause are left out (English "in", "on", "up", "to", "with", "this", "his"; German "mit", "zu",
 * "aus", "der"; Swedish "på"). Lower case.
 * Sources: the closed classes as any grammar of the language lists them (Cambridge Grammar of
 * English; Duden Grammatik; Grevisse; RAE Nueva gramática; Treccani; Priberam; Wielki słownik
 * języka polskiego; Internetová jazyková příručka; Грамота.ру; Український правопис; VLKK;
 * SAOL), pruned by the PUD corpus (no opener is followed by ";" or ":" in any of its 21 files).
 *
 * `conjunctions`: what may follow a suspended hyphen ("Ein- und Ausgang", "pre- and post-war",
 * "středo- a východoevropský").
 *
 * `invertedQuestion`: the language opens questions and exclamations with ¿ ¡, and a sentence may
 * go on in lower case after the closing mark ("¿vienes?, preguntó").
 *
 * `questionEllipsis`: the language writes "?.." and "!.." (a question or exclamation mark with
 * the ellipsis reduced to two dots), which is then no doubled full stop. Sources: Розенталь,
 * Справочник по правописанию и литературной правке §31; Український правопис (2019) §158;
 * Правілы беларускай арфаграфіі і пунктуацыі §100; PWN, Zasady pisowni i interpunkcji §90.D
 * ("?..", "!.."); VLKK, Skyrybos taisyklės §5 (klaustukas / šauktukas su daugtaškiu);
 * Правопис на българския език (БАН, 2012), "Многоточие".
 */
export interface PunctuationData {
  openers: string[];
  conjunctions: string[];
  invertedQuestion?: boolean;
  questionEllipsis?: boolean;
}

export const PUNCTUATION: Record<string, PunctuationData> = {
  en: { openers: ['the', 'a', 'an', 'my', 'your', 'our', 'their', 'its', 'of', 'from', 'into', 'onto', 'upon', 'towards', 'toward', 'among', 'amongst', 'between', 'during', 'via', 'per', 'than', 'whose', 'and', 'or', 'nor'], conjunctions: ['and', 'or', 'to', 'nor'] },
  de: { openers: ['die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'von', 'vom', 'zum', 'zur', 'im', 'am', 'beim', 'für', 'wegen', 'während', 'zwischen', 'gegenüber', 'und', 'oder', 'sowie', 'bzw', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unsere', 'unseren'], conjunctions: ['und', 'oder', 'bis', 'bzw', 'sowie', 'als', 'statt'] },
  nl: { openers: ['de', 'het', 'een', 'van', 'voor', 'tijdens', 'tussen', 'zonder', 'en', 'of', 'zijn', 'haar', 'hun', 'ons', 'onze'], conjunctions: ['en', 'of', 'tot'] },
  fr: { openers: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'de', 'à', 'dans', 'pour', 'par', 'chez', 'vers', 'sans', 'entre', 'selon', 'et', 'ou', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'cette', 'ces', 'cet'], conjunctions: ['et', 'ou', 'à'] },
  es: { openers: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'al', 'de', 'en', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'hacia', 'desde', 'hasta', 'según', 'y', 'e', 'o', 'u', 'ni', 'su', 'sus', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'], conjunctions: ['y', 'e', 'o', 'u', 'a'], invertedQuestion: true },
  gl: { openers: ['o', 'a', 'os', 'as', 'un', 'unha', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'ao', 'de', 'en', 'con', 'por', 'para', 'sen', 'entre', 'e', 'ou', 'súa', 'seu', 'seus', 'súas'], conjunctions: ['e', 'ou', 'a'], invertedQuestion: true },
  ca: { openers: ['el', 'la', 'els', 'les', 'un', 'una', 'del', 'dels', 'al', 'als', 'de', 'en', 'amb', 'per', 'sense', 'entre', 'cap', 'i', 'o', 'seu', 'seva', 'seus', 'seves'], conjunctions: ['i', 'o', 'a'] },
  it: { openers: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'sul', 'sulla', 'con', 'per', 'tra', 'fra', 'e', 'ed', 'o', 'suo', 'sua', 'suoi', 'sue', 'loro'], conjunctions: ['e', 'ed', 'o', 'a'] },
  pt: { openers: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'aos', 'à', 'às', 'pelo', 'pela', 'pelos', 'pelas', 'com', 'por', 'para', 'sem', 'entre', 'e', 'ou', 'seu', 'sua', 'seus', 'suas'], conjunctions: ['e', 'ou', 'a'] },
  pl: { openers: ['w', 'we', 'na', 'z', 'ze', 'do', 'od', 'przez', 'dla', 'bez', 'przy', 'nad', 'pod', 'o', 'u', 'i', 'oraz', 'lub', 'albo', 'jego', 'jej', 'ich', 'swój', 'swoje', 'swoich'], conjunctions: ['i', 'a', 'lub', 'albo', 'oraz', 'czy', 'do'], questionEllipsis: true },
  cs: { openers: ['v', 've', 'na', 's', 'se', 'z', 'ze', 'k', 'ke', 'do', 'od', 'po', 'pro', 'při', 'přes', 'bez', 'nad', 'pod', 'o', 'u', 'a', 'i', 'nebo', 'svůj', 'své', 'svého'], conjunctions: ['a', 'i', 'nebo', 'či', 'až'] },
  sk: { openers: ['v', 'vo', 'na', 's', 'so', 'z', 'zo', 'k', 'ku', 'do', 'od', 'po', 'pre', 'pri', 'cez', 'bez', 'nad', 'pod', 'o', 'u', 'a', 'i', 'alebo'], conjunctions: ['a', 'i', 'alebo', 'či', 'až'] },
  ru: { openers: ['в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'от', 'до', 'из', 'у', 'за', 'для', 'без', 'при', 'через', 'над', 'под', 'про', 'и', 'а', 'или', 'его', 'её', 'ее', 'их', 'свой', 'своей', 'своих'], conjunctions: ['и', 'или', 'а'], questionEllipsis: true },
  uk: { openers: ['в', 'у', 'на', 'з', 'із', 'зі', 'до', 'від', 'по', 'про', 'при', 'через', 'над', 'під', 'для', 'без', 'за', 'і', 'й', 'та', 'або', 'його', 'її', 'їх', 'свій', 'своєї', 'своїх'], conjunctions: ['і', 'й', 'та', 'або', 'а'], questionEllipsis: true },
  be: { openers: ['у', 'ў', 'на', 'з', 'са', 'да', 'ад', 'па', 'пра', 'пры', 'праз', 'над', 'пад', 'для', 'без', 'за', 'і', 'ці', 'або'], conjunctions: ['і', 'ці', 'або', 'а'], questionEllipsis: true },
  bg: { openers: ['в', 'във', 'на', 'с', 'със', 'от', 'до', 'за', 'по', 'при', 'през', 'над', 'под', 'без', 'към', 'и', 'или'], conjunctions: ['и', 'или', 'а'], questionEllipsis: true },
  lt: { openers: ['į', 'iš', 'nuo', 'prie', 'per', 'su', 'be', 'apie', 'už', 'dėl', 'ir', 'bei', 'arba'], conjunctions: ['ir', 'bei', 'arba', 'ar'], questionEllipsis: true },
  lv: { openers: ['no', 'uz', 'ar', 'par', 'pie', 'bez', 'starp', 'un', 'vai'], conjunctions: ['un', 'vai'] },
  sv: { openers: ['en', 'ett', 'av', 'från', 'mellan', 'under', 'och', 'eller', 'sin', 'sitt', 'sina'], conjunctions: ['och', 'eller', 'till'] },
  da: { openers: ['en', 'et', 'af', 'fra', 'mellem', 'og', 'eller', 'sin', 'sit', 'sine'], conjunctions: ['og', 'eller', 'til'] },
  no: { openers: ['en', 'et', 'ei', 'av', 'fra', 'mellom', 'og', 'eller', 'sin', 'sitt', 'sine'], conjunctions: ['og', 'eller', 'til'] },
  is: { openers: ['og', 'eða', 'frá', 'milli', 'á milli'], conjunctions: ['og', 'eða', 'til'] },
  fi: { openers: ['ja', 'sekä', 'tai'], conjunctions: ['ja', 'sekä', 'tai'] },
  tr: { openers: ['ve', 'veya', 'ile'], conjunctions: ['ve', 'veya', 'ile'] },
  id: { openers: ['di', 'ke', 'dari', 'pada', 'dengan', 'untuk', 'dan', 'atau'], conjunctions: ['dan', 'atau'] },
  ro: { openers: ['un', 'o', 'unei', 'unui', 'din', 'în', 'pe', 'cu', 'pentru', 'fără', 'între', 'și', 'sau'], conjunctions: ['și', 'sau'] },
  hu: { openers: ['a', 'az', 'egy', 'és', 'vagy'], conjunctions: ['és', 'vagy', 'illetve'] },
};
