/**
 * A small case-table runner for rules, in the spirit of ESLint's RuleTester: every case runs
 * through the real `analyze()` (body, segmentation, language, asks, all rules), and only the
 * findings of the rule under test are compared.
 *
 *   ruleCases('cta/missing', {
 *     valid: [{ text: 'Worth a 15-minute call next week?' }],
 *     invalid: [{ text: 'We build dashboards.', options: { kind: 'post' }, excerpts: ['We build dashboards.'] }],
 *   });
 *
 * - valid: the rule reports nothing.
 * - invalid: the rule reports exactly `excerpts`, in text order (each excerpt is text.slice(start, end)).
 * Every reported finding must also carry a message and at least one suggestion, and its excerpt
 * must match its offsets.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyzer/index';
import type { AnalyzeOptions, Finding, RuleId } from '../../../src/analyzer/types';

export interface ValidCase {
  /** The draft, as the editor would hand it over. */
  text: string;
  /** kind / thread / lang / subject / maxLength / settings, as analyze() takes them. */
  options?: AnalyzeOptions;
  /** A short label for the test title; defaults to the start of the text. */
  name?: string;
}

export interface InvalidCase extends ValidCase {
  /** The rule's findings, as their excerpts, in text order. */
  excerpts: string[];
}

export interface CaseTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** The findings of one rule for one case; exported so tests can make extra assertions. */
export function findingsOf(ruleId: RuleId, text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings.filter((finding) => finding.ruleId === ruleId);
}

/** Registers one vitest `describe` block with a test per case (an empty list registers no block: vitest fails empty suites). */
export function ruleCases(ruleId: RuleId, table: CaseTable): void {
  describe(ruleId, () => {
    if (table.valid.length > 0) describe('valid', () => {
      for (const testCase of table.valid) {
        it(title(testCase), () => {
          const found = findingsOf(ruleId, testCase.text, testCase.options);
          expect(found.map((finding) => finding.excerpt)).toEqual([]);
        });
      }
    });
    if (table.invalid.length > 0) describe('invalid', () => {
      for (const testCase of table.invalid) {
        it(title(testCase), () => {
          const found = findingsOf(ruleId, testCase.text, testCase.options);
          expect(found.map((finding) => finding.excerpt)).toEqual(testCase.excerpts);
          for (const finding of found) {
            expect(finding.excerpt).toBe(testCase.text.slice(finding.start, finding.end));
            expect(finding.message.trim()).not.toBe('');
            expect(finding.suggestions.length).toBeGreaterThan(0);
            for (const suggestion of finding.suggestions) expect(suggestion.text.trim()).not.toBe('');
          }
        });
      }
    });
  });
}

function title(testCase: ValidCase): string {
  const options = testCase.options ?? {};
  const tags = [options.lang, options.kind, options.thread].filter(Boolean).join(' ');
  const label = testCase.name ?? oneLine(testCase.text);
  return tags ? `[${tags}] ${label}` : label;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}
