/**
 * Ready-made asks the cta rules offer as fixes, in the draft's language and register. Wording
 * follows the idea at the top of rules.md: a small step the reader is ready for, the reader's
 * own view first, bringing it to their team rather than a signature.
 */
import type { Draft, Lang } from '../../types';

/** Dutch drafts address the reader as "u" or as "je/jij"; a fix should use the same form. */
export type Register = 'formal' | 'informal';

const INFORMAL_NL = /^(?:je|jij|jou|jouw|jullie|joun)$/iu;
const FORMAL_NL = /^(?:u|uw)$/iu;

export function register(draft: Draft): Register {
  let formal = 0;
  let informal = 0;
  for (const word of draft.words) {
    const bare = word.text.replace(/[^\p{L}]/gu, '');
    if (FORMAL_NL.test(bare)) formal++;
    else if (INFORMAL_NL.test(bare)) informal++;
  }
  return informal > formal ? 'informal' : 'formal';
}

type Phrase = Record<Lang, Record<Register, string>>;

function phrase(en: string, nlFormal: string, nlInformal: string): Phrase {
  return { en: { formal: en, informal: en }, nl: { formal: nlFormal, informal: nlInformal } };
}

export const NEXT_STEPS = {
  /** A small next step for a first email or message. */
  shortCall: phrase(
    'Would a 15-minute call next week make sense to see whether this fits?',
    'Zou een kort gesprek van een kwartier volgende week zinvol zijn om te kijken of dit past?',
    'Zullen we volgende week een kwartiertje bellen om te kijken of dit past?',
  ),
  /** A light ask for a LinkedIn message. */
  shortChat: phrase(
    'Open to a short chat about this?',
    'Staat u open voor een kort gesprek hierover?',
    'Sta je open voor een kort gesprek hierover?',
  ),
  /** The first question is often simply the reader's own view (rules.md). */
  readerView: phrase(
    'What do you think of this idea yourself?',
    'Wat vindt u zelf van dit idee?',
    'Wat vind je zelf van dit idee?',
  ),
  /** Bringing it to the reader's team instead of asking for a signature (rules.md). */
  bringToTeam: phrase(
    'What do you think of bringing this to your management team soon?',
    'Wat vindt u van het idee om dit binnenkort aan uw managementteam voor te leggen?',
    'Wat vind je van het idee om dit binnenkort aan jullie managementteam voor te leggen?',
  ),
  /** In a reply: let the reader choose the next step. */
  replyNextStep: phrase(
    'What would be a good next step for you?',
    'Wat zou voor u een goede volgende stap zijn?',
    'Wat zou voor jou een goede volgende stap zijn?',
  ),
  /** A post ends with a question or an invitation to the readers. */
  postQuestion: phrase(
    "What's your experience with this? Tell me in the comments.",
    'Hoe pakt u dit aan? Ik ben benieuwd naar uw ervaring in de reacties.',
    'Hoe pak jij dit aan? Ik ben benieuwd naar je ervaring in de reacties.',
  ),
} as const;

export function say(step: Phrase, draft: Draft): string {
  return step[draft.lang][draft.lang === 'nl' ? register(draft) : 'formal'];
}
