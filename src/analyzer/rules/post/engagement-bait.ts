import type { Rule } from '../../types';

// TODO(owner of this rule): not implemented yet.
const rule: Rule = {
  meta: {
    id: 'post/engagement-bait',
    set: 'post',
    severity: 'warning',
    description: { en: '', nl: '' },
    rationale: { en: '', nl: '' },
  },
  check() {
    return [];
  },
};

export default rule;
