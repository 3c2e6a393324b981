/**
 * Words and sentences of the body, with offsets into the original text.
 *
 * Sales emails are often hard-wrapped at ~60–76 characters and posts use a line per thought,
 * so a line break alone says little: a break ends a sentence when the line ends in sentence
 * punctuation, the next line is a list item or a link, or the line is a short one of its own;
 * a long line without punctuation, or a next line starting in lower case, is a wrap.
 */
import { isBlank, splitLines } from './lines';
import type { Line } from './lines';
import { Lru } from './lru';
import { paragraphsOf } from './paragraphs';
import { knownPlainForms, plainForm } from './word-forms';
import type { Sentence, Span, Word } from './types';
import { execAll } from './regex';

/** Links, e-mail addresses and words (with inner apostrophes, hyphens, dots and underscores: "don't", "e-mail", "3.5"). */
const WORD =
  /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’]|www\.[^\s<>"]+[^\s<>".,;:!?)\]'’]|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.\-_@&/][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** List markers at the start of a line: "- ", "• ", "1. ", "a) ", "✅ ", "👉 ". */
const BULLET = /^\s*(?:[-*•·▪►→✓✔]|\d{1,2}[.)]|[a-z][.)]|[\p{Extended_Pictographic}\u200d\ufe0f]+)\s+/u;
const LINK_START = /^\s*(https?:\/\/|www\.)/i;
/**
 * A line ending in a link ("Book here: https://…", "Dataset: huggingface.co/datasets/…"): a link
 * closes its line, the next one starts anew. A bare domain counts when a path follows it.
 */
const LINK_END = /(?:https?:\/\/|www\.|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/)\S*$/i;
const ENDS_SENTENCE = /[.!?…:;]["'”’)\]*_]*\s*$|[\p{Extended_Pictographic}\ufe0f]\s*$/u;
const TERMINAL = /[.!?…]["'”’)\]*_]*$/;

/** Abbreviations after which a full stop does not end the sentence (English and Dutch). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'approx', 'incl', 'no', 'st', 'jr', 'sr', 'inc', 'ltd', 'co',
  'bijv', 'o.a', 'd.w.z', 'm.a.w', 'z.s.m', 't.a.v', 'i.v.m', 'nl', 'ca', 'resp', 'jl', 'a.s', 'evt', 'mbt', 'm.b.t', 'dhr',
  'mevr', 'zgn', 'bv', 'n.a.v', 'p.s', 'ps', 'excl', 'min', 'max', 'nr', 'tel',
]);

/**
 * Of those, the ones that introduce what follows and so never end a sentence, even before a capital:
 * titles before a name ("Mr. Jansen", "dhr. De Vries") and the "for example" family ("(bijv. Acme)",
 * "e.g. Slack").
 */
const NEVER_LAST = new Set(['e.g', 'i.e', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'bijv', 'o.a', 'd.w.z', 'm.a.w', 't.a.v', 'i.v.m', 'dhr', 'mevr', 'zgn', 'bv', 'n.a.v', 'nr', 'tel']);

/** A paragraph's words and sentences, offsets from its start; sentences' `firstWord` within it. */
interface Segmented {
  words: readonly Word[];
  sentences: readonly Sentence[];
  /** The words as the word lists compare them (word-forms.ts), made once per paragraph. */
  forms: readonly string[];
}

/**
 * Chunks and sentences stop at a blank line and words at a line break, so a paragraph is
 * segmented the same on its own as inside the draft: a keystroke re-segments its own paragraph
 * only and the others come from this memo, shifted to where they are now.
 */
const segmented = new Lru<Segmented>(512);

export function segment(text: string, body: Span[]): { words: Word[]; sentences: Sentence[] } {
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const forms: string[] = [];
  for (const part of body) {
    for (const p of paragraphsOf(text, part)) {
      const paragraph = text.slice(p.start, p.end);
      let kept = segmented.get(paragraph);
      if (!kept) {
        kept = segmentParagraph(paragraph);
        segmented.set(paragraph, kept);
      }
      const base = words.length;
      for (const w of kept.words) words.push({ start: w.start + p.start, end: w.end + p.start, text: w.text });
      for (const form of kept.forms) forms.push(form);
      for (const s of kept.sentences) sentences.push({ ...s, start: s.start + p.start, end: s.end + p.start, firstWord: s.firstWord + base });
    }
  }
  knownPlainForms(words, forms);
  return { words, sentences };
}

/** Empties the memo (./caches.ts empties every cache of the analyzer). */
export function clearSegmentMemo(): void {
  segmented.clear();
}

function segmentParagraph(text: string): Segmented {
  const words: Word[] = [];
  const spans: Array<Span & { startsLine: boolean; wholeLine: boolean }> = [];
  for (const m of execAll(WORD, text)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const chunk of lineChunks(text, { start: 0, end: text.length })) splitSentences(text, chunk, spans);

  const sentences: Sentence[] = [];
  let w = 0;
  for (const s of spans) {
    while (w < words.length && words[w]!.start < s.start) w++;
    let n = 0;
    while (w + n < words.length && words[w + n]!.start < s.end) n++;
    if (n === 0) continue;
    const slice = text.slice(s.start, s.end);
    sentences.push({
      start: s.start,
      end: s.end,
      text: slice,
      firstWord: w,
      wordCount: n,
      startsLine: s.startsLine,
      standalone: s.wholeLine && !TERMINAL.test(slice),
    });
    w += n;
  }
  return { words, sentences, forms: words.map((word) => plainForm(word.text)) };
}

interface Chunk extends Span {
  /** The chunk is exactly one source line (no wrap joined into it). */
  wholeLine: boolean;
}

/** Joins wrapped lines of one body part into chunks that sentence punctuation then splits further. */
function lineChunks(text: string, part: Span): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  let prev: Line | null = null;
  for (const line of splitLines(text, part.start, part.end)) {
    if (isBlank(line)) {
      if (current) chunks.push(current);
      current = null;
      prev = null;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    const contentStart = line.start + (bullet ? bullet[0].length : /^\s*/.exec(line.text)![0].length);
    if (current && prev && continuesSentence(prev, line, Boolean(bullet))) {
      current.end = line.end;
      current.wholeLine = false;
    } else {
      if (current) chunks.push(current);
      current = { start: contentStart, end: line.end, wholeLine: true };
    }
    prev = line;
  }
  if (current) chunks.push(current);
  return chunks;
}

function continuesSentence(prev: Line, next: Line, nextIsBullet: boolean): boolean {
  const p = prev.text.trimEnd();
  const n = next.text.trimStart();
  if (nextIsBullet || LINK_START.test(n) || LINK_START.test(p.trimStart()) || LINK_END.test(p) || /^#/.test(n)) return false;
  if (ENDS_SENTENCE.test(p)) return false;
  if (/^[\p{Ll}(]/u.test(n)) return true;
  return p.length >= 50;
}

/** Splits a chunk at sentence punctuation followed by space, minding abbreviations and decimals. */
function splitSentences(text: string, chunk: Chunk, out: Array<Span & { startsLine: boolean; wholeLine: boolean }>): void {
  const slice = text.slice(chunk.start, chunk.end);
  const boundary = /[.!?…]+["'”’)\]*_]*(?=\s+|$)|[!?]+(?=[\p{Extended_Pictographic}])/gu;
  let start = 0;
  let first = true;
  for (const m of execAll(boundary, slice)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(slice, m.index, end)) continue;
    // A quoted question inside the sentence: 'If "why does it take so long?" sounds familiar, …'.
    if (/["”’']$/u.test(m[0]) && /^\s+\p{Ll}/u.test(slice.slice(end))) continue;
    push(start, end);
    start = end;
  }
  push(start, slice.length);

  function push(from: number, to: number): void {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(slice[a]!)) a++;
    while (b > a && /\s/.test(slice[b - 1]!)) b--;
    if (b <= a) return;
    out.push({
      start: chunk.start + a,
      end: chunk.start + b,
      startsLine: first,
      wholeLine: first && chunk.wholeLine && b === slice.trimEnd().length,
    });
    first = false;
  }
}

function isAbbreviation(slice: string, dot: number, after: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(slice.slice(Math.max(0, dot - 12), dot));
  const token = before ? before[1]!.toLowerCase() : '';
  const next = slice.slice(after).trimStart();
  if (token.length === 1 && /^\p{Lu}/u.test(token.toUpperCase()) && /\p{Lu}/u.test(slice[dot - 1] ?? '')) return true;
  if (!ABBREVIATIONS.has(token)) return false;
  if (next === '') return false;
  if (NEVER_LAST.has(token)) return true;
  // After another abbreviation a capital may still start a new sentence; only a lower-case word surely continues it.
  return /^[\p{Ll}\p{N}]/u.test(next);
}
