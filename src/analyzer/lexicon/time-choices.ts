/**
 * A question that only offers times to choose from: "Thursday 3pm or Friday 9am?", "Morning or
 * afternoon?", "This week or next?", "Dinsdag 14:00 of woensdag 10:00?". rules.md reads "Tuesday or
 * Thursday?" as one ask with its alternatives; with no verb at all it is still the writer's proposal
 * of a meeting, waiting for the reader's pick. Only in a mail or message: a post's time words are
 * no invitation to meet.
 */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|u|uur|h)?`;

const EN_TIME_WORDS = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|morning|afternoon|evening|lunch|lunchtime|noon|today|tomorrow|week|weekend|month|early|late|later|next|this|the|on|at|around|in|or|either|same|time|cet|est|pst|gmt|bst`;
const NL_TIME_WORDS = String.raw`maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|ochtend|middag|avond|lunch|morgen|overmorgen|vandaag|week|weekend|maand|begin|eind|einde|deze|volgende|de|van|op|om|rond|in|of|vroeg|laat|later|[’']s|uur`;

/** The question (its mark not needed: the caller reads questions only) is time words only, with "or" between two of them. */
function timeChoice(or: string, timeWords: string): RegExp {
  const unit = String.raw`(?:${CLOCK}|(?:${timeWords})\b)`;
  return new RegExp(String.raw`^[\s\p{P}\p{S}]*(?:${unit}[\s,–—-]*)*\b${or}\b[\s,–—-]*(?:${unit}[\s,–—-]*)+[\s\p{P}\p{S}]*$`, 'iu');
}

const CHOICES = {
  en: timeChoice('or', EN_TIME_WORDS),
  nl: timeChoice('of', NL_TIME_WORDS),
} as const;

/** A real time word must be there: "this or that?" offers no time. */
const HAS_TIME = {
  en: /\b(?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thurs|fri|morning|afternoon|evening|lunch|today|tomorrow|week|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm))\b|\b\d{1,2}[:.]\d{2}\b/iu,
  nl: /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|ochtend|middag|avond|lunch|morgen|overmorgen|vandaag|week|\d{1,2}(?:[:.]\d{2})?\s*uur)\b|\b\d{1,2}[:.]\d{2}\b/iu,
} as const;

export function offersTimes(question: string, lang: 'en' | 'nl'): boolean {
  const plain = question.replace(/[*_`]+/gu, '');
  return CHOICES[lang].test(plain) && HAS_TIME[lang].test(plain);
}
