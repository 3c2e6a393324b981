/** Rule sets: what users toggle as a whole. Each rule belongs to exactly one set (its id's prefix). */
import type { Localized, RuleId, RuleSetId } from './types';
import { RULE_IDS } from './types';

export interface RuleSetMeta {
  id: RuleSetId;
  title: Localized;
  description: Localized;
}

export const RULE_SETS: Record<RuleSetId, RuleSetMeta> = {
  cta: {
    id: 'cta',
    title: { en: 'Call to action', nl: 'Call to action' },
    description: {
      en: 'Ask once, near the end, for a step the reader is ready for — without pressure.',
      nl: 'Vraag één keer, tegen het eind, om een stap waar de lezer klaar voor is — zonder druk.',
    },
  },
  tone: {
    id: 'tone',
    title: { en: 'Tone', nl: 'Toon' },
    description: {
      en: 'Between nagging and not daring to ask: no apologies, written for the reader.',
      nl: 'Tussen zeuren en niet durven vragen: geen excuses, geschreven voor de lezer.',
    },
  },
  clarity: {
    id: 'clarity',
    title: { en: 'Clarity', nl: 'Duidelijkheid' },
    description: {
      en: 'Easy to read and fits where it goes.',
      nl: 'Makkelijk te lezen en past waar het moet passen.',
    },
  },
  post: {
    id: 'post',
    title: { en: 'LinkedIn posts', nl: 'LinkedIn-posts' },
    description: {
      en: 'A hook that shows before "…see more", few hashtags, no engagement bait.',
      nl: 'Een haak die vóór "…meer weergeven" staat, weinig hashtags, geen engagement bait.',
    },
  },
  subject: {
    id: 'subject',
    title: { en: 'Subject line', nl: 'Onderwerpregel' },
    description: {
      en: 'A short, calm subject line for every email.',
      nl: 'Een korte, rustige onderwerpregel voor elke e-mail.',
    },
  },
  template: {
    id: 'template',
    title: { en: 'Merge fields', nl: 'Samenvoegvelden' },
    description: {
      en: 'No "{{first_name}}" or "[Company]" left unfilled, anywhere the reader will see it.',
      nl: 'Geen "{{voornaam}}" of "[bedrijf]" die niet is ingevuld, waar de lezer het ook ziet.',
    },
  },
};

export function ruleSetOf(id: RuleId): RuleSetId {
  return id.slice(0, id.indexOf('/')) as RuleSetId;
}

export function rulesInSet(set: RuleSetId): RuleId[] {
  return RULE_IDS.filter((id) => ruleSetOf(id) === set);
}
