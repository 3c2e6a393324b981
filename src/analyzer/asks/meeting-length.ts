/**
 * The length of the meeting a draft offers, told anywhere in the body rather than in the ask
 * itself: real outreach sizes the meeting in one sentence ("Hoe het werkt: 30 min call met mij",
 * "Tijdsduur: 45 minuten", "all it takes is 30 minutes of your time") and asks for it in another
 * ("Plan hier: <link>", "Past het deze week?"). cta/too-big reads such a booking ask as asking for
 * that meeting (rules.md: a sales meeting, call or demo of 30 minutes or more).
 */
import { EN_COMMITMENT } from '../lexicon/en-commitment';
import { NL_COMMITMENT } from '../lexicon/nl-commitment';
import type { Ask, Draft, Lang } from '../types';
import { durations } from './duration';
import { SCHEDULING_BRAND, SCHEDULING_HOST } from '../lexicon/scheduling-hosts';

/** Words that size the reader's time without naming the meeting ("Tijdsduur: 45 minuten", "30 minutes of your time"). */
const TIME_SIZE: Record<Lang, RegExp> = {
  // "30 minutes to hear how you set it up": the time asked for, to talk.
  // "Half an hour is enough." after the ask: the length standing as the sentence's subject.
  en: /\b(?:duration|length|of your time|of your day)\b|\b(?:minutes?|mins?|hours?) to (?:hear|talk|chat|learn|understand|discuss|walk you|show you)\b|^\W*(?:(?:just |only )?(?:an? |half an |\d+[\s-]*)(?:hour|min\w*)|half an hour)\s+(?:is|are|should be|will be) (?:enough|plenty|all it takes|sufficient)\b/u,
  nl: /\b(?:tijdsduur|duur|van (?:uw|je|jouw|jullie) (?:\w+ )?tijd)\b|\b(?:minuten|uur|kwartier) om (?:te )?(?:horen|praten|bespreken|vertellen|laten zien|kennis te maken|door te nemen|sparren)\b|^\W*(?:(?:maar |slechts )?(?:een |\d+\s*)?(?:half uur(?:tje)?|uur(?:tje)?|kwartier(?:tje)?|minuten|min))\s+(?:is|zijn) (?:al )?(?:genoeg|voldoende|alles wat)\b/u,
};

/** Links that open a booking page: scheduling services and "/agenda"-like paths (placeholders read as such). */
const BOOKING_LINK = new RegExp(String.raw`\b(?:${SCHEDULING_HOST}|${SCHEDULING_BRAND})\b|\/(?:agenda|booking|book|afspraak|plannen|schedule|meet)\b`, 'iu');

/** Words of an ask that picks a moment ("Plan hier", "kies een moment", "pick a slot"). */
const BOOKING_WORDS: Record<Lang, RegExp> = {
  en: /\b(?:book|schedule|pick|grab|choose) (?:a |your |an? \w+ )?(?:slot|time|moment|call|meeting)\b|\b(?:my|the) (?:calendar|cal)\b/iu,
  nl: /\b(?:plan|boek|kies|prik|reserveer) (?:hier|direct|zelf|gerust|een (?:moment|tijd|tijdstip|datum|slot|afspraak|gesprek))\b|\bagenda\b/iu,
};

const MEETING = { en: EN_COMMITMENT, nl: NL_COMMITMENT };

/** The longest meeting length named in a body sentence that speaks of the meeting or the reader's time, in minutes. */
export function meetingMinutesInBody(draft: Draft): number {
  const lexicon = MEETING[draft.lang];
  let longest = 0;
  for (const sentence of draft.sentences) {
    const lower = sentence.text.toLowerCase();
    if (lexicon.event.some((p) => p.test(lower))) continue;
    if (!lexicon.meeting.some((p) => p.test(lower)) && !TIME_SIZE[draft.lang].test(lower)) continue;
    for (const d of durations(lower, draft.lang)) longest = Math.max(longest, d.minutes);
  }
  return longest;
}

/** An ask left for later ("Als de timing verandert: <link>", "When the time is right, …"): no step asked now. */
const LATER: Record<Lang, RegExp> = {
  en: /^\W*(?:if|when|whenever|once|should)\b/iu,
  nl: /^\W*(?:als|wanneer|zodra|mocht|indien|voor als)\b/iu,
};

/**
 * Whether the ask books a moment with the writer now: a meeting ask, a booking link, or picking a
 * slot, not one left for a later moment.
 */
export function booksMeeting(draft: Draft, ask: Ask): boolean {
  const text = draft.text.slice(ask.start, ask.end);
  if (LATER[draft.lang].test(text)) return false;
  // An ask that names its own length ("Worth a 10-minute chat?") books that one, not the one in the body.
  if (durations(text.toLowerCase(), draft.lang).length > 0) return false;
  if (ask.action === 'meeting') return true;
  return BOOKING_LINK.test(text) || BOOKING_WORDS[draft.lang].test(text);
}
