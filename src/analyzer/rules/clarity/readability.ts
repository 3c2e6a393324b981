/**
 * clarity/readability: a body of 40+ words that reads above grade 10.
 * English: Flesch-Kincaid grade level above 10. Dutch: Flesch-Douma reading ease below 50
 * (Douma's adaptation of Flesch's reading ease to Dutch), as rules.md sets them.
 * The span is the hardest sentence: the one to split or simplify first.
 */
import { wordsOf } from '../../body-search';
import { Lru } from '../../lru';
import { countSyllables } from '../../syllables';
import type { Draft, Lang, Rule, Sentence, Word } from '../../types';

const MIN_WORDS = 40;
const MAX_GRADE = 10;
const MIN_EASE = 50;
/** A sentence this short cannot be "the hardest": one long word would make it look so. */
const MIN_SENTENCE_WORDS = 5;
/** Share of the average sentence length that a candidate for "hardest sentence" must reach. */
const NEAR_AVERAGE = 0.6;

/**
 * Tokens that are not read as words and would skew the syllable count: links and domains
 * ("example.com"), addresses, template placeholders ("{{first_name}}", "[LinkedIn_URL]"),
 * numbers, and brand names written in camel case ("WhatsApp", "FlexMatch").
 */
const NOT_PROSE = /^(?:https?:\/\/|www\.)|@|_|\.[a-z]{2,}$|^\d[\d.,:%-]*$/i;
const CAMEL_CASE = /^\p{Lu}?\p{Ll}+\p{Lu}/u;

interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Hashtags and mentions are labels, not words read in a sentence. */
function isTagOrMention(draft: Draft, word: Word): boolean {
  const before = draft.text[word.start - 1];
  return before === '#' || before === '@';
}

/**
 * A capitalised word inside a sentence is a name ("Tilburg", "Urenwijs", "Harbour View"): the
 * reader recognises it rather than decodes it, so its length says nothing about how hard the
 * text reads. Sentence-initial words, "I" and lower-case words are counted.
 */
function isName(word: Word, index: number): boolean {
  return index > 0 && word.text !== 'I' && /^\p{Lu}/u.test(word.text);
}

function proseWords(draft: Draft, sentence: Sentence): Word[] {
  return wordsOf(draft, sentence).filter(
    (w, index) =>
      /\p{L}/u.test(w.text) &&
      !isName(w, index) &&
      !NOT_PROSE.test(w.text) &&
      !CAMEL_CASE.test(w.text) &&
      !isTagOrMention(draft, w) &&
      !/[{[]/.test(draft.text[w.start - 1] ?? ''),
  );
}

/** Counts of sentences seen before, by language, word count and text (with the character before it, read for "@" and "#"). */
const countsSeen = new Lru<Counts>(1024);

function countSentence(draft: Draft, sentence: Sentence): Counts {
  const key = `${draft.lang}|${sentence.wordCount}|${draft.text.slice(Math.max(0, sentence.start - 1), sentence.end)}`;
  const seen = countsSeen.get(key);
  if (seen) return seen;
  const words = proseWords(draft, sentence);
  const syllables = words.reduce((sum, w) => sum + countSyllables(w.text, draft.lang), 0);
  const counts = { words: words.length, sentences: words.length > 0 ? 1 : 0, syllables };
  countsSeen.set(key, counts);
  return counts;
}

/** Empties the counts kept (tests check first analyses with it). */
export function clearReadabilityCounts(): void {
  countsSeen.clear();
}

/** Flesch-Kincaid grade level (Kincaid et al., 1975). */
export function fleschKincaidGrade(c: Counts): number {
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

/** Flesch-Douma reading ease (Douma, 1960): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
export function fleschDoumaEase(c: Counts): number {
  return 206.84 - 0.77 * ((100 * c.syllables) / c.words) - 0.93 * (c.words / c.sentences);
}

/** How hard the counts read, on one scale for both languages: higher is harder. */
function difficulty(c: Counts, lang: Lang): number {
  return lang === 'en' ? fleschKincaidGrade(c) : -fleschDoumaEase(c);
}

function tooHard(c: Counts, lang: Lang): boolean {
  return lang === 'en' ? fleschKincaidGrade(c) > MAX_GRADE : fleschDoumaEase(c) < MIN_EASE;
}

const TEXT = {
  en: {
    message: (score: number) =>
      `This reads at about grade ${score.toFixed(1)} (Flesch-Kincaid); aim for 10 or lower. This is the hardest sentence.`,
    suggestion: 'Split this sentence and use shorter, everyday words',
  },
  nl: {
    message: (score: number) =>
      `Dit leest moeilijk: Flesch-Douma-leesgemak ${score.toFixed(1).replace('.', ',')}; mik op 50 of hoger. Dit is de moeilijkste zin.`,
    suggestion: 'Splits deze zin en gebruik kortere, gewone woorden',
  },
};

const rule: Rule = {
  meta: {
    id: 'clarity/readability',
    set: 'clarity',
    severity: 'info',
    description: {
      en: 'A body of 40+ words that reads above grade 10 (Flesch-Kincaid; Flesch-Douma below 50 for Dutch).',
      nl: 'Een tekst van 40+ woorden boven niveau 10 (Flesch-Douma-leesgemak onder 50; Flesch-Kincaid voor Engels).',
    },
    rationale: {
      en:
        'Long sentences of long words make a busy reader work, and they skim or leave. Flesch-Kincaid grade = ' +
        '0.39 × words per sentence + 11.8 × syllables per word − 15.59 (Kincaid et al., 1975); above grade 10 ' +
        'is harder than most sales mail needs to be. Under 40 words the formula is too unstable to judge.',
      nl:
        'Lange zinnen met lange woorden laten een drukke lezer werken; die scant of haakt af. Flesch-Douma-leesgemak = ' +
        '206,84 − 0,77 × lettergrepen per 100 woorden − 0,93 × woorden per zin (Douma, 1960); onder 50 is de tekst ' +
        'moeilijker dan een verkoopbericht hoeft te zijn. Onder 40 woorden is de formule te onrustig om te oordelen.',
    },
  },
  check(draft) {
    // The formulas are made for running prose: headings, list items and other lines without
    // sentence punctuation (Sentence.standalone) are left out, as they would skew both counts.
    const prose = draft.sentences.filter((s) => !s.standalone);
    const perSentence = prose.map((s) => ({ sentence: s, counts: countSentence(draft, s) }));
    const total = perSentence.reduce<Counts>(
      (sum, { counts }) => ({
        words: sum.words + counts.words,
        sentences: sum.sentences + counts.sentences,
        syllables: sum.syllables + counts.syllables,
      }),
      { words: 0, sentences: 0, syllables: 0 },
    );
    if (draft.words.length < MIN_WORDS || total.words === 0 || !tooHard(total, draft.lang)) return [];
    // The hardest sentence is sought among those of near-average length or more: a short line of
    // two long words scores "hard" on the formula but is not where the reader struggles.
    const minWords = Math.max(MIN_SENTENCE_WORDS, NEAR_AVERAGE * (total.words / total.sentences));
    const candidates = perSentence.filter(({ counts }) => counts.words >= minWords);
    const pool = candidates.length > 0 ? candidates : perSentence.filter(({ counts }) => counts.words > 0);
    const hardest = pool.reduce((a, b) => (difficulty(b.counts, draft.lang) > difficulty(a.counts, draft.lang) ? b : a));
    const text = TEXT[draft.lang];
    const score = draft.lang === 'en' ? fleschKincaidGrade(total) : fleschDoumaEase(total);
    return [
      {
        start: hardest.sentence.start,
        end: hardest.sentence.end,
        message: text.message(score),
        suggestions: [{ text: text.suggestion }],
      },
    ];
  },
};

export default rule;
