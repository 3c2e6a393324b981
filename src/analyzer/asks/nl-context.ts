/**
 * Where a Dutch sentence stands and how the Dutch classifier (./nl.ts) reads its text: the
 * context of a sentence (heading, list item, near the end, its neighbours), the folded text with
 * offsets back into the original, and the tokens and clause starts of a segment.
 */
import type { Draft, Sentence } from '../types';
import { HELP_OFFER_QUESTION, LEAD_IN_WORDS, PASSIVE_CLOSER } from '../lexicon/nl-asks';
import { execAll } from '../regex';

/** A word of a clause, with its offset in the segment text. */
export interface Token {
  word: string;
  start: number;
}

/** What the classifier knows about the sentence's place in the draft. */
export interface Context {
  kind: Draft['kind'];
  heading: boolean;
  listItem: boolean;
  standalone: boolean;
  nearEnd: boolean;
  /** A list item under "Heeft u vragen? Ik help u graag:": contact options of a help offer. */
  underHelpOffer: boolean;
  previous: string;
  next: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Fewer content words than this after a question leave it "at the end" of the body. */
const NEAR_END_WORDS = 15;

/** Where the sentence sits: heading or list item, near the end of the body, its neighbours. */
export function contextOf(draft: Draft, index: number): Context {
  const sentence = draft.sentences[index] as Sentence;
  const lineStart = draft.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const line = draft.text.slice(lineStart, sentence.end);
  const contentAfter = contentWordsFrom(draft)[sentence.firstWord + sentence.wordCount] ?? 0;
  return {
    kind: draft.kind,
    heading: /^\s*#{1,6}\s/.test(line),
    standalone: sentence.standalone,
    listItem: /^\s*(?:[-*•·▪▸►–]\s|\d{1,2}[.)]\s|\d\uFE0F?\u20E3|[✅❌✔☐☑✓✗]|\[[ x]\])/u.test(line),
    nearEnd: contentAfter < NEAR_END_WORDS,
    underHelpOffer: underHelpOffer(draft, index),
    previous: foldedSentence(draft, index - 1),
    next: foldedSentence(draft, index + 1),
  };
}

/**
 * For each word index, how many content words (not hashtags, links or numbers) follow from it to
 * the end of the body. Computed once per draft: every sentence of a long post asks for it.
 */
const CONTENT_WORDS_FROM = new WeakMap<Draft, number[]>();
export function contentWordsFrom(draft: Draft): number[] {
  let counts = CONTENT_WORDS_FROM.get(draft);
  if (counts) return counts;
  counts = new Array<number>(draft.words.length + 1).fill(0);
  for (let i = draft.words.length - 1; i >= 0; i--) {
    const word = draft.words[i]!.text;
    counts[i] = counts[i + 1]! + (/\p{L}/u.test(word) && !/^#|https?:|www\./.test(word) ? 1 : 0);
  }
  CONTENT_WORDS_FROM.set(draft, counts);
  return counts;
}

/** The nearest sentence above that is not a short line of its own offers help ("Ik help u graag!"). */
export function underHelpOffer(draft: Draft, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 8; i--) {
    const above = draft.sentences[i] as Sentence;
    if (above.standalone || above.wordCount <= 5) {
      if (isHelpOffer(foldedSentence(draft, i))) return true;
      continue;
    }
    return isHelpOffer(foldedSentence(draft, i));
  }
  return false;
}

export function isHelpOffer(text: string): boolean {
  const trimmed = text.replace(/[\s!.\p{Extended_Pictographic}\u{FE0F}]+$/u, '').replace(/^[\s#*\p{Extended_Pictographic}\u{FE0F}]+/u, '');
  return PASSIVE_CLOSER.some((p) => p.test(trimmed)) || HELP_OFFER_QUESTION.test(trimmed);
}

/**
 * The text as the patterns read it: lowercase, each run of whitespace (a hard wrap with its
 * trailing spaces included) one space, typographic apostrophes plain. `at[i]` is the index in
 * the original of folded character i, and `at[text.length]` the original's length.
 */
export interface Folded {
  text: string;
  at: number[];
}

export function foldWithOffsets(original: string): Folded {
  const lower = original.toLowerCase();
  // A few characters change length when lowercased ("İ"); then keep the original's case.
  const source = lower.length === original.length ? lower : original;
  let text = '';
  const at: number[] = [];
  for (const m of execAll(/\s+|\S+/g, source)) {
    if (/^\s/.test(m[0])) {
      text += ' ';
      at.push(m.index);
    } else {
      text += m[0];
      for (let k = 0; k < m[0].length; k++) at.push(m.index + k);
    }
  }
  at.push(original.length);
  return { text: text.replace(/’/g, "'"), at };
}

/** Folded sentence texts, once per draft: every sentence's context reads its neighbours. */
const FOLDED_SENTENCES = new WeakMap<Draft, string[]>();
export function foldedSentence(draft: Draft, index: number): string {
  let folded = FOLDED_SENTENCES.get(draft);
  if (!folded) {
    folded = draft.sentences.map((sentence) => fold(sentence.text));
    FOLDED_SENTENCES.set(draft, folded);
  }
  return folded[index] ?? '';
}

export function fold(text: string): string {
  const lower = text.toLowerCase();
  return (lower.length === text.length ? lower : text).replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** Where the words start, past leading emoji, arrows and markup. */
export function leadOffset(text: string): number {
  return text.length - leadStripped(text).length;
}

/**
 * The text without leading emoji, arrows and markup ("👉 Link in bio" → "link in bio"), and
 * without the number of an option written inline ("Twee opties: (1) doe de scan, of (2) …").
 */
export function leadStripped(text: string): string {
  return text.replace(/^[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u2190-\u21ff\u27a1*_>[(-]+(?:(?:\d{1,2}|[a-d])\)\s+)?/u, '');
}

export function tokenize(text: string): Token[] {
  return execAll(WORD, text).map((m) => ({ word: m[0], start: m.index }));
}

export function skipLeadIns(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length - 1 && LEAD_IN_WORDS.has(tokens[i]!.word)) i++;
  return tokens.slice(i);
}

/** Clause starts: the segment start, and after a comma, colon, semicolon, spaced dash or "en". */
export function clauseStarts(segment: string): number[] {
  const starts = [0];
  for (const m of execAll(/[,:;]\s+|\s[—–-]\s|\sen\s/g, segment)) starts.push(m.index + m[0].length);
  return starts;
}

export function clauseStartBefore(segment: string, index: number): number {
  const starts = clauseStarts(segment).filter((s) => s <= index);
  return starts[starts.length - 1] ?? 0;
}

/** [start, end) ranges of the text split at `separator`. */
export function pieces(text: string, separator: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of execAll(separator, text)) {
    out.push([from, m.index + 1]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

export function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}
