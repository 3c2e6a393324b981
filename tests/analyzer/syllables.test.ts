/**
 * The English syllable heuristic against the dictionary-backed `syllable` package (a dev
 * dependency only, too big for the content script), over every English word of the corpus.
 * Readability formulas average over many words, so a high agreement rate is what matters.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syllable } from 'syllable';
import { expect, it } from 'vitest';
import { countSyllables, englishSyllables } from '../../src/analyzer/syllables';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

function englishWords(): string[] {
  const words: string[] = [];
  for (const file of ['real.jsonl', 'dev-sets.jsonl', 'dev-written.jsonl']) {
    for (const line of readFileSync(resolve(CORPUS, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const item = JSON.parse(line) as { lang: string; text: string };
      if (item.lang === 'en') words.push(...(item.text.toLowerCase().match(/[a-z]+/g) ?? []));
    }
  }
  return words;
}

it('agrees with the dictionary on at least 97% of the corpus’s English words, and on the total within 2%', () => {
  const words = englishWords();
  expect(words.length).toBeGreaterThan(10_000);
  let same = 0;
  let mine = 0;
  let reference = 0;
  for (const word of words) {
    const a = englishSyllables(word);
    const b = syllable(word);
    if (a === b) same++;
    mine += a;
    reference += b;
  }
  expect(same / words.length).toBeGreaterThan(0.97);
  expect(Math.abs(mine / reference - 1)).toBeLessThan(0.02);
});

it('reads tokens as they appear in the text: hyphens split, numbers are one syllable', () => {
  expect(countSyllables('ten-minute', 'en')).toBe(3);
  expect(countSyllables('15-minute', 'en')).toBe(3);
  expect(countSyllables('e-mail', 'nl')).toBe(2);
  expect(countSyllables('—', 'en')).toBe(0);
});
