/**
 * The pieces that make a keystroke cheap must not change a single answer: pattern matching on the
 * pattern itself, the two-generation cache, lexicon lookup by first word, and paragraphs segmented
 * from a memo and shifted into place.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execAll } from '../../src/analyzer/regex';
import { Lru } from '../../src/analyzer/lru';
import { matchAt, phrases } from '../../src/analyzer/asks/phrases';
import * as EN_ASKS from '../../src/analyzer/lexicon/en-asks';
import { clearSegmentMemo, segment } from '../../src/analyzer/segment';

describe('execAll finds what matchAll finds', () => {
  const patterns = [/\w+/g, /a*/g, /(?:)/gu, /\p{Extended_Pictographic}|x*/gu, /[.!?]+/g, /b|$/gm];
  const texts = ['', 'abc def', 'aaa b aa', 'hi 👋🏽 there 🎉x', 'One. Two!! Three?', 'line\nb\n'];
  for (const pattern of patterns) {
    for (const text of texts) {
      it(`${pattern} on ${JSON.stringify(text)}`, () => {
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
        expect(execAll(pattern, text).map((m) => [m.index, m[0]])).toEqual(expected);
        expect(pattern.lastIndex).toBe(0);
      });
    }
  }

  it('lets the caller run the same pattern inside its loop', () => {
    const word = /\w+/g;
    const pairs = execAll(word, 'ab cd').map((m) => [m[0], execAll(word, m[0]).length]);
    expect(pairs).toEqual([
      ['ab', 1],
      ['cd', 1],
    ]);
  });
});

describe('Lru in two generations', () => {
  it('keeps what was used since the last turnover and at most twice its capacity', () => {
    const lru = new Lru<number>(4);
    for (let i = 0; i < 4; i++) lru.set(`k${i}`, i);
    // The first four became the previous generation; reading k0 brings it forward.
    expect(lru.get('k0')).toBe(0);
    for (let i = 4; i < 7; i++) lru.set(`k${i}`, i);
    // Turnover again: k0, k4, k5, k6 are the previous generation, k1–k3 are gone.
    expect(lru.get('k1')).toBeUndefined();
    expect(lru.get('k0')).toBe(0);
    expect(lru.get('k6')).toBe(6);
    let kept = 0;
    for (let i = 0; i < 7; i++) if (lru.get(`k${i}`) !== undefined) kept++;
    expect(kept).toBeLessThanOrEqual(8);
  });

  it('forgets everything on clear', () => {
    const lru = new Lru<string>(2);
    lru.set('a', 'x');
    lru.set('b', 'y');
    lru.set('c', 'z');
    lru.clear();
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([undefined, undefined, undefined]);
  });
});

/** matchAt as it was before the first-word index: every phrase tried at every word. */
function naiveMatchAt(list: ReturnType<typeof phrases>, words: readonly string[], at: number): number {
  const slotMatches = (raw: string, word: string | undefined) => {
    if (word === undefined) return false;
    const body = raw.endsWith('?') ? raw.slice(0, -1) : raw;
    if (body === '*') return word.length > 0;
    if (body === '#') return /^\d/.test(word) || ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'ten', 'fifteen', 'twenty', 'thirty', 'forty', 'sixty', 'few', 'couple'].includes(word);
    return body.split('|').includes(word);
  };
  const from = (slots: string[], s: number, i: number): number => {
    if (s === slots.length) return 0;
    if (slotMatches(slots[s]!, words[i])) {
      const rest = from(slots, s + 1, i + 1);
      if (rest >= 0) return rest + 1;
    }
    return slots[s]!.endsWith('?') ? from(slots, s + 1, i) : -1;
  };
  return Math.max(0, ...list.map((p) => from(p.source.trim().split(/\s+/), 0, at)));
}

describe('lexicon lookup by first word', () => {
  const lists = Object.values(EN_ASKS).filter((v): v is ReturnType<typeof phrases> => Array.isArray(v) && v.length > 0 && 'slots' in (v[0] as object));
  const vocabulary = [...new Set(lists.flatMap((l) => l.flatMap((p) => p.source.split(/[\s|?]+/))))].filter((w) => w && w !== '*' && w !== '#');

  it('finds the same longest match as trying every phrase', () => {
    expect(lists.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lists.length - 1 }),
        fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('15', 'two', 'x')), { maxLength: 8 }),
        (which, words) => {
          const list = lists[which]!;
          for (let at = 0; at <= words.length; at++) expect(matchAt(list, words, at)).toBe(naiveMatchAt(list, words, at));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('tries phrases that start with an optional slot, a wildcard or a number', () => {
    const list = phrases(['really? want to', '* minutes', '# min call', 'quick|short chat']);
    expect(matchAt(list, ['want', 'to', 'go'], 0)).toBe(2);
    expect(matchAt(list, ['really', 'want', 'to'], 0)).toBe(3);
    expect(matchAt(list, ['ten', 'minutes'], 0)).toBe(2);
    expect(matchAt(list, ['15', 'min', 'call'], 0)).toBe(3);
    expect(matchAt(list, ['short', 'chat'], 0)).toBe(2);
    expect(matchAt(list, ['long', 'chat'], 0)).toBe(0);
  });
});

describe('paragraphs segmented from the memo', () => {
  const paragraph = 'Quick one. Would Tuesday work?\n- Review the draft\n- Sign it';
  const draft = `Hi Sam,\n\n${paragraph}\n\nSome words in between.\n\n${paragraph}\n\nThanks`;

  it('reads the same paragraph the same wherever it stands, offsets shifted', () => {
    clearSegmentMemo();
    const body = [{ start: 0, end: draft.length }];
    const cold = segment(draft, body);
    const warm = segment(draft, body);
    expect(warm).toEqual(cold);
    const first = cold.sentences.filter((s) => s.text === 'Would Tuesday work?');
    expect(first).toHaveLength(2);
    for (const s of first) {
      expect(draft.slice(s.start, s.end)).toBe('Would Tuesday work?');
      expect(cold.words[s.firstWord]!.text).toBe('Would');
    }
  });

  it('matches a cold segmentation after an edit in one paragraph', () => {
    clearSegmentMemo();
    const body = [{ start: 0, end: draft.length }];
    segment(draft, body);
    const edited = draft.replace('Some words in between.', 'Some other words in between, typed now.');
    const warm = segment(edited, [{ start: 0, end: edited.length }]);
    clearSegmentMemo();
    expect(warm).toEqual(segment(edited, [{ start: 0, end: edited.length }]));
  });
});
