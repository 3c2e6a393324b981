/**
 * Reading the finding card and the words it explains, for the card's end-to-end tests: where
 * the card is, where the underlined words and the caret's line are, and opening the card by a
 * click on the words, as a person would.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, typeInto, waitForPitchlint } from './harness';
import type { Harness } from './harness';
import { PUSHY_EMAIL } from './drafts';

export const GMAIL_BODY = 'div[g_editable="true"]';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardState {
  open: boolean;
  ruleIds: string[];
  text: string;
  box: Box | null;
  theme: string;
  background: string;
  color: string;
  /** The findings count of the badge of the card's editor (the first badge when the card names none). */
  badgeFindings: number;
}

/** The open card as the page shows it. */
export async function cardState(page: Page): Promise<CardState> {
  return page.evaluate(() => {
    const root = document.querySelector('pitchlint-root')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('[data-pitchlint-card]');
    const editorId = card?.dataset.editorId;
    const badge =
      (editorId === undefined ? null : root?.querySelector<HTMLElement>(`[data-pitchlint-badge][data-editor-id="${editorId}"]`)) ??
      root?.querySelector<HTMLElement>('[data-pitchlint-badge]');
    const open = card !== null && card !== undefined && !card.hidden;
    const rect = open ? card.getBoundingClientRect() : null;
    const style = open ? getComputedStyle(card) : null;
    return {
      open,
      ruleIds: open ? [...card.querySelectorAll<HTMLElement>('[data-rule-id]')].map((e) => e.dataset.ruleId ?? '') : [],
      text: open ? (card.textContent ?? '') : '',
      box: rect === null ? null : { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      theme: card?.dataset.theme ?? '',
      background: style?.backgroundColor ?? '',
      color: style?.color ?? '',
      badgeFindings: Number(badge?.dataset.findings ?? -1),
    };
  });
}

/** The screen boxes of the highlighted words that contain `phrase` (one per line they take). */
export async function wordBoxes(page: Page, phrase: string): Promise<Box[]> {
  return page.evaluate((wanted) => {
    for (const name of ['pitchlint-error', 'pitchlint-warning', 'pitchlint-info']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
        if (!range.toString().replace(/\u00a0/g, ' ').includes(wanted)) continue;
        return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
      }
    }
    return [];
  }, phrase);
}

/** The box of the line the caret is on in the focused editor. */
export async function caretLine(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const selection = document.getSelection();
    if (selection === null || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0).cloneRange();
    range.collapse(false);
    const r = range.getClientRects()[0];
    return r === undefined ? null : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** Where the caret is, as an offset into the editor's text, and the editor's markup. */
export async function caretAndMarkup(page: Page): Promise<{ focused: boolean; caret: number; html: string }> {
  return page.locator(GMAIL_BODY).evaluate((editor) => {
    const selection = document.getSelection()!;
    const before = document.createRange();
    before.setStart(editor, 0);
    const range = selection.getRangeAt(0);
    before.setEnd(range.endContainer, range.endOffset);
    return { focused: document.activeElement === editor, caret: before.toString().length, html: editor.innerHTML };
  });
}

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Clicks the middle of the underlined `phrase` and waits for its card. */
export async function clickWords(page: Page, phrase: string): Promise<Box[]> {
  const boxes = await wordBoxes(page, phrase);
  expect(boxes.length, `"${phrase}" is underlined`).toBeGreaterThan(0);
  const first = boxes[0]!;
  await page.mouse.click((first.left + first.right) / 2, (first.top + first.bottom) / 2);
  await expect.poll(async () => (await cardState(page)).open).toBe(true);
  return boxes;
}

/** Gmail with PUSHY_EMAIL typed and linted to the end, its underlines painted. */
export async function pushyGmail(h: Harness, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await h.openFixture('gmail-compose');
  await waitForPitchlint(page);
  await prepare?.(page);
  await typeInto(page, GMAIL_BODY, PUSHY_EMAIL);
  await h.waitForState(
    page,
    (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true && s.editors[0].report.findings.some((f) => f.ruleId === 'cta/pushy'),
  );
  await expect.poll(async () => (await highlightedTexts(page)).some((t) => t.includes('reply today'))).toBe(true);
  return page;
}

/** Screenshots for a person to look at (PITCHLINT_SHOTS=dir), never checked by the tests. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PITCHLINT_SHOTS;
  if (dir !== undefined && dir !== '') await page.screenshot({ path: `${dir}/${name}.png` });
}
