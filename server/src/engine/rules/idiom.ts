import { defineRule } from '../rule';

/** Placeholder until its issue lands: declared so the registry, config validation and docs know it. */
export const idiomRule = defineRule({
  meta: {
    id: 'idiom',
    category: 'idiom',
    defaultSeverity: 'warning',
    description: 'Word-for-word renderings of source-language idioms (calques), from phrasebooks',
    fixable: true,
  },
  checkBlock: () => [],
});
