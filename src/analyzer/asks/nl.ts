/**
 * Dutch ask detection: which sentences of a Dutch body ask the reader for a step or a view
 * (rules.md, "Asks"). compromise has no Dutch model, so this is a small grammar on top of
 * plain tokens. Dutch word order carries most of the signal: questions and imperatives put
 * the finite verb first ("Zullen we…", "Heeft u…", "Meld u aan", "Stuur me…"), and the
 * pronouns u/jij/jullie mark the reader. Links offered as the next step are found by the
 * language-independent runner (./index.ts), not here.
 */
import type { AskForm, Draft, Sentence } from '../types';
import type { AskDraft, SentenceClassifier } from './classify';
import {
  ABOUT_QUESTIONS,
  ATTENTION_HEADER,
  BUTTON_LABEL,
  CAN_REQUEST,
  CAN_REQUEST_LEADS,
  CONDITIONAL_CAN_REQUEST,
  CONCRETE_STEP,
  CONTINUES_FIRST_STEP,
  CONDITIONAL_OPENERS,
  CONTACT_VERB,
  COURTESY_WISH,
  CROWD_QUESTION,
  CTA_INFINITIVES,
  CURIOUS,
  ELLIPTIC_ASK_HEADS,
  FORMAL_REQUEST,
  HELP_OFFER_QUESTION,
  HOOK_QUESTION,
  IMPERATIVE_VERBS,
  INDIRECT_QUESTION,
  INFINITIVE_PROPOSAL,
  LABEL_NOUNS,
  LEAD_IN_WORDS,
  LETS_MEET,
  LINK_ELSEWHERE,
  NAGGING_QUESTION,
  NAVIGATION_STEP,
  NAMES_REPLY_CONTENT,
  NOT_A_VERB,
  OPINION_VERBS,
  PASSIVE_CLOSER,
  PLEASANTRY_QUESTION,
  PROPOSAL_MODALS,
  QUESTION_OPENING_VERBS,
  READER_STRONG,
  READER_WEAK,
  SCHEDULING,
  SOFTENERS,
  SUBJECTS_AFTER_VERB,
  UNSUBSCRIBE,
  VAGUE_FUTURE,
  WISH,
  WRITER_ANSWER,
  WRITER_SUBJECTS,
} from '../lexicon/nl-asks';
import { GRAAG_REQUEST, NL_EVALUATION_QUESTIONS, NL_HOOK_ANSWER } from '../lexicon/nl-asks-closing';
import { stepsListPlace } from './steps-list';

/** A word of a clause, with its offset in the segment text. */
interface Token {
  word: string;
  start: number;
}

/** What the classifier knows about the sentence's place in the draft. */
interface Context {
  kind: Draft['kind'];
  heading: boolean;
  listItem: boolean;
  standalone: boolean;
  nearEnd: boolean;
  /** A list item under "Heeft u vragen? Ik help u graag:": contact options of a help offer. */
  underHelpOffer: boolean;
  previous: string;
  next: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const WH_WORDS = new Set([
  'wat', 'wie', 'waar', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'hoelang', 'welke', 'welk', 'waarmee',
  'waarover', 'waarvoor', 'waardoor', 'waarin', 'waaraan', 'wiens',
]);
/** Fewer content words than this after a question leave it "at the end" of the body. */
const NEAR_END_WORDS = 15;

export const classifyDutch: SentenceClassifier = (draft, sentenceIndex) => {
  const sentence = draft.sentences[sentenceIndex];
  if (!sentence) return [];
  const context = contextOf(draft, sentenceIndex);
  // Steps for the reader under a lead-in ("Om te starten:"): the first is the ask, the rest its parts.
  const steps = context.listItem ? stepsListPlace(draft, sentence) : undefined;
  if (steps === 'later') return [];
  if (steps === 'first') context.listItem = false;
  const folded = foldWithOffsets(sentence.text);
  const asks: AskDraft[] = [];
  // A semicolon joins two main clauses, each of which may carry its own ask.
  for (const [from, to] of pieces(folded.text, /;\s/g)) {
    const segment = folded.text.slice(from, to);
    const found = classifySegment(segment, context);
    if (!found) continue;
    // "Probeer het via <url> en vertel het aan je collega's": a second step joined by "en" is a second ask.
    const second = found.form === 'imperative' ? joinedImperative(segment, found.offset, context) : undefined;
    const firstTo = second === undefined ? to : from + second.joinAt;
    const at = (i: number) => sentence.start + (folded.at[from + i] ?? 0);
    const start = at(found.offset);
    const end = sentence.start + trimEnd(sentence.text, folded.at[firstTo] ?? sentence.text.length);
    if (end > start) asks.push({ start, end, form: found.form });
    if (second !== undefined) {
      const secondEnd = sentence.start + trimEnd(sentence.text, folded.at[to] ?? sentence.text.length);
      if (secondEnd > at(second.offset)) asks.push({ start: at(second.offset), end: secondEnd, form: 'imperative' });
    }
  }
  return asks;
};

/** Finds the ask in one segment (offsets into it), or nothing. */
function classifySegment(segment: string, context: Context): { offset: number; form: AskForm } | undefined {
  if (UNSUBSCRIBE.test(segment)) return undefined;
  if (PASSIVE_CLOSER.some((p) => p.test(segment))) return undefined;
  if (isQuestion(segment)) {
    if (context.heading || context.listItem || insideQuotes(segment)) return undefined;
    const offset = questionAsk(segment, context);
    return offset === undefined ? undefined : { offset, form: 'question' };
  }
  // "Graag de offerte getekend retour vóór vrijdag": a request with no imperative at all.
  const graag = GRAAG_REQUEST.exec(segment.trimStart());
  if (graag && !context.listItem) return { offset: segment.length - segment.trimStart().length, form: 'imperative' };
  const imperative = imperativeAsk(segment, context);
  if (imperative !== undefined) {
    // A conditional request spans its condition too: "Als je ook bouwplannen hebt, gebruik dan…".
    const condition = conditionStart(segment);
    if (condition !== undefined && condition < imperative) return { offset: condition, form: 'conditional' };
    // "Heb je interesse, laat het me dan weten": an inverted condition before "<verb> … dan".
    if (imperative > 0 && /^\p{L}+(?: \p{L}+){0,2} dan\b/u.test(segment.slice(imperative))) return { offset: 0, form: 'conditional' };
    return { offset: imperative, form: conditional(segment) ? 'conditional' : 'imperative' };
  }
  if (context.standalone && BUTTON_LABEL.test(segment) && !/\b(?:geen|niet)\b/.test(segment)) {
    return { offset: leadOffset(segment), form: /\]\(|https?:|\{\{/.test(segment) ? 'link' : 'imperative' };
  }
  const linkStart = clauseStarts(segment).find((start) => LINK_ELSEWHERE.test(leadStripped(segment.slice(start))));
  if (linkStart !== undefined) return { offset: linkStart, form: 'link' };
  const formal = clauseStarts(segment).find((start) => FORMAL_REQUEST.test(segment.slice(start)) || LETS_MEET.test(segment.slice(start)));
  if (formal !== undefined) return { offset: formal, form: 'imperative' };
  const canRequest = canRequestAt(segment);
  // "U kunt altijd een nieuwe offerte aanvragen" states an option; it asks nothing.
  if (canRequest !== undefined && !SOFTENERS.test(segment)) {
    const condition = conditionStart(segment);
    return condition === undefined ? { offset: canRequest, form: 'imperative' } : { offset: condition, form: 'conditional' };
  }
  const conditionFirst = conditionStart(segment);
  if (conditionFirst !== undefined && CONDITIONAL_CAN_REQUEST.test(segment.slice(conditionFirst))) {
    return { offset: conditionFirst, form: 'conditional' };
  }
  const indirect = INDIRECT_QUESTION.exec(segment);
  if (indirect) return { offset: clauseStartBefore(segment, indirect.index), form: 'question' };
  const wish = wishAsk(segment, context);
  if (wish !== undefined) return { offset: wish, form: 'wish' };
  return undefined;
}

// ---------------------------------------------------------------- questions

function isQuestion(segment: string): boolean {
  return /\?[\s!"'”“’)*_\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/u.test(segment);
}

/** Offset of the question clause that asks the reader something, if any. */
function questionAsk(segment: string, context: Context): number | undefined {
  const question = segment.replace(/[\s!\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u, '');
  for (const start of clauseStarts(question)) {
    const clause = question.slice(start);
    const tokens = skipLeadIns(tokenize(clause));
    const first = tokens[0];
    if (!first) continue;
    const body = clause.slice(first.start).trim();
    if (rejectsQuestion(body)) return undefined;
    const leadIn = question.slice(0, start);
    if (asksReader(body, tokens, context, /\bbenieuwd\b|\bvraag\b/.test(leadIn))) return start + first.start;
  }
  return undefined;
}

function rejectsQuestion(body: string): boolean {
  return (
    HOOK_QUESTION.some((p) => p.test(body)) ||
    PLEASANTRY_QUESTION.some((p) => p.test(body)) ||
    NAGGING_QUESTION.some((p) => p.test(body)) ||
    HELP_OFFER_QUESTION.test(body)
  );
}

/** The grammar of a question to the reader: verb-first, a question word, or a verbless "Interesse?". */
function asksReader(body: string, tokens: Token[], context: Context, curiousLeadIn: boolean): boolean {
  const [w0, w1] = [tokens[0]?.word ?? '', tokens[1]?.word ?? ''];
  const words = tokens.map((t) => t.word);
  const strong = words.some((w) => READER_STRONG.has(w));
  const weak = strong || words.some((w) => READER_WEAK.has(w));
  if (ELLIPTIC_ASK_HEADS.some((p) => p.test(body))) return true;
  // "Nog relevant?", "Zin?", "Iets voor jullie?": at the close, the reader is asked to weigh the idea.
  if (context.nearEnd && NL_EVALUATION_QUESTIONS.some((p) => p.test(body))) return true;
  // "Donderdag even bellen?": in a post only as its closing line, where it cannot open a story.
  if (INFINITIVE_PROPOSAL.test(body) && (context.kind !== 'post' || context.nearEnd)) return true;
  // An opening question the writer answers straight away ("De mijne…", "Bij ons…") is a hook (rules.md).
  if (context.kind === 'post' && !context.nearEnd && WRITER_ANSWER.test(context.next)) return false;
  // "Worstelt u met X? U bent niet alleen.": in any kind, a question the writer answers for the reader.
  if (!context.nearEnd && NL_HOOK_ANSWER.test(context.next)) return false;
  if (WH_WORDS.has(w0)) {
    if (w0 === 'waarom') return strong && context.nearEnd;
    if (CROWD_QUESTION.test(body) && context.nearEnd) return true;
    // In one-to-one mail: "Wanneer zullen we bellen?", "Wie kan ik hiervoor benaderen?", "Wat is een goed
    // moment?", and any closing question ("Wie is hiervoor de juiste persoon?"): hooks open a mail, not close it.
    if (context.kind !== 'post' && (proposes(words) || SCHEDULING.test(body) || context.nearEnd)) return true;
    // Unstressed "je" is often the generic you of a hook ("Hoe zorg je ervoor dat…?"): it asks the
    // reader only for a view ("Wat vind je van…?") or as the closing question.
    return strong || (weak && (context.nearEnd || inQuestionnaire(context) || words.slice(1, 4).some((w) => OPINION_VERBS.has(w))));
  }
  const verbFirst = QUESTION_OPENING_VERBS.has(w0) || (!NOT_A_VERB.has(w0) && SUBJECTS_AFTER_VERB.has(w1) && /^\p{L}+$/u.test(w0));
  if (!verbFirst) return false;
  if (isConditionQuestion(w0, context.next)) return false;
  // "Is het niet zonde dat…?", "Zou het niet mooi zijn…?": negated yes/no questions are rhetorical.
  if (words.slice(1, 4).includes('niet')) return false;
  if (context.kind === 'post') {
    // A post's yes/no question mid-story is a hook ("Heb jij ook last van trage offertes?"); at
    // the end, or followed by an invitation, it asks the crowd.
    // "Heeft iemand hier ervaring mee?" addresses the crowd as well as a "jij" would.
    const addressed = weak || curiousLeadIn || words.includes('iemand');
    return addressed && (context.nearEnd || curiousLeadIn || invites(context.next, context));
  }
  // In one-to-one mail a yes/no question expects the reader's answer.
  return true;
}

/** A modal with the writer as subject, early in the question: "…kunnen we…", "…kan ik…". */
function proposes(words: string[]): boolean {
  return words.slice(1, 4).some((w, i) => PROPOSAL_MODALS.has(w) && WRITER_SUBJECTS.has(words[i + 2] ?? ''));
}

/** "Nog een paar vragen vooraf." announces questions meant for the reader, a "je" among them. */
function inQuestionnaire(context: Context): boolean {
  return /\b(?:een paar|paar|enkele|wat|twee|drie|vier|nog) (?:korte )?vragen\b|\bvragen(?: vooraf)?:/.test(context.previous);
}

/** The next sentence is an imperative that names a step ("Deel je aanpak in de reacties."). */
function invites(next: string, context: Context): boolean {
  return next !== '' && imperativeAsk(next, { ...context, listItem: false, standalone: false }) !== undefined;
}

/**
 * "Organiseer jij een uitje? Begin dan met…", "Bevalt het? Dan koppel je…": a yes/no question
 * about the reader's situation, answered by "dan" and what the reader then does, is a condition.
 * A request ("Wilt u tekenen? Dan starten we…") stays an ask: modals, and "dan" + the writer.
 */
function isConditionQuestion(verb: string, next: string): boolean {
  if (PROPOSAL_MODALS.has(verb) || ['wil', 'wilt', 'willen', 'kun', 'kunt'].includes(verb)) return false;
  return /^\W*\p{L}+ dan\b/u.test(next) || /^\W*(?:zo (?:niet|ja),? )?dan \p{L}+ (?:je|jij|u|jullie)\b/u.test(next);
}

/** A question between quotation marks is reported speech, not a question to the reader. */
function insideQuotes(segment: string): boolean {
  const mark = segment.lastIndexOf('?');
  const before = segment.slice(0, mark);
  const quotes = (before.match(/["“”„«»]/g) ?? []).length;
  return quotes % 2 === 1 || /\?\s*["”»]/.test(segment.slice(mark));
}

// ---------------------------------------------------------------- imperatives

/** Offset of an imperative that names a next step ("Meld u aan", "Stuur me een DM"), if any. */
function imperativeAsk(segment: string, context: Context): number | undefined {
  if (softenedContact(segment)) return undefined;
  for (const start of clauseStarts(segment)) {
    const tokens = skipLeadIns(tokenize(segment.slice(start)));
    const first = tokens[0];
    if (!first) continue;
    const rest = segment.slice(start + first.start + first.word.length);
    const found = isImperative(first.word, tokens[1]?.word ?? '', rest, context.kind) || isInfinitiveInvitation(tokens, rest);
    if (!found) continue;
    if (writersOwnVerb(segment, start)) continue;
    // "LET OP: …", "Lees dit: …" call attention to what follows; with a link after them they offer it.
    if (ATTENTION_HEADER.test(segment.slice(start + first.start)) && !/https?:|www\./.test(rest)) continue;
    if (context.listItem && !/https?:|www\.|\[phone\]|\[email\]|\{\{|\]\(|\b(?:me|mij|ons)\b/.test(segment)) return undefined;
    if ((context.listItem || context.standalone) && context.underHelpOffer) return undefined;
    // "Bel mij: 020 …", "Mail ons: info@…": contact details under a label, not a request.
    if (/^(?:\s*\S+){0,3}?\s*:/.test(rest) && /^(?:bel|mail|app|whatsapp|sms)$/.test(first.word)) return undefined;
    if (bareLetKnow(segment) && !askingLetKnow(segment, context)) return undefined;
    return start + first.start;
  }
  return undefined;
}

function isImperative(w0: string, w1: string, rest: string, kind: Draft['kind']): boolean {
  // "Plan ik…", "Stuur ze…" are statements or questions with the verb first, not imperatives.
  if (['ik', 'we', 'wij', 'ze', 'zij', 'hij', 'jullie'].includes(w1)) return false;
  if (LABEL_NOUNS.has(w0) && /^\W{0,3}:/.test(rest)) return false;
  return IMPERATIVE_VERBS.some((verb) => {
    const polite = w1 === 'u' && verb.stems.some((stem) => w0 === `${stem}t` && !stem.endsWith('t'));
    if (!verb.stems.includes(w0) && !polite) return false;
    if (verb.needs && !verb.needs.test(rest)) return false;
    return !(kind === 'post' && verb.needsInPost && !verb.needsInPost.test(rest));
  });
}

/** "Gewoon uitproberen.", "Aanmelden kan hier: <url>": an infinitive used as an invitation. */
function isInfinitiveInvitation(tokens: Token[], rest: string): boolean {
  const first = tokens[0]?.word ?? '';
  if (!CTA_INFINITIVES.has(first)) return false;
  return (
    tokens.length <= 3 ||
    /^\s*(?:kan|kunt|kun)\b|^\s*:/.test(rest) ||
    /^\s*(?:via|op|hier|bij|in)\b.*(?:https?:|www\.|\.(?:nl|com|be|io)\b|\blink\b|\b(?:web)?site\b|\{\{|👇)/.test(rest)
  );
}

/** "Bel of mail me gerust", "Neem vrijblijvend contact op": feel-free closers. */
function softenedContact(segment: string): boolean {
  if (!SOFTENERS.test(segment) || !CONTACT_VERB.test(segment) || NAMES_REPLY_CONTENT.test(segment)) return false;
  // "Stuur me gerust je tarieven", "Bel me gerust om een afspraak te maken": the softener only makes a concrete
  // step polite. "Neem gerust contact op" is the generic "reach out" whatever follows it.
  return !CONCRETE_STEP.test(segment) || ABOUT_QUESTIONS.test(segment) || /\bcontact\b/.test(segment);
}

/**
 * Where a second, different step starts after "en" (or "— en") in an imperative segment, if
 * one does: "Probeer het via <url> en vertel het ook aan je collega's". Not a step that carries
 * out the first (looking or trying at the same place, answering: CONTINUES_FIRST_STEP) unless it
 * has a link of its own, and not alternatives ("bel of mail me"). `joinAt` ends the first ask.
 */
function joinedImperative(segment: string, firstOffset: number, context: Context): { offset: number; joinAt: number } | undefined {
  // "Klik op de link en vul het formulier in": the second step happens where the first one leads.
  if (NAVIGATION_STEP.test(segment.slice(firstOffset))) return undefined;
  for (const m of segment.matchAll(/\s(?:[—–-]\s+)?en\s+/g)) {
    if (m.index <= firstOffset) continue;
    const start = m.index + m[0].length;
    const tokens = skipLeadIns(tokenize(segment.slice(start)));
    const first = tokens[0];
    if (!first) continue;
    const rest = segment.slice(start + first.start + first.word.length);
    if (!isImperative(first.word, tokens[1]?.word ?? '', rest, context.kind)) continue;
    const clause = segment.slice(start);
    if (CONTINUES_FIRST_STEP.test(clause) && !/https?:|www\./.test(clause)) return undefined;
    return { offset: start + first.start, joinAt: m.index };
  }
  return undefined;
}

/** "Ik zet de offerte klaar en laat het dan weten": after "en", the verb still has the writer as subject. */
function writersOwnVerb(segment: string, start: number): boolean {
  const before = segment.slice(0, start);
  if (!/\sen\s+$/.test(before)) return false;
  const clause = before.slice(clauseStartBefore(segment, Math.max(0, before.trimEnd().length - 3)));
  return tokenize(clause).some((t) => WRITER_SUBJECTS.has(t.word));
}

/** "Laat het (me) weten" with no "of/wat…" saying what to tell. */
function bareLetKnow(segment: string): boolean {
  return /\blaat\b.*\b(?:weten|horen)\b/.test(segment) && !NAMES_REPLY_CONTENT.test(segment);
}

/**
 * A bare "laat het weten" asks only when it follows up something the reader can act on:
 * not after "Heeft u vragen?", and not under a condition deferred to a vague future
 * ("Mocht je later eens willen sparren, laat het weten").
 */
function askingLetKnow(segment: string, context: Context): boolean {
  const previous = context.previous.replace(/[\s\p{Extended_Pictographic}\u{FE0F}]+$/u, '');
  if (HELP_OFFER_QUESTION.test(previous)) return false;
  if (conditional(segment) && VAGUE_FUTURE.test(segment)) return false;
  return true;
}

function conditional(segment: string): boolean {
  return conditionStart(segment) !== undefined || /\blaat\b.*\bweten (?:of|als)\b/.test(segment);
}

/** Offset of an opening "Als/Mocht/Indien …" clause, after lead-ins such as "PS:". */
function conditionStart(segment: string): number | undefined {
  const first = skipLeadIns(tokenize(segment))[0];
  return first && CONDITIONAL_OPENERS.has(first.word) ? first.start : undefined;
}

/** "U kunt zich hier aanmelden", "Als u akkoord gaat, kunt u … retour sturen": clause-initial, not "Met deze tool kunt u…". */
function canRequestAt(segment: string): number | undefined {
  for (const start of clauseStarts(segment)) {
    const first = skipLeadIns(tokenize(segment.slice(start)))[0];
    if (!first) continue;
    const clause = segment.slice(start + first.start);
    const lead = CAN_REQUEST_LEADS.exec(clause)?.[0].length ?? 0;
    if (CAN_REQUEST.test(clause) || (lead > 0 && CAN_REQUEST.test(clause.slice(lead)))) return start + first.start;
  }
  return undefined;
}

// ---------------------------------------------------------------- wishes

/** "Lijkt me interessant om te connecten", "Benieuwd naar jullie ervaring!". */
function wishAsk(segment: string, context: Context): number | undefined {
  const words = tokenize(segment).map((t) => t.word);
  const reader = words.some((w) => READER_STRONG.has(w) || READER_WEAK.has(w));
  if (COURTESY_WISH.test(segment)) return undefined;
  for (const wish of WISH) {
    const match = wish.pattern.exec(segment);
    if (match && (reader || !wish.needsReader)) return clauseStartBefore(segment, match.index);
  }
  const curious = CURIOUS.exec(segment);
  if (curious && (reader || context.kind !== 'post')) return clauseStartBefore(segment, curious.index);
  return undefined;
}

// ---------------------------------------------------------------- helpers

/** Where the sentence sits: heading or list item, near the end of the body, its neighbours. */
function contextOf(draft: Draft, index: number): Context {
  const sentence = draft.sentences[index] as Sentence;
  const lineStart = draft.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const line = draft.text.slice(lineStart, sentence.end);
  const contentAfter = contentWordsFrom(draft)[sentence.firstWord + sentence.wordCount] ?? 0;
  return {
    kind: draft.kind,
    heading: /^\s*#{1,6}\s/.test(line),
    standalone: sentence.standalone,
    listItem: /^\s*(?:[-*•·▪▸►–]\s|\d{1,2}[.)]\s|\d\uFE0F?\u20E3|[✅❌✔☐☑✓✗]|\[[ x]\])/u.test(line),
    nearEnd: contentAfter < NEAR_END_WORDS,
    underHelpOffer: underHelpOffer(draft, index),
    previous: foldedSentence(draft, index - 1),
    next: foldedSentence(draft, index + 1),
  };
}

/**
 * For each word index, how many content words (not hashtags, links or numbers) follow from it to
 * the end of the body. Computed once per draft: every sentence of a long post asks for it.
 */
const CONTENT_WORDS_FROM = new WeakMap<Draft, number[]>();
function contentWordsFrom(draft: Draft): number[] {
  let counts = CONTENT_WORDS_FROM.get(draft);
  if (counts) return counts;
  counts = new Array<number>(draft.words.length + 1).fill(0);
  for (let i = draft.words.length - 1; i >= 0; i--) {
    const word = draft.words[i]!.text;
    counts[i] = counts[i + 1]! + (/\p{L}/u.test(word) && !/^#|https?:|www\./.test(word) ? 1 : 0);
  }
  CONTENT_WORDS_FROM.set(draft, counts);
  return counts;
}

/** The nearest sentence above that is not a short line of its own offers help ("Ik help u graag!"). */
function underHelpOffer(draft: Draft, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 8; i--) {
    const above = draft.sentences[i] as Sentence;
    if (above.standalone || above.wordCount <= 5) {
      if (isHelpOffer(foldedSentence(draft, i))) return true;
      continue;
    }
    return isHelpOffer(foldedSentence(draft, i));
  }
  return false;
}

function isHelpOffer(text: string): boolean {
  const trimmed = text.replace(/[\s!.\p{Extended_Pictographic}\u{FE0F}]+$/u, '').replace(/^[\s#*\p{Extended_Pictographic}\u{FE0F}]+/u, '');
  return PASSIVE_CLOSER.some((p) => p.test(trimmed)) || HELP_OFFER_QUESTION.test(trimmed);
}

/**
 * The text as the patterns read it: lowercase, each run of whitespace (a hard wrap with its
 * trailing spaces included) one space, typographic apostrophes plain. `at[i]` is the index in
 * the original of folded character i, and `at[text.length]` the original's length.
 */
interface Folded {
  text: string;
  at: number[];
}

function foldWithOffsets(original: string): Folded {
  const lower = original.toLowerCase();
  // A few characters change length when lowercased ("İ"); then keep the original's case.
  const source = lower.length === original.length ? lower : original;
  let text = '';
  const at: number[] = [];
  for (const m of source.matchAll(/\s+|\S+/g)) {
    if (/^\s/.test(m[0])) {
      text += ' ';
      at.push(m.index);
    } else {
      text += m[0];
      for (let k = 0; k < m[0].length; k++) at.push(m.index + k);
    }
  }
  at.push(original.length);
  return { text: text.replace(/’/g, "'"), at };
}

/** Folded sentence texts, once per draft: every sentence's context reads its neighbours. */
const FOLDED_SENTENCES = new WeakMap<Draft, string[]>();
function foldedSentence(draft: Draft, index: number): string {
  let folded = FOLDED_SENTENCES.get(draft);
  if (!folded) {
    folded = draft.sentences.map((sentence) => fold(sentence.text));
    FOLDED_SENTENCES.set(draft, folded);
  }
  return folded[index] ?? '';
}

function fold(text: string): string {
  const lower = text.toLowerCase();
  return (lower.length === text.length ? lower : text).replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** Where the words start, past leading emoji, arrows and markup. */
function leadOffset(text: string): number {
  return text.length - leadStripped(text).length;
}

/** The text without leading emoji, arrows and markup ("👉 Link in bio" → "link in bio"). */
function leadStripped(text: string): string {
  return text.replace(/^[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u2190-\u21ff\u27a1*_>[(-]+/u, '');
}

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => ({ word: m[0], start: m.index }));
}

function skipLeadIns(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length - 1 && LEAD_IN_WORDS.has(tokens[i]!.word)) i++;
  return tokens.slice(i);
}

/** Clause starts: the segment start, and after a comma, colon, semicolon, spaced dash or "en". */
function clauseStarts(segment: string): number[] {
  const starts = [0];
  for (const m of segment.matchAll(/[,:;]\s+|\s[—–-]\s|\sen\s/g)) starts.push(m.index + m[0].length);
  return starts;
}

function clauseStartBefore(segment: string, index: number): number {
  const starts = clauseStarts(segment).filter((s) => s <= index);
  return starts[starts.length - 1] ?? 0;
}

/** [start, end) ranges of the text split at `separator`. */
function pieces(text: string, separator: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    out.push([from, m.index + 1]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}
