/**
 * subject/length: a subject line of more than eight words. "Re:"/"Fwd:" prefixes do not count;
 * the finding's span is empty at 0 (see subject-line.ts).
 */
import { phrasePattern } from '../../body-search';
import { SUBJECT_FILLERS } from '../../lexicon/subject-triggers';
import { subjectFinding, subjectOf, subjectText, subjectWords, tidySubject } from '../../subject-line';
import type { Rule, Suggestion } from '../../types';

const MAX_WORDS = 8;
const LEADING_ARTICLE = /^\s*(?:the|a|an|de|het|een)\s+/i;

/** Fillers only count at the start of the subject, where they push the point out of view. */
const FILLERS = SUBJECT_FILLERS.map((source) => new RegExp(`^${phrasePattern(source).source}`, 'iu'));

const TEXT = {
  en: {
    message: (words: number) =>
      `The subject has ${words} words; three or four do best, and long ones are cut off in the inbox.`,
    shorter: (subject: string) => `Use a shorter subject: "${subject}"`,
    advice: 'Cut the subject to three or four words that name the reader\'s topic',
  },
  nl: {
    message: (words: number) =>
      `Het onderwerp telt ${words} woorden; drie of vier werken het best, en lange worden in de inbox afgekapt.`,
    shorter: (subject: string) => `Gebruik een korter onderwerp: "${subject}"`,
    advice: 'Kort het onderwerp in tot drie of vier woorden over het onderwerp van de lezer',
  },
};

/** A shorter subject by dropping a filler opening ("Quick question about …"), when that is enough. */
function shorterSubject(subject: string): string | undefined {
  const { prefix, rest } = subjectText(subject);
  for (const filler of FILLERS) {
    const m = filler.exec(rest);
    if (!m) continue;
    // An article left at the front ("the prefab pods …") goes too: subjects read as headlines.
    const shorter = tidySubject(rest.slice(m[0].length).replace(LEADING_ARTICLE, ''));
    const words = subjectWords(shorter).length;
    if (words > 0 && words <= MAX_WORDS) return `${prefix}${shorter}`;
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'subject/length',
    set: 'subject',
    severity: 'info',
    description: {
      en: 'A subject line of more than eight words.',
      nl: 'Een onderwerpregel van meer dan acht woorden.',
    },
    rationale: {
      en:
        "Boomerang's analysis of subject lines found that three or four words got the most replies; inboxes, " +
        'especially on phones, cut long subjects after a few words.',
      nl:
        'Uit de analyse van onderwerpregels door Boomerang bleek dat drie of vier woorden de meeste reacties kregen; ' +
        'inboxen, zeker op telefoons, knippen lange onderwerpen na een paar woorden af.',
    },
  },
  check(draft) {
    const subject = subjectOf(draft);
    if (subject === undefined) return [];
    const words = subjectWords(subject).length;
    if (words <= MAX_WORDS) return [];
    const text = TEXT[draft.lang];
    const shorter = shorterSubject(subject);
    const suggestions: Suggestion[] = shorter
      ? [{ text: text.shorter(shorter), replacement: shorter }, { text: text.advice }]
      : [{ text: text.advice }];
    return [subjectFinding(text.message(words), suggestions)];
  },
};

export default rule;
