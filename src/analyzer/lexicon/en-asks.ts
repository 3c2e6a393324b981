/**
 * English phrase classes for finding asks, as data. Words are lower case with contractions
 * expanded ("I'd" → "i would", "let's" → "let us", "don't" → "do not"); the phrase syntax is in
 * ../asks/phrases.ts. "rules.md" below means the product definition of asks; "practice" means
 * common sales-writing and cold-outreach usage the classes generalise from.
 */
import { phrases } from '../asks/phrases';

/** Words that open a clause without changing what it asks ("So, …", "Just reply …"). Practice. */
export const CLAUSE_LEADS = phrases([
  'and', 'but', 'so', 'also', 'just', 'simply', 'now', 'then', 'or', 'plus', 'still', 'ps', 'p.s', 'p.s.', 'oh', 'btw',
  'by the way', 'in the meantime', 'meanwhile', 'finally', 'lastly', 'either way', 'otherwise', 'anyway', 'ok', 'okay',
  'well', 'quick question', 'quick one', 'one more thing', 'honestly', 'kindly', 'go ahead and', 'be sure to',
  'make sure to', 'remember to', 'do not forget to', 'why not', 'all you need to do is', 'all you have to do is',
  'first', 'next', 'today', 'right now', 'here', 'hey', 'hi',
]);

/**
 * Verbs that, opening a clause in the base form, ask the reader to act (rules.md: "Reply 'yes'",
 * "Book a slot", "Download the guide", "Try it free"; practice: the usual call-to-action verbs of
 * emails, landing pages and posts). Multi-word entries pin a sense ("take a look", not "take breaks").
 */
export const REQUEST_VERBS = phrases([
  // answering
  'reply', 'respond', 'answer', 'write back', 'hit reply', 'text back', 'tell me|us', 'let me|us know',
  // writing to an address: "Write to jobs@…", "write on [email]" (passive with "if you have questions", CONTACT_VERBS)
  'write to|on|at',
  // meeting and scheduling
  'book', 'schedule', 'reserve', 'pick a|your|any', 'choose a|your', 'find a time', 'grab a|some|your|#|15|30|coffee',
  'set up a|some|time', 'hop on', 'jump on', 'meet me|us', 'come to|by|along|and', 'stop by', 'drop by', 'swing by',
  // signing up, buying, starting
  'register', 'sign up', 'signup', 'enroll', 'enrol', 'subscribe', 'join', 'attend', 'rsvp', 'apply', 'order', 'buy',
  'purchase', 'shop', 'claim', 'redeem', 'hire us|me|our|the|a', 'use code|the', 'lock in', 'get started', 'start your|a|today|now|free|using|saving|increasing|growing|getting|making|selling|building|winning',
  'upgrade', 'install', 'download', 'fill out|in', 'fill it|this|them|that in|out', 'complete the|our|this', 'submit', 'request', 'approve', 'confirm',
  'accept', 'sign it|the|here|this|and|now|today|below|through|via|page|pages|off|where|at|both|each|your|our',
  // paperwork sent back to the writer: "Initial each page", "Countersign the order form", "Return the signed copy"
  'countersign', 'initial each|every|the|all|page|pages|here|below', 'return it|the|this|them|your|a|both',
  // putting time aside for the writer: "Pencil in 20 minutes", "Block out Thursday morning"
  'pencil in|me|us|a|some', 'block out|off a|some|time', 'block out|off #', 'block a|some|time', 'block #', 'get back to me|us',
  'pass this|it|them on|along', 'pass this|it|them to', 'take this|it|these|them to', 'save your|a|my', 'act now|today|fast|quickly',
  // looking
  'try', 'test', 'click', 'tap', 'visit', 'go to|over', 'head to|over', 'check out|it|this|our|the|them', 'watch',
  'listen to|in|now|here', 'read the|our|more|this', 'take a look|peek|moment|minute|second|few', 'take the|our',
  'have a look|peek|read|listen|browse|play|try|go',
  'see how|it|the|our|for|what',
  'explore', 'discover', 'learn more|how', 'find out', 'view', 'browse', 'save this|the|it', 'link in|below',
  'follow us|me|the|this|along|for|our|my', 'give our|my|the|us|me|this', 'hit the|follow|subscribe|like|reply', 'grab it|them|yours|the',
  'get your|a|an|access|in|started|yours|the|it|one',
  // contacting and passing on
  'call', 'phone', 'ring', 'email', 'e-mail', 'text', 'message', 'dm', 'ping', 'contact', 'reach out', 'get in touch',
  'drop me|us|a|your|them|by|in', 'send me|us|over|it|the|a|an|your|in', 'fax', 'mail your|the|us', 'give me|us',
  'shoot me|us', 'share your|with|this|it|in|below|yours', 'say so|yes|no', 'say the word',
  // passing the offer on: "tell your ops team about it"
  'tell your|others|colleagues|friends|anyone|someone|a', 'forward', 'introduce me|us', 'point me|us', 'connect me|with|us', 'add me|us', 'loop in', 'refer',
  // reacting to a post
  'comment', 'vote', 'support', 'tag', 'repost', 'wish me|us', 'type', 'like if|this|and|it',
]);

/**
 * Request verbs a post also uses for advice ("Apply for jobs that excite you", "Reach out to
 * recruiters", "Ask for feedback"). In a post they ask only when they point at the writer, this
 * post or a link (practice: job-seeker and leadership posts are full of such advice).
 */
export const ADVICE_PRONE_VERBS = phrases([
  'apply', 'join', 'connect', 'reach out', 'contact', 'call', 'ask', 'share', 'follow', 'learn', 'read', 'explore',
  'discover', 'try', 'start', 'take', 'send', 'message', 'email', 'text', 'get', 'find out', 'see', 'support', 'test',
  'watch', 'listen', 'view', 'pick', 'choose', 'request', 'complete', 'accept', 'confirm', 'submit', 'act', 'attend',
  'visit', 'go to', 'head', 'save', 'give', 'forward', 'introduce', 'refer', 'ping', 'schedule', 'book', 'set up',
  'have', 'tell', 'return', 'block', 'pencil', 'pass', 'initial',
]);

/** What makes such a verb point at the writer's offer rather than give advice. */
export const WRITER_POINTERS = phrases([
  'me', 'us', 'my', 'our', 'this', 'here', 'below', 'now', 'today', 'link', 'comments', 'comment', 'dm', 'dms', 'inbox',
  'free', 'spot', 'seat', 'copy', 'for more', 'along',
  // the offer held out to whoever fits it: "Reach out to Deep if you qualify and are interested"
  'if you qualify', 'if you are interested', 'if interested',
]);

/** Request verbs that only invite contact; with a "whenever / if you have questions" they are passive closers (rules.md). */
export const CONTACT_VERBS = phrases([
  'reach out', 'reach me|us', 'contact', 'get in touch', 'call', 'phone', 'ring', 'email', 'e-mail', 'ask', 'message',
  'write', 'drop me|us', 'let me|us know', 'text', 'ping', 'get back', 'shoot me|us', 'give me|us a',
]);

/**
 * Conditions that turn an invitation to contact into a passive closer: help is offered if the
 * reader ever needs it, no step is named. rules.md: "Let me know if you have any questions",
 * "Feel free to reach out"; practice: "whenever", "down the road".
 */
export const PASSIVE_CONDITIONS = phrases([
  'questions', 'question', 'anything', 'any thing', 'help', 'assistance', 'concerns', 'need', 'needs', 'anytime', 'any time',
  'whenever', 'ever', 'in the future', 'down the road', 'down the line', 'later on', 'more information',
  'more info', 'more details', 'clarification', 'should you',
]);

/** Openers that make what follows optional, so a contact verb after them asks for nothing (rules.md). */
export const PASSIVE_FRAMES = phrases([
  'feel free to', 'please feel free to', 'do not hesitate to', 'please do not hesitate to', 'you can always',
  'you are welcome to', 'you can reach me|us', 'you can contact me|us', 'you can find me|us',
]);

/** Closers that only hope for a reply (rules.md: "Looking forward to hearing from you"; practice). */
export const PASSIVE_CLOSERS = phrases([
  'looking forward', 'look forward', 'i|we look forward', 'i|we am|are looking forward', 'hope to hear', 'hoping to hear',
  'i|we hope to hear', 'hope to see you', 'i|we hope to see you', 'talk soon', 'speak soon', 'hope this helps',
  'thanks in advance', 'thank you in advance',
  'have a great|good|nice|lovely', 'enjoy your|the', 'take care', 'cheers', 'all the best', 'best of luck',
  'wishing you', 'no rush', 'no pressure', 'no obligation', 'no worries', 'no hard feelings',
]);

/** Offers of the writer's availability: not asks (rules.md: "Happy to jump on a call if useful", "I can send more info"). */
export const AVAILABILITY_OFFERS = phrases([
  'happy to', 'i|we am|are happy to', 'i|we would be happy|glad|delighted to', 'glad to', 'more than happy to',
  'i|we can', 'i|we could', 'i|we will', 'i|we am|are available', 'i am around', 'i am free', 'i am at', 'i am here',
  'we are here', 'my calendar is', 'the door is', 'we offer', 'we provide', 'we help', 'i help', 'i|we would be glad',
]);

/** Wish frames (rules.md: "I'd love to connect", "Would love to show you a 10-minute demo"). */
export const WISH_FRAMES = phrases([
  'i|we would really|so|very|still? much? love|like to', 'would really|so|still? love|like to', 'love to',
  'i|we would really|so? love|appreciate|welcome|value', 'would really? love|appreciate|welcome|value', 'i|we would be keen to',
  // what the step would do for the writer: "It would really help me if you could tell me who decides"
  'it would really|hugely|greatly? help me|us', 'would really|hugely|greatly? help me|us',
  // a connection note's "(I) wanted to connect with …": the step it names makes it a wish (WISH_STEPS)
  'i|we wanted|want to', 'wanted to',
  // an invitation put as a wish: "I wished to invite you to join"; the reader's view wanted: "I want your take"
  'i|we wish|wished to', 'i|we really? want|need',
  'keen to', 'hope to|we', 'it would be great|good|nice|lovely|awesome|wonderful to',
  'would be great|good|nice|lovely|awesome|wonderful to',
  // a connection note's "Always good to connect with people in …": the step it names makes it the invitation
  'always great|good|nice|handy|useful|helpful to',
  'i|we am|are hoping to|we', 'hoping to|we', 'i|we hope to|we',
  // the reader's view hoped for: "I was hoping for your insight as to whether we're a good fit"
  'i|we was|were|am|are just? hoping for', 'hoping for', 'i|we really? want to', 'i|we would be grateful|thankful for|if',
  'i|we am|are keen to', 'i|we would be very|really|so|most? interested to|in',
  // a proposal names the step too: "I'd suggest a short call", "I propose we meet on Tuesday"
  'i|we would suggest|propose|recommend', 'i|we suggest|propose',
]);

/**
 * What a wish must name to be an ask: a step the reader takes with the writer (rules.md: connect,
 * a demo; practice: the usual first steps of outreach) or the reader's view.
 */
export const WISH_STEPS = phrases([
  'connect', 'follow each|one other|another', 'if you could|can|would', 'a lot|enormously|hugely if you could|can|would', 'chat', 'talk', 'speak', 'meet', 'catch up', 'set up', 'schedule', 'book', 'arrange', 'find a time',
  // picking a thread up again: "I'd love to reconnect", "would love to pick this back up"
  'reconnect', 'reconnecting', 'pick this|it|things back? up', 'resume', 'continue the|our',
  'hop on', 'jump on', 'grab', 'demo', 'show you|your', 'walk you', 'give you a', 'invite you', 'have you', 'see you',
  // the reader's side taking part: "would love to have someone from your team present a webinar"
  'have someone|somebody|one from|of|on your',
  'add you', 'welcome you',
  'discuss', 'explore', 'compare notes', 'get|hear|learn|know your', 'get to know', 'hear what|how|about|more|whether|if|which',
  'hear from anyone|others|people|readers', 'learn more about your',
  'learn how you', 'understand your|how', 'introduce', 'partner', 'work with|together', 'collaborate', 'support each',
  'exchange', 'pick your brain', 'your thoughts|feedback|input|take|view|views|opinion|perspective|support|vote|help|reply',
  'your response|answer|advice|insight|insights|reaction|two', 'get your', 'hear your', 'it if you', 'you to', 'you joining',
  // the reader's view with a word before it ("I'd value your operational take"), a name to go to ("grateful for a pointer")
  'your * thoughts|feedback|input|take|view|views|opinion|perspective|advice|insight|insights',
  'a|any pointer|pointers|steer|referral|recommendation|introduction|intro',
  'connecting', 'chatting', 'talking', 'speaking', 'meeting', 'showing you', 'a quick|short|brief',
  // the answer asked for under a condition: "If it is not relevant, I'd like to hear that too"
  'hear that|it|so too', 'hear that|it|so as well',
  // the reader's answer itself: "I'd still love to know if there's another way to work together"
  'know if|whether|what|how|which',
  // a piece the reader takes in: "Would love to contribute an article", "I'd love to write a guest post for you"
  'contribute', 'write a|an guest? post|article|piece', 'guest post|posts',
  'the|a connection', 'connecting with you|here',
]);

/**
 * A step the writer and the reader take together, proposed with "we can / could" ("Maybe we can
 * benefit from being connected here", "Perhaps we could help each other"): the "we" holds the
 * reader, so it is a proposal, where "we can help you" offers the writer's availability.
 */
export const JOINT_STEPS = phrases([
  'connect', 'be|stay|get connected', 'benefit from', 'help each|one other|another', 'learn from each|one other|another',
  'compare notes', 'swap notes|ideas|stories', 'exchange ideas|notes|thoughts', 'work together', 'collaborate', 'team up',
  'partner up?', 'join forces', 'meet up|sometime|soon|next|this|for|over|in', 'chat', 'talk', 'catch up', 'grab a|some coffee|call|chat',
  'hop|jump on a call', 'set up|schedule|book|arrange a|some call|chat|meeting|time', 'find a time', 'explore working|a|how|whether|if',
  'do something|more together', 'sync', 'get on a call',
]);
/** "I'd be very glad if you could …": a polite request put as the writer's gratitude for the step. */
export const POLITE_IF_REQUESTS = phrases([
  'i|we would be very|really|so|most|extremely|truly|incredibly? grateful|thankful|glad|happy|delighted|pleased|obliged if you could|would|can|might',
]);

/** Nouns for the reader's answer; "a quick reply would help" asks for one (corpus-style follow-ups; practice). */
export const REPLY_NOUNS = phrases([
  'a|your|any quick|short|simple? reply|response|answer|yes|no|note|word|feedback|thoughts|input',
  // "One word back and I'll leave it there", "A one-word reply is enough"
  'one word|reply|line', 'a single word|reply|line', 'a one|two word|line reply|answer|response',
]);
/** What such a noun is said to do, making it a request. */
export const REPLY_EFFECTS = phrases(['would|will help|be|make|mean|do', 'is|are appreciated|welcome|welcomed|enough|all|fine', 'back and|is', 'does it']);

/** Indirect questions to the reader ("Wondering if that's worth a conversation"; practice). */
export const INDIRECT_QUESTION_FRAMES = phrases([
  'wondering if|whether', 'i|we am|are|was|were wondering if|whether', 'curious if|whether|what|how',
  // "I'd like to check if you're ready to discuss further", "I just need to know whether …"
  'like|love to check|see|know|ask if|whether', 'need to know if|whether',
  'curious to hear|know|learn|see', 'want|wanted to see|check|know|ask if|whether', 'to ask if|whether',
  // "I wanted to ask you whether …"; not "questions to ask you", someone else asking.
  'to ask you if|whether|what|how|which|who|when|about',
  'see if|whether you', 'would like to know if|whether', 'i wonder if|whether',
  // The message's purpose put as finding out: "I'm reaching out to see whether this is on your radar",
  // "Writing to check if a pilot makes sense for you", "Dropping a line to ask if …".
  'writing|calling|emailing|messaging|texting|reaching|following|checking|circling|touching|getting|pinging out|up|in|back|base|by? touch? to see|check|ask|learn|confirm|know|find out? if|whether',
  'a|this line|note|message to see|check|ask|learn|confirm|know|find out? if|whether',
]);

/** Words that make an indirect question or a question about the reader's situation a question of interest. */
export const INTEREST_WORDS = phrases([
  'you', 'your', 'yours', 'worth', 'interest', 'interested', 'open', 'fit', 'relevant', 'make sense', 'makes sense', 'ready',
]);

/** "Let's …" is an ask when it proposes a step together (rules.md: "Let's set up a call"), not a slogan ("Let's stop …"). */
/**
 * "Worth 20 min if you're looking at agents.", "Might be worth a quick call": the reader's step
 * weighed as worth it, a statement where "Worth a chat?" is a question (rules.md).
 */
export const WORTH_A_STEP = phrases([
  'might|could|may? be? worth a|an? #? quick|short|brief|few? min|mins|minute|minutes|call|chat|conversation|look|intro|demo|coffee',
]);

export const LET_US_STEPS = phrases([
  // "Let's stay connected" after meeting at an event asks to connect; "stay in touch" only closes.
  'connect', 'stay connected', 'chat', 'talk', 'speak', 'meet', 'set up', 'schedule', 'book', 'find a time', 'hop', 'jump', 'grab',
  'get on|together|started|in touch|a|some|time', 'get #', 'discuss', 'explore', 'catch up', 'compare notes', 'make it|this happen',
  'do it|this', 'continue', 'see if|whether|how', 'pick', 'work together', 'try', 'team up', 'start', 'find out',
  'set a|some|time', 'take it|this', 'have a', 'do a|an', 'run a|an|through', 'walk through', 'sit down', 'find', 'carve out', 'block', 'lock in|a|it|this|the', 'put something|a|time|some', 'put #',
]);

/** After "let me know if …": tails that only offer help, a passive closer (rules.md). */
export const LET_ME_KNOW_PASSIVE = phrases([
  'if|when you have|got any? other|more|further? questions|question|concerns', 'if there is anything|something',
  'if you need anything|help|assistance|more|any', 'if anything|something', 'if i|we can help|assist|be',
  'if you have any|other? questions', 'should you have|need',
]);

/** Verbs that give advice or ask for attention, never a step (practice; posts: "Take breaks, breathe, and remember …"). */
export const NON_REQUEST_VERBS = phrases([
  'remember', 'note', 'imagine', 'consider', 'think', 'trust', 'breathe', 'believe', 'understand', 'know', 'keep',
  'bear', 'be', 'stay', 'stop', 'relax', 'allow', 'excuse', 'pardon', 'forgive', 'enjoy', 'thank', 'accept my|our apologies|apology|thanks|gratitude|condolences|sympathy',
  'ignore', 'disregard', 'rest', 'focus', 'notice', 'picture', 'guess', 'say', 'let',
  // "Please find attached …", "See below": pointers inside the message, not steps
  'find attached|enclosed|below|the|our', 'see attached|below|enclosed|above',
]);

/** Unsubscribe and removal lines of bulk mail: instructions, not asks (practice: mailing-list footers). */
export const OPT_OUT_WORDS = phrases([
  'unsubscribe', 'remove', 'removed', 'removal', 'opt out', 'opt-out', 'optout', 'stop receiving', 'no longer wish|want',
  'mailing list', 'future mailings',
]);

/**
 * Steps a reader is asked for as a condition ("If you can get me the numbers, we can …", "If you can
 * spare 15 minutes, …") beyond REQUEST_VERBS: handing something over or making time. Practice: replies.
 */
export const IF_YOU_CAN_STEPS = phrases([
  'get me|us', 'share', 'send', 'forward', 'spare #', 'spare a|some few|minute|moment|minutes|hour|time', 'spare the|some time', 'find|make|carve out #', 'find|make|carve out a|some|the|time',
]);

/** Headers that call attention to what follows, not to a step: "PLEASE READ:", "Note:". Practice. */
export const ATTENTION_HEADERS = phrases([
  'please? read|note|see this|below|carefully?', 'attention', 'important', 'heads up', 'nb', 'n.b', 'fyi', 'urgent',
]);

/** A second request after "and" that carries out the first (looks, tries, or answers): one ask. Practice. */
/** Openers of a question spliced on after a comma: "…, want me to send it over?", "…, would you be open to it?". */
export const SPLICED_QUESTION_OPENERS = phrases([
  'want me|us|to|a|some', 'fancy a|some', 'would|could|can|will you', 'shall|should|can|could|may i|we',
]);

/** Steps that come back to the writer: the second half of "Run the numbers and tell me what you see". */
export const ANSWER_STEPS = phrases([
  'tell me|us', 'let me|us know', 'get back to me|us', 'reply', 'respond', 'write back', 'send me|us', 'show me|us',
]);

export const CONTINUES_FIRST_STEP = phrases([
  'try', 'see', 'explore', 'check', 'look', 'read', 'click', 'discover', 'browse', 'let me|us', 'reply', 'respond',
  'tell me|us', 'get back', 'get started', 'start', 'sign', 'return', 'send it|them back', 'fill in|out', 'complete',
]);

/**
 * A contact request that names what the contact is for: "Feel free to call me to set up a time".
 * The softener then only makes a concrete step polite (rules.md keeps "Feel free to reach out"
 * passive: the generic verbs "reach out", "contact", "get in touch" stay passive whatever follows).
 */
export const CONCRETE_CONTACT_VERBS = phrases([
  'call', 'phone', 'ring', 'email', 'e-mail', 'text', 'message', 'ping', 'drop me|us', 'shoot me|us', 'give me|us a',
]);
export const CONTACT_PURPOSES = phrases([
  'to set up|book|schedule|arrange|plan|fix|find|pick|lock|grab|start|order|claim|reserve|confirm',
  'to get started|access', 'to sign up', 'for a|an|the|your demo|trial|quote|slot|walkthrough|intro|meeting|call|sample',
]);

/** Navigation steps: whatever follows "and" is done at the place they open ("Click the link and fill in the form"). */
export const NAVIGATION_STEPS = phrases(['click', 'tap', 'go to', 'head to|over', 'visit', 'open', 'log in', 'login', 'follow the|this link']);
