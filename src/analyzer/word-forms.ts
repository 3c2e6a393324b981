/**
 * The words of a draft as the word lists compare them: lower case, a curly apostrophe straight
 * ("You’re" → "you're"). Language detection and the pronoun counts both read every word of the
 * body at each keystroke, so the forms are made once per list of words.
 */
import type { Word } from './types';

const forms = new WeakMap<readonly Word[], readonly string[]>();

export function plainForm(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Hands over the forms of a list of words already made (the segmenter keeps them per paragraph). */
export function knownPlainForms(words: readonly Word[], known: readonly string[]): void {
  forms.set(words, known);
}

export function plainForms(words: readonly Word[]): readonly string[] {
  let kept = forms.get(words);
  if (!kept) {
    kept = words.map((word) => plainForm(word.text));
    forms.set(words, kept);
  }
  return kept;
}
