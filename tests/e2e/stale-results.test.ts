/**
 * A report that comes back after the user typed on is never drawn on the wrong words: the
 * analysis is slowed on purpose, the draft is edited before the answer arrives, and every
 * underline the page ever shows (sampled each frame) must sit on the pressuring words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, launchBrowser, waitForPitchlint } from './harness';
import type { Harness } from './harness';

interface RuntimeGlobal {
  chrome: { runtime: { onMessage: { addListener(listener: () => void): void } } };
}

let h: Harness;
beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

describe('late analysis results', () => {
  it('are moved with the text typed meanwhile, never drawn on other words', async () => {
    // A second listener in the service worker that blocks it for 400 ms after every message:
    // the analyzer's answer goes out only after it.
    await h.serviceWorker!.evaluate(() => {
      (globalThis as unknown as RuntimeGlobal).chrome.runtime.onMessage.addListener(() => {
        const until = Date.now() + 400;
        while (Date.now() < until) {
          // slow on purpose
        }
      });
    });
    const page = await h.openFixture('gmail-compose');
    await waitForPitchlint(page);
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { __seen: Set<string> }).__seen = seen;
      const sample = (): void => {
        for (const name of ['pitchlint-error', 'pitchlint-warning', 'pitchlint-info']) {
          for (const range of CSS.highlights.get(name) ?? []) seen.add((range as Range).toString());
        }
        requestAnimationFrame(sample);
      };
      sample();
    });
    await page.locator('[g_editable="true"]').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('We can help your team with follow-ups. Reply today.');
    // The lint starts after the 150 ms pause; while its answer is held up, type before the phrase,
    // slowly enough (60 ms a key) that the answer lands in the middle of the typing.
    await page.waitForTimeout(200);
    await page.keyboard.press('Home');
    await page.keyboard.type('Hi Sarah, thanks! ', { delay: 60 });
    await expect.poll(async () => (await highlightedTexts(page)).includes('Reply today'), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(800);
    const seen = await page.evaluate(() => [...(window as unknown as { __seen: Set<string> }).__seen]);
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen) expect(['Reply today', 'Reply today.']).toContain(text);
    expect(h.unexpectedRequests()).toEqual([]);
  });
});
