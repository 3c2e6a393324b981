/**
 * LinkedIn's messaging bubble in a same-origin iframe (iframe[data-testid="interop-iframe"], a
 * /preload/ document), in real Chromium with the built extension: the frame gets its own
 * <pitchlint-root>, badge and underlines; the hidden preload copy of the messaging app and frames
 * of other sites get nothing; the popup and the toolbar badge follow the document the user typed in last.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { badges, highlightedTexts, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';

const browser = useBrowser();

const FRAME_EDITOR = '.msg-form__contenteditable';
const TOP_EDITOR = '[data-test-comment-box] [contenteditable="true"]';
/** A reply to the lead's question that leans on them (cta/pushy). */
const PUSHY_REPLY = 'Happy to share. Sign today or lose the discount, this is your last chance!';
/** A calm comment on the post. */
const CALM_COMMENT = 'Two follow-ups a week apart has worked best for us.';

function frameAt(page: Page, part: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(part));
  if (frame === undefined) throw new Error(`no frame at ${part}: ${page.frames().map((f) => f.url()).join(', ')}`);
  return frame;
}

async function rootCount(target: Page | Frame): Promise<number> {
  return target.evaluate(() => document.querySelectorAll('pitchlint-root').length);
}

async function popupScore(page: Page): Promise<number> {
  const tabId = await browser().tabIdOf(page);
  const popup = await browser().openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
  await popup.locator('[data-score]').waitFor();
  const score = Number(await popup.locator('[data-score]').getAttribute('data-score'));
  await popup.close();
  await page.bringToFront();
  return score;
}

describe('LinkedIn messaging in its iframe', () => {
  it('lints the bubble in the frame: badge and underline in the frame’s own root, a reply, the popup and toolbar on it', async () => {
    const page = await browser().openFixture('linkedin-feed-messaging-frame');
    await waitForPitchlint(page);
    const bubble = frameAt(page, 'conversation=');
    await typeInto(bubble, FRAME_EDITOR, PUSHY_REPLY);
    await waitForPitchlint(bubble);
    const badge = await waitForBadge(bubble, (b) => b.findings > 0);
    await expect.poll(async () => (await highlightedTexts(bubble)).some((t) => /sign today|last chance/i.test(t))).toBe(true);
    const state = await browser().waitForState(page, (s) => s.editors.some((e) => e.text === PUSHY_REPLY && e.report.score === badge.score));
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['message', 'reply']]);
    // One root per document that holds a linted editor: the frame's holds the message's badge,
    // the page's only its own comment box's (still empty).
    expect(await rootCount(bubble)).toBe(1);
    expect(await badges(bubble)).toHaveLength(1);
    expect((await badges(page)).map((b) => b.findings)).toEqual([0]);
    await expect.poll(() => browser().toolbarBadge(page)).toBe(String(badge.score));
    expect(await popupScore(page)).toBe(badge.score);
    await page.close();
  });

  it('opens the card from an underline inside the frame’s own visible area, clear of its scrollbar and of the words', async () => {
    const page = await browser().openFixture('linkedin-feed-messaging-frame');
    await waitForPitchlint(page);
    const bubble = frameAt(page, 'conversation=');
    await typeInto(bubble, FRAME_EDITOR, PUSHY_REPLY);
    await waitForPitchlint(bubble);
    await expect.poll(async () => (await highlightedTexts(bubble)).includes('last chance')).toBe(true);
    const words = await bubble.evaluate(() => {
      const range = [...(CSS.highlights.get('pitchlint-warning') ?? [])].find((r) => r.toString() === 'last chance') as Range;
      const r = range.getClientRects()[0]!;
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const frame = (await (await bubble.frameElement()).boundingBox())!;
    await page.mouse.click(frame.x + (words.left + words.right) / 2, frame.y + (words.top + words.bottom) / 2);
    const card = () =>
      bubble.evaluate(() => {
        const el = document.querySelector('pitchlint-root')?.shadowRoot?.querySelector<HTMLElement>('[data-pitchlint-card]');
        if (!el || el.hidden) return null;
        const r = el.getBoundingClientRect();
        // The frame's visible area: its viewport less its own scrollbars.
        const html = document.documentElement;
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: html.clientWidth, height: html.clientHeight, scrollbar: innerWidth - html.clientWidth };
      });
    await expect.poll(card).not.toBeNull();
    const box = (await card())!;
    // The fixture's conversation scrolls: the frame shows a scrollbar the card must stay left of.
    expect(box.scrollbar).toBeGreaterThan(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right, `card ${JSON.stringify(box)} under the frame's scrollbar`).toBeLessThanOrEqual(box.width);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(box.bottom <= words.top || box.top >= words.bottom).toBe(true);
    await page.close();
  });

  it('follows the document typed in last: the page’s comment, then the frame’s message, then the comment again', async () => {
    const page = await browser().openFixture('linkedin-feed-messaging-frame');
    await waitForPitchlint(page);
    await typeInto(page, TOP_EDITOR, CALM_COMMENT);
    const comment = await waitForBadge(page);
    await browser().waitForState(page, (s) => s.editors[0]?.text === CALM_COMMENT);
    const bubble = frameAt(page, 'conversation=');
    await typeInto(bubble, FRAME_EDITOR, PUSHY_REPLY);
    const message = await waitForBadge(bubble, (b) => b.findings > 0);
    expect(message.score).not.toBe(comment.score);
    await browser().waitForState(page, (s) => s.editors.length === 1 && s.editors[0]?.text === PUSHY_REPLY);
    await expect.poll(() => browser().toolbarBadge(page)).toBe(String(message.score));
    expect(await popupScore(page)).toBe(message.score);
    // Back in the page's comment box: the page's draft is the current one again.
    await page.locator(TOP_EDITOR).click();
    await browser().waitForState(page, (s) => s.editors.length === 1 && s.editors[0]?.text === CALM_COMMENT);
    await expect.poll(() => browser().toolbarBadge(page)).toBe(String(comment.score));
    expect(await popupScore(page)).toBe(comment.score);
    await page.close();
  });

  it('never lints the hidden preload copy of the messaging app, nor another site’s frame in the feed', async () => {
    const page = await browser().openFixture('linkedin-feed-messaging-frame');
    await waitForPitchlint(page);
    const bubble = frameAt(page, 'conversation=');
    await typeInto(bubble, FRAME_EDITOR, PUSHY_REPLY);
    await waitForBadge(bubble, (b) => b.findings > 0);
    const hidden = frameAt(page, 'prefetch=true');
    // The hidden copy holds the same editor, with the content script running: no root, no underline.
    expect(await hidden.locator(FRAME_EDITOR).count()).toBe(1);
    expect(await rootCount(hidden)).toBe(0);
    expect(await highlightedTexts(hidden)).toEqual([]);
    const foreign = frameAt(page, 'www.example.com');
    await foreign.locator('[g_editable="true"]').click();
    await page.keyboard.type('Reply today, this is your last chance!!');
    await page.waitForTimeout(1_000);
    expect(await rootCount(foreign)).toBe(0);
    expect(await highlightedTexts(foreign)).toEqual([]);
    await page.close();
  });

  it('does nothing in a LinkedIn frame embedded in another site', async () => {
    const page = await browser().openFixture('other-embeds-linkedin');
    const embedded = frameAt(page, 'www.linkedin.com/preload/messaging/');
    await embedded.locator(FRAME_EDITOR).click();
    await page.keyboard.type(PUSHY_REPLY);
    await page.waitForTimeout(1_000);
    expect(await rootCount(embedded)).toBe(0);
    expect(await rootCount(page)).toBe(0);
    expect(await highlightedTexts(embedded)).toEqual([]);
    await page.close();
  });
});
