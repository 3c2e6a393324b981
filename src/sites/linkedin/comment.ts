/**
 * LinkedIn comment boxes: the older Quill editor (.comments-comment-box .ql-editor) and the newer
 * TipTap/ProseMirror one (div.tiptap.ProseMirror[role=textbox] inside div[data-view-name=
 * "comment-box"], hashed classes, no form). Both are comments: no call to action needed.
 */
import { LIMITS } from './surface';
import type { LinkedInSurface } from './surface';

const COMMENT_EDITOR = [
  '.comments-comment-box .ql-editor',
  '.comments-comment-texteditor [contenteditable="true"]',
  '[data-test-comment-box] [contenteditable="true"]',
  '[data-view-name="comment-box"] [contenteditable="true"]',
  '[aria-label*="creating comment" i] [contenteditable="true"]',
  '[contenteditable="true"][aria-label*="creating comment" i]',
].join(',');

export const comment: LinkedInSurface = {
  selector: COMMENT_EDITOR,
  describe: () => ({ kind: 'comment', thread: 'first', maxLength: LIMITS.comment }),
};
