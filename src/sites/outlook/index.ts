/**
 * Outlook on the web (Microsoft 365 and Outlook.com): new mail in the reading pane, the pop-out
 * compose window (/mail/deeplink/compose) and inline replies and forwards under an open message,
 * several at once. The body editor lives in the page; the signature and the quoted earlier
 * message are written into it and left out of the draft, and received messages are never linted.
 */
import { readRichText } from '../dom-text';
import type { DraftSource, EditorContext, EditorElement, SiteAdapter } from '../types';
import { isReply, isShown, subjectInputOf } from './compose';
import { BODY_SELECTOR, DRAFT_END_SELECTOR, RECEIVED_MESSAGE_SELECTOR } from './structure';

/** A body editor the writer types in: not inside a received message (whose HTML may carry contenteditable). */
function isComposeBody(el: HTMLElement): boolean {
  return el.closest(RECEIVED_MESSAGE_SELECTOR) === null && !el.id.startsWith('x_');
}

/** The first element where the writer's own words end (signature, quote marker or header), or null. */
function draftEnd(editor: HTMLElement): Element | null {
  return editor.querySelector(DRAFT_END_SELECTOR);
}

export const outlook: SiteAdapter = {
  id: 'outlook',

  findEditors(root: ParentNode): EditorElement[] {
    const found = [...root.querySelectorAll<HTMLElement>(BODY_SELECTOR)];
    if (root instanceof HTMLElement && root.matches(BODY_SELECTOR)) found.unshift(root);
    return found.filter(isComposeBody);
  },

  describe(editor: EditorElement): EditorContext {
    const input = subjectInputOf(editor);
    const subjectText = input?.value ?? '';
    const reply = isReply(editor, subjectText);
    const context: EditorContext = { kind: 'email', thread: reply ? 'reply' : 'first' };
    // A reply has no subject of its own (the thread's is fixed): the subject rules judge only a
    // subject line the writer sets, shown in a new mail's or a forward's compose.
    if (input !== null && isShown(input) && !reply) context.subject = subjectText;
    return context;
  },

  subjectField(editor: EditorElement): HTMLInputElement | null {
    const input = subjectInputOf(editor);
    return input !== null && isShown(input) && !isReply(editor, input.value) ? input : null;
  },

  read(editor: EditorElement): DraftSource {
    const end = draftEnd(editor as HTMLElement);
    // From the first end marker on, nothing is the draft: the marker, what is inside it and
    // whatever follows it in the body (its ancestors precede it, so they are still read).
    const isAfterDraft = (el: Element): boolean =>
      end !== null && (el === end || (end.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    return readRichText(editor as HTMLElement, isAfterDraft);
  },
};
