/**
 * The content script follows the settings live (no reload) and survives the extension being
 * reloaded under an open page: it goes quiet and throws nothing into the page.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../src/settings/schema';
import type { Settings } from '../../src/analyzer/types';
import { cardFindings, clickBadge, highlightedTexts, launchBrowser, typeInto, waitForPitchlint } from './harness';
import type { Harness } from './harness';
import { PUSHY_EMAIL } from './drafts';

interface StorageGlobal {
  chrome: {
    storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
    runtime: { reload(): void };
  };
}

let h: Harness;
beforeEach(async () => {
  h = await launchBrowser();
});
afterEach(async () => {
  if (h === undefined) return;
  expect(h.unexpectedRequests()).toEqual([]);
  await h.close();
});

async function writeSettings(settings: Settings): Promise<void> {
  await h.serviceWorker!.evaluate(async (value) => {
    await (globalThis as unknown as StorageGlobal).chrome.storage.sync.set({ settings: value });
  }, settings);
}

async function readSettings(): Promise<unknown> {
  return h.serviceWorker!.evaluate(async () => (await (globalThis as unknown as StorageGlobal).chrome.storage.sync.get('settings')).settings);
}

async function pushyPage(): Promise<Page> {
  const page = await h.openFixture('gmail-compose');
  await waitForPitchlint(page);
  await typeInto(page, '[g_editable="true"]', PUSHY_EMAIL);
  // The whole draft's report, not a half-typed one's (typing can pause long enough for a lint).
  await h.waitForState(
    page,
    (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true && s.editors[0].report.findings.some((f) => f.ruleId === 'cta/pushy'),
  );
  return page;
}

describe('settings apply in open tabs without a reload', () => {
  it('switching the cta set off removes its underlines; on brings them back', async () => {
    const page = await pushyPage();
    // Underlines are painted in the frame after the state.
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(0);
    const off = defaultSettings();
    off.ruleSets.cta = false;
    await writeSettings(off);
    await h.waitForState(page, (s) => s.editors[0]?.report.findings.every((f) => f.ruleSet !== 'cta') === true);
    await expect.poll(async () => (await highlightedTexts(page)).some((t) => t.includes('reply today'))).toBe(false);
    await writeSettings(defaultSettings());
    await expect.poll(async () => (await highlightedTexts(page)).some((t) => t.includes('reply today'))).toBe(true);
  });

  it('"turn this rule off" in the card writes the setting, and the rule’s findings go', async () => {
    const page = await pushyPage();
    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).some((f) => f.ruleId === 'cta/pushy')).toBe(true);
    await page.locator('pitchlint-root [data-pitchlint-card] [data-rule-id="cta/pushy"] [data-rule-off]').first().click();
    await expect.poll(readSettings).toMatchObject({ rules: { 'cta/pushy': { level: 'off' } } });
    await h.waitForState(page, (s) => s.editors[0]?.report.findings.every((f) => f.ruleId !== 'cta/pushy') === true);
  });

  it('"ignore this" drops that one finding from the draft and the score', async () => {
    const page = await pushyPage();
    const before = (await h.pageState(page)).editors[0]!.report;
    const target = before.findings.find((f) => f.ruleId === 'cta/pushy')!;
    await clickBadge(page);
    await page
      .locator(`pitchlint-root [data-pitchlint-card] [data-rule-id="cta/pushy"][data-start="${target.start}"] [data-ignore]`)
      .click();
    const after = await h.waitForState(page, (s) => s.editors[0]!.report.findings.length === before.findings.length - 1);
    expect(after.editors[0]!.report.findings.some((f) => f.excerpt === target.excerpt && f.ruleId === target.ruleId)).toBe(false);
    expect(after.editors[0]!.report.score).toBeGreaterThan(before.score);
  });

  it('switching the site off removes everything Pitchlint drew; on brings it back', async () => {
    const page = await pushyPage();
    const off = defaultSettings();
    off.sites.gmail = false;
    await writeSettings(off);
    await expect.poll(() => page.evaluate(() => document.querySelector('pitchlint-root') === null)).toBe(true);
    expect(await highlightedTexts(page)).toEqual([]);
    expect((await h.pageState(page)).enabled).toBe(false);
    await writeSettings(defaultSettings());
    await expect.poll(async () => (await highlightedTexts(page)).some((t) => t.includes('reply today'))).toBe(true);
  });
});

describe('extension reloaded under an open page', () => {
  it('the old content script goes quiet: draws nothing more, throws nothing', async () => {
    const page = await pushyPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await h.serviceWorker!.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1_000);
    // Typing on: the orphaned script notices, removes its drawings and stops.
    await page.keyboard.type(' Reply today, last chance!!');
    await expect.poll(() => page.evaluate(() => document.querySelector('pitchlint-root') === null)).toBe(true);
    expect(await highlightedTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
