/**
 * The compose an Outlook body editor belongs to: its subject line and whether it answers a
 * message. Several drafts can be open at once (a new mail next to an inline reply), so each
 * editor looks only inside the part of the page that holds no other body editor.
 */
import {
  BODY_SELECTOR,
  CONVERSATION_SELECTOR,
  FORWARD_SUBJECT,
  QUOTE_HEADER_SELECTOR,
  READING_PANE_SELECTOR,
  RECEIVED_MESSAGE_SELECTOR,
  REPLY_SUBJECT,
  SUBJECT_INPUT_SELECTOR,
  SUBJECT_LABEL,
} from './structure';

/** How far up from the editor to look for its compose (subject line). */
const MAX_ANCESTOR_STEPS = 25;

/** The widest ancestor of `editor` that holds no other body editor: this draft's compose. */
export function composeOf(editor: Element): Element {
  let compose: Element = editor;
  let node = editor.parentElement;
  for (let step = 0; node !== null && node !== document.body && step < MAX_ANCESTOR_STEPS; step++) {
    if (node.querySelectorAll(BODY_SELECTOR).length > 1) break;
    compose = node;
    node = node.parentElement;
  }
  return compose;
}

function isSubjectInput(input: HTMLInputElement): boolean {
  if (input.id.startsWith('subjectLine')) return true;
  const label = `${input.getAttribute('aria-label') ?? ''} ${input.placeholder}`;
  return SUBJECT_LABEL.test(label);
}

/** The subject input of this editor's compose, shown or not. */
export function subjectInputOf(editor: Element): HTMLInputElement | null {
  for (const input of composeOf(editor).querySelectorAll<HTMLInputElement>(SUBJECT_INPUT_SELECTOR)) {
    if (isSubjectInput(input)) return input;
  }
  return null;
}

export function isShown(input: HTMLInputElement): boolean {
  return input.type !== 'hidden' && input.getClientRects().length > 0;
}

/**
 * An inline reply sits under the open conversation's received messages: in the same conversation
 * (data-convid), or in the reading pane when it marks no conversation at all. A new mail next to
 * an open conversation is outside it.
 */
function underReceivedMessage(editor: Element): boolean {
  let conversation = editor.closest(CONVERSATION_SELECTOR);
  if (conversation === null) {
    const pane = editor.closest(READING_PANE_SELECTOR);
    if (pane !== null && pane.querySelector(CONVERSATION_SELECTOR) === null) conversation = pane;
  }
  return conversation !== null && conversation.querySelector(RECEIVED_MESSAGE_SELECTOR) !== null;
}

/**
 * Whether the draft answers the reader: it quotes their message (Outlook's quote header in the
 * body), its subject says RE, or it is written under their message in the conversation. A
 * forward (its subject says FW) goes to someone new: a first email, like a new mail.
 */
export function isReply(editor: Element, subject: string): boolean {
  if (FORWARD_SUBJECT.test(subject)) return false;
  return REPLY_SUBJECT.test(subject) || editor.querySelector(QUOTE_HEADER_SELECTOR) !== null || underReceivedMessage(editor);
}
