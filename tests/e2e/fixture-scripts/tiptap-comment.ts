/**
 * A real TipTap (ProseMirror) editor for the LinkedIn comment-box fixture, mounted as LinkedIn
 * mounts its newer comment box: a textbox with hashed classes and an aria-label, no form.
 * ProseMirror owns its DOM: an edit that does not go through its input handling is reverted,
 * so a fix only lands when it comes through the browser's own input path.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    fixtureEditor?: Editor;
  }
}

const mount = document.querySelector<HTMLElement>('[data-tiptap-mount]');
if (mount !== null) {
  window.fixtureEditor = new Editor({
    element: mount,
    extensions: [StarterKit],
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-label': 'Text editor for creating comment',
        'aria-multiline': 'true',
        class: 'ab12cd ef34gh',
      },
    },
  });
}
