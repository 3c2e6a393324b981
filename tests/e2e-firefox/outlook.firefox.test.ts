/**
 * Outlook on the web in real Firefox (Debian's firefox-esr) with the Firefox build installed as a
 * temporary add-on: an inline reply under an open message, served at outlook.office.com. Typing a
 * pushy draft above the signature marks the pressure in the typed words only (not in the
 * signature or the quoted message, which stay byte-identical), lowers the score, and the page
 * fetches nothing but the fixture. The Chromium suite (tests/e2e/outlook*.test.ts) covers the
 * other surfaces; this proves the Firefox package's manifest matches Outlook and its adapter runs.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typePushyAtTop } from './type-pushy';
import { OUTLOOK_BODY } from '../e2e/outlook-page';
import { launchFirefox } from './firefox-harness';
import type { FirefoxHarness } from './firefox-harness';

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

interface Seen {
  score: number | null;
  /** Texts under any Pitchlint highlight, or the rule ids of fallback boxes. */
  marked: string[];
  /** Marks whose range is outside the typed part of the body (in the signature, the quote or elsewhere). */
  outside: string[];
  afterDraft: string;
}

async function seen(page: Page): Promise<Seen> {
  return page.evaluate((selector) => {
    const body = document.querySelector(selector)!;
    const end = body.querySelector('#Signature')!;
    let afterDraft = '';
    for (let node: Element | null = end; node !== null; node = node.nextElementSibling) afterDraft += node.outerHTML;
    const root = document.querySelector('pitchlint-root')?.shadowRoot ?? null;
    const badge = root?.querySelector<HTMLElement>('[data-pitchlint-badge]') ?? null;
    const marked: string[] = [];
    const outside: string[] = [];
    if (typeof CSS.highlights === 'undefined') {
      for (const box of root?.querySelectorAll<HTMLElement>('[data-pitchlint-box]') ?? []) marked.push(box.dataset.ruleId ?? '');
    } else {
      for (const name of ['pitchlint-error', 'pitchlint-warning', 'pitchlint-info']) {
        for (const range of CSS.highlights.get(name) ?? []) {
          const r = range as Range;
          marked.push(r.toString().replace(/\u00a0/g, ' '));
          const inBody = body.contains(r.startContainer) && body.contains(r.endContainer);
          if (!inBody || (end.compareDocumentPosition(r.endContainer) & Node.DOCUMENT_POSITION_PRECEDING) === 0) outside.push(r.toString());
        }
      }
    }
    return { score: badge === null ? null : Number(badge.dataset.score), marked, outside, afterDraft };
  }, OUTLOOK_BODY);
}

describe('Outlook inline reply in Firefox', () => {
  it('marks the pressure in the typed words only, lowers the score, leaves signature and quote untouched, fetches nothing', async () => {
    const page = await ff.openFixture('outlook-reply');
    expect(new URL(page.url()).host).toBe('outlook.office.com');
    await page.waitForFunction(() => document.querySelector('pitchlint-root')?.shadowRoot != null, { timeout: 15_000 });
    const before = await seen(page);
    await typePushyAtTop(page, OUTLOOK_BODY, async () => `seen: ${JSON.stringify(await seen(page))}`);
    const after = await seen(page);
    expect(after.score).not.toBeNull();
    expect(after.score!).toBeLessThan(100);
    expect(after.outside).toEqual([]);
    expect(after.afterDraft).toBe(before.afterDraft);
    expect(ff.requests.map((r) => r.url)).toContain(ff.fixtureUrl('outlook-reply'));
    expect(ff.unexpectedRequests()).toEqual([]);
    await page.close();
  });
});
