/** The rule registry: every rule, in the order they run. `calque rules` lists these. */
import type { Rule } from '../rule';
import { artifactRule } from './artifact';
import { repetitionRule } from './repetition';
import { fragmentRule } from './fragment';
import { capitalizationRule } from './capitalization';
import { typographyRule } from './typography';
import { punctuationRule } from './punctuation';
import { idiomRule } from './idiom';
import { quotesRule } from './quotes';
import { namesRule } from './names';
import { untranslatedRule } from './untranslated';
import { omissionRule } from './omission';
import { terminologyRule } from './terminology';
import { numbersRule } from './numbers';
import { markupRule } from './markup';

export const RULES: Rule[] = [
  artifactRule,
  repetitionRule,
  fragmentRule,
  capitalizationRule,
  typographyRule,
  punctuationRule,
  idiomRule,
  quotesRule,
  namesRule,
  untranslatedRule,
  omissionRule,
  numbersRule,
  markupRule,
  terminologyRule,
] as Rule[];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
