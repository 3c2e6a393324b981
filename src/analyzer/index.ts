/**
 * analyze(text, options) → Report. The one entry point of the analyzer; DOM-free, so the
 * library, the CLI, the content script and the popup run the same code.
 */
import { findAsks } from './asks';
import { findBody } from './body';
import { detectLanguage } from './language';
import { RULES } from './registry';
import { score } from './score';
import { segment } from './segment';
import type { AnalyzeOptions, Draft, Finding, Kind, Report, Span, Thread } from './types';
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

/** Builds the draft every rule reads: body, words, sentences and asks, offsets into `text`. */
export function prepareDraft(text: string, options: AnalyzeOptions = {}): Draft {
  const input = typeof text === 'string' ? text : '';
  const kind = KINDS.has(options.kind as Kind) ? (options.kind as Kind) : 'email';
  const thread = THREADS.has(options.thread as Thread) ? (options.thread as Thread) : 'first';
  const fullBody = findBody(input, kind);
  const body = clipSpans(fullBody, MAX_ANALYZED_CHARS);
  const truncated = fullBody.reduce((n, s) => n + s.end - s.start, 0) > MAX_ANALYZED_CHARS;
  const { words, sentences } = segment(input, body);
  const lang = options.lang === 'en' || options.lang === 'nl' ? options.lang : detectLanguage(input, words);
  const draft: Draft = {
    text: input,
    lang,
    kind,
    thread,
    subject: typeof options.subject === 'string' ? options.subject : undefined,
    maxLength:
      typeof options.maxLength === 'number' && Number.isFinite(options.maxLength) && options.maxLength > 0
        ? options.maxLength
        : undefined,
    body,
    truncated,
    words,
    sentences,
    asks: [],
  };
  draft.asks = findAsks(draft);
  return draft;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const settings = validateSettings(options.settings);
  const langOption = options.lang ?? settings.language;
  const draft = prepareDraft(text, { ...options, lang: langOption });
  const findings: Finding[] = [];
  for (const id of RULE_IDS) {
    const rule = RULES[id];
    const level = ruleLevel(settings, id, rule.meta.set);
    if (level === 'off') continue;
    for (const raw of rule.check(draft)) {
      const start = clamp(raw.start, 0, draft.text.length);
      const end = clamp(raw.end, start, draft.text.length);
      findings.push({
        ruleId: id,
        ruleSet: rule.meta.set,
        severity: level ?? raw.severity ?? rule.meta.severity,
        message: raw.message,
        start,
        end,
        excerpt: draft.text.slice(start, end),
        suggestions: raw.suggestions,
      });
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

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
