/**
 * Team defaults in the options page and the popup: settings the organisation locked show as
 * disabled controls with a "Set by your organisation" note, and are in force in open tabs.
 *
 * Chromium reads managed storage from machine-wide policy files, which a test must not write;
 * so each page here gets a stand-in for chrome.storage.managed.get before its scripts run. The
 * reading and merging of a real policy are unit-tested in tests/settings/managed.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO_ROOT, typeInto, useBrowser, waitForPitchlint } from './harness';

const EN = JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const LOCKED_NOTE = EN.lockedNote!.message;
const GMAIL_BODY = 'div[g_editable="true"]';

/** The cta set must run, pushiness is an error, drafts are Dutch; LinkedIn off only as a starting point. */
const POLICY = {
  ruleSets: { cta: true },
  rules: { 'cta/pushy': 'error' },
  language: 'nl',
  sites: { linkedin: false },
  locked: ['ruleSets.cta', 'rules.cta/pushy', 'language'],
};

const browser = useBrowser();

beforeEach(async () => {
  await browser().serviceWorker!.evaluate(async () => {
    await (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear();
  });
  for (const page of browser().context.pages()) await page.close();
});

/** Opens an extension page whose storage.managed answers with `policy`. */
async function openWithPolicy(path: string, policy: object): Promise<Page> {
  const page = await browser().context.newPage();
  await page.addInitScript((value) => {
    const managed = (globalThis as unknown as { chrome: { storage: { managed: { get: unknown } } } }).chrome.storage.managed;
    managed.get = () => Promise.resolve(JSON.parse(value) as object);
  }, JSON.stringify(policy));
  await page.goto(`chrome-extension://${browser().extensionId}/${path}`, { waitUntil: 'load' });
  return page;
}

describe('team defaults', () => {
  it('the options page disables what the organisation locked, says so, and leaves the rest free', async () => {
    const page = await openWithPolicy('src/options/index.html', POLICY);
    await page.locator('select[data-rule-level="cta/pushy"]').waitFor();
    await expect.poll(() => page.locator('#managed').isVisible()).toBe(true);

    const cta = page.locator('input[data-rule-set=cta]');
    expect(await cta.isDisabled()).toBe(true);
    expect(await cta.isChecked()).toBe(true);
    expect(await page.locator('[data-locked="ruleSets.cta"]').innerText()).toBe(LOCKED_NOTE);
    // The note is the control's description, so a screen reader says why it cannot be changed.
    expect(await cta.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(LOCKED_NOTE);

    const pushy = page.locator('select[data-rule-level="cta/pushy"]');
    expect(await pushy.isDisabled()).toBe(true);
    expect(await pushy.inputValue()).toBe('error');
    for (const radio of await page.locator('input[data-language]').all()) expect(await radio.isDisabled()).toBe(true);
    expect(await page.locator('input[data-language=nl]').isChecked()).toBe(true);

    // Unlocked: free to change, and the team's starting value shows (LinkedIn off).
    const tone = page.locator('input[data-rule-set=tone]');
    expect(await tone.isDisabled()).toBe(false);
    expect(await page.locator('[data-locked="ruleSets.tone"]').isVisible()).toBe(false);
    expect(await page.locator('select[data-rule-level="cta/missing"]').isDisabled()).toBe(false);
    const linkedin = page.locator('input[data-site=linkedin]');
    expect(await linkedin.isDisabled()).toBe(false);
    expect(await linkedin.isChecked()).toBe(false);
    await tone.uncheck();
    await expect.poll(() => tone.isChecked()).toBe(false);
    expect(await cta.isChecked()).toBe(true);
  });

  it('without a policy nothing is locked and no note shows', async () => {
    const page = await openWithPolicy('src/options/index.html', {});
    await page.locator('select[data-rule-level="cta/pushy"]').waitFor();
    expect(await page.locator('#managed').isVisible()).toBe(false);
    expect(await page.locator('.locked:visible').count()).toBe(0);
    expect(await page.locator('input:disabled, select:disabled').count()).toBe(0);
  });

  it("the popup's rule-set switch is disabled with the note when its set is locked", async () => {
    const gmail = await browser().openFixture('gmail-compose');
    await waitForPitchlint(gmail);
    await typeInto(gmail, GMAIL_BODY, 'We help SaaS teams cut churn by a third. Reply ASAP.');
    const tabId = await browser().tabIdOf(gmail);
    const popup = await openWithPolicy(`src/popup/index.html?tabId=${tabId}`, POLICY);
    const cta = popup.locator('input[data-rule-set=cta]');
    await cta.waitFor();
    expect(await cta.isDisabled()).toBe(true);
    expect(await popup.locator('[data-locked=cta]').innerText()).toBe(LOCKED_NOTE);
    expect(await popup.locator('input[data-rule-set=tone]').isDisabled()).toBe(false);
    expect(await popup.locator('[data-locked=tone]').isVisible()).toBe(false);
  });
});
