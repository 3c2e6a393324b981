/**
 * Building blocks of the engagement-bait patterns in en-post.ts and nl-post.ts: the forms that
 * make a reaction request a device rather than a question, the same in both languages.
 */

/** A keyword to comment: a word in capitals, in quotes, or a number ("YES", "'guide'", "1"). */
export const KEYWORD = String.raw`(?:"[^"\n]{1,25}"|'[^'\n]{1,25}'|“[^”\n]{1,25}”|‘[^’\n]{1,25}’|\p{Lu}{2,}(?![\p{L}])|\d{1,3}(?![\p{N}]))`;

/** One emoji, with its variation selectors and joiners ("🔥", "❤️", "👍🏽"). */
export const EMOJI = String.raw`[\p{Extended_Pictographic}][\ufe0f\u200d\p{Extended_Pictographic}]*`;

/**
 * The request opens a sentence or line (an imperative), perhaps after an emoji:
 * "We now type SOP numbers" is no request.
 */
export const OPENS = String.raw`(?<=(?:^|[\n.!?:;]|[\p{Extended_Pictographic}\ufe0f])[ \t]*)`;
