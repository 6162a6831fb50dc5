/** Everything Calque knows of the language bs: see ../types.ts for what each field means and where it comes from. */
import type { LanguagePack } from '../types';

export default {
  tag: 'bs',
  detection: [{ franc: ['bos'], script: 'Latin', extra: 'čćđšž', group: 'sh' }],
  ordinalDot: true,
  names: {
    caseEndings: ['a', 'u', 'e', 'i', 'om', 'em', 'ima', 'ama'],
    cIsTs: true,
  },
  inflection: { withNameEndings: true, endings: ['o', 'ama', 'ima', 'oj', 'og', 'ih'], strip: true, bare: true },
} satisfies LanguagePack;
