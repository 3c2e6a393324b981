/**
 * The English syllable heuristic against the dictionary-backed `syllable` package (a dev
 * dependency only, too big for the content script). Readability formulas average over many words,
 * so a high agreement rate is what matters. The team's own texts (kept in the repository) are
 * always measured; the shared corpus, when it is next to the repository, adds its English words.
 */
import { syllable } from 'syllable';
import { expect, it } from 'vitest';
import { corpusAvailable, corpusDir, loadCorpusFile, loadRecords, TEAM_WRITTEN, type CorpusRecord } from '../../scripts/lib/corpus';
import { countSyllables, englishSyllables } from '../../src/analyzer/syllables';

function englishWords(records: readonly CorpusRecord[]): string[] {
  return records.filter((r) => r.lang === 'en').flatMap((r) => r.text.toLowerCase().match(/[a-z]+/g) ?? []);
}

function expectAgreement(words: readonly string[]): void {
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
}

it('agrees with the dictionary on at least 97% of the team texts’ English words, and on the total within 2%', () => {
  const words = englishWords(loadRecords(TEAM_WRITTEN));
  expect(words.length).toBeGreaterThan(5_000);
  expectAgreement(words);
});

const corpus = corpusAvailable();
if (!corpus) console.warn(`corpus not found in ${corpusDir()}: syllable check on the corpus skipped (set PITCHLINT_CORPUS)`);

it.skipIf(!corpus)('agrees the same way on every English word of the shared corpus', () => {
  const words = englishWords([...loadCorpusFile('real.jsonl'), ...loadCorpusFile('dev-sets.jsonl'), ...loadCorpusFile('dev-written.jsonl')]);
  expect(words.length).toBeGreaterThan(10_000);
  expectAgreement(words);
});

it('reads tokens as they appear in the text: hyphens split, numbers are one syllable', () => {
  expect(countSyllables('ten-minute', 'en')).toBe(3);
  expect(countSyllables('15-minute', 'en')).toBe(3);
  expect(countSyllables('e-mail', 'nl')).toBe(2);
  expect(countSyllables('—', 'en')).toBe(0);
});
