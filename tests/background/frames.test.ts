import { describe, expect, it } from 'vitest';
import { currentFrame, withReport } from '../../src/background/frames';
import { isScoreMessage } from '../../src/background/messages';

describe('per-frame reports', () => {
  it('follows the frame whose draft was touched last, among frames with a draft', () => {
    let tab = withReport(undefined, 0, 100, { score: 90, active: 1_000 });
    tab = withReport(tab, 7, 100, { score: 40, active: 2_000 });
    expect(currentFrame(tab)).toEqual({ frameId: 7, report: { score: 40, active: 2_000 } });
    tab = withReport(tab, 0, 100, { score: 90, active: 3_000 });
    expect(currentFrame(tab)?.frameId).toBe(0);
    // A frame whose draft is gone no longer counts.
    tab = withReport(tab, 0, 100, { score: null, active: 3_000 });
    expect(currentFrame(tab)?.frameId).toBe(7);
  });

  it('forgets the old page’s frames when the tab navigates, and drops reports of the old page after that', () => {
    let tab = withReport(undefined, 7, 100, { score: 40, active: 2_000 });
    tab = withReport(tab, 0, 200, { score: null, active: 0 });
    expect(tab).toEqual({ page: 200, frames: {} });
    expect(currentFrame(tab)).toBeUndefined();
    expect(withReport(tab, 7, 100, { score: 40, active: 2_500 })).toBe(tab);
  });

  it('prefers the top frame on a tie (no draft touched yet)', () => {
    let tab = withReport(undefined, 5, 1, { score: 70, active: 0 });
    tab = withReport(tab, 0, 1, { score: 80, active: 0 });
    expect(currentFrame(tab)?.frameId).toBe(0);
  });

  it('score messages carry finite activity and page numbers, or none', () => {
    expect(isScoreMessage({ type: 'pitchlint:score', score: 80, active: 12, page: 3 })).toBe(true);
    expect(isScoreMessage({ type: 'pitchlint:score', score: null })).toBe(true);
    expect(isScoreMessage({ type: 'pitchlint:score', score: 80, active: 'x' })).toBe(false);
    expect(isScoreMessage({ type: 'pitchlint:score', score: 80, page: Number.NaN })).toBe(false);
  });
});
