/**
 * The human format, shaped like ESLint's "stylish" output so it reads familiar in a terminal:
 * a header per draft, then one line per finding (line:column, severity, message, rule id),
 * the draft's score, and a summary of all drafts at the end.
 */
import { MAX_ANALYZED_CHARS } from '../analyzer/index';
import type { Finding } from '../analyzer/types';
import type { Result } from './results';

export function formatText(results: readonly Result[]): string {
  const out: string[] = [];
  for (const { job, report } of results) {
    out.push(job.name);
    const position = lineColumnFinder(job.text);
    const positions = report.findings.map((f) => position(f.start));
    // reduce, not Math.max(...spread): a pasted report can carry more findings than a call takes arguments.
    const posWidth = positions.reduce((width, p) => Math.max(width, p.length), 0);
    const sevWidth = report.findings.reduce((width, f) => Math.max(width, f.severity.length), 0);
    report.findings.forEach((finding, i) => {
      out.push(`  ${positions[i]!.padEnd(posWidth)}  ${finding.severity.padEnd(sevWidth)}  ${oneLine(finding.message)}  ${finding.ruleId}`);
    });
    out.push(`  score ${report.score}/100 (${report.language}, ${report.kind}, ${report.thread})`);
    if (report.stats.truncated) {
      out.push(`  note: only the first ${MAX_ANALYZED_CHARS.toLocaleString('en')} characters of the body were checked`);
    }
    out.push('');
  }
  out.push(summary(results.flatMap((r) => r.report.findings)));
  return out.join('\n') + '\n';
}

/** 1-based line and column of a string offset, as editors show them. */
export function lineColumn(text: string, offset: number): string {
  return lineColumnFinder(text)(offset);
}

/** Finds line:column for many offsets of one text (see positionFinder). */
export function lineColumnFinder(text: string): (offset: number) => string {
  const position = positionFinder(text);
  return (offset) => {
    const { line, column } = position(offset);
    return `${line}:${column}`;
  };
}

/**
 * 1-based line and column of many offsets of one text: the line starts are collected once and each
 * offset is a binary search, so a long draft with thousands of findings stays fast. Lines end at
 * "\n"; columns count JavaScript string indices (UTF-16 code units), as the offsets do.
 */
export function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
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
