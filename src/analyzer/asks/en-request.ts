/**
 * English clauses that are not questions: imperatives and invitations ("Reply YES", "Let's set up
 * a call", "You can register at …"), conditional requests ("If it fits, book a slot", "Let me know
 * if this is worth exploring") and wishes naming the reader's step ("I'd love to connect") —
 * and not passive closers, offers of the writer's availability or advice.
 */
import type { AskForm, Kind } from '../types';
import type { Clause } from './clauses';
import { coreIndex, has, readsAsImperative, type Tagger } from './en-clause';
import { findPhrase, matchAt, phrases } from './phrases';
import { hopedStep } from './en-closing';
import {
  ADVICE_PRONE_VERBS,
  ANSWER_STEPS,
  AVAILABILITY_OFFERS,
  CONCRETE_CONTACT_VERBS,
  CONTACT_PURPOSES,
  CONTACT_VERBS,
  IF_YOU_CAN_STEPS,
  INDIRECT_QUESTION_FRAMES,
  INTEREST_WORDS,
  JOINT_STEPS,
  LET_ME_KNOW_PASSIVE,
  LET_US_STEPS,
  NON_REQUEST_VERBS,
  PASSIVE_CLOSERS,
  PASSIVE_CONDITIONS,
  PASSIVE_FRAMES,
  POLITE_IF_REQUESTS,
  REPLY_EFFECTS,
  REPLY_NOUNS,
  REQUEST_VERBS,
  WISH_FRAMES,
  WISH_STEPS,
  WORTH_A_STEP,
  WRITER_POINTERS,
} from '../lexicon/en-asks';
import { TIME_WISH } from '../lexicon/time-wishes';
import { NEEDS_FROM_READER } from '../lexicon/needs-from-reader';

/** Words allowed between a wish frame and the step it names ("I'd love the chance to connect"). */
const WISH_FILLERS = new Set([
  'to', 'can', 'could', 'get', 'maybe', 'perhaps', 'really', 'also', 'soon', 'the', 'a', 'chance', 'opportunity', 'some',
  'time', 'with', 'you', 'for', 'we',
]);
const MODALS_AFTER_YOU = new Set(['can', 'could', 'may', 'might']);
/** Steps "you should" take that are the writer's offer, not general advice ("you should sleep more"). */
const SHOULD_STEPS = phrases(['apply', 'sign up', 'register', 'join', 'enrol', 'enroll', 'book', 'subscribe', 'grab|get your|a|the', 'check out', 'reach out', 'reply', 'drop me|us']);
/** Replying in general, after "feel free to": "reply to this email", "respond here", "just reply". */
const REPLY_TO_THIS = phrases(['reply|respond|answer to this|my? email|e-mail|message|note|mail', 'reply|respond|answer here|anytime|directly', 'hit reply', 'write back']);
const CONDITION_WORDS = new Set(['if', 'when', 'whenever', 'once', 'unless', 'should', 'whether']);
/** The writer's part after a condition: ", we can start", ", I'll send the invoice". */
const WRITER_ACTS_NEXT = /^\s*,\s*(?:then\s+)?(?:we|i)(?:['’](?:ll|d)|\s+(?:will|can|could|would|shall|am|are))?\s/iu;

export interface RequestContext {
  text: string;
  kind: Kind;
  tag: Tagger;
  /** The sentence holds a link, so an imperative of any verb offers it ("Solve the first exercise: <url>"). */
  sentenceHasLink: boolean;
  /** The sentence is an item of a numbered or bulleted list. */
  listItem: boolean;
}

/** The clause, or the clause it depends on, opens with a condition ("If it fits, …", "And if …"). */
export function conditioned(clause: Clause): boolean {
  const words = clause.condition ?? clause.words;
  const first = words[0] === 'and' || words[0] === 'but' || words[0] === 'so' ? words[1] : words[0];
  return first !== undefined && CONDITION_WORDS.has(first);
}

/** "Call me to set up a time": a concrete contact verb with the step it is for, and no "if you have questions". */
function concreteContact(clause: Clause, at: number): boolean {
  if (matchAt(CONCRETE_CONTACT_VERBS, clause.words, at) === 0 || passiveContact(clause, at)) return false;
  return findPhrase(CONTACT_PURPOSES, clause.words, at + 1) !== undefined;
}

/**
 * "Contact sales for more information or visit our site at <url>": a plain imperative (no "feel
 * free") that points at a place to go names the step, even when it is for more information. Not
 * when it only offers help with questions ("Contact us at <url> if you have any questions").
 */
function offersPlace(clause: Clause, ctx: RequestContext): boolean {
  return ctx.sentenceHasLink && !ctx.listItem && !clause.words.some((w) => w === 'questions' || w === 'question' || w === 'help');
}

/** A contact verb with a "whenever / if you have questions" condition only offers help. */
function passiveContact(clause: Clause, at: number): boolean {
  // "If you have questions about the form, just reply to this email" offers help as "contact us" does.
  if (matchAt(CONTACT_VERBS, clause.words, at) === 0 && matchAt(REPLY_TO_THIS, clause.words, at) === 0) return false;
  return has(PASSIVE_CONDITIONS, clause.words) || (clause.condition !== undefined && has(PASSIVE_CONDITIONS, clause.condition));
}

function requestAt(clause: Clause, h: number, ctx: RequestContext, please: boolean): AskForm | undefined {
  const { words, tokens } = clause;
  const form: AskForm = conditioned(clause) ? 'conditional' : 'imperative';
  if (matchAt(NON_REQUEST_VERBS, words, h) > 0) return undefined;
  if (matchAt(REQUEST_VERBS, words, h) > 0 && readsAsImperative(tokens, h, ctx.tag)) {
    if (advice(clause, h, ctx)) return undefined;
    return passiveContact(clause, h) && !offersPlace(clause, ctx) ? undefined : form;
  }
  const head = tokens[h];
  const baseVerb = (): boolean => head !== undefined && ctx.tag(head).has('Infinitive') && readsAsImperative(tokens, h, ctx.tag);
  // "Run the numbers and tell me what you see": any imperative whose second step answers the writer.
  if (answersWriterAfterAnd(words, h) && baseVerb()) return form;
  // "Please <verb>" asks whatever the verb; so does any imperative that offers a link, except in
  // a list, where links illustrate steps ("• Generate a script <url>").
  if (!please && (!ctx.sentenceHasLink || ctx.listItem)) return undefined;
  if (baseVerb()) return passiveContact(clause, h) ? undefined : form;
  return undefined;
}

/** "… and tell me / let us know / get back to me / reply": after the head verb, a step back to the writer. */
function answersWriterAfterAnd(words: string[], h: number): boolean {
  for (let i = h + 2; i < words.length - 1; i++) {
    if (words[i] !== 'and') continue;
    if (matchAt(ANSWER_STEPS, words, i + 1) > 0) return true;
  }
  return false;
}

/** In a post, "Apply for jobs that excite you" advises; "Apply here", "Join us", "Apply at <url>" ask. */
function advice(clause: Clause, h: number, ctx: RequestContext): boolean {
  if (ctx.kind !== 'post' || ctx.sentenceHasLink) return false;
  return matchAt(ADVICE_PRONE_VERBS, clause.words, h) > 0 && !has(WRITER_POINTERS, clause.words, h + 1);
}

function isLetMeKnow(words: string[], h: number): boolean {
  return words[h] === 'let' && (words[h + 1] === 'me' || words[h + 1] === 'us') && words[h + 2] === 'know';
}

/**
 * "If you can sign it by Friday, we can still hold the slot": the condition is itself the request
 * (the reader's step, then what the writer does with it). Only a request verb counts, so "If you
 * can't make it, no worries" and "If you can spare the budget …" stay statements.
 */
function ifYouCanRequest(clause: Clause, h: number, text: string): AskForm | undefined {
  const { words } = clause;
  // "Once you send over the figures, I can …": the reader's step as the time the writer acts on.
  // "If you sign and return it, we can start on the 1st" likewise, when the writer's part follows:
  // "If you book through an agent, you pay more" only describes.
  const writerActsNext = words[h] === 'if' && WRITER_ACTS_NEXT.test(text.slice(clause.end, clause.end + 40));
  if ((words[h] === 'once' || words[h] === 'when' || writerActsNext) && words[h + 1] === 'you' && matchAt(REQUEST_VERBS, words, h + 2) > 0) {
    return passiveContact(clause, h + 2) || matchAt(NON_REQUEST_VERBS, words, h + 2) > 0 ? undefined : 'conditional';
  }
  if (words[h] !== 'if' || words[h + 1] !== 'you' || !MODALS_AFTER_YOU.has(words[h + 2] ?? '')) return undefined;
  let at = h + 3;
  while (words[at] === 'just' || words[at] === 'also' || words[at] === 'please' || words[at] === 'quickly') at++;
  if (matchAt(NON_REQUEST_VERBS, words, at) > 0) return undefined;
  if (matchAt(REQUEST_VERBS, words, at) === 0 && matchAt(IF_YOU_CAN_STEPS, words, at) === 0) return undefined;
  return passiveContact(clause, at) ? undefined : 'conditional';
}

/** A condition before the clause or inside it: "If you are a founder, you should apply", "Worth 20 min if …". */
function underCondition(clause: Clause): boolean {
  return conditioned(clause) || clause.words.includes('if');
}

/** "Let me know …": an ask, unless it only offers help ("… if you have any questions"). */
function letMeKnow(clause: Clause, h: number): AskForm | undefined {
  const tail = h + 3;
  // "… discussing how I can help Acme grow": help as the topic of the step, not help offered.
  const words = clause.words.map((w, k, all) => (w === 'help' && all[k - 1] === 'can' && /^(?:i|we)$/u.test(all[k - 2] ?? '') && all[k - 3] === 'how' ? '' : w));
  // Only the condition itself can make it passive, not the writer's part after it ("… if that works
  // and I will send you an invite to sync on ways to help you").
  const writerPart = words.findIndex((w, k) => k > tail && /^(?:and|so|then)$/u.test(w) && /^(?:i|we)$/u.test(words[k + 1] ?? ''));
  const condition = writerPart < 0 ? words : words.slice(0, writerPart);
  if (matchAt(LET_ME_KNOW_PASSIVE, words, tail) > 0 || has(PASSIVE_CONDITIONS, condition, tail)) return undefined;
  if (clause.condition !== undefined && has(PASSIVE_CONDITIONS, clause.condition)) return undefined;
  return words[tail] === 'if' || words[tail] === 'whether' ? 'conditional' : 'imperative';
}

/** A wish frame ("I'd love to", "would be great to") followed, give or take a filler, by a step it names. */
function wish(clause: Clause): boolean {
  const { words } = clause;
  for (let from = 0; from < words.length; ) {
    const frame = findPhrase(WISH_FRAMES, words, from);
    if (!frame) return false;
    let i = frame.end;
    // A bare "I want" wishes for the reader's view only ("I want your take"), not "I want you to know".
    if (/^(?:want|need)$/u.test(words[i - 1] ?? '') && words[i] !== 'your') {
      from = frame.at + 1;
      continue;
    }
    // "would love to hear back" names no step; "would love to hear your thoughts" does.
    for (let skipped = 0; skipped < 4 && matchAt(WISH_STEPS, words, i) === 0 && WISH_FILLERS.has(words[i] ?? ''); skipped++) i++;
    if (matchAt(WISH_STEPS, words, i) > 0 && !connectsOthers(clause, i)) return true;
    from = frame.at + 1;
  }
  return false;
}

/**
 * "I'd love to connect Maria with those folks": the writer introducing others to each other, not a
 * step of the reader's (unless the reader is among them: "connect you with our team").
 */
function connectsOthers(clause: Clause, at: number): boolean {
  if (clause.words[at] !== 'connect' && clause.words[at] !== 'introduce') return false;
  const next = clause.tokens[at + 1];
  if (next === undefined || /^(?:you|your|with|here|on|and|soon|sometime)$/iu.test(next.word)) return false;
  return /^\p{Lu}/u.test(next.text) || /^(?:him|her|them|those|these|my|his|their|our)$/u.test(next.word);
}

/** The clause opens with "if", depends on one, or follows one in its sentence (past a bracketed aside). */
function runsOnFromIf(clause: Clause, h: number, text: string): boolean {
  return clause.words[h] === 'if' || conditioned(clause) || /\bif\b[^.!?]*$/iu.test(text.slice(Math.max(0, clause.start - 200), clause.start));
}

/** Words allowed between "we can" and the step it proposes together ("we could also maybe compare notes"). */
const JOINT_FILLERS = new Set(['also', 'maybe', 'perhaps', 'possibly', 'definitely', 'both', 'all', 'then', 'sometime', 'still', 'even']);

/** "(Maybe) we can / could / should <a step together>". */
function jointProposal(words: string[], h: number): boolean {
  let i = h;
  if (words[i] === 'maybe' || words[i] === 'perhaps') i++;
  if (words[i] !== 'we' || !/^(?:can|could|should|might)$/u.test(words[i + 1] ?? '')) return false;
  i += 2;
  while (JOINT_FILLERS.has(words[i] ?? '')) i++;
  return matchAt(JOINT_STEPS, words, i) > 0;
}

/** "A quick reply would help me …", "Your feedback would be appreciated". */
function replyRequest(words: string[]): boolean {
  const noun = findPhrase(REPLY_NOUNS, words);
  return noun !== undefined && matchAt(REPLY_EFFECTS, words, noun.end) > 0;
}

/** "Wondering if that's worth a conversation", "I wanted to see if you had a chance to …". */
export function indirectQuestion(words: string[]): boolean {
  const frame = findPhrase(INDIRECT_QUESTION_FRAMES, words);
  if (frame === undefined || !has(INTEREST_WORDS, words, frame.at)) return false;
  // "I wanted to see if you had any questions" offers help, as "let me know if you have questions";
  // "checking in to see if you had a chance to read my previous email" only chases it (cta/pushy's to weigh).
  return matchAt(QUESTIONS_OFFERED, words, frame.end) === 0 && findPhrase(EARLIER_MESSAGE, words, frame.end) === undefined;
}

const SEE_YOU_THERE = /(?:^\W*|[,;—–-]\s*)(?:(?:I'?ll|we'?ll|I will|we will) )?see you (?:there|inside|at the \w+|on the \w+)\b/iu;
const PLACE_NAMED = /\b(?:page|site|website|event|webinar|launch|stand|booth|sign-?up|registration|preregistration|pre-registration|conference|meetup|workshop|session)\b/iu;

/** The text of the sentence before `at`: from its start up to `at`. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
  return before.slice(end + 1);
}

/** A help offer in the sentence before: "… if you had any questions.", "Any questions?" */
const QUESTIONS_JUST_OFFERED = /\b(?:any|further|more) questions\b[^.!?]*[.!?]\s*$/iu;

/** The writer's own earlier message, asked after. */
const EARLIER_MESSAGE = phrases(['my|our previous|last|earlier|prior|first email|e-mail|message|note|mail|emails|messages|notes']);

/** After an indirect-question frame: whether the reader has questions, a help offer (rules.md: passive closer). */
const QUESTIONS_OFFERED = phrases(['you have|had|might|may|would have? any|more|further? questions|question|concerns']);

/** "… traffic call me on our number": a contact verb aimed at the writer, after a condition without a comma. */
function contactMe(clause: Clause): boolean {
  const { words } = clause;
  if (!conditioned(clause)) return false;
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i + 1] !== 'me' && words[i + 1] !== 'us') continue;
    if (matchAt(CONTACT_VERBS, words, i) === 0) continue;
    if (/^(?:to|i|we|will|would|can|could|you|please)$/.test(words[i - 1]!)) continue;
    return !has(PASSIVE_CONDITIONS, words);
  }
  return false;
}

/** A verbless request with "please": a thing and where or when it goes, then ", please". */
const VERBLESS_PLEASE = /^\W*(?:a|an|the|your|one|just a|a quick)\s+(?:[\p{L}-]+\s+){0,4}?(?:back|over|to me|to us|by (?:monday|tuesday|wednesday|thursday|friday|the end|end of|tomorrow|\d))\b[^,.!?]{0,40},\s*please\b/iu;

/** The form of the ask this clause makes, or undefined when it makes none. */
export function classifyRequest(clause: Clause, ctx: RequestContext): AskForm | undefined {
  const { words } = clause;
  let h = coreIndex(ctx.text, clause);
  if (h >= words.length) return undefined;
  // "If you are a senior developer then write on <address>": the condition run on without a comma.
  const then = words.indexOf('then', words[h] === 'if' ? h + 3 : h + 1);
  if (then > 0 && then < words.length - 1 && runsOnFromIf(clause, h, ctx.text)) h = then + 1;
  // A run-on line with its request after a "please" mid-clause: "We offer … for more pls reply this message".
  const pleaseAt = words.indexOf('please', h + 1);
  if (pleaseAt > 0 && matchAt(REQUEST_VERBS, words, pleaseAt + 1) > 0 && !passiveContact(clause, pleaseAt + 1)) {
    return underCondition(clause) ? 'conditional' : 'imperative';
  }
  // "Maybe we can benefit from being connected here": read before "we can" as the writer's offer.
  if (jointProposal(words, h)) return underCondition(clause) ? 'conditional' : 'wish';
  if (matchAt(PASSIVE_CLOSERS, words, h) > 0 || matchAt(AVAILABILITY_OFFERS, words, h) > 0) return undefined;
  if (findPhrase(POLITE_IF_REQUESTS, words, h) !== undefined) return 'wish';

  const frame = matchAt(PASSIVE_FRAMES, words, h);
  if (frame > 0) {
    // "Feel free to reach out" is passive; "feel free to book a slot here" still names a step.
    const at = h + frame;
    if (matchAt(CONTACT_VERBS, words, at) > 0) return concreteContact(clause, at) ? 'imperative' : undefined;
    // "Feel free to reply to this email" is the same open door; "feel free to reply YES" names the answer.
    if (matchAt(REPLY_TO_THIS, words, at) > 0) return undefined;
    return matchAt(REQUEST_VERBS, words, at) > 0 ? 'imperative' : undefined;
  }
  const please = words[h] === 'please';
  if (please) h++;

  // "…see if you had any questions. Please let me know, my contact information is below.": the bare
  // "let me know" answers the help offer just before it (rules.md: a passive closer).
  if (isLetMeKnow(words, h) && (words.length <= h + 3 || /^(?:my|our)$/u.test(words[h + 3] ?? '')) && QUESTIONS_JUST_OFFERED.test(ctx.text.slice(Math.max(0, clause.start - 160), clause.start))) return undefined;
  if (isLetMeKnow(words, h)) return letMeKnow(clause, h);
  if (words[h] === 'let' && words[h + 1] === 'us') {
    // A post's closing cheer ("Let's do this. 🔥") rallies its readers; in a letter it agrees on the step.
    const cheer = ctx.kind === 'post' && words[h + 2] === 'do' && /^(?:it|this)$/u.test(words[h + 3] ?? '') && words.length === h + 4;
    return !cheer && matchAt(LET_US_STEPS, words, h + 2) > 0 ? 'imperative' : undefined;
  }
  // "If you are a founder under 25, you should apply": advice that names a step of the writer's offer.
  const should = words.findIndex((w, i) => i >= h && w === 'you' && words[i + 1] === 'should' && matchAt(SHOULD_STEPS, words, i + 2) > 0);
  if (should >= 0) return underCondition(clause) ? 'conditional' : 'imperative';
  if (words[h] === 'you' && MODALS_AFTER_YOU.has(words[h + 1] ?? '')) {
    let at = h + 2;
    while (words[at] === 'also' || words[at] === 'just' || words[at] === 'simply') at++;
    if (matchAt(REQUEST_VERBS, words, at) > 0) return passiveContact(clause, at) ? undefined : 'imperative';
  }
  const ifYouCan = ifYouCanRequest(clause, h, ctx.text);
  if (ifYouCan) return ifYouCan;
  const request = requestAt(clause, h, ctx, please);
  if (request) return request;

  if (wish(clause) || hopedStep(words)) return 'wish';
  if (matchAt(WORTH_A_STEP, words, h) > 0) return underCondition(clause) ? 'conditional' : 'wish';
  // "A signed copy back to me, please": the thing asked for and where it goes, no verb (as "Graag de offerte retour").
  // The clauses split at ", please", so the words just after the clause are read too.
  if (VERBLESS_PLEASE.test(ctx.text.slice(clause.start, clause.end + 10))) return 'imperative';
  if (replyRequest(words)) return 'wish';
  // "Our signup page is up on the site too, see you there": the writer expects the reader at the place named.
  const clauseText = ctx.text.slice(clause.start, clause.end);
  if (SEE_YOU_THERE.test(clauseText) && PLACE_NAMED.test(`${sentenceBefore(ctx.text, clause.start)} ${clauseText}`)) return 'imperative';
  // "30 minutes would help me a lot": the reader's time, wished for, asks for the meeting.
  if (TIME_WISH.en.test(clauseText) || NEEDS_FROM_READER.en.test(clauseText)) return 'wish';
  if (indirectQuestion(words)) return 'question';
  if (contactMe(clause)) return 'conditional';
  return undefined;
}
