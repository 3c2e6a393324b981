/**
 * The reader's time as the subject of a wish: "30 minutes would help me a lot", "A quick call
 * would be really helpful", "Een kwartiertje van je tijd zou ik erg waarderen", "30 minuten zou me
 * enorm helpen". rules.md counts a wish that names the reader's next step as an ask; here the step
 * is the time itself, so the wish asks for a meeting, and its length sizes it for cta/too-big.
 *
 * The time opens its clause (it is what would help), so a rate or a saving said in passing ("we save
 * teams 30 minutes a day, which would help") is no wish. Kept in one place because two readers need
 * it: the ask classifiers of both languages and the commitment lexicons that size a meeting.
 */

const EN_TIME = String.raw`(?:(?:a|an|one|just|only|even|your)\s+)*(?:(?:few|couple(?:\s+of)?)\s+)?(?:(?:\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty)[\s-]*)?(?:min(?:ute)?s?|hours?)(?:\s+of\s+your\s+time)?|half\s+an\s+hour(?:\s+of\s+your\s+time)?|(?:(?:a|an|one|just|only|your)\s+)*(?:(?:quick|short|brief|\d+[\s-]*min(?:ute)?s?|fifteen-minute|twenty-minute|thirty-minute)[\s-]+)*(?:call|chat|conversation|catch-up|intro(?:\s+call)?|meeting|demo|coffee|zoom)|(?:a\s+(?:little|bit)\s+of\s+|some\s+of\s+)your\s+time`;
const EN_EFFECT = String.raw`would\s+(?:really\s+|truly\s+|genuinely\s+)?(?:help\s+(?:me|us)\b|mean\s+(?:a\s+lot|a\s+great\s+deal|the\s+world|so\s+much)|be\s+(?:(?:so|really|very|hugely|incredibly|super|extremely|a|much|greatly)\s+)*(?:helpful|valuable|useful|appreciated|invaluable|(?:huge|big|great|massive)\s+help|great|amazing|awesome|ideal|perfect|welcome)\b|make\s+my\s+day)`;
const EN_BETWEEN = String.raw`(?:\s+(?:with\s+you|this\s+week|next\s+week|on\s+\w+))?`;

const NL_COUNT = String.raw`(?:\d+|vijf|tien|vijftien|twintig|dertig|vijfenveertig|zestig)`;
const NL_TIME = String.raw`(?:(?:een|1|slechts|maar|even|al)\s+)*(?:(?:paar|enkele)\s+)?(?:${NL_COUNT}[\s-]*)?(?:min(?:uten|uutjes|uut)?\.?|minuten)|(?:(?:een|1|slechts|maar|even|al)\s+)*(?:half\s+)?(?:uur|uurtje|kwartier|kwartiertje)|(?:(?:een|1|jouw|uw|je)\s+)?(?:(?:kort|korte|snel|snelle|klein|kleine|${NL_COUNT}[\s-]*min(?:uten)?)[\s-]+)*(?:gesprek(?:je)?|call|belletje|kennismaking|videocall|demo|kop\s+koffie|koffie|meeting|teams-?call|zoom(?:call)?)(?:\s+van\s+(?:${NL_COUNT}\s+min(?:uten|uutjes)?|een\s+(?:half\s+)?(?:uur|kwartier)))?|(?:wat|een\s+beetje|even)\s+(?:van\s+)?(?:je|jouw|uw)\s+tijd`;
const NL_INTENSIFIER = String.raw`(?:(?:al|enorm|heel|erg|echt|ontzettend|super|zeer|flink|bijzonder|veel|oprecht)\s+)*`;
const NL_EFFECT = String.raw`(?:zou|zouden)\s+(?:(?:me|mij|ons)\s+${NL_INTENSIFIER}(?:verder\s+|vooruit\s+)?helpen|${NL_INTENSIFIER}veel\s+(?:voor\s+(?:me|mij|ons)\s+)?betekenen|(?:ik|we|wij)\s+${NL_INTENSIFIER}(?:waarderen|op\s+prijs\s+stellen|fijn\s+vinden)|${NL_INTENSIFIER}(?:waardevol|fijn|welkom|top|geweldig)\s+zijn)\b`;
const NL_BETWEEN = String.raw`(?:\s+(?:met\s+(?:je|jou|u|jullie)|van\s+(?:je|jouw|uw)\s+tijd|deze\s+week|volgende\s+week))*`;

export const TIME_WISH = {
  en: new RegExp(String.raw`^\W*(?:honestly,?\s+)?(?:${EN_TIME})${EN_BETWEEN}\s+${EN_EFFECT}`, 'iu'),
  nl: new RegExp(String.raw`^\W*(?:eerlijk\s+gezegd,?\s+)?(?:${NL_TIME})${NL_BETWEEN}\s+${NL_EFFECT}`, 'iu'),
} as const;
