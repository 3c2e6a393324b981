/**
 * The popup in real Chromium with the built extension: it shows the score and findings of the
 * draft being written in a Gmail tab, and its switches change what that open tab shows, live.
 * The popup is opened in a tab as `src/popup/index.html?tabId=N` (the contract's test hook).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badges, cardFindings, clickBadge, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
import type { BadgeInfo } from './harness';

const GMAIL_BODY = 'div[g_editable="true"]';
const POPUP = 'src/popup/index.html';

/** Pressure of several kinds (a deadline, scarcity, shouting) and a heavy first ask: cta findings for sure. */
const PUSHY_DRAFT =
  'We help SaaS teams cut churn by a third. Sign the contract today, the offer expires Friday!! Reply ASAP.';

const browser = useBrowser();

beforeEach(async () => {
  await setStoredSettings(undefined);
  for (const page of browser().context.pages()) await page.close();
});

/** What the service worker sees of chrome.storage.sync (the project has no @types/chrome). */
interface SyncArea {
  clear(): Promise<void>;
  set(items: object): Promise<void>;
}

/** Writes `value` as the stored settings (undefined clears storage), the way sync or a bad build might. */
async function setStoredSettings(value: unknown): Promise<void> {
  await browser().serviceWorker!.evaluate(async (stored) => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync;
    if (stored === undefined) await sync.clear();
    else await sync.set({ settings: stored });
  }, value);
}

/** The badge of the draft once the content script has linted all of `text` (it lints after typing pauses). */
async function lintedBadge(page: Page, text: string): Promise<BadgeInfo> {
  // Editors may hold non-breaking spaces where spaces were typed.
  const tail = text.slice(-20);
  const hasTail = (draft: string) => draft.replace(/\u00a0/g, ' ').includes(tail);
  const state = await browser().waitForState(page, (s) => s.editors.some((e) => hasTail(e.text)));
  const editor = state.editors.find((e) => hasTail(e.text))!;
  return waitForBadge(page, (b) => b.editorId === editor.id && b.score === editor.report.score && b.findings === editor.report.findings.length);
}

async function openGmailWithDraft(text: string): Promise<{ gmail: Page; badge: BadgeInfo }> {
  const gmail = await browser().openFixture('gmail-compose');
  await waitForPitchlint(gmail);
  await typeInto(gmail, GMAIL_BODY, text);
  return { gmail, badge: await lintedBadge(gmail, text) };
}

async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await browser().tabIdOf(page);
  const popup = await browser().openExtensionPage(`${POPUP}?tabId=${tabId}`);
  await popup.locator('[data-score], [data-empty]:not([data-empty=loading])').first().waitFor();
  return popup;
}

async function popupRuleIds(popup: Page): Promise<string[]> {
  return popup.locator('#draft [data-rule-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id') ?? ''));
}

/** Waits until the popup's list of findings satisfies `predicate` (it refreshes itself). */
async function waitForPopupFindings(popup: Page, predicate: (ids: string[]) => boolean, timeout = 5_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let ids = await popupRuleIds(popup);
  while (!predicate(ids)) {
    if (Date.now() > deadline) throw new Error(`popup findings never matched; last: ${JSON.stringify(ids)}`);
    await popup.waitForTimeout(100);
    ids = await popupRuleIds(popup);
  }
  return ids;
}

describe('popup', () => {
  it("shows the score and findings of the tab's draft, grouped by rule set, and how the score was made", async () => {
    const { gmail, badge } = await openGmailWithDraft(PUSHY_DRAFT);
    const popup = await openPopupFor(gmail);

    expect(Number(await popup.locator('[data-score]').getAttribute('data-score'))).toBe(badge.score);
    const ids = await popupRuleIds(popup);
    expect(ids).toHaveLength(badge.findings);
    expect(ids.some((id) => id.startsWith('cta/'))).toBe(true);

    // Every finding sits in the group of its own rule set.
    const misplaced = await popup.locator('[data-group]').evaluateAll((groups) =>
      groups.flatMap((g) =>
        [...g.querySelectorAll('[data-rule-id]')]
          .map((f) => f.getAttribute('data-rule-id') ?? '')
          .filter((id) => !id.startsWith(`${g.getAttribute('data-group')}/`)),
      ),
    );
    expect(misplaced).toEqual([]);

    // The breakdown starts at 100 and its lines add up to the score shown.
    await popup.locator('details.breakdown summary').click();
    const points = await popup
      .locator('details.breakdown li[data-breakdown-rule] .points')
      .evaluateAll((els) => els.map((el) => Number((el.textContent ?? '').replace('−', '-'))));
    expect(points.length).toBeGreaterThan(0);
    expect(Math.max(0, 100 + points.reduce((a, b) => a + b, 0))).toBe(badge.score);

    expect(browser().unexpectedRequests()).toEqual([]);
  });

  it('unchecking a rule set removes its findings from the open tab without a reload, and checking brings them back', async () => {
    const { gmail, badge } = await openGmailWithDraft(PUSHY_DRAFT);
    // A reload would lose this mark: it proves the change arrived live.
    await gmail.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const popup = await openPopupFor(gmail);
    const before = await popupRuleIds(popup);
    const ctaCount = before.filter((id) => id.startsWith('cta/')).length;
    expect(ctaCount).toBeGreaterThan(0);

    const ctaBox = popup.locator('input[data-rule-set=cta]');
    expect(await ctaBox.isChecked()).toBe(true);
    await ctaBox.uncheck();

    const after = await waitForBadge(gmail, (b) => b.findings === badge.findings - ctaCount);
    expect(after.score).toBeGreaterThan(badge.score);
    await clickBadge(gmail);
    const card = await cardFindings(gmail);
    expect(card.length).toBe(badge.findings - ctaCount);
    expect(card.filter((f) => f.ruleId.startsWith('cta/'))).toEqual([]);
    expect(await gmail.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // The popup follows too: no cta finding left, and the score it shows is the tab's.
    await waitForPopupFindings(popup, (ids) => ids.length === badge.findings - ctaCount);
    expect((await popupRuleIds(popup)).some((id) => id.startsWith('cta/'))).toBe(false);
    expect(Number(await popup.locator('[data-score]').getAttribute('data-score'))).toBe(after.score);

    await ctaBox.check();
    await waitForBadge(gmail, (b) => b.findings === badge.findings && b.score === badge.score);
  });

  it('with two drafts open, shows the one written in last', async () => {
    const page = await browser().openFixture('gmail-two-drafts');
    await waitForPitchlint(page);
    const editors = page.locator(GMAIL_BODY);
    const shownEditor = async (popup: Page) => popup.locator('[data-editor-id]').getAttribute('data-editor-id');
    const shownScore = async (popup: Page) => Number(await popup.locator('[data-score]').getAttribute('data-score'));

    await editors.nth(0).click();
    await page.keyboard.type('Would a 15-minute call next week make sense to compare notes on onboarding?');
    await page.waitForTimeout(600);
    // The second compose window opens later, as in Gmail.
    await page.locator('#compose-button').click();
    await editors.nth(1).click();
    await page.keyboard.type(PUSHY_DRAFT);
    await lintedBadge(page, PUSHY_DRAFT);

    const popup = await openPopupFor(page);
    const second = await shownEditor(popup);
    const secondBadge = (await badges(page)).find((b) => b.editorId === second);
    expect(secondBadge, `a badge for ${second}`).toBeDefined();
    expect(await shownScore(popup)).toBe(secondBadge!.score);

    // Back to the first draft: the popup (refreshing itself) follows.
    await page.bringToFront();
    await editors.nth(0).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks!');
    await expect.poll(() => shownEditor(popup), { timeout: 5_000 }).not.toBe(second);
    const first = await shownEditor(popup);
    const firstBadge = await waitForBadge(page, (b) => b.editorId === first);
    await expect.poll(() => shownScore(popup), { timeout: 5_000 }).toBe(firstBadge.score);
  });

  it('is usable from the keyboard: a rule set toggles with Space, and focus is visible', async () => {
    const { gmail, badge } = await openGmailWithDraft(PUSHY_DRAFT);
    const popup = await openPopupFor(gmail);
    const ctaBox = popup.locator('input[data-rule-set=cta]');
    // Tab until the cta switch has focus (the page decides the order; give it a generous bound).
    for (let i = 0; i < 60 && !(await ctaBox.evaluate((el) => el === document.activeElement)); i++) {
      await popup.keyboard.press('Tab');
    }
    expect(await ctaBox.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await ctaBox.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await popup.keyboard.press('Space');
    await waitForBadge(gmail, (b) => b.findings < badge.findings);
    // Its label names it, so a screen reader says what it switches.
    const label = await ctaBox.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(label).toMatch(/call to action/i);
  });

  it('the site switch turns Pitchlint off and on in the open tab', async () => {
    const { gmail, badge } = await openGmailWithDraft(PUSHY_DRAFT);
    const popup = await openPopupFor(gmail);
    const siteBox = popup.locator('input[data-site=gmail]');
    expect(await siteBox.isChecked()).toBe(true);

    await siteBox.uncheck();
    await expect.poll(() => badges(gmail), { timeout: 5_000 }).toEqual([]);
    await popup.locator('[data-empty=site-off]').waitFor();

    await siteBox.check();
    await waitForBadge(gmail, (b) => b.findings === badge.findings);
    await popup.locator('[data-score]').waitFor();
  });

  it('shows draft text as text, never as markup', async () => {
    // No ask at all, so cta/missing spans the last sentence, markup included.
    const draft = 'We build onboarding tools for SaaS teams. Our new release <img src=x onerror=alert(1)> ships in May.';
    const { gmail } = await openGmailWithDraft(draft);
    const popup = await openPopupFor(gmail);
    const dialogs: string[] = [];
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await expect.poll(() => popup.locator('#draft').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('explains itself when there is nothing to score', async () => {
    // A page on another host: no content script there.
    const other = await browser().openFixture('elsewhere');
    const popupOther = await openPopupFor(other);
    expect(await popupOther.locator('[data-empty=unsupported]').innerText()).toMatch(/Gmail, Outlook and LinkedIn/);
    expect(await popupOther.locator('[data-score]').count()).toBe(0);

    // Gmail without a compose window: the content script answers, but there is no draft.
    const inbox = await browser().openFixture('gmail-no-such-fixture');
    const popupInbox = await openPopupFor(inbox);
    await popupInbox.locator('[data-empty=no-draft]').waitFor();
    expect(await popupInbox.locator('[data-rule-id]').count()).toBe(0);
  });

  it('falls back to the defaults when the stored settings are corrupt', async () => {
    await setStoredSettings({ ruleSets: { cta: false } });
    const { gmail, badge: withoutCta } = await openGmailWithDraft(PUSHY_DRAFT);
    const popup = await openPopupFor(gmail);
    expect(await popup.locator('input[data-rule-set=cta]').isChecked()).toBe(false);
    expect((await popupRuleIds(popup)).some((id) => id.startsWith('cta/'))).toBe(false);

    // Garbage arrives in storage (another version, a sync conflict): everything on again, live.
    await setStoredSettings('{not json');
    const withCta = await waitForBadge(gmail, (b) => b.findings > withoutCta.findings);
    await expect.poll(() => popup.locator('input[data-rule-set=cta]').isChecked()).toBe(true);
    await waitForPopupFindings(popup, (ids) => ids.some((id) => id.startsWith('cta/')));

    // A page opened while storage is corrupt starts with the defaults as well.
    await setStoredSettings({ ruleSets: 42, rules: 'x', sites: [], language: {} });
    const fresh = await openGmailWithDraft(PUSHY_DRAFT);
    expect(fresh.badge.findings).toBe(withCta.findings);
    const freshPopup = await openPopupFor(fresh.gmail);
    for (const set of ['cta', 'tone', 'clarity', 'post', 'subject']) {
      expect(await freshPopup.locator(`input[data-rule-set=${set}]`).isChecked()).toBe(true);
    }
  });
});
