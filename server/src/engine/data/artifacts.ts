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


/**
 * Publisher boilerplate at the end of an article: reproduction notices, lower-case substrings from
 * every pack (languages/types.ts: `boilerplate`); a closing block is boilerplate when it contains a
 * strong signal, or two weak ones. The © sign is a weak signal in every language.
 */
export const BOILERPLATE_STRONG: readonly string[] = Object.values(byLanguage('boilerplate')).flatMap((b) => b.strong);
export const BOILERPLATE_WEAK: readonly string[] = ['©', ...Object.values(byLanguage('boilerplate')).flatMap((b) => b.weak ?? [])];
