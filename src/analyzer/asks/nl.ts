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
  CURIOUS,
  FORMAL_REQUEST,
  INDIRECT_QUESTION,
  LETS_MEET,
  MAY_SEND_REQUEST,
  ONE_WORD_REPLY,
  LINK_ELSEWHERE,
  PASSIVE_CLOSER,
  READER_STRONG,
  READER_WEAK,
  SOFTENERS,
  UNSUBSCRIBE,
  WISH,
} from '../lexicon/nl-asks';
import { GRAAG_REQUEST, INFINITIVE_GRAAG_REQUEST } from '../lexicon/nl-asks-closing';
import { insideQuotes, isQuestion, questionAsk, unmarkedQuestion } from './nl-question';
import { hasLink } from './links';
import { standaloneListedQuestion, stepsListPlace } from './steps-list';
import {
  clauseStartBefore,
  clauseStarts,
  contextOf,
  foldWithOffsets,
  leadOffset,
  leadStripped,
  pieces,
  tokenize,
  trimEnd,
  type Context,
} from './nl-context';
import {
  imperativeAsk,
  joinedImperative,
  conditional,
  conditionStart,
  canRequestAt,
  stepImperativeAt,
  verbShapedStart,
} from './nl-imperative';

export const classifyDutch: SentenceClassifier = (draft, sentenceIndex) => {
  const sentence = draft.sentences[sentenceIndex];
  if (!sentence) return [];
  const context = contextOf(draft, sentenceIndex);
  // Steps for the reader under a lead-in ("Om te starten:"): the first is the ask, the rest its parts.
  const steps = context.listItem ? stepsListPlace(draft, sentence) : undefined;
  // Later items are parts of the first one's step; a question among them is put to the reader on its own
  // ("1. Roughly how much do you spend …? 2. … 3. Would you be open to a 20-minute call?").
  if (steps === 'later' && !standaloneListedQuestion(draft, sentence)) return [];
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

/** A link in brackets cites a source ("(bron: https://www.cbs.nl/…)"); it is not offered. */
const CITED_LINK = /\((?:bron|source|zie|via)?\s*:?\s*(?:https?:|www\.)/iu;

/** "Genereer jouw VSO op zekerwet.nl/…": with a link or address in it, any imperative offers it (as in English). */
function linkedImperative(segment: string, context: Context): number | undefined {
  return hasLink(segment) && !CITED_LINK.test(segment) && !context.underHelpOffer ? verbShapedStart(segment) : undefined;
}

/** A condition of the reader's interest, then the writer hoping to hear it: a conditional "laat het weten". */
const CONDITIONAL_INTEREST =
  /^\W*(?:als|mocht|indien|wanneer) (?:je|u|jij|jullie) (?:[^,;]{0,80} )?(?:nieuwsgierig|benieuwd|interesse|geïnteresseerd|wilt weten|wil weten|ziet zitten|zin)\b[^,;]*,\s*(?:dan )?(?:hoor|horen) (?:ik|wij|we) (?:het )?graag\b/u;

/**
 * "Zou je kort kunnen toelichten wat je zoekt, dan kom ik bij je terug.": a polite request in
 * question word order, closed with a full stop or followed by the writer's part.
 */
const POLITE_MODAL_REQUEST = /^\W*(?:zou|zoudt|zouden) (?:je|u|jij|jullie) (?:[^,.;?!]{0,60} )?(?:kunnen|willen)\b/u;

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
  if (!isQuestion(segment) && POLITE_MODAL_REQUEST.test(segment)) return { offset: leadOffset(segment), form: 'question' };
  if (ONE_WORD_REPLY.test(segment)) return { offset: leadOffset(segment), form: 'imperative' };
  if (MAY_SEND_REQUEST.test(segment)) {
    const condition = conditionStart(segment);
    return condition === undefined ? { offset: leadOffset(segment), form: 'imperative' } : { offset: condition, form: 'conditional' };
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
  const imperative = imperativeAsk(segment, context) ?? linkedImperative(segment, context);
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
