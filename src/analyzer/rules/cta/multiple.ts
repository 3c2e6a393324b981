/**
 * cta/multiple (rules.md): competing asks, i.e. two or more different standalone actions (book a
 * call and download a whitepaper; reply and visit the site; links to three different places).
 * Not competing: alternatives inside one ask ("call or email me"), a follow-up that depends on an
 * earlier ask ("If it fits, shall we talk?"), the same ask made again (same action key), and asks
 * the reader settles in one answer (asks/action.ts, `competes`).
 * Span: each ask whose action competes with every ask before it.
 */
import { competes, isClassified } from '../../asks/action';
import { isFollowUp, ledByCuriosity, onCondition } from '../../asks/follow-up';
import type { Ask, Draft, RawFinding, Rule } from '../../types';

const MESSAGE = {
  en: 'A second, different ask competes with the first: the reader has to choose, and often does nothing.',
  nl: 'Een tweede, andere vraag concurreert met de eerste: de lezer moet kiezen en doet vaak niets.',
};
const KEEP_ONE = {
  en: 'Keep the one ask that matters most and drop or move the others.',
  nl: 'Houd de ene vraag die er het meest toe doet en schrap of verplaats de andere.',
};

/**
 * An ask that opens with "or" offers another way to take the step before it ("Plan hier: <link>.
 * Of reply gewoon, dan bel ik jou", "Pick a slot, or send me a few times that suit you"): rules.md's
 * alternatives inside one ask, written as a sentence or clause of its own.
 */
/** Steps of their own (getting a file, buying, signing up): "or DM me" after one of them is a second step, not another way. */
const OWN_STEP = /^(?:download|signup|register|order|buy|subscribe|follow|join)/u;

/**
 * A call with the writer and a step the reader takes on their own are different steps even when "or"
 * joins them: "Doe de gratis quickscan: <link>. Of liever 15 min sparren?" offers a choice of two
 * steps, not two ways to take one. More information or a question by DM are two ways to learn more;
 * a page to visit, a page to follow or a call are two steps.
 */
const TALK = /^meeting\b/u;
const SELF_SERVE = /^(?:visit|try|download|signup|buy|order|quote|follow)\b/u;

function otherKindOfStep(earlier: string, action: string): boolean {
  return (TALK.test(action) && SELF_SERVE.test(earlier)) || (SELF_SERVE.test(action) && TALK.test(earlier));
}

const ALTERNATIVE = /^[\s\p{P}\p{S}\p{Extended_Pictographic}]*(?:or|of|otherwise|anders)\b/iu;

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
    let lastAction: Ask | undefined;
    asks.forEach((ask, index) => {
      // An ask no cue recognises can neither compete nor be competed with: it is left out.
      if (!isClassified(ask.action)) return;
      // A follow-up competes with nothing. One under a condition on the ask before takes its step on
      // ("See the demo: <link>. If you like it and want to talk, … Worth a quick chat?" asks for the talk
      // that condition opened); one a curiosity question leads to stands for it ("Are you ready to …?
      // Join the webinar"): the question only leads to the step.
      if (isFollowUp(draft, asks, index)) {
        const led = ledByCuriosity(draft, asks, index);
        if (led && lastAction === asks[index - 1]) actions.pop();
        if (led || onCondition(draft, asks, index)) {
          actions.push(ask.action);
          lastAction = ask;
        }
        return;
      }
      if (index > 0 && !actions.some((action) => OWN_STEP.test(action)) && alternative(draft, ask)) {
        // "Doe de quickscan: <link>. Of liever 15 min sparren?": another kind of step, offered as its rival.
        const rival = lastAction !== undefined && otherKindOfStep(lastAction.action, ask.action);
        if (rival) findings.push(competing(ask, draft.lang));
        actions.push(ask.action);
        lastAction = ask;
        return;
      }
      if (actions.length > 0 && actions.every((action) => competes(action, ask.action))) {
        findings.push(competing(ask, draft.lang));
      }
      actions.push(ask.action);
      lastAction = ask;
    });
    return findings;
  },
};

/** The ask, or the words of its sentence in front of it, opens with "or" (the ask may start after it). */
function alternative(draft: Draft, ask: Ask): boolean {
  const sentence = draft.sentences[ask.sentence];
  const from = sentence && sentence.start <= ask.start ? sentence.start : ask.start;
  const lead = draft.text.slice(from, ask.start);
  return ALTERNATIVE.test(draft.text.slice(ask.start, ask.end)) || (/^[^\p{L}]*\p{L}+[^\p{L}]*$/u.test(lead) && ALTERNATIVE.test(lead));
}

function competing(ask: Ask, lang: 'en' | 'nl'): RawFinding {
  return { start: ask.start, end: ask.end, message: MESSAGE[lang], suggestions: [{ text: KEEP_ONE[lang] }] };
}

export default rule;
