/**
 * Messages from the content script to the background (service worker in Chrome, event page in
 * Firefox). The analyzer runs there, not in the page: its language model is the bulk of the
 * code, and keeping it out of the content script keeps what Gmail and LinkedIn load small and
 * the page's main thread free while the user types. Nothing leaves the browser either way.
 */
import type { Kind, LangOption, Localized, Report, RuleId, Settings, Thread } from '../analyzer/types';

/** Lint this draft. */
export interface AnalyzeRequest {
  type: 'pitchlint:analyze';
  text: string;
  options: {
    kind: Kind;
    thread: Thread;
    lang: LangOption;
    settings: Settings;
    subject?: string;
    maxLength?: number;
    subjectMaxLength?: number;
  };
}

export interface AnalyzeResponse {
  report: Report;
  /** "Why it matters" for each rule that has a finding in the report, for the finding card. */
  rationales: Partial<Record<RuleId, Localized>>;
  /** How long analyze() took, in ms: the content script's profile tells it from messaging. */
  analysisMs?: number;
}

/** The score of the tab's current draft, for the toolbar badge. */
export interface ScoreMessage {
  type: 'pitchlint:score';
  /** Null when the frame has no linted draft. */
  score: number | null;
  /** When the user last touched the frame's draft (wall-clock ms; 0: never). Absent: 0. */
  active?: number;
  /** The page the frame belongs to (its top document's time origin). Absent: 0. */
  page?: number;
}

/** Typing started after a pause: get the analyzer ready (the browser may have stopped the background). */
export interface WakeMessage {
  type: 'pitchlint:wake';
}

function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}

export function isScoreMessage(message: unknown): message is ScoreMessage {
  if (typeOf(message) !== 'pitchlint:score') return false;
  const { score, active, page } = message as { score?: unknown; active?: unknown; page?: unknown };
  const finiteOrAbsent = (value: unknown): boolean => value === undefined || (typeof value === 'number' && Number.isFinite(value));
  return (score === null || (typeof score === 'number' && Number.isFinite(score))) && finiteOrAbsent(active) && finiteOrAbsent(page);
}

export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  if (typeOf(message) !== 'pitchlint:analyze') return false;
  const { text, options } = message as { text?: unknown; options?: unknown };
  return typeof text === 'string' && typeof options === 'object' && options !== null;
}

/**
 * Whether the background's answer is a real analysis. While the extension is being reloaded or
 * updated, sendMessage can resolve with nothing instead of rejecting: that is no answer.
 */
export function isAnalyzeResponse(message: unknown): message is AnalyzeResponse {
  if (typeof message !== 'object' || message === null) return false;
  const { report, rationales } = message as { report?: unknown; rationales?: unknown };
  return (
    typeof report === 'object' &&
    report !== null &&
    Array.isArray((report as { findings?: unknown }).findings) &&
    typeof rationales === 'object' &&
    rationales !== null
  );
}

export function isWakeMessage(message: unknown): message is WakeMessage {
  return typeOf(message) === 'pitchlint:wake';
}
