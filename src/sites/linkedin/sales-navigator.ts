/**
 * Sales Navigator (/sales/inbox/…, /sales/lead/…): its message composer is a textarea
 * (name="message", class compose-form__message-field) limited to 1,900 characters. A reply when
 * the lead wrote in the thread: the lead's messages name their sender with a link to the lead's
 * page (/sales/lead/…), the user's own do not. A new InMail has a subject field too ("Subject
 * (required)", class compose-form__subject-field): its text and limit go with the draft, so an
 * over-long subject is a clarity/length error on it (the email subject rules stay out of messages).
 */
import type { EditorContext, EditorElement } from '../types';
import { usableByUser } from '../visibility';
import { LIMITS, ownLimit, pathOf } from './surface';
import type { LinkedInSurface } from './surface';

const COMPOSER = ['textarea[name="message"]', 'textarea.compose-form__message-field'].join(',');

/** The thread a composer answers: the inbox conversation or the lead page's message panel. */
const THREAD = ['[data-sn-thread]', '.thread-container', 'section[class*="conversation"]', '[role="dialog"]', 'main'].join(',');

/** A message in the thread whose sender is the lead. */
const LEAD_MESSAGE = '[data-sn-message] a[href*="/sales/lead/"], article a[href*="/sales/lead/"]';

/** The InMail subject field of the composer's form, when the form has one the user can see. */
const SUBJECT = 'input[name="subject"], input.compose-form__subject-field';
const FORM = 'form, .compose-form, [role="dialog"]';

function subjectFieldOf(editor: EditorElement): HTMLInputElement | null {
  const input = editor.closest(FORM)?.querySelector<HTMLInputElement>(SUBJECT) ?? null;
  return input !== null && usableByUser(input) ? input : null;
}

function leadWroteInThread(editor: Element): boolean {
  const thread = editor.closest(THREAD);
  return thread !== null && thread.querySelector(LEAD_MESSAGE) !== null;
}

export const salesNavigator: LinkedInSurface = {
  selector: COMPOSER,
  owns: (editor) => pathOf(editor).startsWith('/sales/'),
  describe: (editor) => {
    const context: EditorContext = {
      kind: 'message',
      thread: leadWroteInThread(editor) ? 'reply' : 'first',
      maxLength: ownLimit(editor, LIMITS.salesMessage),
    };
    const subject = subjectFieldOf(editor);
    if (subject !== null) {
      context.subject = subject.value;
      context.subjectMaxLength = ownLimit(subject, LIMITS.salesSubject);
    }
    return context;
  },
  subjectField: subjectFieldOf,
};
