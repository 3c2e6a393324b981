/**
 * Links offered as the next step (rules.md, "Asks"): a labelled link ("Sign up here: <url>",
 * "Podcast: <url>", "Meer weten? <url>"), or a bare link standing alone on the last line(s) of
 * the body. A link that only cites a source inside a sentence, a link in the signature (outside
 * the body) and an unsubscribe link are not asks. Language-independent.
 */
import type { Draft, Sentence } from '../types';
import type { AskDraft } from './classify';
import { execAll } from '../regex';
import { WRITER_ADDRESS } from '../lexicon/writer-address';

/**
 * Web addresses and the link placeholders of templates ("[LINK]", "[URL]", "{{link}}", "{{CALENDLY_URL}}", "<link>",
 * "(link naar checklist.pdf)").
 * Bare domains need a known top-level domain so "e.g." or "v1.2" are not links; "@" before a
 * domain makes it an e-mail address, not a link.
 */
export const LINK_PATTERN =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|io|co|net|org|nl|be|uk|ai|app|dev|de|eu|info|biz|me|ly|in|us|gg|so|to|fm|tv)(?:\/[^\s<>"]*)?(?![\w@-])|\[[^\]\n]*\b(?:link|url)\b[^\]\n]*\]|\{\{?\s*\w*(?:link|url)\w*\s*\}?\}|<(?:link|url)>|\((?:link|url) (?:naar|to|van|for|voor) [^)\n]{1,80}\)/gi;

/** Mailing-list footers in English and Dutch (practice: bulk-mail removal instructions). */
const OPT_OUT = /\b(?:unsubscribe|remov(?:e|ed|al)|opt[- ]?out|stop receiving|mailing list|afmelden|uitschrijven|abonnement opzeggen)\b/i;

/** Labels that cite rather than offer (practice: "Source: …", "via …", "Photo: …", "Credits: …"). */
export const CITATION_WORDS = 'source|sources|bron|bronnen|via|credit|credits|photo|foto|image|afbeelding|ref|reference|referentie';
const CITATION_LABEL = new RegExp(`\\b(?:${CITATION_WORDS})\\s*:?\\s*$`, 'i');

/** What may stand between a label's colon (or a line of its own) and the link: arrows, emoji, brackets. */
const DECORATION = /^[\s\p{Extended_Pictographic}\u2190-\u21ff\u27a1\u2794\u279c-\u27bf>→•·*()[\]{}\-–—:,]*$/u;

/** LINK_PATTERN without the global flag, so testing keeps no state between calls. */
const ANY_LINK = new RegExp(LINK_PATTERN.source, 'i');

export function hasLink(text: string): boolean {
  return ANY_LINK.test(text);
}

export function isOptOut(text: string): boolean {
  return OPT_OUT.test(text);
}

interface LinkMatch {
  start: number;
  end: number;
}

/**
 * What every match of LINK_PATTERN holds: a scheme's "//", "www.", a dot before a letter or digit
 * (".com"), or the bracket of a link placeholder ("[", "{", "<", "(link "). Most sentences hold neither, and this test is far cheaper than
 * the pattern, which runs on every sentence of the body at each keystroke.
 */
const MAY_HOLD_LINK = /\/\/|www\.|\.[a-z0-9]|[[{<]|\((?:link|url) /i;

function linksIn(text: string): LinkMatch[] {
  const out: LinkMatch[] = [];
  if (!MAY_HOLD_LINK.test(text)) return out;
  for (const m of execAll(LINK_PATTERN, text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const TRAILING_HASHTAGS = /(?:\s*#[\p{L}\p{N}_]+)+[\s,.]*$/u;

/** The sentence is nothing but links and decoration ("👉 https://…", "[LINK]"), hashtags after them aside. */
function isLinkOnly(sentence: Sentence): boolean {
  const links = linksIn(sentence.text);
  if (links.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const l of links) {
    rest += sentence.text.slice(at, l.start);
    at = l.end;
  }
  // A post's hashtags run on after its closing link on the same line ("→ acme.nl #webdesign #mkb").
  rest += sentence.text.slice(at).replace(TRAILING_HASHTAGS, '');
  // "<link> of bel <phone>", "<link> or call us": the link with a second way to the same step.
  return DECORATION.test(rest.replace(OTHER_CHANNEL, ''));
}

/** A short alternative channel after a link: "of bel 020 …", "or call us", "of mail ons". */
const OTHER_CHANNEL = /^\s*(?:of|or)\s+(?:bel|mail|app|whatsapp|call|email|text|phone)(?:\s+(?:ons|me|mij|us|me))?(?:\s+(?:op|at|on))?(?:\s+[+\d][\d ()+-]{5,}|\s+\S+@\S+)?\s*$/iu;

function isHashtagOnly(sentence: Sentence): boolean {
  return /^\s*(?:#[\p{L}\p{N}_]+[\s,.]*)+$/u.test(sentence.text);
}

/**
 * What ends a label: ":" or "?", or an arrow pointing at the target ("Aanmelden → <url>", "Stuur je
 * URL → info@…", "Book here 👉 <url>", "Details -> <url>").
 */
const LABEL_MARK = /[:?\u2192\u21d2\u27a1\u2794\u279c-\u27bf\u{1F449}]|->|>>/gu;

/** An e-mail address: a destination a label can point the reader to, like a link. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * A label that only names the channel of an address ("Mail: …", "E-mail: …", "📧 Email: …") lists a
 * way to reach the writer, as a signature or a help offer's contact lines do: no step asked of the
 * reader. A label that asks ("Stuur je URL → …", "Mail me je vragen: …") still points at one.
 */
const CHANNEL_ONLY = /^[\s\p{Extended_Pictographic}‍️•·*-]*(?:e-?mail|mail|email address|e-mailadres|mailadres|contact)\s*[:→-]*\s*$/iu;

/** A verb that points at the link before it, no colon needed: "Zie <url>", "Kijk op <url>", "See <url>", "More at <url>". */
const POINTER = /^[\s\p{Extended_Pictographic}\u2190-\u21ff>•·*-]*(?:zie|kijk op|bekijk|lees (?:meer|verder) (?:op|via)|meer (?:info )?(?:op|via)|see|check out|visit|more (?:info )?at|read more at)\s*$/iu;

/** A post that points to its first comment for the link ("Details in the first comment", "Link in de eerste reactie", "Stack staat in eerste comment"). */
const FIRST_COMMENT =
  /\b(?:link|links|details|info|more|meer|de link)\b[^.!?\n]{0,25}\b(?:in|onder|below in) (?:the |de )?(?:first |eerste )?(?:comment|comments|reactie|reacties|comments below)\b|\b(?:staat|staan|zit|zitten|vind je|vindt u|is|are|sits?)\b[^.!?\n]{0,12}\bin (?:the |de )?(?:first|eerste) (?:comment|reactie)\b/iu;

/** What FIRST_COMMENT needs, tested first because it is far cheaper. */
const MAY_POINT_TO_COMMENT = /comment|reactie/i;

/** Words before an arrow from which on they make a statement rather than a label. */
const REPORT_WORDS = 9;
/** Words that offer what the arrow points at, in either language. */
const OFFER_WORDS =
  /\b(?:here|more|read|watch|listen|join|sign|register|book|download|get|grab|try|check|free|guide|link|my|our|full|details|apply|hier|meer|lees|bekijk|kijk|aanmelden|meld|schrijf|gratis|mijn|onze|ons|volledige|details|aanvragen|probeer|plan|boek)\b/iu;

/**
 * A label that says where the writer can be found ("dan weet je me te vinden: <site>", "You know
 * where to find me: <url>") gives the writer's address, as a signature does: the passive closer
 * "weet je me te vinden" (rules.md), not a step.
 */
const WRITER_FOUND_AT =
  new RegExp(
    `\\b${WRITER_ADDRESS.nl}|\\b(?:je|u|jij|jullie) (?:kunt|kan|kun) (?:me|mij|ons) (?:vinden|bereiken)\\b|\\b${WRITER_ADDRESS.en}|\\byou can (?:find|reach) (?:me|us)\\b`,
    'iu',
  );

const AVAILABLE_AT =
  /\b(?:(?:direct |gratis |nu |vrij )?(?:beschikbaar|te downloaden|op te halen|aan te vragen) (?:op|via)|(?:(?:is|are) )?(?:now |freely )?available (?:now )?(?:at|on|from|via)|(?:free )?to download (?:at|from))\s*$/iu;

// Not an option in the reader's voice ("[Ik heb het al elders laten doen](…)", "[JA, IK GA AKKOORD](…)"): those are answers.
const MARKDOWN_BUTTON = /^[\s*_>•·-]*\[(?![\s*_]*(?:ik|i|ja|yes|nee|no|we|wij)\b)[^\]\n]*\p{L}[^\]\n]*(?:→|->|👉|➡️?)[^\]\n]*\]\($/iu;

/** A label ending in a mark (LABEL_MARK) right before the link on its line: "Sign up here: <url>", "Podcast: <url>", "Meer weten? <url>". */
function labelled(draft: Draft, sentence: Sentence, link: LinkMatch): boolean {
  const before = lineBefore(draft, sentence, link);
  if (POINTER.test(before)) return true;
  // A markdown link that is its line, its text pointing at it ("**[Or if it's worth a chat → 30 minutes here](<url>)**"):
  // the arrow labels the link, as "Book here → <url>" does.
  if (MARKDOWN_BUTTON.test(before) && !CITATION_LABEL.test(before.slice(0, -2))) return true;
  // "… direct beschikbaar op <url>", "available now at <url>": what is offered, and where to get it.
  if (AVAILABLE_AT.test(before)) return true;
  let mark = -1;
  let markEnd = -1;
  for (const m of execAll(LABEL_MARK, before)) {
    mark = m.index;
    markEnd = m.index + m[0].length;
  }
  if (mark < 0 || !DECORATION.test(before.slice(markEnd))) return false;
  // An arrow needs words before it: "→ <url>" alone is a bare link (decoration), judged as one.
  const label = before.slice(0, mark);
  const arrow = !/[:?]/u.test(before.slice(mark, markEnd));
  if (arrow && !/\p{L}/u.test(label)) return false;
  // A whole report before the arrow ("There's been an incident where a CA mis-issued … 👉 <url>")
  // points at its source; an offer names itself ("Full guide 👉", "Aanmelden →", "Book here 👉").
  if (arrow && (label.match(/\p{L}+/gu)?.length ?? 0) >= REPORT_WORDS && !OFFER_WORDS.test(label)) return false;
  // Whatever leads up to the colon offers the link ("Try it: …", "If you haven't yet, now's a good time: …"),
  // unless it names where a claim comes from.
  return !CITATION_LABEL.test(label) && !WRITER_FOUND_AT.test(label);
}

/** The text of the address's line before it, within its sentence. */
function lineBefore(draft: Draft, sentence: Sentence, target: LinkMatch): string {
  const lineStart = draft.text.lastIndexOf('\n', sentence.start + target.start - 1) + 1;
  return draft.text.slice(Math.max(lineStart, sentence.start), sentence.start + target.start);
}

/** The body text just before `offset` ends a line with a colon ("Still a few hours left to vote:"). */
function previousLineEndsWithColon(draft: Draft, offset: number): boolean {
  const before = draft.text.slice(Math.max(0, offset - 300), offset).replace(/[\s\p{Extended_Pictographic}\u200d\ufe0f\u2190-\u21ff>•·*\-–—]+$/u, '');
  return before.endsWith(':');
}

/** A link announced with the address left out or still to come: "Here is the link …", "Hier is de link:". */
const LINK_ANNOUNCED = /^\W*(?:here(?:'s|’s| is) (?:the |a |my )?link|hier (?:is|staat) de link|(?:the )?link (?:is )?below|de link (?:staat )?hieronder)[\s.:…👇]*$/iu;

/** Finds the link asks in sentences the language classifier left without an ask. */
export function findLinkAsks(draft: Draft, sentencesWithAsks: ReadonlySet<number>): (AskDraft & { sentence: number })[] {
  const out: (AskDraft & { sentence: number })[] = [];
  const { sentences } = draft;
  // From the end, the run of sentences that are links or hashtags only: the body's last line(s).
  let trailingFrom = sentences.length;
  while (trailingFrom > 0) {
    const s = sentences[trailingFrom - 1]!;
    if (!isLinkOnly(s) && !isHashtagOnly(s)) break;
    trailingFrom--;
  }
  sentences.forEach((sentence, index) => {
    if (sentencesWithAsks.has(index)) return;
    if (draft.kind === 'post' && MAY_POINT_TO_COMMENT.test(sentence.text) && FIRST_COMMENT.test(sentence.text)) {
      const lead = sentence.text.length - sentence.text.trimStart().length;
      out.push({ start: sentence.start + lead, end: sentence.start + sentence.text.trimEnd().length, form: 'link', sentence: index });
      return;
    }
    if (LINK_ANNOUNCED.test(sentence.text)) {
      const lead = sentence.text.length - sentence.text.trimStart().length;
      out.push({ start: sentence.start + lead, end: sentence.start + sentence.text.trimEnd().length, form: 'link', sentence: index });
      return;
    }
    const links = linksIn(sentence.text);
    // An e-mail address the label points to is a destination too ("Stuur je URL → info@…"), but only labelled.
    const emails = sentence.text.includes('@')
      ? execAll(EMAIL, sentence.text).map((m) => ({ start: m.index, end: m.index + m[0].length }))
      : [];
    if (links.length + emails.length === 0 || isOptOut(sentence.text)) return;
    if (index > 0 && isOptOut(sentences[index - 1]!.text) && isLinkOnly(sentence)) return;
    const linkOnly = isLinkOnly(sentence);
    // In a letter that asks nothing else, a link on a line of its own is the step offered wherever it
    // stands ("[Link naar de aanmelding]" with a closing line under it): precision first for
    // cta/missing. Next to other asks it may only illustrate them, so it is left to them.
    const ownLine =
      linkOnly && sentence.standalone && sentencesWithAsks.size === 0 && (draft.kind === 'email' || draft.kind === 'message');
    const offered =
      (linkOnly && (index >= trailingFrom || ownLine || previousLineEndsWithColon(draft, sentence.start))) ||
      closesBody(sentence, index === sentences.length - 1, links) ||
      links.some((l) => labelled(draft, sentence, l)) ||
      emails.some((e) => labelled(draft, sentence, e) && !CHANNEL_ONLY.test(lineBefore(draft, sentence, e)));
    if (!offered) return;
    const lead = sentence.text.length - sentence.text.trimStart().length;
    const end = sentence.start + sentence.text.trimEnd().length;
    out.push({ start: sentence.start + lead, end, form: 'link', sentence: index });
  });
  return out;
}

/**
 * The body's last sentence ends in a link set off by a dash or colon ("… work on short projects -
 * <url>"): the link closing the message is the place offered, as one on a line of its own is.
 */
function closesBody(sentence: Sentence, last: boolean, links: readonly LinkMatch[]): boolean {
  const link = links.at(-1);
  if (!last || link === undefined) return false;
  const before = sentence.text.slice(0, link.start);
  return /^[\s.!]*$/u.test(sentence.text.slice(link.end)) && /[-–—:]\s*$/u.test(before) && !CITATION_LABEL.test(before) && !WRITER_FOUND_AT.test(before);
}

/** A sentence that ends in a colon: the label of whatever stands on the next line. */
function endsWithColon(sentence: Sentence): boolean {
  return /:[\s\p{Extended_Pictographic}\u200d\ufe0f\u2190-\u21ff>•·*\-–—]*$/u.test(sentence.text);
}

/**
 * A hard-wrapped labelled link ("Bekijk ook onze tarieven:" with the address alone on the next
 * line) is one ask, as it is when written on one line: the label says what the link is for. The
 * segmenter keeps the two lines as separate sentences, so the label's ask is joined to the link
 * here. The joined ask keeps the label's sentence as its own and ends on the link's line.
 */
export function joinWrappedLabels<T extends AskDraft & { sentence: number }>(draft: Draft, asks: T[]): T[] {
  const dropped = new Set<T>();
  for (const link of asks) {
    if (link.form !== 'link' || link.sentence === 0) continue;
    const sentence = draft.sentences[link.sentence]!;
    const label = draft.sentences[link.sentence - 1]!;
    if (!isLinkOnly(sentence) || !endsWithColon(label)) continue;
    // Only a wrap: the link's line follows the label's directly, no blank line between.
    if (/\n\s*\n/.test(draft.text.slice(label.end, sentence.start))) continue;
    // The label's own ask runs up to its colon (the classifiers may leave the colon out).
    const colon = label.start + label.text.trimEnd().length - 1;
    const labelAsk = asks.find((a) => a !== link && !dropped.has(a) && a.sentence === link.sentence - 1 && a.end >= colon);
    // A label that asks nothing by itself ("Here's a quick example:") leaves the link to carry out
    // the ask before it (follow-up.ts reads it as a bare link).
    if (!labelAsk) continue;
    labelAsk.end = link.end;
    dropped.add(link);
  }
  return asks.filter((a) => !dropped.has(a));
}
