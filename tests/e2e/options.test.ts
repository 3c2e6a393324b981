/**
 * The options page in real Chromium with the built extension: it shows every rule with its
 * description and rationale, writes valid settings to storage.sync, and what it changes
 * applies in an open Gmail tab without a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RULES } from '../../src/analyzer/registry';
import { RULE_SETS } from '../../src/analyzer/rule-sets';
import { SEVERITY_PENALTY } from '../../src/analyzer/score';
import { RULE_IDS, RULE_SET_IDS } from '../../src/analyzer/types';
import type { Severity } from '../../src/analyzer/types';
import { defaultSettings } from '../../src/settings/schema';
import { typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
import type { BadgeInfo } from './harness';

const OPTIONS = 'src/options/index.html';
const GMAIL_BODY = 'div[g_editable="true"]';
/** A draft with a few findings, far enough from 0 that raising one rule's level shows in the score. */
const DRAFT = 'We help SaaS teams cut churn by a third. Reply ASAP if you want the numbers.';

const browser = useBrowser();

beforeEach(async () => {
  await writeStored(undefined);
  for (const page of browser().context.pages()) await page.close();
});

interface SyncArea {
  clear(): Promise<void>;
  set(items: object): Promise<void>;
  get(key: string): Promise<Record<string, unknown>>;
}

async function writeStored(value: unknown): Promise<void> {
  await browser().serviceWorker!.evaluate(async (stored) => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync;
    if (stored === undefined) await sync.clear();
    else await sync.set({ settings: stored });
  }, value);
}

async function readStored(): Promise<unknown> {
  return browser().serviceWorker!.evaluate(async () => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync;
    return (await sync.get('settings')).settings;
  });
}

async function openOptions(): Promise<Page> {
  const page = await browser().openExtensionPage(OPTIONS);
  await page.locator(`select[data-rule-level="${RULE_IDS[0]}"]`).waitFor();
  return page;
}

/** The badge of the draft once the content script has linted all of `text` (it lints after typing pauses). */
async function lintedBadge(page: Page, text: string): Promise<BadgeInfo> {
  // Editors may hold non-breaking spaces where spaces were typed.
  const tail = text.slice(-20);
  const hasTail = (draft: string) => draft.replace(/\u00a0/g, ' ').includes(tail);
  const state = await browser().waitForState(page, (s) => s.editors.some((e) => hasTail(e.text)));
  const editor = state.editors.find((e) => hasTail(e.text))!;
  return waitForBadge(page, (b) => b.editorId === editor.id && b.score === editor.report.score && b.findings === editor.report.findings.length);
}

/** The findings the popup shows for `page`'s draft, as [ruleId, severity]. */
async function popupFindings(popup: Page): Promise<[string, string][]> {
  return popup
    .locator('#draft [data-rule-id]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-rule-id') ?? '', el.getAttribute('data-severity') ?? ''] as [string, string]));
}

describe('options page', () => {
  it('lists every rule set and every rule, with the rule’s own description and rationale', async () => {
    const page = await openOptions();
    for (const set of RULE_SET_IDS) {
      const box = page.locator(`input[type=checkbox][data-rule-set=${set}]`);
      expect(await box.isChecked()).toBe(true);
      expect(await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)).toBe(RULE_SETS[set].title.en);
    }
    for (const id of RULE_IDS) {
      const row = page.locator(`[data-rule="${id}"]`);
      const text = await row.innerText();
      const { description, rationale } = RULES[id].meta;
      expect(text).toContain(id);
      if (description.en !== '') expect(text).toContain(description.en);
      if (rationale.en !== '') {
        await row.locator('summary').click();
        expect(await row.innerText()).toContain(rationale.en);
      }
      expect(await page.locator(`select[data-rule-level="${id}"]`).inputValue()).toBe('default');
    }
  });

  it("a rule's level set here applies to the open Gmail tab without a reload", async () => {
    const gmail = await browser().openFixture('gmail-compose');
    await waitForPitchlint(gmail);
    await typeInto(gmail, GMAIL_BODY, DRAFT);
    const before = await lintedBadge(gmail, DRAFT);
    await gmail.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const popup = await browser().openExtensionPage(`src/popup/index.html?tabId=${await browser().tabIdOf(gmail)}`);
    await popup.locator('[data-score]').waitFor();
    const findings = await popupFindings(popup);
    expect(findings).toHaveLength(before.findings);
    const warning = findings.find(([, severity]) => severity === 'warning');
    expect(warning, 'the draft has a warning to raise').toBeDefined();
    const ruleId = warning![0];
    const count = findings.filter(([id]) => id === ruleId).length;

    // The score the badge must show once the rule's findings are errors (score.ts's penalties).
    const raised = findings.map(([id, severity]) => (id === ruleId ? 'error' : severity) as Severity);
    const expectedScore = Math.max(0, 100 - raised.reduce((sum, severity) => sum + SEVERITY_PENALTY[severity], 0));
    expect(expectedScore, 'a draft whose score can still drop').toBeLessThan(before.score);

    const options = await openOptions();
    const select = options.locator(`select[data-rule-level="${ruleId}"]`);
    await select.selectOption('error');
    await waitForBadge(gmail, (b) => b.findings === before.findings && b.score === expectedScore);
    await expect.poll(() => popupFindings(popup)).toContainEqual([ruleId, 'error']);
    expect(((await readStored()) as { rules: object }).rules).toEqual({ [ruleId]: { level: 'error' } });

    await select.selectOption('off');
    await waitForBadge(gmail, (b) => b.findings === before.findings - count);
    await expect.poll(async () => (await popupFindings(popup)).some(([id]) => id === ruleId)).toBe(false);

    await select.selectOption('default');
    await waitForBadge(gmail, (b) => b.findings === before.findings && b.score === before.score);
    expect(((await readStored()) as { rules: object }).rules).toEqual({});
    expect(await gmail.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('saves language and sites, keeps them across a reload, and restores the defaults', async () => {
    const page = await openOptions();
    await page.locator('input[data-language=nl]').check();
    await page.locator('input[data-site=linkedin]').uncheck();
    await page.locator('input[data-site=outlook]').uncheck();
    await page.locator('input[data-rule-set=post]').uncheck();
    await expect.poll(readStored).toEqual({
      ...defaultSettings(),
      language: 'nl',
      sites: { gmail: true, linkedin: false, outlook: false },
      ruleSets: { ...defaultSettings().ruleSets, post: false },
    });

    await page.reload();
    await page.locator('input[data-language]').first().waitFor();
    await expect.poll(() => page.locator('input[data-language=nl]').isChecked()).toBe(true);
    expect(await page.locator('input[data-site=linkedin]').isChecked()).toBe(false);
    expect(await page.locator('input[data-site=outlook]').isChecked()).toBe(false);
    expect(await page.locator('input[data-rule-set=post]').isChecked()).toBe(false);
    // The rules of a switched-off set cannot be given a level.
    expect(await page.locator('select[data-rule-level="post/hook"]').isDisabled()).toBe(true);

    expect(await page.locator('h1').innerText()).toBe('Pitchlint settings');
    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await expect.poll(readStored).toEqual(defaultSettings());
    await expect.poll(() => page.locator('input[data-language=auto]').isChecked()).toBe(true);
    expect(await page.locator('input[data-site=linkedin]').isChecked()).toBe(true);
    expect(await page.locator('input[data-site=outlook]').isChecked()).toBe(true);
    expect(await page.locator('select[data-rule-level="post/hook"]').isDisabled()).toBe(false);
  });

  it('follows changes made elsewhere, and shows the defaults for corrupt storage', async () => {
    const page = await openOptions();
    await writeStored({ ...defaultSettings(), ruleSets: { ...defaultSettings().ruleSets, cta: false }, rules: { 'tone/timid': { level: 'off' } } });
    await expect.poll(() => page.locator('input[data-rule-set=cta]').isChecked()).toBe(false);
    expect(await page.locator('select[data-rule-level="tone/timid"]').inputValue()).toBe('off');
    expect(await page.locator('select[data-rule-level="cta/pushy"]').isDisabled()).toBe(true);

    await writeStored({ ruleSets: 'garbage', rules: [1, 2], language: 'klingon', sites: null });
    await expect.poll(() => page.locator('input[data-rule-set=cta]').isChecked()).toBe(true);
    expect(await page.locator('select[data-rule-level="tone/timid"]').inputValue()).toBe('default');
    expect(await page.locator('input[data-language=auto]').isChecked()).toBe(true);

    await page.reload();
    await page.locator('input[data-rule-set=cta]').waitFor();
    await expect.poll(() => page.locator('input[data-rule-set=cta]').isChecked()).toBe(true);
    expect(await page.locator('input[data-site=gmail]').isChecked()).toBe(true);
  });
});
