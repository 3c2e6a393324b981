import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';
import { nl } from './drafts';

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

const mailJe = (body: string) => `Hoi Sanne,\n\n${body}\n\nGroetjes,\nMark`;
/** Dutch prose cut to exactly `n` characters. */
const notitie = (n: number) => 'Ik zag je bericht over de nieuwe winkels in Utrecht en Amersfoort. '.repeat(Math.ceil(n / 60)).slice(0, n);
const NOTITIE_300 = notitie(300);
const NOTITIE_301 = `${NOTITIE_300}.`;
const NOTITIE_OVER = `${notitie(296)} en daarna nog meer`; // 315 characters, 'daarna' starts at 300
const REACTIE_OVER = `${'Mooi punt, dat herken ik. '.repeat(48)}En toch blijft het lastig.`; // 1,248 + 26 characters
const LANGE_POST = `${'Posttekst. '.repeat(273)}Het einde.`; // 3,013 characters

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
    { name: 'a first email of 120 words', text: email(words(120)) },
    { name: 'een eerste e-mail van 120 woorden', text: mail(words(120, 'woord')), options: { lang: 'nl' } },
    { name: 'een eerste e-mail van precies 150 woorden', text: mail(words(150, 'woord')), options: nl },
    { name: 'een eerste e-mail met "je" van precies 150 woorden', text: mailJe(words(150, 'woord')), options: nl },
    { name: 'een antwoord van 300 woorden (de woordgrens geldt voor eerste mails)', text: mail(words(300, 'woord')), options: { lang: 'nl', thread: 'reply' } },
    { name: 'een LinkedIn-bericht van 300 woorden zonder limiet', text: words(300, 'woord'), options: { kind: 'message', lang: 'nl' } },
    { name: 'een post van 300 woorden zonder limiet', text: words(300, 'woord'), options: { kind: 'post', lang: 'nl' } },
    { name: 'aanhef, afsluiting en handtekening tellen niet mee', text: `Beste Jan,\n\n${words(148, 'woord')}\n\nMet vriendelijke groet,\nPieter de Vries\nSteigerbouw Utrecht BV\nHavenweg 4, Utrecht`, options: nl },
    { name: 'een uitnodiging van precies 300 tekens', text: NOTITIE_300, options: { kind: 'message', maxLength: 300, lang: 'nl' } },
    { name: 'witruimte aan het eind telt niet mee', text: `${NOTITIE_300}\n\n  `, options: { kind: 'message', maxLength: 300, lang: 'nl' } },
    { name: 'een reactie onder de 1.250 tekens', text: 'Mooi punt, dat herken ik. '.repeat(45), options: { kind: 'comment', maxLength: 1250, lang: 'nl' } },
    { name: 'een post van precies 3.000 tekens', text: 'Posttekst. '.repeat(273).slice(0, 3000), options: { kind: 'post', maxLength: 3000, lang: 'nl' } },
    { name: 'een ongeldige limiet wordt genegeerd', text: 'Kort bericht.', options: { kind: 'message', maxLength: 0, lang: 'nl' } },
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
    { name: 'an invitation note of 301 characters', text: `${'y'.repeat(300)}!`, options: { kind: 'message', maxLength: 300 }, excerpts: ['!'] },
    { name: 'a comment over 1,250 characters (1,250 up to the last space)', text: `${'Great point. '.repeat(96)}  Agreed, and thanks.`, options: { kind: 'comment', maxLength: 1250 }, excerpts: ['Agreed, and thanks.'] },
    {
      name: 'a signature block does not hide the extra words',
      text: `Hi Grace,\n\n${words(151)}\n\nBest regards,\nOwen Price\nSiteTag Ltd\nUnit 4, Dock Road`,
      excerpts: ['word151'],
    },
    { name: 'een InMail boven de 1.900 tekens', text: `${'b'.repeat(1900)}x en verder`, options: { kind: 'message', maxLength: 1900, lang: 'nl' }, excerpts: ['x en verder'] },
    { name: 'een eerste e-mail van 151 woorden', text: mail(words(151, 'woord')), options: { lang: 'nl' }, excerpts: ['woord151'] },
    { name: 'een eerste e-mail met "je" van 151 woorden', text: mailJe(words(151, 'woord')), options: nl, excerpts: ['woord151'] },
    { name: 'een eerste e-mail van 160 woorden', text: mail(words(160, 'woord')), options: nl, excerpts: [words(160, 'woord').slice(words(160, 'woord').indexOf('woord151'))] },
    { name: 'een uitnodiging boven de 300 tekens', text: NOTITIE_OVER, options: { kind: 'message', maxLength: 300, lang: 'nl' }, excerpts: [NOTITIE_OVER.slice(NOTITIE_OVER.indexOf('daarna'))] },
    { name: 'een uitnodiging van 301 tekens', text: NOTITIE_301, options: { kind: 'message', maxLength: 300, lang: 'nl' }, excerpts: ['.'] },
    { name: 'een reactie boven de 1.250 tekens', text: REACTIE_OVER, options: { kind: 'comment', maxLength: 1250, lang: 'nl' }, excerpts: ['toch blijft het lastig.'] },
    { name: 'een post boven de 3.000 tekens', text: LANGE_POST, options: { kind: 'post', maxLength: 3000, lang: 'nl' }, excerpts: ['t. Het einde.'] },
    { name: 'een InMail-antwoord boven de limiet (de tekenlimiet geldt ook voor antwoorden)', text: `${'c'.repeat(1900)} verder`, options: { kind: 'message', maxLength: 1900, thread: 'reply', lang: 'nl' }, excerpts: ['verder'] },
    {
      name: 'allebei: een lange eerste e-mail in een vak met een limiet',
      text: mail(words(160, 'woord')),
      options: { maxLength: 1100, lang: 'nl' },
      excerpts: [mail(words(160, 'woord')).slice(1100), words(160, 'woord').slice(words(160, 'woord').indexOf('woord151'))],
    },
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
