/**
 * cta/too-early (rules.md): the ask comes before the reader can weigh it. The body has at least
 * 40 words and at least one ask, and every ask sits in the first third of the body (by word
 * position, up to the ask's last word); the rest only informs. Span: the first ask.
 */
import type { Ask, Draft, Rule, Word } from '../../types';

/** rules.md: shorter bodies are read at a glance, so the position of the ask does not matter. */
export const MIN_WORDS = 40;
/** rules.md: every ask in the first third of the body. */
export const EARLY_SHARE = 1 / 3;

const MESSAGE = {
  en: 'The only ask comes before the reader knows why it matters; everything after it just informs.',
  nl: 'De vraag komt voordat de lezer weet waarom die ertoe doet; alles daarna informeert alleen.',
};
const MESSAGE_MANY = {
  en: 'All asks come before the reader knows why they matter; everything after them just informs.',
  nl: 'Alle vragen komen voordat de lezer weet waarom ze ertoe doen; alles daarna informeert alleen.',
};
const MOVE = {
  en: 'Move this ask to the end, after the reasons, so the reader can weigh it.',
  nl: 'Zet deze vraag aan het eind, na de argumenten, zodat de lezer haar kan afwegen.',
};

const rule: Rule = {
  meta: {
    id: 'cta/too-early',
    set: 'cta',
    severity: 'info',
    description: {
      en: 'Every ask sits in the first third of a body of 40+ words; the rest only informs.',
      nl: 'Elke vraag staat in het eerste derde van een tekst van 40+ woorden; de rest informeert alleen.',
    },
    rationale: {
      en: 'Ask at the right moment: near the end, once the reader can weigh the request. An ask before the reasons reads as a demand the reader cannot yet judge.',
      nl: 'Vraag op het juiste moment: aan het eind, als de lezer het verzoek kan afwegen. Een vraag vóór de argumenten leest als een eis die de lezer nog niet kan beoordelen.',
    },
  },
  check(draft) {
    const words = draft.words.length;
    if (words < MIN_WORDS || draft.asks.length === 0) return [];
    const asks = [...draft.asks].sort((a, b) => a.start - b.start);
    const limit = words * EARLY_SHARE;
    if (!asks.every((ask) => lastWordIndex(draft, ask) < limit)) return [];
    const first = asks[0] as Ask;
    return [
      {
        start: first.start,
        end: first.end,
        message: (asks.length > 1 ? MESSAGE_MANY : MESSAGE)[draft.lang],
        suggestions: [{ text: MOVE[draft.lang] }],
      },
    ];
  },
};

/** Index in draft.words of the ask's last word: the whole ask must sit in the first third. */
function lastWordIndex(draft: Draft, ask: Ask): number {
  let index = ask.wordIndex;
  while (index + 1 < draft.words.length && (draft.words[index + 1] as Word).start < ask.end) index++;
  return index;
}

export default rule;
