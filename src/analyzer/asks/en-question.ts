/**
 * English questions: which ask the reader for a decision, their time, their interest or their
 * view ("Would a 15-minute call make sense?", "Worth a chat?", "What do you think of this idea?"),
 * and which only greet ("How are you?") or hook ("Ever wondered why …?", "The result?").
 *
 * A question about the reader's own situation ("How is your team handling X?") is an ask when it
 * closes the message and waits for the answer; early on, followed by the writer's pitch, it opens
 * a story the writer goes on to answer.
 */
import type { Draft } from '../types';
import type { Clause } from './clauses';
import { coreIndex, has } from './en-clause';
import { indirectQuestion } from './en-request';
import { findPhrase, matchAt } from './phrases';
import { evaluationQuestion, receptionQuestion } from './en-closing';
import { EXPERIENCE_QUESTIONS, HOOK_ANSWERS } from '../lexicon/en-asks-closing';
import { offersTimes } from '../lexicon/time-choices';
import {
  DECISION_QUESTIONS,
  ELLIPTIC_OFFERS,
  HOOK_QUESTIONS,
  REFERRAL_QUESTIONS,
  NOT_PROPOSALS,
  PROPOSAL_MAX_WORDS,
  PROPOSED_STEPS,
  PLEASANTRIES,
  QUESTION_AUXILIARIES,
  READER_WORDS,
  STEP_NOUNS,
  TAG_QUESTION_ENDINGS,
  VALUE_WORDS,
  WRITER_ANSWERS,
} from '../lexicon/en-asks-questions';

/**
 * A question about the reader's situation counts as an ask only with at most this many body
 * words after it: room for a short courtesy ("No pitch here, just curious.") but not for the
 * pitch that follows a hook.
 */
export const CLOSING_TAIL_WORDS = 10;

/** Body words after `offset` in the same body range, hashtags not counted. */
function wordsAfter(draft: Draft, offset: number): number {
  const range = draft.body.find((b) => b.start <= offset && offset <= b.end);
  let lo = 0;
  let hi = draft.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (draft.words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  let count = 0;
  for (let i = lo; i < draft.words.length && count <= CLOSING_TAIL_WORDS; i++) {
    const w = draft.words[i]!;
    if (range && w.start >= range.end) break;
    const hashtag = w.text.startsWith('#') || draft.text[w.start - 1] === '#';
    // An aside after the question ("(e.g., pricing, timeline)") explains it; it does not follow it.
    if (!hashtag && !inParentheses(draft.text, w.start)) count++;
  }
  return count;
}

/** Whether `at` is inside a bracketed aside on its line. */
export function inParentheses(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** The next sentence goes on from the reader's answer: "If so, …", "If not, …", "If that's the case, …". */
function answerAwaited(text: string, end: number): boolean {
  return /^\s*(?:if (?:so|yes|not|no|that'?s the case|that is the case|it is|it does|you are|you do)\b|should that be the case\b)/iu.test(text.slice(end, end + 40).replace(/’/gu, "'"));
}

/** "…, right?": the writer seeks agreement with a claim, and asks nothing. */
function tagQuestion(text: string, clause: Clause): boolean {
  const { words, tokens } = clause;
  for (let i = Math.max(1, words.length - 4); i < words.length; i++) {
    const n = matchAt(TAG_QUESTION_ENDINGS, words, i);
    if (n > 0 && i + n === words.length && /,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return true;
  }
  return false;
}

/** "Isn't that what matters?", "Don't we all?": a negated auxiliary asserts rather than asks. */
function negatedOpening(words: string[], h: number): boolean {
  return matchAt(QUESTION_AUXILIARIES, words, h) > 0 && (words[h + 1] === 'not' || words[h + 2] === 'not');
}

export interface QuestionContext {
  draft: Draft;
  /** Words of the sentence before this clause ("I'm curious—" before "[question]?"). */
  before: string[];
}

/**
 * Does this question (a clause ending in "?") ask the reader something? `false` for greetings,
 * hooks and tag questions; `undefined` when the question form says nothing either way and the
 * clause should be read as a statement ("Why not grab a coffee?").
 */
export function questionAsks(clause: Clause, ctx: QuestionContext): boolean | undefined {
  const { words } = clause;
  const text = ctx.draft.text;
  const h = coreIndex(text, clause);
  if (h >= words.length) return false;
  // A run of questions mid-post is the writer's checklist ("What brought you here? Where are you in your
  // evaluation? Who else needs to be involved?"), as a listed one is; the Dutch reading already did so.
  if (ctx.draft.kind === 'post' && writersOwnQuestion(ctx.draft, clause.start)) return false;
  // "How are you doing?" greets; "How are you doing on copywriting at the moment?" asks about the reader's work.
  const pleasantry = matchAt(PLEASANTRIES, words, h);
  if (pleasantry > 0 && !/^(?:on|with|for)$/u.test(words[h + pleasantry] ?? '')) return false;
  // "Is X a challenge right now? If so, …": the writer waits for the answer, however much follows.
  const tail = answerAwaited(text, clause.end) ? 0 : wordsAfter(ctx.draft, clause.end);
  // "Have you ever had …?" closing the draft invites the reader's experience; first, it is a hook.
  if (tail <= CLOSING_TAIL_WORDS && matchAt(EXPERIENCE_QUESTIONS, words, h) > 0 && !answeredByWriter(text, clause.end)) return true;
  if (matchAt(HOOK_QUESTIONS, words, h) > 0) return false;
  // "Who knows a good bookkeeper in Leeds?": asking for a name is a request wherever it stands.
  if (matchAt(REFERRAL_QUESTIONS, words, h) > 0) return true;
  if (tagQuestion(text, clause)) return false;
  const closing = ctx.draft.kind !== 'post' || tail <= CLOSING_TAIL_WORDS;
  // "I'm curious —", "Question for my network:": the writer says the question is put to the readers.
  const q = ctx.before.indexOf('question');
  const putToReaders = ctx.before.includes('curious') || (q >= 0 && q <= 2 && (ctx.before[q + 1] === 'for' || ctx.before[q + 1] === 'to'));
  // An opening question the writer answers straight away ("Mine was…") opens a story: a hook (rules.md);
  // not one the writer has put to the readers, the story after it being their own.
  if (ctx.draft.kind === 'post' && !closing && !putToReaders && answeredByWriter(text, clause.end)) return false;
  // "Struggling with X? You're not alone.": in any kind, a question the writer answers for the reader.
  if (hookAnswered(text, clause.end)) return false;
  if (matchAt(DECISION_QUESTIONS, words, h) > 0) return true;
  // "Thursday 3pm or Friday 9am?": times offered to pick from, in a mail or message.
  if (ctx.draft.kind !== 'post' && offersTimes(text.slice(clause.start, clause.end), 'en')) return true;
  // "Think this would help at Acme?": "Do you think …?" with the auxiliary and subject dropped, as DMs write it.
  if (/^(?:think|reckon|figure)$/u.test(words[h] ?? '') && /^(?:this|that|it|there|we|you|your|the|a|an|something)$/u.test(words[h + 1] ?? '')) return true;
  // "Still relevant?", "Make sense?" at the close; "Did it resonate at all?" anywhere.
  if (tail <= CLOSING_TAIL_WORDS && evaluationQuestion(words, h)) return true;
  if (receptionQuestion(words, h)) return true;
  // "Want early access?", "Thursday call?": the subject and verb dropped; in a post only at its close.
  if (closing && (matchAt(ELLIPTIC_OFFERS, words, h) > 0 || proposesStep(words, h))) return true;
  if (indirectQuestion(words.slice(h))) return true;
  if (matchAt(QUESTION_AUXILIARIES, words, h) > 0) {
    const value = findPhrase(VALUE_WORDS, words, h + 1);
    if (value && (has(READER_WORDS, words, h) || has(STEP_NOUNS, words, h))) return true;
  }
  // "I'm curious — how do you …?"
  if (putToReaders) return true;
  if (has(READER_WORDS, words, h) && tail <= CLOSING_TAIL_WORDS) return true;
  // "Honest question: how does your team handle …?" in a mail or message: the writer labels the
  // question as one for the reader, so it asks wherever it stands (the Dutch reading already did).
  if (ctx.draft.kind !== 'post' && ctx.before.at(-1) === 'question' && ctx.before.length <= 3 && has(READER_WORDS, words, h)) return true;
  // "One question decides it: does the Foundation pass it through?": a short label naming the question,
  // in a letter to one reader, puts it to them even without "you".
  if (ctx.draft.kind !== 'post' && ctx.before.length <= 4 && ctx.before.includes('question') && matchAt(QUESTION_AUXILIARIES, words, h) > 0) return true;
  // A post whose very last words are a question opens the floor to its readers ("Is cold calling dead?").
  if (ctx.draft.kind === 'post' && tail === 0 && !negatedOpening(words, h)) return true;
  return undefined;
}

/** Questions in a row that make a checklist, not a question to the readers. */
const QUESTION_RUN = 3;

/** In a post, the question at `offset` is part of the writer's checklist or of pairs the writer answers in turn. */
function writersOwnQuestion(draft: Draft, offset: number): boolean {
  const at = draft.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return at >= 0 && (inQuestionRun(draft, at) || inAnsweredPairs(draft, at));
}

/** The run of sentences ending in "?" that sentence `at` stands in, as [first, last] indices (the memo keys it too). */
export function questionRun(draft: Draft, at: number): [number, number] {
  const asks = (i: number): boolean => draft.sentences[i]?.text.trim().endsWith('?') === true;
  let first = at;
  let last = at;
  while (first > 0 && asks(first - 1)) first--;
  while (last < draft.sentences.length - 1 && asks(last + 1)) last++;
  return [first, last];
}

/** Whether sentence `at` is one of QUESTION_RUN or more questions in a row with the post going on after them. */
function inQuestionRun(draft: Draft, at: number): boolean {
  const [first, last] = questionRun(draft, at);
  return last - first + 1 >= QUESTION_RUN && wordsAfter(draft, draft.sentences[last]!.end) > CLOSING_TAIL_WORDS;
}

/** A short question the writer answers in a short line of their own: "Deal dead? I move on." */
function answeredPair(draft: Draft, at: number): boolean {
  const question = draft.sentences[at]?.text.trim() ?? '';
  const answer = draft.sentences[at + 1]?.text.trim() ?? '';
  const short = (t: string, n: number) => t.split(/\s+/u).length <= n;
  return question.endsWith('?') && short(question, 5) && !answer.endsWith('?') && short(answer, 8) && /^(?:I|I'm|I'll|We|We're|Now|Then|It|That)\b/u.test(answer);
}

/**
 * Two or more such pairs in a row make a post's rhetoric ("Real objection? I can handle it. Deal dead?
 * I move on. Still interested? Now we have a real conversation."): the writer answers, nobody is asked.
 */
function inAnsweredPairs(draft: Draft, at: number): boolean {
  return answeredPair(draft, at) && (answeredPair(draft, at - 2) || answeredPair(draft, at + 2));
}

/** A short verbless question naming a step: "Thursday call?", "Coffee next week?" (not "Why a call?"). */
function proposesStep(words: string[], h: number): boolean {
  const core = words.slice(h).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (core.length === 0 || core.length > PROPOSAL_MAX_WORDS) return false;
  if (matchAt(NOT_PROPOSALS, core, 0) > 0 || matchAt(QUESTION_AUXILIARIES, core, 0) > 0) return false;
  return has(PROPOSED_STEPS, core);
}

/** The next sentence answers for the reader: "You're not alone.", "Most teams are." */
function hookAnswered(text: string, end: number): boolean {
  const next = text.slice(end, end + 80).toLowerCase().replace(/[’']re\b/g, ' are').match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  return matchAt(HOOK_ANSWERS, next, 0) > 0;
}

/** The next sentence answers from the writer's side: "Mine was…", "For us it was…". */
function answeredByWriter(text: string, end: number): boolean {
  const next = text.slice(end, end + 120).toLowerCase().match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  return matchAt(WRITER_ANSWERS, next, 0) > 0;
}
