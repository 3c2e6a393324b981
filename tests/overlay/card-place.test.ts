/**
 * Where the card goes, as pure geometry: in the free band right below its words, else right
 * above them, else the tallest band left (scrolling inside), never over the words or the caret line.
 */
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../src/overlay/card-place';
import { luminance, parseRgb } from '../../src/overlay/page-look';

const VIEWPORT = { width: 1280, height: 900 };
const line = (top: number, left = 600): { left: number; top: number; width: number; height: number } => ({ left, top, width: 120, height: 20 });
const overlaps = (top: number, height: number, r: { top: number; height: number }): boolean => top < r.top + r.height && r.top < top + height;

describe('placeCard', () => {
  it('goes right below the words when it fits there', () => {
    const at = placeCard({ width: 340, height: 300 }, [line(200)], [], VIEWPORT);
    expect(at.top).toBe(226);
    expect(at.maxHeight).toBe(300);
    expect(at.left).toBe(600);
  });

  it('goes right above the words when there is no room below', () => {
    const at = placeCard({ width: 340, height: 300 }, [line(750)], [], VIEWPORT);
    expect(at.top + at.maxHeight).toBe(744);
  });

  it('leaves the caret line free, and both lines of words that wrap', () => {
    const words = [line(400), line(420, 20)];
    const caret = line(470);
    const at = placeCard({ width: 340, height: 400 }, words, [caret], VIEWPORT);
    for (const r of [...words, caret]) expect(overlaps(at.top, at.maxHeight, r)).toBe(false);
  });

  it('takes the tallest band, scrolling inside, when it fits nowhere whole', () => {
    const at = placeCard({ width: 340, height: 800 }, [line(500)], [], VIEWPORT);
    expect(overlaps(at.top, at.maxHeight, line(500))).toBe(false);
    expect(at.maxHeight).toBe(500 - 6 - 8);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard({ width: 340, height: 100 }, [line(100, 1200)], [], VIEWPORT).left).toBe(1280 - 340 - 8);
  });
});

describe('page colours', () => {
  it('reads computed colours and tells dark from light', () => {
    expect(luminance(parseRgb('rgb(32, 33, 36)')!)).toBeLessThan(0.05);
    expect(luminance(parseRgb('rgb(255, 255, 255)')!)).toBeCloseTo(1);
    expect(parseRgb('rgba(0, 0, 0, 0)')?.alpha).toBe(0);
    expect(parseRgb('oklch(0.5 0.1 200)')).toBeNull();
  });
});
