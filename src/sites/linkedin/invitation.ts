/**
 * The note of a connection invitation: a textarea (name="message"), in the page or in the
 * #interop-outlet shadow root where the newer invite modal sits. LinkedIn allows 200 characters
 * on free accounts and 300 on Premium and sets the textarea's maxlength accordingly: that wins.
 */
import { LIMITS, ownLimit, pathOf } from './surface';
import type { LinkedInSurface } from './surface';

export const invitation: LinkedInSurface = {
  selector: 'textarea[name="message"]',
  // Sales Navigator's composer is a textarea of the same name: it is a message (sales-navigator.ts).
  owns: (editor) => !pathOf(editor).startsWith('/sales/'),
  describe: (editor) => ({ kind: 'message', thread: 'first', maxLength: ownLimit(editor, LIMITS.invitation) }),
};
