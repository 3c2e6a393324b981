/**
 * findAsks(draft): every ask of the body, in reading order. The language's classifier reads each
 * sentence (./en.ts, ./nl.ts); the language-independent parts happen here: links offered as the
 * next step (./links.ts), ordering, and the fields every cta rule reads (sentence, wordIndex,
 * size, action).
 */
import type { Ask, Draft, Word } from '../types';
import { firstWordEndingAfter } from '../body-search';
import { askAction } from './action';
import type { AskDraft, SentenceClassifier } from './classify';
import { classifyEnglish } from './en';
import { isHelpOffer } from './help-offers';
import { findLinkAsks, joinWrappedLabels } from './links';
import { memoAskReading, memoClassify } from './memo';
import { classifyDutch } from './nl';
import { askSize } from './size';

const CLASSIFIERS: Record<Draft['lang'], SentenceClassifier> = { en: classifyEnglish, nl: classifyDutch };

/** Index of the first word that ends after `offset`, or of the last word. */
function wordIndexAt(words: Word[], offset: number): number {
  return Math.min(firstWordEndingAfter(words, offset), Math.max(0, words.length - 1));
}

/** Keeps a classifier's answer inside its sentence and drops empty or malformed spans. */
function clampToSentence(draft: Draft, sentence: number, ask: AskDraft): AskDraft | undefined {
  const s = draft.sentences[sentence]!;
  const start = Math.max(s.start, Math.trunc(ask.start));
  const end = Math.min(s.end, Math.trunc(ask.end));
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end, form: ask.form } : undefined;
}

export function findAsks(draft: Draft): Ask[] {
  const classify = CLASSIFIERS[draft.lang] ?? classifyEnglish;
  const found: (AskDraft & { sentence: number })[] = [];
  const sentencesWithAsks = new Set<number>();
  draft.sentences.forEach((_, index) => {
    for (const raw of memoClassify(classify, draft, index)) {
      const ask = clampToSentence(draft, index, raw);
      if (!ask || isHelpOffer(draft, index, draft.text.slice(ask.start, ask.end))) continue;
      found.push({ ...ask, sentence: index });
      sentencesWithAsks.add(index);
    }
  });
  // A link inside a sentence that already asks is part of that ask ("Book a slot here: <url>").
  found.push(...findLinkAsks(draft, sentencesWithAsks).filter((ask) => !isHelpOffer(draft, ask.sentence, draft.text.slice(ask.start, ask.end))));
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  // A label ending in ":" and its link hard-wrapped onto the next line are one ask.
  return joinWrappedLabels(draft, found).map((ask) => {
    const { size, action } = memoAskReading(draft.lang, draft.text.slice(ask.start, ask.end), (text) => ({
      size: askSize(text, draft.lang),
      action: askAction(text, draft.lang),
    }));
    return {
      start: ask.start,
      end: ask.end,
      sentence: ask.sentence,
      form: ask.form,
      size,
      action,
      // Whether an ask depends on an earlier one is decided by cta/multiple, which reads them all.
      dependent: false,
      wordIndex: wordIndexAt(draft.words, ask.start),
    };
  });
}
