/**
 * Editors' lives on a hostile page: five drafts at once, an editor removed while its analysis is
 * on its way, the page rewriting the editor's DOM under the underlines, and the extension
 * reloaded in the middle of an analysis. In each: the right marks on the right words, nothing
 * left behind, and nothing thrown into the page.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badges, highlightedTexts, launchBrowser, typeInto, waitForBadge, waitForPitchlint } from './harness';
import type { Harness } from './harness';
import { CLEAN_EMAIL, PUSHY_EMAIL } from './drafts';

const BODY = '[g_editable="true"]';

interface RuntimeGlobal {
  chrome: { runtime: { reload(): void; onMessage: { addListener(listener: () => void): void } } };
}

let h: Harness;
beforeEach(async () => {
  h = await launchBrowser();
});
afterEach(async () => {
  await h?.close();
});

/** Errors thrown into the page or logged as errors, from now on. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Holds every analysis answer back by `ms`: a listener that blocks the service worker after each message. */
async function slowAnalysis(ms: number): Promise<void> {
  await h.serviceWorker!.evaluate((delay) => {
    (globalThis as unknown as RuntimeGlobal).chrome.runtime.onMessage.addListener(() => {
      const until = Date.now() + delay;
      while (Date.now() < until) {
        // blocking on purpose
      }
    });
  }, ms);
}

interface Mark {
  /** Offset of the underline in its editor's innerText-like text (Range from the editor's start). */
  start: number;
  text: string;
  connected: boolean;
}

/**
 * Every underline, grouped by the editor (by selector index) whose DOM holds it; '-' for a range
 * in no editor (on removed or foreign nodes: a stale underline).
 */
async function marksByEditor(page: Page, selector: string): Promise<Record<string, Mark[]>> {
  return page.evaluate((sel) => {
    const editors = [...document.querySelectorAll(sel)];
    const out: Record<string, { start: number; text: string; connected: boolean }[]> = {};
    for (const name of ['pitchlint-error', 'pitchlint-warning', 'pitchlint-info']) {
      for (const item of CSS.highlights.get(name) ?? []) {
        const range = item as Range;
        const index = editors.findIndex((editor) => editor.contains(range.startContainer) && editor.contains(range.endContainer));
        const key = index === -1 ? '-' : String(index);
        let start = -1;
        if (index !== -1) {
          const before = document.createRange();
          before.setStart(editors[index]!, 0);
          before.setEnd(range.startContainer, range.startOffset);
          start = before.toString().length;
        }
        (out[key] ??= []).push({ start, text: range.toString(), connected: range.startContainer.isConnected });
      }
    }
    for (const list of Object.values(out)) list.sort((a, b) => a.start - b.start || a.text.localeCompare(b.text));
    return out;
  }, selector);
}

/** Different drafts for five windows: pressure of several strengths, and one clean draft. */
const FIVE_DRAFTS = [
  PUSHY_EMAIL,
  CLEAN_EMAIL,
  'Hi Ben,\n\nWe cut onboarding time for support teams. This is your last chance to join the pilot.\n\nTom',
  'Hi Eva,\n\nSign the contract today, the offer expires Friday!! Reply ASAP.\n\nTom',
  'Hi Kim,\n\nWe help recruiters write better outreach. Would a short call next week make sense?\n\nTom',
];

describe('five drafts open at once', () => {
  it('each gets its own badge with its own score; typing in one never moves another’s underlines', async () => {
    const page = await h.openFixture('gmail-five-drafts');
    const errors = collectErrors(page);
    await waitForPitchlint(page);
    for (const [index, draft] of FIVE_DRAFTS.entries()) await typeInto(page, `#body-${index + 1}`, draft);
    const state = await h.waitForState(page, (s) => s.editors.length === 5 && s.editors.every((e) => e.text.trimEnd().endsWith('Tom')));
    // Each editor's report is its own draft's.
    for (const [index, draft] of FIVE_DRAFTS.entries()) {
      expect(state.editors.some((e) => e.text.trim() === draft.trim()), `draft ${index + 1}`).toBe(true);
    }
    // One badge per editor, showing that editor's score and count.
    await expect
      .poll(async () => {
        const shown = await badges(page);
        return state.editors.every((e) =>
          shown.some((b) => b.editorId === e.id && b.score === e.report.score && b.findings === e.report.findings.length),
        ) && shown.length === 5;
      })
      .toBe(true);
    const scores = state.editors.map((e) => e.report.score);
    expect(new Set(scores).size).toBeGreaterThan(2);

    // The last draft's report is painted a frame after the state, until then over marks of its half-typed text.
    const spanTexts = state.editors.flatMap((e) => e.report.findings.filter((f) => f.end > f.start).map((f) => e.text.slice(f.start, f.end)));
    const markTexts = async (): Promise<string[]> => Object.values(await marksByEditor(page, BODY)).flat().map((m) => m.text);
    const spaced = (texts: string[]): string[] => texts.map((t) => t.replace(/\u00a0/g, ' ')).sort();
    await expect.poll(async () => spaced(await markTexts())).toEqual(spaced(spanTexts));
    await expect.poll(async () => Object.keys(await marksByEditor(page, BODY)).length).toBeGreaterThan(2);
    const before = await marksByEditor(page, BODY);
    expect(before['-']).toBeUndefined();

    // Type at the start of draft 3: its underlines move with its words, the others stay put.
    await typeInto(page, '#body-3', 'Hello again, Ben. ');
    await h.waitForState(page, (s) => s.editors.some((e) => e.text.startsWith('Hello again, Ben.')));
    await expect
      .poll(async () => (await marksByEditor(page, BODY))['2']?.map((m) => m.start))
      .toEqual(before['2']?.map((m) => m.start + 'Hello again, Ben. '.length));
    const after = await marksByEditor(page, BODY);
    for (const key of ['0', '1', '3', '4']) expect(after[key], `editor ${Number(key) + 1}`).toEqual(before[key]);
    expect(after['2']?.map((m) => m.text)).toEqual(before['2']?.map((m) => m.text));
    expect(after['-']).toBeUndefined();
    expect((await badges(page)).length).toBe(5);
    expect(errors).toEqual([]);
  });
});

describe('an editor removed while its analysis is on its way', () => {
  it('throws nothing, and leaves no badge and no underline behind', async () => {
    await slowAnalysis(600);
    const page = await h.openFixture('gmail-two-drafts');
    const errors = collectErrors(page);
    await waitForPitchlint(page);
    await typeInto(page, BODY, PUSHY_EMAIL);
    await waitForBadge(page, (b) => b.findings > 0);
    await page.locator('#compose-button').click();
    await expect.poll(async () => (await badges(page)).length, { timeout: 10_000 }).toBe(2);
    // Let the held answers for the empty new draft arrive before typing into it.
    await page.waitForTimeout(1_500);
    const second = page.locator(BODY).nth(1);
    await second.click();
    await page.keyboard.type(PUSHY_EMAIL);
    // The lint starts 150 ms after the last key; its answer is held 600 ms: close the window in between.
    await page.waitForTimeout(300);
    await page.locator('[data-close]').click();
    expect(await page.locator(BODY).count()).toBe(1);
    // Long enough for the held answer (and the typing's own late lints) to arrive.
    await page.waitForTimeout(2_000);

    const state = await h.pageState(page);
    expect(state.editors).toHaveLength(1);
    const left = await badges(page);
    expect(left.map((b) => b.editorId)).toEqual([state.editors[0]!.id]);
    const marks = await marksByEditor(page, BODY);
    expect(marks['-']).toBeUndefined();
    expect(Object.keys(marks)).toEqual(['0']);
    // Nothing of the removed editor lingers in the root (a card, a box, a hidden badge).
    const stale = await page.evaluate((id) => {
      const root = document.querySelector('pitchlint-root')?.shadowRoot;
      return root ? [...root.querySelectorAll('[data-editor-id]')].filter((el) => (el as HTMLElement).dataset.editorId !== id).length : -1;
    }, state.editors[0]!.id);
    expect(stale).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the page rewrites the editor’s DOM', () => {
  it('same text in new nodes, then words wrapped in spans: the underlines follow, on exactly the same words', async () => {
    const page = await h.openFixture('gmail-compose');
    const errors = collectErrors(page);
    await waitForPitchlint(page);
    await typeInto(page, BODY, PUSHY_EMAIL);
    const state = await h.waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(0);
    // The marks sit on the findings' own words.
    const expectedTexts = state.editors[0]!.report.findings
      .filter((f) => f.end > f.start)
      .map((f) => state.editors[0]!.text.slice(f.start, f.end));
    // Painted a frame after the state: until then, marks of the half-typed draft may show.
    await expect.poll(async () => ((await marksByEditor(page, BODY))['0'] ?? []).map((m) => m.text).sort()).toEqual([...expectedTexts].sort());
    const before = await marksByEditor(page, BODY);
    for (const mark of before['0'] ?? []) expect(expectedTexts).toContain(mark.text);

    // Gmail-style normalisation: every child replaced by a deep copy (same text, new nodes).
    await page.evaluate((sel) => {
      const editor = document.querySelector(sel)!;
      editor.replaceChildren(...[...editor.childNodes].map((node) => node.cloneNode(true)));
    }, BODY);
    await expect.poll(async () => (await marksByEditor(page, BODY))['-']).toBeUndefined();
    await expect.poll(async () => marksByEditor(page, BODY)).toEqual(before);

    // Then every text node wrapped in a span of its own.
    await page.evaluate((sel) => {
      const editor = document.querySelector(sel)!;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      for (const text of texts) {
        const span = document.createElement('span');
        text.replaceWith(span);
        span.append(text.cloneNode());
      }
    }, BODY);
    await expect.poll(async () => (await marksByEditor(page, BODY))['-']).toBeUndefined();
    await expect.poll(async () => marksByEditor(page, BODY)).toEqual(before);
    const after = await marksByEditor(page, BODY);
    expect(after['0']?.every((m) => m.connected)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the extension reloaded in the middle of an analysis', () => {
  it('keeps every typed character, throws nothing, and the old overlay goes quiet', async () => {
    await slowAnalysis(500);
    const page = await h.openFixture('gmail-compose');
    const errors = collectErrors(page);
    await waitForPitchlint(page);
    const first = 'Hi Sarah, this is your last chance, reply today.';
    await typeInto(page, BODY, first);
    // The lint is under way (150 ms pause, answer held 500 ms) when the extension goes away.
    await page.waitForTimeout(250);
    await h.serviceWorker!.evaluate(() => (globalThis as unknown as RuntimeGlobal).chrome.runtime.reload()).catch(() => undefined);
    const rest = ' The offer expires Friday!! Sign now <b>ASAP</b>.';
    await page.keyboard.type(rest, { delay: 20 });
    await page.waitForTimeout(1_000);
    const body = page.locator(BODY);
    const typed = await body.evaluate((el) => (el.firstChild?.textContent ?? '').replace(/\u00a0/g, ' '));
    expect(typed).toBe(first + rest);
    await expect.poll(() => page.evaluate(() => document.querySelector('pitchlint-root') === null)).toBe(true);
    expect(await highlightedTexts(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
