/**
 * Settings corrupted in storage (another version, a sync conflict, a hand edit): wrong types,
 * unknown keys, a string or an array where the object belongs, values as large as sync storage
 * lets an item be. Every reader falls back to the defaults: a page opened then still lints as
 * with fresh settings, and the popup and options page show the defaults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, typeInto, waitForBadge, waitForPitchlint } from './harness';
import type { Harness } from './harness';
import { RULES } from '../../src/analyzer/registry';
import { RULE_SETS } from '../../src/analyzer/rule-sets';

const BODY = '[g_editable="true"]';
/** Findings from several rule sets (pressure, shouting, a heavy ask): any set switched off would show. */
const DRAFT = 'We help SaaS teams cut churn by a third. Sign the contract today, the offer expires Friday!! Reply ASAP.';

/** chrome.storage.sync's limit for one item is 8,192 bytes: "huge" stays under it, or the write itself fails. */
const HUGE_STRING = 'x'.repeat(7_000);
function deeplyNested(depth: number): unknown {
  let value: unknown = { level: 'off' };
  for (let i = 0; i < depth; i++) value = { cta: value };
  return value;
}
const MANY_UNKNOWN_RULES = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`x/${i}`, { level: 'off' }]));

const CORRUPT: [string, unknown][] = [
  ['a string instead of an object', '{"ruleSets":{"cta":false}}'],
  ['an array', [{ ruleSets: { cta: false } }]],
  ['a number', 42],
  ['null', null],
  ['wrong types in every field', { ruleSets: 'no', rules: [1, 2], language: 7, sites: 'gmail' }],
  ['wrong types one level down', { ruleSets: { cta: 'false', tone: 0, clarity: null }, rules: { 'cta/pushy': { level: 'loud' }, 'tone/timid': 'off' }, language: 'klingon', sites: { gmail: 'no', linkedin: 0 } }],
  ['unknown keys everywhere', { ruleSets: { spam: false }, rules: MANY_UNKNOWN_RULES, theme: 'dark', ['__proto__']: { sites: { gmail: false } } }],
  ['huge values', { ruleSets: { cta: Number.MAX_VALUE }, rules: deeplyNested(150), language: HUGE_STRING, sites: { gmail: Number.MIN_VALUE, linkedin: -1e308 } }],
];

interface SyncGlobal {
  chrome: { storage: { sync: { clear(): Promise<void>; set(items: object): Promise<void> } } };
}

let h: Harness;
beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

async function storeSettings(value: unknown): Promise<void> {
  // Passed as JSON text: the deeply nested value is past what the test driver serialises itself.
  await h.serviceWorker!.evaluate(async (json) => {
    const sync = (globalThis as unknown as SyncGlobal).chrome.storage.sync;
    await sync.clear();
    if (json !== undefined) await sync.set({ settings: JSON.parse(json) as unknown });
  }, value === undefined ? undefined : JSON.stringify(value));
}

/** Opens Gmail, types DRAFT and returns what the content script made of it. */
async function lint(): Promise<{ page: Page; ruleIds: string[]; score: number }> {
  const page = await h.openFixture('gmail-compose');
  await waitForPitchlint(page);
  await typeInto(page, BODY, DRAFT);
  const state = await h.waitForState(page, (s) => s.editors[0]?.text.includes('Reply ASAP.') === true);
  const report = state.editors[0]!.report;
  await waitForBadge(page, (b) => b.score === report.score && b.findings === report.findings.length);
  return { page, ruleIds: report.findings.map((f) => f.ruleId).sort(), score: report.score };
}

/** The options page and the popup, as the defaults show them. */
async function expectDefaultsShown(page: Page): Promise<void> {
  for (const set of Object.keys(RULE_SETS)) {
    await expect.poll(() => page.locator(`input[data-rule-set=${set}]`).isChecked(), { message: set }).toBe(true);
  }
}

describe('corrupt stored settings fall back to the defaults', () => {
  let baseline: { ruleIds: string[]; score: number };
  beforeAll(async () => {
    await storeSettings(undefined);
    const fresh = await lint();
    baseline = { ruleIds: fresh.ruleIds, score: fresh.score };
    await fresh.page.close();
    // Several sets fire on this draft: a set wrongly off would change the findings.
    expect(new Set(baseline.ruleIds.map((id) => id.split('/')[0])).size).toBeGreaterThan(1);
  });

  it.each(CORRUPT)('%s: the content script lints as with the defaults; popup and options show them', async (_name, value) => {
    await storeSettings(value);
    const { page, ruleIds, score } = await lint();
    expect({ ruleIds, score }).toEqual(baseline);

    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.locator('[data-score]').first().waitFor();
    await expectDefaultsShown(popup);
    expect(Number(await popup.locator('[data-score]').first().getAttribute('data-score'))).toBe(score);
    await popup.close();

    const options = await h.openExtensionPage('src/options/index.html');
    await expectDefaultsShown(options);
    expect(await options.locator('input[data-language=auto]').isChecked()).toBe(true);
    for (const site of ['gmail', 'linkedin']) expect(await options.locator(`input[data-site=${site}]`).isChecked()).toBe(true);
    // Every rule at its default level, whatever the stored overrides said.
    const levels = await options.locator('select[data-rule-level]').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    expect(levels).toHaveLength(Object.keys(RULES).length);
    expect(new Set(levels)).toEqual(new Set(['default']));
    await options.close();
    await page.close();
  });
});
