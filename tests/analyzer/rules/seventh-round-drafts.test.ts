/**
 * A seventh round: real outreach measured before any change, and what it taught, in our own sentences.
 * Asks not seen: a connection note's wish whose subject sits in the clause before it ("Ik werk veel
 * met scholen en zou het leuk vinden om te connecten"), the note that calls connecting handy
 * ("Altijd handig om even te connecten", "Always good to connect with …"), an invitation put as a
 * wish ("I wished to invite you to join"), the reader's view wanted ("I want your take"), the answer
 * asked for under a condition ("Mocht het niet relevant zijn, hoor ik het ook graag"), a polite request
 * closed with a full stop ("Zou je kort kunnen toelichten wat je zoekt, dan …", "Could you briefly
 * explain …, and I'll …"), and a real step offered after "any questions, or". Pressure not seen: "make
 * sure you saw my email", "As requested in the previous message", "room for 3 more", "maybe you
 * forgot", and their Dutch twins. Competing asks invented: a step that depends on liking what was
 * shown, the way out of the same decision ("Not the right time? Let me know …"), a booking link after
 * the meeting it books. Hedges not seen: the subjectless "Wou even checken", "wilde u nog even
 * attenderen", "dan stop ik je niet meer lastig te vallen". A meeting sized in the next sentence
 * ("Een half uurtje is genoeg."). Shouting invented: the capitalised label of a checklist item.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, enReply, mail, nl, nlMessage, nlReply } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch: a wish to connect sharing the subject of the clause before it', options: nlMessage, text: 'Hoi Anna, ik werk veel met scholen in Brabant en zou het leuk vinden om te connecten.' },
    { name: 'Dutch: "maar zou graag connecten"', options: nlMessage, text: 'Hoi Anna, we kennen elkaar nog niet, maar zou graag connecten met mensen uit de zorg.' },
    { name: 'Dutch: connecting called handy', options: nlMessage, text: 'Hoi Anna, altijd handig om even te connecten, mocht ik ooit een vraag over roosters hebben.' },
    { name: 'Dutch: connecting called pleasant', options: nlMessage, text: 'Hoi Anna, prettig om te connecten met mensen die ook aan roosters werken.' },
    { name: 'English: connecting called always good', options: enMessage, text: 'Hi Anna, always good to connect with people who work on school rosters.' },
    { name: 'English: connecting called handy', options: enMessage, text: 'Hi Anna, always handy to connect in case I ever have a question about rosters.' },
    { name: 'English: an invitation put as a wish', options: enMessage, text: 'Hi Anna, I wished to invite you to join our pool of roster advisers. It is a network of planners who help schools with timetables.' },
    { name: 'English post: the reader\'s view wanted', options: enPost, text: 'We finally shipped the roster planner.\n\nIt turns messy timetables into clear weeks. If you run a school and want calmer Mondays, I want your take.' },
    { name: 'Dutch: the answer asked for under a condition', options: nl, text: mail('Hoi Anna,', 'Vorige week stuurde ik je een voorstel voor de roosters. Mocht het niet relevant zijn, hoor ik het ook graag.', 'Groet,\nJoost') },
    { name: 'Dutch: the inverted "dan hoor ik graag wat …" asks a view', options: nl, text: mail('Hoi Anna,', 'Je kunt kiezen uit een demo of een proefmaand. Dan hoor ik graag wat de volgende stap voor jou wordt.', 'Groet,\nJoost') },
    { name: 'English: the answer asked for under a condition', options: en, text: mail('Hi Anna,', 'Last week I sent you a proposal for the rosters. If it is not relevant, I would like to hear that too.', 'Best,\nJoost') },
    { name: 'Dutch reply: a polite request closed with a full stop', options: nlReply, text: mail('Beste Anna,', 'Bedankt voor je bericht en je interesse in de roosterplanner, leuk dat je contact met ons opneemt.\n\nIk kijk graag met je mee. Zou je kort kunnen toelichten wat je precies zoekt, dan kom ik snel bij je terug met een voorstel.', 'Groet,\nJoost') },
    { name: 'English reply: a polite request closed with a full stop', options: enReply, text: mail('Hi Anna,', 'Thanks for your message and your interest in the roster planner, great that you got in touch with us.\n\nHappy to help. Could you briefly explain what you are looking for, and I will come back to you quickly with a proposal.', 'Best,\nJoost') },
    { name: 'Dutch: a real step after "heeft u nog vragen, of"', options: nl, text: mail('Beste Anna,', 'Zoals beloofd stuur ik u de informatie over de roosterplanner.\n\nHeeft u nog vragen, of wilt u een demonstratie inplannen? Ik help u graag verder.', 'Groet,\nJoost') },
  ],
  invalid: [
    { name: 'Dutch: a third party who wants to speak someone else', options: nlMessage, text: 'Hoi Anna, Piet werkt bij ons in Breda en zou graag de eigenaar spreken.', excerpts: ['Piet werkt bij ons in Breda en zou graag de eigenaar spreken.'] },
    { name: 'English: "always good to" without a step for the reader', options: enMessage, text: 'Hi Anna, it is always good to read a contract twice.', excerpts: ['it is always good to read a contract twice.'] },
    { name: 'English: "I want you to know" is no wish for a step', options: enPost, text: 'We finally shipped the roster planner.\n\nIt turns messy timetables into clear weeks. I want you to know we built it with teachers.', excerpts: ['I want you to know we built it with teachers.'] },
    { name: 'Dutch: "dan hoor ik het graag" after questions only offers help', options: nl, text: mail('Hoi Anna,', 'Vorige week stuurde ik je een voorstel voor de roosters. Mocht je nog vragen hebben, dan hoor ik het graag.', 'Groet,\nJoost'), excerpts: ['Mocht je nog vragen hebben, dan hoor ik het graag.'] },
    { name: 'English: "would you believe it" exclaims', options: enReply, text: mail('Hi Anna,', 'Thanks for your message and your interest in the roster planner, great that you got in touch with us. Three of your neighbouring schools started with it last spring and kept it.\n\nWould you believe it, the whole term was planned in a day.', 'Best,\nJoost'), excerpts: ['Would you believe it, the whole term was planned in a day.'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'English: room for growth is no scarcity', options: en, text: mail('Hi Anna,', 'There is room for growth in most school rosters. Would a short call next week work?', 'Best,\nJo') },
    { name: 'Dutch: "Plan hier direct" books directly, it does not hurry', options: nlMessage, text: 'Hoi Anna, de roosterplanner maakt een schoolweek in een paar minuten. Plan direct in via deze link: https://voorbeeld.nl/plan' },
    { name: 'Dutch: capitalised labels of checklist items', options: nl, text: mail('Beste Anna,', 'Een korte checklist voor uw audit:\n\n☐ **SBOM Volledigheid**: is elke component bekend?\n☐ **CPE Mapping**: heeft elke component een code?\n\nDan is BRAVO de tool die u zoekt. Wilt u het zien?', 'Kim') },
    { name: 'English: capitalised labels of checklist items', options: en, text: mail('Hi Anna,', 'A short checklist for your audit:\n\n- **SBOM Coverage**: is every component known?\n- **CPE Mapping**: does each component have a code?\n\nThen BRAVO is the tool for you. Want to see it?', 'Kim') },
  ],
  invalid: [
    { name: 'English: "make sure you saw my email"', options: en, text: mail('Hi Anna,', 'Wanted to make sure you saw my email about the roster pilot. Would a short call work?', 'Jo'), excerpts: ['make sure you saw my email'] },
    { name: 'English: "As requested in the previous message"', options: enMessage, text: 'As requested in the previous message, if you are interested please send me your CV.', excerpts: ['As requested in the previous message'] },
    { name: 'Dutch: "Zoals gevraagd in mijn vorige bericht"', options: nlMessage, text: 'Zoals gevraagd in mijn vorige bericht: stuur je cv als je interesse hebt.', excerpts: ['Zoals gevraagd in mijn vorige bericht'] },
    { name: 'English: what is left, counted', options: en, text: mail('Hi Anna,', 'Seven schools have joined the pilot, room for 3 more. Reply YES and I will send the details.', 'Jo'), excerpts: ['room for 3 more'] },
    { name: 'Dutch: what is left, counted', options: nl, text: mail('Hoi Anna,', 'Zeven scholen doen mee aan de pilot, er is nog plek voor 3 scholen. Zal ik de details sturen?', 'Jo'), excerpts: ['nog plek voor 3 scholen'] },
    { name: 'English: the reader\'s memory blamed', options: en, text: mail('Hi Anna,', 'I wrote to you last week, maybe you forgot. Do you have 20 minutes next week?', 'Jo'), excerpts: ['maybe you forgot'] },
    { name: 'Dutch: the reader\'s memory blamed', options: nl, text: mail('Hoi Anna,', 'Ik stuurde je vorige week een bericht, misschien ben je het vergeten. Heb je volgende week 20 minuten?', 'Jo'), excerpts: ['misschien ben je het vergeten'] },
    { name: 'Dutch: the last mail sinking in the inbox', options: nl, text: mail('Hoi Anna,', 'Wilde even checken of mijn vorige mail nog ergens onderaan je inbox staat. Zullen we even bellen?', 'Jo'), excerpts: ['ergens onderaan je inbox'] },
    { name: 'English: a short word in a shouted run', options: en, text: mail('Hi Anna,', 'Once you buy the list it is yours for UNLIMITED USE. Would you like to talk?', 'Jo'), excerpts: ['UNLIMITED USE'] },
    { name: 'English: a label that alarms is still shouting', options: en, text: mail('Hi Anna,', 'PLEASE READ: our FREE TRIAL has three new reports.\n\nWant to see it?', 'Kim'), excerpts: ['PLEASE READ', 'FREE TRIAL'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'English: a step that depends on liking what was shown', options: en, text: mail('Hi Anna,', 'I built a concept site for your bistro.\n\nYou can see the concept here:\n👉 https://example.com/bistro\n\nIf you like the concept above, I would love to grab a coffee and chat about making it live.', 'Jo') },
    { name: 'English: the way out of the same decision', options: en, text: mail('Hi Anna,', 'Last week you scanned my QR code.\n\nYour own page is ready:\n[See the workwear with your logo](https://example.com/page)\n\nNot the right time? Let me know and I will call again in a few months.', 'Jo') },
    { name: 'Dutch: the way out of the same decision', options: nl, text: mail('Hoi Anna,', 'Vorige week scande je mijn QR-code.\n\nJe persoonlijke pagina staat klaar:\n[Bekijk de kleding met jullie logo](https://voorbeeld.nl/pagina)\n\nPast het nu even niet? Laat het me weten, dan bel ik over een paar maanden nog eens.', 'Jo') },
    { name: 'Dutch: a booking link after the meeting it books', options: nl, text: mail('Hallo Anna,', 'Bedankt voor het gesprek zojuist.\n\nGraag plan ik een gratis adviesgesprek van 15 minuten voor u in.\n\nPlan direct in via deze link:\n\nhttps://voorbeeld.nl/gesprek', 'Jo') },
    { name: 'English: a booking link after the meeting it books', options: en, text: mail('Hi Anna,', 'Thanks for the call just now.\n\nI would love to set up a free 15-minute session with you.\n\nBook directly via this link:\n\nhttps://example.com/session', 'Jo') },
  ],
  invalid: [
    { name: 'English: an offer to send more, and a site to visit', options: en, text: mail('Dear Tom,', 'Our service plans your school rosters.\n\nMay I provide you with more information?\n\nYou may also check our other tools at http://www.example.net/', 'Jo'), excerpts: ['You may also check our other tools at http://www.example.net/'] },
  ],
});

ruleCases('tone/timid', {
  valid: [],
  invalid: [
    { name: 'Dutch: the busy reader, then "wilde u nog even attenderen"', options: nl, text: mail('Hallo,', 'Ik begrijp dat u het druk heeft, maar wilde u nog even attenderen op de kansen voor uw website.\n\nZal ik deze week een analyse maken?', 'Jo'), excerpts: ['Ik begrijp dat u het druk heeft, maar', 'wilde u nog even attenderen '] },
    { name: 'Dutch: "Wou mijn vorige mail …" and the promise to stop', options: nl, text: mail('Hoi,', 'Wou mijn vorige mail nog eens onder je aandacht brengen. Mocht het niet relevant zijn, hoor ik het ook graag, dan stop ik je niet meer lastig te vallen.', 'Jo'), excerpts: ['Wou mijn vorige mail', ', dan stop ik je niet meer lastig te vallen'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'English: a short call sized in the next sentence', options: en, text: mail('Hi Anna,', 'Shall we have a quick call about the rosters? 15 minutes is enough.', 'Jo') },
  ],
  invalid: [
    { name: 'Dutch: a visit sized in the next sentence', options: nl, text: mail('Hoi Anna,', 'In het echt zie je pas goed hoe het valt.\n\nZal ik een paar stuks meenemen en even langskomen in Breda? Een half uurtje is genoeg.', 'Jo'), excerpts: ['Zal ik een paar stuks meenemen en even langskomen in Breda?'] },
    { name: 'English: a visit sized in the next sentence', options: en, text: mail('Hi Anna,', 'Shall I bring a few samples and drop by your office? Half an hour is enough.', 'Jo'), excerpts: ['Shall I bring a few samples and drop by your office?'] },
  ],
});
