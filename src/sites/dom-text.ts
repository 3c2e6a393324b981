/**
 * Reads a contenteditable editor into plain text the way the user sees it, skipping excluded
 * subtrees (quoted text, signatures), and keeps a map from every text offset back to its text
 * node, so findings can be underlined and fixes applied on exactly the right characters.
 */
import type { DomPoint, RichDraft, TextPiece } from './types';

/** Elements that start and end a line of their own (as innerText would break them). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/** Nodes whose text the user does not see as part of the draft. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Reads `editor`'s text. `isExcluded` marks subtrees to leave out (they still break the line).
 * Non-breaking spaces become plain spaces, one for one, so offsets stay those of the DOM.
 */
export function readRichText(editor: HTMLElement, isExcluded: (el: Element) => boolean): RichDraft {
  let text = '';
  const pieces: TextPiece[] = [];
  let pendingBreak = false;

  const breakLine = (): void => {
    if (pendingBreak && text !== '' && !text.endsWith('\n')) text += '\n';
    pendingBreak = false;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '') return;
      breakLine();
      pieces.push({ start: text.length, node: node as Text, nodeOffset: 0, length: data.length });
      text += data.replace(/\u00a0/g, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName)) return;
    const block = BLOCK_TAGS.has(el.tagName);
    if (el !== editor && isExcluded(el)) {
      pendingBreak = true;
      return;
    }
    if (el.tagName === 'BR') {
      breakLine();
      text += '\n';
      return;
    }
    if (block) pendingBreak = true;
    for (let child = el.firstChild; child !== null; child = child.nextSibling) visit(child);
    if (block) pendingBreak = true;
  };

  visit(editor);
  return { type: 'rich', text, pieces };
}

/**
 * The DOM point of a text offset. `side` says which neighbour wins at a piece boundary or on an
 * added line break: a range's start looks forward, its end looks back, so a range never takes in
 * characters outside [start, end).
 */
export function pointAt(draft: RichDraft, offset: number, side: 'start' | 'end'): DomPoint | null {
  const { pieces } = draft;
  if (pieces.length === 0) return null;
  // Binary search: the last piece starting at or before the offset.
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo]!;
  const inside = offset - piece.start;
  if (side === 'start') {
    if (inside >= 0 && inside < piece.length) return { node: piece.node, offset: piece.nodeOffset + inside };
    const next = offset < piece.start ? piece : pieces[lo + 1];
    return next ? { node: next.node, offset: next.nodeOffset } : { node: piece.node, offset: piece.nodeOffset + piece.length };
  }
  if (inside > 0 && inside <= piece.length) return { node: piece.node, offset: piece.nodeOffset + inside };
  if (inside > piece.length) return { node: piece.node, offset: piece.nodeOffset + piece.length };
  const previous = pieces[lo - 1];
  return previous ? { node: previous.node, offset: previous.nodeOffset + previous.length } : { node: piece.node, offset: piece.nodeOffset };
}

/** A live DOM range over [start, end) of the draft, or null when the text has no node there. */
export function rangeFor(draft: RichDraft, start: number, end: number): Range | null {
  const from = pointAt(draft, start, 'start');
  const to = pointAt(draft, Math.max(start, end), 'end');
  if (from === null || to === null || !from.node.isConnected || !to.node.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  if (range.collapsed && end > start) {
    // An end that fell before the start (a span made only of added line breaks): nothing to draw.
    return null;
  }
  return range;
}
