/**
 * Fixes in Outlook on the web, in real Chromium: a fix gives exactly the expected draft through
 * the editor's own input path, leaves the signature and the quoted message byte-identical, and one
 * Ctrl+Z brings the editor's DOM back byte for byte. And the extension itself never changes the
 * editor: typing the same draft with and without it gives the same DOM.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyFix, cardFindings, clickBadge, launchBrowser, typeInto, useBrowser, waitForPitchlint } from './harness';
import { CLEAN_SUBJECT, PUSHY_EMAIL } from './drafts';
import { OUTLOOK_BODY, afterDraftHtml } from './outlook-page';

const browser = useBrowser();

const bodyHtml = (page: Page): Promise<string> => page.locator(OUTLOOK_BODY).first().innerHTML();

/** Opens the card and applies the first literal fix of the first editor; returns the text it must give. */
async function applyFirstLiteralFix(page: Page): Promise<{ before: string; expected: string }> {
  const [editor] = (await browser().pageState(page)).editors;
  const finding = editor?.report.findings.find((f) => f.suggestions.some((s) => s.replacement !== undefined));
  if (editor === undefined || finding === undefined) throw new Error(`no literal fix: ${JSON.stringify(editor?.report.findings)}`);
  const index = finding.suggestions.findIndex((s) => s.replacement !== undefined);
  await clickBadge(page);
  await expect.poll(async () => (await cardFindings(page)).length).toBeGreaterThan(0);
  await applyFix(page, finding.ruleId, index, finding.start);
  const replacement = finding.suggestions[index]!.replacement!;
  return { before: editor.text, expected: editor.text.slice(0, finding.start) + replacement + editor.text.slice(finding.end) };
}

async function draftText(page: Page): Promise<string> {
  return (await browser().pageState(page)).editors[0]?.text ?? '';
}

describe('Outlook fixes', () => {
  for (const name of ['outlook-compose', 'outlook-reply']) {
    it(`${name}: the fix gives exactly the expected text, signature and quote untouched; one Ctrl+Z restores the editor's DOM`, async () => {
      const page = await browser().openFixture(name);
      await waitForPitchlint(page);
      if (name === 'outlook-compose') await page.locator('input[aria-label="Add a subject"]').fill(CLEAN_SUBJECT);
      const untouched = await afterDraftHtml(page);
      await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
      await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
      const typed = await bodyHtml(page);
      const { before, expected } = await applyFirstLiteralFix(page);
      await expect.poll(() => draftText(page)).toBe(expected);
      expect(await afterDraftHtml(page)).toBe(untouched);
      await page.keyboard.press('Control+z');
      await expect.poll(() => draftText(page)).toBe(before);
      expect(await bodyHtml(page)).toBe(typed);
      await page.close();
    });
  }

  it('typing a draft gives the same editor DOM with the extension as without it', async () => {
    const withExtension = await browser().openFixture('outlook-reply');
    await waitForPitchlint(withExtension);
    await typeInto(withExtension, OUTLOOK_BODY, PUSHY_EMAIL);
    await browser().waitForState(withExtension, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    const linted = await bodyHtml(withExtension);
    await withExtension.close();

    const plain = await launchBrowser({ extension: false });
    try {
      const page = await plain.openFixture('outlook-reply');
      await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
      expect(await bodyHtml(page)).toBe(linted);
    } finally {
      await plain.close();
    }
  });
});
