/** Everything Calque knows of the language id: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'id',
  detection: [{ franc: ['ind'], script: 'Latin', extra: '', group: 'malay' }],
  detectByDefault: true,
  functionWords: 'yang dan di untuk pada ini dengan itu dari dalam tidak ke ia adalah mereka oleh telah sebagai akan bahwa lebih juga sebuah saya bisa setelah menjadi tentang seperti ada namun tapi saat',
  quotes: {
    name: 'Indonesian',
    primary: '“”',
    secondary: '‘’',
    source: 'Pedoman Umum Ejaan Bahasa Indonesia (2016) §III.K–L: “…” and ‘…’; [WP]',
  },
  // PUEBI (2016), "Singkatan dan Akronim" 3, and EYD V (2022), "Singkatan" 4a: abbreviations of three letters or more take one full stop ("Santoso dkk. menemukan").
  abbreviations: ['dkk', 'dll', 'dsb', 'dst', 'hlm', 'sda', 'ttd', 'ybs', 'yth'],
  titleAbbreviations: ['Dr', 'Prof', 'Ir', 'Jl', 'No', 'H', 'Hj', 'Bpk', 'Sdr'],
  punctuation: { openers: ['di', 'ke', 'dari', 'pada', 'dengan', 'untuk', 'dan', 'atau'], conjunctions: ['dan', 'atau'] },
  reduplicating: true,
  // KBBI (Kamus Besar Bahasa Indonesia): ribu, juta, miliar, triliun and persen, which follow the number ("2,5 juta",
  // "1,8 miliar", "3,2 persen"); "milyar" is KBBI's non-standard variant of miliar and frequent in news.
  scaleWords: ['ribu', 'juta', 'miliar', 'milyar', 'triliun', 'persen'],
  // Doubled single words are never reported (reduplicating); these lists serve doubled coordination and
  // repeated passages. "lagi dan lagi" (again and again).
  // No conjunctions for doubled coordination: modifiers follow the noun, so "X dan X Y" is grammar
  // ("pisang dan pisang raja", bananas and plantains; PUD id).
  repetition: { pairs: [], runs: ['ha', 'ya', 'tidak'], conjunctions: [], coordination: ['lagi'] },
  // Labels of kompas.com, detik.com, cnnindonesia.com, liputan6.com: "Baca juga:" and "Lihat juga:" before related
  // links (without the colon so that CNN Indonesia's "Lihat Juga :" is found too; prose "Baca juga buku…" has no
  // colon), the "Berita Terkait" heading, and detik.com's "SCROLL TO CONTINUE WITH CONTENT" ad divider.
  stubPrefixes: ['baca juga', 'lihat juga', 'berita terkait', 'scroll to continue with content'],
  numbers: {
    scales: [['ribu', 1e3], ['juta\\p{L}*', 1e6], ['miliar\\p{L}*', 1e9], ['triliun', 1e12]],
  },
  length: {
    perEnglishChar: 1.114,
    sentenceVariance: 1.61,
  },
  // The publisher's reproduction notice as the language writes it ("all rights reserved").
  boilerplate: { strong: ['hak cipta dilindungi undang-undang'] },
  // Its common words, to name a word of it left in another language's text (lang/lexicon.ts).
  lexicon: { coverage: 'common', core: 10000, top: 1000, sources: [{ package: '@zxcvbn-ts/language-id', lists: ['commonWords', 'wikipedia'], licence: 'MIT', origin: 'zxcvbn-ts word frequencies: commonWords counted from OpenSubtitles (FrequencyWords), wikipedia from the language’s Wikipedia; ranked lists, names excluded' }] },
  cases: [
    { rule: 'untranslated', in: 'en', flag: ["The minister said that the pemerintah would build new roads in the province."], quiet: ["The batik shirts and the rendang were sold at the market in the evening."], why: "an Indonesian word left in English text; Indonesian loanwords of English stay silent" },
    {
      rule: 'capitalization',
      flag: ['Pemerintah menggelar rapat pada hari Senin. para menteri membahas anggaran.', 'Perjanjian itu ditandatangani kemarin. perjanjian tersebut berlaku mulai tahun depan.'],
      why: 'a sentence left in lower case after a full stop',
    },
    {
      rule: 'capitalization',
      quiet: ['Rapat dipimpin oleh Prof. Dr. Budi Santoso.', 'Kantornya terletak di Jl. Sudirman No. 5, Jakarta.', 'Penelitian Santoso dkk. menunjukkan hasil serupa.', 'Harga beras, gula, minyak goreng, dll. naik bulan ini.'],
      why: 'titles before a name; PUEBI abbreviations (dkk., dll.) before a lower-case word',
    },
    {
      rule: 'quotes',
      flag: ['Menteri mengatakan, „Kami tidak akan menaikkan pajak.“', '«Kami tidak akan menaikkan pajak», kata menteri.', 'Menteri mengatakan, “Kami tidak akan menaikkan pajak.'],
      why: 'German „…“ and «…» instead of Indonesian “…”; a quotation never closed',
    },
    {
      rule: 'quotes',
      quiet: ['“Kami tidak akan menaikkan pajak,” kata menteri.', 'Surat kabar itu menulis, “Menteri menyebut rencana itu ‘langkah bersejarah’.”'],
      why: 'Indonesian “…” with ‘…’ inside (PUEBI)',
    },
    {
      rule: 'punctuation',
      flag: ['Pemerintah dan; oposisi mencapai kesepakatan.', 'Menurut menteri, keputusan ? akan diambil setelah rapat kabinet bulan depan.', 'Peme;rintah menyetujui usulan itu.'],
      why: 'a semicolon after the conjunction dan, a stray question mark, a semicolon inside a word',
    },
    {
      rule: 'punctuation',
      quiet: ['Pemerintah dan oposisi mencapai kesepakatan; undang-undang itu akan disahkan pada hari Selasa.', 'Hasilnya jelas: usulan itu diterima.', 'Rapat dengan para menteri berlangsung di Jakarta dari pagi hingga sore.'],
      why: 'a semicolon and a colon between clauses; prepositions with their complements; a hyphenated reduplication',
    },
    { rule: 'typography', flag: ['Pemerintah kota menerima bantuan sebesar 2.5 miliar rupiah.', 'Tingkat pengangguran naik menjadi 5.3 persen pada bulan Maret.'], why: 'an English decimal point before miliar, persen' },
    { rule: 'typography', quiet: ['Pemerintah kota menerima bantuan sebesar 2,5 miliar rupiah.', 'Tingkat pengangguran naik menjadi 5,3 persen, sedangkan inflasi 2,8 persen.', 'Pertandingan dimulai pukul 14.30 dan diperkirakan dihadiri 45.000 penonton.'], why: 'decimal comma; a time with a point and a thousands point (PUEBI)' },
    { rule: 'repetition', flag: ['Pemerintah mengumumkan anggaran baru, mengumumkan anggaran baru.'], quiet: ['Pisang dan pisang raja pertama kali dibudidayakan di Asia Tenggara.'], why: 'a clause written twice; but "X dan X Y" is a noun and a compound of it (a doubled single word is reduplication in Indonesian and never reported)' },
    { rule: 'repetition', flag: ['Pemerintah akan akan akan akan mengumumkan anggaran baru.'], quiet: ['Anak anak bermain di halaman sekolah.'], why: 'a word written four times is a loop; a pair is reduplication' },
    { rule: 'repetition', quiet: ['Ia mencoba lagi dan lagi, tetapi tetap gagal.', 'Hal itu terjadi lagi dan lagi, tahun demi tahun.'], why: 'iterative “lagi dan lagi”' },
    { rule: 'artifact', flag: ['Pemerintah memaparkan rancangan anggaran pada hari Selasa.\n\nBaca juga: Oposisi kritik keras rancangan anggaran\n\nPembahasan di DPR dimulai pekan depan.', 'DPR mengesahkan undang-undang itu pada hari Kamis.\n\nSCROLL TO CONTINUE WITH CONTENT\n\nUndang-undang tersebut berlaku mulai Januari.'], why: 'a “Baca juga:” line and detik.com’s ad divider left by the scraper' },
    { rule: 'artifact', quiet: ['Baca juga petunjuk pemakaian sebelum menggunakan obat ini.', 'Berita terkait kenaikan harga BBM ramai dibicarakan warganet.'], why: 'the label words opening ordinary sentences' },
    {
      rule: '*',
      quiet: [
        'Dewan Perwakilan Rakyat mengesahkan undang-undang iklim yang baru pada 12 Maret 2024. Menteri Lingkungan Hidup Siti Rahmawati menyebut undang-undang itu sebagai “langkah penting”. Menurut undang-undang tersebut, emisi harus dikurangi sebesar 32 persen pada tahun 2030. Biayanya diperkirakan mencapai Rp1,2 triliun.\n\nPihak oposisi mengkritik rancangan tersebut dengan keras. Menurut mereka, beban pajak akan naik terlalu cepat. Ekonom Universitas Indonesia, Dr. Andi Wijaya, menilai bantuan sebaiknya diarahkan kepada usaha kecil di daerah. Dalam pemungutan suara akhir, undang-undang itu didukung oleh 410 anggota dewan.',
      ],
      why: 'native news paragraphs: “…”, a date, decimal comma, a title abbreviation',
    },
  ],
} satisfies LanguagePack;
