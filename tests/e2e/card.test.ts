/**
 * The finding card behaves as Grammarly's and LanguageTool's do, in real Chromium on the Gmail
 * fixture: Escape closes it wherever focus is (and the page keeps its Escape otherwise), a click
 * elsewhere closes it and a click inside does not, it sits beside the words it explains without
 * covering them or the caret's line, and it follows the page's dark theme and zoom.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickBadge, highlightedTexts, typeInto, useBrowser, waitForPitchlint } from './harness';
import { PUSHY_EMAIL } from './drafts';
import { OUTLOOK_BODY } from './outlook-page';
import { caretAndMarkup, caretLine, cardState, clickWords, GMAIL_BODY, intersects, pushyGmail, shot, wordBoxes } from './card-helpers';
import type { Box } from './card-helpers';

const browser = useBrowser();
const PHRASE = 'reply today';

/** Counts the Escape presses the page itself receives (Gmail uses Escape). */
async function countPageEscapes(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pageEscapes: number };
    w.pageEscapes = 0;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') w.pageEscapes += 1;
    });
  });
  return () => page.evaluate(() => (window as unknown as { pageEscapes: number }).pageEscapes);
}

/** The card is clear of the words and of the caret's line, and right next to the words (above or below). */
async function expectBesideWords(page: Page, words: Box[]): Promise<void> {
  const { box } = await cardState(page);
  expect(box).not.toBeNull();
  for (const word of words) expect(intersects(box!, word), `card ${JSON.stringify(box)} covers ${JSON.stringify(word)}`).toBe(false);
  const caret = await caretLine(page);
  if (caret !== null) expect(intersects(box!, { ...caret, left: -1e4, right: 1e4 }), 'card covers the caret line').toBe(false);
  const top = Math.min(...words.map((w) => w.top));
  const bottom = Math.max(...words.map((w) => w.bottom));
  const distance = Math.min(Math.abs(box!.top - bottom), Math.abs(top - box!.bottom));
  expect(distance, `card ${JSON.stringify(box)} is attached to words ${top}-${bottom}`).toBeLessThan(20);
  expect(box!.left).toBeLessThan(words[0]!.right);
  expect(box!.right).toBeGreaterThan(words[0]!.left);
}

describe('Escape', () => {
  it('in the editor, after a click on an underline, closes the card; focus, caret and draft stay as they were', async () => {
    const page = await pushyGmail(browser());
    const escapes = await countPageEscapes(page);
    await clickWords(page, PHRASE);
    expect((await cardState(page)).ruleIds[0]).toBe('cta/pushy');
    const before = await caretAndMarkup(page);
    expect(before.focused).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    expect(await caretAndMarkup(page)).toEqual(before);
    expect(await escapes()).toBe(0);
    // No card open: Escape is the page's.
    await page.keyboard.press('Escape');
    expect(await escapes()).toBe(1);
    expect(await caretAndMarkup(page)).toEqual(before);
    await page.close();
  });

  it('in the card (reached with Alt+Shift+N) closes it and gives the focus back to the editor, caret where it was', async () => {
    const page = await pushyGmail(browser());
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => page.evaluate(() => document.querySelector('pitchlint-root')?.shadowRoot?.activeElement?.tagName ?? '')).toBe('BUTTON');
    const caretAtFinding = await page.locator(GMAIL_BODY).evaluate((editor) => {
      const range = document.getSelection()!.getRangeAt(0);
      const before = document.createRange();
      before.setStart(editor, 0);
      before.setEnd(range.endContainer, range.endOffset);
      return before.toString().length;
    });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    const after = await caretAndMarkup(page);
    expect(after.focused).toBe(true);
    expect(after.caret).toBe(caretAtFinding);
    await page.close();
  });
});

describe('clicks', () => {
  it('a click elsewhere on the page closes the card; a click on its text does not, and the editor keeps the focus', async () => {
    const page = await pushyGmail(browser());
    await clickWords(page, PHRASE);
    const { box } = await cardState(page);
    // The card's own text (its hint line at the bottom): the card stays, the caret stays in the draft.
    await page.mouse.click(box!.left + 20, box!.bottom - 8);
    expect((await cardState(page)).open).toBe(true);
    expect((await caretAndMarkup(page)).focused).toBe(true);
    await page.locator('[role=main] .bog').first().click();
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    await page.close();
  });
});

describe('placement', () => {
  it('opened from an underline: below (or above) the words, covering neither them nor the caret line; lists what the badge counts', async () => {
    const page = await pushyGmail(browser());
    const words = await clickWords(page, PHRASE);
    await shot(page, 'card-from-words');
    await expectBesideWords(page, words);
    const state = await cardState(page);
    expect(state.ruleIds.length).toBe(state.badgeFindings);
    await page.close();
  });

  it('near the bottom of a small window the card goes above the words', async () => {
    const page = await pushyGmail(browser());
    await page.setViewportSize({ width: 1000, height: 560 });
    await page.waitForTimeout(200);
    const words = await clickWords(page, PHRASE);
    await page.waitForTimeout(100);
    await shot(page, 'card-small-window');
    await expectBesideWords(page, await wordBoxes(page, PHRASE));
    expect((await cardState(page)).box!.bottom).toBeLessThanOrEqual(words[0]!.top);
    await page.close();
  });

  it('a card that opens over the badge is drawn above it, not under it (Outlook: the badge beside the last line)', async () => {
    const h = browser();
    const page = await h.openFixture('outlook-compose');
    await waitForPitchlint(page);
    await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
    await h.waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true && s.editors[0].report.findings.some((f) => f.ruleId === 'cta/pushy'));
    await expect.poll(async () => (await highlightedTexts(page)).some((t) => t.includes(PHRASE))).toBe(true);
    await clickWords(page, PHRASE);
    await shot(page, 'card-over-badge');
    const seen = await page.evaluate(() => {
      const root = document.querySelector('pitchlint-root')!.shadowRoot!;
      const card = root.querySelector<HTMLElement>('[data-pitchlint-card]')!;
      const badge = root.querySelector<HTMLElement>('[data-pitchlint-badge]')!.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      const x = (badge.left + badge.right) / 2;
      const y = (badge.top + badge.bottom) / 2;
      const overlaps = x > box.left && x < box.right && y > box.top && y < box.bottom;
      const top = root.elementFromPoint(x, y);
      return { overlaps, onTop: top !== null && card.contains(top) };
    });
    // The case this checks: the card (right of "reply today", below it) reaches over the badge.
    expect(seen.overlaps).toBe(true);
    expect(seen.onTop, 'the badge shows through the card').toBe(true);
    await page.close();
  });

  it('opened from the badge: never over the line being typed', async () => {
    const page = await pushyGmail(browser());
    // The caret after the last word typed, as when the writer pauses at the end of the draft.
    const caret = await caretLine(page);
    expect(caret).not.toBeNull();
    await clickBadge(page);
    await expect.poll(async () => (await cardState(page)).open).toBe(true);
    await shot(page, 'card-from-badge');
    const { box, ruleIds, badgeFindings } = await cardState(page);
    expect(intersects(box!, { ...caret!, left: -1e4, right: 1e4 }), `card ${JSON.stringify(box)} over the caret line ${JSON.stringify(caret)}`).toBe(false);
    expect(ruleIds.length).toBe(badgeFindings);
    await page.close();
  });
});

describe('the page around it', () => {
  it("takes Gmail's dark theme: a dark card with light text", async () => {
    const page = await pushyGmail(browser(), async (p) => {
      // Gmail's dark theme paints the compose window and its body dark, whatever the system's scheme.
      await p.addStyleTag({ content: 'body, .nH.Hd, .Am.Al.editable { background: #202124 !important; color: #e8eaed !important; }' });
    });
    await clickWords(page, PHRASE);
    await shot(page, 'card-dark');
    const state = await cardState(page);
    expect(state.theme).toBe('dark');
    const luminance = await page.evaluate(
      ([bg, fg]) => {
        const lum = (c: string): number => {
          const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255);
          const ch = (v: number): number => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
        };
        return { background: lum(bg!), text: lum(fg!) };
      },
      [state.background, state.color],
    );
    expect(luminance.background).toBeLessThan(0.1);
    expect(luminance.text).toBeGreaterThan(0.6);
    await page.close();
  });

  for (const [name, zoom] of [
    ['a CSS zoom of 150% on the body', (p: Page) => p.evaluate(() => (document.body.style.zoom = '1.5'))],
    ['a CSS zoom of 150% on the whole page (<html>)', (p: Page) => p.evaluate(() => (document.documentElement.style.zoom = '1.5'))],
  ] as const) {
    it(`stays attached to the words at ${name}`, async () => {
      const page = await pushyGmail(browser());
      await zoom(page);
      await page.waitForTimeout(200);
      const words = await clickWords(page, PHRASE);
      await page.waitForTimeout(100);
      await shot(page, `card-zoom-${name.includes('html') ? 'html' : 'body'}`);
      await expectBesideWords(page, words);
      // The badge the card opens from stays at the editor's bottom-right corner too.
      const corner = await page.evaluate(() => {
        const badge = document.querySelector('pitchlint-root')!.shadowRoot!.querySelector('[data-pitchlint-badge]')!.getBoundingClientRect();
        const editor = document.querySelector('[g_editable]')!.getBoundingClientRect();
        return { dx: editor.right - badge.right, dy: Math.min(editor.bottom, innerHeight) - badge.bottom };
      });
      expect(corner.dx).toBeGreaterThanOrEqual(0);
      expect(corner.dx).toBeLessThan(20);
      expect(corner.dy).toBeGreaterThanOrEqual(0);
      expect(corner.dy).toBeLessThan(20);
      await page.close();
    });
  }

  it("stays attached to the words at Chromium's 150% page zoom (device pixel ratio 1.5, a viewport 1.5 times narrower)", async () => {
    const page = await pushyGmail(browser());
    const cdp = await browser().context.newCDPSession(page);
    // What Ctrl+Plus to 150% does to a 1280×900 window: fewer CSS pixels, each 1.5 device pixels.
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 853, height: 600, deviceScaleFactor: 1.5, mobile: false });
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1.5);
    await page.waitForTimeout(200);
    await clickWords(page, PHRASE);
    await page.waitForTimeout(100);
    await shot(page, 'card-browser-zoom');
    await expectBesideWords(page, await wordBoxes(page, PHRASE));
    await cdp.detach();
    await page.close();
  });
});
