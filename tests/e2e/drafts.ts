/**
 * Drafts the end-to-end tests type, chosen from rules.md: each one's expected verdict follows
 * from the rule definitions, not from what the analyzer happens to say today.
 */

/** Pressure on the reader: a deadline on their decision and scarcity (cta/pushy, rules 1 and 2). */
export const PUSHY_EMAIL = [
  'Hi Sarah,',
  '',
  'We help sales teams like yours cut the time they spend on follow-up emails in half.',
  'This is your last chance: the offer expires Friday, so reply today.',
  '',
  'Best,',
  'Tom',
].join('\n');

/** The phrases of PUSHY_EMAIL that cta/pushy must underline (at least one of them). */
export const PUSHY_PHRASES = ['last chance', 'expires Friday', 'reply today'];

/**
 * A well-made first email: context for the reader, one small ask near the end, no pressure,
 * under 150 words, plain language (no rule of any set fires).
 */
export const CLEAN_EMAIL = [
  'Hi Sarah,',
  '',
  'I saw that Acme is hiring three new account managers this quarter.',
  'Teams that grow that fast often lose hours on follow-up emails, and we helped a team like yours cut that time in half.',
  'Would a short call next week make sense to see if that fits your team?',
  '',
  'Best,',
  'Tom',
].join('\n');

/** A subject for CLEAN_EMAIL (three or four words, no shouting). */
export const CLEAN_SUBJECT = 'Follow-up time at Acme';

/** A reply that answers the reader and makes no pressure (thread "reply"). */
export const CLEAN_REPLY = [
  'Hi Anna,',
  '',
  'Sure, here are the numbers you asked for: teams of your size save about four hours a week.',
  'What do you think of these figures?',
  '',
  'Best,',
  'Tom',
].join('\n');

/** A pushy LinkedIn post: "don't miss out" is pressure wording (cta/pushy, rule 5) in every kind. */
export const PUSHY_POST = [
  'We just opened the doors to our new sales writing course.',
  'It covers cold emails, follow-ups and LinkedIn messages.',
  "Don't miss out, you need to sign up before the spots are gone: https://course.example/join",
].join('\n');

/** A pushy invitation note (a LinkedIn message of at most 300 characters). */
export const PUSHY_NOTE = 'Hi Sarah, we help teams like yours book more meetings. Reply today, this is your last chance to join our pilot.';
