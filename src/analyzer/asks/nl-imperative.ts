/**
 * Dutch imperatives and requests that name a next step ("Meld u aan", "Stuur me een DM", "Kunt u …
 * sturen?"), and the conditions they carry: the imperative stage of the Dutch classifier (./nl.ts).
 */
import type { Draft } from '../types';
import {
  ABOUT_QUESTIONS,
  ATTENTION_HEADER,
  CAN_REQUEST,
  CAN_LOOK_AT_LINK,
  CAN_REQUEST_LEADS,
  CONCEDED_PURPOSE,
  CONCRETE_STEP,
  CONTINUES_FIRST_STEP,
  CONDITIONAL_OPENERS,
  CONTACT_VERB,
  CTA_INFINITIVES,
  HELP_OFFER_QUESTION,
  IMPERATIVE_VERBS,
  HEADING_NOUNS,
  HEADING_REST,
  LABEL_NOUNS,
  NAVIGATION_STEP,
  NAMES_REPLY_CONTENT,
  SOFTENERS,
  VAGUE_FUTURE,
  THIRD_PERSON_OPENERS,
  WRITER_SUBJECTS,
} from '../lexicon/nl-asks';
import {
  clauseStartBefore,
  clauseStarts,
  leadOffset,
  skipLeadIns,
  tokenize,
  trimEnd,
  underHelpOffer,
  type Context,
  type Token,
} from './nl-context';
import { execAll } from '../regex';

/** What the reader tries by calling: a demo line, the assistant itself. */
const TRY_BY_PHONE = /\b(?:demo|proef|test|live|receptionist|assistent|voicebot|belbot)\w*/u;

/** A question about what the writer's offer does for the reader ("Benieuwd wat we voor jou kunnen betekenen?"). */
const OFFER_CURIOSITY =
  /^\W*(?:(?:ben (?:je|u) )?benieuwd|nieuwsgierig|wil (?:je|u) weten|meer weten) (?:naar )?(?:wat|hoe|of)\b[^?]*\b(?:(?:we|wij|ik) (?:\p{L}+ ){0,4}(?:voor|bij) (?:je|u|jou|jouw|uw|jullie)|(?:je|u|jouw|uw|jullie) \p{L}+)\b[^?]*\?\s*$/u;

/** Offset of an imperative that names a next step ("Meld u aan", "Stuur me een DM"), if any. */
export function imperativeAsk(segment: string, context: Context): number | undefined {
  // "Benieuwd wat we voor jouw bedrijf kunnen betekenen? Neem vrijblijvend contact op.": after a question
  // about what the offer does for the reader, the softened contact is the way to find out, not a help offer.
  const curious = OFFER_CURIOSITY.test(context.previous.toLowerCase());
  if (curious && /^\W*(?:neem|bel|mail|stuur|app)\b/iu.test(segment) && CONTACT_VERB.test(segment.toLowerCase())) return segment.search(/\S/u);
  if (softenedContact(segment)) return undefined;
  for (const clauseStart of clauseStarts(segment)) {
    // Past emoji, markup and an inline option's number ("(1) doe de scan").
    const start = clauseStart + leadOffset(segment.slice(clauseStart));
    const tokens = skipLeadIns(tokenize(segment.slice(start)));
    const first = tokens[0];
    if (!first) continue;
    const rest = segment.slice(start + first.start + first.word.length);
    const found = isImperative(first.word, tokens[1]?.word ?? '', rest, context.kind) || isInfinitiveInvitation(tokens, rest);
    if (!found) continue;
    if (sharedSubjectVerb(segment, start)) continue;
    // "LET OP: …", "Lees dit: …" call attention to what follows; with a link after them they offer it.
    if (ATTENTION_HEADER.test(segment.slice(start + first.start)) && !/https?:|www\./.test(rest)) continue;
    if (context.listItem && !/https?:|www\.|\[phone\]|\[email\]|\{\{|\]\(|\b(?:me|mij|ons)\b/.test(segment)) return undefined;
    if ((context.listItem || context.standalone) && context.underHelpOffer) return undefined;
    // "Bel mij: 020 …", "Mail ons: info@…": contact details under a label, not a request.
    // "Bel zelf onze demo: 085 …" is the product to try by phone, not a contact line.
    if (/^(?:\s*\S+){0,3}?\s*:/.test(rest) && /^(?:bel|mail|app|whatsapp|sms)$/.test(first.word) && !TRY_BY_PHONE.test(rest)) return undefined;
    if (bareLetKnow(segment) && !askingLetKnow(segment, context)) return undefined;
    return start + first.start;
  }
  return undefined;
}

export function isImperative(w0: string, w1: string, rest: string, kind: Draft['kind']): boolean {
  // "Plan ik…", "Stuur ze…" are statements or questions with the verb first, not imperatives.
  // A bare stem before "ze" and an object or the end ("Tag ze.", "Stuur ze dit bericht") is an imperative with "ze" as its object.
  const zeObject = w1 === 'ze' && /^\s*ze(?:\s+(?:dit|deze|dat|een|het|mijn|m'n|mn|onze|ons|je|jouw|de)(?=\s|$)|\s*[.!]?\s*$)/u.test(rest);
  if (['ik', 'we', 'wij', 'ze', 'zij', 'hij', 'jullie'].includes(w1) && !zeObject) return false;
  // "Mail: info@…", and a compound label: "Start aanbod: eerste week gratis" (not "Start vandaag: …").
  if (LABEL_NOUNS.has(w0) && /^(?:\W{0,3}|\s+(?!(?:vandaag|nu|direct|meteen|morgen|hier|gratis)\b)\p{L}+\s*):/u.test(rest)) return false;
  if (HEADING_NOUNS.has(w0) && HEADING_REST.test(rest)) return false;
  return IMPERATIVE_VERBS.some((verb) => {
    const polite = w1 === 'u' && verb.stems.some((stem) => w0 === `${stem}t` && !stem.endsWith('t'));
    if (!verb.stems.includes(w0) && !polite) return false;
    if (verb.needs && !verb.needs.test(rest)) return false;
    return !(kind === 'post' && verb.needsInPost && !verb.needsInPost.test(rest));
  });
}

/** First words of a list item that are no verb: adverbs, determiners, pronouns, prepositions. */
const NOT_A_STEP_VERB = new Set([
  'alle', 'geen', 'elke', 'ieder', 'iedere', 'ook', 'dan', 'daarna', 'eerst', 'vervolgens', 'tot', 'na', 'voor', 'met', 'in',
  'op', 'naar', 'bij', 'van', 'door', 'over', 'om', 'zo', 'als', 'wat', 'wie', 'hoe', 'waar', 'welke', 'nu', 'hier', 'niet',
  'de', 'het', 'een', 'dit', 'deze', 'dat', 'die', 'onze', 'ons', 'mijn', 'uw', 'je', 'jouw', 'jullie', 'u', 'ik', 'we', 'wij',
  'zij', 'hij', 'gratis', 'extra', 'direct', 'snel', 'vast', 'per', 'maximaal', 'minimaal', 'altijd', 'nooit', 'samen',
  'maar', 'want', 'dus', 'toch', 'zelfs', 'misschien', 'daarom', 'echter', 'wel', 'nog', 'pas', 'juist', 'vooral', 'soms',
  'vaak', 'meestal', 'eigenlijk', 'gewoon', 'sinds', 'zonder', 'tijdens', 'omdat', 'volgens', 'tussen', 'binnen', 'buiten',
  'naast', 'achter', 'onder', 'boven', 'rond', 'zoals', 'hoewel', 'terwijl', 'behalve', 'dankzij', 'ondanks', 'langs',
  'richting', 'vanaf', 'vanuit', 'namens', 'gezien', 'wegens', 'inmiddels', 'intussen', 'vandaag', 'morgen', 'gisteren',
]);
/**
 * Stems that end in -t themselves ("Start de proef", "Zet je handtekening"). Any other word ending
 * in -t is read as a third person ("Plaatst je vacature op 15 jobboards" lists what a tool does).
 */
const STEMS_ENDING_IN_T = new Set(['start', 'test', 'post', 'print', 'zet', 'let', 'wacht', 'meet', 'plant']);
/** Verb stems that end like an infinitive or a noun: "Open de offerte", "Teken digitaal". */
const STEMS_ENDING_LIKE_NOUNS = new Set(['open', 'teken', 'onderteken', 'reken', 'bereken', 'doe']);
/** What follows an imperative's verb in a step: its object, or an adverb of how ("digitaal", "even"). */
const STEP_OBJECT = /^\s+(?:de|het|een|je|jouw|uw|ons|onze|mijn|dit|deze|dat|die|hem|ze|alle|jullie|even|digitaal|online|hier|zelf)\b/u;

/**
 * The first step of a list for the reader ("Zo ronden we het af:\n1. Open de offerte via …"): as in
 * English, any imperative names the step there, not only the verbs of IMPERATIVE_VERBS. Without a
 * Dutch tagger a verb is told by its shape: a stem (not an infinitive, an -ing or -heid noun) with
 * its object after it. Offset of the verb, or undefined.
 */
export function stepImperativeAt(segment: string): number | undefined {
  const first = skipLeadIns(tokenize(segment))[0];
  if (!first) return undefined;
  return listedVerb(first.word) ? first.start : verbShaped(segment, first);
}

/**
 * Offset of a word shaped like an imperative with its object ("Genereer jouw VSO …") opening the
 * segment, for a verb no lexicon lists (those are read with their own conditions by isImperative).
 */
export function verbShapedStart(segment: string): number | undefined {
  const first = skipLeadIns(tokenize(segment))[0];
  return first && !listedVerb(first.word) ? verbShaped(segment, first) : undefined;
}

function listedVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return IMPERATIVE_VERBS.some((verb) => verb.stems.includes(lower));
}

function verbShaped(segment: string, first: Token): number | undefined {
  const word = first.word.toLowerCase();
  if (word.length < 3 || /\d/u.test(word) || NOT_A_STEP_VERB.has(word)) return undefined;
  if (/(?:en|e|ing|heid|tie|sie|isme)$/u.test(word) && !STEMS_ENDING_LIKE_NOUNS.has(word)) return undefined;
  if (word.endsWith('t') && !STEMS_ENDING_IN_T.has(word)) return undefined;
  return STEP_OBJECT.test(segment.slice(first.start + first.word.length)) ? first.start : undefined;
}

/** "Gewoon uitproberen.", "Aanmelden kan hier: <url>": an infinitive used as an invitation. */
export function isInfinitiveInvitation(tokens: Token[], rest: string): boolean {
  const first = tokens[0]?.word ?? '';
  if (!CTA_INFINITIVES.has(first)) return false;
  return (
    tokens.length <= 3 ||
    /^\s*(?:kan|kunt|kun)\b|^\s*:/.test(rest) ||
    /^\s*(?:via|op|hier|bij|in)\b.*(?:https?:|www\.|\.(?:nl|com|be|io)\b|\blink\b|\b(?:web)?site\b|\{\{|👇)/.test(rest)
  );
}

const DECISION_CONDITION = /^\W*(?:als|mocht|indien|wanneer|zodra)\b[^,.;?!]*\b(?:timing|het moment|tijd rijp|interesse|relevant|past|speelt|beter uitkomt|prioriteit)\b[^,.;?!]*,\s*(?:dan\s+)?laat\b/iu;

/** "Bel of mail me gerust", "Neem vrijblijvend contact op": feel-free closers. */
export function softenedContact(segment: string): boolean {
  if (!SOFTENERS.test(segment) || !CONTACT_VERB.test(segment) || NAMES_REPLY_CONTENT.test(segment)) return false;
  // "Als timing beter is binnen 1-2 maanden, laat gerust weten": the condition is the reader's decision,
  // so what is to be told is named, as in "Laat even weten of dit interessant is".
  if (DECISION_CONDITION.test(segment) && !ABOUT_QUESTIONS.test(segment)) return false;
  // "Stuur me gerust je tarieven", "Bel me gerust om een afspraak te maken": the softener only makes a concrete
  // step polite. "Neem gerust contact op" is the generic "reach out" whatever follows it.
  return !CONCRETE_STEP.test(segment.replace(CONCEDED_PURPOSE, '')) || ABOUT_QUESTIONS.test(segment) || /\bcontact\b/.test(segment);
}

/**
 * Where a second, different step starts after "en" (or "— en") in an imperative segment, if
 * one does: "Probeer het via <url> en vertel het ook aan je collega's". Not a step that carries
 * out the first (looking or trying at the same place, answering: CONTINUES_FIRST_STEP) unless it
 * has a link of its own, and not alternatives ("bel of mail me"). `joinAt` ends the first ask.
 */
export function joinedImperative(segment: string, firstOffset: number, context: Context): { offset: number; joinAt: number } | undefined {
  // "Klik op de link en vul het formulier in": the second step happens where the first one leads.
  if (NAVIGATION_STEP.test(segment.slice(firstOffset))) return undefined;
  for (const m of execAll(/\s(?:[—–-]\s+)?en\s+/g, segment)) {
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

/**
 * After "en", the verb still has the subject of the clause before it: the writer ("Ik zet de offerte
 * klaar en laat het dan weten"), or a third person that clause opens with ("Onze planner leest je
 * roosters uit en zet een afspraak in de agenda", "…, stuurt een bedankje en zet …"). A link or "me/ons" after "en" still asks.
 */
export function sharedSubjectVerb(segment: string, start: number): boolean {
  const before = segment.slice(0, start);
  if (!/\sen\s+$/.test(before)) return false;
  const clause = before.slice(clauseStartBefore(segment, Math.max(0, before.trimEnd().length - 3)));
  const tokens = tokenize(clause);
  if (tokens.some((t) => WRITER_SUBJECTS.has(t.word))) return true;
  const opener = skipLeadIns(tokens)[0]?.word;
  if (opener === undefined) return false;
  // "…, stuurt een bedankje en zet …": the clause opens with a verb in the third person (stem + t).
  const thirdPersonVerb = opener.endsWith('t') && listedVerb(opener.slice(0, -1));
  if (!THIRD_PERSON_OPENERS.has(opener) && !thirdPersonVerb) return false;
  return !/https?:|www\.|\b(?:me|mij|ons)\b/u.test(segment.slice(start));
}

/** "Laat het (me) weten" with no "of/wat…" saying what to tell. */
export function bareLetKnow(segment: string): boolean {
  return /\blaat\b.*\b(?:weten|horen)\b/.test(segment) && !NAMES_REPLY_CONTENT.test(segment);
}

/**
 * A bare "laat het weten" asks only when it follows up something the reader can act on:
 * not after "Heeft u vragen?", and not under a condition deferred to a vague future
 * ("Mocht je later eens willen sparren, laat het weten").
 */
export function askingLetKnow(segment: string, context: Context): boolean {
  const previous = context.previous.replace(/[\s\p{Extended_Pictographic}\u{FE0F}]+$/u, '');
  if (HELP_OFFER_QUESTION.test(previous)) return false;
  if (conditional(segment) && VAGUE_FUTURE.test(segment)) return false;
  return true;
}

export function conditional(segment: string): boolean {
  return conditionStart(segment) !== undefined || /\blaat\b.*\bweten (?:of|als)\b/.test(segment);
}

/** Offset of an opening "Als/Mocht/Indien …" clause, after lead-ins such as "PS:". */
export function conditionStart(segment: string): number | undefined {
  const first = skipLeadIns(tokenize(segment))[0];
  return first && CONDITIONAL_OPENERS.has(first.word) ? first.start : undefined;
}

/** A clause that asks by what the reader can do: "kunt u zich hier aanmelden", "kun je het ontwerp via deze link bekijken". */
function canRequest(clause: string): boolean {
  return CAN_REQUEST.test(clause) || CAN_LOOK_AT_LINK.test(clause);
}

/** "U kunt zich hier aanmelden", "Als u akkoord gaat, kunt u … retour sturen": clause-initial, not "Met deze tool kunt u…". */
export function canRequestAt(segment: string): number | undefined {
  for (const start of clauseStarts(segment)) {
    const first = skipLeadIns(tokenize(segment.slice(start)))[0];
    if (!first) continue;
    const clause = segment.slice(start + first.start);
    const lead = CAN_REQUEST_LEADS.exec(clause)?.[0].length ?? 0;
    if (canRequest(clause) || (lead > 0 && canRequest(clause.slice(lead)))) return start + first.start;
  }
  return undefined;
}
