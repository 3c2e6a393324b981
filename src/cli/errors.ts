/**
 * Bad usage or an unreadable input. The CLI turns it into exit code 2 and one line on
 * stderr, so scripts can tell "the tool was called wrongly" from "the draft has problems".
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
