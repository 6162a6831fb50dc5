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
import { byLanguage } from '../languages/index';
export interface PunctuationData {
  openers: string[];
  conjunctions: string[];
  invertedQuestion?: boolean;
  questionEllipsis?: boolean;
  /**
   * A short reporting clause may follow "?" or "!" in lower case without quotation marks ("Qui va
   * payer ? s’interrogent les maires.", "Chi paga? chiedono i sindaci."). Sources: Grevisse, Le Bon
   * Usage §§ 380, 1067 (the incise after a question); Serianni, Grammatica italiana XVI; Cunha &
 * Cintra, Nova Gramática do Português Contemporâneo, cap. 20 ("Você vem? perguntou ela.").
   */
  incise?: boolean;
}

/** By language, from the language packs (languages/types.ts: `punctuation`). */
export const PUNCTUATION: Record<string, PunctuationData> = byLanguage('punctuation');
