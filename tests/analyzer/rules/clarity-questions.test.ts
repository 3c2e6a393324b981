import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const email = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAnna`;
const mail = (body: string) => `Beste Jan,\n\n${body}\n\nMet vriendelijke groet,\nPieter`;
const nl = { lang: 'nl' } as const;

ruleCases('clarity/questions', {
  valid: [
    { name: 'exactly three questions', text: email('Who runs purchasing at your plant? How many housings do you buy a year? Would a sample help?') },
    { name: 'one question', text: email('We machine aluminium pump housings in Brno. Would a sample batch help?') },
    { name: 'no question at all', text: email('We machine aluminium pump housings in Brno. The sample batch ships on Monday.') },
    { name: 'question marks inside a link are not questions', text: email('Book here: https://cal.example.com/anna?week=12&slot=3&ref=mail?x=1 Does Tuesday work? Or Thursday?') },
    { name: '"??" is one question', text: email('Did the samples arrive?? They left Brno on Monday. Shall I call the carrier?') },
    { name: 'questions in the signature or greeting do not count', text: 'How are you?\n\nWe ship on Monday. Does that work?\n\nBest,\nAnna\nWhy Brno? Ask us!' },
    {
      name: 'a quoted question is someone else’s, not one for the reader',
      text: email('A client asked me: "Can I see which customers pay late?" Now she can. Who chases payments in your team? Is it manual? Shall I show you?'),
    },
    { name: 'drie vragen', text: mail('Wie doet de inkoop bij u? Hoeveel behuizingen koopt u per jaar? Helpt een proefserie?'), options: nl },
    { name: 'een enkele vraag in een post', text: 'We hebben vorig jaar alle papieren formulieren afgeschaft.\n\nHoe doen jullie dat?', options: { kind: 'post', lang: 'nl' } },
  ],
  invalid: [
    {
      name: 'four questions: the fourth is reported',
      text: email('Who runs purchasing at your plant? How many housings do you buy a year? Would a sample help? And who signs off on a new supplier?'),
      excerpts: ['And who signs off on a new supplier?'],
    },
    {
      name: 'rhetorical questions count too (six in a post)',
      text: 'Why do meetings run long? Who sets the agenda? Does anyone read it? Why not cut it? What if nobody came? Would anyone notice?',
      options: { kind: 'post' },
      excerpts: ['Why not cut it?'],
    },
    {
      name: 'questions spread over paragraphs',
      text: email('Is the line still running two shifts?\n\nDid the new press arrive?\n\nWho handles tooling now? Can I send a quote for the housings?'),
      excerpts: ['Can I send a quote for the housings?'],
    },
    {
      name: 'a question mark after a closing quote',
      text: email('Did you read "Lean Machining"? Was it useful? Did your team try the "five whys"? Would you call it "done?"'),
      excerpts: ['Would you call it "done?"'],
    },
    { name: 'five short questions in a DM', text: 'Coming to the fair? Which day? Which hall? Want a coffee? Will partners be invited?', options: { kind: 'message' }, excerpts: ['Want a coffee?'] },
    {
      name: 'vier vragen: de vierde wordt gemeld',
      text: mail('Wie doet de inkoop bij u? Hoeveel behuizingen koopt u per jaar? Helpt een proefserie? En wie beslist bij u over een nieuwe leverancier?'),
      options: nl,
      excerpts: ['En wie beslist bij u over een nieuwe leverancier?'],
    },
    {
      name: 'vier vragen in een reactie',
      text: 'Herkenbaar! Hoe lang duurde het bij jullie? Wie trok de kar? Werkte het meteen? En hoe lang duurde de invoering?',
      options: { kind: 'comment', lang: 'nl' },
      excerpts: ['En hoe lang duurde de invoering?'],
    },
  ],
});

it('counts every question in the message and speaks the draft’s language', () => {
  const [finding] = findingsOf('clarity/questions', 'Komt u? Welke dag? Welke hal? Koffie? Wie nog meer?', { kind: 'message', lang: 'nl' });
  expect(finding?.message).toMatch(/^5 vragen/);
});
