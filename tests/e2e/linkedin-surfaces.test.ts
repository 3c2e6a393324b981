/**
 * LinkedIn's 2026 surfaces in real Chromium with the built extension, each on its saved DOM at its
 * real address: Sales Navigator's composer (a textarea named "message", yet a 1,900-character
 * message, a reply when the lead wrote; a new InMail's subject held to its limit, an error on the
 * subject field itself) and the invitation note in the #interop-outlet shadow root (its own
 * maxlength: 200 on a free account).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../src/shared/messages';
import { applyFix, boxes, cardFindings, clickBadge, editorText, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
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

describe('Sales Navigator InMail subject', () => {
  const SUBJECT = 'input[name="subject"]';
  const INMAIL = 'Hi Sarah, would it help to compare notes on onboarding new reps? A short call next week could be enough.';
  /** A calm subject cut to exactly `n` characters (ending in a letter, so the cut is visible). */
  const subjectOfLength = (n: number) => 'Onboarding new account executives at Northwind in half the time '.repeat(2).slice(0, n - 1) + 'X';

  async function openInMail(): Promise<Page> {
    const page = await browser().openFixture('linkedin-sales-lead');
    await waitForPitchlint(page);
    await typeInto(page, COMPOSER, INMAIL);
    await browser().waitForState(page, (s) => s.editors[0]?.text === INMAIL);
    return page;
  }

  /** The subject-line findings of the page's draft. */
  function onSubject(state: PageState) {
    return (state.editors[0]?.report.findings ?? []).filter((f) => f.subject !== undefined);
  }

  /** Boxes of `ruleId` drawn inside the subject field's box. */
  function boxesOverSubject(page: Page, ruleId: string): Promise<number> {
    return page.evaluate((rule) => {
      const input = document.querySelector('input[name="subject"]')!.getBoundingClientRect();
      const root = document.querySelector('pitchlint-root')!.shadowRoot!;
      return [...root.querySelectorAll<HTMLElement>(`[data-pitchlint-box][data-rule-id="${rule}"]`)]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 5 && r.left >= input.left && r.right <= input.right && r.top >= input.top - 1 && r.bottom <= input.bottom + 1)
        .length;
    }, ruleId);
  }

  it('85 characters typed: a clarity/length error on the subject, drawn over the field and listed in the card; the body untouched', async () => {
    const page = await openInMail();
    const subject = subjectOfLength(85);
    await typeInto(page, SUBJECT, subject);
    const state = await browser().waitForState(page, (s) => onSubject(s).length > 0);
    expect(onSubject(state).map((f) => [f.ruleId, f.severity, f.start, f.end, f.subject])).toEqual([
      ['clarity/length', 'error', 0, 0, { start: 80, end: 85, excerpt: subject.slice(80) }],
    ]);
    // No email subject rule on a message, whatever its subject.
    expect(state.editors[0]!.report.findings.filter((f) => f.ruleSet === 'subject')).toEqual([]);
    await expect.poll(() => boxesOverSubject(page, 'clarity/length')).toBe(1);

    await clickBadge(page);
    await expect
      .poll(async () => (await cardFindings(page)).filter((f) => f.ruleId === 'clarity/length').map((f) => f.text))
      .toEqual([expect.stringContaining('The subject is 85 characters: 5 over its limit of 80')]);
    // Its fix selects the five characters past the limit in the subject field; deleting them clears it.
    await applyFix(page, 'clarity/length', 0);
    const field = page.locator(SUBJECT);
    await expect
      .poll(() => field.evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd, document.activeElement === el]))
      .toEqual([80, 85, true]);
    await page.keyboard.press('Backspace');
    await expect.poll(() => field.inputValue()).toBe(subject.slice(0, 80));
    await browser().waitForState(page, (s) => onSubject(s).length === 0);
    expect(await editorText(page, COMPOSER)).toBe(INMAIL);
    await page.close();
  });

  it('80 characters: no finding on the subject', async () => {
    const page = await openInMail();
    await typeInto(page, SUBJECT, subjectOfLength(80));
    // A lint that surely read the subject: the body changes after it.
    await typeInto(page, COMPOSER, ' Thanks.', { at: 'end' });
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === `${INMAIL} Thanks.`);
    expect(onSubject(state)).toEqual([]);
    expect(await boxesOverSubject(page, 'clarity/length')).toBe(0);
    await page.close();
  });

  it('the field’s own maxlength wins: with maxlength 100, 85 characters fit', async () => {
    const page = await openInMail();
    await page.locator(SUBJECT).evaluate((el) => el.setAttribute('maxlength', '100'));
    await typeInto(page, SUBJECT, subjectOfLength(85));
    await typeInto(page, COMPOSER, ' Thanks.', { at: 'end' });
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === `${INMAIL} Thanks.`);
    expect(onSubject(state)).toEqual([]);
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
