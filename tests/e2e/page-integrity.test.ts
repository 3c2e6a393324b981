/**
 * What the extension must never do to a page: change the editor's DOM (nodes or attributes),
 * or make a network request. The same text is typed into the same fixture with and without the
 * extension, and the page's DOM compared.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, typeInto, waitForBadge, waitForPitchlint } from './harness';
import { PUSHY_EMAIL, PUSHY_POST } from './drafts';

interface Snapshot {
  body: string;
  head: string;
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => ({ body: document.body.outerHTML, head: document.head.outerHTML }));
}

/** Types `text` into `selector` of fixture `name` and returns the page's DOM afterwards. */
async function typedDom(withExtension: boolean, name: string, selector: string, text: string): Promise<Snapshot> {
  const h = await launchBrowser({ extension: withExtension });
  try {
    const page = await h.openFixture(name);
    if (withExtension) await waitForPitchlint(page);
    await typeInto(page, selector, text);
    if (withExtension) {
      await waitForBadge(page, (b) => b.findings > 0);
      // Let underlines paint, the card open and close: all of it must stay out of the page's DOM.
      await page.locator('pitchlint-root [data-pitchlint-badge]').first().click();
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(400);
    expect(h.unexpectedRequests()).toEqual([]);
    return await snapshot(page);
  } finally {
    await h.close();
  }
}

describe('the page stays the page’s', () => {
  it('Gmail: the editor and the rest of the body are identical with and without Pitchlint', async () => {
    const without = await typedDom(false, 'gmail-compose', '[g_editable="true"]', PUSHY_EMAIL);
    const withIt = await typedDom(true, 'gmail-compose', '[g_editable="true"]', PUSHY_EMAIL);
    expect(withIt.body).toBe(without.body);
    expect(withIt.head).toBe(without.head);
  });

  it('LinkedIn post (Quill): identical with and without Pitchlint', async () => {
    const without = await typedDom(false, 'linkedin-post', '.ql-editor', PUSHY_POST);
    const withIt = await typedDom(true, 'linkedin-post', '.ql-editor', PUSHY_POST);
    expect(withIt.body).toBe(without.body);
  });

  it('records every request: only the fixture pages and the extension’s own files', async () => {
    const h = await launchBrowser();
    try {
      const page = await h.openFixture('gmail-compose');
      await waitForPitchlint(page);
      await typeInto(page, '[g_editable="true"]', PUSHY_EMAIL);
      await waitForBadge(page, (b) => b.findings > 0);
      const popup = await h.openExtensionPage('src/popup/index.html');
      await popup.waitForTimeout(500);
      expect(h.requests.length).toBeGreaterThan(0);
      expect(h.unexpectedRequests()).toEqual([]);
      // The extension's own requests are its packaged files, nothing else.
      const extensionRequests = h.requests.filter((r) => r.url.startsWith('chrome-extension://'));
      expect(extensionRequests.every((r) => r.url.startsWith(`chrome-extension://${h.extensionId}/`))).toBe(true);
    } finally {
      await h.close();
    }
  });
});
