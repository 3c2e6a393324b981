/**
 * Advice in a post about the reader's own habits ("Track your own numbers weekly, don't wait for your
 * manager", "Wacht niet tot je jaargesprek") uses the words of urgency, but presses no decision
 * (rules.md, cta/pushy trigger 1: urgency on the reader's decision). In a post, such a phrase counts
 * only when an offer or purchase is near it ("Don't wait, grab your seat while the early price
 * lasts"); in an email or message, which is aimed at one reader's decision, it always counts.
 */
import type { PressureLexicon } from '../lexicon/pressure-types';
import type { Kind, Span } from '../types';
import type { PressureHit } from './phrases';
import { execAll } from '../regex';

interface CompiledAdvice {
  habitUrgency: RegExp;
  offerContext: RegExp;
  duty: RegExp;
  adviceLead: RegExp;
  adviceOpening: RegExp;
}

const cache = new Map<PressureLexicon, CompiledAdvice>();

function compiled(lexicon: PressureLexicon): CompiledAdvice {
  const known = cache.get(lexicon);
  if (known) return known;
  const made = {
    habitUrgency: new RegExp(lexicon.relief.habitUrgency, 'iu'),
    offerContext: new RegExp(lexicon.relief.offerContext, 'iu'),
    duty: new RegExp(lexicon.relief.duty, 'iu'),
    adviceLead: new RegExp(lexicon.relief.adviceLead, 'iu'),
    adviceOpening: new RegExp(lexicon.relief.adviceOpening, 'iu'),
  };
  cache.set(lexicon, made);
  return made;
}

/** Kinds of draft written to a crowd, where advice lists are common. */
const CROWD_KINDS = new Set<Kind>(['post', 'comment']);

/**
 * The sentence holding `at` and the one before it, within `range`: an offer in the sentence before
 * ("Enrolment opens today. Don't wait.") still makes the phrase press the purchase.
 */
function neighbourhood(text: string, range: Span, at: Span): string {
  const before = text.slice(range.start, at.start);
  const ends = execAll(/[.!?\n]+/gu, before).map((m) => m.index + m[0].length);
  const from = range.start + (ends.length >= 2 ? (ends[ends.length - 2] ?? 0) : 0);
  const after = /[.!?\n]/u.exec(text.slice(at.end, range.end));
  const to = after ? at.end + after.index : range.end;
  return text.slice(from, to);
}

/** True when `hit` is urgency wording used as advice on the reader's own habits in a post. */
export function habitAdvice(text: string, range: Span, hit: PressureHit, kind: Kind, lexicon: PressureLexicon): boolean {
  if (hit.kind !== 'urgency' || !CROWD_KINDS.has(kind)) return false;
  const advice = compiled(lexicon);
  if (!advice.habitUrgency.test(text.slice(hit.start, hit.end).replace(/’/gu, "'"))) return false;
  return !advice.offerContext.test(neighbourhood(text, range, hit));
}

/** Where the sentence holding `at` starts (after ".!?" or a line break), not before `from`. */
function sentenceStart(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  return from + Math.max(...[...'.!?\n'].map((c) => before.lastIndexOf(c))) + 1;
}

/**
 * True when a duty phrase ("you need to", "je moet", "moet je") is general advice with a generic
 * "you", not pressure on the reader's decision (rules.md, cta/pushy trigger 5 is pressure on the
 * reader): in a post or comment unless an offer is near it ("Ja, je moet het veilig opzetten");
 * anywhere as the consequent of a condition or after a general "then / sometimes" ("Als je andere
 * resultaten wilt, moet je …", "maar dan moet je actief zichtbaar zijn"); in Dutch, a statement that
 * opens with "Moet je" (topic drop: "Moet je direct benaderen."). "U moet nu beslissen" stays.
 */
export function dutyAdvice(text: string, range: Span, hit: PressureHit, kind: Kind, lexicon: PressureLexicon): boolean {
  if (hit.kind !== 'wording') return false;
  const advice = compiled(lexicon);
  const phrase = text.slice(hit.start, hit.end).replace(/’/gu, "'");
  if (!advice.duty.test(phrase) && !/\b(?:moet|moeten)\b/iu.test(phrase)) return false;
  if (CROWD_KINDS.has(kind)) return !advice.offerContext.test(neighbourhood(text, range, hit));
  const start = sentenceStart(text, range.start, hit.start);
  const lead = text.slice(start, hit.start).replace(/’/gu, "'");
  if (advice.adviceLead.test(lead)) return true;
  if (!/^\W*$/u.test(lead) || !advice.adviceOpening.test(phrase)) return false;
  // A question ("Moet je dit nog met je team bespreken?") asks; only a statement is the topic drop.
  const rest = text.slice(hit.end, range.end);
  const stop = /[.!?\n]/u.exec(rest);
  return stop?.[0] !== '?';
}
