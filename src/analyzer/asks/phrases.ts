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

/** The first match of any phrase of `list` at or after `from`: where it starts and ends, or undefined. */
export function findPhrase(
  list: readonly Phrase[],
  words: readonly string[],
  from = 0,
): { at: number; end: number } | undefined {
  for (let i = from; i < words.length; i++) {
    const n = matchAt(list, words, i);
    if (n > 0) return { at: i, end: i + n };
  }
  return undefined;
}
