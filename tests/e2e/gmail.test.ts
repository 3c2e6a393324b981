/**
 * Gmail in real Chromium with the built extension: underlines, badge, kind and thread, quote and
 * signature left out, several drafts, editors that appear later.
 */
import { describe, expect, it } from 'vitest';
import { badges, cardFindings, clickBadge, highlightedTexts, highlights, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
import { CLEAN_EMAIL, CLEAN_REPLY, CLEAN_SUBJECT, PUSHY_EMAIL, PUSHY_PHRASES } from './drafts';

const BODY = '[g_editable="true"]';

interface ActionGlobal {
  chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
}

const browser = useBrowser();

describe('Gmail compose', () => {
  it('underlines the pushy words and lowers the score; a clean draft gets neither', async () => {
    const pushyPage = await browser().openFixture('gmail-compose');
    await waitForPitchlint(pushyPage);
    await pushyPage.locator('input[name="subjectbox"]').fill(CLEAN_SUBJECT);
    await typeInto(pushyPage, BODY, PUSHY_EMAIL);
    await browser().waitForState(pushyPage, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    const pushyBadge = await waitForBadge(pushyPage, (b) => b.findings > 0);
    // At least one pushy underline sits on one of the pressuring phrases (painted a frame after the state).
    const onPhrase = (text: string): boolean => PUSHY_PHRASES.some((p) => text.includes(p) || p.includes(text));
    await expect.poll(async () => (await highlights(pushyPage))['pitchlint-warning'].filter(onPhrase).length).toBeGreaterThan(0);
    expect(pushyBadge.ariaLabel).toContain(String(pushyBadge.score));

    const cleanPage = await browser().openFixture('gmail-compose');
    await waitForPitchlint(cleanPage);
    await cleanPage.locator('input[name="subjectbox"]').fill(CLEAN_SUBJECT);
    await typeInto(cleanPage, BODY, CLEAN_EMAIL);
    await browser().waitForState(cleanPage, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    const cleanBadge = await waitForBadge(cleanPage);
    // Until the next frame, underlines of a half-typed draft may still be painted.
    await expect.poll(() => highlightedTexts(cleanPage)).toEqual([]);
    expect(cleanBadge.findings).toBe(0);
    expect(cleanBadge.score).toBe(100);
    expect(pushyBadge.score).toBeLessThan(cleanBadge.score);
    await pushyPage.close();
    await cleanPage.close();
  });

  it('reads a new email as kind email, thread first, with its subject; the signature is not in the draft', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    await typeInto(page, BODY, CLEAN_EMAIL);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    expect(state.site).toBe('gmail');
    expect(state.editors).toHaveLength(1);
    const [editor] = state.editors;
    expect(editor?.kind).toBe('email');
    expect(editor?.thread).toBe('first');
    // The signature says "Reply today and book your demo now": pushy, but not the draft's.
    expect(editor?.text).not.toContain('Tom Baker');
    expect(editor?.text).not.toContain('Reply today');
    expect(editor?.report.findings.map((f) => f.ruleId)).not.toContain('cta/pushy');
    // No subject typed: the subject rules see an empty subject field.
    expect(editor?.report.findings.map((f) => f.ruleId)).toContain('subject/missing');
    await page.close();
  });

  it('reads an inline reply as thread reply, and never lints the quoted message or the signature', async () => {
    const page = await browser().openFixture('gmail-reply');
    await waitForPitchlint(page);
    await typeInto(page, BODY, CLEAN_REPLY);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    const badge = await waitForBadge(page);
    const [editor] = state.editors;
    expect(editor?.kind).toBe('email');
    expect(editor?.thread).toBe('reply');
    expect(editor?.text).not.toContain("HAVEN'T HEARD BACK");
    expect(editor?.text).not.toContain('wrote:');
    expect(editor?.text).not.toContain('Head of Sales');
    expect(editor?.text.trim()).toBe(CLEAN_REPLY);
    // The quote shouts and pressures; none of it may be underlined.
    const quote = await page.locator('.gmail_quote').first().innerText();
    for (const text of await highlightedTexts(page)) expect(quote).not.toContain(text);
    expect(badge.findings).toBe(0);
    await page.close();
  });

  it('lints two drafts separately, and a compose window opened later, until it is closed', async () => {
    const page = await browser().openFixture('gmail-two-drafts');
    await waitForPitchlint(page);
    await typeInto(page, BODY, PUSHY_EMAIL);
    await waitForBadge(page, (b) => b.findings > 0);

    await page.locator('#compose-button').click();
    await expect.poll(async () => (await badges(page)).length, { timeout: 5_000 }).toBe(2);
    await page.locator('input[name="subjectbox"]').nth(1).fill(CLEAN_SUBJECT);
    const second = page.locator(BODY).nth(1);
    await second.click();
    await page.keyboard.type(CLEAN_EMAIL);
    await browser().waitForState(page, (s) => s.editors.length === 2 && s.editors.every((e) => e.text.trimEnd().endsWith('Tom')));
    await expect
      .poll(async () => (await badges(page)).map((b) => b.findings > 0), { timeout: 5_000 })
      .toEqual([true, false]);
    const state = await browser().pageState(page);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([
      ['email', 'first'],
      ['email', 'first'],
    ]);
    // The popup shows the draft touched last: the second one.
    const latest = [...state.editors].sort((a, b) => b.lastActive - a.lastActive)[0];
    expect(latest?.text).toContain('Would a short call next week');

    await page.locator('[data-close]').click();
    await expect.poll(async () => (await badges(page)).length, { timeout: 5_000 }).toBe(1);
    await page.close();
  });

  it('shows the draft’s score on the toolbar button of its tab', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    await typeInto(page, BODY, PUSHY_EMAIL);
    await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    const score = (await waitForBadge(page, (b) => b.findings > 0)).score;
    const tabId = await browser().tabIdOf(page);
    const toolbarText = (): Promise<string> =>
      browser().serviceWorker!.evaluate(
        (id) => (globalThis as unknown as ActionGlobal).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    await expect.poll(toolbarText).toBe(String(score));
    await page.close();
  });

  it('a click elsewhere on the page closes the finding card', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    await typeInto(page, BODY, PUSHY_EMAIL);
    // The whole draft's report: a later one would refresh the open card and drop a half-typed draft's findings.
    await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    await waitForBadge(page, (b) => b.findings > 0);
    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).length).toBeGreaterThan(0);
    await page.mouse.click(300, 300);
    await expect.poll(async () => (await cardFindings(page)).length).toBe(0);
    await page.close();
  });

  it('puts nothing of its own in the page outside <pitchlint-root>, whose shadow root is open', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    await typeInto(page, BODY, PUSHY_EMAIL);
    await waitForBadge(page, (b) => b.findings > 0);
    const found = await page.evaluate(() => ({
      roots: document.querySelectorAll('pitchlint-root').length,
      inBody: document.body.querySelector('pitchlint-root') !== null,
      open: document.querySelector('pitchlint-root')?.shadowRoot !== null,
      headStyles: document.head.querySelectorAll('style[data-pitchlint]').length,
    }));
    expect(found).toEqual({ roots: 1, inBody: false, open: true, headStyles: 0 });
    await page.close();
  });
});
