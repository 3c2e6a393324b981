/**
 * English phrase classes for the size of the step an ask requests (cta/too-big).
 * Patterns run on the lowercased ask text.
 */
import type { CommitmentLexicon } from '../asks/size';
import { TIME_WISH } from './time-wishes';

export const EN_COMMITMENT: CommitmentLexicon = {
  // rules.md, cta/too-big: sign (contract, agreement, quote), approve, commit budget. "Sign up"/"sign in"
  // are registrations, not signatures. "Send over the contract/agreement" asks the reader to sign next.
  decision: [
    /\b(?:counter)?sign(?:s|ed|ing)?\b(?![\s-]*(?:(?:you|me|us|them|him|her|your team) )?(?:up|in|on|into)\b)/u,
    /\b(?:e-?sign(?:ature)?|signature|docusign|hellosign|pandadoc)\b/u,
    /\b(?:approve|approving|sign[\s-]off on|green[\s-]?light (?:the|this|it|our)|(?:give|grant) (?:us |me )?(?:your |the )?(?:approval|go-?ahead|green light|sign-off)|(?:your|the) (?:approval|go-?ahead|sign-off) (?:for|on|of|to)|accept (?:the|our|this|my) (?:quote|proposal|offer|terms|estimate))\b/u,
    /\b(?:send|sending|send over|draw up|prepare|email) (?:you )?(?:over )?(?:the|our|a|my) (?!(?:sample|example|template|specimen|model|draft) )(?:\w+ )?(?:contract|agreement|retainer|purchase order|service agreement)\b/u,
    /\b(?:commit|allocate|set aside|reserve|free up|earmark|approve)\w* (?:the |a |some |your )?budget\b/u,
    /\bbudget (?:approval|sign-off|commitment)\b/u,
    // "we'll move forward with a contract", "go ahead with the agreement": the deal closed on the reader's word.
    /\b(?:move|moving|go|going|proceed|proceeding) (?:forward |ahead )?with (?:a|the|our|your|an) (?:\w+ )?(?:contract|agreement|order|purchase|paperwork|engagement letter)\b/u,
  ],
  // rules.md: buy, order, pay, start a paid subscription. Prices and invoices in an ask mean paying;
  // "lock in a rate" and "put you down for" are the classic closing lines of sales scripts.
  purchase: [
    /\b(?:buy|buying|purchase|purchasing)\b/u,
    // Shop lines of product mail: "Get Yours: <url>", "Get it now 50% off", "Hire the best team …". Not the
    // free seat of "Grab yours here: <masterclass>" or "Get yours free".
    /\b(?:get|order) (?:yours|it now|one now)\b(?! (?:free|for free|at no cost))|\bshop now\b|\bhire (?:us|me|our|the|a)\b/u,
    /\b(?:place|placing|put in|submit) (?:an? |your |the |a first )?order\b|\b(?:first|trial|initial|bulk|repeat) order\b|(?<!\bin )\border (?:now|today|online|here|your|a|\d)/u,
    /\bput you down for\b|\b(?:purchase order|po (?:number|details)|order form|order sheet)\b|\b\d+[- ](?:seat|user|licen[cs]e)s? (?:\w+ )?(?:plan|package|licen[cs]e|subscription|tier|deal)\b|\bactivate (?:\w+ ){0,2}(?:seats|licen[cs]es|subscriptions?|plan)\b/u,
    /\b(?:pay|paying) (?:now|today|here|online|via|by|with|the|your|upfront|in advance)\b|\bpay for (?:the|your|it|this|these|those|a|an)\b(?! ?itself)|\b(?:payment|checkout|add to (?:cart|basket))\b/u,
    /\b(?:send|email|mail) (?:you )?(?:the|an|our) invoice\b|\binvoice you\b/u,
    /\b(?:for|at|only|just|from) (?:just |only )?(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:usd|eur|euros?|dollars?|pounds?)\b)(?![\d.,])(?!\s*(?:off|discount|credit|cashback|voucher|gift))|\/\s?(?:mo|month|yr|year)\b/u,
    /\block in (?:your|the|a|this|our) (?:\w+ )?(?:rates?|prices?|pricing|discount|deal|offer)\b/u,
    /\bupgrade (?:now|today|here|to (?:the |our )?(?:paid|pro|premium|business|annual)|your (?:plan|account|subscription))\b|\b(?:paid|premium|pro|annual) (?:plan|subscription|licen[cs]es?|account|tier)\b/u,
    /\b(?:start|begin|activate|take out) (?:your |a |the )?subscription\b/u,
    /\b(?:book|reserve|secure) (?:\d+|two|three|four|five|ten|twelve) (?:places|seats|spots|licen[cs]es)\b/u,
  ],
  // The writer enrols the reader in a (paid) programme, or asks if they are ready to buy (closing lines).
  enrolment: [
    /\b(?:shall|should|can|may|could) i (?:go ahead and )?(?:enrol+|register|sign up|book|reserve \w+ (?:places?|seats?|spots?) for) (?:you|your)\b/u,
    /\bready to (?:enrol+|sign up|buy|order|commit|move forward|go ahead)\b/u,
  ],
  // What keeps a purchase cue a small step: nothing is paid or promised yet.
  free: [/\b(?:free|no[\s-]obligation|no[\s-]strings|complimentary|trial|sample|pilot)\b/u],
  // Sales conversations (rules.md: "a sales meeting, call or demo").
  meeting: [
    /\b(?:call|calls|chat|talk|meeting|meet|demo|walkthrough|walk-through|walk you through|presentation|present|show you|consultation|conversation|discussion|discuss|sit down|session|assessment|audit|scan|on-?site|site visit|visit|come by|drop by|stop by|swing by|pop in|pop by|viewing|tour|consult\w*|discovery|workshop|training|zoom|teams call|video call)\b/u,
    // Other names for the same sit-down: a review of their setup, an intro, a tour, a kick-off.
    /\b(?:review|intro|introduction|tour|kick-?off|deep[\s-]dive|briefing|get[\s-]together|working session|whiteboard\w*|brainstorm\w*)\b/u,
  ],
  // Asking for the reader's time, so a bare length of time is a meeting ("do you have an hour next week?").
  timeRequest: [
    // The reader's time wished for ("30 minutes would help me a lot"): time-wishes.ts.
    TIME_WISH.en,
    /\b(?:do|would|could|can|will) you (?:have|spare|find|set aside|block)\b|\bhave you got\b|\bgot (?:an?|\d+)\b/u,
    /\b(?:can|could|shall|should) we (?:take|grab|book|get|schedule|set up|block|find|plan|have)\b|\blet'?s (?:take|grab|book|schedule|block|find)\b/u,
    /\b(?:give|lend|spare|offer) (?:us|me)\b|\bof your (?:\w+ )?time\b/u,
    // "Worth 30 minutes to see how this works?": the reader's time, weighed.
    /\bworth (?:\d+|a few|an?|half an)\b/u,
    /\b(?:book|schedule|block|set aside|reserve|grab|take|find|spare|set up|arrange|organi[sz]e|plan|pencil in|carve out|free up|put (?:\w+ )?in (?:the|your) (?:diary|calendar))\b/u,
  ],
  // Qualifying questions about the reader's current way of working (discovery-call practice).
  practice: [
    /\b(?:how (?:do|does|did) (?:you|your)|do you (?:currently|still|usually|already|normally|ever)|does your (?:team|company|firm) (?:currently|still|usually|already|ever)|are you (?:currently|still) (?:signing|buying|paying|ordering)|what do you (?:currently )?pay|how much do you)\b/u,
    // Who decides, buys or signs on their side: the reader is asked for a name, not to commit
    // ("Who looks after purchasing on your side?", "Could you tell me who signs off on tools?").
    /(?:^|[^\w\s'’]\s*|\b(?:know|me|and|so|tell|ask|wondering|curious|question)\s+)who(?:'s|’s)?\b/u,
    // How their buying works ("What does your buying process look like?", "How do purchasing
    // decisions get made?"), but not how the reader would like to pay or sign ("How would you like to pay?").
    /\b(?:what|how|which|when)\b(?:'s|’s)?(?: \S+){0,6} (?:process|procedure|workflow|polic(?:y|ies)|cycle|criteria|looks? like|gets? (?:made|approved|signed|decided)|(?:is|are) (?:made|handled|approved|decided))\b/u,
    /(?:^|[^\w\s'’]\s*)how (?:do|does|did|is|are) (?!(?:i|we)\b)(?!you (?:want|wish|prefer|like)\b)/u,
    /\bwhat (?:do|does|did) (?:you|your)\b(?! (?:think|say)\b)/u,
    // Whether someone else on their side has to decide ("Does your CFO need to approve a purchase like this?").
    /^\W*(?:does|do|is|are|will|would) (?!(?:you|we|i)\b)(?:\S+ ){1,4}?(?:need|needs|have|has) to\b/u,
  ],
  // Reassurance that no commitment is asked: "no need to sign anything", "without any obligation to buy".
  negated:
    /\b(?:no|without(?: any)?|nothing|(?<!why )not|never|(?:don't|do not|doesn't|does not|won't|will not) (?:have|need) to|needn't|no need to|no obligation to|no pressure to)\b(?:\s+[^\s,;:.!?]+){0,3}?\s+(?:sign|buy|purchase|order|pay|commit|approve)\w*/gu,
  // rules.md: an invitation to an event or webinar is not a meeting.
  event: [
    // A workshop or training is an event only when it is a public one the reader joins ("join our
    // workshop on May 3"); "an hour for a strategy workshop" with their team is a sales meeting.
    /\b(?:our|join|attend|register|sign up|save (?:your|a) (?:seat|spot)|public|open)\b(?: \S+){0,4} (?:workshop|training)\b(?!(?: \S+){0,4} (?:with|for) (?:you|your)\b)/u,
    /\b(?:workshop|training)\b(?:.*)\b(?:tickets?|seats?|places?|spots?|registration|sign[\s-]?up)\b/u,
    /\b(?:webinar|webcast|event|conference|summit|masterclass|master class|seminar|livestream|live stream|live session|meetup|meet-up|bootcamp|course|open day|roundtable|round table|breakfast session|expo|trade show|launch party)\b/u,
  ],
};
