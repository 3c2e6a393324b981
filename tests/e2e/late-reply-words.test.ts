/**
 * An underline is never drawn on part of a word. A writer who pauses mid-word ("We can hel")
 * gets a lint of the half-typed draft; its findings end where the caret is, so the next letters
 * typed join their last word. Whether that answer lands while the writer still pauses or once
 * typing went on, no frame may show an underline whose words go on past its edge.
 *
 * The service worker is held up 400 ms after every message, so answers arrive late on purpose.
 * Every painted frame, each highlighted range is checked against the characters just outside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, launchBrowser, waitForPitchlint } from './harness';
import type { Harness } from './harness';
import { LINT_DELAY_MS } from '../../src/content/timing';

interface RuntimeGlobal {
  chrome: { runtime: { onMessage: { addListener(listener: () => void): void } } };
}

interface Sample {
  text: string;
  before: string;
  after: string;
}

/** Answers leave the service worker this long after each message. */
const HOLD_MS = 400;

let h: Harness;
beforeAll(async () => {
  h = await launchBrowser();
  await h.serviceWorker!.evaluate((hold) => {
    (globalThis as unknown as RuntimeGlobal).chrome.runtime.onMessage.addListener(() => {
      const until = Date.now() + hold;
      while (Date.now() < until) {
        // slow on purpose
      }
    });
  }, HOLD_MS);
});
afterAll(async () => {
  await h?.close();
});

/** Opens the Gmail compose fixture and records, every frame, each underline and its neighbours. */
async function openSampled(): Promise<Page> {
  const page = await h.openFixture('gmail-compose');
  await waitForPitchlint(page);
  await page.evaluate(() => {
    const samples: Sample[] = [];
    (window as unknown as { __samples: Sample[] }).__samples = samples;
    const editor = document.querySelector('[g_editable="true"]')!;
    const sample = (): void => {
      for (const name of ['pitchlint-error', 'pitchlint-warning', 'pitchlint-info']) {
        for (const value of CSS.highlights.get(name) ?? []) {
          const range = value as Range;
          if (!editor.contains(range.startContainer)) continue;
          const lead = document.createRange();
          lead.setStart(editor, 0);
          lead.setEnd(range.startContainer, range.startOffset);
          const tail = document.createRange();
          tail.setStart(range.endContainer, range.endOffset);
          tail.setEnd(editor, editor.childNodes.length);
          samples.push({ text: range.toString(), before: lead.toString().slice(-1), after: tail.toString().slice(0, 1) });
        }
      }
    };
    // What a frame shows is what the highlights hold after every animation-frame callback (the
    // overlay repaints in one): a resize observer is called then, just before the frame is painted.
    const probe = document.createElement('div');
    probe.style.cssText = 'position:fixed;left:0;top:0;height:1px;visibility:hidden';
    document.body.append(probe);
    new ResizeObserver(sample).observe(probe);
    let width = 1;
    const resize = (): void => {
      width = 3 - width;
      probe.style.width = `${width}px`;
      requestAnimationFrame(resize);
    };
    resize();
  });
  await page.locator('[g_editable="true"]').click();
  await page.keyboard.press('Control+Home');
  return page;
}

/** Underlines seen so far whose first or last word goes on outside them. */
async function cutWords(page: Page): Promise<Sample[]> {
  const samples = await page.evaluate(() => (window as unknown as { __samples: Sample[] }).__samples);
  // The sampling itself works: the final underline was seen in a painted frame.
  expect(samples.some((s) => s.text === 'Reply today')).toBe(true);
  const letter = /[\p{L}\p{N}]/u;
  return samples.filter(
    (s) => (letter.test(s.before) && letter.test(s.text[0] ?? '')) || (letter.test(s.after) && letter.test(s.text.at(-1) ?? '')),
  );
}

describe('a late answer to a lint of a half-typed word', () => {
  it('is not drawn on the half word once typing went on', async () => {
    const page = await openSampled();
    await page.keyboard.type('We can hel');
    // The lint of "We can hel" starts after the pause; its answer is held up, and lands while the
    // rest is typed (50 ms a key: no other lint starts meanwhile).
    await page.waitForTimeout(LINT_DELAY_MS + 60);
    await page.keyboard.type('p your team with all of the follow-ups. Reply today.', { delay: 50 });
    await expect.poll(async () => (await highlightedTexts(page)).includes('Reply today'), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(300);
    expect(await cutWords(page)).toEqual([]);
    await page.close();
  });

  it('drawn while the writer pauses, is taken away by the next letter', async () => {
    const page = await openSampled();
    await page.keyboard.type('We can hel');
    // The pause outlasts the answer: the half-typed draft has no ask, and that is underlined.
    await expect.poll(async () => (await highlightedTexts(page)).includes('We can hel'), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type('p your team with all of the follow-ups. Reply today.', { delay: 50 });
    await expect.poll(async () => (await highlightedTexts(page)).includes('Reply today'), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(300);
    expect(await cutWords(page)).toEqual([]);
    await page.close();
  });
});
