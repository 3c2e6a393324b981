/**
 * Follow-up asks: asks that only make sense after an earlier one, so they do not compete with it
 * (rules.md, cta/multiple: "What do you think? If it fits, shall we talk?"). Seven shapes:
 * - a condition pointing back at the earlier ask: "If so, …", "If it fits, …", "Zo ja, …";
 * - the way to give the answer: "Want to try it free? Reply YES.";
 * - the way to find out what a question of curiosity offers: "Want to know where it leaks? Run the audit: <link>";
 * - a step taking the yes to the question before for granted: "Wil je beter onderhandelen? Koop dan mijn e-boek.";
 * - a question about what a link just shown holds: "Dit is het ontwerp: <url>. Wat vind je ervan?";
 * - a bare link right after the ask, carrying it out: "Book a slot here:" and the link below;
 * - the writer's offer to take what the reader tries further: "Try it: <link>. Shall I set it up for you?".
 */
import type { Ask, Draft } from '../types';
import { ACTION_LEXICONS } from './action';
import { hasLink, LINK_PATTERN } from './links';

/**
 * A bare link or an answer channel this many sentences after an ask still belongs to it
 * ("Would a demo help? Here's a quick example: <link>"; "Want to try it? It's free. Reply YES.").
 */
const REACH = 2;

/** What may label a bare link without naming a step of its own: "[DEMO LINK: …]", "Click here: …". */
const GENERIC_LABEL = /^(?:(?:demo|the|a|de|het|deze|this)\s+)?(?:link|url|here|hier|click here|klik hier)?$/u;

/** Whether asks[index] depends on an earlier ask of the same draft (asks in text order). */
export function isFollowUp(draft: Draft, asks: readonly Ask[], index: number): boolean {
  const ask = asks[index];
  const previous = asks[index - 1];
  if (!ask || !previous) return false;
  if (ask.dependent) return true;
  const lexicon = ACTION_LEXICONS[draft.lang];
  const opening = openingOf(draft, ask, previous);
  if (onCondition(draft, asks, index)) return true;
  if (carriesOn(draft, ask, asks.slice(0, index))) return true;
  if (answerOption(draft, ask, asks.slice(0, index))) return true;
  // "Let me know what works best" picks among what came before, however far up the options were.
  if (PICK[draft.lang].test(opening)) return true;
  if (ask.sentence - previous.sentence > REACH) return false;
  if (aboutTheLink(draft, ask, previous)) return true;
  // "Concreet voorstel: stuur me de rapporten … Interesse?": a bare interest question after a proposal is its yes.
  if (ask.form === 'question' && BARE_INTEREST.test(draft.text.slice(ask.start, ask.end).trim())) return true;
  if (ledByCuriosity(draft, asks, index)) return true;
  if (ask.sentence - previous.sentence <= 1 && previous.form === 'question' && lexicon.thenStep.test(opening)) return true;
  return lexicon.answerChannel.test(opening) || isBareLink(draft, ask);
}

/** Whether the ask before asks[index], just before it, only asks whether the reader wants to know ("Want to see where it leaks?"). */
export function ledByCuriosity(draft: Draft, asks: readonly Ask[], index: number): boolean {
  const ask = asks[index];
  const previous = asks[index - 1];
  if (!ask || !previous || ask.sentence - previous.sentence > 1) return false;
  return ACTION_LEXICONS[draft.lang].curiosityLead.test(draft.text.slice(previous.start, previous.end).toLowerCase());
}

/**
 * Whether asks[index] is put under a condition pointing back at the ask before ("If so, …", "If you
 * like it and want to talk, …", "Not the right time? Let me know …"): the step it names comes after
 * the reader's yes, so that step is part of the path, not a rival to it.
 */
export function onCondition(draft: Draft, asks: readonly Ask[], index: number): boolean {
  const ask = asks[index];
  const previous = asks[index - 1];
  if (!ask || !previous) return false;
  const lexicon = ACTION_LEXICONS[draft.lang];
  if (lexicon.followUp.test(openingOf(draft, ask, previous))) return true;
  // "Not the right time? Let me know and I'll call in spring.": the sentence just before sets the condition.
  return ask.sentence > previous.sentence && lexicon.followUp.test(sentenceBefore(draft, asks, ask));
}

/**
 * "Dit is het ontwerp: <url>. Wat vind je ervan?", "Here's the draft: <link>. Thoughts?": a question
 * about what the link shows, right after it: looking and answering are one step.
 */
function aboutTheLink(draft: Draft, ask: Ask, previous: Ask): boolean {
  // Only a view or a yes: "Worth 15 minutes to talk it through?" after a demo link proposes a step of its own.
  if (ask.sentence - previous.sentence > REACH || ask.form !== 'question' || !ask.action.startsWith('reply') || !previous.action.startsWith('visit')) return false;
  const question = draft.text.slice(ask.start, ask.end).toLowerCase();
  return ANAPHOR[draft.lang].test(question) || question.split(/\s+/u).length <= 2;
}

/**
 * "Probeer 'm gerust: <link> … Zal ik 'm voor je in gang zetten?", "Try it here … Shall I switch it on
 * for you?": the writer offers to take what the reader tries one step further; the yes follows the try.
 */
function carriesOn(draft: Draft, ask: Ask, earlier: readonly Ask[]): boolean {
  if (ask.form !== 'question') return false;
  // The offer may come after a line or two on what happens next ("Bevalt het, dan …").
  const tried = earlier.some((a) => /^(?:try|visit|watch)/u.test(a.action) && ask.sentence - a.sentence <= 2 * REACH);
  return tried && CARRY_ON[draft.lang].test(draft.text.slice(ask.start, ask.end).toLowerCase().replace(/’/gu, "'"));
}

const CARRY_ON = {
  en: /^(?:so,? )?(?:shall|should|can) i (?:\w+ )?(?:set|switch|turn|put|get|make|start) (?:it|this|that|them)\b|^(?:want|would you like) me to (?:\w+ )?(?:set|switch|turn|put|get|start) (?:it|this|that|them)\b/u,
  nl: /^(?:zal|kan|mag) ik (?:'m|hem|het|ze|dat|dit|die)\b/u,
};

/**
 * "Wil je hem blijven krijgen?\n- Ja, graag → <link>\n- Liever niet meer → <link>", "Where do you
 * stand? Yes: reply … No: …": options labelled as the answers to a question just asked are one
 * answer, as rules.md's alternatives inside one ask.
 */
function answerOption(draft: Draft, ask: Ask, earlier: readonly Ask[]): boolean {
  const asked = earlier.some((a) => a.form === 'question' && ask.sentence - a.sentence <= 2 * REACH);
  if (!asked) return false;
  const lineStart = draft.text.lastIndexOf('\n', ask.start - 1) + 1;
  return ANSWER_LABEL.test(draft.text.slice(lineStart, ask.end));
}

const ANSWER_LABEL =
  /^[\s\p{P}\p{S}]*(?:yes|no|not (?:now|yet|interested|for me|any ?more)|no longer|maybe(?: later)?|ja|nee|niet meer|liever niet|niet nu|nog niet|misschien(?: later)?)\b[\s,!*_]*(?:graag|please|thanks|dank je|bedankt|meer|later)?[\s*_]*(?:[:→➡=>-]|\u2192)/iu;

const PICK = {
  en: /^(?:just |so )?let me know (?:what|which(?: one)?) (?:works|suits|sounds good|would work|you prefer)(?: best| better| for you)?\W*$/u,
  nl: /^laat (?:(?:me|maar|even|gerust|het) )*weten wat (?:(?:je|u|jij|jullie) )?(?:het )?(?:beste |best |liefst )?(?:werkt|past|uitkomt|schikt|voorkeur heeft|wilt)\W*$/u,
};

/** A one- or two-word interest question, the yes to the proposal just made ("Interesse?", "Interested?", "Thoughts?"). */
const BARE_INTEREST = /^\W*(?:interesse|interested|zin|keen|thoughts|gedachten|deal|klinkt (?:dat )?goed|sounds? good)\s*\?+\W*$/iu;

/**
 * Words pointing back at what was just shown. A demonstrative counts only as a pronoun, not as the
 * determiner of a noun of its own ("zie jij dit type klant weleens?" asks about the reader's work).
 */
const ANAPHOR = {
  en: /\b(?:it|them)\b|\b(?:this|that|these|those)\b(?=\s*(?:[?.!,]|$)|\s+(?:sounds?|looks?|seems?|works?|helps?|makes?|fits?|resonates?|interests?|appeals?|is|are|be|would|could|might|can|will|something|useful|relevant|worth|for|to|at|of|like|in|on|with|any|at all)\b)/u,
  nl: /\b(?:ervan|erover|ermee|hem|het)\b|\b(?:dit|deze|die|dat)\b(?=\s*(?:[?.!,]|$)|\s+(?:iets|je|jou|u|jullie|bij|voor|aan|goed|interessant|relevant|nuttig|handig|zinvol|wat|ook|echt|misschien|eigenlijk|nog|wel|niet|een|er|is|zijn|lijkt|klinkt|past|werkt|zou|kan|kun|kunt|zal|helpt|spreekt|interesseert|bevalt)\b)/u,
};

/**
 * The sentence before the ask's own, lowercased: a short question ("Past het nu even niet?"), or a
 * sentence without an ask that sets the condition ("Als het antwoord nee is, is dat geen verwijt.").
 */
function sentenceBefore(draft: Draft, asks: readonly Ask[], ask: Ask): string {
  const index = ask.sentence - 1;
  const text = draft.sentences[index]?.text.trim() ?? '';
  const shortQuestion = text.endsWith('?') && text.split(/\s+/u).length <= 8;
  return shortQuestion || !asks.some((a) => a.sentence === index) ? text.toLowerCase() : '';
}

/** The ask with what leads up to it in its sentence (after any earlier ask), lowercased. */
function openingOf(draft: Draft, ask: Ask, previous: Ask): string {
  const sentence = draft.sentences[ask.sentence];
  let from = sentence ? Math.min(sentence.start, ask.start) : ask.start;
  if (previous.end > from && previous.end <= ask.start) from = previous.end;
  return draft.text
    .slice(from, ask.end)
    .toLowerCase()
    .replace(/^[\s"'“”‘’(*_>•·–—-]+/u, '');
}

/** A link standing on its own, with nothing but decoration or a generic label around it. */
function isBareLink(draft: Draft, ask: Ask): boolean {
  const text = draft.text.slice(ask.start, ask.end);
  // A template placeholder may reach us clipped ("LINK]"), so the word alone also marks a link.
  if (!hasLink(text) && !/\blink\b/iu.test(text)) return false;
  // Hashtags after the link ("→ site.nl #webdesign #amsterdam") tag the post, they label nothing.
  const label = text
    .replace(new RegExp(LINK_PATTERN.source, 'gi'), ' ')
    .replace(/#[\p{L}\p{N}_]+/gu, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return GENERIC_LABEL.test(label);
}
