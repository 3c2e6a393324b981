/**
 * The analyzer runs in the service worker, which Chromium stops after 30 s idle; starting it
 * again costs a few hundred milliseconds. After a pause, the content script wakes it as soon as
 * the user comes back to an editor, so it starts while they type, not after they stop
 * (tests/e2e/budget.test.ts measures what that saves).
 */
import { describe, expect, it } from 'vitest';
import { WAKE_AFTER_MS } from '../../src/content/timing';
import { serviceWorkerRunning, stopServiceWorker, typeInto, useBrowser, waitForPitchlint } from './harness';
import { PUSHY_EMAIL } from './drafts';

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
});
