/**
 * The README's pictures, made by the end-to-end run itself: the underlines and badge in the Gmail
 * fixture, the finding card, and the popup for that draft. Each run writes them anew into
 * docs/screenshots, so they always show what the built extension draws today.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, REPO_ROOT, typeInto, waitForPitchlint } from './harness';
import { clickWords } from './card-helpers';
import type { Harness } from './harness';
import { PUSHY_EMAIL } from './drafts';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
const GMAIL_BODY = 'div[g_editable="true"]';

let h: Harness;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

function written(name: string): number {
  return statSync(join(OUT, name)).size;
}

describe('screenshots for the README', () => {
  it('underlines and badge, the finding card, the popup', async () => {
    const page = await h.openFixture('gmail-compose');
    await page.setViewportSize({ width: 1100, height: 720 });
    await waitForPitchlint(page);
    await page.locator('input[name="subjectbox"]').fill('Halving your follow-up time');
    await typeInto(page, GMAIL_BODY, PUSHY_EMAIL);
    // The whole draft's report, so the pictures never show a half-typed draft's findings.
    await h.waitForState(page, (s) => s.editors.some((e) => e.text.trimEnd().endsWith('Tom') && e.report.findings.some((f) => f.ruleId === 'cta/pushy')));
    await page.waitForTimeout(300); // underlines are painted in the next animation frame
    await page.screenshot({ path: join(OUT, 'underlines.png') });

    // The card as a click on underlined words opens it: that finding first, the draft's others below.
    await clickWords(page, 'reply today');
    await page.locator('pitchlint-root [data-pitchlint-card] [data-rule-id="cta/pushy"]').first().waitFor();
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(OUT, 'card.png') });
    await page.keyboard.press('Escape');

    const popup = await h.openExtensionPage(`src/popup/index.html?tabId=${await h.tabIdOf(page)}`);
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.locator('#draft [data-rule-id="cta/pushy"]').first().waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    for (const name of ['underlines.png', 'card.png', 'popup.png']) expect(written(name)).toBeGreaterThan(5_000);
  });
});
