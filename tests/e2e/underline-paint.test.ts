/**
 * The wavy underline as painted, read from the screen: in an editor with tight lines (LinkedIn's
 * TipTap comment box, the font's normal line height) it stays in its own line and does not run
 * through the tops of the letters on the line below. In real Chromium with the built extension.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
import type { Harness } from './harness';

const browser = useBrowser();

const EDITOR = 'div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]';
/** Two lines: "reply today" on the first, words with tall letters right under it on the second. */
const COMMENT = 'Great post. We help teams like yours, reply today before the offer expires Friday! Two follow-ups a week apart has worked best for us so far.';

/** Pixels of the underline colour (#dc6803, warning) in a PNG, counted in a page of its own. */
async function orangePixels(h: Harness, png: Buffer): Promise<number> {
  const page = await h.context.newPage();
  try {
    return await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        // Orange, antialiased or not: red well above green, green well above blue.
        if (r > 150 && r - g > 50 && g - b > 30) count += 1;
      }
      return count;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/** The screen box of the first line of the underlined `phrase`. */
async function underlinedLine(page: Page, phrase: string): Promise<{ left: number; right: number; top: number; bottom: number }> {
  return page.evaluate((wanted) => {
    const range = [...(CSS.highlights.get('pitchlint-warning') ?? [])].find((r) => r.toString() === wanted) as Range;
    const r = range.getClientRects()[0]!;
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }, phrase);
}

describe('the underline on tight lines', () => {
  it('stays clear of the next line’s letters', async () => {
    const page = await browser().openFixture('linkedin-comment-tiptap');
    await waitForPitchlint(page);
    await typeInto(page, EDITOR, COMMENT);
    await waitForBadge(page, (b) => b.findings > 0);
    await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('pitchlint-warning') ?? [])].some((r) => r.toString() === 'reply today'))).toBe(true);
    await page.waitForTimeout(300); // painted in the next frame
    const line = await underlinedLine(page, 'reply today');
    const lineHeight = line.bottom - line.top;
    // A tight line: the font's own height, no leading to spare.
    expect(lineHeight).toBeLessThan(18);
    const width = line.right - line.left;
    // The underline is painted (in and just under its own line)...
    const own = await orangePixels(browser(), await page.screenshot({ clip: { x: line.left, y: line.top, width, height: lineHeight + 3 } }));
    expect(own).toBeGreaterThan(20);
    // ...and not where the next line's tall letters (h, k, d, b) are.
    const below = await orangePixels(browser(), await page.screenshot({ clip: { x: line.left, y: line.bottom + 3, width, height: 4 } }));
    expect(below, 'underline pixels in the next line').toBe(0);
    await page.close();
  });
});
