import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';
import { nl } from './drafts';

// Information without any ask; the last sentence of each is what cta/missing spans.
const INFO_EN =
  'Ledgerly reads each supplier invoice, matches it to the purchase order and posts it to Xero. At Harwood Foods, processing time fell from four days a month to one.';
const LONG_REPLY_EN =
  'Thanks for the quick answer on the rollout. The import from Xero ran overnight and all 1,240 invoices matched, apart from eleven with a missing purchase order number. Those eleven are now in the exceptions list for your team. Training for the two new clerks is booked for Monday morning.';
const INFO_NL =
  'Ons systeem leest elke inkoopfactuur in, koppelt die aan de bestelling en boekt hem in Exact. Bij Van Dijk Groothandel daalde de verwerkingstijd van vier dagen per maand naar één.';
const LONG_REPLY_NL =
  'Dank voor je snelle antwoord over de invoering. De import uit Exact is vannacht gedraaid en alle 1.240 facturen zijn gekoppeld, op elf na zonder bestelnummer. Die elf staan nu in de uitzonderingenlijst voor jullie team. De training voor de twee nieuwe medewerkers staat maandagochtend gepland.';

const email = (body: string) => `Hi Rachel,\n\n${body}\n\nBest regards,\nDaniel`;
const mail = (body: string) => `Beste Jan,\n\n${body}\n\nMet vriendelijke groet,\nPieter`;

ruleCases('cta/missing', {
  valid: [
    // English
    { name: 'a question about a call', text: email(`${INFO_EN}\n\nWould a 15-minute call next week make sense?`) },
    { name: 'a conditional request naming the action', text: email(`${INFO_EN}\n\nIf this is relevant, reply and I'll send the deck.`) },
    { name: 'a wish naming the next step', text: `Hi Sam,\n\n${INFO_EN}\n\nI'd love to connect.`, options: { kind: 'message' } },
    { name: 'a bare link alone on the last line', text: email(`${INFO_EN}\n\nhttps://www.ledgerly.co.uk/case-harwood`) },
    { name: 'a post inviting the reader’s view', text: `${INFO_EN}\n\nHow much time does your team spend on invoices each month?`, options: { kind: 'post' } },
    { name: 'a reply under 40 words needs no ask', text: email('Thanks, Rachel. The import ran fine overnight and all invoices matched. I will send the summary on Monday.'), options: { thread: 'reply' } },
    { name: 'comments never get cta/missing', text: 'Great write-up, Sam. We saw the same thing when we moved our invoices to Xero last spring.', options: { kind: 'comment' } },
    { name: 'an empty draft', text: '' },
    // Dutch
    { name: 'een vraag om te bellen', text: mail(`${INFO_NL}\n\nZullen we volgende week een kwartier bellen?`), options: nl },
    { name: 'laat even weten of …', text: mail(`${INFO_NL}\n\nLaat even weten of dit interessant is.`), options: nl },
    { name: 'een wens die de volgende stap noemt', text: `Hoi Sam,\n\n${INFO_NL}\n\nLijkt me interessant om te connecten.`, options: { kind: 'message', lang: 'nl' } },
    { name: 'een kale link op de laatste regel', text: mail(`${INFO_NL}\n\nhttps://www.factuurflow.nl/cases/vandijk`), options: nl },
    { name: 'een post die de lezer om zijn mening vraagt', text: `${INFO_NL}\n\nHoeveel tijd besteed jij per maand aan facturen?`, options: { kind: 'post', lang: 'nl' } },
    { name: 'een antwoord onder 40 woorden', text: mail('Dank je, Jan. De import is vannacht goed gegaan en alle facturen zijn gekoppeld. Ik stuur maandag de samenvatting.'), options: { thread: 'reply', lang: 'nl' } },
    { name: 'probeer het zelf met een link', text: `${INFO_NL}\n\nProbeer het zelf: https://www.factuurflow.nl/demo`, options: { kind: 'post', lang: 'nl' } },
    { name: 'een imperatief: meld u aan', text: mail(`${INFO_NL}\n\nMeld u aan voor de gratis scan via onze website.`), options: nl },
    { name: 'een reactie krijgt nooit cta/missing', text: 'Mooi stuk, Sam. Wij zagen precies hetzelfde toen we onze facturen vorig voorjaar naar Exact haalden.', options: { kind: 'comment', lang: 'nl' } },
  ],
  invalid: [
    // English
    {
      name: 'only a passive closer',
      text: email(`${INFO_EN}\n\nLet me know if you have any questions.`),
      excerpts: ['Let me know if you have any questions.'],
    },
    {
      name: 'looking forward to hearing from you',
      text: email(`${INFO_EN}\n\nLooking forward to hearing from you.`),
      excerpts: ['Looking forward to hearing from you.'],
    },
    {
      name: 'an offer of the writer’s availability is no ask',
      text: email(`${INFO_EN}\n\nHappy to jump on a call if useful.`),
      excerpts: ['Happy to jump on a call if useful.'],
    },
    {
      name: 'a message that only informs',
      text: `Hi Sam,\n\nCongrats on the new role at Harwood! ${INFO_EN}\n\nFeel free to reach out.`,
      options: { kind: 'message' },
      excerpts: ['Feel free to reach out.'],
    },
    {
      name: 'a post with only hook questions the writer answers',
      text: 'Ever wondered why churn spikes in March? The answer is boring: annual renewals. Most teams only look at them in February, when it is too late.',
      options: { kind: 'post' },
      excerpts: ['Most teams only look at them in February, when it is too late.'],
    },
    {
      name: 'a reply of 40+ words without an ask',
      text: email(LONG_REPLY_EN),
      options: { thread: 'reply' },
      excerpts: ['Training for the two new clerks is booked for Monday morning.'],
    },
    {
      name: 'a statement of what is on offer',
      text: email(`${INFO_EN} We offer free demos.`),
      excerpts: ['We offer free demos.'],
    },
    // Dutch
    {
      name: 'alleen een passieve afsluiter',
      text: mail(`${INFO_NL}\n\nIk hoor graag van u.`),
      options: nl,
      excerpts: ['Ik hoor graag van u.'],
    },
    {
      name: 'laat gerust weten als je vragen hebt',
      text: mail(`${INFO_NL}\n\nLaat gerust weten als je vragen hebt.`),
      options: nl,
      excerpts: ['Laat gerust weten als je vragen hebt.'],
    },
    {
      name: 'een bericht dat alleen informeert',
      text: `Hoi Sam,\n\nGefeliciteerd met je nieuwe functie! ${INFO_NL}\n\nAls je ooit hulp nodig hebt, dan weet je me te vinden.`,
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Als je ooit hulp nodig hebt, dan weet je me te vinden.'],
    },
    {
      name: 'een post met alleen retorische vragen',
      text: 'Waarom is dit belangrijk? Omdat de meeste klanten in maart opzeggen. De meeste teams kijken pas in februari naar hun verlengingen, en dan is het te laat.',
      options: { kind: 'post', lang: 'nl' },
      excerpts: ['De meeste teams kijken pas in februari naar hun verlengingen, en dan is het te laat.'],
    },
    {
      name: 'alleen beleefdheden',
      text: `Hoi Sam,\n\nHoe gaat het? Ik hoop dat je een fijn weekend had. ${INFO_NL}\n\nGroet,\nPieter`,
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Bij Van Dijk Groothandel daalde de verwerkingstijd van vier dagen per maand naar één.'],
    },
    {
      name: 'een antwoord van 40+ woorden zonder vraag',
      text: mail(LONG_REPLY_NL),
      options: { thread: 'reply', lang: 'nl' },
      excerpts: ['De training voor de twee nieuwe medewerkers staat maandagochtend gepland.'],
    },
    {
      name: 'een opsomming van het aanbod',
      text: mail(`${INFO_NL} Wij bieden gratis demo's aan.`),
      options: nl,
      excerpts: ["Wij bieden gratis demo's aan."],
    },
  ],
});

it('cta/missing appends a closing ask fitted to kind and language', () => {
  const emailText = email(`${INFO_EN}\n\nLooking forward to hearing from you.`);
  const [emailFinding] = findingsOf('cta/missing', emailText);
  expect(emailFinding?.suggestions[0]?.replacement).toBe(
    'Looking forward to hearing from you. Would a 15-minute call next week make sense to see whether this fits?',
  );
  const postText = 'Ever wondered why churn spikes in March? The answer is boring: annual renewals.';
  const [postFinding] = findingsOf('cta/missing', postText, { kind: 'post' });
  expect(postFinding?.suggestions[0]?.replacement).toMatch(/^The answer is boring: annual renewals\.\n\n.*\?/);
  const dutch = mail(`${INFO_NL}\n\nIk hoor graag van u.`);
  const [dutchFinding] = findingsOf('cta/missing', dutch, nl);
  expect(dutchFinding?.suggestions[0]?.replacement).toBe(
    'Ik hoor graag van u. Zou een kort gesprek van een kwartier volgende week zinvol zijn om te kijken of dit past?',
  );
});
