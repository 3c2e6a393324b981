/**
 * The analyzer runs in the service worker, which Chromium stops after 30 s idle; starting it
 * again costs a few hundred milliseconds. After a pause, the content script wakes it as soon as
 * the user comes back to an editor, so it starts while they type, not after they stop
 * (tests/e2e/budget.test.ts measures what that saves). And a worker stopped while it was
 * analysing loses that answer: the content script lints again, so the draft is not left unlinted.
 */
import { describe, expect, it } from 'vitest';
import { WAKE_AFTER_MS } from '../../src/content/timing';
import { highlightedTexts, serviceWorkerRunning, stopServiceWorker, typeInto, useBrowser, waitForPitchlint } from './harness';
import { PUSHY_EMAIL, PUSHY_PHRASES } from './drafts';

const BODY = '[g_editable="true"]';
const browser = useBrowser();

describe('waking the background', () => {
  it('coming back to the editor after a pause starts the stopped service worker, before any lint', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    await typeInto(page, BODY, PUSHY_EMAIL);
    await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    // Leave the editor, let the worker stop, and pause as long as a writer who looked away.
    await page.locator('input[name="subjectbox"]').focus();
    await stopServiceWorker(browser(), page);
    await page.waitForTimeout(WAKE_AFTER_MS + 200);
    // Only the focus: the text is unchanged, so there is nothing to lint and no score to send.
    await page.locator(BODY).focus();
    await serviceWorkerRunning(browser(), page, 5_000);
    // And the draft is still linted as before.
    const state = await browser().pageState(page);
    expect(state.editors[0]?.report.findings.some((f) => f.ruleId === 'cta/pushy')).toBe(true);
    await page.close();
  });

  it('a worker stopped in the middle of an analysis: the lint is tried again and the draft gets its underlines', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    // Hold every answer of this worker back by 2 s, so the analysis is still on its way when it stops.
    await browser().serviceWorker!.evaluate(() => {
      (globalThis as unknown as RuntimeGlobal).chrome.runtime.onMessage.addListener(() => {
        const until = Date.now() + 2_000;
        while (Date.now() < until) {
          // slow on purpose
        }
      });
    });
    await page.locator(BODY).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText(PUSHY_EMAIL);
    // The lint goes out 150 ms after the paste; stop the worker while it holds the answer.
    await page.waitForTimeout(600);
    await stopServiceWorker(browser(), page);
    // A fresh worker (without the slow listener) answers the lint tried again.
    await expect
      .poll(async () => (await highlightedTexts(page)).some((t) => PUSHY_PHRASES.some((p) => t.includes(p))), { timeout: 10_000 })
      .toBe(true);
    await page.close();
  });
});

interface RuntimeGlobal {
  chrome: { runtime: { onMessage: { addListener(listener: () => void): void } } };
}
