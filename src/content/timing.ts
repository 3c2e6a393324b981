/** The content script's timing, in one place (the budget benchmark reads it too). */

/** Pause after the last keystroke before linting: short enough to feel live, long enough not to lint every key. */
export const LINT_DELAY_MS = 150;

/**
 * The pause after a key that ends a sentence (".", "!", "?", then maybe a space). The sentence is
 * complete: typing on adds words after it, not to it, so there is nothing to wait for, and its
 * underline shows within the ~100 ms people feel as immediate. Mid-word the longer pause stays:
 * there a lint would judge half a word and flash underlines on it.
 */
export const SENTENCE_END_DELAY_MS = 40;

/** A sentence just ended before the caret: its punctuation, closing quotes or brackets, a space. */
const SENTENCE_END = /[.!?…]["'”’)\]]*[ \u00a0]?$/;

/** How long to wait after a keystroke before linting, given the text just before the caret. */
export function lintDelay(beforeCaret: string): number {
  return SENTENCE_END.test(beforeCaret) ? SENTENCE_END_DELAY_MS : LINT_DELAY_MS;
}

/**
 * The browser stops an idle background after 30 s; starting it again, with the analyzer, costs
 * about 300 ms (tests/e2e/budget.test.ts). After this long without contact, the first keystroke
 * or focus in an editor wakes it, so it starts while the user is still typing. One message per
 * burst of typing after a pause: while the user types on, the lints themselves keep in contact.
 */
export const WAKE_AFTER_MS = 2_000;

/**
 * A lint the background failed to answer while the extension is still there (it was being stopped
 * or started) is tried again after this long, then twice as long, and so on: at most
 * LINT_RETRIES times, so a draft is never left unlinted by one lost message.
 */
export const LINT_RETRY_MS = 300;
export const LINT_RETRIES = 3;
