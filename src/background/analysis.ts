/** Answers the content script's analyze requests: the report and the rationale of each rule it names. */
import { analyze, RULES } from '../analyzer/index';
import type { Localized, RuleId } from '../analyzer/types';
import type { AnalyzeRequest, AnalyzeResponse } from './messages';

export function answerAnalyze(request: AnalyzeRequest): AnalyzeResponse {
  // analyze() validates every option itself (bad kinds, settings, limits fall back to defaults).
  const report = analyze(request.text, request.options);
  const rationales: Partial<Record<RuleId, Localized>> = {};
  for (const finding of report.findings) rationales[finding.ruleId] = RULES[finding.ruleId].meta.rationale;
  return { report, rationales };
}
