/**
 * Reading one English clause: where its core starts once discourse words, bullets and a
 * vocative are skipped, and small tests on its words and tags shared by the statement and
 * question classifiers.
 */
import type { Token } from '../nlp';
import type { Clause } from './clauses';
import { findPhrase, matchAt, type Phrase } from './phrases';
import { CLAUSE_LEADS } from '../lexicon/en-asks';

/** Words with no letter or digit: emoji, arrows, bullets, stray punctuation. */
export function isDecoration(word: string): boolean {
  return !/[\p{L}\p{N}]/u.test(word);
}

/** Index of the clause's core: after leads ("so", "just", "in the meantime"), decoration and a vocative ("Sarah, …"). */
export function coreIndex(text: string, clause: Clause): number {
  const { words, tokens } = clause;
  let h = 0;
  for (;;) {
    const word = words[h];
    if (word === undefined) return h;
    if (isDecoration(word)) {
      h++;
      continue;
    }
    const lead = matchAt(CLAUSE_LEADS, words, h);
    if (lead > 0 && h + lead < words.length) {
      h += lead;
      continue;
    }
    if (isVocative(text, tokens, h)) {
      h++;
      continue;
    }
    return h;
  }
}

/**
 * A capitalised word or template placeholder followed by a comma or dash at the start of a
 * clause: "Sarah, would you …", "{{First_Name}} -- any thoughts?". ("Please, …" is not one.)
 */
function isVocative(text: string, tokens: Token[], h: number): boolean {
  const t = tokens[h]!;
  const next = tokens[h + 1];
  if (!next || t.word === 'please') return false;
  const gap = text.slice(t.end, next.start);
  const name = /^\p{Lu}/u.test(t.text) || /[{[]/.test(text.slice(Math.max(0, t.start - 2), t.start));
  return name && /[,\u2012-\u2015]|\s-{1,2}\s/.test(gap);
}

/** Some phrase of `list` occurs in `words` at or after `from`. */
export function has(list: readonly Phrase[], words: readonly string[], from = 0): boolean {
  return findPhrase(list, words, from) !== undefined;
}

/** Part-of-speech tags of a token, looked up on demand (nlp.ts tags a sentence only when asked). */
export type Tagger = (token: Token) => ReadonlySet<string>;

/**
 * Does the verb at `h` read as an imperative rather than as the noun of a statement ("Email
 * marketing works", "Call volume dropped", "Reply rates doubled")? compromise tags the words: a
 * head it takes for a noun, followed by a noun or verb and later by a finite verb, is a subject.
 */
export function readsAsImperative(tokens: Token[], h: number, tag: Tagger): boolean {
  const head = tokens[h];
  if (!head) return false;
  const next = tokens[h + 1];
  if (next && /^(?:is|was|are|were|has|have|had|of|will|would|can|could|does|did)$/.test(next.word)) return false;
  const headTags = tag(head);
  if (headTags.has('PastTense') || headTags.has('Gerund')) return false;
  if (!next || !(headTags.has('Noun') && !headTags.has('Verb'))) return true;
  const nextTags = tag(next);
  const nounPhrase = (nextTags.has('Noun') && !nextTags.has('Pronoun')) || (nextTags.has('Verb') && !nextTags.has('Particle'));
  return !(nounPhrase && mainClauseOf(tokens, h + 1).some((t) => isFiniteVerb(tag(t))));
}

/** Words that open a clause of its own: "Sign page 2 where I marked it" has its finite verb there. */
const CLAUSE_OPENERS = /^(?:where|when|that|which|who|whom|whose|if|because|as|once|before|after|while|since|until|so|i|we|you|they|he|she)$/;

/** The tokens from `from` up to the first word that opens a clause of its own. */
function mainClauseOf(tokens: Token[], from: number): Token[] {
  const rest = tokens.slice(from);
  const cut = rest.findIndex((t) => CLAUSE_OPENERS.test(t.word));
  return cut < 0 ? rest : rest.slice(0, cut);
}

function isFiniteVerb(tags: ReadonlySet<string>): boolean {
  return tags.has('Verb') && !tags.has('Infinitive') && (tags.has('PresentTense') || tags.has('PastTense') || tags.has('Copula'));
}
