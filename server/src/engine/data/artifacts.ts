/**
 * Scraper and CMS leftovers. Each list says where the strings come from.
 */
import { byLanguage } from '../languages/index';

/**
 * Bracketed placeholders left by ad plugins and WordPress shortcodes when a page is scraped as
 * text: "[ad_1]" (the Ad Inserter / auto-blog plugins' numbered slots), WordPress core shortcodes
 * (embed, caption, gallery, audio, video, playlist) and common page-builder/plugin prefixes.
 * A bracketed word NOT in this list ("[sic]", "[1]", "[he]") is editorial and never flagged.
 */
export const SHORTCODE_NAMES = new Set([
  'ad', 'ads', 'adsense', 'advert', 'advertisement', 'adrotate', 'ad_code', 'ad_unit', 'banner',
  'embed', 'caption', 'gallery', 'audio', 'video', 'playlist', 'wp_caption',
  'related', 'related_posts', 'tweet', 'twitter', 'instagram', 'facebook', 'youtube', 'contact-form-7', 'contact-form',
  'mc4wp_form', 'newsletter', 'sharethis', 'addtoany', 'social_share', 'toc', 'su_note', 'su_box', 'su_button',
]);
/** Prefixes of page-builder shortcodes (Visual Composer, Divi, tagDiv, Shortcodes Ultimate). */
export const SHORTCODE_PREFIXES = ['vc_', 'et_pb_', 'td_', 'su_', 'fusion_', 'av_', 'ad_', 'ads_'];

/** By language, from the language packs (languages/types.ts: `stubPrefixes`). */
export const STUB_PREFIXES: Readonly<Record<string, readonly string[]>> = byLanguage('stubPrefixes');

/** Words that are a stub only when they are the whole line (they are ordinary words inside prose). */
export const STUB_WHOLE_LINE_ONLY = new Set(['advertisement', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade', 'реклама', 'reklama', 'reklāma', 'advertentie', 'weiterlesen', 'loading...', 'loading…', 'continue reading', 'lire la suite', 'sigue leyendo']);

/**
 * Publisher boilerplate at the end of an article: reproduction notices. Signals (lower-case
 * substrings); a closing block is boilerplate when it contains a strong signal, or two weak ones.
 */
export const BOILERPLATE_STRONG = [
  'all rights reserved', 'strictly forbidden to use the information', 'strictly prohibited to use', 'may not be reproduced', 'without the written permission', 'without written permission', 'without prior written consent',
  'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'tutti i diritti riservati', 'todos os direitos reservados', 'все права защищены', 'всі права захищені', 'wszelkie prawa zastrzeżone', 'visos teisės saugomos', 'všechna práva vyhrazena', 'visas tiesības aizsargātas',
  'griežtai draudžiama', 'перепечатка материалов', 'использование материалов', 'kopiowanie materiałów',
];
export const BOILERPLATE_WEAK = ['©', 'copyright', 'forbidden', 'prohibited', 'without consent', 'cite', 'as the source', 'reproduction', 'redistribut', 'verboten', 'interdit', 'prohibido', 'vietato', 'proibid', 'запрещ', 'заборон', 'zabronion', 'draudžiama', 'zakázán', 'aizliegt'];
