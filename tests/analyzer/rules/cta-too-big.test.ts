import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';
import { nl } from './drafts';

// Plain information without any ask, in front of the ask of each case.
const INFO_EN =
  'RouteDesk plans multi-drop routes for regional carriers in under a minute. Carriers running 30 to 80 trucks typically drive 11% fewer miles in their first quarter with us.';
const INFO_NL =
  'RouteDesk plant routes met meerdere stops voor regionale vervoerders in minder dan een minuut. Vervoerders met 30 tot 80 wagens rijden in het eerste kwartaal gemiddeld 11% minder kilometers.';

const email = (ask: string) => `Hi Marcus,\n\n${INFO_EN}\n\n${ask}\n\nThanks,\nJenna`;
const mail = (ask: string) => `Beste Marcus,\n\n${INFO_NL}\n\n${ask}\n\nMet vriendelijke groet,\nJenna`;

ruleCases('cta/too-big', {
  valid: [
    {
      name: 'a priced plan, but the ask starts a free trial',
      text: email('Plans start at $24.50/mo for 800 responses.\n\nReply YES and I will set you up with a free trial, no card needed.'),
    },
    {
      name: 'een prijs per maand, maar de proefperiode is gratis',
      text: mail('Het pakket kost € 49 per maand.\n\nZal ik een gratis proefaccount voor u aanzetten?'),
      options: nl,
    },
    {
      name: 'a priced plan, but the request starts a habit, not the plan',
      text: email('Plans start at $24.50/mo for 800 responses.\n\nReply YES for a free 14-day trial.\n\nP.S. Even if you do not choose us, please start responding to your reviews.'),
    },
    { name: 'booking the reader in for a viewing is a meeting of no stated length, not a purchase', text: email('Business rates come in at just under £9,000 a year.\n\nIf it fits, shall I book you in for a viewing on Tuesday or Thursday afternoon?') },
    // English
    { name: 'a 15-minute call', text: email('Would a 15-minute call next week make sense?') },
    { name: 'a 20-minute call is under the threshold', text: email('Shall we take 20 minutes next week to sketch it out?') },
    { name: 'an hour-long webinar is an event, not a meeting', text: email('Would you like to join our free 60-minute webinar on route planning on April 9?') },
    { name: 'asking for the reader’s view', text: email('What do you think of the idea of bringing this to your operations team?') },
    { name: 'a free trial', text: email('Would you like to try RouteDesk free for 14 days?') },
    { name: 'signing a document in a reply is fine', text: email('If everything reads correctly, please sign the agreement through the DocuSign link.'), options: { thread: 'reply' } },
    { name: 'a purchase in a post is an offer to a crowd', text: `Our route-planning handbook is out today.\n\n${INFO_EN}\n\nIf that's you, order your copy here: https://www.routedesk.com/book`, options: { kind: 'post' } },
    { name: 'a comment is never too big', text: 'Great point, Sam. Buy the book, it is worth every cent.', options: { kind: 'comment' } },
    { name: 'sign up is a registration, not a signature', text: email('Sign up for the free route audit here: https://www.routedesk.com/audit') },
    { name: 'a saving of 30 minutes a day is no meeting length', text: email('Want to see how dispatchers save 30 minutes a day?') },
    { name: 'a scheduling question after a short offer', text: email("I'd like to show your planners a 15-minute demo. Does Thursday work for you?") },
    // Dutch
    { name: 'een kwartier bellen', text: mail('Zullen we volgende week een kwartier bellen?'), options: nl },
    { name: 'twintig minuten blijft onder de grens', text: mail('Zullen we volgende week twintig minuten inplannen om het uit te werken?'), options: nl },
    { name: 'webinar van een uur is een evenement', text: mail('Heeft u zin om op 9 april ons gratis webinar van een uur over routeplanning bij te wonen?'), options: nl },
    { name: 'de mening van de lezer', text: mail('Wat vindt u van het idee om dit binnenkort aan uw managementteam voor te leggen?'), options: nl },
    { name: 'gratis proefperiode', text: mail('Zal ik een gratis proefperiode van twee weken voor u klaarzetten?'), options: nl },
    { name: 'akkoord geven in een antwoord mag', text: mail('Kun je via de link akkoord geven op de offerte?'), options: { thread: 'reply', lang: 'nl' } },
    { name: 'kopen in een post is een aanbod aan velen', text: `Mijn e-boek over routeplanning is uit.\n\n${INFO_NL}\n\nHerken je dit? Koop dan mijn e-boek via https://www.routedesk.nl/e-boek`, options: { kind: 'post', lang: 'nl' } },
    { name: 'een planningsvraag na een kort aanbod', text: mail('Graag laat ik uw planners in een kwartier de software zien. Schikt donderdag u?'), options: nl },
    { name: 'kloktijden zijn geen duur', text: mail('Past dinsdag om 10.00 uur of donderdag om 14.00 uur voor een kwartier bellen?'), options: nl },
    // Questions about how the reader buys or decides ask for a name or a description, not a commitment.
    ...[
      'Who looks after purchasing on your side?',
      'What does your buying process look like for new tools?',
      'Who signs off on new software at your company?',
      'How do purchasing decisions get made on your team?',
      'Could you tell me who approves budget for tools like this?',
      'What do you buy from your fuel suppliers today?',
    ].map((ask) => ({ name: ask, text: email(ask) })),
    ...[
      'Wie geeft bij jullie akkoord op nieuwe software?',
      'Hoe ziet jullie aankoopproces eruit voor nieuwe tools?',
      'Wie tekent bij jullie de contracten?',
      'Wie keurt bij u nieuwe aankopen goed?',
      'Hoe bestelt uw team nu brandstof?',
    ].map((ask) => ({ name: ask, text: mail(ask), options: nl })),
    { name: 'a commitment the writer rules out', text: email('Would a short call help, without any obligation to buy?') },
    { name: 'the writer sends a sample contract', text: email('Shall I send over a sample contract so you can see the terms?') },
    { name: 'niets hoeven tekenen', text: mail('U hoeft nog niets te tekenen: zullen we een kwartier bellen?'), options: nl },
    { name: 'a public workshop the reader joins is an event', text: email('Would you like to join our free two-hour route-planning workshop on May 3?') },
    { name: 'een openbare workshop is een evenement', text: mail('Komt u ook naar onze gratis workshop van twee uur op 3 mei?'), options: nl },
  ],
  invalid: [
    // English
    {
      name: 'a priced plan, and an ask that starts it (a paid subscription)',
      text: email('Plans start at $24.50/mo for 800 responses.\n\nReply YES and I will set you up today.'),
      excerpts: ['Reply YES and I will set you up today.'],
    },
    {
      name: 'een abonnement nemen in een eerste bericht',
      text: mail('Neem vandaag nog een abonnement via https://roosterly.nl/prijzen en krijg de eerste maand 50% korting.'),
      options: nl,
      excerpts: ['Neem vandaag nog een abonnement via https://roosterly.nl/prijzen en krijg de eerste maand 50% korting.'],
    },
    {
      name: 'a contract to sign, spliced on with a comma',
      text: email("I've attached our standard service agreement, just sign page 3 and send it back and we'll ship the cards out."),
      excerpts: ["just sign page 3 and send it back and we'll ship the cards out."],
    },
    {
      name: 'a 45-minute demo',
      text: email('Could we book a 45-minute demo with you and your dispatch team this Thursday or Friday?'),
      excerpts: ['Could we book a 45-minute demo with you and your dispatch team this Thursday or Friday?'],
    },
    {
      name: 'an hour for a walkthrough, in a message',
      text: `Hi Ana,\n\n${INFO_EN}\n\nDo you have an hour next Wednesday for a full walkthrough of the platform with your team?`,
      options: { kind: 'message' },
      excerpts: ['Do you have an hour next Wednesday for a full walkthrough of the platform with your team?'],
    },
    {
      name: 'signing a subscription agreement',
      text: email("If everything looks good, sign the agreement through the DocuSign link and we'll have your team live by May 1."),
      excerpts: ["If everything looks good, sign the agreement through the DocuSign link and we'll have your team live by May 1."],
    },
    {
      name: 'approving a quote',
      text: email('Could you approve the attached quote so we can schedule the rollout?'),
      excerpts: ['Could you approve the attached quote so we can schedule the rollout?'],
    },
    {
      name: 'placing an order',
      text: email('Shall I put you down for a first order of 5,000 units at $0.38 each?'),
      excerpts: ['Shall I put you down for a first order of 5,000 units at $0.38 each?'],
    },
    {
      name: 'buying places and sending the invoice',
      text: email('Shall I book 12 places for your team leaders on our May course and send you the invoice?'),
      excerpts: ['Shall I book 12 places for your team leaders on our May course and send you the invoice?'],
    },
    {
      name: 'a half-hour demo after a plain follow-up stays first touch',
      text: email('Following up on my note from Tuesday: is route planning still on your list this quarter? If it is, do you have 30 minutes on Thursday for a demo with your planners?'),
      excerpts: ['If it is, do you have 30 minutes on Thursday for a demo with your planners?'],
    },
    {
      name: 'committing budget',
      text: email('Could you set aside budget for the rollout in your Q3 plan?'),
      excerpts: ['Could you set aside budget for the rollout in your Q3 plan?'],
    },
    {
      name: 'a scheduling question after the offer of a 90-minute assessment',
      text: email("I'd like to offer your team a 90-minute on-site assessment next month. Does the week of the 14th work for you?"),
      excerpts: ['Does the week of the 14th work for you?'],
    },
    // Dutch
    {
      name: 'een betaald abonnement: prijs per maand en een vraag die het start',
      text: mail('Het pakket kost € 49 per maand, opzegbaar per maand.\n\nZal ik uw account vandaag voor u aanzetten?'),
      options: nl,
      excerpts: ['Zal ik uw account vandaag voor u aanzetten?'],
    },
    {
      name: 'een planningsvraag na het aanbod van een analyse van anderhalf uur',
      text: mail('Graag bied ik uw team volgende maand een analyse op locatie van anderhalf uur aan. Schikt de week van de 14e u?'),
      options: nl,
      excerpts: ['Schikt de week van de 14e u?'],
    },
    {
      name: 'een uur om de verkoop door te nemen',
      text: mail('Heeft u donderdag of vrijdag een uur om met ons de verkoop van uw bedrijfspand door te nemen?'),
      options: nl,
      excerpts: ['Heeft u donderdag of vrijdag een uur om met ons de verkoop van uw bedrijfspand door te nemen?'],
    },
    {
      name: 'digitaal ondertekenen',
      text: mail('Wilt u de overeenkomst digitaal ondertekenen via de link?'),
      options: nl,
      excerpts: ['Wilt u de overeenkomst digitaal ondertekenen via de link?'],
    },
    {
      name: 'akkoord geven op de offerte',
      text: `Hoi Marcus,\n\n${INFO_NL}\n\nGeef je akkoord op de offerte?\n\nGroet,\nJenna`,
      options: nl,
      excerpts: ['Geef je akkoord op de offerte?'],
    },
    {
      name: 'een half uur voor een demo',
      text: mail('Heeft u donderdag een half uur voor een demo, samen met uw planners?'),
      options: nl,
      excerpts: ['Heeft u donderdag een half uur voor een demo, samen met uw planners?'],
    },
    {
      name: 'een bestelling inplannen, in een bericht',
      text: `Beste Ana,\n\n${INFO_NL}\n\nZal ik een eerste bestelling van 5.000 stuks à € 0,35 voor u inplannen?`,
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Zal ik een eerste bestelling van 5.000 stuks à € 0,35 voor u inplannen?'],
    },
    {
      name: 'plaatsen reserveren en de factuur sturen',
      text: mail('Zal ik voor uw teamleiders acht plaatsen reserveren in onze training van mei en u de factuur toesturen?'),
      options: nl,
      excerpts: ['Zal ik voor uw teamleiders acht plaatsen reserveren in onze training van mei en u de factuur toesturen?'],
    },
    {
      name: 'een uur inplannen voor een demo',
      text: mail('Zullen we volgende week een uur inplannen voor een demo van ons systeem, met u en uw planners?'),
      options: nl,
      excerpts: ['Zullen we volgende week een uur inplannen voor een demo van ons systeem, met u en uw planners?'],
    },
    // Hour-long meetings under other names, and durations written with a hyphen.
    ...[
      'Could we set up a one-hour demo next week?',
      'Could we set aside an hour next week for a full strategy workshop with your planners?',
      'Can we schedule a two-hour onboarding session with your dispatch team?',
      "Let's set up a one-hour review of your routes next week.",
      'Are you free for a 90-minute working session on Thursday?',
      'Could we take an afternoon next week to map your routes together?',
    ].map((ask) => ({ name: ask, text: email(ask), excerpts: [ask] })),
    ...[
      'Zullen we volgende week een demo van één uur inplannen?',
      'Kunnen we een strategieworkshop van twee uur met uw planners organiseren?',
      'Zullen we een 90-minuten-sessie met jullie planners inplannen?',
      'Heeft u volgende week een middag om samen met uw planners om tafel te gaan?',
    ].map((ask) => ({ name: ask, text: mail(ask), options: nl, excerpts: [ask] })),
  ],
});

it('cta/too-big offers smaller steps as replacements, in the register of the draft', () => {
  const informal = findingsOf('cta/too-big', `Hoi Marcus,\n\n${INFO_NL} Jullie planners kennen dit vast.\n\nGeef je akkoord op de offerte?\n\nGroet,\nJenna`, nl);
  const replacements = informal.flatMap((f) => f.suggestions.map((s) => s.replacement));
  expect(replacements).toContain('Wat vind je van het idee om dit binnenkort aan jullie managementteam voor te leggen?');
  const english = findingsOf('cta/too-big', email('Could we book a 45-minute demo with your team this Thursday?'));
  expect(english[0]?.suggestions[0]?.replacement).toBe('Would a 15-minute call next week make sense to see whether this fits?');
});
