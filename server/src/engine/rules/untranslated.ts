import { defineRule } from '../rule';

/** Placeholder until its issue lands: declared so the registry, config validation and docs know it. */
export const untranslatedRule = defineRule({
  meta: {
    id: 'untranslated',
    category: 'untranslated',
    defaultSeverity: 'warning',
    description: "Sentences or paragraphs left in another language than the document's",
    fixable: false,
  },
  checkBlock: () => [],
});
