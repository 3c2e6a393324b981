/**
 * LinkedIn in real Chromium with the built extension: messaging (with and without the other
 * side's messages), the Quill post composer, a comment box and the invitation note (a textarea).
 */
import { describe, expect, it } from 'vitest';
import { boxes, highlightedTexts, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
import { PUSHY_NOTE, PUSHY_POST } from './drafts';

const browser = useBrowser();

describe('LinkedIn', () => {
  it('tells a first message from a reply by whether the other side wrote in the conversation', async () => {
    const page = await browser().openFixture('linkedin-messaging');
    await waitForPitchlint(page);
    await typeInto(page, '#bubble-first .msg-form__contenteditable', 'Hi Sarah, would a short call next week make sense?');
    await typeInto(page, '#bubble-reply .msg-form__contenteditable', 'Happy to. It takes ten minutes to set up.');
    const state = await browser().waitForState(page, (s) => s.editors.filter((e) => e.text.endsWith('.') || e.text.endsWith('?')).length === 2);
    expect(state.site).toBe('linkedin');
    const byText = (part: string) => state.editors.find((e) => e.text.includes(part));
    expect([byText('Hi Sarah')?.kind, byText('Hi Sarah')?.thread]).toEqual(['message', 'first']);
    expect([byText('Happy to')?.kind, byText('Happy to')?.thread]).toEqual(['message', 'reply']);
    await page.close();
  });

  it('lints the Quill post composer as a post and underlines pressure in it', async () => {
    const page = await browser().openFixture('linkedin-post');
    await waitForPitchlint(page);
    await typeInto(page, '.ql-editor', PUSHY_POST);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === PUSHY_POST);
    await waitForBadge(page, (b) => b.findings > 0);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['post', 'first']]);
    expect(state.editors[0]?.text).toBe(PUSHY_POST);
    // The badge may still show an analysis of half the post: wait for the underline on the whole.
    await expect.poll(async () => (await highlightedTexts(page)).some((t) => /miss out|you need to/i.test(t))).toBe(true);
    await page.close();
  });

  it('lints a comment box as a comment', async () => {
    const page = await browser().openFixture('linkedin-comment');
    await waitForPitchlint(page);
    await typeInto(page, '.comments-comment-box .ql-editor', 'Asking for the reader’s view first has worked best for us.');
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text.endsWith('for us.') === true);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['comment', 'first']]);
    // A comment never needs a call to action.
    expect(state.editors[0]?.report.findings.map((f) => f.ruleId)).not.toContain('cta/missing');
    await page.close();
  });

  it('lints the invitation note as a 300-character message, with boxes instead of highlights', async () => {
    const page = await browser().openFixture('linkedin-invite');
    await waitForPitchlint(page);
    await typeInto(page, 'textarea[name="message"]', PUSHY_NOTE);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text === PUSHY_NOTE);
    await waitForBadge(page, (b) => b.findings > 0);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['message', 'first']]);
    await expect.poll(async () => (await boxes(page)).some((b) => b.ruleId === 'cta/pushy' && b.width > 0 && b.height > 0)).toBe(true);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('does nothing on a site it was not made for', async () => {
    const page = await browser().openFixture('other-site');
    await page.locator('[g_editable="true"]').click();
    await page.keyboard.type('Reply today, this is your last chance!!');
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.querySelector('pitchlint-root'))).toBeNull();
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });
});
