/**
 * The first-run page in real Chromium with the built extension: installing opens it, and the
 * sample draft on it is checked live by the real analyzer as the user types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/analyzer/index';
import { launchBrowser, REPO_ROOT } from './harness';
import type { Harness } from './harness';

const WELCOME = 'src/welcome/index.html';
const EN = JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Calm, one small ask at the end: the analyzer finds nothing in it (checked below, not assumed). */
const CALM_DRAFT =
  'Hi Sarah,\n\nWe help SaaS teams cut churn by a third with a weekly check of their onboarding emails. ' +
  'Last quarter it saved Acme two hours a week. What do you think of this idea yourself?\n\nBest,\nTom';
/** Pressure the reader cannot miss: a deadline on their decision and shouting. */
const PUSHY_DRAFT = 'We help SaaS teams cut churn by a third. Reply ASAP, the offer expires Friday!!';

let harness: Harness;

beforeAll(async () => {
  harness = await launchBrowser({ keepFirstRunPage: true });
});

afterAll(async () => {
  await harness?.close();
});

async function openWelcome(): Promise<Page> {
  const page = await harness.openExtensionPage(WELCOME);
  await page.locator('[data-score]').waitFor();
  return page;
}

async function shownRuleIds(page: Page): Promise<string[]> {
  return page.locator('#findings [data-rule-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id') ?? ''));
}

async function replaceDraft(page: Page, text: string): Promise<void> {
  const box = page.locator('#sample');
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

describe('first-run page', () => {
  it('opens by itself when the extension is installed', async () => {
    const url = `chrome-extension://${harness.extensionId}/${WELCOME}`;
    const opened = harness.context.pages().find((p) => p.url() === url) ?? (await harness.context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }));
    await opened.locator('h1').waitFor();
    expect(await opened.locator('h1').innerText()).toBe(EN.welcomeHeading!.message);
  });

  it('explains the idea and checks its pushy sample draft with the real analyzer', async () => {
    const page = await openWelcome();
    const text = await page.locator('main').innerText();
    for (const key of ['welcomeIdeaSilent', 'welcomeIdeaPushy', 'welcomeIdeaTiming', 'welcomeIdeaStep']) {
      expect(text).toContain(EN[key]!.message);
    }
    const sample = await page.locator('#sample').inputValue();
    const expected = analyze(sample, { kind: 'email', thread: 'first' });
    expect(expected.findings.some((f) => f.ruleId === 'cta/pushy'), 'the sample is pushy').toBe(true);
    expect(Number(await page.locator('[data-score]').getAttribute('data-score'))).toBe(expected.score);
    expect(await shownRuleIds(page)).toEqual(expected.findings.map((f) => f.ruleId));
  });

  it('follows typing: a calm draft has no findings, a pushy one gets cta/pushy and a lower score', async () => {
    expect(analyze(CALM_DRAFT).findings, 'the calm draft is clean').toEqual([]);
    const page = await openWelcome();

    await replaceDraft(page, CALM_DRAFT);
    await expect.poll(() => page.locator('[data-score]').getAttribute('data-score')).toBe('100');
    expect(await shownRuleIds(page)).toEqual([]);
    expect(await page.locator('#findings').innerText()).toBe(EN.welcomeNoFindings!.message);

    await replaceDraft(page, PUSHY_DRAFT);
    await expect.poll(() => shownRuleIds(page)).toContain('cta/pushy');
    // cta/pushy may first show for a half-typed draft: wait for the whole draft's score.
    await expect.poll(async () => Number(await page.locator('[data-score]').getAttribute('data-score'))).toBe(analyze(PUSHY_DRAFT).score);
    const score = Number(await page.locator('[data-score]').getAttribute('data-score'));
    expect(score).toBe(analyze(PUSHY_DRAFT).score);
    expect(score).toBeLessThan(100);
    const pushy = page.locator('#findings [data-rule-id="cta/pushy"]').first();
    expect(await pushy.innerText()).toMatch(/ASAP|Friday|!!/);
    expect(harness.unexpectedRequests()).toEqual([]);
  });

  it('applies a suggested fix to the sample, and the finding it fixed goes away', async () => {
    const page = await openWelcome();
    await replaceDraft(page, PUSHY_DRAFT);
    await expect.poll(() => shownRuleIds(page)).toContain('cta/pushy');
    const before = await page.locator('#sample').inputValue();
    const findings = analyze(before).findings;
    // "ASAP" has a literal fix ("when it suits you"): apply that one.
    const index = findings.findIndex((f) => f.ruleId === 'cta/pushy' && f.excerpt === 'ASAP');
    expect(index, 'the ASAP finding').toBeGreaterThanOrEqual(0);
    const finding = findings[index]!;
    const suggestion = finding.suggestions.find((s) => s.replacement !== undefined)!;
    // The list may still be a half-typed draft's (other entries, other order): wait for the whole draft's.
    await expect.poll(() => shownRuleIds(page)).toEqual(findings.map((f) => f.ruleId));

    await page.locator('#findings > li').nth(index).getByRole('button', { name: suggestion.text }).click();
    const after = before.slice(0, finding.start) + suggestion.replacement + before.slice(finding.end);
    await expect.poll(() => page.locator('#sample').inputValue()).toBe(after);
    await expect
      .poll(async () => Number(await page.locator('[data-score]').getAttribute('data-score')))
      .toBe(analyze(after).score);
    expect(await page.locator('#findings').innerText()).not.toContain('ASAP');
    expect(await page.locator('#sample').inputValue()).toContain('when it suits you');
  });
});
