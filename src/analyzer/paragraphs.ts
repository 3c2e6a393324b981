/**
 * Work done per paragraph, kept between analyses of a draft while it is typed. Phrase and
 * deadline searches read no further than the paragraph they are in (quotation marks, clause
 * starts and phrases all stop at a blank line), so their hits in a paragraph depend on its text
 * alone: a keystroke in the last paragraph leaves the hits of the others where they were.
 */
import { Lru } from './lru';
import type { Span } from './types';
import { execAll } from './regex';

const BLANK_LINE = /\n[ \t]*\n\s*/g;

/** A paragraph and its text. */
interface Paragraph extends Span {
  text: string;
}

/**
 * The paragraphs last split, by range: every rule of one analysis asks for the same ones, and
 * handing out the same strings lets the memos hash each paragraph's text once.
 */
let lastText = '';
let lastSplits = new Map<string, Paragraph[]>();

function paragraphsWithText(text: string, range: Span): Paragraph[] {
  if (text !== lastText) {
    lastText = text;
    lastSplits = new Map();
  }
  const at = `${range.start}-${range.end}`;
  let split = lastSplits.get(at);
  if (!split) {
    split = paragraphsOf(text, range).map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
    lastSplits.set(at, split);
  }
  return split;
}

/** The paragraphs of `range` in `text`: the stretches between blank lines, none empty. */
export function paragraphsOf(text: string, range: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(range.start, range.end);
  let start = 0;
  for (const m of execAll(BLANK_LINE, slice)) {
    if (m.index > start) out.push({ start: range.start + start, end: range.start + m.index });
    start = m.index + m[0].length;
  }
  if (slice.length > start) out.push({ start: range.start + start, end: range.end });
  return out;
}

const memos: { clear(): void }[] = [];

/** Empties every paragraph memo (benchmarks and tests measure and check first analyses with it). */
export function clearParagraphMemos(): void {
  for (const memo of memos) memo.clear();
}

/**
 * A memo of one search: the function returned, called as `(salt, text, range, find)`, runs `find(from, to)` on each paragraph
 * of `range` whose text (under `salt`: the language, a list's name) it has not seen, and shifts
 * what it kept for the others to where they are now.
 */
export function paragraphMemo<T extends Span>(size = 512) {
  const bySalt = new Map<string, Lru<readonly T[]>>();
  memos.push(bySalt);
  return (salt: string, text: string, range: Span, find: (from: number, to: number) => T[]): T[] => {
    let memo = bySalt.get(salt);
    if (!memo) {
      memo = new Lru<readonly T[]>(size);
      bySalt.set(salt, memo);
    }
    const out: T[] = [];
    for (const p of paragraphsWithText(text, range)) {
      let kept = memo.get(p.text);
      if (!kept) {
        kept = find(p.start, p.end).map((hit) => ({ ...hit, start: hit.start - p.start, end: hit.end - p.start }));
        memo.set(p.text, kept);
      }
      for (const hit of kept) out.push({ ...hit, start: hit.start + p.start, end: hit.end + p.start });
    }
    return out;
  };
}
