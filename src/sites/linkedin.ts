/**
 * LinkedIn: messaging, the post composer (a Quill editor), comment boxes (Quill too) and the
 * invitation note (a textarea). Class names are being hashed, so each editor is found by its
 * known class first and by roles, contenteditable and data-test* attributes after that.
 */
import { readRichText } from './dom-text';
import type { DraftSource, EditorContext, EditorElement, SiteAdapter } from './types';

/** Character limits LinkedIn enforces (see rules.md, clarity/length). */
const LIMITS = { invitation: 300, comment: 1250, post: 3000 } as const;

const MESSAGE_EDITOR = [
  '.msg-form__contenteditable',
  'form[class*="msg-form"] [contenteditable="true"][role="textbox"]',
  '[data-test-msg-form] [contenteditable="true"]',
].join(',');
const COMMENT_EDITOR = [
  '.comments-comment-box .ql-editor',
  '.comments-comment-texteditor [contenteditable="true"]',
  '[data-test-comment-box] [contenteditable="true"]',
].join(',');
const POST_EDITOR = ['.share-creation-state .ql-editor', '.ql-editor', '[data-test-share-box] [contenteditable="true"]'].join(',');
const INVITATION_NOTE = 'textarea[name="message"]';

const ALL_EDITORS = [MESSAGE_EDITOR, COMMENT_EDITOR, POST_EDITOR, INVITATION_NOTE].join(',');

/** Messages the other side wrote, in a conversation thread. */
const OTHER_SIDE_MESSAGE = [
  '.msg-s-event-listitem--other',
  '.msg-s-message-group--other',
  '[data-test-msg-other]',
].join(',');

/** The conversation around a message editor: full-page thread, overlay bubble, or a dialog. */
const CONVERSATION = [
  '.msg-convo-wrapper',
  '.msg-overlay-conversation-bubble',
  '.msg-thread',
  '[data-test-conversation]',
  '[role="dialog"]',
  'main',
].join(',');

/** Quoted text LinkedIn can put in a draft (a forwarded or quoted message). */
const EXCLUDED = 'blockquote';

function conversationHasOtherSide(editor: Element): boolean {
  const conversation = editor.closest(CONVERSATION);
  return conversation !== null && conversation.querySelector(OTHER_SIDE_MESSAGE) !== null;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  // LinkedIn renders its newer messaging overlay and composers inside an open shadow root.
  shadowHosts: '#interop-outlet, [data-testid="interop-shadowdom"]',

  findEditors(root: ParentNode): EditorElement[] {
    const found = [...root.querySelectorAll<HTMLElement>(ALL_EDITORS)];
    if (root instanceof HTMLElement && root.matches(ALL_EDITORS)) found.unshift(root);
    // A message or comment editor can also match the looser selectors; keep each element once,
    // and only the outermost editable (Quill's toolbar-less wrappers nest contenteditables).
    return [...new Set(found)].filter((el) => !found.some((other) => other !== el && other.contains(el)));
  },

  describe(editor: EditorElement): EditorContext {
    if (editor instanceof HTMLTextAreaElement) {
      const limit = editor.maxLength > 0 ? editor.maxLength : LIMITS.invitation;
      return { kind: 'message', thread: 'first', maxLength: limit };
    }
    if (editor.matches(COMMENT_EDITOR)) return { kind: 'comment', thread: 'first', maxLength: LIMITS.comment };
    if (editor.matches(MESSAGE_EDITOR)) {
      return { kind: 'message', thread: conversationHasOtherSide(editor) ? 'reply' : 'first' };
    }
    return { kind: 'post', thread: 'first', maxLength: LIMITS.post };
  },

  read(editor: EditorElement): DraftSource {
    if (editor instanceof HTMLTextAreaElement) return { type: 'plain', text: editor.value };
    return readRichText(editor, (el) => el.matches(EXCLUDED));
  },
};
