/**
 * subject/missing: an email with an empty subject line. Only when the host gave a subject
 * (the extension does for Gmail); the finding's span is empty at 0 (see subject-line.ts).
 */
import { subjectFinding, subjectOf } from '../../subject-line';
import type { Rule } from '../../types';

const TEXT = {
  en: {
    message: 'The subject line is empty; emails without one get far fewer replies.',
    suggestion: 'Add a short subject of three or four words that names the reader\'s topic',
  },
  nl: {
    message: 'De onderwerpregel is leeg; e-mails zonder onderwerp krijgen veel minder reacties.',
    suggestion: 'Voeg een kort onderwerp toe van drie of vier woorden over het onderwerp van de lezer',
  },
};

const rule: Rule = {
  meta: {
    id: 'subject/missing',
    set: 'subject',
    severity: 'warning',
    description: {
      en: 'An email with an empty subject line.',
      nl: 'Een e-mail zonder onderwerpregel.',
    },
    rationale: {
      en:
        'The subject is what decides whether an email is opened; an empty one looks careless or like spam. ' +
        "Boomerang's analysis of subject lines found replies fall sharply for emails sent without one.",
      nl:
        'Het onderwerp bepaalt of een e-mail geopend wordt; een leeg onderwerp oogt slordig of als spam. ' +
        'Uit de analyse van onderwerpregels door Boomerang bleek dat e-mails zonder onderwerp veel minder reacties krijgen.',
    },
  },
  check(draft) {
    const subject = subjectOf(draft);
    if (subject === undefined || subject.trim() !== '') return [];
    const text = TEXT[draft.lang];
    return [subjectFinding(text.message, [{ text: text.suggestion }])];
  },
};

export default rule;
