import { describe, expect, it } from 'vitest';
import { emptyCounts, scores, tally } from '../../scripts/lib/metrics';
import { languageAccuracy, ruleScores, type Verdict } from '../../scripts/lib/evaluate';

describe('precision, recall, F1', () => {
  it('counts each verdict in its cell', () => {
    const counts = emptyCounts();
    for (const [expected, got] of [[true, true], [true, true], [false, true], [true, false], [false, false]] as const) tally(counts, expected, got);
    expect(counts).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    const s = scores(counts);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('is 0, not undefined, when every positive is missed', () => {
    expect(scores({ tp: 0, fp: 0, fn: 4, tn: 10 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });

  it('has nothing to measure when there are no positives at all', () => {
    expect(scores({ tp: 0, fp: 0, fn: 0, tn: 9 })).toMatchObject({ precision: null, recall: null, f1: null });
  });
});

describe('grouping by rule and language', () => {
  const v = (id: string, lang: 'en' | 'nl', expected: boolean, got: boolean): Verdict => ({
    file: 'real.jsonl', id, lang, ruleId: 'cta/missing', expected, got, excerpts: [],
  });
  const verdicts = [v('1', 'en', true, true), v('2', 'en', false, true), v('3', 'nl', true, false), v('4', 'nl', true, true)];

  it('scores each language apart, and all together', () => {
    expect(ruleScores(verdicts, 'cta/missing', 'en')).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(ruleScores(verdicts, 'cta/missing', 'nl')).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(ruleScores(verdicts, 'cta/missing', 'all')).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(ruleScores(verdicts, 'cta/pushy', 'all').f1).toBeNull();
  });

  it('measures language detection per expected language', () => {
    const languages = [
      { file: 'real.jsonl' as const, id: 'a', expected: 'en' as const, got: 'en' as const },
      { file: 'real.jsonl' as const, id: 'b', expected: 'nl' as const, got: 'en' as const },
    ];
    expect(languageAccuracy(languages, 'en')).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(languageAccuracy(languages, 'nl')).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(languageAccuracy(languages, 'all').accuracy).toBe(0.5);
  });
});
