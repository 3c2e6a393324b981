/**
 * Inline markdown emphasis that templates and CRM snippets carry into a draft ("Mag ik een
 * **VIP-code** aanmaken (bijv. `ACME-VIP`)?"): the reader of the sent mail sees the words, not the
 * marks, so the rules read the words. Only paired marks on one line count: `**…**`, `__…__` and
 * `` `…` ``; a lone asterisk (a bullet, a footnote, "*|FNAME|*") and a bold button label are left
 * as written.
 */
import type { Span } from '../types';
import type { FieldKind } from './values';

/** A mark read as nothing (its value is the empty one of template logic). */
export interface Mark extends Span {
  kind: FieldKind;
  inner: undefined;
}

const PAIRED = /(\*\*|__|`)(?=\S)([^\n]*?\S)\1/g;

/** The emphasis marks of `text` outside the spans already `taken` (placeholders), in text order. */
export function markupMarks(text: string, taken: readonly Span[]): Mark[] {
  if (!/[*_`]/.test(text)) return [];
  const marks: Mark[] = [];
  const inside = (at: number): boolean => taken.some((s) => at >= s.start && at < s.end);
  for (const m of text.matchAll(PAIRED)) {
    const open = m.index;
    const close = open + m[0].length - m[1]!.length;
    if (inside(open) || inside(close)) continue;
    // A bold button label ("[**JA, IK DOE MEE**](…)") stays as written: its marks say it is a button.
    if (text[open - 1] === '[' || text[close + m[1]!.length] === ']') continue;
    marks.push({ start: open, end: open + m[1]!.length, kind: 'control', inner: undefined });
    marks.push({ start: close, end: close + m[1]!.length, kind: 'control', inner: undefined });
  }
  return marks;
}

/** Placeholders and marks together, in text order (they never overlap). */
export function withMarks<T extends Span>(placeholders: readonly T[], marks: readonly Mark[]): (T | Mark)[] {
  return [...placeholders, ...marks].sort((a, b) => a.start - b.start);
}
