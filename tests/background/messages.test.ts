import { describe, expect, it } from 'vitest';
import { isAnalyzeResponse } from '../../src/background/messages';
import { analyze } from '../../src/analyzer/index';

describe('isAnalyzeResponse', () => {
  it('accepts what the background answers', () => {
    expect(isAnalyzeResponse({ report: analyze('Worth a chat?'), rationales: {} })).toBe(true);
  });

  it('rejects no answer: sendMessage resolving with nothing while the extension reloads', () => {
    for (const answer of [undefined, null, {}, { report: {} }, { report: { findings: [] } }, 'x']) {
      expect(isAnalyzeResponse(answer)).toBe(false);
    }
  });
});
