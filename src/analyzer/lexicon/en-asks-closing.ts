/**
 * English asks that name the reader's step without the usual request form, as real outreach writes
 * them (phrase notation: asks/phrases.ts). Read by asks/en-closing.ts.
 */
import { phrases } from '../asks/phrases';

/**
 * Verbless closing questions that ask the reader to weigh the idea: "Relevant?", "Still interested?",
 * "Worth exploring?", "Make sense?", "Any interest?". The subject and verb ("Is this …", "Are you …")
 * dropped, as in DMs and bump mail; only at the close of the draft, where nothing follows to answer them.
 */
export const EVALUATION_QUESTIONS = phrases([
  'still|even? relevant|interested|interesting|useful|helpful|valuable|worthwhile', 'still|even? of interest',
  // the reader's curiosity or recognition: "Intrigued?", "Curious?", "Sound familiar?"
  'intrigued', 'curious', 'tempted', 'sound|sounds|feel|feels|look|looks familiar', 'familiar', 'relatable', 'ring a bell',
  'still|even? on your radar', 'still|even? a priority', 'still|even? a good|possible|better? fit',
  'still|even? worth it|exploring|discussing|considering|pursuing', 'still|even? worth a look|chat|call|conversation',
  'any interest|thoughts|appetite', 'thoughts', 'make|makes sense', 'sound|sounds good|interesting|useful|fair|right',
  'open to it|this|that|exploring', 'open to a chat|call', 'too early|soon', 'bad|good|right timing', 'right time',
  'yes or no', 'interested or not',
]);

/**
 * Questions about the reader's own experience that open a story when they come first ("Ever
 * wondered why churn spikes in March?" is a hook, rules.md) but close a post or a mail by inviting
 * the reader's view: "Have you ever had a clarity problem that was really a team problem?",
 * "Ever run into this?". Only at the close, where nothing follows to answer them.
 */
export const EXPERIENCE_QUESTIONS = phrases([
  'have you ever', 'has your team ever', 'ever had|faced|seen|tried|run|hit|been|felt|noticed|dealt',
]);

/** How many words such a question may have ("Still relevant for Q3?" is four). */
export const EVALUATION_MAX_WORDS = 5;

/**
 * Reception questions after an auxiliary: "Did {{topic}} resonate at all?", "Does this land?",
 * "Did the idea click with you?" ask for the reader's view of what was sent, whatever its subject.
 */
export const RECEPTION_VERBS = phrases([
  'resonate', 'resonated', 'land', 'landed', 'click', 'clicked', 'appeal', 'appealed', 'strike a chord', 'hit home',
  'make sense', 'made sense', 'sound interesting|useful|relevant|good', 'sounded interesting|useful|relevant|good',
  'interest you', 'interested you', 'spark|sparked your|any interest',
]);

/**
 * A wish or invitation naming the reader's step, past the frames of en-asks.ts: "I hope you will
 * consider connecting", "I hope you'll join us", "I invite you to take a look", "You're invited to
 * the demo". The words before the step; the step is a request verb or a step noun (en-asks.ts), or
 * its -ing form after "consider".
 */
export const HOPE_FRAMES = phrases([
  'i|we hope|hoping you will|would|can|could|might|may? consider?',
  'i|we am|are hoping you will|would|can|could|might|may? consider?',
  'i|we would|really? like|love to invite you to', 'i|we invite you to', 'i|we would like to invite you to',
  'you are invited to', 'you are welcome to join|come|attend',
]);

/**
 * The writer answering an opening question straight away, in mail as in posts: "Struggling with
 * X? You're not alone.", "… Most teams are." The question opens a story (rules.md: hook questions).
 */
export const HOOK_ANSWERS = phrases([
  'you are not alone', 'you are not the only one', 'you are in good company', 'then you are not alone',
  'no wonder', 'most|many teams|companies|people|founders|leaders|firms are|do|have|struggle', 'neither are you', 'same here',
]);
