/**
 * Sales Navigator (/sales/inbox/…, /sales/lead/…): its message composer is a textarea
 * (name="message", class compose-form__message-field) limited to 1,900 characters. A reply when
 * the lead wrote in the thread: the lead's messages name their sender with a link to the lead's
 * page (/sales/lead/…), the user's own do not.
 */
import { LIMITS, ownLimit, pathOf } from './surface';
import type { LinkedInSurface } from './surface';

const COMPOSER = ['textarea[name="message"]', 'textarea.compose-form__message-field'].join(',');

/** The thread a composer answers: the inbox conversation or the lead page's message panel. */
const THREAD = ['[data-sn-thread]', '.thread-container', 'section[class*="conversation"]', '[role="dialog"]', 'main'].join(',');

/** A message in the thread whose sender is the lead. */
const LEAD_MESSAGE = '[data-sn-message] a[href*="/sales/lead/"], article a[href*="/sales/lead/"]';

function leadWroteInThread(editor: Element): boolean {
  const thread = editor.closest(THREAD);
  return thread !== null && thread.querySelector(LEAD_MESSAGE) !== null;
}

export const salesNavigator: LinkedInSurface = {
  selector: COMPOSER,
  owns: (editor) => pathOf(editor).startsWith('/sales/'),
  describe: (editor) => ({
    kind: 'message',
    thread: leadWroteInThread(editor) ? 'reply' : 'first',
    maxLength: ownLimit(editor, LIMITS.salesMessage),
  }),
};
