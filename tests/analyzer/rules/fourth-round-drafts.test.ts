/**
 * A fourth round of real outreach, read before any change. Asks not seen: a Dutch wish in the
 * past tense or with "nieuwsgierig" ("leek het me relevant om te connecten"), "I'd love to
 * reconnect", "Think this would help?" without its "Do you", a situation question the writer waits
 * on ("…? If so, …"), "Ik hoor graag of dit schikt" joined to a help offer, a verbless "A signed copy
 * back to me, please", "Stuur een appje naar …", "… and please contact us if …", steps under a
 * lead-in with a blank line between, a post's "In de comments". Asks invented: "questions to ask
 * you" (someone else asking), "Did you know"-hooks with the readers named ("Weten jullie
 * recruiters dat …?"), "Vraag aan mijn netwerk:" and "Start aanbod:" as headings, a contact line
 * under "Questions?", "Mocht iets niet kloppen, laat het weten". Our own sentences throughout.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage as enNote, enPost, enReply, mail, nl, nlMessage as nlNote, nlPost } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch note: "leek het me relevant om te connecten"', options: nlNote, text: 'Hoi Sanne, gezien jullie werk met planningssoftware in de zorg leek het me relevant om te connecten.' },
    { name: 'Dutch note: "gewoon nieuwsgierig om te connecten"', options: nlNote, text: 'Hoi Sanne, geen verkooppraatje — gewoon nieuwsgierig om te connecten met ondernemers uit Twente.' },
    { name: 'English: "I\'d love to reconnect"', options: en, text: mail('Hi Noor,', 'One more note on the warehouse proposal. A few things changed on our side since we spoke in May.\n\nIf the project is still on, I\'d love to reconnect.', 'Best,\nLies') },
    { name: 'English note: "Think this would help?" without "Do you"', options: enNote, text: 'Noor, a clinic group near you cut no-shows by a third with our reminders. Think this would help at your practice?' },
    { name: 'English: a situation question the writer waits on, "If so, …"', options: en, text: mail('Hi Noor,', 'We help clinics keep their rosters full.\n\nIs last-minute cancelling a problem for your team right now? If so, I\'d be glad to share what three clinics in your region changed this spring, with their numbers before and after.\n\nP.S. If it is not an issue at the moment, no need to answer.', 'Best,\nLies') },
    { name: 'Dutch: "Ik hoor graag of dit schikt" joined to a help offer', options: nl, text: mail('Beste Bram,', 'In de bijlage vind je het voorstel voor de kennismaking op dinsdag om tien uur, bij jullie op kantoor.\n\nIk hoor graag of dit schikt en bij verdere vragen ben ik altijd bereikbaar!', 'Groet,\nLies') },
    { name: 'English: verbless "A signed copy back to me, please"', options: en, text: mail('Dear Mr Grant,', 'Attached is the quote for the cleaning of your new office, as discussed on the phone.\n\nA signed copy back to me, please, and we start on the first of the month.', 'Kind regards,\nLies') },
    { name: 'Dutch: "Stuur even een appje naar" a number', options: nl, text: mail('Hoi Bram,', 'Ik heb elke week nieuwe aanvragen voor schilders in Utrecht en zoek twee vaste partners.\n\nStuur even een appje naar 06 12 34 56 78.', 'Groet,\nLies') },
    { name: 'English reply: "… and please contact us only if …" after a statement', options: enReply, text: mail('Dear Sir,', 'There are only two factories making this part and our price is already the lower one. We have little time and please contact us only if you want to place an order this quarter.', 'Regards,\nLies') },
    { name: 'Dutch: steps under a lead-in, a blank line between', options: nl, text: mail('Hoi Bram,', 'Je kunt het dertig dagen gratis proberen, zonder creditcard:\n\n1. Ga naar planwijs.nl/start\n2. Maak een account aan\n3. Koppel je agenda\n\nBinnen tien minuten staat je rooster erin.', 'Groet,\nLies') },
    { name: 'Dutch post: "Kom je iemand tegen …? Stuur ze m\'n nummer"', options: nlPost, text: 'Ik ben een klusbedrijf begonnen in de regio.\n\nKen je iemand die hulp kan gebruiken met een lekkende kraan? Stuur ze m\'n nummer door.' },
    { name: 'English post: "Who knows a good …?" asks for a name, also before the story', options: enPost, text: 'Question for my network: who knows a good bookkeeper in Leeds?\n\nI started my building company three years ago and did everything myself. Now that we are four people, the numbers and the tax returns are too much for me.' },
  ],
  invalid: [
    { name: 'English: a contact line under "Questions?" offers help, it asks nothing', options: en, text: mail('Hi Noor,', 'Here is the plan for Tuesday with the times we agreed on the phone.\n\nQuestions? Call us at 020 123 4567.', 'Best,\nLies'), excerpts: ['Call us at 020 123 4567.'] },
    { name: 'Dutch: "Vragen? Bel of app ons" offers help', options: nl, text: mail('Hoi Bram,', 'Hierbij het plan voor dinsdag met de tijden die we afspraken.\n\nVragen? Bel of app ons op 020 123 4567.', 'Groet,\nLies'), excerpts: ['Bel of app ons op 020 123 4567.'] },
    { name: 'Dutch: "Mocht dit niet kloppen, laat het maar weten" offers to correct', options: nl, text: mail('Hoi Bram,', 'Hierbij de offerte voor het dak, zoals besproken.\n\nMocht dit niet helemaal kloppen met wat je in gedachten had, laat het maar weten.', 'Groet,\nLies'), excerpts: ['Mocht dit niet helemaal kloppen met wat je in gedachten had, laat het maar weten.'] },
    { name: 'English post: "questions to ask you" are someone else\'s questions', options: enPost, text: 'Your buyers are reading about you before the first call.\n\nThey compare vendors, list their doubts and prepare questions to ask you before you even know they exist.\n\nMost of the decision happens before you are in the room.', excerpts: ['Most of the decision happens before you are in the room.'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'Dutch: "Weten jullie recruiters dat …?" is a hook, not a second ask', options: nl, text: mail('Hoi Bram,', 'Even een directe vraag: weten jullie recruiters dat hun screeningstool als hoog-risico AI geldt?\n\nSinds dit jaar moet iedereen die met AI werkt een basistraining hebben. Wij bouwden een korte online cursus voor bureaus.\n\nZal ik het programma doorsturen zodat je kunt zien of het past?', 'Groet,\nLies') },
    { name: 'English: a curiosity question and the audit that answers it', options: en, text: mail('Hi Noor,', 'We run search ads for dentists, fully managed, from 199 a month.\n\nWant to know where your ad budget leaks? Run the free audit: adwise.com/audit', 'Best,\nLies') },
    { name: 'Dutch: "Wil je weten waar …?" and the audit that answers it', options: nl, text: mail('Hoi Bram,', 'Wij beheren zoekadvertenties voor tandartsen, vanaf 199 euro per maand.\n\nWil je weten waar je budget weglekt? Doe de gratis check: adwise.nl/check', 'Groet,\nLies') },
    { name: 'Dutch: an offer under "Start aanbod:" is no second ask', options: nl, text: mail('Hoi Bram,', 'Ik zoek drie schilders die deze aanvragen willen ontvangen.\n\nStart aanbod: eerste week gratis proberen.\n\nInteresse? Stuur even een appje naar 06 12 34 56 78.', 'Groet,\nLies') },
    { name: 'Dutch: a proposal, two days and the booking page are one step', options: nlNote, text: 'Zal ik je die scan voor je praktijk gewoon even laten zien? Past dinsdag of donderdag volgende week? Plannen kan ook direct: https://voorbeeld.nl/demo-inplannen/' },
  ],
  invalid: [
    { name: 'Dutch post: two labelled links on their own lines, bare domains', options: nlPost, text: 'We testten twaalf taalmodellen op Vlaamse woorden. Het kleinste model won.\n\nDataset (CC BY 4.0): voorbeeld.com/datasets/vlaams-lexicon\nCode en volledige resultaten: https://voorbeeld.org/code\n\n#NLP #Vlaanderen', excerpts: ['Code en volledige resultaten: https://voorbeeld.org/code'] },
  ],
});

ruleCases('cta/too-early', {
  valid: [
    { name: 'Dutch post: "Vraag aan mijn netwerk:" heads the question, "In de comments" closes it', options: nlPost, text: 'Vraag aan mijn netwerk:\n\nWat is het klusje dat bij jou thuis al maanden blijft liggen?\n\nDe printer? De trage laptop? De wifi op zolder?\n\nIn de comments — ik zeg bij elk antwoord eerlijk of je het zelf kunt of beter hulp kunt halen.\n\nGeen verkooppraat, gewoon nieuwsgierig waar mensen echt mee zitten.\n\n#vraag' },
  ],
  invalid: [
    { name: 'Dutch post: the question first, then only the writer\'s story', options: nlPost, text: 'Vraag aan mijn netwerk: wie kent een goede boekhouder in Twente?\n\nIk begon drie jaar geleden met mijn klusbedrijf en deed alles zelf, van offertes tot facturen. Dat ging lang goed, maar nu we met vier mensen zijn, loop ik vast op de cijfers en de aangifte. Ik zoek iemand die het hele jaar meekijkt en ook de loonadministratie kan doen.', excerpts: ['wie kent een goede boekhouder in Twente?'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'English: moving forward by a short call is a small step', options: en, text: mail('Hi Noor,', 'Thanks for reading the case study.\n\nIf you would like to move forward, a 15-minute call next week is the easiest next step. Does Tuesday work?', 'Best,\nLies') },
  ],
  invalid: [
    { name: 'English: "let me know and we\'ll move forward with a contract"', options: en, text: mail('Hi Noor,', 'The pricing in the proposal holds until the end of the month.\n\nIf you would like to lock in the current pricing, just let me know and we will move forward with a contract.', 'Best,\nLies'), excerpts: ['If you would like to lock in the current pricing, just let me know and we will move forward with a contract.'] },
    { name: 'Dutch: "dan gaan we verder met het contract"', options: nl, text: mail('Hoi Bram,', 'De prijzen in het voorstel gelden tot het eind van de maand.\n\nLaat het me weten, dan gaan we verder met het contract.', 'Groet,\nLies'), excerpts: ['Laat het me weten, dan gaan we verder met het contract.'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'English: a third person sending notes is no nagging', options: en, text: mail('Hi Noor,', 'Our team sent a couple of notes to the board about the budget last week. Would a short call help?', 'Best,\nLies') },
    { name: 'Dutch: a heading in capitals with a filled-in name', options: nl, text: mail('Beste {{naam}},', 'Zoals besproken stel ik graag een kandidaat voor.\n\n**WAAROM {{kandidaat}} INTERESSANT IS:**\n\n- tien jaar ervaring\n- direct beschikbaar\n\nInteresse om te bespreken?', 'Groet,\nLies') },
    { name: 'Dutch post: a duty under the law, "melden" is no sign-up offer', options: nlPost, text: 'Een kandidaat solliciteert en een algoritme kiest wie bovenaan komt.\n\nOnder de nieuwe wet moet je dat melden.\n\nWil je weten of dit voor jouw bureau speelt? → voorbeeld.nl/scan' },
    { name: 'Dutch: a proposal worked out in three sentences is not nagging', options: nlNote, text: 'Zal ik je die scan gewoon even laten zien? Past dinsdag of donderdag? Plannen kan ook direct: https://voorbeeld.nl/demo-inplannen/' },
  ],
  invalid: [
    { name: 'English: notes counted, the subject dropped', options: en, text: mail('Hi Noor,', 'Sent a couple of notes — figured I would try a different angle.\n\nWorth 15 minutes next week?', 'Best,\nLies'), excerpts: ['Sent a couple of notes'] },
    { name: 'Dutch: the same ask in three places is nagging', options: nl, text: mail('Hoi Bram,', 'Zullen we donderdag even bellen?\n\nOnze app bespaart je teamleiders veel geregel.\n\nDus: zullen we donderdag even bellen?', 'Groet,\nLies\n\nPS: donderdag even bellen?'), excerpts: ['donderdag even bellen?'] },
  ],
});

ruleCases('tone/timid', {
  valid: [
    { name: 'English: "just wanted to share in case it\'s useful" is one hedge', options: en, text: mail('Hi Noor,', 'I put together three things I noticed about your ads.\n\nNo pitch - just wanted to share in case it\'s useful.\n\nWant me to send it over?', 'Best,\nLies') },
    { name: 'Dutch: "Geen verplichtingen" describes the offer', options: nl, text: mail('Hoi Bram,', 'Tien minuten, geen verplichtingen.\n\nInteresse? Antwoord met "ja" en ik bel je.', 'Groet,\nLies') },
  ],
  invalid: [
    { name: 'English: "ignore this email" and "Just wanted to"', options: en, text: mail('Hi Noor,', 'Is staffing a challenge for your clinic right now? If so, I can share what worked elsewhere.\n\nP.S. If it is not, ignore this email. Just wanted to reach out in case it was.', 'Best,\nLies'), excerpts: [', ignore this email', 'Just wanted to'] },
    { name: 'Dutch: "Ik wilde je even laten weten" and "voor het geval het handig is"', options: nl, text: mail('Hoi Bram,', 'Ik wilde je even laten weten dat ik sinds kort ook websites onderhoud.\n\nMaar goed, voor het geval het handig is. Wil je er meer over weten?', 'Groet,\nLies'), excerpts: ['Ik wilde je even laten weten', ', voor het geval het handig is'] },
  ],
});
