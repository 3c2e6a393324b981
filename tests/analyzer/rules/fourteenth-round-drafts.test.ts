/**
 * A fourteenth round: what the reader's time would do, put as the writer's wish ("30 minutes would
 * help me a lot", "Een kwartiertje van je tijd zou ik erg waarderen"), asks for a meeting as
 * rules.md's "I'd love to connect" asks to connect, and its length sizes it for cta/too-big. A time
 * said in passing as a rate or a saving ("Thirty minutes a day would help most teams") wishes nothing.
 * A message whose purpose is put as finding something out from the reader ("I'm reaching out to see
 * whether this is on your radar", "Ik mail je om te vragen of dit bij jullie speelt") asks as "I was
 * wondering if …" does; finding out without the reader ("We ran a pilot to see whether it works") does not.
 * A scheduling link books the length its path names ("calendly.com/…/30min", "…/60-minuten-kennismaking"),
 * on every scheduling service the analyzer knows (lexicon/scheduling-hosts.ts).
 * The cases are in our own sentences.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enReply, mail, nl, nlMessage } from './drafts';

const enRosters = 'I saw your team is growing fast. How do you handle rosters today? We are building a tool for schools that plans a month of cover in minutes.';
const nlRosters = 'Ik zag dat jullie team hard groeit. Hoe regelen jullie nu de roosters? Wij bouwen een tool voor scholen die een maand aan vervanging in een paar minuten plant.';

ruleCases('cta/missing', {
  valid: [
    { name: 'English message: "30 minutes would help me a lot" closes a message whose question stands mid-way', options: enMessage, text: `${enRosters} 30 minutes would help me a lot.` },
    { name: 'English mail: "A quick call this week would be really helpful"', options: en, text: mail('Hi Sam,', `${enRosters} A quick call this week would be really helpful.`, 'Best,\nPiet') },
    { name: 'English mail: "Ten minutes of your time would be hugely appreciated"', options: en, text: mail('Hi Sam,', 'We built a planner for school rosters and are testing it with three schools. Ten minutes of your time would be hugely appreciated.', 'Best,\nPiet') },
    { name: 'Dutch message: "30 minuten zou me enorm helpen"', options: nlMessage, text: `${nlRosters} 30 minuten zou me enorm helpen.` },
    { name: 'Dutch mail: "Een kwartiertje van je tijd zou ik erg waarderen"', options: nl, text: mail('Hoi Sam,', 'We hebben een planner voor schoolroosters gebouwd en testen die met drie scholen. Een kwartiertje van je tijd zou ik erg waarderen.', 'Groet,\nPiet') },
    { name: 'Dutch mail: "Een kort gesprek zou al veel voor me betekenen"', options: nl, text: mail('Hoi Sam,', 'We hebben een planner voor schoolroosters gebouwd en testen die met drie scholen. Een kort gesprek zou al veel voor me betekenen.', 'Groet,\nPiet') },
    { name: 'English mail: "I\'m reaching out to see whether …" closes the mail', options: en, text: mail('Hi Sam,', 'We help clinics fill empty slots with a waitlist that texts patients. I\'m reaching out to see whether this is on your radar.', 'Best,\nPiet') },
    { name: 'English mail: "Just following up to check whether …"', options: en, text: mail('Hi Sam,', 'We help clinics fill empty slots with a waitlist that texts patients. Just following up to check whether this is still a priority for your team.', 'Best,\nPiet') },
    { name: 'English message: "Writing to see if …" with the subject dropped', options: enMessage, text: 'Your clinic came up when I looked at waitlists in the region. Writing to see if a pilot would make sense for you.' },
    { name: 'Dutch mail: "Ik mail je om te vragen of …"', options: nl, text: mail('Hoi Sam,', 'Wij helpen praktijken lege plekken te vullen met een wachtlijst die patiënten sms\'t. Ik mail je om te vragen of dit bij jullie speelt.', 'Groet,\nPiet') },
    { name: 'Dutch mail: "Even een berichtje om te checken of je …"', options: nl, text: mail('Hoi Sam,', 'Wij helpen praktijken lege plekken te vullen met een wachtlijst die patiënten sms\'t. Even een berichtje om te checken of je de offerte hebt kunnen bekijken.', 'Groet,\nPiet') },
    { name: 'Dutch message: "Ik neem contact op om te kijken of …"', options: nlMessage, text: 'Jullie praktijk kwam langs toen ik naar wachtlijsten in de regio keek. Ik neem contact op om te kijken of dit iets voor jullie is.' },
  ],
  invalid: [
    { name: 'English mail: finding out without the reader asks nothing', options: en, text: mail('Hi Sam,', 'We help clinics fill empty slots with a waitlist that texts patients. We ran a pilot to see whether the waitlist works.', 'Best,\nPiet'), excerpts: ['We ran a pilot to see whether the waitlist works.'] },
    { name: 'Dutch mail: finding out without the reader asks nothing', options: nl, text: mail('Hoi Sam,', 'Wij helpen praktijken lege plekken te vullen met een wachtlijst die patiënten sms\'t. We belden tien praktijken om te kijken of het werkt.', 'Groet,\nPiet'), excerpts: ['We belden tien praktijken om te kijken of het werkt.'] },
    { name: 'English mail: a rate of time is no wish', options: en, text: mail('Hi Sam,', 'We built a planner for school rosters. Thirty minutes a day would help most teams.', 'Best,\nPiet'), excerpts: ['Thirty minutes a day would help most teams.'] },
    { name: 'Dutch mail: a rate of time is no wish', options: nl, text: mail('Hoi Sam,', 'We hebben een planner voor schoolroosters gebouwd. Tien minuten per dag zou elk team helpen.', 'Groet,\nPiet'), excerpts: ['Tien minuten per dag zou elk team helpen.'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'English message: a short time wished for is a small step', options: enMessage, text: `${enRosters} Ten minutes would help me a lot.` },
    { name: 'English reply: half an hour after the reader showed interest', options: enReply, text: 'Great to hear the pilot caught your eye. Half an hour next week would be ideal.' },
    { name: 'Dutch mail: a booking link of 15 minutes is a small step', options: nl, text: mail('Hoi Sam,', 'Wij plannen vervanging voor scholen in een paar minuten. Plan hier een moment: https://calendly.com/piet/15min', 'Groet,\nPiet') },
    { name: 'Dutch message: a quarter of an hour wished for is a small step', options: nlMessage, text: `${nlRosters} Een kwartiertje zou me enorm helpen.` },
  ],
  invalid: [
    { name: 'English message: thirty minutes wished for on a first touch', options: enMessage, text: `${enRosters} 30 minutes would help me a lot.`, excerpts: ['30 minutes would help me a lot.'] },
    { name: 'Dutch message: thirty minutes wished for on a first touch', options: nlMessage, text: `${nlRosters} 30 minuten zou me enorm helpen.`, excerpts: ['30 minuten zou me enorm helpen.'] },
    { name: 'English mail: a booking link whose path books 30 minutes, on a first touch', options: en, text: mail('Hi Sam,', 'We plan cover for schools in minutes. If that sounds useful, just reply or book a time here: https://calendly.com/piet/30min', 'Best,\nPiet'), excerpts: ['If that sounds useful, just reply or book a time here: https://calendly.com/piet/30min'] },
    { name: 'Dutch mail: a booking link whose path books an hour, on a first touch', options: nl, text: mail('Hoi Sam,', 'Wij plannen vervanging voor scholen in een paar minuten. Plan hier een moment: https://calendly.com/piet/60-minuten-kennismaking', 'Groet,\nPiet'), excerpts: ['Plan hier een moment: https://calendly.com/piet/60-minuten-kennismaking'] },
    { name: 'English mail: a Chili Piper link whose path books 45 minutes, on a first touch', options: en, text: mail('Hi Sam,', 'We plan cover for schools in minutes. Pick a time that suits you: https://acme.chilipiper.com/book/piet/45-min-intro', 'Best,\nPiet'), excerpts: ['Pick a time that suits you: https://acme.chilipiper.com/book/piet/45-min-intro'] },
    { name: 'Dutch mail: a HubSpot link whose path books an hour, on a first touch', options: nl, text: mail('Hoi Sam,', 'Wij plannen vervanging voor scholen in een paar minuten. Kies zelf een moment: https://meetings.hubspot.com/piet/60-minuten', 'Groet,\nPiet'), excerpts: ['Kies zelf een moment: https://meetings.hubspot.com/piet/60-minuten'] },
    { name: 'Dutch mail: a half-hour call wished for on a first touch', options: nl, text: mail('Hoi Sam,', 'We hebben een planner voor schoolroosters gebouwd en testen die met drie scholen. Een call van een half uur zou me echt verder helpen.', 'Groet,\nPiet'), excerpts: ['Een call van een half uur zou me echt verder helpen.'] },
  ],
});
