/**
 * English question lexicons (phrase notation: asks/phrases.ts): which questions greet, hook,
 * ask for a name, a decision or a view, or propose a step without their verb. Read by
 * asks/en-question.ts and asks/en-clause.ts.
 */
import { phrases } from '../asks/phrases';

/** Pleasantries: questions that only greet (rules.md: "How are you?"; practice). */
export const PLEASANTRIES = phrases([
  'how are you|things|ya', 'how is it|everything|life|business going?', 'how have you been', 'how are you doing',
  'how was your|the weekend|week|holiday|holidays|trip|vacation|summer|break|day|conference|event|flight|launch',
  'how is your|the week|day|weekend|quarter|summer|month|year|morning going?', 'how is the|your new role|job',
  'how is it going',
  'what is up', 'hope you are well', 'hope all is well', 'all good', 'how goes it', 'how are things going',
]);

/**
 * Questions for a name: someone the reader knows who can help, or can do a job ("Who knows a good
 * bookkeeper in Leeds?", "Does anyone know a reliable installer?"). A request wherever it stands.
 */
export const REFERRAL_QUESTIONS = phrases([
  'who knows|has a|an|someone|somebody|anyone|anybody|any', 'who can|could recommend|suggest', 'who would you recommend|suggest',
  'does|do anyone|anybody know|have|recommend', 'anyone|anybody know|have|recommend',
  'do you know anyone|anybody|someone|somebody', 'do you know a|an good|reliable|great|trusted',
  'can|could anyone|anybody|you recommend|refer',
]);

/**
 * Hook and rhetorical openers: questions the writer answers or uses to start a story (rules.md:
 * "Ever wondered why churn spikes in March?", "The result?"; practice: the usual post hooks).
 */
export const HOOK_QUESTIONS = phrases([
  'ever wondered|wonder|thought|noticed|tried|asked|felt|seen|had|been', 'have you ever', 'did you know',
  'do you want to know', 'do you know what|why|how', 'what if', 'guess what', 'know what', 'want to know', 'wondering why|how|what',
  'sound|sounds familiar', 'ring a bell', 'ever',
  // "The result?", "The catch?": a noun announcing what the writer says next
  'the|my|our result|results|catch|problem|solution|answer|twist|kicker|lesson|lessons|takeaway|truth|reason|secret',
  'the|my|our outcome|difference|verdict|punchline|irony|question|point|goal|fix|plan|idea|trick|key|best|worst',
  'the|my|our real|bottom|math|numbers|upshot',
  'why', 'how so', 'how come', 'who knew', 'who has time', 'who does not', 'who would not', 'who is not',
  'what happened', 'what changed', 'what is it', 'what does this|that|it mean', 'what did we|i', 'why did we|i',
  'how did we|i', 'am i', 'did i', 'was i', 'have i', 'do i', 'is it just me', 'why is this|that|it',
  'why does|do|did this|that|it', 'is that|this not', 'is not that|this|it', 'crazy', 'right', 'so what', 'what now',
  'now what', 'the ones', 'you know what', 'the best part', 'what is the catch|secret|difference|point',
  'did you see|get|receive|read my|our last|previous|earlier|email|message|note|mail|proposal|invite',
  'have you seen|received|read my|our', 'did my|our',
]);

/** Question openers that ask the reader to decide, commit time, or say what they think (rules.md "Asks"). */
export const DECISION_QUESTIONS = phrases([
  // requests and proposals: "Would you be open to …?", "Could we book …?", "Shall I send …?"
  'would|could|can|will you', 'would|could|can|will not you', 'would|could|can|shall|should|may|might i|we',
  'are you open|interested|free|available|around|up|keen|the|still|considering|planning|able|happy|ok|okay|game|willing|ready',
  'do|did you have|got time|#|availability|space|room|bandwidth|capacity|thoughts|interest|someone|anyone',
  'do|did you have|got a|an minute|moment|few|slot|chance|preference|hour|window',
  'do|did you have|got any thoughts|interest|time|availability|feedback', 'have you had|got a|any|time',
  'do you want|fancy|think|prefer|agree|mind|reckon', 'is there someone|anyone|interest|room|value|time',
  // the question named as the writer's, put to the reader: "One question I had was if …?", "My question is whether …?"
  'one|my|the|a|quick|main question i|we have|had was|is', 'my|the|one question is|was if|whether',
  // asking leave for the writer's next step: "Okay if I send it over?", "Mind if I share a short example?"
  'okay|ok|alright|cool|fine if i|we', 'mind if i|we', 'would|will|is it be? okay|ok|alright|fine|cool if i|we|to',
  // the same with "Okay" read as a lead word: "(Okay) if I send it over?"
  'if i|we send|share|forward|pass|drop|show|introduce|add|call|email|book|schedule|set|put',
  'is there a|any chance|good|time|slot',
  // what the reader needs from the writer: "Are there specific concerns I should address?", "Is there anything else you need?"
  'are there any|specific|particular|other concerns|questions|requirements|objections|topics|areas|things',
  'is there anything|something|any concern|any question',
  // opinion: "What do you think of this idea?"
  'what do you think|reckon|say|make', 'what are your thoughts|views', 'what would you say|think|add|do|recommend|change',
  'what is your take|view|opinion|experience|approach|biggest|favorite|favourite|go-to|process|stance|reaction|answer|advice',
  'how does|do|would that|this|it sound|look', 'how does|do|would * sound|look|work', 'how does|do|would * * sound|look|work',
  'how does|do|would * * * sound|look|work', 'how does|do|would * * * * sound|look|work', 'how about',
  'any thoughts|feedback|interest|takers|reactions|objections',
  'thoughts', 'agree', 'does|do this|that|it resonate', 'sound|sounds good|interesting|fair|like|ok|okay|reasonable',
  'how would you', 'where do you stand', 'which do|would you', 'what is the best way to',
  // time and people: "What day works?", "Who handles onboarding on your team?"
  'what works|suits', 'what would work|suit', 'what|which would be most|more|the most? helpful|useful|valuable|relevant', 'which would help|suit|work',
  'what time|times|day|days|date|dates|slot|week',
  'when are|would|could|can|works|suits', 'when is a|the|good|best|better|easier|easiest',
  'which day|days|date|dates|time|times|option|slot|one|works|suits|week',
  'who handles|owns|manages|leads|runs|looks|should|else|makes|decides|oversees|handle|own|manage|lead|run|decide',
  'who signs|approves|sign|approve|buys|buy|owns|chooses|choose|picks',
  // "Who on your team looks after onboarding?", "Who at Acme handles vendor security?"
  'who on|in|at|within * handles|owns|manages|leads|runs|looks|decides|oversees|signs|approves|buys|is',
  'who on|in|at|within * * handles|owns|manages|leads|runs|looks|decides|oversees|signs|approves|buys|is',
  'who is the right|best|person|decision|one', 'who is right|best|responsible|in', 'who would be', 'who do|should i|we|you',
  // elliptic: "Worth a chat?", "Interested?", "Open to connecting?"
  'worth', 'interested', 'open to', 'keen', 'up for', 'fancy', 'interesting|relevant|useful enough to|for', 'free for|to|on|this|next|tomorrow', 'available',
  'mind if', 'ok|okay|alright if', 'want to|me|a', 'care to', 'still interested|keen|open|on', 'curious', 'game for',
  'time for', 'make|makes sense', 'better to|if', 'coffee', 'know anyone|someone|somebody',
  'do you know anyone|someone|somebody|who',
  'a|quick|short|brief? quick|short|brief? call|chat|demo|coffee|meeting|intro|walkthrough|look',
]);

/** Steps and their objects: a value question about one of these asks about a next step ("Would a call make sense?"). */
export const STEP_NOUNS = phrases([
  'call', 'chat', 'demo', 'meeting', 'conversation', 'coffee', 'intro', 'introduction', 'walkthrough', 'look',
  'minutes', 'minute', 'slot', 'trial', 'audit', 'sample', 'session', 'time', 'this', 'it', 'that', 'idea', 'me',
  'tuesday', 'wednesday', 'thursday', 'friday', 'monday', 'week', 'tomorrow',
]);

/** Value words: with an auxiliary-first question they ask whether a step is worth it ("Would a call make sense?"). */
export const VALUE_WORDS = phrases([
  'make|makes sense', 'worth', 'helpful', 'useful', 'relevant', 'of interest', 'interest you', 'a fit', 'a good fit',
  'valuable', 'of value', 'appeal', 'appeals', 'suit you', 'suits you', 'resonate', 'resonates', 'sound good',
  'sounds good', 'work for you', 'works for you', 'on your radar', 'on your list', 'a priority', 'priority',
  'focused on', 'focusing on', 'interested', 'open to', 'be useful', 'be of help', 'work', 'help',
  // comparing options for a step: "Would Tuesday or Wednesday be better for a quick intro?"
  'better', 'best', 'easier', 'convenient', 'suit', 'suits', 'good for you',
  // what the idea would change for the reader: "Would that make a difference for your team?"
  'make a difference', 'make a dent', 'move the needle', 'change things',
]);

/** Auxiliaries that open a yes/no question. */
export const QUESTION_AUXILIARIES = phrases([
  'is', 'are', 'would', 'will', 'could', 'does', 'do', 'did', 'can', 'might', 'should', 'shall', 'has', 'have', 'may',
]);

/** A question ending in one of these only seeks agreement with the writer ("…, right?"). Practice. */
export const TAG_QUESTION_ENDINGS = phrases(['right', 'is it not', 'is not it', 'do not you think', 'no', 'yes', 'eh', 'huh']);

/** Second-person words: a question about the reader's own situation. */
export const READER_WORDS = phrases(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ya']);

/**
 * Steps a short verbless question can propose on its own: "Thursday call?", "Coffee next week?",
 * "Quick demo for your team?" (practice: follow-ups and P.S. lines drop the verb).
 */
export const PROPOSED_STEPS = phrases([
  // a length of the reader's time: "10 min this week?", "15 minutes Friday?"
  '# min|mins|minutes|minute',
  'call', 'chat', 'demo', 'meeting', 'coffee', 'intro', 'walkthrough', 'session', 'catch-up', 'catchup', 'lunch',
  'zoom', 'video call', 'phone call', 'tour', 'trial', 'pilot', 'meet', 'visit',
]);

/** How many words a verbless question may have and still be a proposal rather than a heading. */
export const PROPOSAL_MAX_WORDS = 6;

/** Openers of a verbless question that make it a hook, not a proposal ("Why a call?", "What about calls?"). */
export const NOT_PROPOSALS = phrases(['why', 'how', 'what', 'who', 'the', 'my', 'our', 'cold', 'sales', 'i', 'we']);

/**
 * "(Do you) want …?": the dropped-subject offer ("Want early access?", "Want one?"). Hooks with
 * the same opening ("Want to know why?") are listed in HOOK_QUESTIONS and read first.
 */
export const ELLIPTIC_OFFERS = phrases([
  'want', 'wanna', 'need a|an|the|some|one|it|more|early|access|help|hand',
  // "(Have you) got 30 mins thursday?", "Got a minute this week?": the DM form asking for the reader's time.
  'got|have #', 'got|have time|availability|bandwidth|room|space', 'got|have a|any|some few|minute|moment|sec|second|slot|window|gap|time',
]);

/**
 * The writer answering his own opening question (rules.md: hook questions the writer answers are
 * not asks): "Mine was…", "For us it was…", "In my case…". Practice: story posts.
 */
export const WRITER_ANSWERS = phrases([
  'mine', 'ours', 'for me|us', 'in my|our case', 'personally', 'my|our * was|is|were|are', 'my|our * * was|is|were|are',
  'my|our * * * was|is|were|are', 'i would say', 'honestly mine|ours',
]);
