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
import type { AnalyzeOptions, Draft, Finding, Kind, Report, Thread } from './types';
import { RULE_IDS } from './types';
import { ruleLevel, validateSettings } from '../settings/schema';

export type * from './types';
export { RULES } from './registry';
export { RULE_SETS, rulesInSet, ruleSetOf } from './rule-sets';
export { score, scoreBreakdown, SEVERITY_PENALTY } from './score';
export { defaultSettings, validateSettings } from '../settings/schema';

const KINDS = new Set<Kind>(['email', 'message', 'post', 'comment']);
const THREADS = new Set<Thread>(['first', 'reply']);

/** Builds the draft every rule reads: body, words, sentences and asks, offsets into `text`. */
export function prepareDraft(text: string, options: AnalyzeOptions = {}): Draft {
  const input = typeof text === 'string' ? text : '';
  const kind = KINDS.has(options.kind as Kind) ? (options.kind as Kind) : 'email';
  const thread = THREADS.has(options.thread as Thread) ? (options.thread as Thread) : 'first';
  const body = findBody(input);
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
    stats: { words: draft.words.length, sentences: draft.sentences.length, asks: draft.asks.length },
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
