/**
 * Deadlines set on the reader's own step ("reply today", "sign by Friday", "Vraag nu een offerte
 * aan"): a verb of the reader's and a deadline marker in one clause, the reader addressed or
 * told (an imperative), and not the writer's own step ("I'll send it today").
 */
import type { PressureLexicon } from '../lexicon/pressure-types';
import type { Span } from '../types';
import { compile, type Compiled, type MarkerStrength } from './compile';
import type { PressureHit } from './phrases';
import { insideQuotation, tidy, words } from './text';
import { execAll } from '../regex';

/** Clauses of text[from, to): stretches without sentence or clause punctuation. */
function clauses(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (const m of execAll(/[.!?;:,()\n—–]|\s-\s/g, text.slice(from, to))) {
    const end = from + m.index;
    if (end > start) out.push({ start, end });
    start = end + m[0].length;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/**
 * Words in quotes are what the reader may answer ("Just reply \"not now\"", "antwoord 'nu niet'"),
 * not a time set on them: blanked out, offsets kept, before markers are sought. A Dutch elision
 * ("'s ochtends", "'t") opens no quote.
 */
function withoutQuotedWords(clause: string): string {
  return clause.replace(/"[^"\n]{1,40}"|“[^”\n]{1,40}”|(?<![\p{L}\p{N}])'(?![stnmk](?:[\s.,;:!?]|$))[^'\n]{1,40}'(?![\p{L}\p{N}])|‘[^’\n]{1,40}’/gu, (q) => ' '.repeat(q.length));
}

/** Deadlines on the reader's own step, one hit per clause that has one. */
export function findDeadlines(text: string, from: number, to: number, lexicon: PressureLexicon): PressureHit[] {
  const compiled = compile(lexicon);
  const lex = lexicon.deadlines;
  const first = new Set(lex.firstPerson);
  const second = new Set(lex.secondPerson);
  const possessive = new Set(lex.possessives);
  const requestLead = new Set(lex.requestLeads);
  const objectMarker = new Set(lex.objectMarkers);
  const lead = new Set(lex.imperativeLead);
  const purpose = new Set(lex.purposeOpeners);
  const hits: PressureHit[] = [];
  for (const clause of clauses(text, from, to)) {
    const body = withoutQuotedWords(text.slice(clause.start, clause.end));
    const markers = compiled.markers.flatMap(({ re, strength }) => execAll(re, body).map((m) => ({ m, strength })));
    if (markers.length === 0) continue;
    const condition = conditionLength(words(body), lex.conditionOpeners);
    const hit = pairVerbAndMarker(body, markers, compiled, lex.markerFirst, { lead, first, second, possessive, requestLead, objectMarker, purpose }, condition);
    if (!hit) continue;
    const start = clause.start + hit.start;
    const end = clause.start + hit.end;
    if (insideQuotation(text, start, from)) continue;
    const spanText = text.slice(start, end);
    const withoutMarker = tidy(spanText.slice(0, hit.markerStart - hit.start) + ' ' + spanText.slice(hit.markerEnd - hit.start));
    hits.push({ start, end, kind: 'urgency', calmer: withoutMarker });
  }
  return hits;
}

/**
 * How many words at the start of a clause open a condition ("if", "as long as", "als"), or 0. The
 * longest opener wins, so "as long as you" is not read as "as" + "long".
 */
function conditionLength(clauseWords: string[], openers: readonly (readonly string[])[]): number {
  let longest = 0;
  for (const opener of openers) {
    if (opener.length > longest && opener.every((w, i) => clauseWords[i] === w)) longest = opener.length;
  }
  return longest;
}

/**
 * The clause so far states what the reader will or can do ("you'll get", "you can start"), a
 * promise or a benefit rather than a request ("can you …" is a request).
 */
function promises(prefix: string[]): boolean {
  const last = prefix[prefix.length - 1] ?? '';
  const before = prefix[prefix.length - 2] ?? '';
  if (/^you['’](?:ll|d)$/u.test(last)) return true;
  return /^(?:will|would|can|could|may|might|kunt|kan|kunnen|zult|zal)$/u.test(last) && /^(?:you|u|je|jij|jullie)$/u.test(before);
}

/** A second imperative joined to a first: "Click the link and claim your seat …". */
function coordinatedImperative(prefix: string, compiled: Compiled): boolean {
  if (!/\s(?:and|or|then|en|of|dan)\s*$/iu.test(prefix)) return false;
  compiled.verb.lastIndex = 0;
  const firstVerb = compiled.verb.exec(prefix.trimStart());
  compiled.verb.lastIndex = 0;
  return firstVerb?.index === 0;
}

interface People {
  lead: Set<string>;
  first: Set<string>;
  second: Set<string>;
  possessive: Set<string>;
  requestLead: Set<string>;
  objectMarker: Set<string>;
  purpose: Set<string>;
}

/**
 * Whether the words before a verb make the reader its subject: "you" not right after an object
 * marker ("like you"), or "your team" only with a modal that asks or obliges ("Can your team sign
 * by Friday?", "Your team should sign today"); relief.ts tells statements about others apart.
 */
function addresses(prefix: string[], people: People): boolean {
  return prefix.some((w, i) => {
    if (!people.second.has(w)) return false;
    const before = prefix[i - 1] ?? '';
    if (people.possessive.has(w)) return prefix.some((other) => people.requestLead.has(other));
    return !people.objectMarker.has(before);
  });
}

interface Pairing extends Span {
  markerStart: number;
  markerEnd: number;
}

const MAX_GAP_WORDS = 8;

function pairVerbAndMarker(
  clause: string,
  markers: { m: RegExpMatchArray; strength: MarkerStrength }[],
  compiled: Compiled,
  markerFirst: boolean,
  people: People,
  condition: number,
): Pairing | undefined {
  const { lead, first } = people;
  // The reader is the subject when "you"/"u"/"je" comes before the verb ("Can you reply today?"),
  // not when it is the object ("happy to get you set up today", "retailers like you sign up").
  // A condition opener is no object marker: in "as long as you order", "you" orders.
  const addressedBefore = (end: number) => addresses(words(clause.slice(0, end)).slice(condition), people);
  // The writer's own step ("I'll send it today", "ik heb het vandaag bijgewerkt") is no pressure.
  const writerBefore = (end: number) => words(clause.slice(0, end)).some((w) => first.has(w));
  // Nearest verb first: in "Click the link and claim your seat right away" the deadline is on "claim".
  const verbs = execAll(compiled.verb, clause).reverse();
  for (const v of verbs) {
    const verbStart = v.index ?? 0;
    const verbEnd = verbStart + v[0].length;
    const isDecision = compiled.decisionVerb.test(v[0]);
    for (const { m, strength } of markers) {
      if (strength === 'date' && !isDecision) continue;
      const markerStart = m.index ?? 0;
      const markerEnd = markerStart + m[0].length;
      if (writerBefore(Math.max(markerStart, verbStart))) continue;
      if (markerStart >= verbEnd) {
        // Verb first: "Reply today", "Please approve the attached quote by Friday", "Bestel nu".
        const prefix = words(clause.slice(0, verbStart));
        const imperative = prefix.every((w) => lead.has(w)) || coordinatedImperative(clause.slice(0, verbStart), compiled);
        if (!imperative && (strength === 'weak' || !addressedBefore(verbStart))) continue;
        // "You'll get the report today" promises; it does not press. Under a condition ("If you can
        // sign it by Friday, …") the same words ask the reader to decide by then.
        if (!imperative && condition === 0 && promises(prefix)) continue;
        const gap = words(clause.slice(verbEnd, markerStart));
        if (gap.length > MAX_GAP_WORDS) continue;
        // "Klik hier om de intake direct af te ronden": a weak marker inside a purpose clause tells how.
        if (strength === 'weak' && gap.some((w) => people.purpose.has(w))) continue;
        return { start: verbStart, end: markerEnd, markerStart, markerEnd };
      }
      if (markerFirst && markerEnd <= verbStart) {
        // Marker first, Dutch word order: "Kunt u vóór vrijdag reageren?", "Nu bestellen!".
        const gap = words(clause.slice(markerEnd, verbStart));
        const infinitiveRightAfter = gap.length === 0 && /en$/iu.test(v[0]);
        if (!infinitiveRightAfter && (strength === 'weak' || !addressedBefore(verbStart))) continue;
        if (gap.length > MAX_GAP_WORDS - 2) continue;
        return { start: markerStart, end: verbEnd, markerStart, markerEnd };
      }
    }
  }
  return undefined;
}
