/**
 * English phrases for the tone set. Each entry is a phrase source for `phrasePattern`
 * (body-search.ts): a plain apostrophe also matches a curly one, a space any white space,
 * and regex groups mark the variants people write.
 */
import type { Phrase } from '../body-search';

/**
 * Apologies for the message itself (tone/timid fires on one): every way of saying sorry (the
 * heads) with every way of naming the message as the trouble (what for). From rules.md's "sorry to
 * bother you", "sorry for the intrusion", and the same apology as cold-outreach templates word it
 * ("Apologies for the cold email", "Sorry to reach out out of the blue").
 * Sympathy ("sorry to hear that") and apologies for something else ("sorry for the late reply")
 * are deliberately absent: they are not about daring to write.
 */
const SORRY_HEADS = String.raw`(I'm |I am |we're |we are )?((very|so|really|terribly) )?sorry|(my |our )?(sincere )?apologies|(I|we) apologi[sz]e|forgive me|pardon me`;
const DISTURB = '(bother|disturb|trouble|interrupt|pester|bug)';
const DISTURBING = '(bothering|disturbing|troubling|interrupting|pestering|bugging)';
const WRITE = '(reach out|write|email you|e-mail you|message you|contact you|drop you a line|DM you|hit you up)';
const WRITING = '(reaching out|writing|emailing you|e-mailing you|messaging you|contacting you|dropping you a line|DMing you|landing in your inbox|popping (up )?in(to)? your inbox|showing up in your inbox)';
const UNASKED = '(out of the blue|out of nowhere|unannounced|uninvited|unsolicited|like this|so randomly|cold|without an introduction)';
const SORRY_FOR = [
  `to ${DISTURB} you( again)?`,
  `for ${DISTURBING} you( again)?`,
  'for (the|this|my) (intrusion|interruption)',
  '(for|about) (the|this|my) (unsolicited|cold|random|unexpected|unannounced) (e-?mail|message|note|outreach|DM|InMail)',
  `(to ${WRITE}|for ${WRITING}) ${UNASKED}`,
  // The message itself excused as a surprise: "We apologize if this email is unexpected".
  '(if|in case) (this|my) (e-?mail|message|note|outreach|DM|InMail) (is|was|comes|came) (a bit )?(unexpected|unsolicited|out of the blue|intrusive|unwelcome|a surprise)',
];
export const EN_APOLOGIES: readonly string[] = [
  `(${SORRY_HEADS}) (${SORRY_FOR.join('|')})`,
  // Barging into the reader's space: a comment thread, an inbox, a DM ("Sorry to jump into your comments like this").
  '(I\'m |I am )?((so|really) )?sorry (to|for) (jump|jumping|barge|barging|butt|butting|crash|crashing|slide|sliding|chime|chiming) in(to)?( (your|the) (comments|thread|post|inbox|DMs|messages))?',
  '(forgive|pardon) (the|my) (intrusion|interruption)',
  // Sorry for writing too often, as break-up mail says it: "My apologies if I've crossed a line".
  '(my )?(apologies|sorry) if I(\'ve| have)? (crossed a line|overstepped|been (too |a bit |overly )?(persistent|pushy|a pest|a nuisance|annoying))',
  'I hope I\'m not (bothering|disturbing) you',
  // Not wanting to be the pest who keeps writing: "I don't want to be that person who keeps emailing".
  // The "I" often dropped after a lead ("Last note from me – don't want to be that person who …").
  '(?<!(you|they|he|she|it|we) )(I )?(really )?(don\'t|do not) want to be (that|the) (person|guy|girl|one|rep|salesperson) who',
  // Excusing the message before it goes on: "I hope you don't mind me sending this".
  'I hope (you don\'t|you do not) mind (me |my )?(reaching out|sending|writing|emailing|messaging|contacting|dropping|connecting)',
  'before I stop (bothering|bugging|pestering) you',
  // Not wanting to be a nuisance is the same apology said the other way round (break-up and bump mail).
  // The "I" is often dropped ("Last ping on this — don't want to be spammy"), not after another subject.
  '(?<!(you|they|he|she|it|we) )(I )?(really )?(don\'t|do not) (want|mean) to (be a (bother|pest|nuisance|pain)|bother you|bug you|pester you|annoy you|spam you|be annoying|be (spammy|pushy|salesy|too pushy))',
  // The same with "keep" ("I don't want to keep bugging you") and as a denial ("Not trying to be a pest").
  '(?<!(you|they|he|she|it|we) )(I )?(really )?(don\'t|do not) want to keep (bugging|bothering|pestering|chasing|pinging|nagging|emailing) you',
  '(?<!(you|they|he|she|it|we|are|is) )(I\'m |I am )?(really |just )?not trying to (be a (bother|pest|nuisance|pain)|bother you|bug you|pester you|annoy you|spam you|be (annoying|spammy|pushy|salesy))',
  // Apologising for the inconvenience the mail itself causes (bulk mail; also as commonly misspelled).
  '((I|we) )?((would|\'d) (also )?like to |also |must )?a(p|pp)olog(i[sz]e|y) for (any|the) inconvenience',
  '(I |we )?regret (any|the) inconvenience',
  'sorry for (any|the) inconvenience (this|my|our) (e-?mail|message|mail|note)',
];

/**
 * Hedges that talk the ask away (tone/timid fires on two or more). From rules.md's examples,
 * with the variants they come in ("very busy", "perhaps", "isn't"); the optional ", but"
 * belongs to the hedge, so dropping it leaves the real sentence.
 */
export const EN_HEDGES: readonly Phrase[] = [
  // Excusing the reader's time.
  'I know (you\'re|you are) (very |really |super |incredibly )?busy(, but)?',
  'I know how busy you (are|must be)(, but)?',
  // "I know how full your calendar is": the same excuse, said of the reader's days.
  'I know how (busy|full|packed|hectic) (your|a|the) (\\S+ ){0,2}(is|are|gets|get|can get)(, (so|but))?',
  // Excusing the reader for a message missed: "no worries if it got buried".
  'no worries if (it|that|my (last )?(email|note|message)) (got|gets|was) (buried|lost|missed)',
  'I reali[sz]e (you\'re|you are) (very |really )?busy(, but)?',
  'I don\'t want to take up (too much of )?your time(, but)?',
  // Shrinking the message because of the reader's time: "so I'll keep this short".
  '(so )?I\'ll keep (this|it) (short|brief|quick)',
  'I know (things|life|work|it) (can )?get(s)? (a bit |really |pretty )?(crazy|hectic|busy)',
  // Wondering instead of asking.
  'I was (just )?wondering if( maybe| perhaps)?',
  'I\'m (just )?wondering if( maybe| perhaps)?',
  'just wondering if( maybe| perhaps)?',
  // Conditions that make the ask optional before it is made.
  'if (it\'s|it is) not too much (trouble|to ask)',
  'if it isn\'t too much (trouble|to ask)',
  'if you don\'t mind me asking',
  // Excusing the reader's time as break-up and bump mail writes it: "I get it - you're busy".
  'I (get|understand) (it|that)[,:]? ?[-–—]? ?(you\'re|you are) (busy|swamped|slammed|flat out)',
  // The reader's inbox pictured as overrun: "I know your inbox must be a zoo", "your inbox probably looks like a warzone".
  '(I know |I bet |I\'m sure |I imagine )?your (inbox|calendar|schedule|week|desk)( \\S+){0,2} (must be|is|must look|probably looks|looks|gets) (like )?(a |an )?(zoo|war ?zone|madhouse|nightmare|circus|chaos|mess|crazy|hectic|packed|swamped|full|flooded)(, but)?',
  'I know (things|life|it) (get|gets|can get) (busy|hectic|crazy)',
  // Doubting the message before the ask: "I know this is a shot in the dark, but".
  '(I know )?this is (kind of |a bit of |probably )?a (shot in the dark|long shot)(, but)?',
  'only if you (have|find) (the )?time',
  // Releasing the reader from answering.
  'no worries if not',
  'if not, (no worries|no problem|all good|that\'s (fine|ok|okay))',
  'if (the )?timing (isn\'t|is not|\'s not) right(, no worries)?',
  'no worries either way',
  // Releasing the reader who may be covered already: "If you already have this handled, no worries".
  'if (you|your team) (already )?(have|has|\'ve got|got) (this|that|it) (handled|covered|sorted|in hand)(, (no worries|no problem|all good))?',
  'feel free to (move on|pass|say no|skip this)',
  '(no worries|no problem|totally fine|all good) if (you\'re|you are) (too |really |a bit )?(not interested|busy|swamped|slammed|short on time)',
  '(no worries|no problem) if (you don\'t|you do not) have (the )?time',
  // Doubting the message's use: "If this isn't relevant, …", "I just thought you'd want to see it".
  'if (this|it|that) (isn\'t|is not|\'s not) (relevant|useful|a fit|for you)',
  '(I )?just thought (you\'d|you would|you might|it might|it could|I\'d)',
  // Hoping instead of asking: "I was hoping I could send you …", "I'm hoping you might".
  '(I was|I\'m|I am) (just |really )?hoping (I|you|we) (could|might|would|can)',
  // A second wish shrunk in the same breath: "… and maybe even a referral".
  '(and|or) (maybe|perhaps) even',
  'totally (understand|fine) if not',
  'no pressure( at all)?',
  'no worries at all',
  'no hard feelings',
  'either way, (thanks|thank you|no worries|best of luck|all the best)',
  'if (now|this|it|that|([a-z-]+ ){0,2}[a-z-]+)( (isn\'t|is not|aren\'t|are not)|\'s not| \'s not) (the right time|a (top )?priority|on your radar|a (real |big )?(pain point|problem|challenge|fit|focus))( (for you|for your team|right now))*(,? (I )?(totally |completely |fully )?(get|understand) it)?',
  // Releasing the reader in so many words: "I fully understand if you don't connect".
  'I (fully |completely |totally )?understand if (you|you\'d|you would) (don\'t|do not|can\'t|cannot|aren\'t|are not|won\'t|rather not|prefer not|decide not)',
  // Sending it with a shrug: "thought it wouldn't hurt to reach out", "just figured I'd offer".
  '(thought|figured) it (wouldn\'t|would not|couldn\'t|could not|can\'t|doesn\'t) hurt to (reach out|ask|connect|try|share|send)',
  '(I )?(just )?figured I(\'d| would) (offer|ask|reach out|share|check|send|mention|say (hi|hello)|drop you a line|introduce myself|get in touch)',
  // The ask itself hedged at its start: "Maybe we can benefit from being connected", "Perhaps you could …".
  '(?<=(?:^|[.!?]\\s*))(maybe|perhaps) (we|I|you) (can|could|might)',
  'if (you\'re|you are) even (slightly|remotely|a little|a bit) (curious|interested)',
  // Promising to stop writing, said to make the ask easy to refuse.
  'I(\'ll| will) stop (reaching out|emailing|writing|filling (up )?your inbox|cluttering your inbox|clogging (up )?your inbox)',
  // Shrinking the message as a burden on the inbox: "I don't want to clog your inbox".
  'I (don\'t|do not) want to (clog|flood|fill|clutter|spam|crowd|overload)( up)? your inbox',
  'I (won\'t|will not) keep (pinging|bugging|emailing|chasing|nudging) you',
  'I (don\'t|do not) usually reach out like this',
  // Releasing the reader from answering: "No need to reply — …".
  '(there\'s )?no need to (reply|respond|answer|write back)|no (reply|response) (needed|necessary|required)',
  // The step put off to a vague someday: "if you ever want to chat about it".
  'if (you|your team) ever (want|wants|feel like|fancy|decide|decides|need|needs)',
  'feel free to ignore (this|me|this (e-?mail|message|note))',
  // The same release as a plain imperative, often after a condition: "If this isn't a priority, ignore this email."
  '(just |simply |please )?(ignore|disregard) (this (e-?mail|message|note)|my (e-?mail|message|note)|this|me)( then)?(?! (?:advice|rule|trend|noise))',
  // Doubting that the message is of use, and sending it anyway, as a clause of its own: "Anyway, just in
  // case it's useful." After a verb ("sharing in case it's useful") it only extends the hedge before it.
  '(?<=(?:^|[.!?,;:—–-]\\s*))(just )?in case (it\'s|it is|this is) (useful|helpful|of (any )?(use|interest)|relevant|handy)',
  'sorry if this (isn\'t|is not) relevant',
  'not sure if this is (relevant|of interest|useful)( to you)?',
  // Minimising the writer's own intent.
  // Dropping "just" is the fix, so this one carries its replacement.
  { phrase: '(I )?just wanted to', replacement: 'I wanted to' },
  // The present tense as bumps write it: "Not trying to be a pest — just want to know where you stand".
  { phrase: '(I just want to|(?<=(?:^|[.!?,;:—–-]\\s*))just want to)', replacement: 'I want to' },
  'I was (just )?checking to see (if|whether)',
  'I hate to (ask|bother you|be a pain)(, but)?',
  '(I\'m|I am) only asking because',
];

/**
 * Pronouns for tone/self-focus, as listed in rules.md, with their contractions ("I'm" is
 * first person too). Compared in lower case; "US" in capitals (the country) is skipped by the rule.
 */
export const EN_FIRST_PERSON: readonly string[] = [
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves',
  "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll",
];
export const EN_SECOND_PERSON: readonly string[] = [
  'you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll",
];
