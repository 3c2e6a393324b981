/**
 * Merge fields left in a Gmail draft (rules.md `template`), in real Chromium with the built
 * extension: the field in the body is underlined as an error, the one in the subject is listed
 * on the card; each fix selects its field, so what the user types replaces it (one Ctrl+Z brings
 * it back). The popup lists the `template` rule set with the other sets.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyFix, cardFindings, clickBadge, highlights, typeInto, useBrowser, waitForPitchlint } from './harness';

const BODY = 'div[g_editable="true"]';
const SUBJECT = 'input[name="subjectbox"]';
const DRAFT = 'Hi {{first_name}},\n\nWe help agencies like yours send invoices in a minute. Worth a quick chat next week?\n\nBest,\nTom';

const browser = useBrowser();

async function openTemplateDraft(): Promise<Page> {
  const page = await browser().openFixture('gmail-compose');
  await waitForPitchlint(page);
  await page.locator(SUBJECT).fill('Idea for {{company}}');
  await typeInto(page, BODY, DRAFT);
  await browser().waitForState(page, (s) => {
    const ids = s.editors[0]?.report.findings.filter((f) => f.ruleId === 'template/placeholder') ?? [];
    return s.editors[0]?.text.trimEnd().endsWith('Tom') === true && ids.length === 2;
  });
  return page;
}

function bodyText(page: Page): Promise<string> {
  return page.locator(BODY).evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' '));
}

describe('template/placeholder in Gmail', () => {
  it('underlines the field in the body; its fix selects it, typing fills it, one Ctrl+Z brings it back', async () => {
    const page = await openTemplateDraft();
    const state = await browser().pageState(page);
    const findings = state.editors[0]!.report.findings.filter((f) => f.ruleId === 'template/placeholder');
    const inBody = findings.find((f) => f.subject === undefined)!;
    expect(inBody.excerpt).toBe('{{first_name}}');
    expect(inBody.severity).toBe('error');
    // The other rules read the field as a name: the greeting is a greeting, the ask an ask.
    expect(state.editors[0]!.report.findings.map((f) => f.ruleId)).not.toContain('cta/missing');
    await expect.poll(async () => (await highlights(page))['pitchlint-error']).toContain('{{first_name}}');

    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).filter((f) => f.ruleId === 'template/placeholder').length).toBe(2);
    await applyFix(page, 'template/placeholder', 0, inBody.start);
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('{{first_name}}');
    const before = await bodyText(page);
    // What the user types over the selection (inserted at once, as one edit; Chromium may split fast typing into several undo steps).
    await page.keyboard.insertText('Laura');
    await expect.poll(() => bodyText(page)).toBe(before.replace('{{first_name}}', 'Laura'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(page)).toBe(before);
    await page.close();
  });

  it('underlines the field in the subject and lists it; its fix selects it in the subject field, never touching the body', async () => {
    const page = await openTemplateDraft();
    const state = await browser().pageState(page);
    const inSubject = state.editors[0]!.report.findings.find((f) => f.ruleId === 'template/placeholder' && f.subject !== undefined)!;
    expect(inSubject.subject).toEqual({ start: 9, end: 20, excerpt: '{{company}}' });
    const body = await bodyText(page);
    // Underlined in the subject field: a box under the field's words, inside the input.
    const underSubject = () =>
      page.evaluate(() => {
        const input = document.querySelector('input[name="subjectbox"]')!.getBoundingClientRect();
        const root = document.querySelector('pitchlint-root')!.shadowRoot!;
        return [...root.querySelectorAll<HTMLElement>('[data-pitchlint-box][data-rule-id="template/placeholder"]')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 20 && r.left >= input.left && r.right <= input.right && r.top >= input.top - 1 && r.bottom <= input.bottom + 1)
          .length;
      });
    await expect.poll(underSubject).toBe(1);

    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).some((f) => f.ruleId === 'template/placeholder' && f.text.includes('subject'))).toBe(true);
    await applyFix(page, 'template/placeholder', 0, 0);
    const subject = page.locator(SUBJECT);
    await expect
      .poll(() => subject.evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd, document.activeElement === el]))
      .toEqual([9, 20, true]);
    await page.keyboard.insertText('Northwind');
    await expect.poll(() => subject.inputValue()).toBe('Idea for Northwind');
    expect(await bodyText(page)).toBe(body);
    await page.keyboard.press('Control+z');
    await expect.poll(() => subject.inputValue()).toBe('Idea for {{company}}');
    await page.close();
  });

  it('the popup lists the template rule set and the field findings', async () => {
    const page = await openTemplateDraft();
    const tabId = await browser().tabIdOf(page);
    const popup = await browser().openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    const box = popup.locator('input[type=checkbox][data-rule-set=template]');
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    await expect
      .poll(() => popup.locator('#draft [data-rule-id="template/placeholder"]').count())
      .toBe(2);
    // Switching the set off takes effect in the open tab.
    await box.uncheck();
    await browser().waitForState(page, (s) => !s.editors[0]!.report.findings.some((f) => f.ruleId === 'template/placeholder'));
    await box.check();
    await popup.close();
    await page.close();
    expect(browser().unexpectedRequests()).toEqual([]);
  });
});
