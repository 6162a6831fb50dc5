import { defineRule } from '../rule';

/** Placeholder until its issue lands: declared so the registry, config validation and docs know it. */
export const namesRule = defineRule({
  meta: {
    id: 'names',
    category: 'names',
    defaultSeverity: 'warning',
    description: 'One person, one spelling: inconsistent spellings of the same name in a document or workspace',
    fixable: true,
  },
  checkBlock: () => [],
});
