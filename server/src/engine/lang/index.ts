/**
 * Language awareness: document and block language.
 * (First version: script test + franc-min on the whole document; issue 7 refines this.)
 */
import { franc } from 'franc-min';
import type { CalqueConfig } from '../config';

const ISO3_TO_BCP47: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', rus: 'ru', ukr: 'uk', bel: 'be', lit: 'lt', lav: 'lv', pol: 'pl',
  ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', hun: 'hu', ron: 'ro', ita: 'it', por: 'pt',
  nld: 'nl', swe: 'sv', dan: 'da', nob: 'no', nno: 'nn', fin: 'fi', est: 'et', ell: 'el', tur: 'tr', bul: 'bg',
  cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', heb: 'he', hin: 'hi', ind: 'id', tha: 'th', isl: 'is', glg: 'gl',
  cat: 'ca', vie: 'vi', pes: 'fa', zlm: 'ms', uzn: 'uz', azj: 'az', kaz: 'kk',
};

export interface LanguageDecision {
  documentLanguage: string;
  /** Per block, same order as the blocks. */
  blockLanguages: string[];
  /** How the document language was decided. */
  documentLanguageSource: 'config' | 'detected' | 'fallback';
  sourceLanguages: string[];
}

export function decideLanguages(blockTexts: string[], config: CalqueConfig): LanguageDecision {
  let documentLanguage = config.language;
  let documentLanguageSource: LanguageDecision['documentLanguageSource'] = 'config';
  if (documentLanguage === 'auto') {
    let sample = '';
    for (const t of blockTexts) {
      if (sample.length > 20000) break;
      sample += t + '\n';
    }
    const iso = franc(sample, { minLength: 20 });
    const tag = ISO3_TO_BCP47[iso];
    if (tag) {
      documentLanguage = tag;
      documentLanguageSource = 'detected';
    } else {
      documentLanguage = 'en';
      documentLanguageSource = 'fallback';
    }
  }
  return {
    documentLanguage,
    blockLanguages: blockTexts.map(() => documentLanguage),
    documentLanguageSource,
    sourceLanguages: config.sourceLanguage,
  };
}

/** The primary language subtag: "de-CH" -> "de". */
export function baseLanguage(tag: string): string {
  const i = tag.indexOf('-');
  return (i < 0 ? tag : tag.slice(0, i)).toLowerCase();
}
