import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';
import { nl } from './drafts';

const email = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAnna`;
const mail = (body: string) => `Beste Jan,\n\n${body}\n\nMet vriendelijke groet,\nPieter`;
const mailJe = (body: string) => `Hoi Sanne,\n\n${body}\n\nGroetjes,\nMark`;

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
    { name: 'a reply answering questions with one of its own', text: email('Yes, the samples left on Monday. No, there is no minimum order. Does Thursday suit you for the call?'), options: { thread: 'reply' } },
    { name: 'questions in a quoted earlier message do not count', text: 'Hi Sam,\n\nThursday works. Shall I send the invite?\n\nBest,\nAnna\n\nOn Mon, Sam wrote:\n> Can you ship in May? What about June? Is there a minimum? Who pays freight?' },
    { name: 'a question in the P.S. makes three', text: email('Who runs purchasing at your plant? Would a sample batch help?\n\nP.S. Are you at the Brno fair?') },
    { name: 'geen enkele vraag', text: mail('Wij frezen aluminium pomphuizen in Eindhoven. De proefserie gaat maandag de deur uit.'), options: nl },
    { name: 'twee vragen met "je"', text: mailJe('Je opent in mei drie winkels. Wie regelt bij jullie de inrichting? Zal ik je de checklist sturen?'), options: nl },
    { name: 'vraagtekens in een link zijn geen vragen', text: mail('Plan hier een moment: https://agenda.example.nl/pieter?week=12&slot=3?x=1 Past dinsdag? Of donderdag?'), options: nl },
    { name: '"??" is één vraag', text: mail('Zijn de monsters aangekomen?? Ze zijn maandag verstuurd. Zal ik de vervoerder bellen?'), options: nl },
    { name: 'vragen in de aanhef of handtekening tellen niet', text: 'Hoe gaat het?\n\nWe leveren maandag. Komt dat uit?\n\nMet vriendelijke groet,\nPieter\nWaarom Eindhoven? Vraag het ons!', options: nl },
    { name: 'een geciteerde vraag is niet voor de lezer', text: mail('Een klant vroeg me: "Kan ik zien wie te laat betaalt?" Nu kan dat. Wie doet bij u de debiteuren? Gaat dat met de hand? Zal ik het laten zien?'), options: nl },
    { name: 'vragen in het geciteerde eerdere bericht tellen niet', text: 'Beste Jan,\n\nDonderdag past. Zal ik de uitnodiging sturen?\n\nGroet,\nPieter\n\nOp ma schreef Jan:\n> Kunnen jullie in mei leveren? En in juni? Is er een minimum? Wie betaalt de vracht?', options: { lang: 'nl', thread: 'reply' } },
    { name: 'drie vragen in een bericht', text: 'Kom je ook naar de beurs? Welke dag ben je er? Zullen we koffie drinken?', options: { kind: 'message', lang: 'nl' } },
    { name: 'een vraag in de PS maakt er drie', text: mail('Wie doet de inkoop bij u? Helpt een proefserie?\n\nPS Bent u ook op de beurs in Utrecht?'), options: nl },
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
    {
      name: 'a question in the P.S. makes four',
      text: email('Who runs purchasing at your plant? How many housings do you buy a year? Would a sample help?\n\nP.S. Are you at the Brno fair?'),
      excerpts: ['Are you at the Brno fair?'],
    },
    {
      name: 'a reply with four questions',
      text: email('Thanks for the drawings. Which alloy do you need? What tolerance? How many per month? When do you need the first batch?'),
      options: { thread: 'reply' },
      excerpts: ['When do you need the first batch?'],
    },
    {
      name: 'vier vragen met "je"',
      text: mailJe('Je opent in mei drie winkels. Wie regelt de inrichting? Werken jullie met een vaste aannemer? Hoe ver zijn de tekeningen? Zal ik je de checklist sturen?'),
      options: nl,
      excerpts: ['Zal ik je de checklist sturen?'],
    },
    {
      name: 'retorische vragen tellen ook mee (zes in een post)',
      text: 'Waarom duren vergaderingen zo lang? Wie maakt de agenda? Leest iemand die? Waarom schrappen we hem niet? Wat als niemand kwam? Zou iemand het merken?',
      options: { kind: 'post', lang: 'nl' },
      excerpts: ['Waarom schrappen we hem niet?'],
    },
    {
      name: 'vragen verspreid over alinea’s',
      text: mail('Draait de lijn nog in twee ploegen?\n\nIs de nieuwe pers al binnen?\n\nWie doet nu het gereedschap? Mag ik een offerte sturen voor de behuizingen?'),
      options: nl,
      excerpts: ['Mag ik een offerte sturen voor de behuizingen?'],
    },
    {
      name: 'een vraag in de PS maakt er vier',
      text: mail('Wie doet de inkoop bij u? Hoeveel behuizingen koopt u per jaar? Helpt een proefserie?\n\nPS Bent u ook op de beurs in Utrecht?'),
      options: nl,
      excerpts: ['Bent u ook op de beurs in Utrecht?'],
    },
    {
      name: 'vijf korte vragen in een bericht',
      text: 'Kom je naar de beurs? Welke dag? Welke hal? Koffie? Komen je collega’s ook?',
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Koffie?'],
    },
    {
      name: 'vier vragen in een antwoord',
      text: mail('Dank voor de tekeningen. Welke legering heeft u nodig? Welke tolerantie? Hoeveel per maand? Wanneer wilt u de eerste serie?'),
      options: { lang: 'nl', thread: 'reply' },
      excerpts: ['Wanneer wilt u de eerste serie?'],
    },
  ],
});

it('counts every question in the message and speaks the draft’s language', () => {
  const [finding] = findingsOf('clarity/questions', 'Komt u? Welke dag? Welke hal? Koffie? Wie nog meer?', { kind: 'message', lang: 'nl' });
  expect(finding?.message).toMatch(/^5 vragen/);
});
