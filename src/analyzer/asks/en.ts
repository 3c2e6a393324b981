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
import { has } from './en-clause';
import { OPT_OUT_WORDS } from '../lexicon/en-asks';

const ENGLISH_CLAUSES: ClauseWords = {
  conjunctions: new Set(['but', 'and', 'or', 'so', 'then', 'yet']),
  // A leading clause opened by one of these ends at its comma: "If it fits, …", "To subscribe, …", "In the meantime, …".
  leadingSubordinators: new Set([
    'if', 'when', 'whenever', 'once', 'unless', 'to', 'for', 'after', 'before', 'since', 'as', 'in', 'should', 'whether',
  ]),
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
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** A numbered or bulleted line ("1. Listen more than you talk", "- Pick a tone"); an emoji is not a list marker. */
const LIST_MARKER = /^\s*(?:[-*\u2022\u00b7\u25aa\u25ba]|\d{1,2}[.)]|[a-z][.)])\s+$/i;

function inListItem(text: string, sentence: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return LIST_MARKER.test(text.slice(lineStart, sentence.start));
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
  const clauses = clausesOf(draft.text, tokens, sentence.end, ENGLISH_CLAUSES);
  // Items of a list give tips or steps ("1. Ask for the next step"); one that asks carries its link.
  const listItem = inListItem(draft.text, sentence);
  const ctx: RequestContext = {
    text: draft.text,
    kind: draft.kind,
    listItem,
    sentenceHasLink: hasLink(sentence.text),
    tag: (token) => tagsOf(draft.text, sentence, token),
  };
  const asks: AskDraft[] = [];
  let previousWasAsk = false;
  clauses.forEach((clause, c) => {
    let form = classifyClause(draft, clauses, c, ctx);
    if (listItem && !ctx.sentenceHasLink && (form === 'imperative' || form === 'conditional')) form = undefined;
    if (!form) {
      previousWasAsk = false;
      return;
    }
    const last = asks[asks.length - 1];
    if (previousWasAsk && last) {
      last.end = clause.end;
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

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
