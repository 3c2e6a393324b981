/**
 * A classifier's verdicts on a sentence, kept between analyses of a draft while it is typed.
 *
 * The classifiers (./en.ts, ./nl.ts) read a sentence and a bounded neighbourhood of it: the
 * lines and sentences above it (a list's lead-in, a help offer, an opening quote mark within
 * its paragraph), the next sentence, and how many words follow it before the body ends (is it
 * the close?). The key below is that whole neighbourhood as text, with the spans of the body
 * and of the sentences inside it, so a sentence whose neighbourhood did not change is not read
 * again, and one whose neighbourhood did is. `tests/analyzer/asks-memo.test.ts` checks that
 * edited drafts read the same with the memo warm as from a cold start.
 */
import { firstWordEndingAfter } from '../body-search';
import { Lru } from '../lru';
import type { Draft } from '../types';
import type { AskDraft, SentenceClassifier } from './classify';
import { contentWordsFrom } from './nl-context';

/** Sentences above the one classified that the Dutch classifier may read (a help offer over contact lines). */
const SENTENCES_ABOVE = 8;
/** Lines above it that a classifier may read up to a blank line (the lead-in of a list of steps). */
const LINES_ABOVE = 13;
/** Characters above it within its paragraph that the English classifier may read (an open quote mark). */
const CHARS_ABOVE = 1500;
/**
 * Words after it that a classifier counts to tell whether the sentence closes the body: English
 * counts up to 11 words that are no hashtags, Dutch up to 15 with letters that are no hashtag or
 * link. The key reaches past one more.
 */
const PLAIN_WORDS_AFTER = 12;
const CONTENT_WORDS_AFTER = 16;

const MEMO_SIZE = 1024;
const verdicts = new Lru<readonly AskDraft[]>(MEMO_SIZE);

/** Start of the `lines`-th line above `offset`, or of the first blank line above it, or 0. */
function linesBack(text: string, offset: number, lines: number): number {
  let end = text.lastIndexOf('\n', offset - 1);
  for (let i = 0; i < lines && end >= 0; i++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).trim() === '') return start;
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
 * For each word index, how many words that are no hashtag follow from it (what the English
 * classifier counts); the Dutch classifier's own count of content words is `contentWordsFrom`.
 */
const plainWordsAfter = new WeakMap<Draft, Int32Array>();

function plainWordsFrom(draft: Draft): Int32Array {
  let counts = plainWordsAfter.get(draft);
  if (counts) return counts;
  const n = draft.words.length;
  counts = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const word = draft.words[i]!;
    const plain = !word.text.startsWith('#') && draft.text[word.start - 1] !== '#';
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

/** Everything the classifiers may read about sentence `index`, as one string. */
export function neighbourhoodKey(draft: Draft, index: number): string {
  const { text, sentences } = draft;
  const sentence = sentences[index]!;
  const from = readFrom(draft, index);
  const to = Math.min(
    text.length,
    draft.lang === 'nl'
      ? Math.max(sentences[index + 1]?.end ?? sentence.end, countedWordsEnd(draft, contentWordsFrom(draft), sentence.end, CONTENT_WORDS_AFTER))
      : // The writer's own answer to a hook question is read in the first of these words too.
        countedWordsEnd(draft, plainWordsFrom(draft), sentence.end, PLAIN_WORDS_AFTER),
  );
  const spans: string[] = [];
  // Clipped to the neighbourhood: where the body ends far below does not change the reading here.
  for (const b of draft.body) if (b.end > from && b.start < to) spans.push(`b${Math.max(b.start, from) - from}-${Math.min(b.end, to) - from}`);
  for (let i = Math.max(0, index - SENTENCES_ABOVE - 1); i < sentences.length && sentences[i]!.start < to; i++) {
    const s = sentences[i]!;
    if (s.end > from) spans.push(`s${Math.max(s.start, from) - from}-${Math.min(s.end, to) - from}${s.standalone ? 'a' : ''}${s.startsLine ? 'l' : ''}`);
  }
  return `${draft.lang}|${draft.kind}|${draft.thread}|${sentence.start - from}|${spans.join(',')}|${text.slice(from, to)}`;
}

/** The classifier's asks for sentence `index`, from the memo when its neighbourhood was read before. */
export function memoClassify(classify: SentenceClassifier, draft: Draft, index: number): readonly AskDraft[] {
  const key = neighbourhoodKey(draft, index);
  const start = draft.sentences[index]!.start;
  const kept = verdicts.get(key);
  if (kept) return kept.map((a) => ({ start: a.start + start, end: a.end + start, form: a.form }));
  const found = classify(draft, index);
  verdicts.set(
    key,
    found.map((a) => ({ start: a.start - start, end: a.end - start, form: a.form })),
  );
  return found;
}

/** Empties the memo (benchmarks and tests measure and check first analyses with it). */
export function clearAskMemo(): void {
  verdicts.clear();
}
