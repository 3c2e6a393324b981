/** The pause before a lint: short once a sentence is complete, the usual pause mid-sentence and mid-word. */
import { describe, expect, it } from 'vitest';
import { LINT_DELAY_MS, SENTENCE_END_DELAY_MS, lintDelay } from '../../src/content/timing';

describe('lintDelay', () => {
  it('is short right after a sentence ends, with or without the space after it', () => {
    for (const before of ['day.', 'now!', 'ok?', 'day. ', 'it."', 'it.) ', 'wait…', 'day.\u00a0']) {
      expect(lintDelay(before), JSON.stringify(before)).toBe(SENTENCE_END_DELAY_MS);
    }
  });

  it('waits the usual pause mid-word, after a comma or a word, and where no caret was found', () => {
    for (const before of ['tod', 'today', 'day, ', 'day ', 'e.g', '', 'day.  ']) {
      expect(lintDelay(before), JSON.stringify(before)).toBe(LINT_DELAY_MS);
    }
    expect(SENTENCE_END_DELAY_MS).toBeLessThan(LINT_DELAY_MS);
  });
});
