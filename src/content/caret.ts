/** The few characters just before the caret of an editor, read without reading the whole draft. */
import { selectionOf } from '../overlay/apply-fix';

/** Up to `count` characters before a collapsed caret ('' when there is no caret in a text node). */
export function textBeforeCaret(element: HTMLElement, count = 4): string {
  if (element instanceof HTMLTextAreaElement) {
    const at = element.selectionStart;
    return element.selectionEnd === at ? element.value.slice(Math.max(0, at - count), at) : '';
  }
  const selection = selectionOf(element);
  if (selection === null || selection.rangeCount === 0 || !selection.isCollapsed) return '';
  const node = selection.anchorNode;
  if (node === null || node.nodeType !== Node.TEXT_NODE || !element.contains(node)) return '';
  const at = selection.anchorOffset;
  return (node as Text).data.slice(Math.max(0, at - count), at);
}
