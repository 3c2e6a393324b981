/**
 * A fourteenth round: what the reader's time would do, put as the writer's wish ("30 minutes would
 * help me a lot", "Een kwartiertje van je tijd zou ik erg waarderen"), asks for a meeting as
 * rules.md's "I'd love to connect" asks to connect, and its length sizes it for cta/too-big. A time
 * said in passing as a rate or a saving ("Thirty minutes a day would help most teams") wishes nothing.
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
  ],
  invalid: [
    { name: 'English mail: a rate of time is no wish', options: en, text: mail('Hi Sam,', 'We built a planner for school rosters. Thirty minutes a day would help most teams.', 'Best,\nPiet'), excerpts: ['Thirty minutes a day would help most teams.'] },
    { name: 'Dutch mail: a rate of time is no wish', options: nl, text: mail('Hoi Sam,', 'We hebben een planner voor schoolroosters gebouwd. Tien minuten per dag zou elk team helpen.', 'Groet,\nPiet'), excerpts: ['Tien minuten per dag zou elk team helpen.'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'English message: a short time wished for is a small step', options: enMessage, text: `${enRosters} Ten minutes would help me a lot.` },
    { name: 'English reply: half an hour after the reader showed interest', options: enReply, text: 'Great to hear the pilot caught your eye. Half an hour next week would be ideal.' },
    { name: 'Dutch message: a quarter of an hour wished for is a small step', options: nlMessage, text: `${nlRosters} Een kwartiertje zou me enorm helpen.` },
  ],
  invalid: [
    { name: 'English message: thirty minutes wished for on a first touch', options: enMessage, text: `${enRosters} 30 minutes would help me a lot.`, excerpts: ['30 minutes would help me a lot.'] },
    { name: 'Dutch message: thirty minutes wished for on a first touch', options: nlMessage, text: `${nlRosters} 30 minuten zou me enorm helpen.`, excerpts: ['30 minuten zou me enorm helpen.'] },
    { name: 'Dutch mail: a half-hour call wished for on a first touch', options: nl, text: mail('Hoi Sam,', 'We hebben een planner voor schoolroosters gebouwd en testen die met drie scholen. Een call van een half uur zou me echt verder helpen.', 'Groet,\nPiet'), excerpts: ['Een call van een half uur zou me echt verder helpen.'] },
  ],
});
