/**
 * LinkedIn: one adapter over its editor surfaces (messaging, comment boxes, the post composer,
 * the invitation note, Sales Navigator), each in its own file under linkedin/. Class names are
 * being hashed, so each editor is found by its known class first and by roles, contenteditable
 * and data-* attributes after that.
 */
import { readRichText } from './dom-text';
import { comment } from './linkedin/comment';
import { invitation } from './linkedin/invitation';
import { messaging } from './linkedin/messaging';
import { post } from './linkedin/post';
import { salesNavigator } from './linkedin/sales-navigator';
import type { LinkedInSurface } from './linkedin/surface';
import type { DraftSource, EditorContext, EditorElement, SiteAdapter } from './types';

/** In order: the first surface that owns an editor describes it (the post composer's `.ql-editor` is the loosest). */
const SURFACES: LinkedInSurface[] = [salesNavigator, invitation, comment, messaging, post];

const ALL_EDITORS = SURFACES.map((surface) => surface.selector).join(',');

/** Quoted text LinkedIn can put in a draft (a forwarded or quoted message). */
const EXCLUDED = 'blockquote';

function surfaceOf(editor: EditorElement): LinkedInSurface {
  return SURFACES.find((surface) => editor.matches(surface.selector) && (surface.owns?.(editor) ?? true)) ?? post;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  // LinkedIn renders its newer messaging overlay, composers and invite modal inside an open shadow root.
  shadowHosts: '#interop-outlet, [data-testid="interop-shadowdom"]',
  // The messaging bubble of the newer feed and profile pages lives in a same-origin iframe.
  lintsFrames: true,

  findEditors(root: ParentNode): EditorElement[] {
    const found = [...root.querySelectorAll<HTMLElement>(ALL_EDITORS)];
    if (root instanceof HTMLElement && root.matches(ALL_EDITORS)) found.unshift(root);
    // A message or comment editor can also match the looser selectors; keep each element once,
    // and only the outermost editable (Quill's toolbar-less wrappers nest contenteditables).
    return [...new Set(found)].filter((el) => !found.some((other) => other !== el && other.contains(el)));
  },

  describe(editor: EditorElement): EditorContext {
    return surfaceOf(editor).describe(editor);
  },

  // A new InMail in Sales Navigator has one; the subject-line findings are drawn and fixed there.
  subjectField(editor: EditorElement): HTMLInputElement | null {
    return surfaceOf(editor).subjectField?.(editor) ?? null;
  },

  read(editor: EditorElement): DraftSource {
    if (editor instanceof HTMLTextAreaElement) return { type: 'plain', text: editor.value };
    return readRichText(editor, (el) => el.matches(EXCLUDED));
  },
};
