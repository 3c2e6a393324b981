/**
 * Keeping findings on the right words while the draft changes under them. Pure functions over
 * strings, so they are tested without a browser.
 */
import type { Span } from '../analyzer/types';

/** The one edit between two texts: [start, endBefore) of `before` became [start, endAfter) of `after`. */
interface Edit {
  start: number;
  endBefore: number;
  endAfter: number;
}

/** The edit as the part between the longest common prefix and suffix (null: no edit). */
function editBetween(before: string, after: string): Edit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, endBefore: before.length - suffix, endAfter: after.length - suffix };
}

/** Letters and digits: two of them side by side are one word. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether the characters on either side of a boundary belong to one word (typing "p" after "hel"). */
export function joinsWord(left: string | undefined, right: string | undefined): boolean {
  return left !== undefined && right !== undefined && WORD_CHAR.test(left) && WORD_CHAR.test(right);
}

/**
 * Whether `span` holds all of `text` but the whitespace around it: a finding about the draft as a
 * whole (no ask in it), which every edit of the draft touches.
 */
export function coversWholeText(text: string, span: Span): boolean {
  if (span.end <= span.start) return false;
  const first = text.search(/\S/);
  if (first === -1) return false;
  return span.start <= first && span.end >= text.trimEnd().length;
}

/**
 * A function moving spans of `before` to where they are in `after` (the edit computed once, for
 * all the findings of a report). A span the edit overlaps is gone (null): its words changed, and
 * drawing it would underline the wrong text. So is a span the edit touches at an edge when the
 * typing joins its first or last word: a finding of "We can hel" ends at the caret, and the "p"
 * typed next makes its last word another one. And so is a span of the whole draft: the draft it
 * judged is not the draft any more.
 */
export function spanRemapper(before: string, after: string): (span: Span) => Span | null {
  const edit = editBetween(before, after);
  if (edit === null) return (span) => span;
  const shift = after.length - before.length;
  return (span) => {
    if (coversWholeText(before, span)) return null;
    const empty = span.end <= span.start;
    if (span.end <= edit.start) {
      if (!empty && span.end === edit.start && joinsWord(before[span.end - 1], after[edit.start])) return null;
      return span;
    }
    if (span.start >= edit.endBefore) {
      if (!empty && span.start === edit.endBefore && joinsWord(after[edit.endAfter - 1], before[span.start])) return null;
      return { start: span.start + shift, end: span.end + shift };
    }
    return null;
  };
}

/** Where `span` of `before` is in `after`, or null when the edit changed its words (see spanRemapper). */
export function remapSpan(before: string, after: string, span: Span): Span | null {
  return spanRemapper(before, after)(span);
}

/**
 * The span holding `excerpt` in `text`: at `near` when it is still there, else the occurrence
 * closest to it; null when the excerpt is no longer in the text.
 */
export function locateExcerpt(text: string, excerpt: string, near: number): Span | null {
  if (text.slice(near, near + excerpt.length) === excerpt) return { start: near, end: near + excerpt.length };
  if (excerpt === '') return near <= text.length ? { start: near, end: near } : null;
  let best = -1;
  for (let at = text.indexOf(excerpt); at !== -1; at = text.indexOf(excerpt, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best === -1 ? null : { start: best, end: best + excerpt.length };
}

/** Longest underline drawn for one finding, in characters. */
export const MAX_UNDERLINE = 160;

/**
 * The part of a finding to underline. A finding can span a whole body (clarity/length) or a
 * long sentence; a wavy line under hundreds of words says nothing and costs a repaint of all of
 * them on every keystroke. Such spans are underlined on their first line, at most MAX_UNDERLINE
 * characters, ending at a word boundary; the card and the fix still use the whole span.
 */
export function underlineSpan(text: string, span: Span): Span {
  const excerpt = text.slice(span.start, span.end);
  const lineEnd = excerpt.indexOf('\n');
  let length = lineEnd === -1 ? excerpt.length : lineEnd;
  if (length > MAX_UNDERLINE) {
    const cut = excerpt.lastIndexOf(' ', MAX_UNDERLINE);
    length = cut > 0 ? cut : MAX_UNDERLINE;
  }
  // Trailing spaces are not worth a line under them.
  while (length > 0 && /\s/.test(excerpt[length - 1]!)) length--;
  return length === 0 && span.end > span.start ? span : { start: span.start, end: span.start + length };
}
