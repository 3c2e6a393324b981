/**
 * cta/multiple (rules.md): competing asks, i.e. two or more different standalone actions (book a
 * call and download a whitepaper; reply and visit the site; links to three different places).
 * Not competing: alternatives inside one ask ("call or email me"), a follow-up that depends on an
 * earlier ask ("If it fits, shall we talk?"), the same ask made again (same action key), and asks
 * the reader settles in one answer (asks/action.ts, `competes`).
 * Span: each ask whose action competes with every ask before it.
 */
import { competes, isClassified } from '../../asks/action';
import { isFollowUp } from '../../asks/follow-up';
import type { Ask, RawFinding, Rule } from '../../types';

const MESSAGE = {
  en: 'A second, different ask competes with the first: the reader has to choose, and often does nothing.',
  nl: 'Een tweede, andere vraag concurreert met de eerste: de lezer moet kiezen en doet vaak niets.',
};
const KEEP_ONE = {
  en: 'Keep the one ask that matters most and drop or move the others.',
  nl: 'Houd de ene vraag die er het meest toe doet en schrap of verplaats de andere.',
};

const rule: Rule = {
  meta: {
    id: 'cta/multiple',
    set: 'cta',
    severity: 'info',
    description: {
      en: 'The draft asks for two or more different actions that compete for the reader’s attention.',
      nl: 'De tekst vraagt om twee of meer verschillende acties die om de aandacht van de lezer strijden.',
    },
    rationale: {
      en: 'Ask for the one step the reader is ready for. People with many followers tell their story and end with one clear ask; several asks split attention and each gets less response.',
      nl: 'Vraag om de ene stap waar de lezer klaar voor is. Wie veel volgers heeft, vertelt een verhaal en sluit af met één duidelijke vraag; meerdere vragen versnipperen de aandacht.',
    },
  },
  check(draft) {
    const asks = [...draft.asks].sort((a, b) => a.start - b.start);
    const actions: string[] = [];
    const findings: RawFinding[] = [];
    asks.forEach((ask, index) => {
      // An ask no cue recognises can neither compete nor be competed with: it is left out.
      if (isFollowUp(draft, asks, index) || !isClassified(ask.action)) return;
      if (actions.length > 0 && actions.every((action) => competes(action, ask.action))) {
        findings.push(competing(ask, draft.lang));
      }
      actions.push(ask.action);
    });
    return findings;
  },
};

function competing(ask: Ask, lang: 'en' | 'nl'): RawFinding {
  return { start: ask.start, end: ask.end, message: MESSAGE[lang], suggestions: [{ text: KEEP_ONE[lang] }] };
}

export default rule;
