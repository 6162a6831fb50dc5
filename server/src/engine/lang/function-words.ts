/**
 * Function words (articles, prepositions, conjunctions, pronouns, auxiliaries and copulas):
 * closed-class word forms that every sentence of a language is full of and that proper
 * names, numbers and borrowed terms never supply. They give the `untranslated` rule its
 * evidence beyond franc's trigrams: a left-over Lithuanian sentence in an English article has
 * Lithuanian function words and no English ones; an English sentence full of foreign names
 * still has "the", "of", "and".
 *
 * Sources:
 *  - en de fr es it pt pl cs sv fi tr id gl ru is: the most frequent word forms of the
 *    language's PUD file (/work/shared/corpora/pud/<lang>.txt; the top 45 by
 *    `tr -s '[:space:][:punct:]' '\n' < <lang>.txt | tr A-Z a-z | sort | uniq -c | sort -rn`),
 *    keeping only closed-class words; single Latin letters are left out (a, e, o, y, i, w, z,
 *    v... are words in several languages at once).
 *  - lt lv uk be bg nl: the same closed classes written out by hand (the commonest
 *    conjunctions, prepositions, pronouns and forms of "to be" of each language, as given in
 *    any grammar of the language); each list is tested on native sentences in
 *    test/data/lang/ and must stay silent there.
 */
const RAW: Record<string, string> = {
  en: 'the of in to and was is that as it for on with by at he his from are this have were an be has but which had their not they been also who there her after its about would',
  de: 'die der und in von zu den das im es ist mit eine sich des auf für er als ein sie dem wurde war dass nicht an nach einer um auch am werden wie aus hat bei wird zum einem über sind ich einen hatte',
  fr: 'de la le les et à en des un du est une il que dans qui pour au par été ont sur qu pas avec se ce son sa sont était mais comme ne après elle cette ils avait',
  es: 'de la el en que los se del un las una por su con para como al es no más fue lo pero también ha sus entre sobre durante había está sin este era le cuando desde esta',
  it: 'di la il che in un per del della è le una nel ha si con non al dell da come dei più sono alla gli delle ma sua era stato anche loro suo fu dopo all nella lo questo',
  pt: 'de que em da do um os para uma no na com as como é foi se por não ele mais dos sua seu ao mas à das também foram são ser está nos entre eles depois pelo ou ela',
  gl: 'de que en do da os un unha as se no como para na non por ao é máis súa dos con seu á das tamén foi sobre nos entre ou está pero cando súas xa todo polo hai',
  pl: 'na do jest nie że to jak po przez od tym jego ale jako również dla za są jej może kiedy był które został który aby tylko podczas oraz było ich pod jednak ze tego tak',
  cs: 'se na je že do to ve jako pro za bylo by který po jeho byla které ale od si tak která aby jsou než co také když jak byly mezi nebo ze byl',
  sv: 'och att som av en för det den på till är de med ett har var han inte från om under men hade vid sig kan efter hans så jag skulle sin mer över när eller hon än',
  fi: 'ja on että oli hän sen joka se hänen ei kun mutta myös ovat jälkeen sekä kuin jotka kanssa tämä ole he tai ollut voi mukaan vain olivat kuten niin jossa kuitenkin',
  tr: 'bir ve bu de da için olarak daha ile çok en olan ancak gibi sonra kadar ya tarafından her birlikte ardından arasında olduğunu veya kendi karşı',
  id: 'yang dan di untuk pada ini dengan itu dari dalam tidak ke ia adalah mereka oleh telah sebagai akan bahwa lebih juga sebuah saya bisa setelah menjadi tentang seperti ada namun tapi saat',
  ru: 'и в на что с не из как к по его он ее её у от это но до за также чтобы они она то был была было были для при после',
  is: 'að og á sem er til við var um með fyrir hann en af því frá ekki það eftir þar eru voru hefur svo þegar hafa þess hún verið hans yfir vera úr hafði eða sér þeirra',
  lt: 'ir yra kad į su iš ne bet tai jis ji jie buvo bus dėl nuo per prie apie už kaip kuris kuri kurie taip tik jau dar savo po tačiau nes ar arba kai kur bei šis ši jo jų',
  lv: 'un ir ka ar no uz par bet kas tas tā vai arī lai pēc kā to jau vēl bija būs tika tiek viņš viņa viņi savu šo šī kur līdz pie starp jo nav kad',
  uk: 'і й та в у на з що не до за від як це його її їх був була було буде також але про для після щодо вже ще які який яка він вона вони проти між через',
  be: 'і ў у на з што не да за ад як гэта яго яе іх быў была было будзе таксама але пра для пасля ўжо яшчэ якія які якая ён яна яны супраць паміж праз',
  bg: 'и на в да се от за с не че е по са който която които което като беше бяха със към след при но това той тя те ще си го му',
  nl: 'de het een en van in is dat op te voor met zijn die niet aan er door ook om als bij maar werd wordt naar uit dan nog worden heeft hebben was over tot deze dit hij zij ze',
};

export const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(RAW).map(([k, v]) => [k, new Set(v.split(' '))]),
);

export function hasFunctionWords(lang: string): boolean {
  return FUNCTION_WORDS.has(lang);
}

/** Word -> the languages whose function-word list has it. */
const BY_WORD = new Map<string, string[]>();
for (const [lang, set] of FUNCTION_WORDS) for (const w of set) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), lang]);

/**
 * The largest number of words that are function words of one language other than `doc`
 * (and not of `doc`): an upper bound of the foreign evidence the untranslated test can find,
 * computed without franc.
 */
export function maxForeignFunctionWords(words: readonly { lower: string }[], doc: string, isClose: (a: string, b: string) => boolean): number {
  const fwD = FUNCTION_WORDS.get(doc);
  const counts = new Map<string, number>();
  let max = 0;
  for (const w of words) {
    if (fwD?.has(w.lower)) continue;
    const langs = BY_WORD.get(w.lower);
    if (!langs) continue;
    for (const l of langs) {
      if (l === doc || isClose(l, doc)) continue;
      const n = (counts.get(l) ?? 0) + 1;
      counts.set(l, n);
      if (n > max) max = n;
    }
  }
  return max;
}
