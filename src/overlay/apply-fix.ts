/**
 * Applying a fix through the editor's own input path: select exactly the span, then let the
 * browser insert the replacement as if the user typed it. The editor (Gmail, Quill, a textarea)
 * sees a normal input, records one undo step and puts the caret after the new text; nothing
 * else in its DOM is touched.
 */

/**
 * The selection that holds an editor's caret. Inside a shadow root Chromium reports the
 * document's selection retargeted to the host; the shadow root's own getSelection (Chromium
 * only) has the real nodes.
 */
export function selectionOf(editor: HTMLElement): Selection | null {
  const tree = editor.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  if (tree instanceof ShadowRoot && typeof tree.getSelection === 'function') return tree.getSelection();
  return editor.ownerDocument.getSelection();
}

/** Replaces `range` in a rich-text editor. Returns false when the browser refused the edit. */
export function replaceRange(editor: HTMLElement, range: Range, replacement: string): boolean {
  editor.focus({ preventScroll: true });
  const selection = selectionOf(editor);
  if (selection === null) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return insert(editor.ownerDocument, replacement);
}

/** Replaces [start, end) of a textarea's (or a text input's) value. */
export function replaceInTextarea(
  textarea: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
  replacement: string,
): boolean {
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  return insert(textarea.ownerDocument, replacement);
}

/** Selects a span for the user to rewrite (advice without a literal replacement). */
export function selectRange(editor: HTMLElement, range: Range): void {
  editor.focus({ preventScroll: true });
  const selection = selectionOf(editor);
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function insert(doc: Document, replacement: string): boolean {
  // execCommand is deprecated on paper but is still the only way to make an edit that the page
  // and the browser's undo stack treat as the user's own typing.
  // An empty replacement is a deletion: insertText('') is not reliably one undo step everywhere.
  return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
}
