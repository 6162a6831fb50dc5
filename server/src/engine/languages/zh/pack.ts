/** Everything Calque knows of the language zh: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'zh',
  quotes: {
    name: 'Chinese',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['「」', '『』'],
    outerSpace: false,
    source: 'GB/T 15834-2011 标点符号用法 4.4 (“…”, ‘…’ inside); 教育部《重訂標點符號手冊》(Taiwan: 「…」, 『…』); [WP]',
  },
  reduplicating: true,
  // Labels of xinhuanet.com, people.com.cn, thepaper.cn, sina.com.cn (相关新闻, 相关阅读, 延伸阅读,
  // the 分享到： share bar, the 广告 slot) and of udn.com, ltn.com.tw (相關新聞, 延伸閱讀, 廣告).
  // A label with a full-width colon counts only as a line of its own (rules/artifact.ts reads an
  // ASCII colon or space after a label).
  stubPrefixes: ['相关新闻', '相關新聞', '相关阅读', '相關閱讀', '延伸阅读', '延伸閱讀', '分享到：', '广告', '廣告'],
  numbers: {
    scaleForms: { 1e4: { one: '万', other: '万', glue: true }, 1e8: { one: '亿', other: '亿', glue: true } },
  },
  length: {
    perEnglishChar: 0.364,
    sentenceVariance: 3.16,
  },
  unspaced: true,
  regions: {
    'zh-TW': {
      quotes: {
        name: 'Traditional Chinese',
        primary: '「」',
        secondary: '『』',
        alternatives: ['“”', '‘’'],
        outerSpace: false,
        source: '教育部《重訂標點符號手冊》(2008): 「…」 and 『…』; “…” also common in print; [WP]',
      },
    },
    'zh-Hant': {
      scaleForms: { 1e4: { one: '萬', other: '萬', glue: true }, 1e8: { one: '億', other: '億', glue: true } },
    },
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['版权所有', '版權所有'] },
  cases: [
    { rule: 'artifact', flag: ['国家统计局发布了最新数据。\n\n相关阅读：统计局发布数据\n\n专家认为，经济运行总体平稳。'], quiet: ['国家统计局发布了最新数据。\n\n广告：新产品上市\n\n专家认为，经济运行总体平稳。'], why: 'a related-reading label before a full-width colon; a one-word label (广告) only as the whole line' },
    {
      rule: 'quotes',
      flag: ['他说：«我们不会让步。»', '他说：„我们不会让步。“', '发言人表示：“总统说“谈判仍在继续”。”'],
      why: 'French and German marks in Chinese; “…” nested in “…” where ‘…’ belongs',
    },
    {
      rule: 'quotes',
      quiet: ['他说：“我们不会让步。”', '发言人表示：“总统说‘谈判仍在继续’。”', '他說：「我們不會讓步。」', '發言人表示：「總統說『談判仍在繼續』。」'],
      why: '“…” with ‘…’ inside (GB/T 15834-2011); Traditional text under zh keeps its 「…」 with 『…』 inside',
    },
    {
      rule: 'artifact',
      flag: ['国家统计局发布了最新数据。\n\n相关阅读\n\n专家认为，经济运行总体平稳。', '国家统计局发布了最新数据。\n\n分享到：\n\n专家认为，经济运行总体平稳。', '行政院通過明年度總預算案。\n\n延伸閱讀\n\n立法院將於下月審查。'],
      why: 'a 相关阅读 / 延伸閱讀 heading and a 分享到： share bar left by the scraper',
    },
    {
      rule: 'artifact',
      quiet: ['相关新闻报道引起了广泛关注。', '广告收入同比增长5%。', '延伸閱讀的書目已公布在學校網站上。'],
      why: 'the label words in ordinary sentences',
    },
    {
      rule: '*',
      quiet: [
        '国家统计局1月17日发布数据显示，2024年中国GDP同比增长5.0%。国家统计局局长康义在发布会上表示：“经济运行总体平稳、稳中有进。”他同时指出，外部环境仍然复杂严峻。\n\n' +
          '据新华社报道，北京市将于今年3月1日起实施新的生活垃圾管理规定。市民王女士说：“我觉得这项规定‘很有必要’，大家都应该遵守。”专家认为，相关配套措施还需进一步完善。',
      ],
      why: 'native news paragraphs: “…” and ‘…’, a decimal, GDP, dates and names',
    },
  ],
} satisfies LanguagePack;
