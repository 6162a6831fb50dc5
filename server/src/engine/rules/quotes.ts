import { defineRule } from '../rule';

/** Placeholder until its issue lands: declared so the registry, config validation and docs know it. */
export const quotesRule = defineRule({
  meta: {
    id: 'quotes',
    category: 'quotes',
    defaultSeverity: 'warning',
    description: "Quotation marks: pairing, orientation, nesting and the document language's conventions",
    fixable: true,
  },
  checkBlock: () => [],
});
