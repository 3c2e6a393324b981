/**
 * clarity/length: the draft does not fit where it goes.
 * - Over the host editor's character limit (`maxLength`, e.g. LinkedIn's): an error, because the
 *   host refuses or cuts the text. The limit counts the whole editor text, so this part does too.
 * - A subject longer than its field's own limit (`subjectMaxLength`, e.g. an InMail's): an error
 *   on the subject line, for the same reason, and for any kind: the subject rules are for email
 *   subjects only, but a limit binds wherever a subject goes.
 * - A first-touch email body over 150 words: an info, because replies drop off with length.
 */
import type { Draft, RawFinding, Rule, Span } from '../../types';

const EMAIL_WORD_LIMIT = 150;
const EMAIL_WORD_TARGET = 125;

const TEXT = {
  en: {
    overLimit: (length: number, limit: number) =>
      `${length} characters: ${length - limit} over this box's limit of ${limit}. LinkedIn refuses or cuts text past it; this is the part that does not fit.`,
    cut: (over: number) => `Cut at least ${over} characters`,
    subjectOverLimit: (length: number, limit: number) =>
      `The subject is ${length} characters: ${length - limit} over its limit of ${limit}. LinkedIn refuses or cuts a subject past it; this is the part that does not fit.`,
    cutSubject: (over: number) => `Cut at least ${over} characters from the subject`,
    longEmail: (words: number) =>
      `This first email is ${words} words long; emails of 50–125 words get the most replies. These words are past the 150th.`,
    shorten: `Cut the email to about ${EMAIL_WORD_TARGET} words: one idea, one ask`,
  },
  nl: {
    overLimit: (length: number, limit: number) =>
      `${length} tekens: ${length - limit} meer dan de limiet van ${limit} van dit veld. LinkedIn weigert of knipt de tekst erna af; dit deel past niet.`,
    cut: (over: number) => `Schrap minstens ${over} tekens`,
    subjectOverLimit: (length: number, limit: number) =>
      `Het onderwerp telt ${length} tekens: ${length - limit} meer dan de limiet van ${limit}. LinkedIn weigert of knipt een langer onderwerp af; dit deel past niet.`,
    cutSubject: (over: number) => `Schrap minstens ${over} tekens uit het onderwerp`,
    longEmail: (words: number) =>
      `Deze eerste e-mail is ${words} woorden lang; e-mails van 50–125 woorden krijgen de meeste reacties. Deze woorden komen na het 150e.`,
    shorten: `Kort de e-mail in tot zo'n ${EMAIL_WORD_TARGET} woorden: één idee, één vraag`,
  },
};

/** The part of `value` past `limit` (from its first non-space character), or undefined when it fits. */
function pastLimit(value: string, limit: number): (Span & { length: number }) | undefined {
  const length = value.trimEnd().length;
  if (length <= limit) return undefined;
  let start = limit;
  while (start < length && /\s/.test(value[start]!)) start++;
  return { start, end: length, length };
}

function overLimit(draft: Draft): RawFinding | undefined {
  const limit = draft.maxLength;
  if (limit === undefined) return undefined;
  // Span: the characters past the limit, which the host would refuse or cut.
  const past = pastLimit(draft.text, limit);
  if (past === undefined) return undefined;
  const text = TEXT[draft.lang];
  return {
    start: past.start,
    end: past.end,
    severity: 'error',
    message: text.overLimit(past.length, limit),
    suggestions: [{ text: text.cut(past.length - limit) }],
  };
}

/**
 * The subject as written (placeholders and all: the field holds them) against its field's limit.
 * Like every subject-line finding it sits at 0 in the text, with its span in the subject.
 */
function subjectOverLimit(draft: Draft): RawFinding | undefined {
  const limit = draft.subjectMaxLength;
  const subject = draft.sourceSubject;
  if (limit === undefined || subject === undefined) return undefined;
  const past = pastLimit(subject, limit);
  if (past === undefined) return undefined;
  const text = TEXT[draft.lang];
  return {
    start: 0,
    end: 0,
    subject: { start: past.start, end: past.end },
    severity: 'error',
    message: text.subjectOverLimit(past.length, limit),
    suggestions: [{ text: text.cutSubject(past.length - limit) }],
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
      en: "Over the host's character limit, in the text or its subject field (error), or a first email body over 150 words (info).",
      nl: 'Langer dan de tekenlimiet van het veld of van het onderwerpveld (fout), of een eerste e-mail van meer dan 150 woorden (info).',
    },
    rationale: {
      en:
        "LinkedIn's limits: invitation note 300 characters, InMail 1,900, comment 1,250, post 3,000, and an " +
        "InMail's subject the limit of its field; past them LinkedIn refuses or cuts the text. For email, replies " +
        "drop off with length: in Boomerang's study of some 40 million emails, messages of 50–125 words got the " +
        'most replies, so a first email over 150 words is flagged.',
      nl:
        'De limieten van LinkedIn: uitnodiging 300 tekens, InMail 1.900, reactie 1.250, post 3.000, en het ' +
        'onderwerp van een InMail de limiet van zijn veld; daarboven weigert of knipt LinkedIn de tekst. Bij e-mail ' +
        "dalen de reacties met de lengte: in het onderzoek van Boomerang naar zo'n 40 miljoen e-mails kregen " +
        'berichten van 50–125 woorden de meeste reacties, dus een eerste e-mail van meer dan 150 woorden wordt gemeld.',
    },
  },
  check(draft) {
    return [subjectOverLimit(draft), overLimit(draft), longFirstEmail(draft)].filter((f): f is RawFinding => f !== undefined);
  },
};

export default rule;
