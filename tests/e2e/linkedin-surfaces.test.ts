/**
 * LinkedIn's 2026 surfaces in real Chromium with the built extension, each on its saved DOM at its
 * real address: Sales Navigator's composer (a textarea named "message", yet a 1,900-character
 * message, a reply when the lead wrote) and the invitation note in the #interop-outlet shadow root
 * (its own maxlength: 200 on a free account).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../src/shared/messages';
import { boxes, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
import { PUSHY_NOTE } from './drafts';

const browser = useBrowser();

const COMPOSER = 'textarea[name="message"]';
/** A calm sentence, repeated to reach a length (31 characters with its space). */
const FILLER = 'We help teams plan onboarding. ';

function ofLength(length: number): string {
  return FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length).trimEnd() + '.';
}

/** Puts text in a textarea as a paste from a template tool would (a script-set value passes maxlength), with its input event. */
async function setValue(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().evaluate((el, value) => {
    (el as HTMLTextAreaElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, text);
}

function lengthFindings(state: PageState): string[] {
  return (state.editors[0]?.report.findings ?? []).filter((f) => f.ruleId === 'clarity/length').map((f) => `${f.severity}: ${f.message}`);
}

describe('Sales Navigator', () => {
  it('inbox: the composer is a message, a reply to the lead, with boxes on the pressure', async () => {
    const page = await browser().openFixture('linkedin-sales-inbox');
    expect(new URL(page.url()).pathname.startsWith('/sales/inbox/')).toBe(true);
    await waitForPitchlint(page);
    await typeInto(page, COMPOSER, PUSHY_NOTE);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === PUSHY_NOTE);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['message', 'reply']]);
    await waitForBadge(page, (b) => b.findings > 0);
    await expect.poll(async () => (await boxes(page)).some((b) => b.ruleId === 'cta/pushy' && b.width > 0)).toBe(true);
    await page.close();
  });

  it('inbox: 1,900 characters fit, past them is a clarity/length error (not an invitation’s 300)', async () => {
    const page = await browser().openFixture('linkedin-sales-inbox');
    await waitForPitchlint(page);
    const fits = ofLength(1_880);
    await setValue(page, COMPOSER, fits);
    expect(lengthFindings(await browser().waitForState(page, (s) => s.editors[0]?.text === fits))).toEqual([]);
    const over = ofLength(1_950);
    await setValue(page, COMPOSER, over);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === over);
    expect(lengthFindings(state)).toEqual([expect.stringMatching(/^error: .*1900/)]);
    await page.close();
  });

  it('lead page: a new InMail to a lead who has not written is a first message', async () => {
    const page = await browser().openFixture('linkedin-sales-lead');
    expect(new URL(page.url()).pathname.startsWith('/sales/lead/')).toBe(true);
    await waitForPitchlint(page);
    const text = `Hi Sarah, ${ofLength(340)}`;
    await typeInto(page, COMPOSER, 'Hi Sarah, ');
    await setValue(page, COMPOSER, text);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === text);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['message', 'first']]);
    expect(lengthFindings(state)).toEqual([]);
    await page.close();
  });
});

describe('invitation note in the #interop-outlet shadow root', () => {
  it('is found when the modal opens, read as a first message, with boxes on the pressure', async () => {
    const page = await browser().openFixture('linkedin-invite-interop');
    await waitForPitchlint(page);
    await page.locator('#add-note').click();
    await typeInto(page, '#interop-outlet textarea[name="message"]', PUSHY_NOTE);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === PUSHY_NOTE);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['message', 'first']]);
    await waitForBadge(page, (b) => b.findings > 0);
    await expect.poll(async () => (await boxes(page)).some((b) => b.ruleId === 'cta/pushy' && b.width > 0)).toBe(true);
    await page.close();
  });

  it('holds the note to the textarea’s own maxlength: 200 on a free account', async () => {
    const page = await browser().openFixture('linkedin-invite-interop');
    await waitForPitchlint(page);
    await page.locator('#add-note').click();
    await page.locator('#interop-outlet textarea[name="message"]').click();
    const over = ofLength(240);
    await setValue(page, '#interop-outlet textarea[name="message"]', over);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === over);
    expect(lengthFindings(state)).toEqual([expect.stringMatching(/^error: .*limit of 200/)]);
    await page.close();
  });
});
