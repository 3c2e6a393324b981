import type { Rule } from '../../types';

// TODO(owner of this rule): not implemented yet.
const rule: Rule = {
  meta: {
    id: 'clarity/readability',
    set: 'clarity',
    severity: 'info',
    description: { en: '', nl: '' },
    rationale: { en: '', nl: '' },
  },
  check() {
    return [];
  },
};

export default rule;
