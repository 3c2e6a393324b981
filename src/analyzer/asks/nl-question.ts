/**
 * Dutch questions to the reader (rules.md, "Asks"): which questions ask for a decision, an action,
 * availability, interest or a view, and which only greet, nag, offer help or hook a story. Split
 * from nl.ts, the classifier that calls it.
 */
import {
  CROWD_QUESTION,
  ELLIPTIC_ASK_HEADS,
  HELP_OFFER_QUESTION,
  HOOK_QUESTION,
  INFINITIVE_PROPOSAL,
  NAGGING_QUESTION,
  NOT_A_VERB,
  OPINION_VERBS,
  PLEASANTRY_QUESTION,
  PROPOSAL_MODALS,
  QUESTION_OPENING_VERBS,
  READER_STRONG,
  READER_WEAK,
  SCHEDULING,
  SUBJECTS_AFTER_VERB,
  WRITER_ANSWER,
  WRITER_SUBJECTS,
} from '../lexicon/nl-asks';
import { NL_EVALUATION_QUESTIONS, NL_HOOK_ANSWER } from '../lexicon/nl-asks-closing';
import { clauseStarts, skipLeadIns, tokenize, type Context, type Token } from './nl-context';
import { imperativeAsk } from './nl-imperative';
import { offersTimes } from '../lexicon/time-choices';

const WH_WORDS = new Set([
  'wat', 'wie', 'waar', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'hoelang', 'welke', 'welk', 'waarmee',
  'waarover', 'waarvoor', 'waardoor', 'waarin', 'waaraan', 'wiens',
]);

/** A line without end punctuation that opens with a verb and its subject: "Is dit voor jou …", "Heb je …". */
export function unmarkedQuestion(segment: string): boolean {
  if (/[.!?…:;]["'”’)\]]*\s*$/u.test(segment)) return false;
  const [w0, w1] = tokenize(segment).map((t) => t.word);
  return QUESTION_OPENING_VERBS.has(w0 ?? '') && UNMARKED_SUBJECTS.has(w1 ?? '');
}

/** Subjects after the verb that make an unmarked line a question to the reader. */
const UNMARKED_SUBJECTS = new Set(['je', 'jij', 'u', 'jullie', 'dit', 'dat', 'het', 'er']);

export function isQuestion(segment: string): boolean {
  return /\?[\s!"'”“’)*_\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/u.test(segment);
}

/** Offset of the question clause that asks the reader something, if any. */
export function questionAsk(segment: string, context: Context): number | undefined {
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

/** A short line of the writer's own (the sentences around a question, folded): "ik ga door.", "nu hebben we een echt gesprek." */
const WRITER_LINE = /^\s*(?:ik|we|wij|nu|dan|dat|het)\b[^.?!\n]{0,50}[.!]\s*$/u;

/** What opens the subject after the verb of a labelled question ("claimt de stichting …?"). */
const LABELLED_SUBJECT_START = /^(?:de|het|een|die|dat|dit|deze|jullie|uw|jouw|je|u|er)$/u;

/** Prepositions a question word may follow. */
const QUESTION_PREPOSITIONS = new Set(['op', 'met', 'bij', 'aan', 'voor', 'van', 'naar', 'in', 'over', 'tot', 'vanaf', 'sinds', 'via', 'onder', 'tegen']);

/** The grammar of a question to the reader: verb-first, a question word, or a verbless "Interesse?". */
function asksReader(body: string, tokens: Token[], context: Context, curiousLeadIn: boolean): boolean {
  const [w0, w1] = [tokens[0]?.word ?? '', tokens[1]?.word ?? ''];
  const words = tokens.map((t) => t.word);
  const strong = words.some((w) => READER_STRONG.has(w));
  const weak = strong || words.some((w) => READER_WEAK.has(w));
  // "Echt bezwaar? Dat los ik op. Deal dood? Ik ga door.": in a post, short questions the writer answers in turn.
  if (context.kind === 'post' && words.length <= 5 && WRITER_LINE.test(context.next) && WRITER_LINE.test(context.previous)) return false;
  if (ELLIPTIC_ASK_HEADS.some((p) => p.test(body))) return true;
  // "Nog relevant?", "Zin?", "Iets voor jullie?": at the close, the reader is asked to weigh the idea.
  if (context.nearEnd && NL_EVALUATION_QUESTIONS.some((p) => p.test(body))) return true;
  // "Donderdag even bellen?": in a post only as its closing line, where it cannot open a story.
  if (INFINITIVE_PROPOSAL.test(body) && (context.kind !== 'post' || context.nearEnd)) return true;
  // An opening question the writer answers straight away ("De mijne…", "Bij ons…") is a hook (rules.md).
  // Not when the writer says it is a question ("Vraag aan mijn netwerk: hoe …?"): the story after it is theirs.
  if (context.kind === 'post' && !context.nearEnd && !curiousLeadIn && WRITER_ANSWER.test(context.next)) return false;
  // "Worstelt u met X? U bent niet alleen.": in any kind, a question the writer answers for the reader.
  if (!context.nearEnd && NL_HOOK_ANSWER.test(context.next)) return false;
  // "Wie kent een goede boekhouder?", "Ken je iemand die …?": asking for a name is a request wherever it stands.
  if (REFERRAL_QUESTION.test(body)) return true;
  // "Benieuwd of dit iets voor jullie kan zijn?": the reader's interest asked, the verb left out (a post's hook otherwise).
  if (context.kind !== 'post' && /^(?:(?:ben je|bent u|zijn jullie) )?benieuwd (?:of|wat|hoe|naar)\b/u.test(body)) return true;
  // "Dinsdag 14:00 of woensdag 10:00?": times offered to pick from, in a mail or message.
  if (context.kind !== 'post' && offersTimes(body, 'nl')) return true;
  // "Op welk nummer kunnen klanten je bereiken?", "Met wie kan ik dit bespreken?": the question word after a preposition.
  if (WH_WORDS.has(w0) || (QUESTION_PREPOSITIONS.has(w0) && WH_WORDS.has(w1))) {
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
  // "Eén vraag die ik had: claimt de stichting de giftenaftrek?": after a label naming the question, in a
  // letter to one reader, a finite verb first asks them, whatever the subject (the twin of "One question decides it: does …?").
  if (!verbFirst && curiousLeadIn && context.kind !== 'post' && /^\p{L}{3,}t$/u.test(w0) && LABELLED_SUBJECT_START.test(w1)) return true;
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

/** A question for a name: someone the reader knows who can help, or who can do a job. */
const REFERRAL_QUESTION =
  /^(?:wie (?:kent|weet|heeft|kan (?:mij|me|ons) (?:helpen|tippen|doorverwijzen))\b(?: er)?(?: nog)?(?: (?:een|iemand))?|(?:ken|kent|weet) (?:je|jij|u|jullie|iemand) (?:nog )?(?:iemand|een (?:goede|betrouwbare|fijne|leuke))\b)/u;

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
  // "Speelt het later wel? Dan ben ik bereikbaar op …": a condition for the writer's availability, a help offer.
  if (/^\W*dan (?:ben|zijn) (?:ik|we|wij) (?:\p{L}+ )?(?:bereikbaar|beschikbaar|er|te bereiken)\b/u.test(next)) return true;
  if (PROPOSAL_MODALS.has(verb) || ['wil', 'wilt', 'willen', 'kun', 'kunt'].includes(verb)) return false;
  return /^\W*\p{L}+ dan\b/u.test(next) || /^\W*(?:zo (?:niet|ja),? )?dan \p{L}+ (?:je|jij|u|jullie)\b/u.test(next);
}

/** A question between quotation marks is reported speech, not a question to the reader. */
export function insideQuotes(segment: string): boolean {
  const mark = segment.lastIndexOf('?');
  const before = segment.slice(0, mark);
  // A straight quote after a digit is an inch mark ("een 7\" scherm"), not a quotation mark.
  const quotes = (before.match(/(?<!\d)"|[“”„«»]/g) ?? []).length;
  return quotes % 2 === 1 || /\?\s*["”»]/.test(segment.slice(mark));
}
