/** Everything Calque knows of the language is: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'is',
  // Icelandic is in neither franc nor franc-min: it is decided by its letters þ/ð (detect.ts).
  detection: [{ franc: [], script: 'Latin', extra: 'áéíóúýþæöð' }],
  detectByDefault: true,
  functionWords: 'að og á sem er til við var um með fyrir hann en af því frá ekki það eftir þar eru voru hefur svo þegar hafa þess hún verið hans yfir vera úr hafði eða sér þeirra',
  // Beyond the required set: languages of the PUD test corpus with conventions we can cite.
  quotes: {
    name: 'Icelandic',
    primary: '„“',
    secondary: '‚‘',
    source: 'Íslensk málstöð, Ritreglur (2016) §“Gæsalappir”: „…“; [WP]',
  },
  abbreviations: ['t', 'd', 'o', 's', 'frv', 'þ', 'e', 'm', 'a', 'kr', 'nr', 'bls', 'dr', 'prófl', 'u', 'þús', 'millj', 'ma', 'sbr', 'skv', 'ath', 'þ.e', 'þ.m', 'o.fl', 'o.s.frv', 'f.kr', 'e.kr', 'jan', 'feb', 'mar', 'apr', 'jún', 'júl', 'ágú', 'sep', 'okt', 'nóv', 'des'],
  ordinalDot: true,
  // Íslensk nútímamálsorðabók (Árnastofnun) and its inflection tables (BÍN): milljón, milljarður, billjón (10^12),
  // prósent, prósentustig ("percentage point") and prómill (news: blood alcohol "1,2 prómill") in the forms after
  // a decimal ("2,5 milljónir", "1,8 milljarða", "3,2 prósentum", "0,4 prósentustig"); abbreviations millj.,
  // ma. (milljarðar: "2,5 ma. kr.") from Íslensk málstöð's list of abbreviations.
  scaleWords: [
    'milljón', 'milljónir', 'milljóna', 'milljónum',
    'milljarður', 'milljarð', 'milljarði', 'milljarðs', 'milljarðar', 'milljarða', 'milljörðum',
    'billjón', 'billjónir', 'billjóna', 'billjónum',
    'prósent', 'prósenta', 'prósentum', 'prósentustig', 'prósentustiga', 'prósentustigum',
    'prómill', 'millj', 'ma',
  ],
  punctuation: { openers: ['og', 'eða', 'frá', 'milli', 'á milli'], conjunctions: ['og', 'eða', 'til'] },
  repetition: {
    pairs: [],
    // Answer words and interjections repeated in speech ("já já", "nei nei", "ha ha ha").
    runs: ['já', 'nei', 'jæja', 'ha'],
    conjunctions: ['og', 'eða'],
    // Iteration and gradual change by coordination: "aftur og aftur" (again and again), "meira og meira",
    // "minna og minna", "fleiri og fleiri", "færri og færri", "betur og betur", "verr og verr".
    coordination: ['aftur', 'meira', 'minna', 'fleiri', 'færri', 'betur', 'verr'],
  },
  // Labels of visir.is, mbl.is, ruv.is: "Sjá einnig:" before a related link (Vísir), the "Tengdar fréttir"
  // heading of related links, the "Auglýsing" ad label.
  stubPrefixes: ['sjá einnig:', 'tengdar fréttir', 'auglýsing'],
  compounding: true,
  inflection: { endings: ['s', 'inn', 'inu', 'ins', 'ið', 'in', 'ir', 'irnir', 'ar', 'um', 'unum', 'a', 'u', 'i'] },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['öll réttindi áskilin'] },
  cases: [
    {
      rule: 'capitalization',
      flag: ['Ríkisstjórnin kom saman á mánudag. ráðherrarnir ræddu fjárlögin.', 'Samningurinn var undirritaður í gær. hann tekur gildi á næsta ári.'],
      why: 'a sentence left in lower case after a full stop',
    },
    {
      rule: 'capitalization',
      quiet: ['Margir ávextir, t.d. epli og perur, hækkuðu í verði.', 'Á fundinum voru m.a. fulltrúar ráðuneytisins.', 'Tekjuskattur lækkar skv. nýjum lögum.', 'Þjóðhátíðardagurinn er 17. júní og er þá frí um allt land.'],
      why: 'abbreviations (t.d., m.a., skv.) and the ordinal dot before a lower-case word',
    },
    {
      rule: 'quotes',
      flag: ['Ráðherrann sagði: “Við munum ekki hækka skatta.”', '«Við munum ekki hækka skatta», sagði ráðherrann.', 'Ráðherrann sagði: „Við munum ekki hækka skatta.'],
      why: 'English “…” and «…» instead of Icelandic „…“; a quotation never closed',
    },
    {
      rule: 'quotes',
      quiet: ['Ráðherrann sagði: „Við munum ekki hækka skatta.“', 'Blaðið skrifaði: „Ráðherrann kallaði áætlunina ‚sögulegt skref‘.“', '„Ég kem á morgun,“ sagði hann.'],
      why: 'Icelandic „…“ with ‚…‘ inside',
    },
    {
      rule: 'punctuation',
      flag: ['Ríkisstjórnin og; stjórnarandstaðan náðu samkomulagi.', 'Að sögn ráðherrans verður ákvörðun ? ekki tekin fyrr en í haust.', 'Ríkis;stjórnin samþykkti tillöguna.'],
      why: 'a semicolon after the conjunction og, a stray question mark, a semicolon inside a word',
    },
    {
      rule: 'punctuation',
      quiet: ['Ríkisstjórnin og stjórnarandstaðan náðu samkomulagi; frumvarpið verður samþykkt á þriðjudag.', 'Niðurstaðan var skýr: tillagan var samþykkt.', 'Inn- og útflutningur jókst á síðasta ári.'],
      why: 'a semicolon and a colon between clauses, a suspended hyphen before og',
    },
    { rule: 'typography', flag: ['Borgin fær 2.5 milljónir króna frá ríkinu.', 'Atvinnuleysi mældist 4.3 prósent í mars.', 'Hagnaður félagsins nam 1.2 milljörðum króna.'], why: 'an English decimal point before milljónir, prósent, milljörðum' },
    { rule: 'typography', quiet: ['Borgin fær 2,5 milljónir króna frá ríkinu.', 'Atvinnuleysi jókst um 0,4 prósentustig og mældist 4,3 prósent.', 'Leikurinn hefst kl. 14.30 og búist er við 45.000 áhorfendum.'], why: 'decimal comma; a time with a point and a thousands point' },
    { rule: 'repetition', flag: ['Ráðherrann sagði að að lögin tækju gildi í maí.', 'Málið er mikilvægt og mikilvægt fyrir alla þjóðina.'], why: 'a doubled conjunction; an adjective coordinated with itself' },
    { rule: 'repetition', quiet: ['Hann reyndi aftur og aftur en tókst það ekki.', 'Fleiri og fleiri vinna heima.', 'Nei nei, það er ekki rétt.'], why: '“aftur og aftur”, “fleiri og fleiri”, a repeated answer word' },
    { rule: 'artifact', flag: ['Ríkisstjórnin kynnti fjárlagafrumvarpið á þriðjudag.\n\nSjá einnig: Stjórnarandstaðan gagnrýnir fjárlögin harðlega\n\nUmræður á Alþingi hefjast í næstu viku.', 'Alþingi samþykkti lögin á fimmtudag.\n\nAuglýsing\n\nLögin taka gildi í janúar.'], why: 'a “Sjá einnig:” line and a lone “Auglýsing” line left by the scraper' },
    { rule: 'artifact', quiet: ['Sjá einnig töflu 2 í viðauka skýrslunnar.', 'Auglýsing fyrirtækisins vakti mikla athygli.'], why: 'the label words opening ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Alþingi samþykkti ný loftslagslög 12. mars síðastliðinn. Guðrún Jónsdóttir umhverfisráðherra kallaði lögin „mikilvægt skref“. Samkvæmt lögunum á losun að minnka um 55% fyrir árið 2030. Kostnaðurinn er áætlaður um 1,2 milljarða króna.\n\nStjórnarandstaðan gagnrýndi frumvarpið harðlega. Að hennar mati hækka skattar of hratt. Styrkina ætti m.a. að nýta til að styðja smærri fyrirtæki á landsbyggðinni. Í lokaatkvæðagreiðslunni studdu 35 þingmenn frumvarpið.',
      ],
      why: 'native news paragraphs: „…“, an ordinal date, decimal comma, an abbreviation',
    },
  ],
} satisfies LanguagePack;
