/**
 * Dutch ask detection: which sentences of a Dutch body ask the reader for a step or a view
 * (rules.md, "Asks"). compromise has no Dutch model, so this is a small grammar on top of
 * plain tokens. Dutch word order carries most of the signal: questions and imperatives put
 * the finite verb first ("Zullen we…", "Heeft u…", "Meld u aan", "Stuur me…"), and the
 * pronouns u/jij/jullie mark the reader. Links offered as the next step are found by the
 * language-independent runner (./index.ts), not here.
 */
import type { AskForm, Draft } from '../types';
import type { AskDraft, SentenceClassifier } from './classify';
import {
  BUTTON_LABEL,
  CONDITIONAL_CAN_REQUEST,
  CONDITIONAL_STEP_REQUEST,
  COURTESY_WISH,
  CROWD_QUESTION,
  CURIOUS,
  ELLIPTIC_ASK_HEADS,
  FORMAL_REQUEST,
  HELP_OFFER_QUESTION,
  HOOK_QUESTION,
  INDIRECT_QUESTION,
  INFINITIVE_PROPOSAL,
  LETS_MEET,
  LINK_ELSEWHERE,
  NAGGING_QUESTION,
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
  WISH,
  WRITER_ANSWER,
  WRITER_SUBJECTS,
} from '../lexicon/nl-asks';
import { GRAAG_REQUEST, INFINITIVE_GRAAG_REQUEST, NL_EVALUATION_QUESTIONS, NL_HOOK_ANSWER } from '../lexicon/nl-asks-closing';
import { stepsListPlace } from './steps-list';
import {
  clauseStartBefore,
  clauseStarts,
  contextOf,
  foldWithOffsets,
  leadOffset,
  leadStripped,
  pieces,
  skipLeadIns,
  tokenize,
  trimEnd,
  type Context,
  type Token,
} from './nl-context';
import {
  imperativeAsk,
  joinedImperative,
  conditional,
  conditionStart,
  canRequestAt,
  stepImperativeAt,
} from './nl-imperative';

const WH_WORDS = new Set([
  'wat', 'wie', 'waar', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'hoelang', 'welke', 'welk', 'waarmee',
  'waarover', 'waarvoor', 'waardoor', 'waarin', 'waaraan', 'wiens',
]);

export const classifyDutch: SentenceClassifier = (draft, sentenceIndex) => {
  const sentence = draft.sentences[sentenceIndex];
  if (!sentence) return [];
  const context = contextOf(draft, sentenceIndex);
  // Steps for the reader under a lead-in ("Om te starten:"): the first is the ask, the rest its parts.
  const steps = context.listItem ? stepsListPlace(draft, sentence) : undefined;
  if (steps === 'later') return [];
  if (steps === 'first') context.listItem = false;
  const folded = foldWithOffsets(sentence.text);
  // A step of such a list is asked of the reader whatever its verb ("Controleer de gegevens").
  const step = steps === 'first' ? stepImperativeAt(folded.text) : undefined;
  if (step !== undefined) {
    const start = sentence.start + (folded.at[step] ?? 0);
    const end = sentence.start + trimEnd(sentence.text, sentence.text.length);
    return end > start ? [{ start, end, form: 'imperative' }] : [];
  }
  const asks: AskDraft[] = [];
  // A semicolon joins two main clauses, each of which may carry its own ask.
  for (const [from, to] of pieces(folded.text, /;\s/g)) {
    const segment = folded.text.slice(from, to);
    // "Is dit voor jou het belangrijkste kanaal" closing a message, its question mark left off as DMs do.
    const closing = sentenceIndex === draft.sentences.length - 1 && to === folded.text.length;
    const found = classifySegment(closing && unmarkedQuestion(segment) ? `${segment}?` : segment, context);
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

/** "In de comments", "Je antwoord graag in de reacties 👇": the place to answer, as a post names it. */
const COMMENT_CHANNEL = /^[\s\p{Extended_Pictographic}\u200d\ufe0f→👇-]*(?:(?:je|jouw|uw|jullie) )?(?:(?:antwoord|antwoorden|reactie|reacties|tips?|ervaringen?) )?(?:graag |hieronder )?(?:in|onder) de (?:comments?|reacties?)\b/u;

/** A condition of the reader's interest, then the writer hoping to hear it: a conditional "laat het weten". */
const CONDITIONAL_INTEREST =
  /^\W*(?:als|mocht|indien|wanneer) (?:je|u|jij|jullie) (?:[^,;]{0,80} )?(?:nieuwsgierig|benieuwd|interesse|geïnteresseerd|wilt weten|wil weten|ziet zitten|zin)\b[^,;]*,\s*(?:dan )?(?:hoor|horen) (?:ik|wij|we) (?:het )?graag\b/u;

/** The reader named in full ("u", "uw", "jij", "jullie"): a listed question is put to them. */
const READER_STRONG_IN = /\b(?:u|uw|jij|jouw|jullie)\b/u;

/** What joins a clause to a help offer after it: "…, en bij vragen …", "… en voor vragen …". */
const JOINED_BEFORE = /(?:,|\s+en|\s+[—–-])\s*$/u;

/** Where the first passive closer of the segment starts, if it holds one. */
function passiveCloserAt(segment: string): number | undefined {
  let at: number | undefined;
  for (const pattern of PASSIVE_CLOSER) {
    const m = pattern.exec(segment);
    if (m && (at === undefined || m.index < at)) at = m.index;
  }
  return at;
}

/** Finds the ask in one segment (offsets into it), or nothing. */
function classifySegment(segment: string, context: Context): { offset: number; form: AskForm } | undefined {
  if (UNSUBSCRIBE.test(segment)) return undefined;
  // "Als je nieuwsgierig bent hoe ik dat aanpak, dan hoor ik het graag": interest named, then "let me know".
  if (CONDITIONAL_INTEREST.test(segment)) return { offset: leadOffset(segment), form: 'conditional' };
  const passive = passiveCloserAt(segment);
  if (passive !== undefined) {
    // "Ik hoor graag of dit schikt en bij verdere vragen ben ik bereikbaar": the help offer joined
    // by "en" (or a comma) leaves the clause before it to be read on its own.
    const before = segment.slice(0, passive);
    return passive > 0 && JOINED_BEFORE.test(before) ? classifySegment(before.replace(JOINED_BEFORE, ''), context) : undefined;
  }
  if (isQuestion(segment)) {
    // A list of questions for the reader in a mail ("- Welke regio's zijn voor u het belangrijkst?") asks them;
    // in a post, listed questions illustrate.
    const listedForReader = context.listItem && context.kind !== 'post' && READER_STRONG_IN.test(segment);
    if (context.heading || (context.listItem && !listedForReader) || insideQuotes(segment)) return undefined;
    const offset = questionAsk(segment, context);
    return offset === undefined ? undefined : { offset, form: 'question' };
  }
  // "In de comments — ik reageer op elk antwoord": where a post's readers answer its question, the verb left out.
  if (context.kind === 'post' && COMMENT_CHANNEL.test(segment)) return { offset: leadOffset(segment), form: 'imperative' };
  // "Graag de offerte getekend retour vóór vrijdag": a request with no imperative at all.
  const graag = GRAAG_REQUEST.exec(segment.trimStart()) ?? INFINITIVE_GRAAG_REQUEST.exec(segment.trimStart());
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
  const condition = conditionFirst === undefined ? '' : segment.slice(conditionFirst);
  if (conditionFirst !== undefined && (CONDITIONAL_CAN_REQUEST.test(condition) || CONDITIONAL_STEP_REQUEST.test(condition))) {
    return { offset: conditionFirst, form: 'conditional' };
  }
  const indirect = INDIRECT_QUESTION.exec(segment);
  if (indirect) return { offset: clauseStartBefore(segment, indirect.index), form: 'question' };
  const wish = wishAsk(segment, context);
  if (wish !== undefined) return { offset: wish, form: 'wish' };
  return undefined;
}

// ---------------------------------------------------------------- questions

/** A line without end punctuation that opens with a verb and its subject: "Is dit voor jou …", "Heb je …". */
function unmarkedQuestion(segment: string): boolean {
  if (/[.!?…:;]["'”’)\]]*\s*$/u.test(segment)) return false;
  const [w0, w1] = tokenize(segment).map((t) => t.word);
  return QUESTION_OPENING_VERBS.has(w0 ?? '') && UNMARKED_SUBJECTS.has(w1 ?? '');
}

/** Subjects after the verb that make an unmarked line a question to the reader. */
const UNMARKED_SUBJECTS = new Set(['je', 'jij', 'u', 'jullie', 'dit', 'dat', 'het', 'er']);

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
  // Not when the writer says it is a question ("Vraag aan mijn netwerk: hoe …?"): the story after it is theirs.
  if (context.kind === 'post' && !context.nearEnd && !curiousLeadIn && WRITER_ANSWER.test(context.next)) return false;
  // "Worstelt u met X? U bent niet alleen.": in any kind, a question the writer answers for the reader.
  if (!context.nearEnd && NL_HOOK_ANSWER.test(context.next)) return false;
  // "Wie kent een goede boekhouder?", "Ken je iemand die …?": asking for a name is a request wherever it stands.
  if (REFERRAL_QUESTION.test(body)) return true;
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
  if (PROPOSAL_MODALS.has(verb) || ['wil', 'wilt', 'willen', 'kun', 'kunt'].includes(verb)) return false;
  return /^\W*\p{L}+ dan\b/u.test(next) || /^\W*(?:zo (?:niet|ja),? )?dan \p{L}+ (?:je|jij|u|jullie)\b/u.test(next);
}

/** A question between quotation marks is reported speech, not a question to the reader. */
function insideQuotes(segment: string): boolean {
  const mark = segment.lastIndexOf('?');
  const before = segment.slice(0, mark);
  // A straight quote after a digit is an inch mark ("een 7\" scherm"), not a quotation mark.
  const quotes = (before.match(/(?<!\d)"|[“”„«»]/g) ?? []).length;
  return quotes % 2 === 1 || /\?\s*["”»]/.test(segment.slice(mark));
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
