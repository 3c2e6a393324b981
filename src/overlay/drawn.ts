/** A finding as drawn in one editor: its underline span and live range, and finding it from the caret. */
import type { Finding, Span } from '../analyzer/types';
import { selectionOf } from './apply-fix';
import { underlineSpan } from './spans';
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
}

export function drawnFor(text: string, finding: Finding, rangeFor: RangeMaker | null): Drawn {
  const underline = underlineSpan(text, finding);
  return {
    finding,
    underline,
    underlineText: text.slice(underline.start, underline.end),
    range: rangeFor === null ? null : rangeFor(underline.start, underline.end),
  };
}

/**
 * Whether a live range still holds the text it was made for, whitespace aside: the draft reads
 * nbsp as a space and adds line breaks at block boundaries that a range's text does not have.
 */
export function stillOnItsWords(drawn: Drawn): boolean {
  if (drawn.range === null) return true;
  return drawn.range.toString().replace(/\s+/g, '') === drawn.underlineText.replace(/\s+/g, '');
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
