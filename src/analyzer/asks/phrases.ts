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

/**
 * A list's phrases by the words they can start with, and those that can start with any word.
 * The classifiers try whole lexicons at every word of every sentence; a phrase whose first word
 * differs cannot match, so only the few that can start there are tried.
 */
interface FirstWordIndex {
  byWord: ReadonlyMap<string, readonly Phrase[]>;
  anyWord: readonly Phrase[];
}

const indexes = new WeakMap<readonly Phrase[], FirstWordIndex>();

function indexOf(list: readonly Phrase[]): FirstWordIndex {
  const kept = indexes.get(list);
  if (kept) return kept;
  const byWord = new Map<string, Phrase[]>();
  const anyWord: Phrase[] = [];
  for (const phrase of list) {
    // The slots a match may start in: the first one, and past it while the slots are optional.
    const leading: Slot[] = [];
    for (const slot of phrase.slots) {
      leading.push(slot);
      if (!slot.optional) break;
    }
    if (leading.some((slot) => slot.any || slot.number)) {
      anyWord.push(phrase);
      continue;
    }
    const words = new Set(leading.flatMap((slot) => [...slot.alternatives]));
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), phrase]);
  }
  const index = { byWord, anyWord };
  indexes.set(list, index);
  return index;
}

function longestFrom(candidates: readonly Phrase[], words: readonly string[], at: number, best: number): number {
  for (const phrase of candidates) {
    const n = matchFrom(phrase.slots, 0, words, at);
    if (n > best) best = n;
  }
  return best;
}

/** Length of the longest phrase of `list` that starts exactly at `words[at]`, or 0. */
export function matchAt(list: readonly Phrase[], words: readonly string[], at: number): number {
  const word = words[at];
  // A match consumes at least one word, and every phrase's first word is the one at `at`.
  if (word === undefined) return 0;
  const { byWord, anyWord } = indexOf(list);
  return longestFrom(anyWord, words, at, longestFrom(byWord.get(word) ?? [], words, at, 0));
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
