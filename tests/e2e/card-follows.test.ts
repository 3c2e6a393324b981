/**
 * The finding card never shows a stale verdict: whenever it is shown it lists what its editor's
 * badge counts, across settings switched in the popup (opened as `<popup>?tabId=N`) while the
 * card is open. Opened from the badge it follows the findings; opened on one finding it closes
 * when that finding goes, and does not come back as an empty "Nothing to improve" card.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickBadge, useBrowser, waitForBadge } from './harness';
import { cardState, clickWords, intersects, pushyGmail, shot, wordBoxes } from './card-helpers';

const browser = useBrowser();

/**
 * Watches the card in the page: after every change of Pitchlint's drawing, a shown card must
 * list as many findings as its badge counts. Returns the mismatches seen so far.
 */
async function watchCardAgainstBadge(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const root = document.querySelector('pitchlint-root')!.shadowRoot!;
    const seen: string[] = [];
    (window as unknown as { cardMismatches: string[] }).cardMismatches = seen;
    const check = (): void => {
      const card = root.querySelector<HTMLElement>('[data-pitchlint-card]');
      if (card === null || card.hidden) return;
      const editorId = card.dataset.editorId;
      const badge =
        (editorId === undefined ? null : root.querySelector<HTMLElement>(`[data-pitchlint-badge][data-editor-id="${editorId}"]`)) ??
        root.querySelector<HTMLElement>('[data-pitchlint-badge]');
      const listed = card.querySelectorAll('[data-rule-id]').length;
      const counted = Number(badge?.dataset.findings);
      if (listed !== counted) seen.push(`card lists ${listed}, badge counts ${counted}: ${card.textContent?.slice(0, 80)}`);
    };
    new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { cardMismatches: string[] }).cardMismatches]);
}

/** Switches the cta set off and on again in the popup, waiting each time until the page shows it. */
async function ctaOffAndOn(page: Page, popup: Page, all: number): Promise<void> {
  const box = popup.locator('input[data-rule-set=cta]');
  await box.uncheck();
  const off = await waitForBadge(page, (b) => b.findings < all);
  expect(off.findings).toBeGreaterThan(0);
  await box.check();
  await waitForBadge(page, (b) => b.findings === all);
}

describe('the card follows the findings', () => {
  it('opened from the badge: with cta switched off and on in the popup, it always lists what the badge counts', async () => {
    const h = browser();
    const page = await pushyGmail(h);
    const mismatches = await watchCardAgainstBadge(page);
    const all = (await cardState(page)).badgeFindings;
    await clickBadge(page);
    await expect.poll(async () => (await cardState(page)).ruleIds.length).toBe(all);
    const popup = await h.openExtensionPage(`src/popup/index.html?tabId=${await h.tabIdOf(page)}`);
    await ctaOffAndOn(page, popup, all);
    await page.bringToFront();
    await page.waitForTimeout(200);
    await shot(page, 'card-after-cta-off-on-badge');
    const state = await cardState(page);
    expect(state.open).toBe(true);
    expect(state.ruleIds.length).toBe(state.badgeFindings);
    expect(state.ruleIds.filter((id) => id.startsWith('cta/')).length).toBeGreaterThan(0);
    expect(await mismatches()).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('opened on a cta finding: closes when cta is switched off, and no empty card is left when it comes back', async () => {
    const h = browser();
    const page = await pushyGmail(h);
    const mismatches = await watchCardAgainstBadge(page);
    const all = (await cardState(page)).badgeFindings;
    await clickWords(page, 'reply today');
    const popup = await h.openExtensionPage(`src/popup/index.html?tabId=${await h.tabIdOf(page)}`);
    await ctaOffAndOn(page, popup, all);
    await page.bringToFront();
    await page.waitForTimeout(200);
    await shot(page, 'card-after-cta-off-on-words');
    const state = await cardState(page);
    expect(state.text).not.toMatch(/Nothing to improve/);
    expect(state.open).toBe(false);
    expect(await mismatches()).toEqual([]);
    // The draft takes clicks again: a click on the words opens their card anew.
    await clickWords(page, 'reply today');
    const reopened = await cardState(page);
    expect(reopened.ruleIds[0]).toBe('cta/pushy');
    expect(reopened.ruleIds).toHaveLength(all);
    await popup.close();
    await page.close();
  });

  it('a fix applied from a card opened on the words closes it; the next card lists the new findings', async () => {
    const page = await pushyGmail(browser());
    await clickWords(page, 'reply today');
    const all = (await cardState(page)).badgeFindings;
    await page.locator('pitchlint-root [data-pitchlint-card] [data-rule-id="cta/pushy"] button[data-fix]').first().click();
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    await waitForBadge(page, (b) => b.findings === all - 1);
    await clickBadge(page);
    await expect.poll(async () => (await cardState(page)).ruleIds.length).toBe(all - 1);
    await page.close();
  });

  it("a click on one of the draft's other findings makes it the lead, and the card moves beside its words", async () => {
    const page = await pushyGmail(browser());
    await clickWords(page, 'reply today');
    await page.locator('pitchlint-root [data-pitchlint-card] [data-rule-id="cta/pushy"] button[data-lead]', { hasText: 'last chance' }).click();
    await expect.poll(async () => (await cardState(page)).text).toMatch(/^Pitchlint.{0,4}Warning · cta\/pushy.*last chance/i);
    const state = await cardState(page);
    expect(state.ruleIds).toHaveLength(state.badgeFindings);
    const [words] = await wordBoxes(page, 'last chance');
    expect(intersects(state.box!, words!)).toBe(false);
    expect(Math.min(Math.abs(state.box!.top - words!.bottom), Math.abs(words!.top - state.box!.bottom))).toBeLessThan(20);
    // Escape still closes it, the draft keeps the focus it had.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
    await page.close();
  });
});
