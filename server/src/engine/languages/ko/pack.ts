/** Everything Calque knows of the language ko: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'ko',
  quotes: {
    name: 'Korean',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['「」', '『』'],
    outerSpace: false,
    source: '국립국어원, 한글 맞춤법 부록 “문장 부호” (2015): “…” and ‘…’; [WP]',
  },
  reduplicating: true,
  // Labels of yna.co.kr, chosun.com, hani.co.kr, joongang.co.kr and the portals' news pages:
  // 관련기사 / 관련 기사 / [관련기사] headings, the 많이 본 뉴스 box, the 광고 slot.
  stubPrefixes: ['관련기사', '관련 기사', '[관련기사]', '많이 본 뉴스', '광고'],
  numbers: {
    scaleForms: { 1e4: { one: '만', other: '만', glue: true }, 1e8: { one: '억', other: '억', glue: true }, 1e12: { one: '조', other: '조', glue: true } },
    percentWords: '퍼센트|프로',
    spelled: [[1, '한 하나'], [2, '두 둘'], [3, '세 셋'], [4, '네 넷'], [5, '다섯'], [6, '여섯'], [7, '일곱'], [8, '여덟'], [9, '아홉'], [10, '열'], [20, '스무 스물'], [30, '서른'], [40, '마흔'], [50, '쉰']],
    spelledPrefix: 2,
  },
  length: {
    perEnglishChar: 0.447,
    sentenceVariance: 2.78,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['무단 전재 및 재배포 금지'] },
  cases: [
    {
      rule: 'quotes',
      flag: ['대통령은 «경제 회복이 최우선»이라고 말했다.', '장관은 „협상은 계속된다“고 밝혔다.', '대변인은 “대통령이 “경제가 최우선”이라고 말했다”고 전했다.'],
      why: 'French and German marks in Korean; “…” nested in “…” where ‘…’ belongs',
    },
    {
      rule: 'quotes',
      quiet: ['장관은 “협상은 계속된다”고 밝혔다.', '대변인은 “대통령이 ‘경제가 최우선’이라고 말했다”고 전했다.', '한강의 『소년이 온다』는 2014년에 출간됐다.'],
      why: '“…” with ‘…’ inside and a particle glued after the mark; 『…』 for a book title (국립국어원 문장 부호)',
    },
    {
      rule: 'artifact',
      flag: ['한국은행은 기준금리를 동결했다.\n\n관련기사\n\n시장에서는 다음 달 인하 가능성이 거론된다.', '한국은행은 기준금리를 동결했다.\n\n많이 본 뉴스\n\n시장에서는 다음 달 인하 가능성이 거론된다.', '한국은행은 기준금리를 동결했다.\n\n광고\n\n시장에서는 다음 달 인하 가능성이 거론된다.'],
      why: 'a 관련기사 heading, the 많이 본 뉴스 box and a lone 광고 line left by the scraper',
    },
    {
      rule: 'artifact',
      quiet: ['관련 기사에 따르면 정부는 내년에도 지원을 이어갈 방침이다.', '광고 시장은 지난해 5% 성장했다.'],
      why: 'the label words in ordinary sentences',
    },
    {
      rule: '*',
      quiet: [
        '한국은행은 1월 16일 기준금리를 연 3.0%로 동결했다. 이창용 총재는 기자간담회에서 “환율 변동성이 커진 만큼 신중하게 판단했다”고 말했다. 시장에서는 다음 달 인하 가능성이 거론된다.\n\n' +
          '통계청에 따르면 지난해 소비자물가는 2.3% 올랐다. 경제협력개발기구(OECD)는 올해 한국의 성장률을 2.1%로 전망했다. 한 전문가는 “‘체감 물가’는 여전히 높다”고 지적했다.',
      ],
      why: 'native news paragraphs: “…” and ‘…’, decimals, OECD, a date and a name',
    },
  ],
} satisfies LanguagePack;
