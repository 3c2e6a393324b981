/**
 * Markup that templates and CRM snippets carry into a draft, read as the sent mail shows it:
 * - inline markdown emphasis ("Mag ik een **VIP-code** aanmaken (bijv. `ACME-VIP`)?"): the words,
 *   not the marks. Only paired marks on one line count: `**…**`, `__…__` and `` `…` ``; a lone
 *   asterisk (a bullet, a footnote, "*|FNAME|*") and a bold button label are left as written;
 * - HTML tags of a template kept as HTML ("<p>Hi {{name}},</p>", "<br>", "<b>…</b>"): inline tags
 *   read as nothing, block tags as the line break the mail shows; a link's tags stay, so its
 *   address is still read as a link;
 * - spintax, the variations a sequencing tool picks from per mail ("{Open to|Interested in} a
 *   call?"): read as its first variation, as the first mail sent would say it;
 * - the "bold" and "italic" letters LinkedIn posts borrow from Unicode's mathematical alphabets
 *   ("𝗪𝗮𝗻𝘁 𝘁𝗼 𝘀𝗲𝗲?"): read as the plain letters they show.
 */
import type { Span } from '../types';
import type { FieldKind } from './values';
import { execAll } from '../regex';

/** Letters and digits of the mathematical alphabets (U+1D400–U+1D7FF), in runs. */
const STYLED = /[\u{1D400}-\u{1D7FF}]+/gu;

/** Styled runs read as their compatibility form: "𝗪𝗮𝗻𝘁" → "Want". */
function styledLetters(text: string): Mark[] {
  if (!/[\uD835]/.test(text)) return [];
  return execAll(STYLED, text).map((m) => mark(m.index, m.index + m[0].length, m[0].normalize('NFKC')));
}

/** Markup and what it reads as. */
export interface Mark extends Span {
  kind: FieldKind;
  inner: undefined;
  value: string;
}

const PAIRED = /(\*\*|__|`)(?=\S)([^\n]*?\S)\1/g;

const INLINE_TAGS = 'b|i|u|s|em|strong|small|big|sub|sup|span|font|mark|code';
const BLOCK_TAGS = 'p|br|hr|div|li|ul|ol|h[1-6]|tr|td|th|table|tbody|thead|blockquote|pre|center|section';
const HTML_TAG = new RegExp(`</?(?:(${INLINE_TAGS})|(${BLOCK_TAGS}))(?:\\s[^<>]*)?/?>`, 'gi');

/** "{a|b|c}": two or more variations on one line; a variation may hold a field ("{COMPANY}"). */
const VARIATION = '(?:[^{}|\\n]|\\{[^{}|\\n]*\\})*';
const SPINTAX = new RegExp(`\\{(${VARIATION})(?:\\|${VARIATION})+\\}`, 'g');

function mark(start: number, end: number, value: string): Mark {
  return { start, end, kind: 'control', inner: undefined, value };
}

/** Emphasis marks outside `inside` spans. */
function emphasis(text: string, inside: (at: number) => boolean): Mark[] {
  if (!/[*_`]/.test(text)) return [];
  const marks: Mark[] = [];
  for (const m of execAll(PAIRED, text)) {
    const open = m.index;
    const close = open + m[0].length - m[1]!.length;
    if (inside(open) || inside(close)) continue;
    // A bold button label ("[**JA, IK DOE MEE**](…)") stays as written: its marks say it is a button.
    if (text[open - 1] === '[' || text[close + m[1]!.length] === ']') continue;
    marks.push(mark(open, open + m[1]!.length, ''), mark(close, close + m[1]!.length, ''));
  }
  return marks;
}

/** HTML tags: a block tag next to a line break adds none of its own. */
function htmlTags(text: string, inside: (at: number) => boolean): Mark[] {
  if (!text.includes('<')) return [];
  const marks: Mark[] = [];
  for (const m of execAll(HTML_TAG, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inside(start)) continue;
    const block = m[2] !== undefined;
    const nearBreak = /\n/.test(text.slice(Math.max(0, start - 1), start)) || /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 40));
    marks.push(mark(start, end, block && !nearBreak && start > 0 ? '\n' : ''));
  }
  return marks;
}

/** The braces and the later variations read as nothing, so the first one reads with its own fields. */
function spintax(text: string, inside: (at: number) => boolean): Mark[] {
  if (!text.includes('|')) return [];
  const marks: Mark[] = [];
  for (const m of execAll(SPINTAX, text)) {
    if (inside(m.index)) continue;
    const firstEnd = m.index + 1 + m[1]!.length;
    marks.push(mark(m.index, m.index + 1, ''), mark(firstEnd, m.index + m[0].length, ''));
  }
  return marks;
}

/** The markup of `text` outside the spans already `taken` (placeholders), in text order, none overlapping. */
export function markupMarks(text: string, taken: readonly Span[]): Mark[] {
  const spans: Span[] = [...taken];
  const inside = (at: number): boolean => spans.some((s) => at >= s.start && at < s.end);
  const marks: Mark[] = [];
  for (const find of [styledLetters, spintax, htmlTags, emphasis]) {
    const found = find(text, inside);
    marks.push(...found);
    spans.push(...found);
  }
  return marks.sort((a, b) => a.start - b.start);
}

/** Placeholders and marks together, in text order; a field inside a later variation goes with it. */
export function withMarks<T extends Span>(placeholders: readonly T[], marks: readonly Mark[]): (T | Mark)[] {
  const kept = placeholders.filter((p) => !marks.some((m) => m.start <= p.start && p.end <= m.end));
  return [...kept, ...marks].sort((a, b) => a.start - b.start);
}
