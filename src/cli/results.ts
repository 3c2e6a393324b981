/** A job and its report, and the rule that decides the exit code. */
import type { Report } from '../analyzer/types';
import type { Job } from './inputs';

export interface Result {
  job: Job;
  report: Report;
}

/**
 * 1 when any finding reaches `error` severity, or when the warnings of all drafts together
 * exceed --max-warnings (as ESLint counts them); 0 otherwise.
 */
export function exitCodeFor(results: readonly Result[], maxWarnings: number | undefined): 0 | 1 {
  const findings = results.flatMap((r) => r.report.findings);
  if (findings.some((f) => f.severity === 'error')) return 1;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
