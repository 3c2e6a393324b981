/** The content script's timing, in one place (the budget benchmark reads it too). */

/** Pause after the last keystroke before linting: short enough to feel live, long enough not to lint every key. */
export const LINT_DELAY_MS = 150;

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
