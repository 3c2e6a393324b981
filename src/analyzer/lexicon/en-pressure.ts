/**
 * English pressure phrases for cta/pushy, as data. Notation: see pressure-types.ts (a space is any
 * whitespace, ' is either apostrophe, matching ignores case).
 *
 * Groups follow the numbered triggers of cta/pushy in rules.md; each group says where its phrases
 * come from. Variants (contractions, tenses, synonyms) are spelled out so that unseen drafts of the
 * same kind are caught, not just the examples.
 */
import { phrase, onReader, silence, type PressureLexicon } from './pressure-types';
import { EN_SILENCE } from './en-pressure-silence';

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const PERIOD = '(?:day|week|month|quarter)';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A calendar date: "March 31", "31 March", "31st of March". */
const DATE = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH})`;
/** When a deadline falls: a weekday, a date, a time of day, the end of a period. */
/** How many the offer is capped at: "five", "12", "a handful of". */
const HOW_MANY = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a handful of)';
/** Who or what the cap counts (places, or the businesses taking them). */
const TAKERS =
  '(?:spots?|seats?|places?|slots?|retailers?|stores?|shops?|companies|company|customers?|clients?|teams?|partners?|participants?|businesses|brands?|firms?|agencies|practices|people|organi[sz]ations?|schools?|venues?|restaurants?|clinics?|offices?)';
const WHEN = `(?:today|tonight|tomorrow|${WEEKDAY}|${DATE}|(?:the )?end of ${MONTH}|\\d{1,2}(?::\\d{2})? ?(?:am|pm)|(?:the )?end of (?:the |this |today|tomorrow)?${PERIOD}?|eod|cob|close of business|noon|midday|midnight)`;

export const EN_PRESSURE: PressureLexicon = {
  groups: [
    {
      // Urgency that needs no verb: rules.md trigger 1 ("ASAP", "act now", "don't wait") and the
      // stock phrases of hard-sell mail and direct-response copy ("hurry", "time is running out").
      kind: 'urgency',
      phrases: [
        onReader("asap|a\\.s\\.a\\.p\\.?", 'when it suits you'),
        onReader('as soon as (?:possible|you can)', 'when it suits you'),
        phrase('act (?:now|fast|quickly|today|immediately)', ''),
        phrase("(?:don't|do not) (?:wait|delay)", ''),
        phrase('hurry(?: up)?', ''),
        phrase('time is running out', ''),
        phrase('(?:the )?clock is ticking', ''),
        phrase("before it's too late", ''),
        phrase('what are you waiting for', ''),
        phrase('without (?:further )?delay', ''),
        // Twins of the Dutch list ("dit kan niet wachten", "grijp je kans").
        phrase("(?:this|it) (?:can't|cannot|can not) wait"),
        phrase('(?:seize|grab) (?:this|the|your) (?:chance|opportunity)', ''),
        phrase('urgently|time[- ]sensitive'),
        phrase("(?:this|it)(?: is|'s) urgent"),
        phrase('(?:this |it )?(?:requires|needs) your (?:immediate |urgent |prompt )?(?:attention|action|response|decision)'),
        phrase('(?:immediate|urgent|prompt) (?:action|response|reply|decision)'),
        // Not asked as an open question: "… whether now is the right time to accelerate".
        phrase("(?<!(?:whether|if|wonder if|sure if|know if|see if)\\s+)now(?: is|'s) (?:a |the )?(?:perfect|best|ideal|right|only|good|great) (?:time|moment)", ''),
        // Hard-sell imperatives of bulk mail: "Call now", "Call us today" (not "Can you call me today?").
        phrase('(?<!(?:you|we|i|can|could|will|would|to|and|please|the|our|your|this|that|a|my|great|good|quick|short|for|after|on|from|during|of|today\'s)\\s+)call (?:us |me )?(?:now|today|right away|immediately)', ''),
        phrase("(?:don't|do not) let (?:this|the|such an?) (?:opportunity|chance|offer|deal) (?:pass|slip|go)(?: you by| away| by)?", ''),
        // A deadline on the reader's answer said from the writer's side: "I need your decision by Friday".
        phrase(`(?:I|we) (?:need|must have|require) (?:an? |your )?(?:answer|decision|reply|response|signature|approval|go-ahead|confirmation)(?: from you)? (?:by|before) ${WHEN}`),
        phrase(`your (?:answer|decision|reply|response|signature|approval|go-ahead|confirmation) (?:by|before|no later than) ${WHEN}`),
        // A decision tied to this week: "If you approve it this week I can hold the rate" (a time on a call is scheduling).
        phrase('(?:approve|sign|accept|commit to|pay|order|buy|decide on) (?:it |this |that |them |the \\S+ )?(?:this week|by the end of (?:the|this) week|this month)'),
      ],
    },
    {
      // Scarcity and expiry: rules.md trigger 2 ("last chance", "only 3 spots left", "offer expires
      // Friday", "limited time"), widened with the countdown wording of launch and event mail.
      kind: 'scarcity',
      phrases: [
        phrase('(?:last|final) (?:chance|call|opportunity)', ''),
        phrase('now or never', ''),
        phrase(
          '(?:only|just) (?:\\d+|a few|a handful of|one|two|three|four|five|six|ten) (?:[a-z-]+ )?(?:spots?|seats?|places?|slots?|spaces?|tickets?|licen[cs]es|units?|copies|openings)(?: (?:left|remaining|available))?',
        ),
        phrase('(?:\\d+|a few|two|three|four|five) (?:\\p{L}+ )?(?:spots?|seats?|places?|slots?|tickets?|openings) (?:left|remaining)'),
        // The offer held only so long: "I can only hold it until Wednesday noon", "the early-bird price goes up after Friday".
        phrase('(?:can|will|could) only (?:hold|keep|reserve) (?:it|this|that|the \\S+|your \\S+)(?: open| for you)? (?:until|till|through|for)'),
        phrase('(?:it|the price|that price|the rate|the early[- ]bird (?:price|rate))(?: price)? (?:goes|will go) up (?:after|on|from|once)'),
        // The deadline with what happens otherwise: "otherwise I can't fit you in".
        phrase("(?:otherwise|or else) I (?:can't|cannot|won't be able to) (?:fit you in|book you in|schedule you|include you|hold (?:it|the \\S+))"),
        // Exclusivity as scarcity: "we only work with one agency per region", "one client per city".
        phrase('(?:only|just) (?:work with |take on |partner with )?(?:one|a single|1) (?:\\p{L}+ )?per (?:city|town|region|area|industry|market|sector|niche)'),
        // The price held only for a decision in time: "this rate only stands if we have your go-ahead before the 15th".
        phrase('(?:this|the|that|our) (?:rate|price|pricing|offer|discount|quote|deal) (?:only )?(?:stands|holds|applies|is valid|is good)(?: only)? (?:if|until|till|through|before|by)'),
        phrase('(?:only|just) (?:\\d+|a few|one|two|three|four|five) (?:left|remaining)(?: in stock)?'),
        phrase('(?:today|tomorrow|this) is the (?:last|final) day|(?:last|final) day to (?:sign up|register|claim|get|save|join|apply|order|book|buy|enrol|enroll)'),
        phrase(`(?:the )?deadline (?:is|:) ${WHEN}`),
        phrase('flash sale|\\d+[- ]hour (?:sale|deal|offer|window)'),
        phrase(
          '(?:spots?|seats?|places?|slots?|spaces?|availability|supplies|stock|numbers|capacity|membership|tickets) (?:are|is) (?:very |strictly |extremely )?limited',
          '',
        ),
        phrase(
          'limited[- ](?:time|offer|availability|spots|seats|places|slots|stock|supply|membership|number of|capacity|edition|spaces|inventory|quantities|quantity|units)',
        ),
        // A trial capped at a count of takers: "I'm looking to let 2 coaches test drive it", "giving three teams early access".
        phrase(`(?:(?:(?:looking|going|want|wanting|planning|happy) to|will|can|only) (?:let|give|offer)|letting|giving|offering) (?:just |only )?${HOW_MANY} (?:\\S+ ){0,2}?\\S+s (?:test[- ]drive|try|trial|pilot|beta[- ]test|early access|free access)`),
        // Places opened to the quick: "I've opened a few beta spots", "we're releasing five founding seats".
        phrase(`(?:opened|opening|released|releasing|have|got) (?:up )?${HOW_MANY} (?:beta|founding|founder|pilot|early[- ]access|launch|discounted|trial) (?:spots?|seats?|places?|slots?|openings)`),
        phrase('(?:only|just) (?:have |has )?(?:room|space|capacity) for (?:\\d+|one|two|three|four|five|a few|a couple of|a handful of)'),
        // What is left, counted: "7 agencies confirmed, room for 3 more".
        phrase('(?:room|space|capacity|spots?|places?|seats?) for (?:\\d+|one|two|three|four|five|a few|a couple|a handful) (?:more|others|additional|extra)'),
        // A cap on who gets in, the English twin of "maar vijf plekken" / "beperkt tot vijf winkels":
        // "Spots for the pilot are limited to five retailers", "we're only taking on three new clients".
        phrase(`(?<=(?:is|are|be) (?:strictly |deliberately )?)(?:limited|capped|restricted) to (?:just |only )?${HOW_MANY}(?: \\S+)?? ${TAKERS}`),
        phrase(`(?:we|we're|we are|we'll|we will|we can|I|I'm|I can) (?:only |just )?(?:take|taking|accept|accepting|admit|admitting|onboard|onboarding|open(?:ing)? (?:it|this|the \\S+) (?:up )?to)(?: on)? (?:only |just )?${HOW_MANY}(?: more| new| \\S+)?? ${TAKERS}`),
        // "I literally can only support 20 agencies right now": the cap said as what the writer can handle.
        phrase(`(?:I|we) (?:\\S+ )?(?:can|could) only (?:support|serve|handle|help|work with|take on) ${HOW_MANY}(?: more| new| \\S+)?? ${TAKERS}`),
        phrase(`(?:only|just) ${HOW_MANY} (?:more |new )?${TAKERS} (?:can|will|get to|may) (?:join|take part|participate|get in|be (?:accepted|admitted|onboarded|selected))`),
        phrase('once[- ]in[- ]a[- ]lifetime|time[- ]limited'),
        // Twins of the Dutch list ("tijdelijke actie", "nog 3 dagen geldig", "wees er snel bij").
        phrase('temporary (?:offer|discount|deal|promotion|price|pricing|rate)'),
        phrase('(?:only )?valid for (?:\\d+|a few|one|two|three|five|seven) (?:more )?(?:days|hours|weeks)'),
        phrase('be quick to (?:claim|grab|book|secure|sign up|register|get|reserve)|get in (?:early|quick) (?:to|before|while)'),
        phrase('(?:the )?last (?:few |remaining )?(?:spots|seats|places|tickets|slots|copies|units)'),
        phrase(`(?:off|discount|deal|offer|sale|pricing|price|rate) (?:is |runs |lasts |applies |holds |stands |is available )?(?:only )?(?:until|till|through|thru) ${WHEN}`),
        phrase("(?:will not|won't) be (?:repeated|offered again|available again|around for long)"),
        phrase('while (?:supplies|stocks?) lasts?|first come,? first served'),
        phrase('(?:filling|selling) up (?:fast|quickly)'),
        // "January is filling up", "I only work with 3-4 businesses per month": room running out.
        phrase("(?:is|are|'s|'re) (?:already |quickly |fast )?filling up"),
        phrase(`(?:I|we) (?:only|just) (?:work with|take on|take|accept|onboard) (?:\\d+(?:[-–]\\d+)?|${HOW_MANY}) (?:new |local )?${TAKERS} (?:per|a|each) (?:month|quarter|week|year)`),
        phrase('(?:today|tonight|this week|this weekend|\\d+ (?:hours?|days?)) only'),
        phrase('(?:only|just) (?:today|tonight|this week|this weekend)'),
        phrase('(?:a few|\\d+|only|just) (?:more )?(?:hours?|days?) (?:left|remaining|to go)'),
        phrase(
          // Not in a story of the past ("a discount that would expire on Friday").
          `(?<!(?:would|had|did|could|might)\\s+)(?:ends?|expires?|runs? out|closes?|closing|ending|expiring|running out) (?:on |this |next |in |at )?(?:today|tonight|tomorrow|soon|at midnight|${WEEKDAY}|${DATE}|(?:the )?end of ${MONTH}|${MONTH}(?= ?[.!?,;]| ?$)|in \\d+ (?:hours?|days?)|at the end of (?:the|this) ${PERIOD}|end of (?:the )?${PERIOD}|this ${PERIOD})`,
        ),
        phrase('valid (?:until|till|through|thru)(?! (?:you|further|cancell?ed|cancell?ation|revoked))'),
        phrase(
          '(?:offer|discount|deal|price|pricing|rate|promo|promotion|code|quote|proposal)(?: \\S+){0,3}? (?:is )?(?:only )?valid (?:until|till|through|thru)',
        ),
        phrase('(?:prices?|pricing|rates?) (?:will )?(?:go(?:es)? up|increases?|rises?|goes back up)'),
        phrase("after (?:that|this|today|tonight|\\S+day|this week|this month|the \\S+),? (?:it's|it is|it goes back to|you'll pay|you pay|we (?:move|go|switch|return|revert) to|(?:the )?pric(?:e|es|ing) (?:goes|go|returns?|reverts?) (?:back )?to) (?:the )?(?:full|regular|normal|standard) (?:price|prices|pricing|rates?)"),
        // The last round of an offer for a while: "my cohort in July will likely be my last one for a bit".
        phrase('(?:will|\'ll) (?:likely |probably |almost certainly )?be (?:my|our|the) (?:very )?last (?:one|cohort|round|intake|edition|batch|session|workshop|course|class|group|run)(?: for (?:a (?:while|bit)|now|this year|some time))?'),
        // Any takers the cap counts: "First 20 advisors get priority placement".
        phrase('(?:the )?first \\d+ (?:people|\\p{L}+s) (?:get|receive|pay|save|will get|will receive)'),
        phrase('for the first \\d+ (?:customers|clients|buyers|people|sign-?ups|subscribers|users|companies|teams|businesses|registrants)'),
        phrase('(?:almost|nearly) (?:full|sold out|gone|fully booked)'),
        // An offer kept for whoever acts in time: "the first month free for businesses that sign up this week".
        phrase(`(?:that|who) (?:sign(?:s)? up|book|books|order|orders|register|registers|join|joins|buy|buys|subscribe|subscribes|enrol(?:l)?s?) (?:by ${WHEN}|before ${WHEN}|(?:this|next) ${PERIOD}|today|tonight|within \\d+ (?:hours?|days?))`),
        phrase('selling (?:out )?fast|going fast'),
        phrase("(?:before|until) (?:it's|they're|they are|it is) (?:gone|sold out)"),
        phrase("(?:won't|will not) last(?: long)?"),
      ],
    },
    EN_SILENCE,
    {
      // Ultimatums: rules.md trigger 4 ("If I don't hear back I'll assume you're not interested"), and
      // the silence-means-no variants of break-up mail.
      kind: 'ultimatum',
      phrases: [
        phrase(
          "(?:if I (?:don't|do not|haven't|have not) hear(?:d)? (?:back|from you|anything)[^.!?;\\n]{0,40}?, )?(?:I'll|I will|I'm going to|I am going to|we'll|we will)(?: just| simply| then)? (?:assume|take (?:it|that|your silence) as|presume|conclude)[^.!?;\\n]*?(?=[.!?;\\n]|$)",
        ),
        phrase('unless I hear (?:otherwise|back|from you)'),
        // "If this one goes unanswered too, I'll read that as a no".
        phrase('(?:if|should) (?:this|it|my (?:note|email|e-mail|message)) (?:one )?(?:goes|stays|remains|is left) unanswered'),
        phrase("I(?:'ll| will) (?:read|take|treat|count) (?:that|it|this|your silence|no reply|no answer) as a (?:no|pass|not interested)"),
        phrase("(?:I guess|I take it|I assume|it seems|seems like|I'm guessing)(?: that)? you(?:'re| are) (?:not|no longer) interested"),
        // The break-up line "I assume [this] isn't a priority" after silence.
        phrase("I (?:assume|take it|guess) (?:that )?[^.!?;\\n]{0,60}?(?:isn't|is not|aren't|are not|not) (?:a |an |the )?(?:current |top |big )?(?:priority|relevant|right time|fit|focus)"),
        phrase('(?:no|a lack of) (?:reply|response|answer) (?:means|=|is) (?:a )?no'),
        // The silence read for the reader ("No reply usually means 'no time'") and the thread closed on it.
        phrase('(?:no|a lack of) (?:reply|response|answer) (?:usually|often|normally|typically|generally) means'),
        phrase("(?:I'll|I will|I'm going to|I am going to|I'm|I am) (?:go ahead and )?(?:close|closing|archive|archiving) (?:your file|the file|this thread|the thread|this one|this out)"),
        // Break-up mail's promise of silence ("I won't contact you again"); in a reply it may only accept the
        // reader's no, but tied to the reader's silence it presses in any thread.
        phrase(
          "if (?:I|we) (?:don't|do not|didn't|haven't) hear(?: back| anything)*(?: from you)?(?: by \\S+)?,? (?:then )?(?:I|we) (?:won't|will not|will no longer|'ll stop|will stop) (?:try(?:ing)? to )?(?:contact|reach out to|email|e-mail|message|bother|chase|follow up with|reach) you",
        ),
        // "I won't follow up again unless you'd like to discuss": the same promise, the reader left out.
        silence("(?:I|we) (?:won't|will not) (?:follow up|reach out|write|email|e-mail) (?:again|any ?more)"),
        silence("(?:I|we) (?:won't|will not|will no longer|'ll stop|will stop) (?:try(?:ing)? to )?(?:contact|reach out to|email|e-mail|message|bother|chase|follow up with|reach) you(?: again| any ?more| after this)"),
        phrase("(?:this is|this will be) the last you(?:'ll| will) hear from (?:me|us)"),
        phrase('(?:silence|no news) (?:means|is|=) (?:a )?no|silence is (?:also )?an answer'),
      ],
    },
    {
      // Pressure wording: rules.md trigger 5 ("you need to", "you must", "you can't afford to miss
      // this", "don't miss out"), plus the promise-of-no-regret lines of hard-sell copy. "All you need
      // to do", "do you need to …" and "you must be busy" are not pressure and are kept out.
      kind: 'wording',
      phrases: [
        phrase('(?<!(?:all|everything|what|anything|whatever|things?|that|do|if|when|whether|don\'t)\\s+)you (?:really |absolutely |simply |just |now |still |definitely |urgently )?(?:need|have|got) to(?! know| say| offer)', 'you may want to'),
        phrase('you must(?! (?:be|have|know)\\b)', 'you could'),
        phrase("you (?:can't|cannot|can not) afford (?:to (?:miss|ignore|wait|lose|pass)|not to)"),
        // The same said of the reader's organisation: "your school can't afford another year of falling scores".
        phrase("your (?:\\p{L}+ ){1,2}(?:can't|cannot|can not) afford (?:to (?:miss|ignore|wait|lose|pass)|not to|another)"),
        phrase("(?:don't|do not|didn't|did not) (?:want to )?miss (?:out|this|it|your chance|the chance|the boat)", ''),
        phrase("you (?:won't|will not) (?:regret (?:it|this)|want to miss (?:it|this|out))", ''),
        phrase("you(?:'ll| will) (?:kick yourself|regret (?:it|not))"),
        phrase("you(?:'d| would) be (?:crazy|mad|foolish|silly) (?:not )?to"),
        phrase('you owe it to yourself'),
        phrase('(?:action|response|reply) (?:is )?required'),
        phrase("(?:it's|it is) (?:essential|crucial|imperative|critical) (?:that you|to act)"),
      ],
    },
  ],
  deadlines: {
    // The reader's own step: verbs of replying, deciding and buying, from rules.md's examples
    // ("reply today", "sign by Friday") and the imperatives of direct-response mail. Verbs of meeting
    // ("join a call", "talk") are left out: a time on them is scheduling; so are gentle invitations
    // ("try it now", "download the guide today"), which name a step without pressing for it.
    verbs:
      "call us|book|reply|respond|answer|get back to (?:me|us)|let (?:me|us) know|decide|confirm|sign(?: up)?|signup|register|subscribe|enrol|enroll|order|buy|purchase|hire|pay|reserve|claim|grab|secure|lock in|act|approve|commit|click|apply|upgrade|start|get|send|accept|redeem|take advantage",
    decisionVerbs:
      'reply|respond|answer|get back to (?:me|us)|let (?:me|us) know|decide|confirm|sign(?: up)?|signup|register|order|buy|purchase|hire|pay|approve|commit|accept|act',
    markers: 'today|tonight|right away|immediately|straight away|at once|this (?:morning|afternoon|evening)|within (?:the next )?\\d+ (?:hours|minutes)',
    dateMarkers: `(?:by|before) ${WHEN}|no later than \\S+`,
    weakMarkers: "(?:right )?now(?!'s| (?:is|works|that|isn't|might|may)\\b)",
    purposeOpeners: ['to'],
    markerFirst: false,
    imperativeLead: ['please', 'just', 'so', 'and', 'or', 'then', 'simply', 'kindly', 'now', 'go', 'ahead', 'why', 'not'],
    secondPerson: ['you', 'your', "you'll", "you're", "you'd", 'you’ll', 'you’re', 'you’d'],
    possessives: ['your'],
    requestLeads: ['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'do', 'does', 'did', 'please', 'must', 'need', 'needs', 'ought', 'has', 'have'],
    clauseOpeners: ['if', 'when', 'once', 'so', 'and', 'but', 'then', 'unless', 'before', 'after', 'until', 'as', 'provided'],
    // Conditions a sales mail sets on the reader's step ("If you can sign it by Friday, …").
    conditionOpeners: [['if'], ['as', 'long', 'as'], ['so', 'long', 'as'], ['provided'], ['provided', 'that'], ['providing'], ['assuming']],
    objectMarkers: ['like', 'than', 'as', 'for', 'with', 'to', 'from', 'of', 'told', 'tell', 'show', 'help', 'let', 'get'],
    writerNeeds: ['need', 'needs', 'want', 'like', 'love', 'require', 'expect', 'hoping', 'hope', 'appreciate', 'recommend', 'suggest', 'advise', 'urge', 'encourage', 'ask'],
    firstPerson: ['i', 'we', "i'll", "we'll", "i'm", "we're", "i've", "we've", "i'd", "we'd", 'i’ll', 'we’ll', 'i’m', 'we’re', 'i’ve', 'we’ve', 'i’d', 'we’d'],
  },
  relief: {
    // Reassurance that reverses the phrase: "no need to act now", "you don't have to decide today",
    // "this isn't urgent".
    negation:
      "\\b(?:no|without (?:any )?|not any) ?(?:real )?(?:need|rush|hurry|pressure|obligation|deadline)\\b|\\b(?:don't|do not|doesn't|does not|won't|will not|never) (?:have|need|got) to\\b|\\bneedn't\\b|\\bnot (?:necessary|required|needed|urgent)\\b|\\b(?:no|not|never|isn't|is not|aren't|are not|without)\\s*$",
    // Polite offers in which the writer is the one who acts ("Happy to send the deck over as soon as possible").
    writerOffer:
      "^\\W*(?:(?:and|so|but|also)\\s+)?(?:more than |always |very )?(?:happy|glad|delighted|pleased|keen|ready|able) to\\b(?!\\s+(?:hear|get|receive|have)\\s+(?:from|back|your|an?)\\b)",
    // Questions about current practice (discovery-call practice: "How do you book freight today?").
    practiceQuestion:
      "^\\W*(?:(?:and|so|also|quick question)\\W+)?(?:(?:do|does|are|is) (?:you|your \\S+)(?: \\S+)? (?:still|currently|usually|normally|typically|generally|always|often|ever)\\b|(?:how|what|who|which|where|when)\\b(?:\\s+\\S+){0,3}?\\s+(?:do|does|did|is|are)\\b(?!\\s+(?:i|we)\\b)(?!\\s+you\\s+(?:want|plan|intend)\\b))",
    // Third parties as subject: the reader's customers or team, the writer's team, other firms.
    otherSubject: "^\\W*(?:(?:and|so|but|also)\\s+)?(?:(?:your|our|their|his|her|retailers|customers|clients)\\s+\\S+|(?:most|many|some|all|other)\\s+(?!\\S+ly\\b)\\S+)",
    duty: "\\b(?:should|must|need|needs|have to|has to|ought)\\b",
    // Case stories of sales mail: what a client had to do, or told the writer.
    narration:
      "\\b(?:had|needed|wanted|decided|chose|tried|was able|were able|was forced|were forced|used) to\\s*$|\\b(?:told (?:me|us)|asked (?:me|us|them|him|her)|said|explained|recalled|last (?:year|month|week|quarter)|(?:years?|months?|weeks?) ago|(?:a|one) (?:client|customer) of ours)\\b",
    // Waiting as a habit that career and sales-craft posts warn against ("don't wait for permission").
    habitUrgency: "^(?:don't|do not|never|stop) (?:wait|waiting|delay)\\b",
    // The vocabulary of an offer or a purchase, from promotional posts and sales mail.
    offerContext:
      "\\b(?:buy|purchase|order|sign(?:ing)? up|subscribe|enrol(?:l)?|register|book|reserve|grab|claim|secure|lock in|seats?|spots?|places?|tickets?|price|pricing|rates?|offer|deal|discount|coupon|promo|sale|trial|demo|quote|contract|early[- ]bird|enrolment|enrollment|registration|checkout|cart)\\b",
    // General advice with a generic "you": the consequent of a condition ("If you want better
    // numbers, you need to …", "To win, you must …") or "then / sometimes you need to".
    adviceLead:
      "\\b(?:if|when|whenever|once|to)\\b[^.!?;:\\n]*,\\s*(?:then\\s+)?$|(?:^|[,—–-])\\W*(?:(?:and|but|so|yes|no)\\W+)*(?:then|sometimes|often|first|of course)\\s+$",
    // English has no topic drop; nothing opens a sentence this way.
    adviceOpening: '(?!)',
  },
};
