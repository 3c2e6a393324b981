/**
 * English engagement bait for post/engagement-bait: requests for a reaction used as a device
 * for reach, not for the reader's view. Kept as regexes because the tell is often the form
 * (a keyword in capitals or quotes, an emoji), not a fixed phrase; flags are added by the rule.
 * A keyword is a word in capitals, in quotes, or a number ("Comment YES", "Type 'guide'", "Type 1").
 */
import { EMOJI, KEYWORD, OPENS } from './post-forms';

/** Case-sensitive where capitals are the tell, so these are matched without the i flag. */
export const EN_BAIT_KEYWORD: readonly string[] = [
  // rules.md: "Comment YES", "Type 'guide' below and I'll send it".
  String.raw`${OPENS}(?:[Cc]omment|[Tt]ype|[Rr]eply|[Dd]rop|[Rr]eact|[Ww]rite|[Ll]eave) (?:(?:below|in the comments|here) )?(?:with )?(?:the word )?${KEYWORD}`,
];

/** Matched case-insensitively, through `phrasePattern`. */
export const EN_BAIT_PHRASES: readonly string[] = [
  // rules.md: "Like if you agree"; the same device with other reactions.
  '(like|react|repost|share|comment) (this( post)? )?if you (agree|relate|want (it|this|the \\w+)|feel the same)',
  '(hit|smash|tap) (that |the )?(like|❤️|heart)( button)?',
  // "Hit repost so this reaches one more headteacher", "Give this a 👍 if your CFO …".
  '(hit|smash|tap|click) (that |the )?(repost|reshare|share)( button)?',
  `give (this|it|this post) (a|an) (${EMOJI}|like|thumbs up|heart|upvote)`,
  'like (and|&) (share|repost|comment)',
  // rules.md: "Tag 3 friends"; tagging as a device for reach.
  'tag (a|one|two|three|\\d+|someone|somebody|your)( \\w+)? (friends?|colleagues?|people|someone|who (needs|should|would))',
  'tag (someone|somebody|a friend|a colleague)',
  // rules.md: "Repost to help your network".
  '(♻️ ?)?(repost|reshare|share) (this )?(to|so|and) (help|reach|your network|others|more people)',
  // rules.md: "Drop a 🔥"; emoji or one-word replies as a device.
  `drop (a|an) (${EMOJI}|emoji|heart|like)`,
  `(drop|leave|put) (a|an) (${EMOJI}) (below|in the comments)`,
  '(comment|type|reply|drop a comment)( \\w+)? (below|in the comments)( and| &) I(\'ll| will) (send|dm|share|message)',
  // The lead magnet for a comment: "Comment your email below 👇 and I'll send you the link".
  '(comment|type|drop|leave|share) (your|an?) (e-?mail|email address|name|details)( address)?\\s*(below|here|in the comments|👇|⬇️)?(\\s*👇)?( and| &) I(\'ll| will) (send|dm|share|message|email)',
  // "Tag the spreadsheet king on your team": the person described, tagged from the reader's circle.
  'tag (the|that|your|a) (\\S+ ){1,3}?(on|in|from) your (team|network|office|company|department)',
  // Saves and follows count as reach on LinkedIn, so asking for them is the same device.
  '(save|bookmark) this( post)?( for later| so you (don\'t|do not) (lose|forget) it)?',
  '(♻️ ?)?(repost|reshare) (this|it)',
  'follow (me )?for more',
  // Forwarding the post: "Send this to someone who needs it".
  '(send|forward|share) this (post )?(to|with) (someone|somebody|a friend|a colleague|your team|anyone)',
];
