/**
 * Capitals that name something rather than shout (rules.md, cta/pushy trigger 6: "not acronyms or
 * names"). Product and company names are often written in capitals ("AFAS", "HUBSPOT"), and no list
 * can hold them all, so the text itself tells: a word in capitals is a name when
 * - the text also writes it in normal case inside a sentence ("Zendesk … ZENDESK users"), or
 * - it recurs in capitals on its own, and it is not an ordinary word of hard-sell mail ("FREE … FREE"), or
 * - a web address in the text holds it ("CLEARWAY … clearway.example.com"), or
 * - it sits in a list with other names ("SALESFORCE, Pipedrive and MONDAY"), or in a list of words in
 *   capitals none of which is an ordinary word ("SAGE and XERO users"; "URGENT and IMPORTANT" shouts).
 * Shouted phrases ("BUY NOW", "LAST CHANCE") stay shouting: their words are ordinary words.
 */
import { ALARM_LABEL_WORDS, CAPS_ALLOWED, SHORT_SHOUTS, SHOUT_WORDS } from '../lexicon/acronyms';
import type { Span } from '../types';
import { atSentenceStart } from './text';
import { execAll } from '../regex';

/** Web addresses, with or without a scheme: a name in them is written in lower case. */
const LINK = /https?:\/\/\S+|www\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b\S*/giu;

/** Words that join the items of a list, English and Dutch. */
const LIST_JOINERS = /^(?:\s*[,/&+]\s*|\s+(?:and|or|en|of|and\/or|en\/of)\s+|\s*,\s*(?:and|or|en|of)\s+)$/iu;

/** Joining words of a list, English and Dutch (the words between two items). */
const JOIN_WORDS = /^(?:and|or|en|of)$/iu;

/** The letters of a token, for comparing spellings ("AFAS," → "afas"). */
function key(word: string): string {
  return word.replace(/[’']/gu, "'").toLowerCase();
}

/** An ordinary word of hard-sell mail in capitals (a short shout, an alarm word, a shout word), not a name. */
export function isOrdinaryWord(word: string): boolean {
  const upper = word.toUpperCase().replace(/’/gu, "'");
  return SHOUT_WORDS.has(upper) || ALARM_LABEL_WORDS.has(upper) || SHORT_SHOUTS.has(upper);
}

/** A capitalised, not all-caps spelling inside a sentence ("Zendesk", "HubSpot"), not at its start. */
function normalCaseName(text: string, start: number, word: string, bodyStart: number): boolean {
  if (!/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return false;
  // "HubSpot" is a name wherever it stands; "Free" opening a sentence is only a capital letter.
  return /\p{Lu}/u.test(word.slice(1)) || !atSentenceStart(text, start, bodyStart);
}

interface Word extends Span {
  text: string;
}

function wordsOf(text: string, range: Span): Word[] {
  return execAll(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu, text.slice(range.start, range.end)).map((m) => ({
    start: range.start + m.index,
    end: range.start + m.index + m[0].length,
    text: m[0],
  }));
}

/**
 * The subset of `caps` (shouted-looking words of the body) that are names. `caps` must be in text
 * order; neighbouring words in capitals ("BUY NOW") form a phrase and are never taken as a name by
 * recurrence, since a name on its own does not run into other capitals.
 */
export function namesInCaps(text: string, body: readonly Span[], caps: readonly Span[]): Set<Span> {
  const names = new Set<Span>();
  if (caps.length === 0) return names;
  const all = body.flatMap((range) => wordsOf(text, range).map((w) => ({ ...w, bodyStart: range.start })));
  const capsText = (s: Span) => key(text.slice(s.start, s.end));
  const inRun = (i: number) => {
    const joined = (a: Span | undefined, b: Span | undefined) => !!a && !!b && /^[ \t]+$/u.test(text.slice(a.end, b.start));
    return joined(caps[i - 1], caps[i]) || joined(caps[i], caps[i + 1]);
  };
  const capsCount = new Map<string, number>();
  for (const span of caps) capsCount.set(capsText(span), (capsCount.get(capsText(span)) ?? 0) + 1);

  const links = body.flatMap((range) =>
    execAll(LINK, text.slice(range.start, range.end)).map((m) => ({ start: range.start + m.index, end: range.start + m.index + m[0].length })),
  );
  const inLink = (w: Span) => links.some((l) => l.start <= w.start && w.end <= l.end);
  // How the body writes each spelling of a word in capitals, read in one pass over its words (not once per word in capitals).
  const spellings = new Map<string, { normally: boolean; inAddress: boolean; lower: boolean }>();
  for (const word of capsCount.keys()) spellings.set(word, { normally: false, inAddress: false, lower: false });
  for (const w of all) {
    const seen = spellings.get(key(w.text));
    if (!seen) continue;
    const linked = inLink(w);
    seen.normally ||= normalCaseName(text, w.start, w.text, w.bodyStart);
    seen.inAddress ||= linked;
    seen.lower ||= w.text === w.text.toLowerCase() && !linked;
  }
  caps.forEach((span, i) => {
    const word = capsText(span);
    const seen = spellings.get(word)!;
    const recurs = (capsCount.get(word) ?? 0) >= 2 && !inRun(i) && !isOrdinaryWord(word) && !seen.lower;
    // In an address the name is in lower case ("CLEARWAY … clearway.example.com"): that names it too.
    if (seen.normally || recurs || (seen.inAddress && !isOrdinaryWord(word))) names.add(span);
  });

  // Lists: a word in capitals joined by ", and or en of" to a name is a name too; repeat until stable
  // so "SALESFORCE, HUBSPOT and Pipedrive" passes the name along the list.
  const isName = (w: Word & { bodyStart: number }): boolean => {
    const capsSpan = caps.find((c) => c.start === w.start);
    if (capsSpan) return names.has(capsSpan) || !isOrdinaryWord(capsText(capsSpan));
    if (CAPS_ALLOWED.has(w.text.toUpperCase())) return w.text === w.text.toUpperCase();
    return normalCaseName(text, w.start, w.text, w.bodyStart);
  };
  const indexAt = new Map(all.map((w, i) => [w.start, i]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const span of caps) {
      if (names.has(span) || isOrdinaryWord(capsText(span))) continue;
      const at = indexAt.get(span.start) ?? -1;
      // The item before and after, over a joining word ("SAGE and XERO").
      const step = (i: number, by: number) => (JOIN_WORDS.test(all[i]?.text ?? '') ? i + by : i);
      const neighbours = [all[step(at - 1, -1)], all[step(at + 1, 1)]];
      const listed = neighbours.some((n) => {
        if (!n) return false;
        const between = n.end <= span.start ? text.slice(n.end, span.start) : text.slice(span.end, n.start);
        return LIST_JOINERS.test(between) && isName(n);
      });
      if (listed) {
        names.add(span);
        changed = true;
      }
    }
  }
  return names;
}
