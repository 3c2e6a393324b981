/**
 * The fourteenth round's competing asks, in our own sentences. Not competing: calling the writer's
 * demo line and trying it ("Heeft u de demo gebeld? … Probeer maar."), the writer's offer to take
 * what the reader tries further ("Probeer 'm: <link> … Zal ik 'm voor je in gang zetten?", "Shall
 * I switch it on for you?"), a link after the meeting ask with the post's hashtags behind it, a
 * help offer put as "If you have questions …, just reply", and a sequencer's opt-out ("Geen
 * interesse? Antwoord met 'stop'"). "WhatsApp" as the channel a product answers is no imperative.
 */
import { ruleCases } from './rule-tester';
import { en, enReply, mail, nl, nlPost, nlReply } from './drafts';

ruleCases('cta/multiple', {
  valid: [
    { name: 'Dutch mail: "Benieuwd of dit iets voor jullie kan zijn?" asks, the brochure is how to find out', options: nl, text: mail('Hoi Sam,', 'Wij verzorgen teamfeesten in een verwarmde circustent, met diner en muziek.\n\nBenieuwd of dit iets voor jullie kan zijn?\n\nBrochure: https://example.com/brochure', 'Groet,\nPiet') },
    { name: 'English mail: the review offered on the scorecard\'s result follows the scorecard', options: en, text: mail('Hi Sam,', 'Take the five-minute roster scorecard: https://example.com/scorecard\n\nIf you scored 0 to 3, book a free review at https://example.org/review and we will go through it together.', 'Best,\nPiet') },
    { name: 'Dutch mail: the review offered on the scorecard\'s result follows the scorecard', options: nl, text: mail('Hoi Sam,', 'Doe de roosterscan van vijf minuten: https://example.com/scan\n\nAls je 0 tot 3 scoort, plan dan een gratis review via https://example.org/review en we lopen het samen door.', 'Groet,\nPiet') },
    { name: 'Dutch mail: calling the demo line, then "Probeer maar."', options: nl, text: 'Heeft u de demo gebeld?\n\nVeel installateurs bellen twee keer: eerst sceptisch, dan met een lastige vraag. Beide keren houdt de assistent stand. Probeer maar.\n\n085 123 4567\n\nPiet' },
    { name: 'English mail: calling the demo line, then "Try it."', options: en, text: 'Have you called the demo line yet?\n\nMost plumbers call twice: first to test it, then with a hard question. Both times the assistant holds up. Try it.\n\n020 123 4567\n\nPiet' },
    { name: 'Dutch reply: try it at the link, then "Zal ik \'m voor je in gang zetten?" after what follows', options: nlReply, text: mail('Hoi Sam,', "Ik heb een planner voor jullie school ingericht, probeer 'm gerust: https://demo.example.com/sam\n\nAls hij bevalt, laat ik hem een maand kosteloos draaien. Je betaalt pas als je verder wilt.\n\nZal ik 'm voor jullie aanzetten?", 'Groet,\nPiet') },
    { name: 'English reply: try it at the link, then "Shall I switch it on for you?"', options: enReply, text: mail('Hi Sam,', "I set one up for your team right away, give it a try: https://demo.example.com/sam\n\nIf you like it, I'll switch it on free for 14 days. Nothing to pay until you decide to keep it.\n\nShall I switch it on for you?", 'Best,\nPiet') },
    { name: 'Dutch post: the link after the meeting ask, hashtags behind it', options: nlPost, text: 'Wil je weten wat een nieuw rooster kost? Plan een kort gesprek, dan weet je na één call wat het wordt. → voorbeeld.nl #onderwijs #utrecht #roosters' },
    { name: 'English reply: a form link and "If you have questions about the form, just reply to this email."', options: enReply, text: 'Thanks for the quick answer. The intake form is here: https://example.com/intake\n\nIt takes about five minutes. Any questions on a field? Just reply to this email if you have questions.' },
    { name: 'Dutch mail: the opt-out under "--" is no second step', options: nl, text: 'Beste team,\n\nOnze assistent beantwoordt berichten via je site en WhatsApp en plant afspraken zelf in. Probeer hem hier: https://demo.example.com/team\n\nMet vriendelijke groet,\nPiet\n\n--\nvoorbeeld.nl · Liever geen mail? Antwoord met "stop", dan mailen we niet meer.' },
  ],
  invalid: [
    { name: 'Dutch mail: watching the recorded session, replying "code" and a talk compete', options: nl, text: mail('Beste team,', 'Hier is een demo, geen login nodig: [Bekijk de sessie van Marie (2 minuten)](https://example.com/demo)\n\nWil je hem testen met een eigen casus: reageer met "code" en ik stuur er een.\n\nWe zoeken vijf bureaus voor een gratis pilot. Is dat 20 minuten waard?', 'Groet,\nPiet'), excerpts: ['reageer met "code" en ik stuur er een.'] },
    { name: 'English mail: a guide and a call still compete', options: en, text: mail('Hi Sam,', 'Download the roster guide here: https://example.com/guide\n\nAnd would a 15-minute call next week make sense?', 'Best,\nPiet'), excerpts: ['And would a 15-minute call next week make sense?'] },
  ],
});
