/**
 * Numbered or bulleted steps for the reader: "To get going:\n1. Review the proposal\n2. Sign where
 * marked\n3. Send it back to me". In an email or message a list introduced by a lead-in ending in
 * a colon, whose items are imperatives, hands the reader the next step, worked out in parts: one ask
 * (rules.md: alternatives and parts of one ask are one ask), carried by its first item. In a post,
 * and without the lead-in, list items stay tips and illustrations (the classifiers' default).
 * Language-independent: the classifiers decide whether an item is an imperative.
 */
import type { Draft, Sentence } from '../types';

/** A numbered or bulleted line start: "1.", "2)", "-", "•", "a.", a keycap digit. */
const ITEM_START = /^\s*(?:[-*\u2022\u00b7\u25aa\u25b8\u25ba\u2013]|\d{1,2}[.)]|[a-z][.)]|\d\ufe0f?\u20e3)\s+/iu;

/** A numbered line start: "1.", "2)", a keycap digit. */
const NUMBERED = /^\s*(?:\d{1,2}[.)]|\d\ufe0f?\u20e3)\s+/u;

/** The texts of up to `max` lines above `offset`, nearest first. */
function linesAbove(text: string, offset: number, max: number): string[] {
  const out: string[] = [];
  let end = text.lastIndexOf('\n', offset - 1);
  while (end >= 0 && out.length < max) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    out.push(text.slice(start, end));
    end = start - 1;
  }
  return out;
}

/**
 * Where this sentence stands in a list of steps for the reader: 'first' for the first item (the
 * ask), 'later' for the items after it (parts of the same ask), undefined outside such a list.
 */
export function stepsListPlace(draft: Draft, sentence: Sentence): 'first' | 'later' | undefined {
  return stepsList(draft, sentence)?.place;
}

/** "Two questions:", "Een paar vragen vooraf:": the lead-in announces questions for the reader. */
const QUESTIONS_LEAD_IN = /\b(?:questions?|vragen|vraag)\b[^:]*:\s*$/iu;

/** Whether this sentence is the first item of a list of questions the lead-in puts to the reader. */
export function firstListedQuestion(draft: Draft, sentence: Sentence): boolean {
  const list = stepsList(draft, sentence);
  return list?.place === 'first' && QUESTIONS_LEAD_IN.test(list.leadIn);
}

/**
 * A later item that is a question under a lead-in that does not announce questions ("I'd love to
 * understand your situation:\n1. … 2. … 3. Would you be open to a call?"): put to the reader on its
 * own. Under "Two questions:" the questions are one reply.
 */
export function standaloneListedQuestion(draft: Draft, sentence: Sentence): boolean {
  const list = stepsList(draft, sentence);
  return list?.place === 'later' && sentence.text.trimEnd().endsWith('?') && !QUESTIONS_LEAD_IN.test(list.leadIn);
}

function stepsList(draft: Draft, sentence: Sentence): { place: 'first' | 'later'; leadIn: string } | undefined {
  if (draft.kind !== 'email' && draft.kind !== 'message') return undefined;
  const text = draft.text;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (!ITEM_START.test(text.slice(lineStart, sentence.end))) return undefined;
  // Walk up over the items above this one to the lead-in; a blank line ends the list.
  // One blank line may stand between the lead-in and a numbered list ("…, zonder creditcard:", blank,
  // "1. Ga naar …"); bullets after a blank line list features more often than steps.
  const numbered = NUMBERED.test(text.slice(lineStart, sentence.end));
  let items = 0;
  let blank = false;
  for (const line of linesAbove(text, lineStart, 13)) {
    if (line.trim() === '') {
      if (blank || !numbered) return undefined;
      blank = true;
      continue;
    }
    if (ITEM_START.test(line) && !blank) {
      items++;
      continue;
    }
    return /:\s*$/u.test(line) ? { place: items === 0 ? 'first' : 'later', leadIn: line } : undefined;
  }
  return undefined;
}
