/**
 * "Never lose a word": a long draft (~590 words, pressure and too-big asks spread through it) is
 * typed into the editor, several fixes are applied in the middle through the card's buttons,
 * and after each the editor's text must be exactly the expected text, character for character.
 * Then one Ctrl+Z per fix must give back the original draft exactly. In Gmail's editor and in
 * LinkedIn's Quill post composer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Finding } from '../../src/analyzer/types';
import { applyFix, cardFindings, clickBadge, editorText, launchBrowser, typeInto, waitForPitchlint } from './harness';
import type { Harness } from './harness';

/**
 * Written for this test after rules.md: "last chance", "reply today", "expires Friday", "Act now",
 * "spots are limited" are pressure (cta/pushy); "Sign the contract today …" and "Buy the annual
 * plan today" are asks too big for a first email (cta/too-big), all far from the start and end.
 */
const LONG_PARAGRAPHS = [
  'Hi Sarah,',
  'I read your post about the new onboarding team at Acme and the plan to double the number of customers you bring live each month. That is a big goal, and the teams we work with say the hardest part is not the kickoff call but the weeks after it, when customers wait for data imports, for answers from their own IT people and for someone to tell them what to do next.',
  'We build a small tool that keeps track of every open onboarding step, reminds the right person on either side, and shows your managers where customers get stuck. It takes about an hour to connect to the tools you already use, and nobody on your team has to learn a new system. This is your last chance to join the spring pilot, so reply today.',
  'Last year we helped a software company of about your size cut the time from signed contract to first real use from seven weeks to three. Their support team answered fewer status questions, their customers logged in earlier, and the number of accounts that left in the first quarter went down by a fifth. I can send you the short write-up they agreed to share, with the numbers and the steps they took.',
  'I know you get many emails like this one, so I will keep it short. Here is what I would suggest as a next step. Sign the contract today and we will set everything up for your whole team by the end of the month, before the offer expires Friday. If the timing is not right, that is fine too, and I will not keep writing to you about it.',
  'A few details that may help you decide whether this is worth a closer look. The tool works in English and Dutch, it stores nothing outside your own account, and your admins can switch off any reminder they do not want. Most teams start with one group of customers, look at the results after a month, and only then decide whether to use it for everyone. There is no long setup project and no consultant who needs to sit with your team for weeks.',
  'Our customers in the Netherlands and in Belgium often tell us that the weekly summary is the part they use most. It lists every customer that has not moved for five days, who is waiting for whom, and what the next step is. Managers forward it to the people who can unblock the work, and the list gets shorter every week. Act now, spots are limited and this price will not come back.',
  'If you want, I can also show you how two other onboarding teams set up their first month, what they measured, and what they would do differently if they started again. None of them needed more than a couple of hours a week from one person to keep it running, and all of them kept using it after the pilot ended. We can also walk through your current process together and see where the waiting happens today.',
  'Buy the annual plan today and get the onboarding package for free, but only until the end of this week. After that I cannot hold the price, and the pilot places will go to the next teams on our list, which is already long.',
  'Thanks for reading this far, and good luck with the new team. I am looking forward to hearing how the plan works out, whatever you decide about the tool.',
  'Best,',
  'Tom',
];
const LONG_DRAFT = LONG_PARAGRAPHS.join('\n\n');
/** The post composer gets the same paragraphs without the greeting and sign-off (a post has neither). */
const LONG_POST = LONG_PARAGRAPHS.slice(1, -2).join('\n\n');

/** How many fixes each test applies, one after another, each on a fresh report. */
const FIXES = 3;

let h: Harness;
beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

/** The draft as the content script read it (the text every finding's offsets refer to). */
async function draftText(page: Page): Promise<string> {
  return (await h.pageState(page)).editors[0]?.text ?? '';
}

/**
 * The next fix to apply: a literal replacement whose span lies in the middle of the draft (not
 * in its first or last tenth), the first such one not applied yet.
 */
function middleFix(text: string, findings: readonly Finding[]): { finding: Finding; index: number } | null {
  for (const finding of findings) {
    if (finding.start < text.length * 0.1 || finding.end > text.length * 0.9) continue;
    const index = finding.suggestions.findIndex((s) => s.replacement !== undefined && s.replacement !== text.slice(finding.start, finding.end));
    if (index !== -1) return { finding, index };
  }
  return null;
}

/**
 * Applies FIXES fixes through the card and checks the text after each; returns the texts.
 * `settle` runs before each fix (Quill merges edits made within a second into one undo step).
 */
async function applyFixesExactly(page: Page, settle: () => Promise<void>): Promise<string[]> {
  let current = await draftText(page);
  /** The draft before the first fix and after each one. */
  const texts = [current];
  for (let n = 0; n < FIXES; n++) {
    const state = await h.waitForState(page, (s) => s.editors[0]?.text === current);
    const pick = middleFix(current, state.editors[0]!.report.findings);
    if (pick === null) throw new Error(`no fix left in the middle after ${n} fixes`);
    const { finding, index } = pick;
    const replacement = finding.suggestions[index]!.replacement!;
    const expected = current.slice(0, finding.start) + replacement + current.slice(finding.end);
    await settle();
    await clickBadge(page);
    await expect.poll(async () => (await cardFindings(page)).length).toBeGreaterThan(0);
    await applyFix(page, finding.ruleId, index, finding.start);
    await expect.poll(() => draftText(page), { timeout: 5_000 }).toBe(expected);
    texts.push(expected);
    current = expected;
  }
  return texts;
}

/** One Ctrl+Z per fix, each giving back exactly the text before that fix. */
async function undoEachFix(page: Page, texts: readonly string[], settle: () => Promise<void>): Promise<void> {
  for (let n = texts.length - 2; n >= 0; n--) {
    await settle();
    await page.keyboard.press('Control+z');
    await expect.poll(() => draftText(page), { timeout: 5_000 }).toBe(texts[n]);
  }
}

describe('data safety', () => {
  it('Gmail: a long draft, three fixes in the middle, each exact; one Ctrl+Z per fix restores it exactly', async () => {
    const body = '[g_editable="true"]';
    const page = await h.openFixture('gmail-compose');
    await waitForPitchlint(page);
    await page.locator('input[name="subjectbox"]').fill('Onboarding at Acme');
    await typeInto(page, body, LONG_DRAFT);
    await h.waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true, 30_000);
    // What was typed is what is read, to the character (a typing slip would make the rest meaningless).
    expect((await draftText(page)).replace(/\u00a0/g, ' ').trimEnd()).toBe(LONG_DRAFT);
    const signature = await page.locator('.gmail_signature').innerHTML();
    const visibleBefore = await editorText(page, body);

    const texts = await applyFixesExactly(page, async () => undefined);
    expect(await page.locator('.gmail_signature').innerHTML()).toBe(signature);

    await undoEachFix(page, texts, async () => undefined);
    expect(await editorText(page, body)).toBe(visibleBefore);
    await page.close();
  });

  it('LinkedIn post (Quill): the same, in Quill’s own model', async () => {
    const page = await h.openFixture('linkedin-post');
    await waitForPitchlint(page);
    await typeInto(page, '.ql-editor', LONG_POST);
    await h.waitForState(page, (s) => s.editors[0]?.text === LONG_POST, 30_000);
    const quillText = (): Promise<string> =>
      page.evaluate(() => (window as unknown as { fixtureQuill: { getText(): string } }).fixtureQuill.getText());
    const quillBefore = await quillText();
    expect(quillBefore).toBe(`${LONG_POST}\n`);

    const settle = (): Promise<void> => page.waitForTimeout(1_100);
    const texts = await applyFixesExactly(page, settle);
    // Quill's model holds the fixed text too (a change Quill did not see would be reverted).
    expect(await quillText()).toBe(`${texts[texts.length - 1]}\n`);

    await undoEachFix(page, texts, settle);
    expect(await quillText()).toBe(quillBefore);
    await page.close();
  });
});
