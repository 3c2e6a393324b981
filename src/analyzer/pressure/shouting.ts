/**
 * Shouting in an email or message (rules.md, cta/pushy trigger 6): two or more ALL-CAPS words inside
 * sentences that are not acronyms or names, "!!" or more, or three or more sentences ending in "!".
 * A short line on its own in capitals (a heading, a button label) is not shouting, and neither
 * are names in capitals (caps-names.ts).
 */
import { ALARM_LABEL_WORDS, CAPS_ALLOWED, SHORT_SHOUTS } from '../lexicon/acronyms';
import { isKnownWord } from '../nlp';
import { splitLines } from '../lines';
import type { Span } from '../types';
import type { PressureHit } from './phrases';
import { isOrdinaryWord, namesInCaps } from './caps-names';
import { atSentenceStart, insideQuotation } from './text';
import { execAll } from '../regex';

/** Headings and button labels are short ("JA, NEEM CONTACT MET MIJ OP"); a longer line in capitals is a shouted sentence. */
const MAX_HEADING_WORDS = 8;

/** What is left of a line once links and template placeholders are taken out. */
function visibleText(line: string): string {
  return line
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/giu, ' ')
    .replace(/\]\([^)]*\)/gu, ']')
    .replace(/\{\{[^}]*\}\}|\{[^}]*\}/gu, ' ')
    .replace(/\[[^\]*]*\]/gu, ' ');
}

/**
 * A line on its own in capitals. A value filled in from a placeholder keeps its own case
 * ("WAAROM Jan INTERESSANT IS:"), so up to two words that are not in capitals may stand between
 * them: names in title case, or any word when the line ends in a colon, as a heading does.
 */
function isHeading(line: string): boolean {
  const visible = visibleText(line).trim();
  if (!/\p{Lu}/u.test(visible) || /!\s*$/u.test(visible)) return false;
  const words = visible.split(/\s+/u);
  const letters = words.map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w !== '');
  const capitals = letters.filter((w) => !/\p{Ll}/u.test(w)).length;
  const label = /:[\s*_]*$/u.test(visible);
  const capsOrFilledIn = letters.every((w) => !/\p{Ll}/u.test(w) || label || /^\p{Lu}\p{Ll}+$/u.test(w));
  if (!capsOrFilledIn || capitals < Math.max(1, letters.length - 2) || capitals * 2 <= letters.length) return false;
  return words.length <= MAX_HEADING_WORDS;
}

/**
 * A leading label that names what follows: words in capitals ("ONDERWERP:", "STARTER ($14.50/mo):"),
 * or up to four capitalised words as a checklist item's label ("☐ **SBOM Volledigheid**:", "CRM Sync:").
 */
const LEADING_LABEL =
  /^[^\p{L}]*(?:\p{Lu}[\p{Lu}\s'’&-]*|\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*){0,3}[*_]*)(?=[:(]|\s[:(])/u;

/**
 * Length of a leading label (LEADING_LABEL), or 0. A label that orders or alarms the reader
 * ("PLEASE READ: …") stands inside a sentence line and is shouting like any other capitals there
 * (rules.md: only a line on its own is a heading).
 */
function labelLength(line: string): number {
  const m = LEADING_LABEL.exec(line);
  if (!m) return 0;
  const alarming = m[0].split(/[^\p{Lu}'’]+/u).some((word) => ALARM_LABEL_WORDS.has(word.replace(/’/gu, "'")));
  return alarming ? 0 : m[0].length;
}

/** A word in capitals right after these is a keyword to send back ("Reply YES"), not shouting. */
const KEYWORD_VERBS = /^(?:reply|type|text|comment|answer|write|say|send|respond|reageer|antwoord|typ|stuur|zeg|beantwoord|mail)$/iu;

/** The shouted core of a whitespace token, as [offset in token, length], or undefined. */
function shoutedCore(raw: string): [number, number] | undefined {
  if (/[\p{N}{}[\]_@/\\<>=#]/u.test(raw) || raw.startsWith('.')) return undefined;
  if (/^\(.*\)[.,;:]?$/u.test(raw)) return undefined; // "(CMC)": an acronym being defined
  const lead = /^[("'“‘*¡¿]*/u.exec(raw)?.[0].length ?? 0;
  const trail = /[)"'”’*.,:;!?…]*$/u.exec(raw)?.[0].length ?? 0;
  const core = raw.slice(lead, raw.length - trail);
  if (!/^\p{Lu}(?:[\p{Lu}'’&-]*\p{Lu})?$/u.test(core) || core.length < 2) return undefined;
  const parts = core.split(/[-&]/u).map((p) => p.replace(/['’]/gu, ''));
  if (parts.every((p) => p === '' || CAPS_ALLOWED.has(p))) return undefined;
  const letters = parts.join('');
  if (letters.length <= 3 && !SHORT_SHOUTS.has(letters)) return undefined;
  // A word in capitals without a vowel is an abbreviation ("MPLS", "CRM", "HTML"), never a shouted word.
  if (!/[AEIOUYÀ-ÖØ-Ý]/u.test(letters)) return undefined;
  // Four or five letters in capitals that are no word ("FIFO", "LRQA", "DEKRA") are an acronym or a name; ordinary words
  // of hard-sell mail and words compromise's lexicon knows ("FREE", "SALE", "AIMS") can shout.
  if (letters.length <= 5 && !isOrdinaryWord(letters) && !isKnownWord(letters)) return undefined;
  return [lead, core.length];
}

function capsWords(text: string, body: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const range of body) {
    for (const line of splitLines(text, range.start, range.end)) {
      if (isHeading(line.text)) continue;
      const skip = labelLength(line.text);
      // A bracketed fill-in is the template's instruction, in capitals or not ("[SPECIFIC ISSUE - no posts, etc.]").
      const brackets = line.text.includes('[')
        ? execAll(/\[[^\]\n]*\]/gu, line.text).map((b) => [b.index, b.index + b[0].length] as const)
        : [];
      let previous = '';
      // Tokens split at sentence marks glued to the next word too ("in WIDGETS.I am"): a missing space is no new word.
      for (const m of execAll(/(?:[^\s.!?;:,]|[.!?;:,](?!\p{L}))+/gu, line.text)) {
        const before = previous;
        previous = m[0];
        // Cheap first test: a shouted token reads the same in upper case.
        if (m.index < skip || m[0].toUpperCase() !== m[0]) continue;
        if (brackets.some(([from, to]) => from <= m.index && m.index < to)) continue;
        if (KEYWORD_VERBS.test(before.replace(/[^\p{L}]/gu, ''))) continue;
        const core = shoutedCore(m[0]);
        if (!core) continue;
        const start = line.start + m.index + core[0];
        if (!insideQuotation(text, start, range.start)) found.push({ start, end: start + core[1] });
      }
    }
  }
  return found;
}

/** Neighbouring shouted words ("FREE TRIAL SUBSCRIPTION") make one phrase. */
function joinRuns(text: string, spans: Span[]): Span[] {
  const runs: Span[] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (last && /^[ \t]+$/u.test(text.slice(last.end, span.start))) last.end = span.end;
    else runs.push({ ...span });
  }
  return runs;
}

function lowerCaps(text: string, span: Span, bodyStart: number): string {
  const lower = text.slice(span.start, span.end).toLowerCase();
  return atSentenceStart(text, span.start, bodyStart) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

function bodyStartOf(body: readonly Span[], index: number): number {
  return body.find((r) => r.start <= index && index <= r.end)?.start ?? 0;
}

function exclamations(text: string, body: readonly Span[]): PressureHit[] {
  const runs: PressureHit[] = [];
  const singles: PressureHit[] = [];
  for (const range of body) {
    const slice = text.slice(range.start, range.end);
    for (const m of execAll(/[!?]*![!?]*/gu, slice)) {
      const at = range.start + m.index;
      if (insideQuotation(text, at, range.start)) continue;
      const marks = m[0];
      const ended = /^(?:[\s)"'”’*_\]]|$)/u.test(slice.slice(m.index + marks.length));
      if ((marks.match(/!/gu) ?? []).length >= 2) {
        runs.push({ start: at, end: at + marks.length, kind: 'shouting', calmer: marks.includes('?') ? '?' : '.' });
      } else if (ended && marks === '!') {
        const word = /[\p{L}\p{N}%$€'’]+[)"'”’*_]*$/u.exec(slice.slice(0, m.index));
        const start = word ? range.start + word.index : at;
        const calmer = text.slice(start, at) + '.';
        singles.push({ start, end: at + 1, kind: 'shouting', calmer });
      }
    }
  }
  const sentencesEndingInBang = runs.length + singles.length;
  return sentencesEndingInBang >= 3 ? [...runs, ...singles] : runs;
}

/** Shouting findings for an email or message body. */
export function findShouting(text: string, body: readonly Span[]): PressureHit[] {
  const candidates = capsWords(text, body);
  const names = namesInCaps(text, body, candidates);
  const words = candidates.filter((span) => !names.has(span));
  const caps: PressureHit[] =
    words.length >= 2
      ? joinRuns(text, words).map((span) => ({ ...span, kind: 'shouting', calmer: lowerCaps(text, span, bodyStartOf(body, span.start)) }))
      : [];
  return [...caps, ...exclamations(text, body)];
}
