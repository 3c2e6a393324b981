/**
 * closingMayAsk(draft): whether the closing sentences hold something that may be an ask the
 * classifier did not read as one. cta/missing stays silent then (issue #9, point 6: telling a rep
 * that the draft asks nothing, under the ask they wrote, is the worst mistake; when the reading of
 * a closing sentence is uncertain, say nothing). It never makes an ask: no other rule reads it.
 * Lexicon: lexicon/possible-asks.ts.
 */
import type { Draft, Lang } from '../types';
import { isHelpOffer } from './help-offers';
import { CITATION_WORDS } from './links';
import { POSSIBLE_ASKS, type PossibleAskLexicon } from '../lexicon/possible-asks';

interface Compiled {
  passive: RegExp;
  reader: RegExp;
  interest: RegExp;
  imperative: RegExp;
  request: RegExp;
}

const alternatives = (list: string[]): string => list.map((p) => p.replaceAll("'", "['’]")).join('|');

function compile(lexicon: PossibleAskLexicon): Compiled {
  return {
    passive: new RegExp(`\\b(?:${alternatives(lexicon.passive)})`, 'iu'),
    reader: new RegExp(`\\b(?:${alternatives(lexicon.reader)})\\b`, 'iu'),
    interest: new RegExp(`\\b(?:${alternatives(lexicon.interest)})\\b[^?]*\\?\\s*$`, 'iu'),
    // Lead-ins before the verb ("So, just call …", "Dus even bellen"); a verb followed by ":" is a label ("Email: …").
    imperative: new RegExp(`^[\\W\\d_]*(?:(?:so|just|simply|please|then|now|and|dus|en|dan|gewoon|even)[, ]+)*(?:${alternatives(lexicon.imperative)})\\b(?!\\s*:)`, 'iu'),
    request: new RegExp(`(?:${alternatives(lexicon.request)})\\b`, 'iu'),
  };
}

const COMPILED: Record<Lang, Compiled> = { en: compile(POSSIBLE_ASKS.en), nl: compile(POSSIBLE_ASKS.nl) };

/** A clause after which an imperative still speaks to the reader ("If it ever matters: call …", "Mocht het spelen: bel …"). */
const CONDITION = /^(?:if|when|whenever|should|once|interested|mocht|als|wanneer|indien|zodra|interesse|benieuwd)\b/iu;
/** Where a sentence's clauses part; the separator stays with the clause before it, so a label keeps its ":". */
const CLAUSE_BREAK = /(?<=[,:;])\s+|\s[–—-]\s/u;
const SITE = '(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:com|nl|be|io|co|ai|org|net|eu|app|dev|uk|de)\\b)';
/**
 * A link or a link's fill-in pointed at after a short lead ("Zelf proberen kan hier: {DEMO}",
 * "→ voorbeeld.nl", "Demo: www.…"). A source named ("bron: …") and a long report the link only
 * backs up ("… issued by mistake 👉 <url>") point at no step.
 */
const POINTED_LINK = new RegExp(
  `^(?:\\S+\\s+){0,9}?(?:(?:hier|here|below|onderstaand)\\s*:\\s*\\S|(?<!\\b(?:${CITATION_WORDS}))(?::|→|->|👉|⬇️?|👇)\\s*(?:${SITE}|\\[(?:link|url|calendar|booking)|\\{\\{?\\s*(?:link|url|calendar|booking|cta)))`,
  'iu',
);
/** A phone number or address only when an arrow points at it: after a colon it is a signature's label. */
const ARROWED_CONTACT = /(?:→|->|👉)\s*(?:[\w.+-]+@[\w-]+\.|\+?\d[\d ()X-]{7,})/u;
/** What stands before a list item on its line: advice in a list ("- Share the numbers first") is no step of this reader's. */
const BULLET = /^\s*(?:[-•*–✓✔☐▪►]|\d+[.)])\s*$/u;
/** The last sentence ends on a link, hashtags after it aside; a link in brackets is cited ("(bron: <url>).") . */
const LINK_AT_END = /(?:https?:\/\/|www\.)[^\s)]+[.!]?(?:\s+#[\p{L}\p{N}_]+)*\s*$/u;
const QUESTION_END = /\?\s*$/u;

/** The last sentences a reader takes as the close: the final 40% of the body, at least four and at most eight. */
function closingStart(count: number): number {
  const closing = Math.min(8, Math.max(4, Math.ceil(count * 0.4)));
  return Math.max(0, count - closing);
}

/** Where a sentence stands: among the last two, the very last, an item of a list. */
interface Place {
  closing: boolean;
  last: boolean;
  listItem: boolean;
}

function placeOf(draft: Draft, index: number): Place {
  const { sentences } = draft;
  const start = sentences[index]!.start;
  const lead = draft.text.slice(draft.text.lastIndexOf('\n', start - 1) + 1, start);
  return { closing: index >= sentences.length - 2, last: index === sentences.length - 1, listItem: BULLET.test(lead) };
}

function clauseMayAsk(words: Compiled, clause: string, place: Place): boolean {
  // The last two sentences are where a question is put to the reader rather than used as a hook.
  if (place.closing && QUESTION_END.test(clause) && (words.reader.test(clause) || words.interest.test(clause))) return true;
  const parts = clause.split(CLAUSE_BREAK);
  if (!place.listItem && parts.some((part, k) => (k === 0 || CONDITION.test(parts[k - 1]!)) && words.imperative.test(part))) return true;
  if (words.request.test(clause) || POINTED_LINK.test(clause) || ARROWED_CONTACT.test(clause)) return true;
  return place.last && LINK_AT_END.test(clause);
}

export function closingMayAsk(draft: Draft): boolean {
  const words = COMPILED[draft.lang] ?? COMPILED.en;
  const { sentences } = draft;
  for (let i = closingStart(sentences.length); i < sentences.length; i++) {
    // A passive closer is cut out and what remains is read on ("Heeft u nog vragen, of wilt u een demo inplannen?").
    const text = sentences[i]!.text;
    const place = placeOf(draft, i);
    // A contact line under "Questions?" offers help (./help-offers.ts).
    if (isHelpOffer(draft, i, text.trimStart())) continue;
    for (const clause of text.trim().split(words.passive)) {
      if (clause.trim().length >= 3 && clauseMayAsk(words, clause.trim(), place)) return true;
    }
  }
  return false;
}
