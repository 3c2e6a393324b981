/**
 * The interface language follows the browser: Chromium running in Dutch (LANGUAGE=nl, with
 * Debian's chromium-l10n translations, as on a Dutch Linux desktop) shows the popup, the options
 * page and the first-run page in Dutch — the strings from public/_locales/nl and the rule texts in
 * Dutch too. (A default launch is English: the other e2e files check English labels.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RULES } from '../../src/analyzer/registry';
import { RULE_SETS } from '../../src/analyzer/rule-sets';
import { RULE_SET_IDS } from '../../src/analyzer/types';
import { clickBadge, launchBrowser, REPO_ROOT, typeInto, waitForBadge, waitForPitchlint } from './harness';
import type { Harness } from './harness';

type Catalogue = Record<string, { message: string }>;
const NL = JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/nl/messages.json'), 'utf8')) as Catalogue;
const EN = JSON.parse(readFileSync(join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Catalogue;

function nl(key: string): string {
  const entry = NL[key];
  if (entry === undefined) throw new Error(`no Dutch message ${key}`);
  return entry.message;
}

const GMAIL_BODY = 'div[g_editable="true"]';
/** Dutch pressure: a deadline on the reader's decision and shouting. */
const DUTCH_PUSHY = 'Wij helpen SaaS-bedrijven hun klantverloop te verlagen. Teken vandaag nog het contract, het aanbod verloopt vrijdag!!';

let harness: Harness;

beforeAll(async () => {
  harness = await launchBrowser({ locale: 'nl' });
  // Without Chromium's Dutch translations the browser stays English and every check below would
  // fail for a reason that has nothing to do with Pitchlint: say so once, plainly.
  const page = await harness.openExtensionPage('src/options/index.html');
  const browserLanguage = await page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
  await page.close();
  if (!browserLanguage.startsWith('nl')) {
    throw new Error(`Chromium runs in ${browserLanguage}, not Dutch: install Debian's chromium-l10n (.ci/run does)`);
  }
});

afterAll(async () => {
  await harness?.close();
});

async function openPopupFor(page: Page): Promise<Page> {
  const popup = await harness.openExtensionPage(`src/popup/index.html?tabId=${await harness.tabIdOf(page)}`);
  await popup.locator('[data-score], [data-empty]:not([data-empty=loading])').first().waitFor();
  return popup;
}

describe('a Dutch browser', () => {
  it('gets the options page in Dutch, rule texts included', async () => {
    const page = await harness.openExtensionPage('src/options/index.html');
    await page.locator('select[data-rule-level="cta/pushy"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.title()).toBe(nl('optionsTitle'));
    expect(await page.locator('h1').innerText()).toBe(nl('optionsHeading'));
    expect(await page.locator('#intro').innerText()).toBe(nl('optionsIntro'));
    for (const set of RULE_SET_IDS) {
      const label = await page.locator(`input[data-rule-set=${set}]`).evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent);
      expect(label).toBe(RULE_SETS[set].title.nl);
    }
    const row = await page.locator('[data-rule="cta/pushy"]').innerText();
    expect(row).toContain(RULES['cta/pushy'].meta.description.nl);
    const severity = RULES['cta/pushy'].meta.severity;
    const severityKey = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' }[severity];
    const defaultOption = await page.locator('select[data-rule-level="cta/pushy"] option[value=default]').innerText();
    expect(defaultOption).toBe(nl('optionsLevelDefault').replace('$LEVEL$', nl(severityKey)));
    expect(await page.getByRole('button', { name: nl('optionsReset') }).count()).toBe(1);
    // Nothing English left in the page's own strings.
    expect(await page.locator('main').innerText()).not.toContain(EN.optionsReset!.message);
  });

  it('gets the popup in Dutch, for a draft and for a page it does not check', async () => {
    const gmail = await harness.openFixture('gmail-compose');
    await waitForPitchlint(gmail);
    await typeInto(gmail, GMAIL_BODY, DUTCH_PUSHY);
    await harness.waitForState(gmail, (s) => s.editors.some((e) => e.report.findings.some((f) => f.ruleId === 'cta/pushy')));
    const popup = await openPopupFor(gmail);
    await popup.locator('#draft [data-rule-id="cta/pushy"]').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await popup.locator('#findings-title').innerText()).toBe(nl('popupFindingsTitle'));
    expect(await popup.locator('.score-label').innerText()).toBe(nl('popupScoreLabel'));
    const pushy = popup.locator('#draft [data-rule-id="cta/pushy"]').first();
    expect(await pushy.locator('.severity').textContent()).toBe(nl('severityWarning'));
    const score = await popup.locator('[data-score]').getAttribute('data-score');
    expect(await popup.locator('[data-score]').getAttribute('aria-label')).toBe(nl('popupScoreAria').replace('$SCORE$', score ?? ''));
    const toneLabel = await popup.locator('input[data-rule-set=tone]').evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent);
    expect(toneLabel).toBe(RULE_SETS.tone.title.nl);
    expect(await popup.locator('#options-link').innerText()).toBe(nl('popupOptionsLink'));

    const other = await harness.openFixture('elsewhere');
    const popupOther = await openPopupFor(other);
    expect(await popupOther.locator('[data-empty=unsupported]').innerText()).toBe(nl('popupEmptyUnsupported'));
  });

  it('gets the badge and the finding card in Gmail in Dutch', async () => {
    const gmail = await harness.openFixture('gmail-compose');
    await waitForPitchlint(gmail);
    await typeInto(gmail, GMAIL_BODY, DUTCH_PUSHY);
    const state = await harness.waitForState(gmail, (s) => s.editors.some((e) => e.report.findings.some((f) => f.ruleId === 'cta/pushy')));
    const report = state.editors.find((e) => e.report.findings.length > 0)!.report;
    const shown = await waitForBadge(gmail, (b) => b.score === report.score);
    const key = shown.findings === 1 ? 'overlayBadgeLabelOne' : 'overlayBadgeLabelMany';
    expect(shown.ariaLabel).toBe(nl(key).replace('$SCORE$', String(shown.score)).replace('$COUNT$', String(shown.findings)));
    await clickBadge(gmail);
    const card = gmail.locator('pitchlint-root [data-pitchlint-card]');
    await card.locator('[data-rule-id="cta/pushy"]').first().waitFor();
    const text = await card.innerText();
    expect(text).toContain(nl('overlayIgnore'));
    expect(text).toContain(nl('overlayRuleOff'));
    expect(text).toContain(nl('overlayShortcutHint'));
    expect(text).not.toContain(EN.overlayIgnore!.message);
  });

  it('gets the first-run page in Dutch, with a Dutch sample draft checked in Dutch', async () => {
    const page = await harness.openExtensionPage('src/welcome/index.html');
    await page.locator('[data-score]').waitFor();
    expect(await page.title()).toBe(nl('welcomeTitle'));
    expect(await page.locator('h1').innerText()).toBe(nl('welcomeHeading'));
    expect(await page.locator('#sample').inputValue()).toBe(nl('welcomeSample'));
    const score = await page.locator('[data-score]').getAttribute('data-score');
    expect(await page.locator('#score').innerText()).toBe(nl('welcomeScore').replace('$SCORE$', score ?? ''));
    // The Dutch sample is pushy; its findings speak Dutch (the analyzer follows the draft's language).
    const pushy = page.locator('#findings [data-rule-id="cta/pushy"]').first();
    await pushy.waitFor();
    expect(await pushy.locator('.severity').textContent()).toBe(nl('severityWarning'));
    expect(await pushy.locator('.message').innerText()).toMatch(/druk/i);
  });
});
