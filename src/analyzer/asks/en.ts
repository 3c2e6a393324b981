/**
 * classifyEnglish: the asks in one sentence of an English body. The sentence is cut into
 * clauses (./clauses.ts); each clause is read as a question (./en-question.ts) or as a
 * statement that may request, invite or wish (./en-request.ts). Adjacent asking clauses of one
 * sentence are one ask ("Finance leads, I'd love your input: drop a comment …").
 */
import type { AskForm, Draft, Sentence } from '../types';
import { tagsOf, tokensIn } from '../nlp';
import type { AskDraft, SentenceClassifier } from './classify';
import { clausesOf, type Clause, type ClauseWords } from './clauses';
import { questionAsks } from './en-question';
import { classifyRequest, conditioned, type RequestContext } from './en-request';
import { hasLink, LINK_PATTERN } from './links';
import { coreIndex, has } from './en-clause';
import { matchAt } from './phrases';
import { firstListedQuestion, standaloneListedQuestion, stepsListPlace } from './steps-list';
import {
  ATTENTION_HEADERS,
  CLAUSE_LEADS,
  CONTACT_VERBS,
  CONTINUES_FIRST_STEP,
  NAVIGATION_STEPS,
  OPT_OUT_WORDS,
  REQUEST_VERBS,
  SPLICED_QUESTION_OPENERS,
} from '../lexicon/en-asks';
import { QUESTION_AUXILIARIES } from '../lexicon/en-asks-questions';

const ENGLISH_CLAUSES: ClauseWords = {
  // After a comma, a conjunction starts a new clause; so does a softener opening a request spliced
  // on with a comma ("I've attached the agreement, just sign page 3 and send it back").
  conjunctions: new Set(['but', 'and', 'or', 'so', 'then', 'yet', 'just', 'please', 'simply']),
  // A leading clause opened by one of these ends at its comma: "If it fits, …", "To subscribe, …", "In the meantime, …".
  leadingSubordinators: new Set([
    'if', 'when', 'whenever', 'once', 'unless', 'to', 'for', 'after', 'before', 'since', 'as', 'in', 'should', 'whether', 'while',
  ]),
  // "I've got a checklist for that, want me to send it over?", "…, shall I send it?"
  opensSplicedQuestion: (words, at) => matchAt(SPLICED_QUESTION_OPENERS, words, at) > 0,
};

/** How far back to look for an opening quotation mark: one paragraph of ordinary length. */
const QUOTE_LOOKBACK = 1500;

/** Inside a quotation ("Klant belt: "How much did I spend?"") words are someone else's, not an ask. */
function insideQuotes(text: string, offset: number): boolean {
  const from = Math.max(0, offset - QUOTE_LOOKBACK);
  const paragraphStart = text.lastIndexOf('\n\n', offset);
  const before = text.slice(Math.max(from, paragraphStart + 1), offset);
  const open = before.lastIndexOf('\u201c');
  const close = before.lastIndexOf('\u201d');
  if (open > close) return true;
  if (open >= 0 || close >= 0) return false;
  // A straight quote after a digit is an inch mark ("7\" laptops"), not a quotation mark.
  return (before.match(/(?<!\d)"/g)?.length ?? 0) % 2 === 1;
}

/** The body's last sentence, without end punctuation, opening with an auxiliary and its subject. */
function unmarkedQuestion(text: string, sentence: Sentence, clause: Clause): boolean {
  if (/[.!?…:;]["'”’)\]]*\s*$/u.test(sentence.text)) return false;
  const h = coreIndex(text, clause);
  return matchAt(QUESTION_AUXILIARIES, clause.words, h) > 0 && UNMARKED_SUBJECTS.has(clause.words[h + 1] ?? '');
}

/** A line ending in a colon, opening with an auxiliary and "you", with a list item on the next line. */
function questionBeforeList(text: string, sentence: Sentence, clause: Clause): boolean {
  if (!/:\s*$/u.test(sentence.text)) return false;
  const h = coreIndex(text, clause);
  if (matchAt(QUESTION_AUXILIARIES, clause.words, h) === 0 || clause.words[h + 1] !== 'you') return false;
  const after = text.slice(sentence.end, sentence.end + 12);
  return /^[^\S\n]*\n\s*(?:[-*\u2022\u00b7\u25aa\u25ba]|\d{1,2}[.)])\s/u.test(after);
}

/**
 * "Could you briefly explain what you need, and I'll come back with a proposal.": a polite request
 * put as a question and closed with a full stop. Only "could/would/can you" opening the sentence.
 */
function politeRequest(text: string, sentence: Sentence, clause: Clause): boolean {
  if (clause.start !== sentence.start && !/^\W*$/u.test(text.slice(sentence.start, clause.start))) return false;
  const h = coreIndex(text, clause);
  const asked = /^(?:could|would|can)$/u.test(clause.words[h] ?? '') && clause.words[h + 1] === 'you' && h <= 1;
  // "Would you believe it, …" exclaims.
  return asked && !/^(?:believe|imagine|guess|think|ever)$/u.test(clause.words[h + 2] ?? '');
}

/** Subjects after the auxiliary that make an unmarked line a question to the reader ("Is this …", "Are you …"). */
const UNMARKED_SUBJECTS = new Set(['you', 'this', 'that', 'it', 'there', 'your']);

/** A numbered or bulleted line ("1. Listen more than you talk", "- Pick a tone"); an emoji is not a list marker. */
const LIST_MARKER = /^\s*(?:[-*\u2022\u00b7\u25aa\u25ba]|\d{1,2}[.)]|[a-z][.)])\s+$/i;

function inListItem(text: string, sentence: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return LIST_MARKER.test(text.slice(lineStart, sentence.start));
}

/**
 * Index of the verb of a second, different request after the "and" at word `i`, or -1: "Book a
 * call here: <url> and download our guide", "— and tell your ops team". Not a request that
 * carries out the first (looking, trying, answering: CONTINUES_FIRST_STEP) unless it has a link
 * of its own.
 */
function requestVerbAfterAnd(text: string, clause: Clause, i: number): number {
  const { words, tokens } = clause;
  if (words[i] !== 'and') return -1;
  let v = i + 1;
  while (v < words.length && matchAt(CLAUSE_LEADS, words, v) > 0 && words[v] !== 'and') v += matchAt(CLAUSE_LEADS, words, v);
  // "… and please contact us if …": a contact verb after "please" is a request of its own.
  if (words[v] === 'please') return matchAt(REQUEST_VERBS, words, v + 1) > 0 || matchAt(CONTACT_VERBS, words, v + 1) > 0 ? i + 1 : -1;
  if (matchAt(REQUEST_VERBS, words, v) === 0) return -1;
  const rest = text.slice(tokens[v]!.start, clause.end);
  return matchAt(CONTINUES_FIRST_STEP, words, v) === 0 || hasLink(rest) ? v : -1;
}

/** Cuts a clause before each "and" that opens a new request, so each request is an ask of its own. */
function splitJoinedRequests(text: string, clause: Clause): Clause[] {
  for (let i = 1; i < clause.words.length - 1; i++) {
    if (requestVerbAfterAnd(text, clause, i) < 0) continue;
    const headTokens = clause.tokens.slice(0, i);
    const headText = text.slice(clause.start, clause.tokens[i]!.start);
    // "Come and see", "Sign and return": one verb before "and" is one action said twice.
    if (i < 3 && !hasLink(headText)) continue;
    // The part before "and" must request too ("Book a call …", or the link that ends one), not
    // describe ("… in Zendesk, Slack and email at the same time").
    const core = coreIndex(text, clause);
    const headRequests = matchAt(REQUEST_VERBS, clause.words, core) > 0;
    // "Click the link and fill in the form": the second step happens where the first one leads.
    if (matchAt(NAVIGATION_STEPS, clause.words, core) > 0) return [clause];
    // "… and please contact us …" requests even after a statement: "please" marks the request.
    const pleaded = clause.words[i + 1] === 'please';
    // "If you want more, grab the guide at <url> and book a demo at <url>": two places, two steps.
    const twoPlaces = hasLink(headText) && hasLink(text.slice(clause.tokens[i]!.start, clause.end));
    if (!headRequests && !pleaded && !twoPlaces && /\p{L}/u.test(headText.replace(new RegExp(LINK_PATTERN.source, 'gi'), ''))) continue;
    const head: Clause = { ...clause, tokens: headTokens, words: clause.words.slice(0, i), end: headTokens.at(-1)!.end };
    // The tail keeps the clause's end and question mark; a leading condition belongs to the head.
    const tail: Clause = {
      tokens: clause.tokens.slice(i),
      words: clause.words.slice(i),
      start: clause.tokens[i]!.start,
      end: clause.end,
      question: clause.question,
      parenthetical: false,
    };
    return [head, ...splitJoinedRequests(text, tail)];
  }
  return [clause];
}

/** "PLEASE READ: our pilot is open": a header before a colon calls attention, it asks for no step. */
function attentionHeader(text: string, clause: Clause, sentenceEnd: number): boolean {
  const h = coreIndex(text, clause);
  if (h >= clause.words.length || h + matchAt(ATTENTION_HEADERS, clause.words, h) !== clause.words.length) return false;
  const after = text.slice(clause.end, sentenceEnd);
  return /^\s*:/.test(after) && !hasLink(after);
}

function classifyClause(draft: Draft, clauses: Clause[], c: number, ctx: RequestContext): AskForm | undefined {
  const clause = clauses[c]!;
  // Quoted speech is someone else's; a bracketed aside cites or comments ("(see our list at …)").
  if (clause.parenthetical || insideQuotes(draft.text, clause.start)) return undefined;
  if (clause.question) {
    const before = clauses.slice(0, c).flatMap((k) => k.words);
    const verdict = questionAsks(clause, { draft, before });
    if (verdict !== undefined) return verdict ? 'question' : undefined;
  }
  return classifyRequest(clause, ctx);
}

export const classifyEnglish: SentenceClassifier = (draft: Draft, sentenceIndex: number): AskDraft[] => {
  const sentence = draft.sentences[sentenceIndex];
  if (!sentence) return [];
  const tokens = tokensIn(draft.text, sentence);
  if (tokens.length === 0) return [];
  // Mailing-list footers ("To unsubscribe, click …") instruct, they do not ask.
  if (has(OPT_OUT_WORDS, tokens.map((t) => t.word))) return [];
  // A line of links only ("👉 [LINK]") is the link runner's to judge (./links.ts).
  if (!/\p{L}/u.test(sentence.text.replace(LINK_PATTERN, ''))) return [];
  const clauses = clausesOf(draft.text, tokens, sentence.end, ENGLISH_CLAUSES).flatMap((c) => splitJoinedRequests(draft.text, c));
  // "Is this the main channel for you" closing a message, its question mark left off as DMs do.
  const last = clauses.at(-1);
  if (last && !last.question && sentenceIndex === draft.sentences.length - 1 && unmarkedQuestion(draft.text, sentence, last)) {
    clauses[clauses.length - 1] = { ...last, question: true };
  }
  const first = clauses[0];
  if (first && !first.question && politeRequest(draft.text, sentence, first)) clauses[0] = { ...first, question: true };
  // "…, could you share:\n• Your timeline\n• Budget range": the question's object is the list below it.
  if (last && !last.question && questionBeforeList(draft.text, sentence, last)) clauses[clauses.length - 1] = { ...last, question: true };
  // Items of a list give tips or steps ("1. Ask for the next step"); one that asks carries its link.
  const inList = inListItem(draft.text, sentence);
  // Steps for the reader under a lead-in ("To get going:"): the first is the ask, the rest its parts.
  const steps = inList ? stepsListPlace(draft, sentence) : undefined;
  // Later items are parts of the first one's step; a question among them is put to the reader on its own
  // ("1. Roughly how much do you spend …? 2. … 3. Would you be open to a 20-minute call?").
  if (steps === 'later' && !standaloneListedQuestion(draft, sentence)) return [];
  const listItem = inList && steps !== 'first';
  const ctx: RequestContext = {
    text: draft.text,
    kind: draft.kind,
    listItem,
    // A step of such a list is offered as a link is: any imperative verb names it ("Review the proposal").
    sentenceHasLink: steps === 'first' || hasLink(sentence.text),
    tag: (token) => tagsOf(draft.text, sentence, token),
  };
  const asks: AskDraft[] = [];
  let previousWasAsk = false;
  clauses.forEach((clause, c) => {
    let form = attentionHeader(draft.text, clause, sentence.end) ? undefined : classifyClause(draft, clauses, c, ctx);
    // "Two questions:\n1. Is X a priority at Acme?\n2. Who handles Y?": questions put to the reader as such.
    if (!form && clause.question && steps === 'first' && firstListedQuestion(draft, sentence)) form = 'question';
    if (listItem && !ctx.sentenceHasLink && (form === 'imperative' || form === 'conditional')) form = undefined;
    // A post's listed questions lay out the writer's own checklist ("1) Potential: how big could it be?").
    if (listItem && draft.kind === 'post' && form === 'question') form = undefined;
    if (!form) {
      previousWasAsk = false;
      return;
    }
    const last = asks[asks.length - 1];
    const joined = c > 0 ? requestVerbAfterAnd(draft.text, clause, 0) : -1;
    if (previousWasAsk && last && joined < 0) {
      last.end = clause.end;
    } else if (joined >= 0) {
      // "… and download our guide": the second request starts at its verb.
      asks.push({ start: clause.tokens[joined]!.start, end: clause.end, form });
    } else {
      // A condition belongs to the request it conditions: "If it fits, reply yes".
      const start = clause.condition && conditioned(clause) && c > 0 ? clauses[c - 1]!.start : clause.start;
      asks.push({ start, end: clause.end, form });
    }
    previousWasAsk = true;
  });
  // The ask runs on to the end of its sentence ("Reply YES and I'll set you up.") unless another follows.
  const sentenceEnd = sentence.start + sentence.text.trimEnd().length;
  asks.forEach((ask, k) => {
    const limit = asks[k + 1]?.start ?? sentenceEnd;
    ask.end = trimEnd(draft.text, ask.start, Math.max(ask.end, limit));
  });
  return asks;
};

/** Drops trailing spaces, and a comma, dash or "and" left hanging before the next ask ("… at <url> — and tell …"). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /[\s,\u2012-\u2015-]/.test(text[e - 1]!)) e--;
    if (e - 4 > start && /\sand$/i.test(text.slice(e - 4, e))) e -= 3;
    else return e;
  }
}
