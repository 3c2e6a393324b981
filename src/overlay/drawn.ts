/** A finding as drawn in one editor: its underline span and live range, and finding it from the caret. */
import type { Finding, Span } from '../analyzer/types';
import { selectionOf } from './apply-fix';
import { coversWholeText, joinsWord, underlineSpan } from './spans';
import type { ScreenRect } from './textarea-geometry';

/** Turns [start, end) of the text into a live DOM range; null where there is no text node. */
export type RangeMaker = (start: number, end: number) => Range | null;

export interface Drawn {
  finding: Finding;
  /** The part of the finding's span that is underlined (see underlineSpan), and its text. */
  underline: Span;
  underlineText: string;
  /** Live range of the underline in a rich editor (moves with edits elsewhere); null in a textarea. */
  range: Range | null;
  /** The finding is about the whole draft (see coversWholeText): any edit of the draft touches it. */
  wholeDraft: boolean;
}

export function drawnFor(text: string, finding: Finding, rangeFor: RangeMaker | null): Drawn {
  const underline = underlineSpan(text, finding);
  return {
    finding,
    underline,
    underlineText: text.slice(underline.start, underline.end),
    range: rangeFor === null ? null : rangeFor(underline.start, underline.end),
    wholeDraft: coversWholeText(text, finding),
  };
}

/**
 * Whether a live range still holds the text it was made for, whitespace aside (the draft reads
 * nbsp as a space and adds line breaks at block boundaries that a range's text does not have),
 * and still holds whole words: typing right at its edge ("hel" + "p") leaves the range's text
 * as it was while its last word became another one. A finding about the whole draft never
 * outlives an edit of it.
 */
export function stillOnItsWords(drawn: Drawn, editor: HTMLElement): boolean {
  if (drawn.wholeDraft) return false;
  const range = drawn.range;
  if (range === null) return true;
  const text = range.toString();
  if (text.replace(/\s+/g, '') !== drawn.underlineText.replace(/\s+/g, '')) return false;
  if (text === '') return true;
  return (
    !joinsWord(charBeside(editor, range.startContainer, range.startOffset, -1), text[0]) &&
    !joinsWord(text[text.length - 1], charBeside(editor, range.endContainer, range.endOffset, 1))
  );
}

/** Elements that end a line: a word never goes on across them. */
const LINE_BREAKING = /^(?:BR|DIV|P|LI|UL|OL|BLOCKQUOTE|PRE|TABLE|TR|TD|H[1-6]|SECTION|ARTICLE|HEADER|FOOTER)$/;

/**
 * The character of the editor just before (-1) or after (1) a DOM point, looking into the
 * neighbouring text node when the point is at a node's edge; '\n' across a line-breaking element,
 * undefined at the editor's edge.
 */
function charBeside(editor: HTMLElement, node: Node, offset: number, direction: -1 | 1): string | undefined {
  if (node.nodeType === Node.TEXT_NODE) {
    const data = (node as Text).data;
    const at = direction < 0 ? offset - 1 : offset;
    if (at >= 0 && at < data.length) return data[at];
  } else if (node.childNodes.length > 0) {
    // A point between children: start from the child on that side.
    const child = node.childNodes[direction < 0 ? offset - 1 : offset];
    if (child === undefined) return undefined;
    node = child;
    if (node.nodeType === Node.TEXT_NODE && (node as Text).data !== '') {
      const data = (node as Text).data;
      return direction < 0 ? data[data.length - 1] : data[0];
    }
  }
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  walker.currentNode = node;
  for (let next = step(walker, direction); next !== null; next = step(walker, direction)) {
    if (next.nodeType === Node.ELEMENT_NODE) {
      if (LINE_BREAKING.test((next as Element).tagName)) return '\n';
      continue;
    }
    const data = (next as Text).data;
    if (data !== '') return direction < 0 ? data[data.length - 1] : data[0];
  }
  return undefined;
}

function step(walker: TreeWalker, direction: -1 | 1): Node | null {
  return direction < 0 ? walker.previousNode() : walker.nextNode();
}

/**
 * The finding under the (collapsed) caret of `editor`, if any. Where underlines nest (cta/missing
 * on a sentence that holds a cta/pushy phrase), the innermost: the words clicked are about it.
 */
export function findingAtCaret(editor: HTMLElement, drawn: readonly Drawn[]): Drawn | undefined {
  if (editor instanceof HTMLTextAreaElement) {
    const at = editor.selectionStart;
    return innermost(drawn.filter((d) => d.finding.start <= at && at <= d.finding.end && d.finding.end > d.finding.start));
  }
  const selection = selectionOf(editor);
  if (selection === null || selection.rangeCount === 0 || !selection.isCollapsed) return undefined;
  const node = selection.anchorNode;
  if (node === null) return undefined;
  return innermost(drawn.filter((d) => d.range !== null && !d.range.collapsed && d.range.isPointInRange(node, selection.anchorOffset)));
}

/** The one with the shortest underline (the first of equals, in report order). */
function innermost(hits: readonly Drawn[]): Drawn | undefined {
  let best: Drawn | undefined;
  for (const d of hits) {
    if (best === undefined || d.underline.end - d.underline.start < best.underline.end - best.underline.start) best = d;
  }
  return best;
}

/**
 * Where the caret is, as a text offset good enough to pick the next finding: a textarea's own
 * offset, or in a rich editor the start of the last finding before the caret (-1: before all).
 */
export function caretOffset(editor: HTMLElement, drawn: readonly Drawn[]): number {
  if (editor instanceof HTMLTextAreaElement) return editor.selectionStart;
  const selection = selectionOf(editor);
  if (selection === null || selection.rangeCount === 0) return -1;
  const caret = selection.getRangeAt(0);
  let offset = -1;
  for (const d of drawn) {
    if (d.range !== null && d.range.compareBoundaryPoints(Range.START_TO_START, caret) < 0) {
      offset = Math.max(offset, d.finding.start);
    }
  }
  return offset;
}

/** A box under a finding's text, for textareas and browsers without the Highlight API. */
export function makeBox(finding: Finding, rect: ScreenRect): HTMLElement {
  const box = document.createElement('div');
  box.dataset.pitchlintBox = '';
  box.dataset.ruleId = finding.ruleId;
  box.dataset.severity = finding.severity;
  box.style.left = `${rect.left}px`;
  box.style.top = `${rect.top}px`;
  box.style.width = `${rect.width}px`;
  box.style.height = `${rect.height}px`;
  return box;
}
