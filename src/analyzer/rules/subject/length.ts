import type { Rule } from '../../types';

// TODO(owner of this rule): not implemented yet.
const rule: Rule = {
  meta: {
    id: 'subject/length',
    set: 'subject',
    severity: 'info',
    description: { en: '', nl: '' },
    rationale: { en: '', nl: '' },
  },
  check() {
    return [];
  },
};

export default rule;
