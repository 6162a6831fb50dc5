/** Everything Calque knows of the language fi: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'fi',
  detection: [{ franc: ['fin'], script: 'Latin', extra: 'äöåšž' }],
  functionWords: 'ja on että oli hän sen joka se hänen ei kun mutta myös ovat jälkeen sekä kuin jotka kanssa tämä ole he tai ollut voi mukaan vain olivat kuten niin jossa kuitenkin',
  quotes: {
    name: 'Finnish',
    primary: '””',
    secondary: '’’',
    alternatives: ['»»'],
    outerSpace: false,
    source: 'Kielitoimiston ohjepankki, “Lainausmerkit” (”…”, ’…’ inside, »…» also); [WP]',
  },
  abbreviations: ['esim', 'mm', 'ns', 'ym', 'jne', 'yms', 'ks', 'n', 'ts', 'eli', 'kpl', 'klo', 'milj', 'mrd', 'v', 's', 'tri', 'prof', 'nro', 'vrt', 'ko', 'em', 'yo', 'eaa', 'jaa', 'ekr', 'jkr', 'os', 'pvm', 'puh', 'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  ordinalDot: true,
  punctuation: { openers: ['ja', 'sekä', 'tai'], conjunctions: ['ja', 'sekä', 'tai'] },
  spacedSuffixHyphen: true,
  colonSuffix: true,
  // Relative pronouns (Iso suomen kielioppi §1732 ff.): joka, mikä and their plural and case forms.
  repetition: { relatives: ['joka', 'jotka', 'jota', 'joita', 'jonka', 'joiden', 'mikä', 'mitkä', 'mitä', 'kuka', 'ketkä'], pairs: [], runs: ['kyllä', 'ei', 'no', 'ha', 'hyvin', 'niin'], conjunctions: ['ja', 'tai'], coordination: ['yhä', 'enemmän', 'vähemmän', 'uudelleen'] },
  names: {
    // Finnish and Estonian: the commonest case endings on foreign names (Putinin, Putinille, Putinista).
    caseEndings: ['ille', 'ilta', 'issa', 'ista', 'lla', 'llä', 'lle', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'ksi', 'in', 'n', 'a', 'ä', 'ia', 'ta', 'tä', 'iin', 'hin'],
    agglutinative: true,
  },
  numbers: {
    scales: [['tuhat\\p{L}*|tuhann\\p{L}*', 1e3], ['miljoon\\p{L}*|milj\\.?', 1e6], ['miljardi\\p{L}*|mrd\\.?', 1e9]],
  },
  length: {
    perEnglishChar: 1.115,
    sentenceVariance: 1.71,
  },
  compounding: true,
} satisfies LanguagePack;
