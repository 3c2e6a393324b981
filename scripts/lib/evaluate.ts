/**
 * Runs analyze() over corpus records the way the product runs it (language detected, not
 * given) and compares each labelled rule verdict and the detected language with the labels.
 * Shared by `npm run eval` and tests/corpus/corpus.test.ts, so both measure the same thing.
 */
import { analyze } from '../../src/analyzer/index';
import type { Lang, RuleId } from '../../src/analyzer/types';
import type { CorpusFile, CorpusRecord } from './corpus';
import { emptyCounts, scores, tally, type Counts, type Scores } from './metrics';

/** One rule's verdict on one record. */
export interface Verdict {
  file: string;
  id: string;
  lang: Lang;
  ruleId: RuleId;
  expected: boolean;
  got: boolean;
  /** What the rule flagged, to make a false positive easy to read. */
  excerpts: string[];
}

export interface LanguageVerdict {
  file: string;
  id: string;
  expected: Lang;
  got: Lang;
}

export interface Evaluation {
  verdicts: Verdict[];
  languages: LanguageVerdict[];
}

export type LangGroup = Lang | 'all';
export const LANG_GROUPS: readonly LangGroup[] = ['en', 'nl', 'all'];

export function evaluateRecords(file: string, records: readonly CorpusRecord[]): Evaluation {
  const verdicts: Verdict[] = [];
  const languages: LanguageVerdict[] = [];
  for (const record of records) {
    const report = analyze(record.text, {
      kind: record.kind,
      thread: record.thread,
      lang: 'auto',
      ...(record.subject !== undefined ? { subject: record.subject } : {}),
      ...(record.maxLength !== undefined ? { maxLength: record.maxLength } : {}),
    });
    languages.push({ file, id: record.id, expected: record.lang, got: report.language });
    for (const [ruleId, expected] of Object.entries(record.expect) as Array<[RuleId, boolean]>) {
      const hits = report.findings.filter((f) => f.ruleId === ruleId);
      verdicts.push({ file, id: record.id, lang: record.lang, ruleId, expected, got: hits.length > 0, excerpts: hits.map((f) => f.excerpt) });
    }
  }
  return { verdicts, languages };
}

export function mergeEvaluations(...evaluations: Evaluation[]): Evaluation {
  return {
    verdicts: evaluations.flatMap((e) => e.verdicts),
    languages: evaluations.flatMap((e) => e.languages),
  };
}

/** Scores of one rule in one language group (or all languages together). */
export function ruleScores(verdicts: readonly Verdict[], ruleId: RuleId, lang: LangGroup): Scores {
  const counts: Counts = emptyCounts();
  for (const v of verdicts) {
    if (v.ruleId === ruleId && (lang === 'all' || v.lang === lang)) tally(counts, v.expected, v.got);
  }
  return scores(counts);
}

/** The rules a set of verdicts measures, in the order of first appearance. */
export function rulesIn(verdicts: readonly Verdict[]): RuleId[] {
  return [...new Set(verdicts.map((v) => v.ruleId))];
}

export interface Accuracy {
  correct: number;
  total: number;
  /** null when there is nothing to count. */
  accuracy: number | null;
}

export function languageAccuracy(languages: readonly LanguageVerdict[], lang: LangGroup): Accuracy {
  const pool = languages.filter((l) => lang === 'all' || l.expected === lang);
  const correct = pool.filter((l) => l.got === l.expected).length;
  return { correct, total: pool.length, accuracy: pool.length === 0 ? null : correct / pool.length };
}

export function wrongVerdicts(evaluation: Evaluation): Verdict[] {
  return evaluation.verdicts.filter((v) => v.expected !== v.got);
}
