/**
 * Long drafts typed into the Gmail fixture, and the time from the last key to an underline:
 * shared by the budget benchmark (budget.test.ts) and the stage profile (latency-profile.test.ts).
 */
import type { Page } from 'playwright-core';

/** Neutral sentences (no rule reacts to them alone), cycled to make a long draft. */
export const SENTENCES = [
  'Our team looked at how your reps follow up after a first call.',
  'Most of them write three or four emails per prospect each week.',
  'The replies that arrive tend to come after the second message.',
  'We measured the time spent on each email in a small pilot.',
  'Short emails with one clear question got the most answers.',
  'Longer ones were read but rarely answered within a day.',
  'The pilot covered twelve reps in two offices over a month.',
  'Their managers shared the numbers with the whole team afterwards.',
];

export function longDraft(words: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    out.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return out;
}

/**
 * Types the long draft sentence by sentence into the Gmail fixture, pausing `pauseMs` after each
 * as a writer does (so lints run while typing); a paragraph every six sentences.
 */
export async function typeLongDraft(page: Page, sentences: string[], pauseMs = 180): Promise<void> {
  await page.locator('[g_editable="true"]').click();
  await page.keyboard.press('Control+Home');
  for (const [i, sentence] of sentences.entries()) {
    // insertText for speed: one input event per sentence, as the editor sees a burst of typing.
    await page.keyboard.insertText(`${sentence} `);
    // A paragraph every six sentences, with an empty line between, as long emails are written.
    if (i % 6 === 5) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  }
}

/**
 * Types (or pastes) `typed` at the caret; returns the page times of its last input event and of
 * the first frame with a warning underline covering `words`.
 */
export async function typeUntilUnderlined(
  page: Page,
  typed: string,
  words: string,
  keyDelayMs: number | 'paste' = 0,
): Promise<{ typedAt: number; appearedAt: number }> {
  // The time of the last input event, read in the page: the keyboard call returns a delay later.
  await page.evaluate(() => {
    const w = window as unknown as { __lastInputAt?: number };
    if (w.__lastInputAt === undefined) document.addEventListener('input', () => (w.__lastInputAt = performance.now()), true);
    w.__lastInputAt = 0;
  });
  if (keyDelayMs === 'paste') await page.keyboard.insertText(typed);
  else await page.keyboard.type(typed, { delay: keyDelayMs });
  const typedAt = await page.evaluate(() => (window as unknown as { __lastInputAt: number }).__lastInputAt);
  const appearedAt = await page.evaluate(
    (lowered) =>
      new Promise<number>((resolve) => {
        const check = (): void => {
          const highlight = CSS.highlights.get('pitchlint-warning');
          const hit = highlight !== undefined && [...highlight].some((r) => (r as Range).toString().toLowerCase().includes(lowered));
          if (hit) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    words,
  );
  return { typedAt, appearedAt };
}

/** The time from the last key of `typed` until a warning underline covers `words`. */
export async function underlineLatency(page: Page, typed: string, words: string, keyDelayMs: number | 'paste' = 0): Promise<number> {
  const { typedAt, appearedAt } = await typeUntilUnderlined(page, typed, words, keyDelayMs);
  return appearedAt - typedAt;
}

/** Pushy sentences typed after the long draft, and the words cta/pushy underlines in each. */
export const PUSHY_ADDITIONS: [string, string][] = [
  ['Please reply today.', 'reply today'],
  [' This is your last chance.', 'last chance'],
  [' The offer expires Friday.', 'expires friday'],
  [' You need to act now.', 'act now'],
  [' Sign by Friday.', 'sign by friday'],
];

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}
