/**
 * A sixth round: real outreach and drafts written blind from rules.md, measured before any change.
 * Asks not seen: the first of numbered steps whatever its verb ("Controleer de gegevens"), "Zeg maar
 * wat jou past", a condition that hands something over with the writer's part after it ("If you sign
 * and return it, we can …", "Als je die tekent en terugstuurt, kunnen we …"), a question a post puts
 * to its readers outright ("Question for my network: …") before the writer's own story. Asks
 * invented: "Fijn om te horen dat …", which reacts to news. Too big invented: "HR-teams" read as the
 * Teams app, and a rate ("11 uur per vacature") as the length of a meeting. Apologies not seen: the
 * apology heads and what they apologise for, in every combination ("Excuses dat ik u zomaar
 * ongevraagd mail", "Apologies for the cold email"). Our own sentences throughout.
 */
import { ruleCases } from './rule-tester';
import { en, enPost, mail, nl, nlMessage, nlPost } from './drafts';

const enMessage = { lang: 'en', kind: 'message' } as const;

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch: the first of numbered steps, with a verb no lexicon lists', options: nl, text: mail('Beste Anna,', 'Het voorstel voor de nieuwe roosters staat klaar.\n\nZo ronden we het af:\n1. Controleer de contactpersoon en het factuuradres\n2. Onderteken digitaal onderaan de pagina', 'Groet,\nJoost') },
    { name: 'Dutch: "Zeg maar wat jou past"', options: nl, text: mail('Hoi Anna,', 'Volgende week ben ik in Breda voor twee andere scholen. Dinsdag of donderdag kan ik langskomen. Zeg maar wat jou past.', 'Groet,\nJoost') },
    { name: 'Dutch: a condition that hands something over, the writer acting next', options: nlMessage, text: 'Hoi Anna, de bijgevoegde intentieverklaring is kort. Als je die invult en terugstuurt, zetten we je team op de lijst voor de pilot.' },
    { name: 'English: a condition that hands something over, the writer acting next', options: enMessage, text: 'Hi Anna, the attached letter of intent is short. If you fill it in and send it back, we will put your team on the pilot list.' },
    { name: 'Dutch post: a question put to the readers outright, the writer\'s story after it', options: nlPost, text: 'Vraag aan mijn netwerk: hoe houden jullie de eerste maand van een nieuwe planner rustig?\n\nBij ons kreeg iedereen vroeger alles tegelijk. Nu krijgt een starter per week één klantgroep en een vaste buddy, en na vier weken draait die zelfstandig mee. Het verloop in het eerste jaar halveerde.' },
    { name: 'English post: a question put to the readers outright, the writer\'s story after it', options: enPost, text: 'Question for my network: how do you keep a new planner\'s first month calm?\n\nWe used to hand everyone everything at once. Now a starter gets one client group a week and a fixed buddy, and after four weeks they run on their own. Turnover in the first year halved.' },
  ],
  invalid: [
    { name: 'Dutch: "Fijn om te horen dat …" reacts to news', options: nl, text: mail('Beste Anna,', 'Fijn om te horen dat het bestuur akkoord is met de nieuwe roosters.\n\nDe planning volgt na de zomer.', 'Groet,\nJoost'), excerpts: ['De planning volgt na de zomer.'] },
    { name: 'Dutch: a list of what is on offer, nouns first', options: nl, text: mail('Beste Anna,', 'Dit krijgt u van ons:\n1. Advies op maat\n2. Inmeten op locatie\n3. Levering binnen twee weken', 'Groet,\nJoost'), excerpts: ['Levering binnen twee weken'] },
    { name: 'English: a condition that only describes', options: en, text: mail('Hi Anna,', 'We deliver content calendars for agencies, thirty posts per client each month. If you book through a partner agency, you pay a little more per post.', 'Best,\nJoost'), excerpts: ['If you book through a partner agency, you pay a little more per post.'] },
    { name: 'Dutch: a condition that only describes', options: nl, text: mail('Hoi Anna,', 'Wij leveren contentkalenders voor bureaus, dertig posts per klant per maand. Als je via een partnerbureau boekt, betaal je iets meer per post.', 'Groet,\nJoost'), excerpts: ['Als je via een partnerbureau boekt, betaal je iets meer per post.'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'Dutch: "HR-teams" is no Teams call, and hours per vacancy no meeting length', options: nl, text: mail('Beste Anna,', 'HR-teams in de zorg besteden gemiddeld 11 uur per vacature aan het screenen van brieven. Bij drie ziekenhuizen brachten we dat terug naar drie uur.\n\nWil je eens sparren over jullie eigen werving?', 'Groet,\nJoost') },
    { name: 'English: hours per hire are no meeting length', options: en, text: mail('Hi Anna,', 'Recruiting teams spend two hours per hire on screening letters. We brought that down to twenty minutes at three hospitals.\n\nOpen to a chat about your own hiring?', 'Best,\nJoost') },
  ],
  invalid: [
    { name: 'Dutch message: signing an agreement, asked as a condition', options: nlMessage, text: 'Hoi Anna, in de bijlage zit onze partnerovereenkomst voor een jaar. Als je die tekent en terugstuurt, kunnen we op 1 februari leveren.', excerpts: ['Als je die tekent en terugstuurt, kunnen we op 1 februari leveren.'] },
    { name: 'English message: signing an agreement, asked as a condition', options: enMessage, text: 'Hi Anna, attached is our partner agreement for one year. If you sign and return it, we can deliver on 1 February.', excerpts: ['If you sign and return it, we can deliver on 1 February.'] },
  ],
});

ruleCases('tone/timid', {
  valid: [
    { name: 'Dutch: sorry for a late answer is no apology for writing', options: nl, text: mail('Hoi Anna,', 'Sorry dat ik je mail pas nu beantwoord. De offerte staat klaar; zal ik hem donderdag toelichten?', 'Groet,\nJoost') },
  ],
  invalid: [
    { name: 'Dutch: "Excuses dat ik u zomaar ongevraagd mail"', options: nl, text: mail('Beste mevrouw Smit,', 'Excuses dat ik u zomaar ongevraagd mail. Wij plannen schoonmaakrondes op de echte bezetting van ruimtes. Zal ik de cijfers van een pilot sturen?', 'Groet,\nJoost'), excerpts: ['Excuses dat ik u zomaar ongevraagd mail.'] },
    { name: 'English: "Apologies for the cold email"', options: en, text: mail('Hi Anna,', 'Apologies for the cold email. We plan cleaning rounds on how rooms are really used. Shall I send the figures from a pilot?', 'Best,\nJoost'), excerpts: ['Apologies for the cold email.'] },
    { name: 'English: "Sorry to reach out out of the blue"', options: en, text: mail('Hi Anna,', 'Sorry to reach out out of the blue. We plan cleaning rounds on how rooms are really used. Shall I send the figures from a pilot?', 'Best,\nJoost'), excerpts: ['Sorry to reach out out of the blue.'] },
  ],
});

ruleCases('cta/too-early', {
  valid: [
    { name: 'Dutch: the ask made again at the end in a P.S.', options: nl, text: mail('Dag Anna,', 'Heb je volgende week tien minuten om te kijken of ons leesprogramma iets is voor groep vier?\n\nVeel scholen zien het leesplezier nog achterblijven. Ons programma geeft kinderen elke dag een kort verhaal op hun niveau, en de leerkracht ziet in één overzicht wie hulp nodig heeft.\n\nPS Woensdagmiddag kan ik ook. Zeg maar wat jou past.', 'Groet,\nJoost') },
  ],
  invalid: [
    { name: 'Dutch: the only ask opening the mail, the rest informing', options: nl, text: mail('Dag Anna,', 'Heb je volgende week tien minuten om te kijken of ons leesprogramma iets is voor groep vier?\n\nVeel scholen zien het leesplezier nog achterblijven. Ons programma geeft kinderen elke dag een kort verhaal op hun niveau, en de leerkracht ziet in één overzicht wie hulp nodig heeft. Op een school in Tilburg lazen de kinderen na een half jaar twee niveaus hoger.', 'Groet,\nJoost'), excerpts: ['Heb je volgende week tien minuten om te kijken of ons leesprogramma iets is voor groep vier?'] },
  ],
});
