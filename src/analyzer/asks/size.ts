/**
 * The size of the step an ask requests. 'commit' is a final or heavy commitment in the sense of
 * cta/too-big: sign, approve, commit budget, buy, order, pay, a paid subscription, or a sales
 * meeting, call or demo of 30 minutes or more (an event or webinar is not such a meeting).
 * Everything else is 'small'. Whether it is *too* big depends on kind and thread: that is the rule's call.
 */
import { EN_COMMITMENT } from '../lexicon/en-commitment';
import { NL_COMMITMENT } from '../lexicon/nl-commitment';
import type { AskSize, Lang } from '../types';
import { durations } from './duration';
import { SCHEDULING_HOST } from '../lexicon/scheduling-hosts';

export interface CommitmentLexicon {
  /** A decision that binds the reader: signing, approving, committing budget. */
  decision: RegExp[];
  /** Buying, ordering, paying, a paid subscription. */
  purchase: RegExp[];
  /** The writer enrolling the reader ("shall I enrol your team?"): a purchase unless it is free, an event or a meeting. */
  enrolment: RegExp[];
  /** Free / no-obligation wording that keeps a purchase cue a small step ("start your free trial"). */
  free: RegExp[];
  /** Words naming a sales conversation (call, demo, meeting …). */
  meeting: RegExp[];
  /** Phrases asking for the reader's time ("do you have …", "shall we book …"). */
  timeRequest: RegExp[];
  /** Events and webinars, which are not meetings in the sense of the rule. */
  event: RegExp[];
  /** Questions about how the reader works today ("do you currently sign contracts on paper?"): no step asked. */
  practice: RegExp[];
  /** A commitment the writer rules out ("without any obligation to buy", "u hoeft niets te tekenen"): cut before matching. */
  negated: RegExp;
}

const LEXICONS: Record<Lang, CommitmentLexicon> = { en: EN_COMMITMENT, nl: NL_COMMITMENT };

/** A meeting this long or longer is a heavy step for a reader who has shown no interest (rules.md). */
export const HEAVY_MEETING_MINUTES = 30;

export function askSize(text: string, lang: Lang): AskSize {
  return commitmentCue(text, lang) === undefined ? 'small' : 'commit';
}

export type CommitmentKind = 'decision' | 'purchase' | 'meeting';

/** Which kind of heavy commitment the ask holds, if any (the rules use it to word their message). */
export function commitmentCue(text: string, lang: Lang): CommitmentKind | undefined {
  const lexicon = LEXICONS[lang];
  const lower = withoutLinks(text).toLowerCase().replace(lexicon.negated, ' ');
  const aboutPractice = matches(lower, lexicon.practice);
  if (!aboutPractice && matches(lower, lexicon.decision)) return 'decision';
  if (!aboutPractice && !matches(lower, lexicon.free)) {
    if (matches(lower, lexicon.purchase)) return 'purchase';
    // "Shall I book you in for a viewing?" books a meeting, not a purchase: its length decides below.
    if (matches(lower, lexicon.enrolment) && !matches(lower, lexicon.event) && !matches(lower, lexicon.meeting)) return 'purchase';
  }
  if (isHeavyMeeting(lower, lexicon, lang) || bookingMinutes(text) >= HEAVY_MEETING_MINUTES) return 'meeting';
  return undefined;
}

/**
 * Whether the ask asks how the reader buys, signs or decides today ("Who signs off on new tools?",
 * "Hoe bestellen jullie nu voorraad?"): a question about their process, not a step to take.
 */
export function asksAboutPractice(text: string, lang: Lang): boolean {
  return matches(withoutLinks(text).toLowerCase(), LEXICONS[lang].practice);
}

function isHeavyMeeting(lower: string, lexicon: CommitmentLexicon, lang: Lang): boolean {
  if (matches(lower, lexicon.event)) return false;
  const longest = Math.max(0, ...durations(lower, lang).map((duration) => duration.minutes));
  if (longest < HEAVY_MEETING_MINUTES) return false;
  return matches(lower, lexicon.meeting) || matches(lower, lexicon.timeRequest);
}

/**
 * The length a scheduling link books, read from its path as the booking tools name their event
 * types ("calendly.com/anna/30min", "cal.com/anna/45-minute-call", "…/60-min-intro"): 0 when none.
 */
const BOOKING_LENGTH = new RegExp(String.raw`\b(?:https?:\/\/|www\.)?[\w.-]*(?:${SCHEDULING_HOST})\/\S*?\/(\d{2,3})[-_]?(?:min|mins|minute|minutes|minuten)\b`, 'giu');

export function bookingMinutes(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(BOOKING_LENGTH)) longest = Math.max(longest, Number(m[1]));
  return longest;
}

function matches(text: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}

/** URLs say nothing about the step ("…/order-form", "docusign.net/sign") beyond what the words say. */
function withoutLinks(text: string): string {
  return text.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/giu, ' ');
}
