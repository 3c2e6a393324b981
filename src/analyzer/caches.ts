/**
 * Every cache the analyzer keeps between analyses while a draft is typed: tags and tokens of
 * sentences, syllable counts, the words and sentences of paragraphs, the ask classifiers' verdicts, per-paragraph phrase hits and
 * per-sentence readability counts. Each is keyed by all the text its work reads, so a report is
 * the same warm or cold (tests/analyzer/cached-analysis.test.ts); benchmarks and tests empty
 * them all to measure and check a first analysis.
 */
import { clearAskMemo } from './asks/memo';
import { clearParseCache } from './nlp';
import { clearParagraphMemos } from './paragraphs';
import { clearReadabilityCounts } from './rules/clarity/readability';
import { clearSegmentMemo } from './segment';

export function clearAnalyzerCaches(): void {
  clearParseCache();
  clearAskMemo();
  clearParagraphMemos();
  clearReadabilityCounts();
  clearSegmentMemo();
}
