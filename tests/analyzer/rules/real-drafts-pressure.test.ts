/**
 * cta/pushy on pressure as real outreach words it (issue: judgement on real drafts), per rules.md
 * trigger and in both languages, with the near misses a day word or a "call" invents.
 * Each invalid case lists the pressuring phrases it must report, in text order.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, mail, nl, nlMessage } from './drafts';

ruleCases('cta/pushy', {
  valid: [
    { name: 'the call that took place today', options: en, text: mail('Hi Lena,', 'Thanks for the call today. As promised, the pricing sheet is attached. Shall we pick a date for the pilot?', 'Best,\nIvo') },
    { name: 'our call today, as a reference', options: en, text: mail('Hi Lena,', 'Following our call today, here is the summary of what your team needs. Does it match your notes?', 'Best,\nIvo') },
    { name: 'a plain follow-up on a last note', options: en, text: mail('Hi Lena,', 'Following up on the note I sent about your onboarding checklist. Still worth a look?', 'Best,\nIvo') },
    { name: 'Dutch: a plain reminder', options: nl, text: mail('Hoi Femke,', 'Ik kom even terug op mijn mail over de roosterplanning. Is dat nog interessant?', 'Groet,\nIvo') },
    { name: 'Dutch: a remaining question, not a remaining spot', options: nl, text: mail('Hoi Femke,', 'Dank voor het contract. Er zijn nog twee vragen over de looptijd: kun je die bevestigen?', 'Groet,\nIvo') },
    { name: 'Dutch: a subscription that runs out, said of the past', options: nl, text: mail('Hoi Femke,', 'Je vertelde dat jullie huidige contract vorig jaar is afgelopen. Zullen we de opties eens doornemen?', 'Groet,\nIvo') },
  ],
  invalid: [
    // Trigger 2, scarcity and expiry.
    { name: 'Dutch separable verb around the day', options: nl, text: mail('Hoi Femke,', 'De introductiekorting loopt donderdag af. Zullen we voor die tijd even bellen?', 'Groet,\nIvo'), excerpts: ['loopt donderdag af'] },
    { name: 'Dutch places left, counted', options: nl, text: mail('Hoi Femke,', 'Van de tien plekken in de pilot zijn er nog drie beschikbaar. Doe je mee?', 'Groet,\nIvo'), excerpts: ['zijn er nog drie beschikbaar'] },
    { name: 'Dutch end of the offer price', options: nl, text: mail('Hoi Femke,', 'Na vrijdag gaan we over op de normale prijzen. Zullen we het voor die tijd rond maken?', 'Groet,\nIvo'), excerpts: ['Na vrijdag gaan we over op de normale prijzen'] },
    { name: 'English end of the offer price', options: en, text: mail('Hi Lena,', 'After this week we move to regular pricing. Want me to hold a seat for you?', 'Best,\nIvo'), excerpts: ['After this week we move to regular pricing'] },
    { name: 'spots closing this week', options: en, text: mail('Hi Lena,', 'Pilot spots are closing this week. Want one?', 'Best,\nIvo'), excerpts: ['closing this week'] },
    { name: 'the last round for a while', options: enMessage, text: 'The spring cohort will probably be our last one for a while. Want the syllabus?', excerpts: ['will probably be our last one for a while'] },
    // Trigger 3, guilt and nagging about silence.
    { name: 'did this get buried?', options: en, text: mail('Hi Lena,', 'Did this get buried? Happy to resend the short version. Worth a call?', 'Best,\nIvo'), excerpts: ['Did this get buried'] },
    { name: 'slipped through the cracks', options: en, text: mail('Hi Lena,', 'Has my note slipped through the cracks? Is onboarding still on your list?', 'Best,\nIvo'), excerpts: ['Has my note slipped through the cracks'] },
    { name: 'last ping', options: enMessage, text: 'Last ping on this one. Is route planning a topic for you this year?', excerpts: ['Last ping on this'] },
    { name: 'Dutch last message from me', options: nlMessage, text: 'Laatste berichtje van mij. Is roosterplanning dit jaar een onderwerp voor jullie?', excerpts: ['Laatste berichtje van mij'] },
    { name: 'Dutch buried mail as a question', options: nl, text: mail('Hoi Femke,', 'Is mijn bericht misschien ondergesneeuwd? Zullen we even bellen?', 'Groet,\nIvo'), excerpts: ['Is mijn bericht misschien ondergesneeuwd'] },
    // Trigger 4, ultimatums: the break-up promise of silence.
    { name: 'I won’t contact you again', options: en, text: mail('Hi Lena,', 'If this is not a priority, I will not reach out to you again. Should I close the loop?', 'Best,\nIvo'), excerpts: ['I will not reach out to you again'] },
    { name: 'Dutch: after this I leave you alone', options: nl, text: mail('Hoi Femke,', 'Past het nu niet, dan laat ik je verder met rust. Is het iets voor jullie?', 'Groet,\nIvo'), excerpts: ['dan laat ik je verder met rust'] },
  ],
});
