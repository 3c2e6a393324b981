/**
 * The one door to compromise in the whole project: every other module asks for tokens and tags here.
 *
 * Build: `compromise/two` — tokenizer, lexicon and part-of-speech tagger, which is all the ask
 * classifier consults (is this clause-initial word a base-form verb or a noun?). `compromise/one`
 * has no tagger; the full build adds sentence/verb/noun APIs (~17 KB gzipped more) that nothing
 * here uses, because sentences come from our own segmenter.
 *
 * Speed: tagging is the expensive part of compromise, and most sentences never need it. Words come
 * from a cheap tokenizer of our own (contractions expanded: "I'd" → "i" + "would"); a sentence is
 * handed to compromise only when a classifier asks for a tag in it, at most once, and its tags are
 * kept in a small LRU keyed by the sentence's text, so re-analysis while the user types reparses
 * nothing that did not change. Tokens are kept the same way (they are a tenth of an analysis).
 */
import nlp from 'compromise/two';
import { Lru } from './lru';
import { clearSyllableCache } from './syllables';
import type { Span } from './types';
import { execAll } from './regex';

export interface Token extends Span {
  /** The token as written; empty for the second half of a contraction ("I'd" → "I'd" + ""). */
  text: string;
  /** Lower-case word with contractions expanded ("I'd" → "i", then "would"). */
  word: string;
}

/** Links, e-mail addresses, words with inner apostrophes, dots, hyphens ("don't", "e-mail", "3.5"), and emoji. */
const TOKEN =
  /(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’]|[\w.+-]+@[\w-]+\.[\w.-]*\w|[\p{L}\p{N}][\p{L}\p{N}\p{M}_]*(?:['’.\-&][\p{L}\p{N}][\p{L}\p{N}\p{M}_]*)*|\p{Extended_Pictographic}/gu;

/** Negations whose stem changes ("won't" → "will not"). */
const IRREGULAR_NEGATIONS: Record<string, string> = { "won't": 'will', "can't": 'can', "shan't": 'shall', "ain't": 'is' };
const CONTRACTED_VERBS: Record<string, string> = { "'d": 'would', "'ll": 'will', "'re": 'are', "'ve": 'have', "'m": 'am' };
/** Words after which "'s" is "is"; elsewhere it marks a possessive ("Gong's team"). */
const IS_AFTER = new Set([
  'it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'why', 'he', 'she', 'now', 'this', 'everything',
  'nothing', 'something', 'today', 'which', 'one',
]);
const RUN_TOGETHER: Record<string, string[]> = {
  wanna: ['want', 'to'], gonna: ['going', 'to'], gotta: ['got', 'to'], cannot: ['can', 'not'],
  // Chat initials of a whole phrase: "Lmk", "lmk if that works".
  lmk: ['let', 'me', 'know'],
};
/** Chat shorthand read as the word it stands for ("pls reply this message"). */
const SHORTHAND: Record<string, string> = { pls: 'please', plz: 'please', plse: 'please', pl0x: 'please' };

/** The words a written token stands for, contractions expanded. */
function expand(lower: string): string[] {
  const w = lower.replace(/’/g, "'");
  if (w in IRREGULAR_NEGATIONS) return [IRREGULAR_NEGATIONS[w]!, 'not'];
  if (w.endsWith("n't")) return [w.slice(0, -3), 'not'];
  const short = SHORTHAND[w];
  if (short) return [short];
  const together = RUN_TOGETHER[w];
  if (together) return [...together];
  const verb = /^(.+)('d|'ll|'re|'ve|'m)$/.exec(w);
  if (verb) return [verb[1]!, CONTRACTED_VERBS[verb[2]!]!];
  const s = /^(.+)'s$/.exec(w);
  if (s) {
    if (s[1] === 'let') return ['let', 'us'];
    return IS_AFTER.has(s[1]!) ? [s[1]!, 'is'] : [s[1]!];
  }
  return [w];
}

/**
 * Hyphenated words become their parts ("sign-up" → "sign", "up"; "10-minute" → "10", "minute"),
 * except a one-letter prefix ("e-mail", "e-book").
 */
function pieces(text: string, start: number): { text: string; start: number }[] {
  if (!text.includes('-') || /^(?:https?:|www\.)/i.test(text) || text.includes('@')) return [{ text, start }];
  const out: { text: string; start: number }[] = [];
  let at = 0;
  for (const part of text.split('-')) {
    const last = out[out.length - 1];
    if (last && last.text.length === 1) last.text += `-${part}`;
    else out.push({ text: part, start: start + at });
    at += part.length + 1;
  }
  return out.filter((p) => p.text.length > 0);
}

/** Enough for the sentences of a long draft plus those kept from earlier keystrokes. */
const CACHE_SIZE = 512;
/** Sentence text → its tokens, offsets from the sentence's start (see tokensIn). */
const tokenCache = new Lru<readonly Token[]>(CACHE_SIZE);

/**
 * The tokens of `text` inside `span`, offsets into `text`. Cheap: no tagging; and a sentence
 * already tokenized (the same text at any offset, as on every keystroke elsewhere in the draft)
 * is only shifted to where it is now.
 */
export function tokensIn(text: string, span: Span): Token[] {
  const slice = text.slice(span.start, span.end);
  let relative = tokenCache.get(slice);
  if (relative === undefined) {
    relative = tokenize(slice);
    tokenCache.set(slice, relative);
  }
  const shift = span.start;
  return relative.map((t) => ({ text: t.text, word: t.word, start: t.start + shift, end: t.end + shift }));
}

function tokenize(slice: string): Token[] {
  const out: Token[] = [];
  for (const m of execAll(TOKEN, slice)) {
    for (const piece of pieces(m[0], m.index)) {
      const end = piece.start + piece.text.length;
      const words = /^(?:https?:|www\.)/i.test(piece.text) ? [piece.text.toLowerCase()] : expand(piece.text.toLowerCase());
      out.push({ text: piece.text, word: words[0]!, start: piece.start, end });
      for (const extra of words.slice(1)) out.push({ text: '', word: extra, start: end, end });
    }
  }
  return out;
}

/** Sentence text → tags by the start offset of each term within it. */
const tagCache = new Lru<ReadonlyMap<number, ReadonlySet<string>>>(CACHE_SIZE);
const NO_TAGS: ReadonlySet<string> = new Set();

interface RawTerm {
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Dashes glued between words ("curious—what") would otherwise be tagged as one word; a space of
 * the same length keeps every offset in place.
 */
const GLUED_DASHES = /[\u2012-\u2015]/g;

function tagSentence(sentence: string): ReadonlyMap<number, ReadonlySet<string>> {
  const hit = tagCache.get(sentence);
  if (hit) return hit;
  const doc = nlp(sentence.replace(GLUED_DASHES, ' '));
  doc.compute('offset');
  const byStart = new Map<number, ReadonlySet<string>>();
  for (const term of (doc.document as RawTerm[][]).flat()) {
    const start = term.offset?.start;
    if (start !== undefined && !byStart.has(start)) byStart.set(start, term.tags);
  }
  tagCache.set(sentence, byStart);
  return byStart;
}

/**
 * compromise's part-of-speech tags (Verb, Infinitive, Noun, Pronoun …) of `token`, read in the
 * context of its sentence `sentence` (a span of `text`). The sentence is tagged on first use.
 */
export function tagsOf(text: string, sentence: Span, token: Token): ReadonlySet<string> {
  if (token.text === '') return NO_TAGS;
  const tags = tagSentence(text.slice(sentence.start, sentence.end));
  return tags.get(token.start - sentence.start) ?? NO_TAGS;
}

/** Empties the tag, token and syllable caches (./caches.ts empties every cache of the analyzer). */
export function clearParseCache(): void {
  tagCache.clear();
  tokenCache.clear();
  clearSyllableCache();
}

/** compromise's own parse of a text, untouched: the yardstick of the speed budget. */
export function parseWhole(text: string): void {
  nlp(text);
}

/** compromise's English lexicon: lower-case words it knows, with their tag. */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;

/** Whether compromise's lexicon knows the word (any case) as an English word. */
export function isKnownWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(LEXICON, word.toLowerCase());
}
