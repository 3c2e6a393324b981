import type { Rule } from '../../types';

// TODO(owner of this rule): not implemented yet.
const rule: Rule = {
  meta: {
    id: 'cta/too-big',
    set: 'cta',
    severity: 'warning',
    description: { en: '', nl: '' },
    rationale: { en: '', nl: '' },
  },
  check() {
    return [];
  },
};

export default rule;
