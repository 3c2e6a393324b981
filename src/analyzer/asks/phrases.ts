/**
 * A tiny phrase language for lexicons, matched against lower-case words (contractions already
 * expanded by nlp.ts, so "I'd love" is the words "i would love").
 *
 *   "would|could you"   a slot lists alternatives with "|"
 *   "i would really? love"   a slot ending in "?" may be absent
 *   "take a * look"     "*" is any one word
 *   "#"                 any number ("15", "two" …)
 */

interface Slot {
  alternatives: ReadonlySet<string>;
  optional: boolean;
  any: boolean;
  number: boolean;
}

export interface Phrase {
  source: string;
  slots: readonly Slot[];
}

const NUMBER_WORDS = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'ten', 'fifteen', 'twenty', 'thirty', 'forty', 'sixty', 'few', 'couple',
]);

function compileSlot(raw: string): Slot {
  const optional = raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  return {
    alternatives: new Set(body.split('|')),
    optional,
    any: body === '*',
    number: body === '#',
  };
}

/** Compiles a list of phrases once, at module load. */
export function phrases(list: readonly string[]): Phrase[] {
  return list.map((source) => ({ source, slots: source.trim().split(/\s+/).map(compileSlot) }));
}

function slotMatches(slot: Slot, word: string): boolean {
  if (slot.any) return word.length > 0;
  if (slot.number) return /^\d/.test(word) || NUMBER_WORDS.has(word);
  return slot.alternatives.has(word);
}

/** Words consumed when `phrase` matches `words` at `at`, or -1. Optional slots are tried both ways. */
function matchFrom(slots: readonly Slot[], s: number, words: readonly string[], at: number): number {
  if (s === slots.length) return 0;
  const slot = slots[s]!;
  const word = words[at];
  if (word !== undefined && slotMatches(slot, word)) {
    const rest = matchFrom(slots, s + 1, words, at + 1);
    if (rest >= 0) return rest + 1;
  }
  if (slot.optional) return matchFrom(slots, s + 1, words, at);
  return -1;
}

/** Length of the longest phrase of `list` that starts exactly at `words[at]`, or 0. */
export function matchAt(list: readonly Phrase[], words: readonly string[], at: number): number {
  let best = 0;
  for (const phrase of list) {
    const n = matchFrom(phrase.slots, 0, words, at);
    if (n > best) best = n;
  }
  return best;
}

/** Position of the first match of any phrase of `list` at or after `from` (before `to`), or -1. */
export function findPhrase(list: readonly Phrase[], words: readonly string[], from = 0, to = words.length): number {
  for (let i = from; i < to; i++) {
    if (matchAt(list, words, i) > 0) return i;
  }
  return -1;
}

/** End position (exclusive) of the first match found at or after `from`, or -1. */
export function findPhraseEnd(list: readonly Phrase[], words: readonly string[], from = 0, to = words.length): number {
  for (let i = from; i < to; i++) {
    const n = matchAt(list, words, i);
    if (n > 0) return i + n;
  }
  return -1;
}
