/**
 * post/hook: the first line of a LinkedIn post (up to the first line break) is over 150
 * characters, so the feed cuts it with "…see more" before the hook is read.
 */
import type { Rule } from '../../types';

const MAX_HOOK = 150;

const TEXT = {
  en: {
    message: (length: number) =>
      `The first line is ${length} characters; the feed cuts a post at about 150 with "…see more", so the hook is lost.`,
    split: 'Put a line break after the first sentence',
    shorten: 'Open with one short line (under 150 characters), then a line break',
  },
  nl: {
    message: (length: number) =>
      `De eerste regel is ${length} tekens; de feed knipt een post rond 150 tekens af met "…meer weergeven", dus de haak valt weg.`,
    split: 'Zet een regelafbreking na de eerste zin',
    shorten: 'Open met één korte regel (onder 150 tekens), dan een regelafbreking',
  },
};

/** The end of the first sentence in `line` when that sentence fits before the cut, else -1. */
function firstSentenceEnd(line: string): number {
  const m = /[.!?…]+["'”’)]*(?=\s)/.exec(line);
  return m && m.index + m[0].length <= MAX_HOOK ? m.index + m[0].length : -1;
}

const rule: Rule = {
  meta: {
    id: 'post/hook',
    set: 'post',
    severity: 'info',
    description: {
      en: 'The first line of a post is over 150 characters, so "…see more" cuts the hook.',
      nl: 'De eerste regel van een post is langer dan 150 tekens, dus "…meer weergeven" knipt de haak af.',
    },
    rationale: {
      en:
        'In the LinkedIn feed a post shows only its first lines, cut at roughly 150 characters (less on mobile) ' +
        'with "…see more". Readers decide on that line whether to open the rest.',
      nl:
        'In de LinkedIn-feed toont een post alleen de eerste regels, afgekapt rond 150 tekens (minder op mobiel) ' +
        'met "…meer weergeven". Op die regel beslist de lezer of hij verder leest.',
    },
  },
  check(draft) {
    if (draft.kind !== 'post' || draft.body.length === 0) return [];
    const part = draft.body[0]!;
    const bodyText = draft.text.slice(part.start, part.end);
    const lead = bodyText.length - bodyText.trimStart().length;
    const start = part.start + lead;
    const lineEnd = draft.text.slice(start, part.end).search(/\r?\n/);
    const rawLine = draft.text.slice(start, lineEnd === -1 ? part.end : start + lineEnd);
    const line = rawLine.trimEnd();
    if ([...line].length <= MAX_HOOK) return [];
    const text = TEXT[draft.lang];
    const cut = firstSentenceEnd(line);
    // Span: the whole first line. When its first sentence fits, the fix breaks the line after it.
    const suggestions =
      cut > 0
        ? [{ text: text.split, replacement: `${line.slice(0, cut)}\n\n${line.slice(cut).trimStart()}` }]
        : [{ text: text.shorten }];
    return [{ start, end: start + line.length, message: text.message([...line].length), suggestions }];
  },
};

export default rule;
