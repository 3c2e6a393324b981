/**
 * LinkedIn's newer comment box, a real TipTap/ProseMirror editor (div.tiptap.ProseMirror[role=textbox]
 * in div[data-view-name="comment-box"], no form), in real Chromium with the built extension:
 * found, read as a comment, underlined, and a fix that lands in the editor's own state (ProseMirror
 * reverts DOM edits made behind its back) as one undo step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyFix, cardFindings, clickBadge, highlightedTexts, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';

const browser = useBrowser();

const EDITOR = 'div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]';
/** A comment that leans on the reader: "reply today" has a literal fix (cta/pushy). */
const PUSHY_COMMENT = 'Great post. We help teams like yours, reply today before the offer expires Friday!';

/** The text in ProseMirror's own document (not the DOM): what LinkedIn would post. */
function editorState(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { fixtureEditor: { getText(): string } }).fixtureEditor.getText());
}

describe('LinkedIn comment box (TipTap)', () => {
  it('is found and read as a comment; pressure is underlined on the typed words', async () => {
    const page = await browser().openFixture('linkedin-comment-tiptap');
    await waitForPitchlint(page);
    await typeInto(page, EDITOR, PUSHY_COMMENT);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === PUSHY_COMMENT);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['comment', 'first']]);
    expect(state.editors[0]?.report.findings.map((f) => f.ruleId)).not.toContain('cta/missing');
    await waitForBadge(page, (b) => b.findings > 0);
    await expect.poll(async () => (await highlightedTexts(page)).some((t) => /reply today|expires Friday/i.test(t))).toBe(true);
    await page.close();
  });

  it('a fix lands in the editor’s state, and one Ctrl+Z takes it back', async () => {
    const page = await browser().openFixture('linkedin-comment-tiptap');
    await waitForPitchlint(page);
    await typeInto(page, EDITOR, PUSHY_COMMENT);
    const state = await browser().waitForState(page, (s) =>
      s.editors[0]?.text === PUSHY_COMMENT && s.editors[0].report.findings.some((f) => f.suggestions.some((x) => x.replacement !== undefined)),
    );
    const finding = state.editors[0]!.report.findings.find((f) => f.suggestions.some((x) => x.replacement !== undefined))!;
    const index = finding.suggestions.findIndex((x) => x.replacement !== undefined);
    const expected = PUSHY_COMMENT.slice(0, finding.start) + finding.suggestions[index]!.replacement + PUSHY_COMMENT.slice(finding.end);
    expect(await editorState(page)).toBe(PUSHY_COMMENT);
    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).length).toBeGreaterThan(0);
    await applyFix(page, finding.ruleId, index, finding.start);
    await expect.poll(() => editorState(page)).toBe(expected);
    // ProseMirror re-renders from its state: the DOM and the draft Pitchlint reads agree with it.
    await browser().waitForState(page, (s) => s.editors[0]?.text === expected);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorState(page)).toBe(PUSHY_COMMENT);
    await page.close();
  });
});
