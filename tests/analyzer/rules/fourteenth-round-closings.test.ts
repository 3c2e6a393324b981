/**
 * The fourteenth round, continued: how real mails close their ask. Times offered to pick from
 * ("Thursday 3pm or Friday 9am?", "Dinsdag 14:00 of woensdag 10:00?", bold or not) ask for the
 * meeting as "Tuesday or Thursday?" does in rules.md; options numbered inline ("Twee opties: (1) doe
 * de gratis scan …, of (2) laat me weten …") ask with their first option; a sign-off glued to the
 * last line by a template that joins its parts ("… <booking link> Groeten, Anna") is no sentence of
 * the body. The cases are in our own sentences.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, mail, nl, nlPost } from './drafts';

const enPitch = 'We help clinics fill empty slots with a waitlist that texts patients, and most clinics win back a few hours a week.';
const nlPitch = 'Wij helpen praktijken lege plekken te vullen met een wachtlijst die patiënten sms\'t, en de meeste praktijken winnen zo een paar uur per week terug.';

ruleCases('cta/missing', {
  valid: [
    { name: 'English mail: "When\'s better - **Thursday 3pm or Friday 9am**?"', options: en, text: mail('Hi Sam,', `${enPitch}\n\nNext step: a 15-minute call.\n\nWhen's better - **Thursday 3pm or Friday 9am**?`, 'Best,\nPiet') },
    { name: 'English mail: the times alone, "Thursday 3pm or Friday 9am?"', options: en, text: mail('Hi Sam,', `${enPitch}\n\nThursday 3pm or Friday 9am?`, 'Best,\nPiet') },
    { name: 'English message: "Morning or afternoon?"', options: enMessage, text: `${enPitch} I can walk you through it in ten minutes. Morning or afternoon?` },
    { name: 'Dutch mail: "Dinsdag 14:00 of woensdag 10:00?"', options: nl, text: mail('Hoi Sam,', `${nlPitch}\n\nDinsdag 14:00 of woensdag 10:00?`, 'Groet,\nPiet') },
    { name: 'Dutch mail: "Deze week of volgende week?"', options: nl, text: mail('Hoi Sam,', `${nlPitch} Ik laat het je graag in tien minuten zien.\n\nDeze week of volgende week?`, 'Groet,\nPiet') },
    { name: 'Dutch mail: options numbered inline, the first one an imperative', options: nl, text: mail('Hoi Sam,', `${nlPitch} Er zijn twee wegen: (1) doe de gratis roosterscan als het jou uitkomt, of (2) laat me even weten dat het niet past. Hoe dan ook: een goed schooljaar!`, 'Groet,\nPiet') },
    { name: 'English mail: options numbered inline', options: en, text: mail('Hi Sam,', `${enPitch} Two options: (1) take the free scan when it suits you, or (2) tell me it's not for you. Either way, good luck with the season!`, 'Best,\nPiet') },
    { name: 'Dutch mail joined into one line: the booking link, then "Groeten, Anna"', options: nl, text: `Dag Sam, ${nlPitch} Ik vermoed dat een van de drie kansen u bekend voorkomt. https://example.com/agenda Groeten, Anna` },
    { name: 'English mail joined into one line: the question, then "Best, Tom"', options: en, text: `Hi Sam, ${enPitch} Worth a chat next week? Best, Tom` },
    { name: 'Dutch mail: "Benieuwd of dit iets voor jullie kan zijn?" closes the mail', options: nl, text: mail('Hoi Sam,', `${nlPitch}\n\nBenieuwd of dit iets voor jullie kan zijn?`, 'Groet,\nPiet') },
  ],
  invalid: [
    { name: 'English mail: two things to choose from that are no times', options: en, text: mail('Hi Sam,', `${enPitch}\n\nApples or pears?`, 'Best,\nPiet'), excerpts: ['Apples or pears?'] },
    { name: 'Dutch mail: "Doe het gewoon" is advice, not the writer\'s check', options: nl, text: mail('Hoi Sam,', `${nlPitch} Doe het gewoon anders dan de rest.`, 'Groet,\nPiet'), excerpts: ['Doe het gewoon anders dan de rest.'] },
    { name: 'English mail joined into one line: a closing "Thanks." is the body\'s own sentence', options: en, text: `Hi Sam, ${enPitch} Thanks.` , excerpts: ['Thanks.'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'English post: time words in a post offer no meeting', options: enPost, text: 'Our team tried two rhythms for stand-ups last quarter and argued about it for weeks. Morning or afternoon? The answer surprised us. What does your team do?' },
    { name: 'Dutch post: time words in a post offer no meeting', options: nlPost, text: 'Ons team probeerde vorig kwartaal twee ritmes voor de stand-up en we hebben er weken over gediscussieerd. Ochtend of middag? Het antwoord verraste ons. Wat doet jouw team?' },
  ],
  invalid: [],
});
