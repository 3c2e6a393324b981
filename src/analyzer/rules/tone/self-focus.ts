/**
 * tone/self-focus: a body of 50+ words with at least twice as many first-person words as
 * second-person words — the draft is about the writer, not the reader.
 */
import { otherVoices, startAfterPsLabel, within } from '../../body-search';
import { EN_FIRST_PERSON, EN_SECOND_PERSON } from '../../lexicon/en-tone';
import { NL_FIRST_PERSON, NL_SECOND_PERSON } from '../../lexicon/nl-tone';
import type { Draft, Lang, Rule, Span } from '../../types';
import { plainForms } from '../../word-forms';

const MIN_WORDS = 50;
const RATIO = 2;
/**
 * rules.md is silent on drafts that barely use the first person: read literally, one "we" in 60
 * words and no "you" would already be "twice as many". A draft is about its writer only when the
 * first person is frequent, so the rule also needs at least 4 such words and one in 15 body words
 * (the self-focused drafts of the labelled corpus run at one in 8 to one in 12).
 */
const MIN_FIRST_PERSON = 4;
const MIN_FIRST_PERSON_SHARE = 1 / 15;

const PRONOUNS: Record<Lang, { first: ReadonlySet<string>; second: ReadonlySet<string> }> = {
  en: { first: new Set(EN_FIRST_PERSON), second: new Set(EN_SECOND_PERSON) },
  nl: { first: new Set(NL_FIRST_PERSON), second: new Set(NL_SECOND_PERSON) },
};

type Person = 'first' | 'second' | undefined;

/** The person of the draft's word at `index`. */
function personOf(draft: Draft, index: number): Person {
  const lang = draft.lang;
  // "US" in capitals is the country, not "us".
  if (lang === 'en' && draft.words[index]!.text === 'US') return undefined;
  const w = plainForms(draft.words)[index]!;
  if (PRONOUNS[lang].first.has(w)) return 'first';
  if (PRONOUNS[lang].second.has(w)) return 'second';
  return undefined;
}

const TEXT = {
  en: {
    message: (first: number, second: number) =>
      `This draft is mostly about you as the writer: ${first} words like I/we/our against ${second} like you/your. ` +
      'This sentence is the most self-focused.',
    suggestion: 'Turn this sentence towards the reader: what does it change for them?',
  },
  nl: {
    message: (first: number, second: number) =>
      `Dit bericht gaat vooral over uzelf: ${first} woorden als ik/wij/onze tegen ${second} als u/uw/je. ` +
      'Deze zin is het meest op uzelf gericht.',
    suggestion: 'Draai deze zin naar de lezer toe: wat verandert er voor hem of haar?',
  },
};

/** The sentence with the most first-person words (the first one on a tie). */
function mostSelfFocused(draft: Draft, quoted: readonly Span[]): Span | undefined {
  let best: { start: number; end: number; count: number } | undefined;
  for (const sentence of draft.sentences) {
    let count = 0;
    for (let i = sentence.firstWord; i < sentence.firstWord + sentence.wordCount; i++) {
      if (personOf(draft, i) === 'first' && !within(quoted, draft.words[i]!)) count++;
    }
    if (count > 0 && (!best || count > best.count)) best = { start: startAfterPsLabel(draft, sentence), end: sentence.end, count };
  }
  return best;
}

const rule: Rule = {
  meta: {
    id: 'tone/self-focus',
    set: 'tone',
    severity: 'info',
    description: {
      en: 'A draft of 50+ words with at least twice as many I/we/our words as you/your words.',
      nl: 'Een bericht van 50+ woorden met minstens twee keer zoveel ik/wij/onze-woorden als u/je-woorden.',
    },
    rationale: {
      en:
        'Readers answer messages about their own situation. A draft that talks about "we" and "our" twice as often ' +
        'as about "you" reads like a brochure; under 50 words the counts are too small to mean much.',
      nl:
        'Lezers reageren op berichten over hun eigen situatie. Een bericht dat twee keer zo vaak over "wij" en "onze" ' +
        'gaat als over "u" leest als een folder; onder de 50 woorden zeggen de aantallen te weinig.',
    },
  },
  check(draft) {
    if (draft.words.length < MIN_WORDS) return [];
    let first = 0;
    let second = 0;
    // Quoted speech and reply options are someone else's voice: their pronouns say nothing about
    // whom the draft is about.
    const quoted = otherVoices(draft);
    for (let i = 0; i < draft.words.length; i++) {
      const person = personOf(draft, i);
      if (person === undefined || within(quoted, draft.words[i]!)) continue;
      if (person === 'first') first++;
      else if (person === 'second') second++;
    }
    if (first < MIN_FIRST_PERSON || first < MIN_FIRST_PERSON_SHARE * draft.words.length) return [];
    if (first < RATIO * second) return [];
    const span = mostSelfFocused(draft, quoted);
    if (!span) return [];
    const text = TEXT[draft.lang];
    return [{ start: span.start, end: span.end, message: text.message(first, second), suggestions: [{ text: text.suggestion }] }];
  },
};

export default rule;
