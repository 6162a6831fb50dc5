/** Everything Calque knows of the language ja: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ja',
  quotes: {
    name: 'Japanese',
    primary: '「」',
    secondary: '『』',
    alternatives: ['“”', '〝〟', '〝〞'],
    outerSpace: false,
    innerSpace: 'none',
    source: 'JIS X 4051:2004 (「…」, 『…』 inside); 文部省「くぎり符号の使ひ方」(1946); [WP]',
  },
  reduplicating: true,
  // Labels of Yahoo!ニュース, NHK NEWS WEB, asahi.com, mainichi.jp: 関連記事 / 【関連記事】 / 関連ニュース
  // headings, 続きを読む links, the 広告 slot. A label with a full-width colon counts only as a
  // line of its own (rules/artifact.ts reads an ASCII colon or space after a label).
  stubPrefixes: ['関連記事', '【関連記事】', '関連ニュース', '続きを読む', '広告'],
  numbers: {
    scaleForms: { 1e4: { one: '万', other: '万', glue: true }, 1e8: { one: '億', other: '億', glue: true }, 1e12: { one: '兆', other: '兆', glue: true } },
    percentWords: 'パーセント',
  },
  length: {
    perEnglishChar: 0.51,
    sentenceVariance: 3.31,
  },
  unspaced: true,
  fewExclamations: true,
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['無断転載を禁じます', '無断転載禁止'] },
  cases: [
    {
      rule: 'quotes',
      flag: ['首相は„増税は行わない“と述べた。', '首相は«増税は行わない»と述べた。', '官房長官は「首相は「増税は行わない」と明言した」と説明した。'],
      why: 'German and French marks in Japanese; 「…」 nested in 「…」 where 『…』 belongs',
    },
    {
      rule: 'quotes',
      quiet: ['首相は「増税は行わない」と述べた。', '官房長官は「首相は『増税は行わない』と明言した」と説明した。', '〝令和の米騒動〟とも呼ばれる品薄が続いている。', '首相は“増税は行わない”と述べた。'],
      why: '「…」 with 『…』 inside (JIS X 4051); the accepted 〝…〟 and “…”',
    },
    {
      rule: 'artifact',
      flag: ['日本銀行は政策金利の引き上げを決めた。\n\n関連記事\n\n植田総裁は記者会見で理由を説明した。', '日本銀行は政策金利の引き上げを決めた。\n\n【関連記事】\n\n植田総裁は記者会見で理由を説明した。', '日本銀行は政策金利の引き上げを決めた。\n\n広告\n\n植田総裁は記者会見で理由を説明した。'],
      why: 'a 関連記事 / 【関連記事】 heading and a lone 広告 line left by the scraper',
    },
    {
      rule: 'artifact',
      quiet: ['関連記事によると、政府は来年度も補助金を続ける方針だ。', '広告費は前年比で5%増えた。', '続きを読むには会員登録が必要だ。'],
      why: 'the label words in ordinary sentences',
    },
    {
      rule: '*',
      quiet: [
        '日本銀行は1月24日、金融政策決定会合で短期の政策金利を0.25%から0.5%に引き上げることを決めた。植田和男総裁は記者会見で「物価の基調は着実に高まっている」と述べた。利上げは昨年7月以来となる。\n\n' +
          '政府は同日、2025年度の実質GDP成長率の見通しを1.2%とする試算を公表した。赤沢亮正経済再生相は「賃上げの流れを地方にも広げたい」と強調した。経済界からは「『好循環』の定着にはなお時間がかかる」との声も上がっている。',
      ],
      why: 'native news paragraphs: 「…」 and 『…』, decimals, GDP, a date and names',
    },
  ],
} satisfies LanguagePack;
