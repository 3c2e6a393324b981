/**
 * Typing the pushy draft at the top of a body (above the signature, where Gmail and Outlook put the
 * caret) and waiting until its pressure is marked: an underline in the pitchlint-warning highlight,
 * or a fallback box where the Highlight API is missing. Linting runs after each pause in typing, so
 * a slow machine shows findings for half-typed text first; the wait is for the whole draft's pressure.
 */
import type { Page } from 'puppeteer-core';
import { PUSHY_EMAIL, PUSHY_PHRASES } from '../e2e/drafts';

/** `describe` says what the page showed when the wait fails, so a failure elsewhere can be read from its log. */
export async function typePushyAtTop(page: Page, body: string, describe: () => Promise<string>): Promise<void> {
  await page.click(body);
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  await page.keyboard.type(PUSHY_EMAIL);
  try {
    await page.waitForFunction(
      (phrases: string[]) => {
        const root = document.querySelector('pitchlint-root')?.shadowRoot;
        if (root?.querySelector('[data-pitchlint-box][data-rule-id="cta/pushy"]')) return true;
        const warning = typeof CSS.highlights === 'undefined' ? undefined : CSS.highlights.get('pitchlint-warning');
        const texts = warning === undefined ? [] : [...warning].map((r) => r.toString().replace(/\u00a0/g, ' '));
        return texts.some((text) => phrases.some((p) => text.includes(p)));
      },
      { timeout: 15_000, polling: 100 },
      PUSHY_PHRASES,
    );
  } catch (error) {
    throw new Error(`${String(error)}; ${await describe()}`);
  }
}
