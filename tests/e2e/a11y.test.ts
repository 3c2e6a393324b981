/**
 * Accessibility of the extension's own pages (popup, options, first-run) in real Chromium:
 * axe-core finds no serious or critical violation, in light and dark mode, and every control
 * can be reached with Tab alone and shows where the focus is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, typeInto, waitForPitchlint } from './harness';
import type { Harness } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const GMAIL_BODY = 'div[g_editable="true"]';
const PUSHY_DRAFT = 'We help SaaS teams cut churn by a third. Sign the contract today, the offer expires Friday!! Reply ASAP.';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let harness: Harness;

beforeAll(async () => {
  harness = await launchBrowser();
});

afterAll(async () => {
  await harness?.close();
});

/**
 * Runs axe in the page. Extension pages forbid inline scripts (MV3 CSP), so a <script> tag with
 * axe's source would be blocked; evaluating it through the DevTools protocol is not.
 */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Axe on what Pitchlint draws in a page: its badge and card inside <pitchlint-root>'s shadow root. */
async function seriousViolationsInOverlay(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // axe names elements inside a shadow root by a list of selectors, host first.
    const result = await axe.run({ include: [['pitchlint-root', '[data-pitchlint-card]'], ['pitchlint-root', '[data-pitchlint-badge]']] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Axe in light and in dark mode: both palettes must keep their contrast. */
async function violationsInBothSchemes(page: Page): Promise<Record<'light' | 'dark', Violation[]>> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await seriousViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await seriousViolations(page);
  return { light, dark };
}

/**
 * Presses Tab until focus comes back round, and returns what got focus, each with whether an
 * outline was drawn around it. The browser's own UI is not in the page, so focus cycles within it.
 */
async function tabWalk(page: Page, limit = 300): Promise<{ id: string; outlined: boolean }[]> {
  await numberElements(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen: { id: string; outlined: boolean }[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el === null || el === document.body) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.walk ?? el.tagName, outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
    });
    if (focused === null) continue;
    if (seen.some((s) => s.id === focused.id)) break;
    seen.push(focused);
  }
  return seen;
}

/** Gives every element a unique data-walk number, so two "Why it matters" summaries are told apart. */
async function numberElements(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('body *').forEach((el, i) => (el.dataset.walk = `${el.tagName.toLowerCase()}#${i}`)));
}

/** Every enabled control a keyboard user must be able to reach, by the same key as tabWalk. */
async function focusableControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], summary')]
      .filter((el) => !(el as HTMLInputElement).disabled && el.offsetParent !== null)
      // One stop per radio group: Tab enters a group once, arrows move within it.
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
      .map((el) => el.dataset.walk ?? el.tagName),
  );
}

async function expectKeyboardUsable(page: Page): Promise<void> {
  const walked = await tabWalk(page);
  const controls = await focusableControls(page);
  expect(controls.length).toBeGreaterThan(0);
  expect(walked.map((w) => w.id)).toEqual(expect.arrayContaining(controls));
  expect(walked.filter((w) => !w.outlined).map((w) => w.id), 'focused without a visible outline').toEqual([]);
}

describe('accessibility', () => {
  it('popup with a draft: no serious axe violation; every control reachable by Tab, with visible focus', async () => {
    const gmail = await harness.openFixture('gmail-compose');
    await waitForPitchlint(gmail);
    await typeInto(gmail, GMAIL_BODY, PUSHY_DRAFT);
    // The whole draft's report: a later one would re-render the popup under axe and the Tab walk.
    await harness.waitForState(gmail, (s) => s.editors.some((e) => e.text.includes('Reply ASAP.') && e.report.findings.length > 0));
    const popup = await harness.openExtensionPage(`src/popup/index.html?tabId=${await harness.tabIdOf(gmail)}`);
    await popup.locator('#draft [data-rule-id]').first().waitFor();
    await popup.locator('input[data-rule-set=cta]').waitFor();
    await popup.locator('details.breakdown summary').click();
    expect(await violationsInBothSchemes(popup)).toEqual({ light: [], dark: [] });
    await popup.emulateMedia({ colorScheme: 'light' });
    await expectKeyboardUsable(popup);
  });

  it('popup without a draft: no serious axe violation', async () => {
    const other = await harness.openFixture('elsewhere');
    const popup = await harness.openExtensionPage(`src/popup/index.html?tabId=${await harness.tabIdOf(other)}`);
    await popup.locator('[data-empty=unsupported]').waitFor();
    expect(await violationsInBothSchemes(popup)).toEqual({ light: [], dark: [] });
  });

  it('options page: no serious axe violation; every control reachable by Tab, with visible focus', async () => {
    const page = await harness.openExtensionPage('src/options/index.html');
    await page.locator('select[data-rule-level]').first().waitFor();
    expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await page.emulateMedia({ colorScheme: 'light' });
    await expectKeyboardUsable(page);
  });

  it('options page with settings the organisation locked: no serious axe violation', async () => {
    // A stand-in for the managed area, as in options-managed.test.ts (real policies are machine-wide).
    const page = await harness.context.newPage();
    await page.addInitScript(() => {
      const managed = (globalThis as unknown as { chrome: { storage: { managed: { get: unknown } } } }).chrome.storage.managed;
      managed.get = () => Promise.resolve({ language: 'nl', locked: ['ruleSets', 'rules.cta/pushy', 'language', 'sites.gmail'] });
    });
    await page.goto(`chrome-extension://${harness.extensionId}/src/options/index.html`, { waitUntil: 'load' });
    await page.locator('select[data-rule-level="cta/pushy"]:disabled').waitFor();
    expect(await page.locator('.locked:visible').count()).toBeGreaterThan(5);
    expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
  });

  it('the check itself fails on an unlabelled control and on an element without a focus outline', async () => {
    const page = await harness.openExtensionPage('src/options/index.html');
    await page.locator('select[data-rule-level]').first().waitFor();
    await page.evaluate(() => {
      const select = document.createElement('select');
      select.append(new Option('one'), new Option('two'));
      const plain = document.createElement('button');
      plain.textContent = 'No outline';
      plain.style.outline = 'none';
      document.querySelector('main')?.append(select, plain);
    });
    expect((await seriousViolations(page)).map((v) => v.id)).toContain('select-name');
    const walked = await tabWalk(page);
    expect(walked.filter((w) => !w.outlined)).toHaveLength(1);
  });

  it('first-run page: no serious axe violation; every control reachable by Tab, with visible focus', async () => {
    const page = await harness.openExtensionPage('src/welcome/index.html');
    await page.locator('#findings [data-rule-id]').first().waitFor();
    expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await page.emulateMedia({ colorScheme: 'light' });
    await expectKeyboardUsable(page);
  });

  it('the finding card in Gmail: reached from the editor by keyboard, a labelled dialog, no serious axe violation', async () => {
    const page = await harness.openFixture('gmail-compose');
    await waitForPitchlint(page);
    await typeInto(page, GMAIL_BODY, PUSHY_DRAFT);
    // The whole draft's report: a later one would rebuild the open card and take the focus out of it.
    await harness.waitForState(page, (st) => st.editors.some((e) => e.text.includes('Reply ASAP.') && e.report.findings.some((f) => f.ruleId === 'cta/pushy')));
    // From the editor, the keyboard shortcut opens the card on the next finding and moves focus into it.
    await page.keyboard.press('Alt+Shift+N');
    const focus = await page.waitForFunction(() => {
      const root = document.querySelector('pitchlint-root')?.shadowRoot;
      const active = root?.activeElement as HTMLElement | null | undefined;
      const dialog = active?.closest('[role=dialog]');
      return dialog ? { tag: active!.tagName, label: dialog.getAttribute('aria-label') ?? '' } : null;
    });
    const info = (await focus.jsonValue()) as { tag: string; label: string };
    expect(info.tag).toBe('BUTTON');
    expect(info.label).not.toBe('');
    expect(await seriousViolationsInOverlay(page)).toEqual([]);
    await page.close();
  });

  it("the finding card in Gmail's dark theme: dark colours, no serious axe violation (contrast included)", async () => {
    const page = await harness.openFixture('gmail-compose');
    await waitForPitchlint(page);
    // Gmail's dark theme paints the compose window and its body dark, whatever the system's scheme.
    await page.addStyleTag({ content: 'body, .nH.Hd, .Am.Al.editable { background: #202124 !important; color: #e8eaed !important; }' });
    await typeInto(page, GMAIL_BODY, PUSHY_DRAFT);
    await harness.waitForState(page, (st) => st.editors.some((e) => e.text.includes('Reply ASAP.') && e.report.findings.some((f) => f.ruleId === 'cta/pushy')));
    await page.keyboard.press('Alt+Shift+N');
    await page.waitForFunction(() => {
      const card = document.querySelector('pitchlint-root')?.shadowRoot?.querySelector<HTMLElement>('[data-pitchlint-card]');
      return card !== null && card !== undefined && !card.hidden && card.dataset.theme === 'dark';
    });
    // The "why it matters" text too.
    await page.locator('pitchlint-root [data-pitchlint-card] summary').first().click();
    expect(await seriousViolationsInOverlay(page)).toEqual([]);
    await page.close();
  });
});
