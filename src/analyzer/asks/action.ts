/**
 * What an ask asks the reader to do, as a normalised key: a class ("meeting", "download",
 * "signup", "reply" …) and, when the ask carries a link, the place it leads to
 * ("download:example.com"). cta/multiple compares keys to tell competing asks from the same ask
 * made again; cta/pushy counts repeats of one key.
 *
 * - Alternatives inside one ask share a key: "call or email me" is one "contact" ask.
 * - The same ask in other words gets the same key: "Would a short call help?" … "Let me know if
 *   a call next week would be useful" are both "meeting".
 * - Different standalone actions differ: "meeting" vs "download" vs "visit:example.com", and
 *   links to different hosts differ.
 */
import { EN_ACTIONS } from '../lexicon/en-actions';
import { NL_ACTIONS } from '../lexicon/nl-actions';
import type { Lang } from '../types';
import { LINK_PATTERN } from './links';
import { asksAboutPractice } from './size';
import { escapeRegExp, execAll } from '../regex';
import { LINK_VALUE } from '../placeholders/values';
import { SCHEDULING_HOST } from '../lexicon/scheduling-hosts';

export interface ActionClass {
  /** The class part of the key. */
  key: string;
  /** Any of these in the ask names the class. */
  cues: RegExp[];
  /** These name the class only when the ask carries a link ("Podcast: <url>"). */
  linkCues?: RegExp[];
}

export interface ActionLexicon {
  /** Ordered: the first class with a matching cue wins. */
  classes: ActionClass[];
  /** A conditional opener that makes an ask depend on the one before ("if so, …"). */
  followUp: RegExp;
  /** An ask that only says how to answer the one before ("Reply YES.", "Beantwoord deze mail met 'ja'."). */
  answerChannel: RegExp;
  /**
   * A question whether the reader wants to know or see something ("Want to know where your budget
   * leaks?", "Wil je weten of dit voor jou speelt?"): the step right after it is how to find out, so
   * it does not compete with it.
   */
  curiosityLead: RegExp;
  /**
   * A step that goes on from the question just before it, taking its yes for granted: "Wil je beter
   * onderhandelen? Koop dan mijn e-boek", "Want fewer no-shows? Then try the reminders".
   */
  thenStep: RegExp;
  /** A label that only asks for attention ("PLEASE READ:", "LET OP:"): it names no step of its own. */
  attention: RegExp;
}

export const ACTION_LEXICONS: Record<Lang, ActionLexicon> = { en: EN_ACTIONS, nl: NL_ACTIONS };

/**
 * Classes of the closing decisions. A question about how the reader makes them today ("Who signs
 * off on new tools?", "How do you order stock?") asks for a name (refer) or an answer (reply) instead.
 */
const DECISIONS = new Set(['sign', 'approve', 'buy', 'quote']);
const WHO = /\b(?:who|whom|wie)\b/u;

/** Separates the class from the link target in a key. */
const TARGET_SEPARATOR = ':';

/** URLs, bare domains and link placeholders of templates ("{{calendar_link}}", "[LINK]"), as ask detection sees them. */
const LINK = LINK_PATTERN;

/** Link shorteners: the host says nothing about the place, so the path is kept. */
const SHORTENERS = new Set(['lnkd.in', 'bit.ly', 't.co', 'tinyurl.com', 'buff.ly', 'ow.ly', 'rebrand.ly', 'cutt.ly']);

/** A demo, walkthrough or tour behind a link, with nothing that books a time: "Live demo here: <url>". */
const WATCHED = /\b(?:demo|demos|demonstratie|demonstration|walkthrough|walk-through|tour|video|recording|opname|rondleiding)\b/u;
const BOOKING_CUE = /\b(?:book|boek|schedule|call|calendar|slot|time|times|meet|meeting|chat|talk|speak|plan|plannen|inplannen|afspraak|agenda|bellen|bel|gesprek|spreken|tijd|moment)\b/u;

/** Links to a scheduling page (and the booking stand-in of a merge field, placeholders/values.ts). */
const BOOKING_PAGE = new RegExp(String.raw`\b(?:${SCHEDULING_HOST})|\/(?:calendar|agenda|book|booking|boeken|afspraak)\b|\/[\w-]*(?:inplannen|plannen|afspraak-maken|book-a-(?:call|demo|meeting)|schedule-(?:a-)?(?:call|demo|meeting))\b`, 'u');
const BOOKING_TARGET = new RegExp(String.raw`${SCHEDULING_HOST}|calendar|agenda`, 'u');

/** Whether a "meeting" ask is in fact a demo to watch at the link (cta/multiple: a step of its own). */
function watchedDemo(words: string, target: string): boolean {
  return WATCHED.test(words) && !BOOKING_CUE.test(words) && !BOOKING_TARGET.test(target);
}

export function askAction(text: string, lang: Lang): string {
  let target = linkTarget(text);
  const words = text.replace(LINK, ' ').toLowerCase();
  if (ACTION_LEXICONS[lang].attention.test(words)) return `${UNCLASSIFIED}-attention`;
  let key = actionClass(words, target !== undefined, lang) ?? fallbackClass(words, target !== undefined);
  if (DECISIONS.has(key) && asksAboutPractice(words, lang)) key = WHO.test(words) ? 'refer' : 'reply';
  if (key === 'visit' && target === undefined && !PLACE.test(words)) key = `${UNCLASSIFIED}-visit`;
  if (key === 'meeting' && target !== undefined && watchedDemo(words, target)) key = 'visit';
  // A booking page books the meeting: "Book it here: <calendly link>" after "Would a call work?" is one step.
  if (key === 'visit' && target !== undefined && BOOKING_PAGE.test(text)) key = 'meeting';
  if (key === 'visit' && PLACEHOLDER_LINK.test(text)) target = `${target}/${labelOf(text)}`;
  return target === undefined ? key : `${key}${TARGET_SEPARATOR}${target}`;
}

/**
 * Whether two action keys are the same ask: the same class, and the same place when both name one
 * ("signup" and "signup:example.com" are the same invitation; "visit:a.com" and "visit:b.com" are not).
 */
export function sameAction(a: string, b: string): boolean {
  const [classA, targetA] = splitKey(a);
  const [classB, targetB] = splitKey(b);
  if (classA !== classB) return false;
  return targetA === undefined || targetB === undefined || targetA === targetB;
}

/**
 * Classes the reader settles in one answer: their view, a yes to a call, accepting a connection,
 * a confirmation.
 * "What do you think? Shall we talk next week?" asks one reply, not two competing actions.
 */
const ANSWERED_TOGETHER = new Set(['reply', 'contact', 'meeting', 'connect', 'confirm']);

/** Prefix of the key of an ask no cue recognised (see fallbackClass). */
const UNCLASSIFIED = 'other';

/** Whether a key names a recognised action; cta/multiple only counts those. */
export function isClassified(key: string): boolean {
  return !key.startsWith(UNCLASSIFIED);
}

/** "Take a look", "ontdek de mogelijkheden" name a place only with a link or a site to go to. */
const PLACE = /\b(?:site|website|webpage|page|blog|profile|portfolio|shop|store|webshop|pagina|profiel|winkel|link|linkje)\b/u;

/**
 * Whether two asks are different standalone actions that compete for the reader (cta/multiple).
 * An ask no cue recognises competes with nothing: claiming a conflict needs two known actions.
 */
export function competes(a: string, b: string): boolean {
  if (sameAction(a, b)) return false;
  const [classA] = splitKey(a);
  const [classB] = splitKey(b);
  if (!isClassified(classA) || !isClassified(classB)) return false;
  return !(ANSWERED_TOGETHER.has(classA) && ANSWERED_TOGETHER.has(classB));
}

/** The place a key's link leads to, if it has one. */
export function actionTarget(key: string): string | undefined {
  return splitKey(key)[1];
}

function splitKey(key: string): [string, string | undefined] {
  const at = key.indexOf(TARGET_SEPARATOR);
  return at < 0 ? [key, undefined] : [key.slice(0, at), key.slice(at + 1)];
}

function actionClass(words: string, hasLink: boolean, lang: Lang): string | undefined {
  for (const candidate of ACTION_LEXICONS[lang].classes) {
    if (candidate.cues.some((cue) => cue.test(words))) return candidate.key;
    if (hasLink && candidate.linkCues?.some((cue) => cue.test(words))) return candidate.key;
  }
  return undefined;
}

/** No cue: a question asks for an answer, a link for a visit; otherwise the first word stands in. */
function fallbackClass(words: string, hasLink: boolean): string {
  if (hasLink) return 'visit';
  if (words.trim().endsWith('?')) return 'reply';
  const first = /\p{L}+/u.exec(words);
  return first ? `${UNCLASSIFIED}-${first[0]}` : UNCLASSIFIED;
}

/** An unfilled link field as it reads (placeholders/values.ts), not a real address on that host. */
const PLACEHOLDER_LINK = new RegExp(`${escapeRegExp(LINK_VALUE)}(?![\\w/.-])`, 'u');

/**
 * What a labelled link is called ("90-sec demo", "One-pager"): two unfilled "[link]" fields read as
 * the same address, so their labels tell the places apart.
 */
function labelOf(text: string): string {
  const label = /^([^:]{1,40}):/u.exec(text.trim())?.[1] ?? '';
  return label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
}

/** The first link's place: its host without "www.", plus the path for link shorteners. */
export function linkTarget(text: string): string | undefined {
  for (const match of execAll(LINK, text)) {
    const raw = match[0].toLowerCase().replace(/[.,;:!?)\]]+$/u, '');
    const placeholder = /^(?:\{\{?|\[|<)\s*(\w+)/u.exec(raw);
    if (placeholder) return `{${placeholder[1]}}`;
    const withoutScheme = raw.replace(/^https?:\/\//u, '').replace(/^www\./u, '');
    const [host = '', ...path] = withoutScheme.split('/');
    if (host.includes('@') || host === '') continue;
    return SHORTENERS.has(host) ? [host, ...path].join('/') : host;
  }
  return undefined;
}
