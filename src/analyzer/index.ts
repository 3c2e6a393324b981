/**
 * analyze(text, options) → Report. The one entry point of the analyzer; DOM-free, so the
 * library, the CLI, the content script and the popup run the same code.
 */
import { findAsks } from './asks';
import { findBody } from './body';
import { detectLanguage } from './language';
import { findPlaceholders } from './placeholders/detect';
import { readingOf } from './placeholders/reading';
import { markupMarks, withMarks } from './placeholders/markup';
import type { Reading } from './placeholders/reading';
import { RULES } from './registry';
import { score } from './score';
import { segment } from './segment';
import type { AnalyzeOptions, Draft, Finding, Kind, Lang, Report, Span, Suggestion, Thread } from './types';
import { RULE_IDS } from './types';
import { ruleLevel, validateSettings } from '../settings/schema';

export type * from './types';
export { RULES } from './registry';
export { RULE_SETS, rulesInSet, ruleSetOf } from './rule-sets';
export { score, scoreBreakdown, SEVERITY_PENALTY } from './score';
export { defaultSettings, validateSettings } from '../settings/schema';

/**
 * How much of a body is analysed. Sales drafts are far shorter (a LinkedIn post stops at 3,000
 * characters, a long email is ~5,000), so the cap only bounds the time a pathological draft (a
 * pasted document of 200,000 characters) can take; the rest of it is not linted and the report
 * says so in `stats.truncated`.
 */
export const MAX_ANALYZED_CHARS = 20_000;

const KINDS = new Set<Kind>(['email', 'message', 'post', 'comment']);
const THREADS = new Set<Thread>(['first', 'reply']);

/** A prepared draft and the readings that map its findings back to the text as written. */
interface Prepared {
  draft: Draft;
  reading: Reading;
  subjectReading: Reading | undefined;
}

/**
 * Builds the draft every rule reads: body, words, sentences and asks, offsets into `draft.text`,
 * which is the text with its placeholders read as their values (identical to `text` when it has
 * none). The language is told by the reading too, so a date is then said in that language.
 */
function prepare(text: string, options: AnalyzeOptions): Prepared {
  const input = typeof text === 'string' ? text : '';
  const kind = KINDS.has(options.kind as Kind) ? (options.kind as Kind) : 'email';
  const thread = THREADS.has(options.thread as Thread) ? (options.thread as Thread) : 'first';
  const sourceSubject = typeof options.subject === 'string' ? options.subject : undefined;
  const placeholders = findPlaceholders(input);
  const subjectPlaceholders = sourceSubject === undefined ? [] : findPlaceholders(sourceSubject);
  const fixedLang: Lang | undefined = options.lang === 'en' || options.lang === 'nl' ? options.lang : undefined;
  // Emphasis marks are read as nothing, like template logic; only real placeholders are findings.
  const filled = withMarks(placeholders, markupMarks(input, placeholders));
  let reading = readingOf(input, filled, fixedLang ?? 'en');
  let fullBody = findBody(reading.text, kind);
  let { words, sentences } = segment(reading.text, clipSpans(fullBody, MAX_ANALYZED_CHARS));
  const lang = fixedLang ?? detectLanguage(reading.text, words);
  if (lang !== 'en' && placeholders.length > 0) {
    const inLang = readingOf(input, filled, lang);
    if (inLang.text !== reading.text) {
      reading = inLang;
      fullBody = findBody(reading.text, kind);
      ({ words, sentences } = segment(reading.text, clipSpans(fullBody, MAX_ANALYZED_CHARS)));
    }
  }
  const body = clipSpans(fullBody, MAX_ANALYZED_CHARS);
  const truncated = fullBody.reduce((n, s) => n + s.end - s.start, 0) > MAX_ANALYZED_CHARS;
  const subjectReading = sourceSubject === undefined ? undefined : readingOf(sourceSubject, subjectPlaceholders, lang);
  const draft: Draft = {
    text: reading.text,
    source: input,
    placeholders,
    sourceSubject,
    subjectPlaceholders,
    template: options.template === true,
    toSource: reading.toSource,
    lang,
    kind,
    thread,
    subject: subjectReading?.text,
    maxLength: validLimit(options.maxLength),
    subjectMaxLength: validLimit(options.subjectMaxLength),
    body,
    truncated,
    words,
    sentences,
    asks: [],
  };
  draft.asks = findAsks(draft);
  return { draft, reading, subjectReading };
}

/** Builds the draft every rule reads (see prepare); its offsets index `draft.text`. */
export function prepareDraft(text: string, options: AnalyzeOptions = {}): Draft {
  return prepare(text, options).draft;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const settings = validateSettings(options.settings);
  const langOption = options.lang ?? settings.language;
  const { draft, reading, subjectReading } = prepare(text, { ...options, lang: langOption });
  const source = draft.source;
  const findings: Finding[] = [];
  for (const id of RULE_IDS) {
    const rule = RULES[id];
    const level = ruleLevel(settings, id, rule.meta.set);
    if (level === 'off') continue;
    for (const raw of rule.check(draft)) {
      const onSubject = raw.subject !== undefined || rule.meta.set === 'subject';
      const limit = rule.meta.readsSource ? source.length : draft.text.length;
      const readSpan = { start: clamp(raw.start, 0, limit), end: clamp(raw.end, 0, limit) };
      // Findings of the reading go back to the text as written; a subject finding's fix is the whole subject line.
      const span = rule.meta.readsSource || onSubject ? readSpan : reading.toSource(readSpan);
      const start = clamp(span.start, 0, source.length);
      const end = clamp(span.end, start, source.length);
      const back = rule.meta.readsSource
        ? undefined
        : onSubject
          ? subjectReading && ((s: string) => subjectReading.restore(s, { start: 0, end: subjectReading.text.length }))
          : (s: string) => reading.restore(s, readSpan);
      const finding: Finding = {
        ruleId: id,
        ruleSet: rule.meta.set,
        severity: level ?? raw.severity ?? rule.meta.severity,
        message: raw.message,
        start,
        end,
        excerpt: source.slice(start, end),
        suggestions: back ? raw.suggestions.map((s) => restoreSuggestion(s, back)) : raw.suggestions,
      };
      if (raw.subject !== undefined) {
        const subject = draft.sourceSubject ?? '';
        const from = clamp(raw.subject.start, 0, subject.length);
        const to = clamp(raw.subject.end, from, subject.length);
        finding.subject = { start: from, end: to, excerpt: subject.slice(from, to) };
      }
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    language: draft.lang,
    kind: draft.kind,
    thread: draft.thread,
    score: score(findings),
    findings,
    stats: {
      words: draft.words.length,
      sentences: draft.sentences.length,
      asks: draft.asks.length,
      truncated: draft.truncated,
    },
  };
}

/** A suggestion built from the reading, with the placeholders it copied put back. */
function restoreSuggestion(suggestion: Suggestion, back: (s: string) => string): Suggestion {
  const restored: Suggestion = { text: back(suggestion.text) };
  if (suggestion.replacement !== undefined) restored.replacement = back(suggestion.replacement);
  return restored;
}

/** The spans cut down to their first `limit` characters in all. */
function clipSpans(spans: Span[], limit: number): Span[] {
  const clipped: Span[] = [];
  let left = limit;
  for (const span of spans) {
    if (left <= 0) break;
    const end = Math.min(span.end, span.start + left);
    clipped.push({ start: span.start, end });
    left -= end - span.start;
  }
  return clipped;
}

/** A character limit as given, or undefined when it is not a positive finite number. */
function validLimit(limit: unknown): number | undefined {
  return typeof limit === 'number' && Number.isFinite(limit) && limit > 0 ? limit : undefined;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
