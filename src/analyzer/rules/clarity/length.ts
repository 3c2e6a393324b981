/**
 * clarity/length: the draft does not fit where it goes.
 * - Over the host editor's character limit (`maxLength`, e.g. LinkedIn's): an error, because the
 *   host refuses or cuts the text. The limit counts the whole editor text, so this part does too.
 * - A first-touch email body over 150 words: an info, because replies drop off with length.
 */
import type { Draft, RawFinding, Rule } from '../../types';

const EMAIL_WORD_LIMIT = 150;
const EMAIL_WORD_TARGET = 125;

const TEXT = {
  en: {
    overLimit: (length: number, limit: number) =>
      `${length} characters: ${length - limit} over this box's limit of ${limit}. LinkedIn refuses or cuts text past it; this is the part that does not fit.`,
    cut: (over: number) => `Cut at least ${over} characters`,
    longEmail: (words: number) =>
      `This first email is ${words} words long; emails of 50–125 words get the most replies. These words are past the 150th.`,
    shorten: `Cut the email to about ${EMAIL_WORD_TARGET} words: one idea, one ask`,
  },
  nl: {
    overLimit: (length: number, limit: number) =>
      `${length} tekens: ${length - limit} meer dan de limiet van ${limit} van dit veld. LinkedIn weigert of knipt de tekst erna af; dit deel past niet.`,
    cut: (over: number) => `Schrap minstens ${over} tekens`,
    longEmail: (words: number) =>
      `Deze eerste e-mail is ${words} woorden lang; e-mails van 50–125 woorden krijgen de meeste reacties. Deze woorden komen na het 150e.`,
    shorten: `Kort de e-mail in tot zo'n ${EMAIL_WORD_TARGET} woorden: één idee, één vraag`,
  },
};

function overLimit(draft: Draft): RawFinding | undefined {
  const limit = draft.maxLength;
  if (limit === undefined) return undefined;
  const length = draft.text.trimEnd().length;
  if (length <= limit) return undefined;
  const text = TEXT[draft.lang];
  // Span: the characters past the limit (from the first non-space one), which the host would refuse or cut.
  let start = limit;
  while (start < length && /\s/.test(draft.text[start]!)) start++;
  return {
    start,
    end: length,
    severity: 'error',
    message: text.overLimit(length, limit),
    suggestions: [{ text: text.cut(length - limit) }],
  };
}

function longFirstEmail(draft: Draft): RawFinding | undefined {
  if (draft.kind !== 'email' || draft.thread !== 'first') return undefined;
  const words = draft.words;
  if (words.length <= EMAIL_WORD_LIMIT) return undefined;
  const text = TEXT[draft.lang];
  // Span: from the 151st word of the body to the end of its last sentence — the words past the limit.
  const lastSentence = draft.sentences[draft.sentences.length - 1];
  return {
    start: words[EMAIL_WORD_LIMIT]!.start,
    end: Math.max(words[words.length - 1]!.end, lastSentence?.end ?? 0),
    severity: 'info',
    message: text.longEmail(words.length),
    suggestions: [{ text: text.shorten }],
  };
}

const rule: Rule = {
  meta: {
    id: 'clarity/length',
    set: 'clarity',
    severity: 'info',
    description: {
      en: "Over the host's character limit (error), or a first email body over 150 words (info).",
      nl: 'Langer dan de tekenlimiet van het veld (fout), of een eerste e-mail van meer dan 150 woorden (info).',
    },
    rationale: {
      en:
        "LinkedIn's limits: invitation note 300 characters, InMail 1,900, comment 1,250, post 3,000; past them " +
        'LinkedIn refuses or cuts the text. For email, replies drop off with length: in Boomerang\'s study of ' +
        'some 40 million emails, messages of 50–125 words got the most replies, so a first email over 150 words is flagged.',
      nl:
        'De limieten van LinkedIn: uitnodiging 300 tekens, InMail 1.900, reactie 1.250, post 3.000; daarboven ' +
        'weigert of knipt LinkedIn de tekst. Bij e-mail dalen de reacties met de lengte: in het onderzoek van Boomerang ' +
        'naar zo\'n 40 miljoen e-mails kregen berichten van 50–125 woorden de meeste reacties, dus een eerste e-mail ' +
        'van meer dan 150 woorden wordt gemeld.',
    },
  },
  check(draft) {
    return [overLimit(draft), longFirstEmail(draft)].filter((f): f is RawFinding => f !== undefined);
  },
};

export default rule;
