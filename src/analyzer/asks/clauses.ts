/**
 * Cuts a sentence's tokens into clauses, reading the punctuation between tokens from the
 * original text. An ask lives in a clause: "I'll close the file, but feel free to reach out"
 * holds a statement and a (passive) invitation; "If it fits, reply yes" holds a condition and
 * a request. Language-independent: the connective words come from the caller.
 */
import type { Token } from '../nlp';

export interface Clause {
  tokens: Token[];
  /** Lower-case words of the tokens, contractions expanded. */
  words: string[];
  start: number;
  /** End of the last token plus closing punctuation ("?", "!", "."). */
  end: number;
  /** The clause ends its question ("…?"). */
  question: boolean;
  /** Words of the clause this one depends on ("if it fits" for "reply yes"), when there is one. */
  condition?: string[];
  /** The clause opens a bracketed aside: "(see our customer list at …)". */
  parenthetical: boolean;
}

export interface ClauseWords {
  /** Words after a comma that start a new clause: conjunctions ("…, but …") and, in English, request softeners ("…, just sign …"). */
  conjunctions: ReadonlySet<string>;
  /** Words opening a leading clause that ends at the first comma ("If it fits, …", "To subscribe, …"). */
  leadingSubordinators: ReadonlySet<string>;
  /** Whether the words from `at` open a question spliced on after a comma ("…, want me to send it?"). */
  opensSplicedQuestion?: (words: readonly string[], at: number) => boolean;
}

/**
 * Punctuation that ends a clause outright: sentence marks, colons, dashes, brackets, bullets.
 * Not a line break: the segmenter has already told hard wraps from line ends.
 */
const HARD_BREAK = /[.!?;:()\u2012-\u2015\u2022\u00b7]|\s-{1,2}\s|^-{1,2}\s|\s-{1,2}$/;
const CLOSING_PUNCTUATION = /^[\s"'”’)\]}]*[?!.…]+/;

function gapAfter(text: string, tokens: Token[], i: number, limit: number): string {
  const next = tokens[i + 1];
  return text.slice(tokens[i]!.end, next ? next.start : limit);
}

function makeClause(text: string, tokens: Token[], limit: number, before: string, condition?: string[]): Clause {
  const last = tokens[tokens.length - 1]!;
  const tail = text.slice(last.end, limit);
  const closing = CLOSING_PUNCTUATION.exec(tail);
  const clause: Clause = {
    tokens,
    words: tokens.map((t) => t.word),
    start: tokens[0]!.start,
    end: last.end + (closing ? closing[0].length : 0),
    question: false, // set by markQuestions, which sees the whole sentence
    parenthetical: before.includes('('),
  };
  if (condition) clause.condition = condition;
  return clause;
}

/** Splits `tokens` (one sentence, ending at `sentenceEnd`) into clauses. */
export function clausesOf(text: string, tokens: Token[], sentenceEnd: number, words: ClauseWords): Clause[] {
  const clauses: Clause[] = [];
  let current: Token[] = [];
  let pendingCondition: string[] | undefined;
  const allWords = tokens.map((t) => t.word);
  for (let i = 0; i < tokens.length; i++) {
    current.push(tokens[i]!);
    const next = tokens[i + 1];
    const gap = gapAfter(text, tokens, i, sentenceEnd);
    // A quoted question the sentence runs on after ('If "why so slow?" sounds familiar, …') ends no clause.
    const quotedMark = next !== undefined && /^[?!.…]+["”’']\s/u.test(gap) && /^\p{Ll}/u.test(next.text);
    const hard = next === undefined || (HARD_BREAK.test(gap) && !quotedMark);
    const comma = gap.includes(',');
    // "If it fits, …" and "And if it fits, …" both open with a condition.
    const opener = words.conjunctions.has(current[0]!.word) && current.length > 1 ? current[1]! : current[0]!;
    const subordinate = words.leadingSubordinators.has(opener.word);
    // A spliced question needs a clause of its own before it, not a lead-in ("So, can we …?", "Sarah, can we …?").
    const splicedQuestion = comma && current.length >= 3 && words.opensSplicedQuestion?.(allWords, i + 1) === true;
    const conjunctionFollows = next !== undefined && (words.conjunctions.has(next.word) || splicedQuestion);
    // A comma inside brackets ("with AI/ML (Agentic AI, MCP) experience") lists, it ends no clause.
    if (!hard && (!(comma && (conjunctionFollows || subordinate)) || insideBrackets(text, tokens[0]!.start, tokens[i]!.end))) continue;
    const start = current[0]!.start;
    const previousEnd = clauses.length > 0 ? clauses[clauses.length - 1]!.tokens.at(-1)!.end : Math.max(0, start - 2);
    const before = text.slice(previousEnd, start);
    const clause = makeClause(text, current, next ? next.start : sentenceEnd, before, pendingCondition);
    clauses.push(clause);
    // A leading "if …," clause conditions the clause right after it, within the same stretch of
    // text, and on through a list the condition runs into ("If you have questions, comments, or
    // need help, please contact us": the request is still under "if you have questions").
    pendingCondition = hard ? undefined : subordinate ? clause.words : clause.condition;
    current = [];
  }
  markQuestions(text, clauses, sentenceEnd);
  return clauses;
}

/** Whether more brackets are open than closed between `from` and `to`. */
function insideBrackets(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A clause belongs to a question when the first sentence mark after it is "?": in "Would it make
 * sense to send a summary -- just so you have it?" the dash splits the clauses, not the question.
 */
function markQuestions(text: string, clauses: Clause[], sentenceEnd: number): void {
  let asking = false;
  for (let c = clauses.length - 1; c >= 0; c--) {
    const clause = clauses[c]!;
    const last = clause.tokens[clause.tokens.length - 1]!;
    const mark = /[?!.]/.exec(text.slice(last.end, clauses[c + 1]?.start ?? sentenceEnd));
    if (mark) asking = mark[0] === '?';
    clause.question = asking;
  }
}
