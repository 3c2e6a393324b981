import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const BODY = 'Hi Grace,\n\nYour team puts up the Dock Road scaffold next month. Would a ten-minute demo help?\n\nBest,\nOwen';
const BODY_NL = 'Beste Jan,\n\nUw team zet volgende maand de steigers op. Helpt een demo van tien minuten?\n\nGroet,\nPieter';

// Subject findings have no place in the body: their span is empty at offset 0 (excerpt '').
ruleCases('subject/missing', {
  valid: [
    { name: 'a subject is given', text: BODY, options: { subject: 'Scaffold checks at Dock Road' } },
    { name: 'no subject known (the host has no subject box)', text: BODY },
    { name: 'a one-word subject', text: BODY, options: { subject: 'Scaffolding' } },
    { name: 'only for emails: a LinkedIn message with an empty subject', text: BODY, options: { kind: 'message', subject: '' } },
    { name: 'only for emails: a post', text: BODY, options: { kind: 'post', subject: '' } },
    { name: 'een Nederlands onderwerp', text: BODY_NL, options: { subject: 'Steigerkeuringen', lang: 'nl' } },
  ],
  invalid: [
    { name: 'an empty subject', text: BODY, options: { subject: '' }, excerpts: [''] },
    { name: 'a subject of white space only', text: BODY, options: { subject: '   \t' }, excerpts: [''] },
    { name: 'an empty subject on a reply', text: BODY, options: { subject: '', thread: 'reply' }, excerpts: [''] },
    { name: 'an empty subject and an empty body', text: '', options: { subject: '' }, excerpts: [''] },
    { name: 'een leeg onderwerp', text: BODY_NL, options: { subject: '', lang: 'nl' }, excerpts: [''] },
  ],
});

it('is an empty span at 0, a warning, in the draft’s language', () => {
  const [finding] = findingsOf('subject/missing', BODY_NL, { subject: '', lang: 'nl' });
  expect(finding).toMatchObject({ start: 0, end: 0, excerpt: '', severity: 'warning' });
  expect(finding?.message).toMatch(/onderwerp/);
});
