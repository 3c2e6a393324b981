/**
 * Small text helpers shared by the pressure detectors of cta/pushy. Offsets are into the draft's
 * full text; `from` marks where the body range being scanned starts.
 */
import type { Span } from '../types';
import { execAll } from '../regex';

/** Start of the paragraph (text after the last blank line) that holds `index`, not before `from`. */
function paragraphStart(text: string, index: number, from: number): number {
  let start = from;
  for (const blank of execAll(/\n[ \t]*\r?\n/g, text.slice(from, index))) start = from + blank.index + blank[0].length;
  return start;
}

/**
 * True when `index` sits inside a quotation in its paragraph ("…", “…”): quoted words are reported
 * speech or a sample, not the writer pressing the reader.
 */
export function insideQuotation(text: string, index: number, from: number): boolean {
  const before = text.slice(paragraphStart(text, index, from), index);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  const lineStart = index - (before.length - before.lastIndexOf('\n') - 1);
  return insideSingleQuotes(text.slice(lineStart, index + 1), index - lineStart);
}

/**
 * Single quotes on one line ('…', ‘…’), told apart from apostrophes: a quote opens before a letter
 * where no letter precedes it, and closes after a word where no letter follows ("don't" is neither);
 * a Dutch elision ("'s ochtends") opens none.
 */
const ELISION = /^[stnmk](?=[\s.,;:!?]|$)/u;

function insideSingleQuotes(line: string, upto: number): boolean {
  let open = false;
  for (let i = 0; i < upto; i++) {
    const c = line.charAt(i);
    if (c !== "'" && c !== '‘' && c !== '’') continue;
    const prevIsWord = /[\p{L}\p{N}]/u.test(line.charAt(i - 1));
    // Dutch elisions open no quote: "'s ochtends", "'t is", "'n keer", "tag 'm".
    if (!open && ELISION.test(line.slice(i + 1))) continue;
    const nextIsLetter = /\p{L}/u.test(line.charAt(i + 1));
    if (!open && c !== '’' && !prevIsWord && nextIsLetter) open = true;
    else if (open && c !== '‘' && !nextIsLetter) open = false;
  }
  return open;
}

/** Collapses whitespace and trims; used to build replacements from slices of the draft. */
export function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Keeps a capital at the start of `original` on `replacement` ("You need to" → "You may want to"),
 * but not the capitals of an acronym ("ASAP" → "when it suits you").
 */
export function matchCase(replacement: string, original: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  const first = letters.charAt(0);
  if (!first || replacement === '' || letters === letters.toUpperCase()) return replacement;
  const capital = first === first.toUpperCase() && first !== first.toLowerCase();
  return capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * When the phrase `span` makes up a whole sentence on its own ("Last chance!", "Laatste poging."),
 * returns the span widened over its closing punctuation, so that deleting it leaves clean text;
 * otherwise undefined.
 */
export function wholeSentence(text: string, span: Span, bodyStart: number): Span | undefined {
  const lead = text.slice(bodyStart, span.start);
  const opensSentence = /(?:^|[.!?]\s+|\n\s*)[\s"“(*_-]*$/u.test(lead);
  if (!opensSentence) return undefined;
  const tail = /^[ \t]*[.!?]+/u.exec(text.slice(span.end));
  const atLineEnd = /^[ \t]*(?:\r?\n|$)/u.test(text.slice(span.end));
  if (tail) return { start: span.start, end: span.end + tail[0].length };
  return atLineEnd ? span : undefined;
}

/** True when the character before `index` ends a sentence or a line (or there is none). */
export function atSentenceStart(text: string, index: number, bodyStart: number): boolean {
  return /(?:^|[.!?]\s+|\n\s*)[\s"“(*_-]*$/u.test(text.slice(bodyStart, index));
}

/** The words of a stretch of text, lower-cased, apostrophes kept ("you'll"). */
export function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
}

/**
 * The words of the clause that says whose step a phrase is. After a comma, a new clause without
 * the writer as its subject is the reader's ("We built a tool for this, send me a DM today"),
 * unless a conjunction carries the writer's clause on ("I'll review it, and send it back ASAP").
 */
export function stepClauseWords(lead: string, firstPerson: ReadonlySet<string>, clauseOpeners: ReadonlySet<string>): string[] {
  const comma = lead.lastIndexOf(',');
  if (comma < 0) return words(lead);
  const after = words(lead.slice(comma + 1));
  const carriedOn = after.length === 0 || clauseOpeners.has(after[0]!) || after.some((w) => firstPerson.has(w));
  return carriedOn ? words(lead) : after;
}

