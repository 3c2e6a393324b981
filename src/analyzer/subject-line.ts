/**
 * The email subject line as the subject rules see it. Subject findings have no place in the
 * body: they use an empty span at offset 0 (excerpt ''), and the extension shows them on the
 * subject box. Their suggestions' replacements are the whole new subject line.
 */
import { KNOWN_ACRONYMS, SUBJECT_PREFIX } from './lexicon/subject-triggers';
import type { Draft, RawFinding, Suggestion } from './types';
import { execAll } from './regex';

/** The subject to check: only for an email, and only when the host gave one (even empty). */
export function subjectOf(draft: Draft): string | undefined {
  return draft.kind === 'email' && typeof draft.subject === 'string' ? draft.subject : undefined;
}

/** The subject without "Re:" / "Fwd:" / "Antw:" prefixes, which the writer did not choose. */
export function subjectText(subject: string): { prefix: string; rest: string } {
  const prefix = SUBJECT_PREFIX.exec(subject)?.[0] ?? '';
  return { prefix, rest: subject.slice(prefix.length).trim() };
}

/** Words of a subject: runs of non-space holding a letter or digit ("Re:" prefixes excluded). */
export function subjectWords(subject: string): string[] {
  return subjectText(subject).rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Words in capitals that are not acronyms or names: two letters or more, no digit, not in the acronym list. */
export function shoutedWords(subject: string): string[] {
  const shouted: string[] = [];
  for (const m of execAll(/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu, subject)) {
    const word = m[0];
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || /\p{N}/u.test(word)) continue;
    if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) continue;
    if (KNOWN_ACRONYMS.has(word.toUpperCase().replace(/’/g, "'"))) continue;
    shouted.push(word);
  }
  return shouted;
}

/** A subject finding: an empty span at 0, since the subject is not part of the analysed text. */
export function subjectFinding(message: string, suggestions: Suggestion[]): RawFinding {
  return { start: 0, end: 0, message, suggestions };
}

/** Tidies a subject after words were taken out: spaces, stray punctuation at the ends, a capital first. */
export function tidySubject(subject: string): string {
  const tidy = subject
    .replace(/\s+/g, ' ')
    .replace(/\s+([,:;.!?])/g, '$1')
    .replace(/^[\s,:;.!\-–—]+|[\s,:;\-–—]+$/g, '')
    .trim();
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}
