/**
 * post/hashtags: a LinkedIn post with more than five hashtags.
 */
import { matchInBody } from '../../body-search';
import type { Rule } from '../../types';

const MAX_HASHTAGS = 5;

/** A hashtag: "#" at the start of a word, then letters, digits or underscores, with at least one letter. */
const HASHTAG = /(?<![\p{L}\p{N}_&#/])#(?=[\p{L}\p{N}_]*\p{L})[\p{L}\p{N}_]+/gu;

const TEXT = {
  en: {
    message: (count: number) =>
      `${count} hashtags; keep three to five. A long list of hashtags reads as spam and adds no reach.`,
    suggestion: `Remove the hashtags after the fifth`,
    suggestionPick: 'Keep the three to five hashtags that name your topic',
  },
  nl: {
    message: (count: number) =>
      `${count} hashtags; houd het bij drie tot vijf. Een lange rij hashtags leest als spam en levert geen bereik op.`,
    suggestion: 'Schrap de hashtags na de vijfde',
    suggestionPick: 'Houd de drie tot vijf hashtags die je onderwerp noemen',
  },
};

const rule: Rule = {
  meta: {
    id: 'post/hashtags',
    set: 'post',
    severity: 'info',
    description: {
      en: 'A post with more than five hashtags.',
      nl: 'Een post met meer dan vijf hashtags.',
    },
    rationale: {
      en:
        "LinkedIn's own advice is to use a few relevant hashtags, and marketers' rule of thumb is three to five: " +
        'beyond that they clutter the post, read as spam and do not add reach.',
      nl:
        'LinkedIn raadt zelf een paar relevante hashtags aan, en de vuistregel onder marketeers is drie tot vijf: ' +
        'meer maakt de post rommelig, leest als spam en levert geen extra bereik op.',
    },
  },
  check(draft) {
    if (draft.kind !== 'post') return [];
    const tags = matchInBody(draft, HASHTAG);
    if (tags.length <= MAX_HASHTAGS) return [];
    // Span: the sixth hashtag to the last one — the ones past five.
    const start = tags[MAX_HASHTAGS]!.start;
    const end = tags[tags.length - 1]!.end;
    const text = TEXT[draft.lang];
    const onlyTags = draft.text.slice(start, end).replace(HASHTAG, '').trim() === '';
    // When the extra hashtags stand together (a closing line of tags), deleting the span is the fix.
    const suggestion = onlyTags ? { text: text.suggestion, replacement: '' } : { text: text.suggestionPick };
    return [{ start, end, message: text.message(tags.length), suggestions: [suggestion] }];
  },
};

export default rule;
