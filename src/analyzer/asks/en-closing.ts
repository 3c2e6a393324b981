/**
 * English asks that skip the usual request form (lexicon/en-asks-closing.ts): verbless closing
 * questions ("Still relevant?"), questions about how the idea landed ("Did it resonate at all?") and
 * hopes or invitations that name the reader's step ("I hope you will consider connecting").
 * Called by en-question.ts and en-request.ts.
 */
import { findPhrase, matchAt } from './phrases';
import { EVALUATION_MAX_WORDS, EVALUATION_QUESTIONS, HOPE_FRAMES, RECEPTION_VERBS } from '../lexicon/en-asks-closing';
import { NON_REQUEST_VERBS, REQUEST_VERBS, WISH_STEPS } from '../lexicon/en-asks';
import { QUESTION_AUXILIARIES } from '../lexicon/en-asks-questions';

/** "Relevant?", "Still worth a chat?": the whole question is the evaluation, give or take "this"/"for you". */
export function evaluationQuestion(words: string[], h: number): boolean {
  const core = words.slice(h).filter((w) => /[\p{L}\p{N}]/u.test(w) && w !== 'so' && w !== 'but' && w !== 'and');
  if (core.length === 0 || core.length > EVALUATION_MAX_WORDS) return false;
  const n = matchAt(EVALUATION_QUESTIONS, core, 0);
  if (n === 0) return false;
  // What may follow the evaluation: whom or when it is for ("for you", "for Q3", "this quarter").
  const rest = core.slice(n);
  return rest.length === 0 || ['for', 'to', 'this', 'right', 'now', 'at', 'all', 'then', 'still', 'yet'].includes(rest[0]!);
}

/** "Did X resonate (at all)?": an auxiliary opens, a reception verb follows within a few words. */
export function receptionQuestion(words: string[], h: number): boolean {
  if (matchAt(QUESTION_AUXILIARIES, words, h) === 0) return false;
  const verb = findPhrase(RECEPTION_VERBS, words, h + 1);
  return verb !== undefined && verb.at - h <= 6;
}

/** The step after a hope or invitation frame: a request verb, a step the wish lexicon knows, or its -ing form. */
function namesStep(words: string[], at: number): boolean {
  if (matchAt(NON_REQUEST_VERBS, words, at) > 0) return false;
  if (matchAt(REQUEST_VERBS, words, at) > 0 || matchAt(WISH_STEPS, words, at) > 0) return true;
  const word = words[at] ?? '';
  if (!word.endsWith('ing') || word.length < 6) return false;
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].some((base) => {
    const swapped = [...words.slice(0, at), base, ...words.slice(at + 1)];
    return matchAt(REQUEST_VERBS, swapped, at) > 0 || matchAt(WISH_STEPS, swapped, at) > 0;
  });
}

/** "I hope you will consider connecting", "We'd like to invite you to join the pilot". */
export function hopedStep(words: string[]): boolean {
  for (let from = 0; from < words.length; ) {
    const frame = findPhrase(HOPE_FRAMES, words, from);
    if (!frame) return false;
    // "I hope you are well" names no step: the frame must reach a modal, "consider" or "to".
    const framed = words.slice(frame.at, frame.end);
    // "I hope you accept this invitation", "hope you join us": the plain present naming the step reaches it too.
    const reaches =
      framed.some((w) => ['will', 'would', 'can', 'could', 'might', 'may', 'consider', 'to'].includes(w)) ||
      /^(?:accept|join|connect|attend)$/u.test(words[frame.end] ?? '');
    if (reaches && namesStep(words, frame.end)) return true;
    from = frame.at + 1;
  }
  return false;
}
