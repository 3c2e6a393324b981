import { describe, expect, it } from 'vitest';
import { isAnalyzeResponse, isWakeMessage } from '../../src/background/messages';
import { warmUp } from '../../src/background/analysis';
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

describe('isWakeMessage', () => {
  it('tells the wake-up from the other messages', () => {
    expect(isWakeMessage({ type: 'pitchlint:wake' })).toBe(true);
    for (const other of [{ type: 'pitchlint:score', score: 80 }, { type: 'pitchlint:analyze', text: '', options: {} }, 'pitchlint:wake', null]) {
      expect(isWakeMessage(other)).toBe(false);
    }
  });
});

describe('warmUp', () => {
  it('runs the analyzer once in a fresh background, in both languages', () => {
    expect(warmUp()).toBe(true);
    // A second wake-up in the same background does nothing.
    expect(warmUp()).toBe(false);
  });
});
