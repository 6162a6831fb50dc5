/**
 * Abbreviations after which a full stop does not end a sentence, so a lower-case word may
 * follow ("e.g. the", "ca. zwei", "в 2020 г. были"). Lower-case, without the final dot.
 * Single letters (initials, "U.S.", "z.B.", "т. е.") are handled generically and not listed.
 * Sources: the languages' standard abbreviation lists (Duden, Académie, RAE, Грамота.ру,
 * PWN) and the abbreviations seen in the PUD corpora.
 */
export const ABBREVIATIONS: Record<string, string[]> = {
  en: ['etc', 'vs', 'cf', 'approx', 'incl', 'esp', 'ca', 'al', 'fig', 'figs', 'no', 'nos', 'vol', 'vols', 'pp', 'ed', 'eds', 'dept', 'est', 'min', 'max', 'govt', 'jr', 'sr', 'st', 'mt', 'ft', 'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'inc', 'corp', 'ltd', 'co', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'approx', 'avg', 'dept', 'misc', 'mio', 'bn', 'mln', 'tel', 'ext', 'viz', 'ibid', 'op', 'cit', 'ch', 'sec', 'art', 'para', 'resp', 'abt', 'admin', 'assn', 'ave', 'blvd', 'rd', 'b', 'd', 'lit', 'gr', 'lat', 'ger', 'fr', 'it', 'sp', 'port', 'russ', 'pol', 'trans', 'abbr', 'aka'],
  de: ['z', 'bzw', 'ca', 'usw', 'etc', 'vgl', 'nr', 'dr', 'mio', 'mrd', 'tsd', 'jh', 'jhd', 'abs', 'str', 'geb', 'gest', 'evtl', 'inkl', 'zzgl', 'sog', 'bzgl', 'ggf', 'ggfs', 'u', 'o', 'd', 'v', 'chr', 'hl', 'st', 'prof', 'hr', 'fr', 'bd', 'kap', 'ziff', 'lt', 'max', 'min', 'mind', 'insb', 'zb', 'uvm', 'usf', 'allg', 'entspr', 'eigtl', 'einschl', 'gegr', 'jährl', 'led', 'verh', 'vorm', 'nachm', 'zt', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'jan', 'feb', 'apr', 'aug', 'sept', 'okt', 'nov', 'dez', 'tel', 'gmbh', 'co', 'wörtl', 'griech', 'lat', 'engl', 'frz', 'ital', 'span', 'russ', 'poln', 'niederl', 'lit', 'anm', 'übers', 'hrsg', 'ebd', 'ff', 'urspr', 'ehem', 'z.t', 'd.h', 'u.a', 'o.ä', 's.o', 's.u'],
  fr: ['etc', 'env', 'cf', 'av', 'apr', 'éd', 'p', 'pp', 'ex', 'n', 'vol', 'chap', 'art', 'm', 'mm', 'st', 'ste', 'dr', 'pr', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'min', 'max', 'hab', 'env', 'notamm', 'resp', 'vs', 'ca', 'coll', 'dir', 'trad', 'suiv', 'ibid', 'litt', 'gr', 'lat', 'angl', 'all', 'ital', 'esp', 'pol', 'n.d.l.r', 'ndlr', 'ndt', 'op', 'cit', 'fig'],
  es: ['etc', 'ej', 'p', 'aprox', 'sr', 'sra', 'srta', 'dr', 'dra', 'pág', 'págs', 'núm', 'art', 'c', 'a', 'd', 'ee', 'uu', 'vol', 'cap', 'av', 'avda', 'prof', 'lic', 'ing', 'gral', 'min', 'máx', 'mín', 'hab', 'ca', 'cf', 'vs', 'ud', 'uds', 'dcha', 'izq', 'tel', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic', 'n', 'm', 'lit', 'gr', 'lat', 'ingl', 'fr', 'it', 'port', 'pol', 't', 'trad', 'p.ej', 'fig', 'ss', 'sigs'],
  it: ['ecc', 'es', 'pag', 'pagg', 'sig', 'sigg', 'dott', 'dr', 'prof', 'ca', 'cfr', 'art', 'vol', 'n', 'nn', 'cap', 'ing', 'avv', 'on', 'sen', 'gen', 'p', 'ss', 'min', 'max', 'tel', 'gen', 'feb', 'apr', 'ago', 'sett', 'ott', 'nov', 'dic', 'm', 'lett', 'gr', 'lat', 'ingl', 'ted', 'fr', 'sp', 'port', 'pol', 'n.d.r', 'ndr', 'n.d.t', 'ndt', 'trad', 'fig'],
  pt: ['etc', 'ex', 'p', 'pág', 'págs', 'sr', 'sra', 'dr', 'dra', 'prof', 'av', 'art', 'n', 'nº', 'vol', 'cap', 'aprox', 'min', 'máx', 'mín', 'tel', 'cf', 'vs', 'ca', 'jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez', 'm', 'lit', 'gr', 'lat', 'ingl', 'fr', 'it', 'esp', 'pol', 'n.t', 'trad', 'fig'],
  nl: ['bijv', 'bv', 'enz', 'etc', 'o', 'a', 'm', 'n', 'z', 'ca', 'dr', 'mr', 'drs', 'ir', 'prof', 'nr', 'blz', 'jl', 'vs', 'mln', 'mld', 'resp', 'incl', 'excl', 'max', 'min', 'ong', 'tel', 'st'],
  ru: ['г', 'гг', 'в', 'вв', 'т', 'д', 'п', 'др', 'пр', 'млн', 'млрд', 'тыс', 'руб', 'коп', 'ул', 'им', 'см', 'стр', 'с', 'ок', 'англ', 'лат', 'нем', 'франц', 'фр', 'греч', 'чел', 'кв', 'км', 'ст', 'гл', 'рис', 'табл', 'проф', 'акад', 'доц', 'ген', 'св', 'обл', 'р', 'пос', 'дер', 'наб', 'пер', 'просп', 'пл', 'долл', 'мин', 'макс', 'напр', 'зам', 'нач', 'ред', 'изд', 'т.е', 'т.к', 'т.н', 'т.д', 'т.п', 'и', 'янв', 'февр', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек', 'ум', 'род', 'букв', 'итал', 'исп', 'польск', 'укр', 'белор', 'кит', 'япон', 'араб', 'тур', 'рус', 'ср', 'сокр', 'устар', 'разг', 'мн', 'ед', 'вкл', 'искл', 'прим', 'перев', 'иностр', 'хим', 'физ', 'мед', 'юр', 'экон', 'ист', 'геогр', 'лит', 'сравн', 'н.э', 'до н.э', 'н', 'э', 'мес', 'нед', 'сут', 'ч', 'сек'],
  uk: ['р', 'рр', 'ст', 'т', 'зв', 'тис', 'млн', 'млрд', 'грн', 'коп', 'див', 'вул', 'м', 'с', 'обл', 'пров', 'просп', 'пл', 'ім', 'проф', 'акад', 'доц', 'ген', 'св', 'напр', 'англ', 'лат', 'нім', 'фр', 'км', 'кв', 'гол', 'ред', 'вид', 'мін', 'макс', 'і', 'ін', 'п', 'д', 'пор', 'січ', 'лют', 'бер', 'квіт', 'трав', 'черв', 'лип', 'серп', 'вер', 'жовт', 'лист', 'груд', 'пом', 'нар', 'букв', 'грец', 'франц', 'італ', 'ісп', 'пол', 'рос', 'укр', 'біл', 'кит', 'япон', 'араб', 'тур', 'порівн', 'скор', 'розм', 'заст', 'мн', 'одн', 'вкл', 'прим', 'пер', 'н.е', 'до н.е', 'тощо', 'год', 'хв', 'сек', 'ч'],
  be: ['г', 'гг', 'ст', 'т', 'зв', 'тыс', 'млн', 'млрд', 'руб', 'вул', 'в', 'с', 'вобл', 'праф', 'акад', 'напр', 'англ', 'лац', 'км', 'рэд', 'выд', 'мін', 'макс', 'інш', 'пам', 'нар', 'літар', 'грэч', 'ням', 'франц', 'італ', 'ісп', 'польск', 'руск', 'укр', 'кіт', 'мн', 'адз', 'прым', 'параўн', 'скар'],
  pl: ['r', 'w', 'ws', 'tys', 'mln', 'mld', 'zł', 'gr', 'ul', 'al', 'pl', 'os', 'np', 'tzw', 'tj', 'itd', 'itp', 'm.in', 'in', 'ok', 'godz', 'proc', 'pt', 'im', 'ks', 'św', 'gen', 'płk', 'mjr', 'kpt', 'por', 'prof', 'dr', 'hab', 'inż', 'mgr', 'red', 'wyd', 'str', 's', 'nr', 'tel', 'woj', 'pow', 'gm', 'ang', 'łac', 'niem', 'fr', 'ros', 'zob', 'por', 'wg', 'ww', 'jw', 'dot', 'ds', 'br', 'ub', 'pn', 'płd', 'wsch', 'zach', 'min', 'maks', 'sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru', 'zm', 'ur', 'dosł', 'wł', 'hiszp', 'franc', 'ukr', 'lit', 'czes', 'tzn', 'ew', 'przyp', 'tłum', 'wł', 'sek', 'mies', 'tyg', 'dn', 'poł', 'płn', 'śr', 'nt', 'b'],
  cs: ['tzv', 'např', 'atd', 'apod', 'mj', 'tj', 'tis', 'mil', 'mld', 'resp', 'r', 'st', 'stol', 'č', 'odst', 'písm', 'str', 's', 'ul', 'nám', 'př', 'n', 'l', 'kč', 'prof', 'doc', 'dr', 'ing', 'mgr', 'judr', 'mudr', 'phdr', 'rndr', 'angl', 'lat', 'něm', 'fr', 'ev', 'cca', 'min', 'max', 'tel', 'aj', 'popř', 'vč', 'zejm', 'příp', 'sv', 'gen', 'pplk', 'plk', 'nar', 'zem', 'dosl', 'řec', 'rus', 'pol', 'it', 'šp', 'pozn', 'překl', 'red', 'viz', 'srov', 'hod', 'sek', 'ml'],
  sk: ['tzv', 'napr', 'atď', 'a', 'pod', 'tj', 'tis', 'mil', 'mld', 'r', 'st', 'č', 'ods', 'písm', 'str', 's', 'ul', 'nám', 'prof', 'doc', 'dr', 'ing', 'mgr', 'resp', 'cca', 'min', 'max', 'tel', 'sv', 'gen'],
  lt: ['m', 'mln', 'mlrd', 'tūkst', 'eur', 'lt', 'g', 'pr', 'al', 'pl', 'km', 'a', 'kt', 'pvz', 't', 'y', 'žr', 'plg', 'prof', 'dr', 'doc', 'gen', 'p', 'val', 'min', 'sek', 'str', 'nr', 'vad', 'ir', 'kt', 'apyg', 'aps', 'sen', 'raj', 'sav', 'gim', 'mir', 'proc', 'red', 'past', 'angl', 'lot', 'vok', 'pranc', 'rus', 'lenk', 'ital', 'isp', 'gr', 'lat', 'pan', 't.t', 'vnt', 'šv', 'vysk', 'kun', 'vyr', 'jaun', 'nuotr', 'aut', 'sk', 'psl', 'tel', 'el', 'dgs', 'vns', 'mėn', 'ha', 'vid', 'maks', 'apytiksl', 'įsk', 'išsk', 'ž', 'liet', 'tarm', 'sutr', 'pabr', 'pastab', 'vert', 'sud', 'leid', 't.y', 't.p'],
  lv: ['g', 'gs', 'milj', 'mljrd', 'tūkst', 'eur', 'piem', 'u', 't', 'utt', 'sk', 'prof', 'dr', 'doc', 'nr', 'ielā', 'iela', 'min', 'sek', 'lpp', 'apm', 'pr', 'pl', 'ģen', 'tml', 'resp'],
  sv: ['t', 'ex', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'resp', 'jfr', 'kap', 'nr', 's', 'st', 'tel', 'milj', 'mdr', 'kr', 'f', 'e', 'kl', 'dr', 'prof', 'forts', 'o', 'tim', 'min', 'max', 'inkl', 'exkl'],
  da: ['f', 'eks', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'jf', 'kap', 'nr', 's', 'st', 'tlf', 'mio', 'mia', 'kr', 'kl', 'dr', 'prof', 'inkl', 'ekskl', 'evt', 'pga', 'vedr', 'iflg', 'ang', 'hhv'],
  no: ['f', 'eks', 'bl', 'a', 'm', 'fl', 'osv', 'etc', 'ca', 'dvs', 'jf', 'kap', 'nr', 's', 'st', 'tlf', 'mill', 'mrd', 'kr', 'kl', 'dr', 'prof', 'inkl', 'ekskl', 'evt', 'pga', 'vedr', 'iflg', 'ang', 'mht', 'hhv', 'ifm'],
  fi: ['esim', 'mm', 'ns', 'ym', 'jne', 'yms', 'ks', 'n', 'ts', 'eli', 'kpl', 'klo', 'milj', 'mrd', 'v', 's', 'tri', 'prof', 'nro', 'vrt', 'ko', 'em', 'yo', 'eaa', 'jaa', 'eKr', 'jKr', 'os', 'pvm', 'puh', 'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  et: ['nt', 'jm', 'vm', 'jne', 'sh', 'st', 'nn', 'a', 'aastal', 'mln', 'mld', 'tuh', 'dr', 'prof', 'nr', 'lk', 'tel', 'u', 'ca', 'e', 'pKr', 'eKr', 'pr', 'hr', 'kl', 'min'],
  hu: ['pl', 'stb', 'ill', 'kb', 'ún', 'sz', 'évf', 'o', 'old', 'dr', 'prof', 'id', 'ifj', 'özv', 'ny', 'u', 'krt', 'tér', 'ált', 'fsz', 'em', 'hrsz', 'kft', 'zrt', 'rt', 'bt', 'ker', 'kerület', 'mft', 'ft', 'md', 'mrd', 'millió', 'ezer', 'jan', 'febr', 'márc', 'ápr', 'máj', 'jún', 'júl', 'aug', 'szept', 'okt', 'nov', 'dec', 'hétf', 'vas'],
  tr: ['vb', 'vs', 'bkz', 'yy', 'sy', 'no', 'dr', 'prof', 'doç', 'yrd', 'av', 'md', 'örn', 'ör', 'krş', 'age', 'agm', 'sf', 's', 'c', 'cad', 'sok', 'mah', 'apt', 'tel', 'mlr', 'mly', 'bin', 'gen', 'alb', 'yzb'],
  ro: ['etc', 'ex', 'pag', 'p', 'nr', 'dr', 'prof', 'str', 'bd', 'ș', 'a', 'dl', 'dna', 'dlui', 'mil', 'mld', 'aprox', 'cca', 'art', 'alin', 'lit', 'cap', 'vol', 'ed', 'resp', 'tel', 'min', 'max', 'ian', 'feb', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec'],
  hr: ['npr', 'tj', 'itd', 'sl', 'st', 'g', 'br', 'str', 'mil', 'mlrd', 'tis', 'kn', 'dr', 'prof', 'ul', 'god', 'min', 'tzv', 'odn', 'usp', 'v', 'sv'],
  sl: ['npr', 'tj', 'itd', 'idr', 'oz', 'št', 'l', 'str', 'mio', 'mrd', 'tis', 'dr', 'prof', 'ul', 'min', 'ipd', 'tako', 'imenovani', 'sv'],
  sr: ['нпр', 'тј', 'итд', 'итсл', 'год', 'бр', 'стр', 'мил', 'млрд', 'хиљ', 'др', 'проф', 'ул', 'мин', 'тзв', 'односно', 'св', 'npr', 'tj', 'itd', 'god', 'br', 'str', 'mil', 'dr', 'prof', 'ul', 'tzv'],
  bg: ['г', 'гг', 'в', 'т', 'н', 'др', 'млн', 'млрд', 'хил', 'лв', 'ул', 'бул', 'гр', 'с', 'стр', 'проф', 'доц', 'д-р', 'мин', 'макс', 'напр', 'англ', 'лат', 'ок', 'св'],
  el: ['π', 'χ', 'κ', 'λπ', 'κλπ', 'δηλ', 'εκ', 'εκατ', 'δισ', 'χιλ', 'σελ', 'αρ', 'κ.ά', 'μ', 'δρ', 'καθ', 'οδ', 'λεωφ', 'περ', 'ελ', 'βλ', 'κεφ'],
  is: ['t', 'd', 'o', 's', 'frv', 'þ', 'e', 'm', 'a', 'kr', 'nr', 'bls', 'dr', 'prófl', 'u', 'þús', 'millj', 'ma', 'sbr', 'skv', 'ath', 'þ.e', 'þ.m', 'o.fl', 'o.s.frv', 'f.Kr', 'e.Kr', 'jan', 'feb', 'mar', 'apr', 'jún', 'júl', 'ágú', 'sep', 'okt', 'nóv', 'des'],
  gl: ['etc', 'p', 'ex', 'pág', 'núm', 'art', 'sr', 'sra', 'dr', 'dra', 'prof', 'av', 'rúa', 'aprox', 'min', 'máx', 'vol', 'cap', 'c', 'a', 'd', 'ca', 'xan', 'feb', 'abr', 'xuñ', 'xul', 'ago', 'set', 'out', 'nov', 'dec'],
};

/**
 * Languages that write ordinal numbers with a full stop ("9. Mai", "3. října", "2. maj"), so
 * "9." followed by a lower-case word is not a sentence end. Source: Wikipedia "Ordinal
 * indicator" (full stop used in da, de, et, fi, fo, hr, hu, is, lv, nb/nn/no, cs, sk, sl, sr, bs,
 * tr, eu, lt in dates, pl in dates and ordinals).
 */
export const ORDINAL_DOT_LANGUAGES = new Set(['de', 'da', 'et', 'fi', 'fo', 'hr', 'hu', 'is', 'lv', 'lt', 'no', 'nb', 'nn', 'cs', 'sk', 'sl', 'sr', 'bs', 'tr', 'eu', 'pl', 'mk', 'sq', 'lb', 'gsw']);

/**
 * Abbreviations that stand before a name or a number — titles, honorifics, "No.", "St." — and
 * so do not end a sentence even when the next word is capitalised ("Mr. Comey", "Dr. Lee", "Sr.
 * Osborne", "No. 96", "проф. Иванов", "ul. Marszałkowska"). The sentence splitter (Unicode's
 * rules) cuts after them; alignment joins the pieces again (bilingual/segments.ts). As written,
 * case included. Sources: the languages' abbreviation lists named above; the cuts seen in PUD.
 */
export const TITLE_ABBREVIATIONS: Record<string, string[]> = {
  en: ['Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'St', 'Mt', 'Gen', 'Sen', 'Rep', 'Gov', 'Capt', 'Sgt', 'Col', 'Lt', 'Rev', 'Hon', 'Pres', 'No', 'Nos', 'Vol', 'Fig', 'vs'],
  de: ['Dr', 'Prof', 'Hr', 'Fr', 'St', 'Nr', 'Bd', 'Abs', 'vgl', 'bzw', 'ca', 'Dipl', 'Ing'],
  fr: ['MM', 'Dr', 'Pr', 'St', 'Ste', 'Mgr', 'Me', 'Mlle', 'Mme', 'Vve', 'cf', 'env', 'art', 'vol', 'no'],
  es: ['Sr', 'Sra', 'Srta', 'Sres', 'Dr', 'Dra', 'Dña', 'Sto', 'Sta', 'Av', 'Avda', 'Gral', 'Lic', 'Ing', 'Prof', 'Núm', 'núm', 'pág', 'art'],
  it: ['Sig', 'Sigg', 'Sig.ra', 'Dott', 'Dott.ssa', 'Dr', 'Prof', 'Ing', 'Avv', 'On', 'Sen', 'Gen', 'Mons', 'Ss', 'pag', 'art'],
  pt: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Prof', 'Profa', 'Eng', 'Av', 'Sto', 'Sta', 'pág', 'art', 'nº'],
  gl: ['Sr', 'Sra', 'Dr', 'Dra', 'Prof', 'Av', 'pág', 'núm', 'art'],
  nl: ['Dhr', 'Mevr', 'Dr', 'Drs', 'Ir', 'Mr', 'Prof', 'St', 'nr', 'blz'],
  pl: ['prof', 'Prof', 'inż', 'mgr', 'ks', 'Ks', 'św', 'gen', 'płk', 'mjr', 'kpt', 'ul', 'al', 'pl', 'os', 'nr', 'tzw', 'im', 'woj'],
  cs: ['prof', 'Prof', 'doc', 'Doc', 'sv', 'gen', 'ul', 'nám', 'č', 'tzv', 'Ing', 'Mgr', 'MUDr', 'JUDr', 'PhDr', 'RNDr'],
  sk: ['prof', 'doc', 'sv', 'gen', 'ul', 'nám', 'č', 'tzv', 'Ing', 'Mgr'],
  ru: ['проф', 'акад', 'им', 'ул', 'св', 'ген', 'пр', 'просп', 'пл', 'пер', 'наб', 'д', 'т', 'тов', 'г-н', 'г-жа'],
  uk: ['проф', 'акад', 'ім', 'вул', 'св', 'ген', 'просп', 'пл', 'пров', 'наб', 'т', 'п', 'пан'],
  be: ['праф', 'акад', 'імя', 'вул', 'св', 'ген', 'пр', 'пл'],
  bg: ['проф', 'акад', 'ул', 'бул', 'св', 'ген', 'г-н', 'г-жа'],
  tr: ['Dr', 'Prof', 'Doç', 'Av', 'Yrd', 'Op', 'Sn', 'Gen', 'Alb', 'Cad', 'Sok', 'Mah'],
  sv: ['dr', 'Dr', 'prof', 'nr', 'S:t'],
  lt: ['prof', 'doc', 'dr', 'gen', 'šv', 'g', 'pr', 'al', 'nr'],
  lv: ['prof', 'doc', 'dr', 'ģen', 'sv', 'nr'],
  hu: ['dr', 'Dr', 'prof', 'ifj', 'id', 'özv', 'Szt'],
  ro: ['dl', 'dna', 'dlui', 'Dl', 'Dna', 'dr', 'Dr', 'prof', 'Prof', 'str', 'bd', 'nr', 'Sf'],
  id: ['Dr', 'Prof', 'Ir', 'Jl', 'No', 'H', 'Hj', 'Bpk', 'Sdr'],
};

/**
 * Words of one letter, per language (lower case): a paragraph that starts with any other lone
 * lower-case letter ("n addition, the ministry…") starts in the middle of a word. Sources: the
 * languages' grammars (prepositions and conjunctions of one letter; English "a", "I").
 */
export const ONE_LETTER_WORDS: Record<string, string> = {
  en: 'a i',
  fr: 'a à y',
  es: 'a e o u y',
  gl: 'a e o',
  ca: 'a i o',
  it: 'a e è i o',
  pt: 'a à e o',
  ro: 'a e o',
  pl: 'a i o u w z',
  cs: 'a i k o s u v z',
  sk: 'a i k o s u v z',
  sl: 'a i k o s v z',
  hr: 'a i k o s u',
  ru: 'а в и к о с у я',
  uk: 'а в є з і й о у я',
  be: 'а і з у ў я',
  bg: 'а в и с у',
  sv: 'i å ö',
  da: 'i å',
  no: 'i å',
  nl: 'u',
  hu: 'a e',
  lt: 'o į',
  lv: 'a',
  tr: 'o',
};

/**
 * Name particles written in lower case at the start of a name ("de Gaulle", "van Gogh", "von der
 * Leyen", "al-Assad", "bin Salman", "dos Santos", "ter Stegen"): a paragraph may start with one.
 */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'du', 'des', 'van', 'von', 'der', 'den', 'ten', 'ter', 'te', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'zu', 'af', 'av', 'y', 'e', 'mc', 'mac', "d'", "l'", "'t"]);

/**
 * One-word sentences that stand on their own in prose — answers, interjections, emphatic
 * adverbs and pronouns ("Yes.", "Nothing.", "Exactly.", "Never.") — per language, lower case: a
 * capitalised one-word sentence that is none of these, and that the document writes in lower case
 * elsewhere, is an orphan word (`fragment`). Sources: the languages' grammars on interjections and
 * sentence adverbs; the one-word sentences of the PUD corpus.
 */
export const STANDALONE_WORDS: Record<string, string> = {
  en: 'yes no yeah nope okay ok thanks thank sorry please hello goodbye bye indeed exactly absolutely certainly definitely right sure true nothing never nobody none everything everyone enough period again finally seriously really well so anyway still amen bravo wow oh ah hm hmm agreed done fine good great perfect correct wrong why how what when where who which maybe perhaps probably possibly always sometimes often gone over silence',
  de: 'ja nein jawohl doch danke bitte genau eben nichts niemand nie niemals immer alles gut schön klar stimmt richtig falsch also tja ach oh na so schluss ende warum wieso wie was wann wo wer vielleicht sicher natürlich',
  fr: 'oui non si merci pardon bon bien voilà bref exactement absolument certes enfin rien personne jamais toujours tout assez fini parfait pourquoi comment quoi quand où qui peut-être sûrement évidemment',
  es: 'sí no gracias perdón bueno bien vale claro exacto exactamente nada nadie nunca jamás siempre todo basta fin perfecto correcto por qué cómo qué cuándo dónde quién quizá quizás tal',
  it: 'sì no grazie scusa bene bravo certo esatto esattamente niente nulla nessuno mai sempre tutto basta fine perfetto giusto perché come cosa quando dove chi forse',
  pt: 'sim não obrigado obrigada desculpe bem bom claro exato exatamente nada ninguém nunca sempre tudo basta fim perfeito certo porquê como quando onde quem talvez',
  nl: 'ja nee dank bedankt sorry goed prima precies inderdaad niets niemand nooit altijd alles genoeg klaar waarom hoe wat wanneer waar wie misschien',
  ru: 'да нет спасибо пожалуйста извините хорошо ладно ну точно именно конечно ничего никто никогда всегда всё все хватит конец итак почему как что когда где кто может наверное',
  uk: 'так ні дякую будь ласка вибачте добре гаразд ну точно саме звісно нічого ніхто ніколи завжди все досить кінець отже чому як що коли де хто може мабуть',
  pl: 'tak nie dziękuję proszę przepraszam dobrze dobra no właśnie dokładnie oczywiście nic nikt nigdy zawsze wszystko dość koniec dlaczego jak co kiedy gdzie kto może',
  cs: 'ano ne díky děkuji prosím promiňte dobře jasně přesně právě samozřejmě nic nikdo nikdy vždy všechno dost konec proč jak co kdy kde kdo možná',
  sv: 'ja nej tack förlåt bra okej precis exakt visst ingenting inget ingen aldrig alltid allt nog slut varför hur vad när var vem kanske',
};
