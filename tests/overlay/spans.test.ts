import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateExcerpt, MAX_UNDERLINE, remapSpan, underlineSpan } from '../../src/overlay/spans';

describe('remapSpan', () => {
  const before = 'Please reply today. We help teams.';
  const span = { start: 7, end: 18 }; // "reply today"

  it('keeps a span when the edit is after it', () => {
    expect(remapSpan(before, `${before} More text.`, span)).toEqual(span);
  });

  it('moves a span by the length of an edit before it', () => {
    const after = `Hi! ${before}`;
    const moved = remapSpan(before, after, span)!;
    expect(after.slice(moved.start, moved.end)).toBe('reply today');
  });

  it('drops a span the edit touches', () => {
    expect(remapSpan(before, before.replace('reply', 'answer'), span)).toBeNull();
    expect(remapSpan(before, before.replace('today', 'soon'), span)).toBeNull();
    expect(remapSpan(before, before.replace('reply today. ', ''), span)).toBeNull();
  });

  it('drops a span whose first or last word the typing at its edge goes on with', () => {
    // A lint of "We can hel" (a pause mid-word): its finding ends at the caret.
    expect(remapSpan('We can hel', 'We can help', { start: 0, end: 10 })).toBeNull();
    expect(remapSpan('Ok. reply today', 'Ok. Preply today', { start: 4, end: 15 })).toBeNull();
    // Deleting the space between two words joins them too.
    expect(remapSpan('hel p', 'help', { start: 0, end: 3 })).toBeNull();
  });

  it('keeps a span when the typing at its edge starts a new word or adds punctuation', () => {
    const span = { start: 4, end: 15 }; // "Reply today" of "Ok. Reply today"
    expect(remapSpan('Ok. Reply today', 'Ok. Reply today.', span)).toEqual(span);
    expect(remapSpan('Ok. Reply today', 'Ok. Reply today and', span)).toEqual(span);
    expect(remapSpan('Ok. Reply today', 'Ok. So: Reply today', span)).toEqual({ start: 8, end: 19 });
    // An empty span (a finding on the subject line) has no words to join.
    expect(remapSpan('Hello', 'Hellos', { start: 5, end: 5 })).toEqual({ start: 5, end: 5 });
  });

  it('drops a span of the whole draft on any edit (the draft it judged is gone)', () => {
    const draft = 'We can help your team with follow-ups.';
    expect(remapSpan(draft, `${draft} Reply today.`, { start: 0, end: draft.length })).toBeNull();
    expect(remapSpan(`\n${draft}\n`, `\n${draft}\n\nOk`, { start: 1, end: draft.length + 1 })).toBeNull();
    // A sentence of a longer draft is not the whole draft.
    expect(remapSpan(`${draft} Thanks.`, `${draft} Thanks!`, { start: 0, end: draft.length })).toEqual({ start: 0, end: draft.length });
  });

  it('returns the span itself when nothing changed', () => {
    expect(remapSpan(before, before, span)).toBe(span);
  });

  it('never points a kept span at different words (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), fc.string(), (a, word, b, insert, c) => {
        // text = a + word + b + c; an insertion into b or c (never into word) keeps word's text.
        const text = a + word + b + c;
        const spanOfWord = { start: a.length, end: a.length + word.length };
        const edited = a + word + b + insert + c;
        const moved = remapSpan(text, edited, spanOfWord);
        if (moved !== null) expect(edited.slice(moved.start, moved.end)).toBe(word);
      }),
    );
  });

  it('never keeps a span whose edge word the edit continues (property)', () => {
    const letters = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(letters, letters, letters, fc.constantFrom(' ', '. ', '\n'), (word, more, rest, gap) => {
        // The span ends at the edit; letters typed right after it lengthen its last word.
        const before = `${word}${gap}${rest}`;
        const after = `${word}${more}${gap}${rest}`;
        expect(remapSpan(before, after, { start: 0, end: word.length })).toBeNull();
      }),
    );
  });
});

describe('locateExcerpt', () => {
  it('finds the excerpt where it was', () => {
    expect(locateExcerpt('reply today, reply today', 'reply today', 13)).toEqual({ start: 13, end: 24 });
  });

  it('finds the nearest occurrence after the text moved', () => {
    expect(locateExcerpt('xx reply today and reply today', 'reply today', 17)).toEqual({ start: 19, end: 30 });
    expect(locateExcerpt('Hi! reply today', 'reply today', 0)).toEqual({ start: 4, end: 15 });
  });

  it('gives null when the words are gone', () => {
    expect(locateExcerpt('answer tomorrow', 'reply today', 0)).toBeNull();
  });
});

describe('underlineSpan', () => {
  it('underlines a short one-line span whole', () => {
    const text = 'Please reply today.';
    expect(underlineSpan(text, { start: 7, end: 18 })).toEqual({ start: 7, end: 18 });
  });

  it('underlines a multi-line span on its first line only', () => {
    const text = 'Intro.\nFirst line of the body.\nSecond line.';
    const span = underlineSpan(text, { start: 7, end: text.length });
    expect(text.slice(span.start, span.end)).toBe('First line of the body.');
  });

  it('cuts a long line at a word boundary within the limit', () => {
    const text = 'word '.repeat(100).trim();
    const span = underlineSpan(text, { start: 0, end: text.length });
    expect(span.end).toBeLessThanOrEqual(MAX_UNDERLINE);
    expect(text.slice(span.start, span.end).endsWith('word')).toBe(true);
  });

  it('keeps an empty span empty', () => {
    expect(underlineSpan('abc', { start: 3, end: 3 })).toEqual({ start: 3, end: 3 });
  });
});
