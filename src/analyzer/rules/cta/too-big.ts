/**
 * cta/too-big (rules.md): a first-touch email or message asks for a final or heavy commitment
 * (sign, buy, order, pay, a paid subscription, approve, commit budget, or a sales meeting of 30
 * minutes or more) while the reader has shown no interest yet. Never for posts or comments (an
 * offer to a crowd is normal there), never in a reply. Span: the ask (also a scheduling question
 * that follows the offer of a long meeting). The fixes offer a smaller step.
 */
import { booksMeeting, meetingMinutesInBody } from '../../asks/meeting-length';
import { commitmentCue, HEAVY_MEETING_MINUTES, type CommitmentKind } from '../../asks/size';
import type { Ask, Draft, RawFinding, Rule } from '../../types';
import { NEXT_STEPS, say } from './next-steps';

const MESSAGE = {
  decision: {
    en: 'This asks a reader who has shown no interest yet for a final decision.',
    nl: 'Dit vraagt een lezer die nog geen interesse heeft getoond om een definitieve beslissing.',
  },
  purchase: {
    en: 'This asks a reader who has shown no interest yet to buy or pay.',
    nl: 'Dit vraagt een lezer die nog geen interesse heeft getoond om te kopen of te betalen.',
  },
  meeting: {
    en: 'A meeting of half an hour or more is a big step for a reader who has shown no interest yet.',
    nl: 'Een afspraak van een half uur of langer is een grote stap voor een lezer die nog geen interesse heeft getoond.',
  },
};
const SMALLER = { en: 'Ask for a smaller step: ', nl: 'Vraag om een kleinere stap: ' };

const rule: Rule = {
  meta: {
    id: 'cta/too-big',
    set: 'cta',
    severity: 'warning',
    description: {
      en: 'A first email or message asks for a signature, a purchase, approval, budget or a long meeting.',
      nl: 'Een eerste mail of bericht vraagt om een handtekening, aankoop, akkoord, budget of een lange afspraak.',
    },
    rationale: {
      en: 'Ask for a step the reader is ready for: not a signature from a hesitant prospect, but their view of the idea, a short call, or bringing it to their management team.',
      nl: 'Vraag om een stap waar de lezer klaar voor is: geen handtekening van een twijfelende prospect, maar zijn mening over het idee, een kort gesprek of het voorleggen aan het managementteam.',
    },
  },
  check(draft) {
    if (draft.thread !== 'first' || (draft.kind !== 'email' && draft.kind !== 'message')) return [];
    const priced = offersPricedPlan(draft);
    // A meeting sized elsewhere in the body ("Tijdsduur: 45 minuten") is the one a booking ask books.
    const longMeeting = meetingMinutesInBody(draft) >= HEAVY_MEETING_MINUTES;
    return draft.asks.flatMap((ask) => {
      const cue =
        ask.size === 'commit'
          ? (commitmentCue(askText(draft, ask), draft.lang) ?? 'decision')
          : (schedulesHeavyMeeting(draft, ask) ??
            (longMeeting && booksMeeting(draft, ask) ? 'meeting' : undefined) ??
            (priced && startsPaidPlan(draft, ask) ? 'purchase' : undefined));
      return cue ? [finding(draft, ask, cue)] : [];
    });
  },
};

/** "When would suit you?", "Schikt dinsdag?": a scheduling question that names no step of its own. */
const SCHEDULING = {
  en: /\b(?:work|works|suit|suits|available|free|good time|convenient)\b|^\W*(?:interested|keen|open to it|up for it)\W*$/u,
  nl: /\b(?:schikt|past|uitkomt|beschikbaar|gelegen|lukt)\b|^\W*(?:interesse|zin in|zin)\W*$/u,
};

/** How many sentences back the offer of the meeting may stand ("… scan (90 min). Geen verplichtingen. Interesse?"). */
const OFFER_REACH = 2;

/**
 * A scheduling question (or a bare "Interested?") shortly after the sentence that offers a long
 * meeting asks for that meeting: "I'd like to walk your team through a 90-minute assessment. Does the
 * 14th work for you?"
 */
function schedulesHeavyMeeting(draft: Draft, ask: Ask): CommitmentKind | undefined {
  const text = askText(draft, ask).toLowerCase();
  if (!SCHEDULING[draft.lang].test(text) || commitmentCue(text, draft.lang)) return undefined;
  for (let back = 1; back <= OFFER_REACH; back++) {
    const before = draft.sentences[ask.sentence - back];
    if (!before || draft.asks.some((other) => other.sentence === ask.sentence - back)) return undefined;
    if (commitmentCue(before.text, draft.lang) === 'meeting') return 'meeting';
  }
  return undefined;
}

/** A price per period in the body ("$14.50/mo", "£420 per month", "€ 1.080 per maand"): the offer is a paid plan. */
const PRICED_PLAN = /[$€£]\s?\d[\d.,]*\s*(?:\/|per|a|p\/)\s*(?:mo|month|maand|mnd|year|yr|jaar|week)\b/i;

/**
 * Asks that start the plan on offer ("Reply YES – I'll set you up today", "Zal ik je account
 * aanzetten?"): with a priced plan in the draft, that is starting a paid subscription, unless the
 * ask itself says the start is free (a free trial, no card). Starting a habit is not starting a
 * plan ("please start responding to your reviews").
 */
const STARTS_PLAN = {
  en: /\b(?:set (?:you|it|things|your \w+) up|sign (?:you )?up|get (?:you )?started|start(?:ed)?(?! \w+ing\b)|activate|upgrade|lock in|reply (?:with )?["'“]?yes)\b/i,
  nl: /\b(?:zet (?:ik )?(?:het|je|u|uw|jouw) (?:\w+ )?(?:klaar|aan)|aanzetten|meld (?:je|u) aan|aanmelden|starten|start|activeren|activeer|upgraden|antwoord (?:met )?["'“]?ja)\b/i,
};
const FREE_START = {
  en: /\bfree\b|\bno (?:credit )?card\b|\bno obligation\b|\bwithout (?:paying|a card)\b/i,
  nl: /\bgratis\b|\bvrijblijvend\b|\bzonder (?:creditcard|betaalgegevens|verplichting|kosten)\b/i,
};

function offersPricedPlan(draft: Draft): boolean {
  return draft.body.some((part) => PRICED_PLAN.test(draft.text.slice(part.start, part.end)));
}

function startsPaidPlan(draft: Draft, ask: Ask): boolean {
  const text = askText(draft, ask);
  return STARTS_PLAN[draft.lang].test(text) && !FREE_START[draft.lang].test(text);
}

function askText(draft: Draft, ask: Ask): string {
  return draft.text.slice(ask.start, ask.end);
}

function finding(draft: Draft, ask: Ask, cue: CommitmentKind): RawFinding {
  const steps = cue === 'meeting'
    ? [NEXT_STEPS.shortCall, NEXT_STEPS.readerView, NEXT_STEPS.bringToTeam]
    : [NEXT_STEPS.bringToTeam, NEXT_STEPS.readerView, NEXT_STEPS.shortCall];
  return {
    start: ask.start,
    end: ask.end,
    message: MESSAGE[cue][draft.lang],
    suggestions: steps.map((step) => {
      const replacement = say(step, draft);
      return { text: SMALLER[draft.lang] + replacement, replacement };
    }),
  };
}

export default rule;
