/**
 * An editor inside the page's own open shadow root (LinkedIn's interop outlet): found when the
 * shadow root appears, linted with the right kind and thread, underlined (the highlight styles
 * adopted into that shadow tree), and fixed through the editor's input path.
 */
import { describe, expect, it } from 'vitest';
import { applyFix, clickBadge, highlightedTexts, useBrowser, waitForBadge, waitForPitchlint } from './harness';

const browser = useBrowser();

const EDITOR = '#interop-outlet .msg-form__contenteditable';
const DRAFT = 'It depends on the team size. Reply today and I will hold the old price.';

describe('editors in a shadow root', () => {
  it('are linted, underlined and fixed like any other', async () => {
    const page = await browser().openFixture('linkedin-interop');
    await waitForPitchlint(page);
    await page.locator(EDITOR).click();
    await page.keyboard.type(DRAFT);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === DRAFT);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['message', 'reply']]);
    await waitForBadge(page, (b) => b.findings > 0);
    await expect.poll(async () => (await highlightedTexts(page)).some((t) => /reply today/i.test(t))).toBe(true);
    // The ::highlight styles are in the shadow tree (adopted), not in the editor.
    const adopted = await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.adoptedStyleSheets.length);
    expect(adopted).toBe(1);

    const pushy = state.editors[0]!.report.findings.find((f) => f.ruleId === 'cta/pushy' && f.suggestions.some((s) => s.replacement !== undefined))!;
    const index = pushy.suggestions.findIndex((s) => s.replacement !== undefined);
    await clickBadge(page);
    await applyFix(page, 'cta/pushy', index, pushy.start);
    const expected = DRAFT.slice(0, pushy.start) + pushy.suggestions[index]!.replacement! + DRAFT.slice(pushy.end);
    await expect.poll(() => page.locator(EDITOR).innerText()).toBe(expected);
    await page.close();
  });
});
