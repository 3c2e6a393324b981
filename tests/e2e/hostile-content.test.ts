/**
 * Hostile content and a hostile page: a draft full of markup is only ever shown as text (card,
 * badge, popup) and runs nothing; a page with Gmail's strict CSP and Trusted Types still gets
 * its underlines and badge, and the extension causes no CSP violation there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardFindings, clickBadge, highlightedTexts, launchBrowser, typeInto, waitForBadge, waitForPitchlint } from './harness';
import type { Harness } from './harness';
import { PUSHY_EMAIL } from './drafts';

const BODY = '[g_editable="true"]';

/** Three classic injection shapes; each would set window.__pitchlintPwned if it ever ran (short: the popup cuts quotes at 120 characters). */
const IMG = '<img src=x onerror="__pitchlintPwned=1">';
const SCRIPT = '<script>__pitchlintPwned=2</script>';
const SVG = '"><svg onload="__pitchlintPwned=3">';

/**
 * No ask anywhere, so cta/missing quotes the last paragraph — markup included — in the card
 * and the popup; "last chance" gives a pushy finding with a fix as well.
 */
const MARKUP_DRAFT = [
  'Hi Sarah,',
  '',
  'We help sales teams cut their follow-up time in half. This is your last chance.',
  `Soon: ${IMG} ${SCRIPT} ${SVG}`,
  '',
  'Best,',
  'Tom',
].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

/** Errors thrown into the page or logged as errors, from now on. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Elements that only injected markup would create, in the page and in Pitchlint's shadow root. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots: ParentNode[] = [document];
    const shadow = document.querySelector('pitchlint-root')?.shadowRoot;
    if (shadow) roots.push(shadow);
    return roots.flatMap((root) =>
      [...root.querySelectorAll('img, svg, script, [onerror], [onload]')].map((el) => el.outerHTML),
    );
  });
}

describe('a draft full of markup', () => {
  it('is shown as text in the card, the badge and the popup, and nothing runs', async () => {
    const page = await h.openFixture('gmail-compose');
    const errors = collectErrors(page);
    await waitForPitchlint(page);
    const before = await injectedElements(page);
    await typeInto(page, BODY, MARKUP_DRAFT);
    const state = await h.waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    const report = state.editors[0]!.report;
    expect(report.findings.some((f) => f.excerpt.includes(SCRIPT))).toBe(true);
    const badge = await waitForBadge(page, (b) => b.findings === report.findings.length);

    // Badge: its label is the score sentence, with no element inside.
    expect(badge.ariaLabel).toContain(String(report.score));
    expect(badge.ariaLabel).not.toContain('<');
    expect(await page.locator('pitchlint-root [data-pitchlint-badge] *').count()).toBe(0);

    // Card: the quoted paragraph carries the markup as literal text.
    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).length).toBe(report.findings.length);
    const cardText = (await cardFindings(page)).map((f) => f.text).join('\n');
    for (const markup of [IMG, SCRIPT, SVG]) expect(cardText).toContain(markup);

    // Popup: the same, and no element made from the draft.
    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    const popupErrors = collectErrors(popup);
    // The quoted paragraph, as literal text.
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain(IMG);
    const popupText = await popup.locator('body').innerText();
    for (const markup of [SCRIPT, SVG]) expect(popupText).toContain(markup);
    expect(await popup.locator('img, svg, script:not([src]), [onerror], [onload]').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pitchlintPwned?: number }).__pitchlintPwned)).toBeUndefined();

    await page.bringToFront();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pitchlintPwned?: number }).__pitchlintPwned)).toBeUndefined();
    expect(await injectedElements(page)).toEqual(before);
    // The editor holds the markup as typed text only.
    expect(await page.locator(`${BODY} img, ${BODY} svg, ${BODY} script`).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a page with a strict CSP and Trusted Types (as Gmail serves)', () => {
  it('gets underlines and a badge, and the extension causes no CSP violation', async () => {
    const page = await h.openFixture('gmail-strict-csp');
    // The header is really in force: a script without the nonce is refused, and a string given
    // to a script sink without a policy is refused (each a violation the page records).
    const policyInForce = await page.evaluate(() => {
      try {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.append(s);
      } catch {
        // Trusted Types may already refuse the text assignment.
      }
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(policyInForce).toBe(false);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length)).toBeGreaterThan(0);
    await page.evaluate(() => {
      (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length = 0;
    });
    // From here on, every error is the extension's.
    const errors = collectErrors(page);

    await waitForPitchlint(page);
    await typeInto(page, BODY, PUSHY_EMAIL);
    await h.waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    await waitForBadge(page, (b) => b.findings > 0);
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(0);
    // Open and close the card too: everything the overlay draws, drawn under the policy.
    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the harness itself', () => {
  it('fails a run in which anything reached for an address outside the fixtures', async () => {
    const own = await launchBrowser();
    let closed = false;
    try {
      const page = await own.openFixture('gmail-compose');
      // The page (standing in for any code) reaches out; the harness refuses it and remembers it.
      await page.evaluate(() => fetch('https://tracker.invalid/collect').catch(() => undefined));
      expect(own.unexpectedRequests().map((r) => r.url)).toEqual(['https://tracker.invalid/collect']);
      await expect(own.close()).rejects.toThrow(/unexpected requests/);
      closed = true;
    } finally {
      if (!closed) await own.close().catch(() => undefined);
    }
  });
});
