/**
 * The 0–100 score: start at 100, each finding takes off points by severity, never below 0.
 * The weights make one error cost more than two warnings, and one warning three infos:
 * an error (a post LinkedIn will refuse) breaks the draft, a warning costs replies, an info is a tip.
 */
import type { Finding, Severity } from './types';

export const SEVERITY_PENALTY: Record<Severity, number> = { error: 35, warning: 15, info: 5 };

export interface ScoreLine {
  ruleId: Finding['ruleId'];
  severity: Severity;
  points: number;
}

/** How the score was made: one line per finding, in order. */
export function scoreBreakdown(findings: readonly Finding[]): ScoreLine[] {
  return findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, points: -SEVERITY_PENALTY[f.severity] }));
}

export function score(findings: readonly Finding[]): number {
  const total = findings.reduce((sum, f) => sum + SEVERITY_PENALTY[f.severity], 0);
  return Math.max(0, 100 - total);
}
