/**
 * The contract between the language-independent ask runner (./index.ts) and the
 * per-language sentence classifiers (./en.ts, ./nl.ts).
 */
import type { AskForm, Draft } from '../types';

/** An ask before the runner adds sentence/wordIndex/size/action/dependent. Offsets are into draft.text. */
export interface AskDraft {
  start: number;
  end: number;
  form: AskForm;
}

/** Finds the asks in one sentence of the body (a sentence may hold more than one clause-level ask). */
export type SentenceClassifier = (draft: Draft, sentenceIndex: number) => AskDraft[];
