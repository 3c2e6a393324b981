/**
 * LinkedIn messaging: the full-page inbox and the overlay bubbles, in the page, in the
 * #interop-outlet shadow root, or in the same-origin messaging iframe (a /preload/ document).
 * A reply when the other side wrote in the conversation.
 */
import type { LinkedInSurface } from './surface';

const MESSAGE_EDITOR = [
  '.msg-form__contenteditable',
  'form[class*="msg-form"] [contenteditable="true"][role="textbox"]',
  '[data-test-msg-form] [contenteditable="true"]',
].join(',');

/** Messages the other side wrote, in a conversation thread. */
const OTHER_SIDE_MESSAGE = ['.msg-s-event-listitem--other', '.msg-s-message-group--other', '[data-test-msg-other]'].join(',');

/** The conversation around a message editor: full-page thread, overlay bubble, or a dialog. */
const CONVERSATION = [
  '.msg-convo-wrapper',
  '.msg-overlay-conversation-bubble',
  '.msg-thread',
  '[data-test-conversation]',
  '[role="dialog"]',
  'main',
].join(',');

function conversationHasOtherSide(editor: Element): boolean {
  const conversation = editor.closest(CONVERSATION);
  return conversation !== null && conversation.querySelector(OTHER_SIDE_MESSAGE) !== null;
}

export const messaging: LinkedInSurface = {
  selector: MESSAGE_EDITOR,
  describe: (editor) => ({ kind: 'message', thread: conversationHasOtherSide(editor) ? 'reply' : 'first' }),
};
