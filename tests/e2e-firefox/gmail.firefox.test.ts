/**
 * Gmail in real Firefox (Debian's firefox-esr) with the Firefox build installed as a temporary
 * add-on: typing a pushy draft underlines the pressure and lowers the score, and the page never
 * fetches anything but the fixture; the same holds installed from a zip laid out as the store
 * package. The Chromium suite (tests/e2e/) covers the details; this proves the Firefox package
 * works at all: its manifest, event page and content script.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipDirectory } from '../../scripts/package';
import { CLEAN_SUBJECT, PUSHY_PHRASES } from '../e2e/drafts';
import { typePushyAtTop } from './type-pushy';
import { launchFirefox } from './firefox-harness';
import type { FirefoxHarness } from './firefox-harness';

const BODY = '[g_editable="true"]';
const SUBJECT = 'input[name="subjectbox"]';
const BADGE = 'pitchlint-root >>> [data-pitchlint-badge]';

interface Drawn {
  badge: { score: number; findings: number } | null;
  /** Texts under the warning highlight (the Custom Highlight API; empty when boxes are drawn instead). */
  warningHighlights: string[];
  /** Rule ids of the boxes drawn in the shadow root (the fallback when the Highlight API is missing). */
  boxRuleIds: string[];
  highlightApi: boolean;
}

/** What Pitchlint has drawn: read in the page, from CSS.highlights and <pitchlint-root>'s open shadow root. */
async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const root = document.querySelector('pitchlint-root')?.shadowRoot ?? null;
    const badgeEl = root?.querySelector<HTMLElement>('[data-pitchlint-badge]') ?? null;
    const warning = typeof CSS.highlights === 'undefined' ? undefined : CSS.highlights.get('pitchlint-warning');
    return {
      badge: badgeEl === null ? null : { score: Number(badgeEl.dataset.score), findings: Number(badgeEl.dataset.findings) },
      warningHighlights: warning === undefined ? [] : [...warning].map((r) => r.toString().replace(/\u00a0/g, ' ')),
      boxRuleIds: [...(root?.querySelectorAll<HTMLElement>('[data-pitchlint-box]') ?? [])].map((el) => el.dataset.ruleId ?? ''),
      highlightApi: typeof CSS.highlights !== 'undefined',
    };
  });
}

/** The excerpts of the findings listed in the open card for one rule (curly quotes removed). */
async function cardExcerpts(page: Page, ruleId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const card = document.querySelector('pitchlint-root')?.shadowRoot?.querySelector<HTMLElement>('[data-pitchlint-card]');
    if (!card || card.hidden) return [];
    return [...card.querySelectorAll<HTMLElement>('[data-rule-id]')]
      .filter((entry) => entry.dataset.ruleId === id)
      .map((entry) => (entry.querySelector('.excerpt')?.textContent ?? '').replace(/^“|”$/g, '').replace(/\u00a0/g, ' '));
  }, ruleId);
}

/** Opens the Gmail compose fixture, types the pushy draft and waits until its pressure is marked. */
async function typePushyDraft(): Promise<{ page: Page; seen: Drawn }> {
  const page = await ff.openFixture('gmail-compose');
  await page.waitForFunction(() => document.querySelector('pitchlint-root')?.shadowRoot != null, { timeout: 15_000 });
  await page.type(SUBJECT, CLEAN_SUBJECT);
  // Gmail puts the caret at the top of the body, above the signature: type there.
  await typePushyAtTop(page, BODY, async () => {
    const text = await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.innerText ?? null, BODY);
    return `drawn: ${JSON.stringify(await drawn(page))}; editor text: ${JSON.stringify(text)}`;
  });
  return { page, seen: await drawn(page) };
}

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

describe('Gmail compose in Firefox', () => {
  it('installs the add-on under its gecko id', () => {
    expect(ff.addonId).toBe('pitchlint@pitchlint.app');
  });

  it('underlines the pushy words, lowers the score, and fetches nothing but the fixture', async () => {
    const { page, seen } = await typePushyDraft();
    expect(seen.badge?.score).toBeLessThan(100);

    // Firefox 142+ has the Custom Highlight API; a build that fell back to boxes must still mark cta/pushy.
    if (seen.highlightApi) {
      const onPhrase = (text: string): boolean => PUSHY_PHRASES.some((p) => text.includes(p) || p.includes(text));
      expect(seen.warningHighlights.filter(onPhrase).length, JSON.stringify(seen)).toBeGreaterThan(0);
      // The card lists the cta/pushy findings; each one's words are among the warning underlines.
      await page.click(BADGE);
      await page.waitForFunction(
        () => document.querySelector('pitchlint-root')?.shadowRoot?.querySelector('[data-pitchlint-card] [data-rule-id]') != null,
        { timeout: 5_000 },
      );
      const pushyExcerpts = await cardExcerpts(page, 'cta/pushy');
      expect(pushyExcerpts.length).toBeGreaterThan(0);
      for (const excerpt of pushyExcerpts) expect(seen.warningHighlights).toContain(excerpt);
    } else {
      expect(seen.boxRuleIds).toContain('cta/pushy');
    }

    expect(ff.requests.map((r) => r.url)).toContain(ff.fixtureUrl('gmail-compose'));
    expect(ff.unexpectedRequests()).toEqual([]);
    await page.close();
  });

  it('works installed from a zip laid out as the store package', async () => {
    // The zip `npm run package` writes for addons.mozilla.org, made by the same function; Firefox
    // replaces the temporary add-on of the same id with it.
    const dir = mkdtempSync(join(tmpdir(), 'pitchlint-firefox-zip-'));
    try {
      const zip = join(dir, 'pitchlint-firefox.zip');
      writeFileSync(zip, zipDirectory(ff.addonDir));
      expect(await ff.browser.installExtension(zip)).toBe('pitchlint@pitchlint.app');
      const { page, seen } = await typePushyDraft();
      expect(seen.badge?.score).toBeLessThan(100);
      expect(ff.unexpectedRequests()).toEqual([]);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
