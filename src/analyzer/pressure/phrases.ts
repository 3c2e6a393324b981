/**
 * Finds the fixed pressure phrases of a lexicon (en-pressure.ts / nl-pressure.ts) in the body.
 * Deadlines on the reader's own step are found by deadlines.ts.
 */
import type { PressureKind, PressureLexicon } from '../lexicon/pressure-types';
import type { Span } from '../types';
import { compile, phraseOf } from './compile';
import { writersOwnStep } from './relief';
import { insideQuotation } from './text';

export interface PressureHit extends Span {
  kind: PressureKind | 'shouting' | 'repetition';
  /** Calmer text for the span ('' = delete); absent when only a text suggestion fits. */
  calmer?: string;
  /** For phrases whose calmer text is '' only when they stand as a sentence of their own. */
  deletable?: boolean;
  /** Pressure only outside a reply (PressurePhrase.outreachOnly). */
  outreachOnly?: boolean;
}

/** Every fixed phrase of the lexicon found in text[from, to), outside quotations. */
export function findPhrases(text: string, from: number, to: number, lexicon: PressureLexicon): PressureHit[] {
  const slice = text.slice(from, to);
  const hits: PressureHit[] = [];
  for (const group of compile(lexicon).groups) {
    // Restart one character after each match start, so phrases that overlap are all found
    // ("offerte verloopt" and "verloopt morgen"); the rule merges them afterwards.
    const { re } = group;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      re.lastIndex = m.index + 1;
      const phrase = phraseOf(group, m);
      const start = from + m.index;
      const end = start + m[0].trimEnd().length;
      if (!phrase || end <= start || insideQuotation(text, start, from)) continue;
      if (phrase.readerOnly && writersOwnStep(text, from, start, lexicon)) continue;
      const { calmer } = phrase;
      const hit: PressureHit = calmer === '' ? { start, end, kind: group.kind, deletable: true } : { start, end, kind: group.kind, calmer };
      hits.push(phrase.outreachOnly ? { ...hit, outreachOnly: true } : hit);
    }
  }
  return hits;
}
