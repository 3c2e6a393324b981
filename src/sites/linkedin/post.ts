/** LinkedIn's post composer (the "Start a post" share box, a Quill editor). */
import { LIMITS } from './surface';
import type { LinkedInSurface } from './surface';

const POST_EDITOR = ['.share-creation-state .ql-editor', '.ql-editor', '[data-test-share-box] [contenteditable="true"]'].join(',');

export const post: LinkedInSurface = {
  selector: POST_EDITOR,
  describe: () => ({ kind: 'post', thread: 'first', maxLength: LIMITS.post }),
};
