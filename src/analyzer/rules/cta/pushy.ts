/**
 * cta/pushy: the draft pressures the reader (rules.md). One finding per pressuring phrase:
 * urgency on the reader's decision, scarcity or expiry, nagging about silence, ultimatums, pressure
 * wording, shouting (email and message only) and the same ask made three or more times.
 */
import { EN_PRESSURE } from '../../lexicon/en-pressure';
import { NL_PRESSURE } from '../../lexicon/nl-pressure';
import { dutyAdvice, habitAdvice } from '../../pressure/advice';
import { messageFor, wordingFor } from '../../pressure/messages';
import { findDeadlines } from '../../pressure/deadlines';
import { findPhrases, type PressureHit } from '../../pressure/phrases';
import { pressureLifted } from '../../pressure/relief';
import { findShouting } from '../../pressure/shouting';
import { matchCase, wholeSentence } from '../../pressure/text';
import { sameAction } from '../../asks/action';
import { paragraphMemo } from '../../paragraphs';
import type { Ask, Draft, RawFinding, Rule, Span, Suggestion } from '../../types';

/** Pressure phrases and deadlines of each paragraph, kept while the draft is typed. */
const pressureIn = paragraphMemo<PressureHit>();

/** Asks for the same action this many times are nagging (rules.md trigger 7). */
const NAGGING_REPEATS = 3;

/**
 * Action classes too broad to tell one ask from another: every question to the reader is a
 * "reply"; for these, the same ask must also repeat its words.
 */
const BROAD_ACTION = /^(?:reply|other)/u;

/** Share of the shorter ask's words found in the other one, for "the same ask in the same words". */
const SAME_WORDS = 0.6;

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
}

function sameWords(a: string, b: string): boolean {
  const [x, y] = [wordSet(a), wordSet(b)];
  const smaller = x.size <= y.size ? x : y;
  const larger = smaller === x ? y : x;
  if (smaller.size === 0) return false;
  const shared = [...smaller].filter((w) => larger.has(w)).length;
  return shared / smaller.size >= SAME_WORDS;
}

/** The ask as the user wrote it, merge fields and all. */
function sourceOf(draft: Draft, ask: Ask): string {
  const span = draft.toSource(ask);
  return draft.source.slice(span.start, span.end);
}

function sameAsk(draft: Draft, a: Ask, b: Ask): boolean {
  if (!a.action || !b.action || !sameAction(a.action, b.action)) return false;
  // "{{demo_1_url}}" and "{{demo_2_url}}" read as the same stand-in link but are different links.
  if (draft.text.slice(a.start, a.end) === draft.text.slice(b.start, b.end) && sourceOf(draft, a) !== sourceOf(draft, b)) return false;
  if (!BROAD_ACTION.test(a.action)) return true;
  return sameWords(draft.text.slice(a.start, a.end), draft.text.slice(b.start, b.end));
}

/** The ask goes on from the one just before it: the next sentence, no blank line between. */
function workedOut(draft: Draft, before: Ask, ask: Ask): boolean {
  return ask.sentence - before.sentence <= 1 && !/\n[ \t]*\n/u.test(draft.text.slice(before.end, ask.start));
}

/**
 * The third and later making of one ask (rules.md trigger 7). Asks in sentences next to each other
 * (no blank line between) are one making: "Shall I show you the scan? Does Tuesday or Thursday work? You can also book here:
 * <link>" works one step out, where nagging comes back to it after something else was said.
 */
function repeatedAsks(draft: Draft): PressureHit[] {
  const groups: Ask[][] = [];
  for (const ask of draft.asks) {
    // The same ask each time: a generic "visit" is like both "visit:a.com" and "visit:b.com", which are not alike.
    const group = groups.find((g) => g.length > 0 && g.every((member) => sameAsk(draft, member, ask)));
    if (group) group.push(ask);
    else groups.push([ask]);
  }
  return groups.flatMap((group) => {
    const makings = group.filter((ask, i) => i === 0 || !workedOut(draft, group[i - 1]!, ask));
    return makings.slice(NAGGING_REPEATS - 1).map((ask): PressureHit => ({ start: ask.start, end: ask.end, kind: 'repetition', deletable: true }));
  });
}

/**
 * One hit per stretch of text: overlapping hits of one kind merge into one phrase ("offerte
 * verloopt" + "verloopt morgen"); otherwise the earliest, and of those the longest, wins.
 */
function withoutOverlaps(hits: PressureHit[]): PressureHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PressureHit[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (!last || hit.start >= last.end) kept.push({ ...hit });
    else if (hit.kind === last.kind && hit.end > last.end) {
      // The merged phrase is new text: a fix written for either part no longer fits it.
      kept[kept.length - 1] = { start: last.start, end: hit.end, kind: last.kind };
    }
  }
  return kept;
}

function bodyStartOf(draft: Draft, index: number): number {
  return draft.body.find((r) => r.start <= index && index <= r.end)?.start ?? 0;
}

function toFinding(draft: Draft, hit: PressureHit): RawFinding {
  const wording = wordingFor(draft.lang, hit.kind);
  let span: Span = hit;
  const suggestions: Suggestion[] = [];
  if (hit.deletable) {
    const sentence = wholeSentence(draft.text, hit, bodyStartOf(draft, hit.start));
    if (sentence) {
      span = sentence;
      suggestions.push({ text: wording.remove, replacement: '' });
    }
  } else if (hit.calmer !== undefined) {
    const excerpt = draft.text.slice(hit.start, hit.end);
    // Shouting fixes are already the lowered words; the rest take the case of the phrase they replace.
    const replacement = hit.kind === 'shouting' ? hit.calmer : matchCase(hit.calmer, excerpt);
    if (replacement !== excerpt) suggestions.push({ text: `${wording.replace}: “${replacement}”`, replacement });
  }
  suggestions.push({ text: wording.advice });
  const excerpt = draft.text.slice(span.start, span.end);
  return { start: span.start, end: span.end, message: messageFor(draft.lang, hit.kind, excerpt), suggestions };
}

const rule: Rule = {
  meta: {
    id: 'cta/pushy',
    set: 'cta',
    severity: 'warning',
    description: {
      en: 'The draft pressures the reader: deadlines, scarcity, guilt about silence, ultimatums, shouting or the same ask again and again.',
      nl: 'De tekst zet de lezer onder druk: termijnen, schaarste, verwijten over stilte, ultimatums, schreeuwen of steeds dezelfde vraag.',
    },
    rationale: {
      en: 'Ask, but do not nag. People hate pressure: pushing like a bleating child backfires and costs replies. Ask once, near the end, for a step the reader is ready for, and let them decide in their own time.',
      nl: 'Vraag wel, maar zeur niet. Mensen hebben een hekel aan druk: aandringen als een zeurend kind werkt averechts en kost reacties. Vraag één keer, aan het eind, om een stap waar de lezer aan toe is, en laat hem zelf bepalen wanneer.',
    },
  },
  check(draft) {
    const lexicon = draft.lang === 'nl' ? NL_PRESSURE : EN_PRESSURE;
    const hits: PressureHit[] = [];
    for (const range of draft.body) {
      const found = pressureIn(draft.lang, draft.text, range, (from, to) => [
        ...findPhrases(draft.text, from, to, lexicon),
        ...findDeadlines(draft.text, from, to, lexicon),
      ]);
      const onTheDecision = (hit: PressureHit) =>
        !(hit.outreachOnly && draft.thread === 'reply') &&
        !pressureLifted(draft.text, range.start, range.end, hit, lexicon) && !habitAdvice(draft.text, range, hit, draft.kind, lexicon) &&
        !dutyAdvice(draft.text, range, hit, draft.kind, lexicon);
      hits.push(...found.filter(onTheDecision));
    }
    // In a post, capitals and cheerful exclamations are style, not pressure (rules.md).
    if (draft.kind === 'email' || draft.kind === 'message') hits.push(...findShouting(draft.text, draft.body));
    hits.push(...repeatedAsks(draft));
    return withoutOverlaps(hits).map((hit) => toFinding(draft, hit));
  },
};

export default rule;
