import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const email = (body: string) => `Hi Grace,\n\n${body}\n\nBest,\nOwen`;
const mail = (body: string) => `Beste Jan,\n\n${body}\n\nMet vriendelijke groet,\nPieter`;

/** `n` distinct plain words as sentences of ten, so counts are exact. */
function words(n: number, stem = 'word'): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) out.push(`${stem}${i}${i % 10 === 0 ? '.' : ''}`);
  return out.join(' ');
}

const NOTE_OVER = 'x'.repeat(290) + ' and then some more'; // 309 characters
const LONG_POST = `${'Post text. '.repeat(273)}The end.`; // 3,011 characters

ruleCases('clarity/length', {
  valid: [
    { name: 'a first email of exactly 150 body words', text: email(words(150)) },
    { name: 'a reply of 300 words (the word limit is for first touches)', text: email(words(300)), options: { thread: 'reply' } },
    { name: 'a LinkedIn message of 300 words and no limit given', text: words(300), options: { kind: 'message' } },
    { name: 'a post of 300 words and no limit given', text: words(300), options: { kind: 'post' } },
    { name: 'greeting and sign-off do not count towards the words', text: `Hi Grace,\n\n${words(148)}\n\nBest regards,\nOwen Price\nSiteTag Ltd\nUnit 4, Dock Road` },
    { name: 'an invitation note of exactly 300 characters', text: 'y'.repeat(300), options: { kind: 'message', maxLength: 300 } },
    { name: 'trailing white space is not counted against the limit', text: `${'y'.repeat(300)}\n\n  `, options: { kind: 'message', maxLength: 300 } },
    { name: 'a comment under 1,250 characters', text: 'Great point. '.repeat(90), options: { kind: 'comment', maxLength: 1250 } },
    { name: 'a bad limit is ignored', text: 'Short note.', options: { kind: 'message', maxLength: -5 } },
    { name: 'een eerste e-mail van 120 woorden', text: mail(words(120, 'woord')), options: { lang: 'nl' } },
  ],
  invalid: [
    { name: 'a first email of 151 body words', text: email(words(151)), excerpts: ['word151'] },
    { name: 'a first email of 160 body words', text: email(words(160)), excerpts: [words(160).slice(words(160).indexOf('word151'))] },
    { name: 'an invitation note over 300 characters', text: NOTE_OVER, options: { kind: 'message', maxLength: 300 }, excerpts: ['some more'] },
    {
      name: 'an InMail over 1,900 characters: the span starts at the first non-space past the limit',
      text: `${'a'.repeat(1899)}  beyond the limit`,
      options: { kind: 'message', maxLength: 1900 },
      excerpts: ['beyond the limit'],
    },
    { name: 'a post over 3,000 characters', text: LONG_POST, options: { kind: 'post', maxLength: 3000 }, excerpts: ['t. The end.'] },
    {
      name: 'both: a long first email in a box with a limit',
      text: email(words(160)),
      options: { maxLength: 1000 },
      excerpts: [email(words(160)).slice(1000), words(160).slice(words(160).indexOf('word151'))],
    },
    { name: 'een InMail boven de 1.900 tekens', text: `${'b'.repeat(1900)}x en verder`, options: { kind: 'message', maxLength: 1900, lang: 'nl' }, excerpts: ['x en verder'] },
    { name: 'een eerste e-mail van 151 woorden', text: mail(words(151, 'woord')), options: { lang: 'nl' }, excerpts: ['woord151'] },
  ],
});

it('is an error over the character limit and an info for a long email', () => {
  const over = findingsOf('clarity/length', NOTE_OVER, { kind: 'message', maxLength: 300 });
  expect(over.map((f) => f.severity)).toEqual(['error']);
  expect(over[0]?.message).toContain('309');
  const long = findingsOf('clarity/length', email(words(151)));
  expect(long.map((f) => f.severity)).toEqual(['info']);
  expect(long[0]?.message).toContain('151');
});

it('speaks Dutch for a Dutch draft', () => {
  const [finding] = findingsOf('clarity/length', mail(words(151, 'woord')), { lang: 'nl' });
  expect(finding?.message).toMatch(/woorden/);
  expect(finding?.suggestions[0]?.text).toMatch(/Kort/);
});
