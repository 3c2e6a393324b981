/**
 * Applying a fix: exactly the expected text, through the editor's own input path (Quill keeps
 * it), one Ctrl+Z brings the original back. And opening the card from an underline (click) and
 * from the keyboard.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Finding } from '../../src/analyzer/types';
import { applyFix, cardFindings, clickBadge, highlights, typeInto, useBrowser, waitForPitchlint } from './harness';
import { CLEAN_SUBJECT, PUSHY_EMAIL, PUSHY_NOTE, PUSHY_POST } from './drafts';

const browser = useBrowser();

/** The first finding that has a literal fix, and its draft text. */
async function fixable(page: Page): Promise<{ text: string; finding: Finding; index: number }> {
  const state = await browser().pageState(page);
  for (const editor of state.editors) {
    for (const finding of editor.report.findings) {
      const index = finding.suggestions.findIndex((s) => s.replacement !== undefined);
      if (index !== -1) return { text: editor.text, finding, index };
    }
  }
  throw new Error(`no finding with a literal fix: ${JSON.stringify(state.editors.map((e) => e.report.findings))}`);
}

async function draftText(page: Page): Promise<string> {
  return (await browser().pageState(page)).editors[0]?.text ?? '';
}

/** Applies the first literal fix through the card; returns the text it must give. */
async function applyFirstFix(page: Page): Promise<{ before: string; expected: string }> {
  const { text, finding, index } = await fixable(page);
  await clickBadge(page);
  await expect.poll(async () => (await cardFindings(page)).length).toBeGreaterThan(0);
  await applyFix(page, finding.ruleId, index, finding.start);
  const replacement = finding.suggestions[index]?.replacement ?? '';
  return { before: text, expected: text.slice(0, finding.start) + replacement + text.slice(finding.end) };
}

describe('fixes', () => {
  it('Gmail: a fix gives exactly the expected text, caret after it; one Ctrl+Z restores the draft', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    await page.locator('input[name="subjectbox"]').fill(CLEAN_SUBJECT);
    await typeInto(page, '[g_editable="true"]', PUSHY_EMAIL);
    await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    const signature = await page.locator('.gmail_signature').innerHTML();
    const { before, expected } = await applyFirstFix(page);
    await expect.poll(() => draftText(page)).toBe(expected);
    expect(await page.locator('.gmail_signature').innerHTML()).toBe(signature);
    await page.keyboard.press('Control+z');
    await expect.poll(() => draftText(page)).toBe(before);
    await page.close();
  });

  it('Gmail subject: a subject fix rewrites the subject field only; one Ctrl+Z restores it', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    const shouting = 'Quick question about your HIRING PLANS!!';
    await page.locator('input[name="subjectbox"]').fill(shouting);
    await typeInto(page, '[g_editable="true"]', PUSHY_EMAIL);
    const state = await browser().waitForState(
      page,
      (s) =>
        s.editors[0]?.text.trimEnd().endsWith('Tom') === true &&
        s.editors[0].report.findings.some((f) => f.ruleId === 'subject/shouting' && f.suggestions.some((x) => x.replacement)),
    );
    const finding = state.editors[0]!.report.findings.find((f) => f.ruleId === 'subject/shouting')!;
    const index = finding.suggestions.findIndex((x) => x.replacement !== undefined);
    const body = state.editors[0]!.text;
    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).some((f) => f.ruleId === 'subject/shouting')).toBe(true);
    await applyFix(page, 'subject/shouting', index);
    const subject = page.locator('input[name="subjectbox"]');
    await expect.poll(() => subject.inputValue()).toBe(finding.suggestions[index]!.replacement);
    expect(await draftText(page)).toBe(body);
    await page.keyboard.press('Control+z');
    await expect.poll(() => subject.inputValue()).toBe(shouting);
    expect(await draftText(page)).toBe(body);
    await page.close();
  });

  it('Quill post: the fix reaches Quill’s own model (not reverted); one Ctrl+Z restores it', async () => {
    const page = await browser().openFixture('linkedin-post');
    await waitForPitchlint(page);
    await typeInto(page, '.ql-editor', PUSHY_POST);
    await browser().waitForState(page, (s) => s.editors[0]?.text === PUSHY_POST);
    // Quill groups edits made within a second into one undo step: let the typing settle first.
    await page.waitForTimeout(1_100);
    const { before, expected } = await applyFirstFix(page);
    const quillText = (): Promise<string> =>
      page.evaluate(() => (window as unknown as { fixtureQuill: { getText(): string } }).fixtureQuill.getText());
    await expect.poll(quillText).toBe(`${expected}\n`);
    await page.waitForTimeout(300);
    expect(await draftText(page)).toBe(expected);
    await page.keyboard.press('Control+z');
    await expect.poll(quillText).toBe(`${before}\n`);
    await page.close();
  });

  it('textarea: the fix replaces the span in the value; one Ctrl+Z restores it', async () => {
    const page = await browser().openFixture('linkedin-invite');
    await waitForPitchlint(page);
    await typeInto(page, 'textarea[name="message"]', PUSHY_NOTE);
    await browser().waitForState(page, (s) => s.editors[0]?.text === PUSHY_NOTE);
    const { before, expected } = await applyFirstFix(page);
    const value = (): Promise<string> => page.locator('textarea[name="message"]').inputValue();
    await expect.poll(value).toBe(expected);
    await page.keyboard.press('Control+z');
    await expect.poll(value).toBe(before);
    await page.close();
  });
});

describe('opening the card', () => {
  it('a click on underlined words opens the card for that finding, with why it matters and its fixes', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    await typeInto(page, '[g_editable="true"]', PUSHY_EMAIL);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    // The underlines follow a frame after the state; until then some may be a half-typed draft's.
    const { text, report } = state.editors[0]!;
    const warnings = report.findings.filter((f) => f.severity === 'warning' && f.end > f.start).map((f) => text.slice(f.start, f.end));
    await expect.poll(async () => (await highlights(page))['pitchlint-warning'].sort()).toEqual(warnings.sort());
    const target = await page.evaluate(() => {
      const highlight = CSS.highlights.get('pitchlint-warning');
      const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    // It leads with that finding, in full, and lists the draft's others below it (what the badge counts).
    await expect.poll(async () => (await cardFindings(page)).length).toBe(report.findings.length);
    const [shown, ...others] = await cardFindings(page);
    expect(shown?.ruleId).toMatch(/^cta\//);
    expect(shown?.fixes.length).toBeGreaterThan(0);
    expect(others.every((f) => f.fixes.length === 0)).toBe(true);
    // The rationale ("why it matters") comes from the rule's metadata.
    expect(await page.locator('pitchlint-root [data-pitchlint-card] details').count()).toBe(1);
    await page.close();
  });

  it('Alt+Shift+N moves to the next finding and opens its card; Escape goes back to the draft', async () => {
    const page = await browser().openFixture('gmail-compose');
    await waitForPitchlint(page);
    await typeInto(page, '[g_editable="true"]', PUSHY_EMAIL);
    await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await cardFindings(page)).length).toBeGreaterThan(0);
    const focusedInCard = await page.evaluate(
      () => document.querySelector('pitchlint-root')?.shadowRoot?.activeElement?.tagName ?? '',
    );
    expect(focusedInCard).toBe('BUTTON');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardFindings(page)).length).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
    await page.close();
  });
});
