/**
 * Underlines inside underlines: cta/missing marks the draft's closing sentence, and the pressure
 * it holds ("last chance") is a cta/pushy finding of its own. A click on the inner words opens
 * the card on the inner finding, the one those words are about; a click on the rest of the
 * sentence opens it on the outer one. In real Chromium, on Gmail's inline forward.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, typeInto, useBrowser, waitForPitchlint } from './harness';
import { cardState, GMAIL_BODY, shot } from './card-helpers';

const browser = useBrowser();
const DRAFT = 'Hi Sam, Anna asked about onboarding time. This is your last chance, the offer expires Friday.';
const SENTENCE = 'This is your last chance, the offer expires Friday.';

async function forwardWithNestedFindings(): Promise<Page> {
  const page = await browser().openFixture('gmail-forward');
  await waitForPitchlint(page);
  await typeInto(page, GMAIL_BODY, DRAFT);
  await browser().waitForState(page, (s) => {
    const ids = s.editors[0]?.report.findings.map((f) => f.ruleId) ?? [];
    return s.editors[0]?.text.includes('Friday.') === true && ids.includes('cta/missing') && ids.includes('cta/pushy');
  });
  await expect.poll(async () => (await highlightedTexts(page)).filter((t) => t === SENTENCE || t === 'last chance').length).toBe(2);
  return page;
}

/** Clicks a point (`at` across, mid-height) of the first line of the underline whose text is exactly `phrase`. */
async function clickUnderline(page: Page, phrase: string, at: (box: { left: number; right: number }) => number): Promise<void> {
  const box = await page.evaluate((wanted) => {
    for (const name of ['pitchlint-error', 'pitchlint-warning', 'pitchlint-info']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
        if (range.toString().replace(/\u00a0/g, ' ') !== wanted) continue;
        const r = range.getClientRects()[0]!;
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }
    }
    return null;
  }, phrase);
  expect(box, `"${phrase}" is underlined`).not.toBeNull();
  await page.mouse.click(at(box!), (box!.top + box!.bottom) / 2);
  await expect.poll(async () => (await cardState(page)).open).toBe(true);
}

describe('a finding inside another', () => {
  it('a click on the inner words leads the card with the inner finding', async () => {
    const page = await forwardWithNestedFindings();
    await clickUnderline(page, 'last chance', (b) => (b.left + b.right) / 2);
    await shot(page, 'card-nested-inner');
    const state = await cardState(page);
    expect(state.ruleIds[0]).toBe('cta/pushy');
    expect(state.text).toMatch(/last chance/);
    expect(state.ruleIds).toHaveLength(state.badgeFindings);
    await page.close();
  });

  it('a click on the outer sentence outside the inner words leads with the outer finding', async () => {
    const page = await forwardWithNestedFindings();
    // "This" at the sentence's start: only cta/missing's underline.
    await clickUnderline(page, SENTENCE, (b) => b.left + 8);
    expect((await cardState(page)).ruleIds[0]).toBe('cta/missing');
    await page.close();
  });
});
