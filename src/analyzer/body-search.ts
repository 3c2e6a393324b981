/**
 * Finding phrases and sentences in a draft's body, with offsets into the original text.
 * Shared by the tone, clarity, post and subject rules, which match phrase lists (regex
 * sources kept as data in lexicon/) against the body only.
 */
import { paragraphMemo } from './paragraphs';
import type { Draft, Sentence, Span } from './types';
import { execAll } from './regex';

export interface Match extends Span {
  text: string;
}

/**
 * A lexicon entry: a phrase source, or a phrase with the words that should replace it when the
 * plain deletion of `removal()` would not read well.
 */
export type Phrase = string | { phrase: string; replacement: string };

export function phraseSource(entry: Phrase): string {
  return typeof entry === 'string' ? entry : entry.phrase;
}

/** The replacement an entry carries, in the case of the matched text ("Just …" → "I …"). */
export function phraseReplacement(entry: Phrase, matched: string): string | undefined {
  if (typeof entry === 'string') return undefined;
  const first = matched.charAt(0);
  const capital = first !== first.toLowerCase();
  return capital ? entry.replacement.charAt(0).toUpperCase() + entry.replacement.slice(1) : entry.replacement;
}

/**
 * Compiles a phrase of a lexicon into a case-insensitive, word-bounded regex. Phrases are regex
 * sources written the way people type: a plain apostrophe also matches a curly one, and a space
 * matches any run of white space (drafts are hard-wrapped).
 */
export function phrasePattern(source: string): RegExp {
  const body = source.replace(/'/g, "['’]").replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every non-empty match of `pattern` (which must be global) in text[from, to], in text order. */
function matchesIn(text: string, from: number, to: number, pattern: RegExp): Match[] {
  const matches: Match[] = [];
  for (const m of execAll(pattern, text.slice(from, to))) {
    if (m[0].length > 0) matches.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return matches;
}

/** Every match of `pattern` (which must be global) inside the body parts, in text order. */
export function matchInBody(draft: Draft, pattern: RegExp): Match[] {
  return draft.body.flatMap((part) => matchesIn(draft.text, part.start, part.end, pattern)).sort((a, b) => a.start - b.start);
}

/** A match of one pattern out of several: `pattern` is its index in the list. */
export interface ListMatch extends Match {
  pattern: number;
}

/** Each list's matches per paragraph, kept while the draft is typed (no phrase spans a blank line). */
const listMatchesIn = paragraphMemo<ListMatch>(1024);
/** A short name per list of patterns, so a memo key is not the list's whole source. */
const listNames = new WeakMap<readonly RegExp[], string>();

function listName(patterns: readonly RegExp[]): string {
  let name = listNames.get(patterns);
  if (name === undefined) {
    name = `list${nextListName++}`;
    listNames.set(patterns, name);
  }
  return name;
}
let nextListName = 0;

/**
 * Matches of several patterns (a lexicon's list, the same array each call), keeping the earliest
 * (then longest) where two overlap.
 */
export function matchAllInBody(draft: Draft, patterns: readonly RegExp[]): ListMatch[] {
  const name = listName(patterns);
  return draft.body.flatMap((range) =>
    listMatchesIn(name, draft.text, range, (from, to) => firstOfOverlaps(patterns, draft.text, from, to)),
  );
}

/** Matches of the patterns in text[from, to], the earliest (then longest) of overlapping ones kept. */
function firstOfOverlaps(patterns: readonly RegExp[], text: string, from: number, to: number): ListMatch[] {
  const all = patterns.flatMap((pattern, index) => matchesIn(text, from, to, pattern).map((m) => ({ ...m, pattern: index })));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ListMatch[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The sentence that holds `offset`, if any. */
export function sentenceAt(draft: Draft, offset: number): Sentence | undefined {
  return draft.sentences.find((s) => s.start <= offset && offset < s.end);
}

/**
 * A "PS" / "P.S." label at the start of a sentence: a postscript marker, not words of the sentence.
 * Without a full stop ("PS Are you …") the segmenter keeps the label inside the sentence.
 */
const PS_LABEL = /^(?:p\.\s?s\.?|p\.p\.s\.?|pps|ps)(?![\p{L}\p{N}])[\s:.,-]*/iu;

/** Where a sentence's own words start: after a leading postscript label, if it has one. */
export function startAfterPsLabel(draft: Draft, sentence: Span): number {
  const label = PS_LABEL.exec(draft.text.slice(sentence.start, sentence.end));
  return label && label[0].length < sentence.end - sentence.start ? sentence.start + label[0].length : sentence.start;
}

/** Index of the first of `words` that ends after `offset` (`words.length` when none does): a binary search. */
export function firstWordEndingAfter(words: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of one sentence. */
export function wordsOf(draft: Draft, sentence: Sentence): Draft['words'] {
  return draft.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount);
}

/**
 * Quoted speech in the body ("One client told me: "I used to …""): someone else's voice, which
 * the tone and clarity rules leave out. Straight and curly double quotes and guillemets, within a
 * line, whose text starts with a capital (a quoted sentence, not a quoted "word").
 */
const QUOTED_SPEECH = /"(?=\p{Lu})[^"\n]*"|“(?=\p{Lu})[^”\n]*”|„(?=\p{Lu})[^”“\n]*[”“]|«(?=\p{Lu})[^»\n]*»/gu;

export function quotedSpeech(draft: Draft): Match[] {
  return matchInBody(draft, QUOTED_SPEECH);
}

/**
 * Options a template offers the reader to tick or click ("- [ ] Ik wacht op andere offertes",
 * "[Ik heb geen interesse meer](link)"): often in the reader's voice, so their "I" may be the
 * reader. A checkbox at the start of a line (to the line's end), or a markdown link's label.
 */
const READER_OPTION = /^[ \t]*(?:[-*•][ \t]*)?(?:\[[ xX]?\]|☐)[ \t].*$|\[[^\]\n]+\](?=\()/gmu;

/** Text that may be in someone else's voice: quoted speech, and options for the reader. */
export function otherVoices(draft: Draft): Match[] {
  return [...quotedSpeech(draft), ...matchInBody(draft, READER_OPTION)];
}

export function within(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) => s.start <= span.start && span.end <= s.end);
}

export interface Removal extends Span {
  /** What replaces the span so that the sentence reads on without the phrase; absent when no plain cut reads well. */
  replacement?: string;
}

/** An opening phrase that ends like a clause of its own ("I know you're busy, but"): the rest of the sentence stands alone. */
const OPENING_CLAUSE_END = /(?:,|\bbut|\bmaar)$/i;
/** What joins a closing phrase to the sentence before it (", but no worries if not"): it goes too. */
const CLOSING_JOIN = /(?:[\s,;:—–-]+(?:but|and|or|maar|en|of))?[\s,;:—–-]*$/i;

/**
 * How to delete a phrase from its sentence and leave good text behind:
 * - the phrase is the whole sentence ("No worries if not."): the sentence goes, with its punctuation;
 * - it opens the sentence as a clause of its own ("I know you're busy, but could you …"): it goes
 *   with the separators after it, and the next word gets a capital ("Could") unless it has one or
 *   belongs to the phrase starting at `notBefore` (another finding, which this one must not overlap);
 * - it opens the sentence otherwise ("Feel free to ignore this if …"): no plain cut; the span is the phrase;
 * - it closes the sentence ("…, but no worries if not."): it goes with the comma or "but" before it;
 * - otherwise it goes with the white space after it.
 */
export function removal(draft: Draft, match: Span, notBefore?: number): Removal {
  const text = draft.text;
  const sentence = sentenceAt(draft, match.start);
  const from = sentence?.start ?? match.start;
  const to = sentence?.end ?? match.end;
  const before = text.slice(from, match.start);
  const after = text.slice(match.end, to);
  if (before.trim() === '' && /^[\s,.;:!?…—–-]*$/.test(after)) {
    return { start: match.start, end: to, replacement: '' };
  }
  if (before.trim() === '') {
    const phrase = text.slice(match.start, match.end);
    if (!OPENING_CLAUSE_END.test(phrase) && !/^\s*,/.test(after)) return { start: match.start, end: match.end };
    const next = /^[\s,;:—–-]*([\p{Ll}]\S*)/u.exec(after);
    if (next && (notBefore === undefined || match.end + next[0].length <= notBefore)) {
      const word = next[1]!;
      return { start: match.start, end: match.end + next[0].length, replacement: word.charAt(0).toUpperCase() + word.slice(1) };
    }
    const gap = /^[\s,;:—–-]*/.exec(after)![0].length;
    return { start: match.start, end: match.end + gap, replacement: '' };
  }
  if (/^\s*[.!?…]/.test(after)) {
    const lead = CLOSING_JOIN.exec(before)![0].length;
    return { start: match.start - lead, end: match.end, replacement: '' };
  }
  const trail = /^[\s,]*/.exec(after)![0].length;
  return { start: match.start, end: match.end + trail, replacement: '' };
}
