/**
 * cta/missing (rules.md): the body contains no ask. Applies to emails, messages and posts, never
 * to comments; in a reply only when the body has 40 words or more (a short answer needs no ask).
 * Span: the body's last sentence, where the closing ask belongs; the fix appends one.
 * Precision first (issue #9): when a closing sentence may be an ask the classifier could not read
 * (asks/possible-ask.ts), the rule stays silent rather than deny the ask the rep wrote.
 */
import type { Draft, RawFinding, Rule } from '../../types';
import { closingMayAsk } from '../../asks/possible-ask';
import { NEXT_STEPS, say } from './next-steps';

/** rules.md: a reply shorter than this answers the reader and need not ask anything. */
export const REPLY_MIN_WORDS = 40;

const MESSAGE = {
  en: 'No clear next step: the reader is not asked to do or say anything.',
  nl: 'Geen duidelijke volgende stap: de lezer wordt nergens om gevraagd.',
};
const ADD_ASK = { en: 'End with one clear ask: ', nl: 'Sluit af met één duidelijke vraag: ' };

const rule: Rule = {
  meta: {
    id: 'cta/missing',
    set: 'cta',
    severity: 'warning',
    description: {
      en: 'The draft asks the reader for nothing: no question, invitation or next step.',
      nl: 'De tekst vraagt de lezer nergens om: geen vraag, uitnodiging of volgende stap.',
    },
    rationale: {
      en: 'Not asking is the worst mistake: a sales letter without a clear call to action gets almost no response. End with one clear, small step the reader can take.',
      nl: 'Niet vragen is de grootste fout: een verkoopbrief zonder duidelijke call to action krijgt vrijwel geen reactie. Sluit af met één duidelijke, kleine stap die de lezer kan zetten.',
    },
  },
  check(draft) {
    if (!applies(draft)) return [];
    const closingAsks = draft.kind === 'post'
      ? [NEXT_STEPS.postQuestion, NEXT_STEPS.readerView]
      : draft.thread === 'reply'
        ? [NEXT_STEPS.replyNextStep, NEXT_STEPS.readerView]
        : [draft.kind === 'message' ? NEXT_STEPS.shortChat : NEXT_STEPS.shortCall, NEXT_STEPS.readerView];
    return [finding(draft, closingAsks.map((step) => say(step, draft)))];
  },
};

function applies(draft: Draft): boolean {
  if (draft.kind === 'comment' || draft.asks.length > 0 || draft.words.length === 0) return false;
  if (draft.thread !== 'first' && draft.words.length < REPLY_MIN_WORDS) return false;
  return !closingMayAsk(draft);
}

/** A line of hashtags closes a post; the ask belongs before it. */
const HASHTAGS_ONLY = /^(?:\s*#[\p{L}\p{N}_]+)+\s*$/u;

/** Spans the last sentence (before a closing line of hashtags); the replacement keeps it and adds the ask. */
function finding(draft: Draft, asks: string[]): RawFinding {
  const last = draft.sentences.findLast((sentence) => !HASHTAGS_ONLY.test(sentence.text)) ?? draft.sentences.at(-1);
  const lastWord = draft.words[draft.words.length - 1];
  const start = last?.start ?? lastWord?.end ?? 0;
  const end = last?.end ?? start;
  const kept = draft.text.slice(start, end);
  // Posts put each thought on its own line; in a letter the ask follows in the same paragraph.
  const joiner = kept === '' ? '' : draft.kind === 'post' || last?.standalone ? '\n\n' : ' ';
  return {
    start,
    end,
    message: MESSAGE[draft.lang],
    suggestions: asks.map((ask) => ({ text: ADD_ASK[draft.lang] + ask, replacement: kept + joiner + ask })),
  };
}

export default rule;
