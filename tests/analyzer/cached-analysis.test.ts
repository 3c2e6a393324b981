/**
 * The analyzer keeps tokens and part-of-speech tags of sentences it has seen (src/analyzer/nlp.ts)
 * and syllable counts of words (src/analyzer/syllables.ts),
 * so re-analysis while the user types redoes little. Whatever was cached, a report must be exactly
 * the one a first analysis gives: drafts are edited at random (typing, deleting, pasting, moving
 * sentences around), analysed after every edit with the caches warm, and each report is compared
 * with a fresh analysis of the same text after the caches were emptied.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';
import type { AnalyzeOptions } from '../../src/analyzer/index';
import { clearParseCache } from '../../src/analyzer/nlp';
import { clearSyllableCache, countSyllables } from '../../src/analyzer/syllables';

/** Pieces of sales drafts that make the classifiers ask for tags, and some that stress offsets. */
const PIECES = [
  'Hi Sarah,\n\n', 'Best,\nTom', '\n\n', '\n', ' ', '. ', '? ',
  'Would a 15-minute call next week make sense? ', 'Please reply today. ', 'Sign the contract by Friday! ',
  'Book a slot here: https://example.com/book ', "I'd love to show you how it works. ", 'Let me know if you are free. ',
  'Our team looked at how your reps follow up after a first call. ', 'This is your last chance. ',
  'Zullen we volgende week bellen? ', 'Laatste kans, reageer vandaag nog. ', 'Can you send me the deck? ',
  'We help teams like yours—curious what you think? ', 'Don\'t miss out. ', '🔥 ', "Gong's team won't wait. ",
];

const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

/** One edit, positions as fractions of the current length so they fit any text. */
const edit = fc.oneof(
  fc.record({ type: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: piece }),
  fc.record({ type: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ type: fc.constant('append' as const), text: fc.string({ unit: fc.constantFrom(...'Please reply today. ok?\n'), maxLength: 20 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, e: Edit): string {
  if (e.type === 'append') return text + e.text;
  const at = Math.floor(e.at * text.length);
  if (e.type === 'insert') return text.slice(0, at) + e.text + text.slice(at);
  return text.slice(0, at) + text.slice(at + e.length);
}

const options = fc.record({
  kind: fc.constantFrom('email', 'message', 'post', 'comment'),
  thread: fc.constantFrom('first', 'reply'),
  lang: fc.constantFrom('auto', 'en', 'nl'),
}) as fc.Arbitrary<AnalyzeOptions>;

describe('cached analysis', { timeout: 120_000 }, () => {
  it('equals a fresh analysis after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.array(edit, { minLength: 1, maxLength: 12 }), options, (start, edits, opts) => {
        const texts = [start.join('')];
        for (const e of edits) texts.push(applyEdit(texts.at(-1)!, e));
        // Warm: every text analysed in turn, the caches holding what earlier ones left.
        const warm = texts.map((text) => analyze(text, opts));
        // Fresh: each text alone, after the caches were emptied.
        texts.forEach((text, i) => {
          clearParseCache();
          expect(analyze(text, opts)).toEqual(warm[i]);
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('cached syllable counts', () => {
  // Words spelt alike in both languages but counted differently ("idea": i-de-a, i-dea): a key
  // without the language would hand one language's count to the other.
  const WORDS = ['idea', 'video', 'media', 'coordinate', 'team', 'reageer', 'geïnteresseerd', 'e-mail,', '15-minute', 'mail', 'going', 'ideeën'];
  it('equal fresh counts, whichever language and word came before', () => {
    expect(WORDS.some((w) => countSyllables(w, 'en') !== countSyllables(w, 'nl'))).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('en' as const, 'nl' as const)), { minLength: 1, maxLength: 30 }), (calls) => {
        const warm = calls.map(([word, lang]) => countSyllables(word, lang));
        calls.forEach(([word, lang], i) => {
          clearSyllableCache();
          expect(countSyllables(word, lang)).toBe(warm[i]);
        });
      }),
    );
  });
});
