/**
 * The human format, shaped like ESLint's "stylish" output so it reads familiar in a terminal:
 * a header per draft, then one line per finding (line:column, severity, message, rule id),
 * the draft's score, and a summary of all drafts at the end.
 */
import type { Finding } from '../analyzer/types';
import type { Result } from './results';

export function formatText(results: readonly Result[]): string {
  const out: string[] = [];
  for (const { job, report } of results) {
    out.push(job.name);
    const positions = report.findings.map((f) => lineColumn(job.text, f.start));
    const posWidth = Math.max(0, ...positions.map((p) => p.length));
    const sevWidth = Math.max(0, ...report.findings.map((f) => f.severity.length));
    report.findings.forEach((finding, i) => {
      out.push(`  ${positions[i]!.padEnd(posWidth)}  ${finding.severity.padEnd(sevWidth)}  ${oneLine(finding.message)}  ${finding.ruleId}`);
    });
    out.push(`  score ${report.score}/100 (${report.language}, ${report.kind}, ${report.thread})`, '');
  }
  out.push(summary(results.flatMap((r) => r.report.findings)));
  return out.join('\n') + '\n';
}

/** 1-based line and column of a string offset, as editors show them. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return `${line}:${offset - lineStart + 1}`;
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found.';
  const count = (severity: Finding['severity']) => plural(findings.filter((f) => f.severity === severity).length, severity);
  return `${plural(findings.length, 'problem')} (${count('error')}, ${count('warning')}, ${count('info')})`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
