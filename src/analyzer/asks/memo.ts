/**
 * A classifier's verdicts on a sentence, kept between analyses of a draft while it is typed.
 *
 * The classifiers (./en.ts, ./nl.ts) read a sentence and a bounded neighbourhood of it: the
 * lines and sentences above it (a list's lead-in, a help offer, an opening quote mark within
 * its paragraph), the next sentence, and how many words follow it before the body ends (is it
 * the close?); in an English post, also the run of questions it stands in and what follows that
 * run. A verdict is kept with that whole neighbourhood: its text, and the spans of the body and of
 * the sentences inside it; a sentence whose neighbourhood did not change is not read
 * again, and one whose neighbourhood did is. `tests/analyzer/cached-analysis.test.ts` checks that
 * edited drafts read the same with the memo warm as from a cold start.
 */
import { firstWordEndingAfter } from '../body-search';
import { Lru } from '../lru';
import type { Ask, Draft, Lang } from '../types';
import type { AskDraft, SentenceClassifier } from './classify';
import { contentWordsFrom } from './nl-context';
import { questionRun } from './en-question';

/** Sentences above the one classified that the Dutch classifier may read (a help offer over contact lines). */
const SENTENCES_ABOVE = 8;
/** Lines above it that a classifier may read up to a blank line (the lead-in of a list of steps). */
const LINES_ABOVE = 13;
/** Characters above it within its paragraph that the English classifier may read (an open quote mark). */
const CHARS_ABOVE = 1500;
/**
 * Words after it that a classifier counts to tell whether the sentence closes the body: English
 * counts up to 11 words that are no hashtags and stand outside brackets, Dutch up to 15 with letters that are no hashtag or
 * link. The key reaches past one more.
 */
const PLAIN_WORDS_AFTER = 12;
const CONTENT_WORDS_AFTER = 16;

const MEMO_SIZE = 1024;

/** A verdict and the neighbourhood it was read in (the key holds only fingerprints of it). */
interface Verdict {
  neighbourhood: string;
  spans: readonly number[];
  asks: readonly AskDraft[];
}
const verdicts = new Lru<Verdict>(MEMO_SIZE);
/** What an ask's own words say (its size and action), keyed by language and those words. */
type AskReading = Pick<Ask, 'size' | 'action'>;
const askReadings = new Lru<AskReading>(MEMO_SIZE);

/** Any character other than white space (global, so it can be run from a set lastIndex). */
const NOT_SPACE = /\S/g;

/** Whether text[start, end) is all white space (no slice made: this runs for every line above every sentence). */
function blankBetween(text: string, start: number, end: number): boolean {
  NOT_SPACE.lastIndex = start;
  const found = NOT_SPACE.exec(text);
  return found === null || found.index >= end;
}

/** Start of the `lines`-th line above `offset`, or of the first blank line above it, or 0. */
function linesBack(text: string, offset: number, lines: number): number {
  let end = text.lastIndexOf('\n', offset - 1);
  for (let i = 0; i < lines && end >= 0; i++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (blankBetween(text, start, end)) return start;
    end = start - 1;
  }
  return Math.max(0, end);
}

/** Where the classifiers' reading above sentence `index` may start. */
function readFrom(draft: Draft, index: number): number {
  const { text, sentences } = draft;
  const sentence = sentences[index]!;
  const lines = linesBack(text, sentence.start, LINES_ABOVE);
  if (draft.lang === 'nl') return Math.min(lines, sentences[Math.max(0, index - SENTENCES_ABOVE)]!.start);
  const paragraph = text.lastIndexOf('\n\n', sentence.start);
  return Math.min(lines, Math.max(paragraph, sentence.start - CHARS_ABOVE, 0));
}

/**
 * For each word index, how many words that are no hashtag and stand outside brackets follow from it
 * (what the English classifier counts); the Dutch classifier's own count of content words is `contentWordsFrom`.
 */
const plainWordsAfter = new WeakMap<Draft, Int32Array>();

function plainWordsFrom(draft: Draft): Int32Array {
  let counts = plainWordsAfter.get(draft);
  if (counts) return counts;
  const { text, words } = draft;
  // Which words stand in a bracketed aside on their line (en-question.ts, inParentheses), in one pass.
  const aside = new Uint8Array(words.length);
  let open = false;
  for (let c = 0, w = 0; w < words.length; c++) {
    while (w < words.length && words[w]!.start === c) aside[w++] = open ? 1 : 0;
    const ch = text[c];
    if (ch === '\n' || ch === undefined) open = false;
    else if (ch === '(') open = true;
    else if (ch === ')') open = false;
    if (ch === undefined) break;
  }
  counts = new Int32Array(words.length + 1);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    // As the English classifier counts them: no hashtags, no words of an aside in brackets.
    const plain = !word.text.startsWith('#') && text[word.start - 1] !== '#' && aside[i] === 0;
    counts[i] = counts[i + 1]! + (plain ? 1 : 0);
  }
  plainWordsAfter.set(draft, counts);
  return counts;
}

/**
 * Where the first `wanted` words of `counts` after `offset` end; the text's end when fewer
 * follow (then the key reaches the end, and with it whether the sentence closes the body).
 */
function countedWordsEnd(draft: Draft, counts: ArrayLike<number>, offset: number, wanted: number): number {
  const first = firstWordEndingAfter(draft.words, offset);
  const target = counts[first]! - wanted;
  if (target < 0) return draft.text.length;
  // The last word index j with counts[j] > target: words first..j hold `wanted` of them.
  let lo = first;
  let hi = draft.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (counts[mid + 1]! > target) lo = mid + 1;
    else hi = mid;
  }
  return draft.words[lo]!.end;
}

/**
 * Prefix hashes of a draft's text (mod 2^32), so that the fingerprint of any stretch of it costs
 * two multiplications. A key holding the neighbourhood's own text made every lookup hash up to
 * 1,500 characters per sentence, at every keystroke; a fingerprint in the key and a comparison
 * with the kept text on a hit keep the memo exact for a fraction of that.
 */
interface PrefixHashes {
  hashes: Int32Array;
  powers: Int32Array;
}
const HASH_BASE = 0x01000193;
const prefixHashes = new WeakMap<Draft, PrefixHashes>();

function hashesOf(draft: Draft): PrefixHashes {
  let kept = prefixHashes.get(draft);
  if (kept) return kept;
  const { text } = draft;
  const hashes = new Int32Array(text.length + 1);
  const powers = new Int32Array(text.length + 1);
  powers[0] = 1;
  for (let i = 0; i < text.length; i++) {
    hashes[i + 1] = (Math.imul(hashes[i]!, HASH_BASE) + text.charCodeAt(i)) | 0;
    powers[i + 1] = Math.imul(powers[i]!, HASH_BASE);
  }
  kept = { hashes, powers };
  prefixHashes.set(draft, kept);
  return kept;
}

function fingerprint(draft: Draft, from: number, to: number): number {
  const { hashes, powers } = hashesOf(draft);
  return (hashes[to]! - Math.imul(hashes[from]!, powers[to - from]!)) | 0;
}

/** The stretch of text the classifiers may read about sentence `index`. */
function neighbourhoodOf(draft: Draft, index: number): { from: number; to: number } {
  const { text, sentences } = draft;
  const sentence = sentences[index]!;
  const to = Math.min(
    text.length,
    draft.lang === 'nl'
      ? Math.max(sentences[index + 1]?.end ?? sentence.end, countedWordsEnd(draft, contentWordsFrom(draft), sentence.end, CONTENT_WORDS_AFTER))
      : // The writer's own answer to a hook question is read in the first of these words too.
        countedWordsEnd(draft, plainWordsFrom(draft), sentence.end, PLAIN_WORDS_AFTER),
  );
  if (draft.kind !== 'post' || draft.lang === 'nl') return { from: readFrom(draft, index), to };
  // In an English post a question is read with the run of questions it stands in and the words after
  // that run (en-question.ts, inQuestionRun), and with the short answered pairs two sentences either side.
  const [first, last] = questionRun(draft, index);
  const runEnd = countedWordsEnd(draft, plainWordsFrom(draft), sentences[last]!.end, PLAIN_WORDS_AFTER);
  const pairsEnd = sentences[Math.min(sentences.length - 1, index + 3)]!.end;
  const pairsStart = sentences[Math.max(0, Math.min(first, index - 2))]!.start;
  return { from: Math.min(readFrom(draft, index), pairsStart), to: Math.min(text.length, Math.max(to, runEnd, pairsEnd)) };
}

/**
 * Everything else the classifiers may read about sentence `index`: the body and sentence spans
 * in its neighbourhood, clipped to it and relative to its start, as numbers (a body span is
 * marked -1, a sentence its flags: 1 standalone, 2 starts a line).
 */
function spansAround(draft: Draft, index: number, from: number, to: number): number[] {
  const { sentences } = draft;
  const spans: number[] = [];
  // Clipped to the neighbourhood: where the body ends far below does not change the reading here.
  for (const b of draft.body) if (b.end > from && b.start < to) spans.push(-1, Math.max(b.start, from) - from, Math.min(b.end, to) - from);
  for (let i = Math.max(0, index - SENTENCES_ABOVE - 1); i < sentences.length && sentences[i]!.start < to; i++) {
    const s = sentences[i]!;
    if (s.end > from) spans.push((s.standalone ? 1 : 0) + (s.startsLine ? 2 : 0), Math.max(s.start, from) - from, Math.min(s.end, to) - from);
  }
  return spans;
}

function hashOf(numbers: readonly number[]): number {
  let hash = 0;
  for (const n of numbers) hash = (Math.imul(hash, HASH_BASE) + n) | 0;
  return hash;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The classifier's asks for sentence `index`, from the memo when its neighbourhood was read before. */
export function memoClassify(classify: SentenceClassifier, draft: Draft, index: number): readonly AskDraft[] {
  const { from, to } = neighbourhoodOf(draft, index);
  const spans = spansAround(draft, index, from, to);
  const start = draft.sentences[index]!.start;
  // Fingerprints in the key, the kept text and spans compared on a hit: exact, and no long key to hash.
  const key = `${draft.lang}|${draft.kind}|${draft.thread}|${start - from}|${to - from}|${fingerprint(draft, from, to)}|${hashOf(spans)}`;
  const kept = verdicts.get(key);
  if (kept && sameNumbers(kept.spans, spans) && draft.text.startsWith(kept.neighbourhood, from)) {
    return kept.asks.map((a) => ({ start: a.start + start, end: a.end + start, form: a.form }));
  }
  const found = classify(draft, index);
  verdicts.set(key, {
    neighbourhood: draft.text.slice(from, to),
    spans,
    asks: found.map((a) => ({ start: a.start - start, end: a.end - start, form: a.form })),
  });
  return found;
}

/** `read(text)` for an ask's text, from the memo when the same words in the same language were read before. */
export function memoAskReading(lang: Lang, text: string, read: (text: string) => AskReading): AskReading {
  const key = `${lang}|${text}`;
  const kept = askReadings.get(key);
  if (kept) return kept;
  const reading = read(text);
  askReadings.set(key, reading);
  return reading;
}

/** Empties the memos (benchmarks and tests measure and check first analyses with them). */
export function clearAskMemo(): void {
  verdicts.clear();
  askReadings.clear();
}
