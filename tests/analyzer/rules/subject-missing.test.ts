import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const BODY = 'Hi Grace,\n\nYour team puts up the Dock Road scaffold next month. Would a ten-minute demo help?\n\nBest,\nOwen';
const BODY_NL = 'Beste Jan,\n\nUw team zet volgende maand de steigers op. Helpt een demo van tien minuten?\n\nGroet,\nPieter';
const BODY_NL_JE = 'Hoi Sanne,\n\nJe plant in mei drie nieuwe winkels. Zal ik je de checklist voor de opening sturen?\n\nGroetjes,\nMark';
const nl = (subject?: string) => (subject === undefined ? { lang: 'nl' as const } : { subject, lang: 'nl' as const });

// Subject findings have no place in the body: their span is empty at offset 0 (excerpt '').
ruleCases('subject/missing', {
  valid: [
    { name: 'a subject is given', text: BODY, options: { subject: 'Scaffold checks at Dock Road' } },
    { name: 'no subject known (the host has no subject box)', text: BODY },
    { name: 'a one-word subject', text: BODY, options: { subject: 'Scaffolding' } },
    { name: 'only for emails: a LinkedIn message with an empty subject', text: BODY, options: { kind: 'message', subject: '' } },
    { name: 'only for emails: a post', text: BODY, options: { kind: 'post', subject: '' } },
    { name: 'een Nederlands onderwerp', text: BODY_NL, options: { subject: 'Steigerkeuringen', lang: 'nl' } },
    { name: 'a subject that is only an acronym', text: BODY, options: { subject: 'CRM' } },
    { name: 'a reply with a subject', text: BODY, options: { subject: 'Re: Scaffold checks', thread: 'reply' } },
    { name: 'a subject that is only an emoji', text: BODY, options: { subject: '🏗️' } },
    { name: 'only for emails: a comment with an empty subject', text: BODY, options: { kind: 'comment', subject: '' } },
    { name: 'no subject known on a short email', text: 'Hi Grace,\n\nQuick one.\n\nBest,\nOwen' },
    { name: 'een onderwerp van één woord', text: BODY_NL, options: nl('Steigers') },
    { name: 'een onderwerp met "je"', text: BODY_NL_JE, options: nl('Je drie nieuwe winkels in mei') },
    { name: 'een antwoord met "Antw:"', text: BODY_NL, options: { ...nl('Antw: Steigerkeuringen'), thread: 'reply' } },
    { name: 'geen onderwerp bekend (de plek heeft geen onderwerpveld)', text: BODY_NL, options: nl() },
    { name: 'alleen voor e-mails: een LinkedIn-bericht zonder onderwerp', text: BODY_NL_JE, options: { ...nl(''), kind: 'message' } },
    { name: 'alleen voor e-mails: een post zonder onderwerp', text: BODY_NL_JE, options: { ...nl(''), kind: 'post' } },
    { name: 'alleen voor e-mails: een reactie zonder onderwerp', text: BODY_NL_JE, options: { ...nl(''), kind: 'comment' } },
    { name: 'een onderwerp met een getal', text: BODY_NL, options: nl('3 steigers, 1 keuring') },
    { name: 'een onderwerp met een afkorting', text: BODY_NL, options: nl('VCA-keuring') },
  ],
  invalid: [
    { name: 'an empty subject', text: BODY, options: { subject: '' }, excerpts: [''] },
    { name: 'a subject of white space only', text: BODY, options: { subject: '   \t' }, excerpts: [''] },
    { name: 'an empty subject on a reply', text: BODY, options: { subject: '', thread: 'reply' }, excerpts: [''] },
    { name: 'an empty subject and an empty body', text: '', options: { subject: '' }, excerpts: [''] },
    { name: 'een leeg onderwerp', text: BODY_NL, options: { subject: '', lang: 'nl' }, excerpts: [''] },
    { name: 'a subject of line breaks only', text: BODY, options: { subject: '\n\n' }, excerpts: [''] },
    { name: 'a non-breaking space only', text: BODY, options: { subject: '\u00a0' }, excerpts: [''] },
    { name: 'an empty subject on a LinkedIn-style short email', text: 'Hi Grace,\n\nWorth a chat?\n\nOwen', options: { subject: '' }, excerpts: [''] },
    { name: 'an empty subject on an email with a P.S.', text: `${BODY}\n\nP.S. The demo is ten minutes.`, options: { subject: '' }, excerpts: [''] },
    { name: 'een leeg onderwerp bij een mail met "je"', text: BODY_NL_JE, options: nl(''), excerpts: [''] },
    { name: 'een onderwerp van alleen spaties', text: BODY_NL, options: nl('    '), excerpts: [''] },
    { name: 'een onderwerp van alleen een tab en een regeleinde', text: BODY_NL, options: nl('\t\n'), excerpts: [''] },
    { name: 'een leeg onderwerp bij een antwoord', text: BODY_NL, options: { ...nl(''), thread: 'reply' }, excerpts: [''] },
    { name: 'een leeg onderwerp en een lege tekst', text: '', options: nl(''), excerpts: [''] },
    { name: 'een leeg onderwerp bij een korte mail', text: 'Beste Jan,\n\nZullen we dinsdag bellen?\n\nGroet,\nPieter', options: nl(''), excerpts: [''] },
    { name: 'een leeg onderwerp bij een mail met een PS', text: `${BODY_NL}\n\nPS De demo duurt tien minuten.`, options: nl(''), excerpts: [''] },
    { name: 'een leeg onderwerp, taal automatisch herkend', text: 'Beste Jan,\n\nUw team zet volgende maand de steigers op bij de nieuwe school in Utrecht. Zullen we volgende week tien minuten bellen over de keuring?\n\nMet vriendelijke groet,\nPieter', options: { subject: '' }, excerpts: [''] },
    { name: 'een onderwerp van alleen een harde spatie', text: BODY_NL_JE, options: nl('\u00a0\u00a0'), excerpts: [''] },
  ],
});

it('is an empty span at 0, a warning, in the draft’s language', () => {
  const [finding] = findingsOf('subject/missing', BODY_NL, { subject: '', lang: 'nl' });
  expect(finding).toMatchObject({ start: 0, end: 0, excerpt: '', severity: 'warning' });
  expect(finding?.message).toMatch(/onderwerp/);
});
