import { escapeRegExp } from '../regex';

/**
 * Scheduling services whose pages book a time with the writer, as their links are written. One
 * list, so that what books a meeting (asks/action.ts), what picks a slot (asks/meeting-length.ts)
 * and whose path names the length (asks/size.ts) agree on the same hosts.
 */
const SCHEDULING_HOSTS = [
  'calendly.com',
  'cal.com',
  'savvycal.com',
  'tidycal.com',
  'zcal.co',
  'youcanbook.me',
  'chilipiper.com',
  'meetings.hubspot.com',
  'hubspot.com/meetings',
  'calendar.app.google',
  'outlook.office.com/bookwithme',
];

/** The hosts as one regex alternation (no group, no flags). */
export const SCHEDULING_HOST = SCHEDULING_HOSTS.map(escapeRegExp).join('|');

/** The services named as a word ("my Calendly", "via Chili Piper"): the host's first label, when it is a brand. */
export const SCHEDULING_BRAND = String.raw`calendly|savvycal|tidycal|zcal|youcanbook|chili\s?piper`;
