import { describe, expect, it } from 'vitest';
import { analyze, MAX_ANALYZED_CHARS } from '../../src/analyzer/index';

describe('long drafts', () => {
  const paragraph = 'We help finance teams close the books faster. Reply today or lose the discount!\n\n';
  const huge = paragraph.repeat(Math.ceil(200_000 / paragraph.length)).slice(0, 200_000);

  it('reads only the first MAX_ANALYZED_CHARS characters of the body and says so', () => {
    const report = analyze(huge);
    expect(report.stats.truncated).toBe(true);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      if (f.ruleId === 'clarity/length') continue; // the length rule measures the whole draft
      expect(f.start).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    }
  });

  it('a draft under the limit is read whole', () => {
    const report = analyze(paragraph.repeat(20));
    expect(report.stats.truncated).toBe(false);
    const pushy = report.findings.filter((f) => f.ruleId === 'cta/pushy');
    expect(pushy.at(-1)!.start).toBeGreaterThan(paragraph.length * 19);
  });
});
