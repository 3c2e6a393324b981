import type { Sentence, Span, Word } from './types';

// TODO(lead): placeholder segmentation.
export function segment(text: string, body: Span[]): { words: Word[]; sentences: Sentence[] } {
  const words: Word[] = [];
  for (const span of body) {
    for (const m of text.slice(span.start, span.end).matchAll(/\S+/g)) {
      words.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] });
    }
  }
  return { words, sentences: [] };
}
