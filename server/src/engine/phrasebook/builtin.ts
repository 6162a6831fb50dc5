/**
 * The built-in phrasebooks, as text (esbuild `text` loader for the precompilation step;
 * test/support/register-loaders.mjs under tests). In the bundles scripts/build.mjs replaces this
 * module: the files are copied to dist/phrasebooks/ and read only when needed, with their
 * lengths and section targets written into the bundle. To add a file: one import line and one
 * list line (the build reads this list, in this order).
 */
import ltEn from '../../../phrasebooks/lt-en.calque';
import enDe from '../../../phrasebooks/en-de.calque';
import enEs from '../../../phrasebooks/en-es.calque';
import enFr from '../../../phrasebooks/en-fr.calque';
import enRu from '../../../phrasebooks/en-ru.calque';
import ruEn from '../../../phrasebooks/ru-en.calque';
import ukEn from '../../../phrasebooks/uk-en.calque';
import beEn from '../../../phrasebooks/be-en.calque';
import plEn from '../../../phrasebooks/pl-en.calque';
import csEn from '../../../phrasebooks/cs-en.calque';
import lvEn from '../../../phrasebooks/lv-en.calque';
import deEn from '../../../phrasebooks/de-en.calque';
import frEn from '../../../phrasebooks/fr-en.calque';
import esEn from '../../../phrasebooks/es-en.calque';
import itEn from '../../../phrasebooks/it-en.calque';
import ptEn from '../../../phrasebooks/pt-en.calque';
import trEn from '../../../phrasebooks/tr-en.calque';
import zhEn from '../../../phrasebooks/zh-en.calque';
import jaEn from '../../../phrasebooks/ja-en.calque';
import arEn from '../../../phrasebooks/ar-en.calque';
import hiEn from '../../../phrasebooks/hi-en.calque';
import ruUk from '../../../phrasebooks/ru-uk.calque';
import koEn from '../../../phrasebooks/ko-en.calque';
import nlEn from '../../../phrasebooks/nl-en.calque';
import enIt from '../../../phrasebooks/en-it.calque';
import enPl from '../../../phrasebooks/en-pl.calque';
import enPt from '../../../phrasebooks/en-pt.calque';
import enUk from '../../../phrasebooks/en-uk.calque';

export interface BuiltinPhrasebook {
  /** File name shown in explanations ("lt-en.calque"). */
  name: string;
  /** The file's text. In the bundles it is read from dist/phrasebooks/ on first use: checking needs only the precompiled data, so a process never holds the texts unless it lints or parses them. */
  readonly text: string;
  /** The text's length in UTF-16 code units, known without reading it (bundles; precompile.ts checks its data against it). */
  readonly length?: number;
  /** Target languages of the file's sections, known without reading it (bundles; library.ts). */
  readonly targets?: readonly string[];
}

export const BUILTIN_PHRASEBOOKS: readonly BuiltinPhrasebook[] = [
  { name: 'lt-en.calque', text: ltEn },
  { name: 'en-de.calque', text: enDe },
  { name: 'en-es.calque', text: enEs },
  { name: 'en-fr.calque', text: enFr },
  { name: 'en-ru.calque', text: enRu },
  { name: 'en-it.calque', text: enIt },
  { name: 'en-pl.calque', text: enPl },
  { name: 'en-pt.calque', text: enPt },
  { name: 'en-uk.calque', text: enUk },
  { name: 'ru-en.calque', text: ruEn },
  { name: 'uk-en.calque', text: ukEn },
  { name: 'be-en.calque', text: beEn },
  { name: 'pl-en.calque', text: plEn },
  { name: 'cs-en.calque', text: csEn },
  { name: 'lv-en.calque', text: lvEn },
  { name: 'de-en.calque', text: deEn },
  { name: 'fr-en.calque', text: frEn },
  { name: 'es-en.calque', text: esEn },
  { name: 'it-en.calque', text: itEn },
  { name: 'pt-en.calque', text: ptEn },
  { name: 'tr-en.calque', text: trEn },
  { name: 'zh-en.calque', text: zhEn },
  { name: 'ja-en.calque', text: jaEn },
  { name: 'ar-en.calque', text: arEn },
  { name: 'hi-en.calque', text: hiEn },
  { name: 'ru-uk.calque', text: ruUk },
  { name: 'ko-en.calque', text: koEn },
  { name: 'nl-en.calque', text: nlEn },
];
