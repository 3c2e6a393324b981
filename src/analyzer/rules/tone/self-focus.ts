import type { Rule } from '../../types';

// TODO(owner of this rule): not implemented yet.
const rule: Rule = {
  meta: {
    id: 'tone/self-focus',
    set: 'tone',
    severity: 'info',
    description: { en: '', nl: '' },
    rationale: { en: '', nl: '' },
  },
  check() {
    return [];
  },
};

export default rule;
