/**
 * clarity/questions: more than three questions in the body. Every question counts here, the
 * rhetorical ones too: the reader has to get through them all.
 */
import { quotedSpeech, sentenceAt, startAfterPsLabel, within } from '../../body-search';
import type { Draft, Rule, Span } from '../../types';
import { execAll } from '../../regex';

const MAX_QUESTIONS = 3;

/**
 * A question mark that ends a question: at the end of a word, possibly doubled ("??", "?!") or
 * followed by a closing quote or bracket — not one inside a link's query string.
 */
const QUESTION_END = /[?？]+[!"'”’)\]]*(?=\s|$)/g;
const LINK = /(?:https?:\/\/|www\.)\S+/gi;

/** The offsets of the question marks that end questions in the body, in order. */
function questionEnds(draft: Draft): number[] {
  const ends: number[] = [];
  // A quoted question ("Kan ik zien wie te laat betaalt?", a customer asked) is not one the reader must answer.
  const quoted = quotedSpeech(draft);
  for (const part of draft.body) {
    const slice = draft.text.slice(part.start, part.end);
    const links: Span[] = execAll(LINK, slice).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    for (const m of execAll(QUESTION_END, slice)) {
      if (links.some((l) => l.start <= m.index && m.index < l.end)) continue;
      const at = part.start + m.index;
      if (within(quoted, { start: at, end: at + 1 })) continue;
      ends.push(at);
    }
  }
  return ends;
}

const TEXT = {
  en: {
    message: (count: number) =>
      `${count} questions; messages with one to three questions get the most replies. This is the fourth; from here on they compete for an answer.`,
    suggestion: 'Keep the question that matters most and make the others statements (or drop them)',
  },
  nl: {
    message: (count: number) =>
      `${count} vragen; berichten met één tot drie vragen krijgen de meeste reacties. Dit is de vierde; vanaf hier concurreren ze om een antwoord.`,
    suggestion: 'Houd de belangrijkste vraag en maak van de andere een mededeling (of schrap ze)',
  },
};

const rule: Rule = {
  meta: {
    id: 'clarity/questions',
    set: 'clarity',
    severity: 'info',
    description: {
      en: 'More than three questions in the body.',
      nl: 'Meer dan drie vragen in de tekst.',
    },
    rationale: {
      en:
        "Boomerang's study of some 40 million emails found that emails asking one to three questions got the most " +
        'replies; with more, the reader does not know which to answer and often answers none.',
      nl:
        'Uit het onderzoek van Boomerang naar zo\'n 40 miljoen e-mails bleek dat berichten met één tot drie vragen ' +
        'de meeste reacties kregen; bij meer weet de lezer niet welke te beantwoorden en beantwoordt hij er vaak geen.',
    },
  },
  check(draft) {
    const ends = questionEnds(draft);
    if (ends.length <= MAX_QUESTIONS) return [];
    // Span: the fourth question (its sentence), the first one past what works; the message gives the count.
    const fourth = ends[MAX_QUESTIONS]!;
    const sentence = sentenceAt(draft, fourth);
    const start = sentence ? startAfterPsLabel(draft, sentence) : fourth;
    const end = sentence ? sentence.end : fourth + 1;
    const text = TEXT[draft.lang];
    return [{ start, end, message: text.message(ends.length), suggestions: [{ text: text.suggestion }] }];
  },
};

export default rule;
