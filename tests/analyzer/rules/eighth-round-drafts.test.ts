/**
 * An eighth round: real outreach measured before any change, and what it taught, in our own sentences.
 * Asks not seen: a wish to contribute a piece ("Would love to contribute an article"), "I'd still love
 * to know if …", "I'd like to check if you're ready to …", a run-on "… for more pls reply", "Interessant
 * genoeg om even kennis te maken?", the short answer asked for without a verb ("Eén woord terug en …",
 * "One word back and …"), "verbinding maken en ervaringen uitwisselen", a softened contact after a
 * question about what the offer does for the reader, a closing link with the post's hashtags on its
 * line, a "[CTA: …]" slot. Not the body: a mailing footer in a mail without blank lines, an opt-out field.
 * Pressure not seen: "Last follow-up on this", "I've misjudged your interest", "not had much success
 * reaching you", "hierbij nog één keer", "dan laat ik het rusten", "niets op teruggehoord". Apologies not
 * seen: "My apologies if I've crossed a line", "Excuses als ik te opdringerig ben". Too big not seen:
 * "Worth 30 minutes …?", a 90-minute scan offered, then "Interesse?". Competing asks invented: a step
 * offered for one answer to the question before ("Als het antwoord nee is, …").
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, enReply, mail, nl, nlMessage, nlPost, nlReply } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'English: a wish to contribute a piece', options: en, text: mail('Hi Anna,', 'Just floating this back up. Would love to contribute an article if you are accepting guest posts.', 'Jo') },
    { name: 'English: "I\'d still love to know if …"', options: en, text: mail('Hi Anna,', 'If guest posts are not a fit right now, I would still love to know if there is another way to work together.\n\nEither way, keep up the great work!', 'Jo') },
    { name: 'English: "I\'d like to check if you\'re ready to …"', options: en, text: mail('Dear Emily,', 'I would like to follow up on our last conversation about the rosters.\n\nI would like to check if you are ready to discuss this further.', 'Jo') },
    { name: 'English: a run-on line with "pls reply"', options: enMessage, text: 'We are a leading ERP company in the region. We offer an ERP system for distributors & other solutions for more pls reply this message' },
    { name: 'Dutch: "Interessant genoeg om even kennis te maken?"', options: nl, text: mail('Hoi Anna,', 'Ik help groothandels met betalingsherinneringen. Nog geen idee of dit voor jullie relevant is. Interessant genoeg om even kennis te maken?', 'Jo') },
    { name: 'English: "Interesting enough to have a quick chat?"', options: en, text: mail('Hi Anna,', 'I help wholesalers with payment reminders. No idea yet whether this is relevant for you. Interesting enough to have a quick chat?', 'Jo') },
    { name: 'Dutch: the short answer asked for without a verb', options: nl, text: mail('Hoi Anna,', 'Dit is de laatste keer dat ik je hierover mail.\n\nAls het nu niet uitkomt, is dat helemaal goed. Eén woord terug en ik laat het rusten.', 'Jo') },
    { name: 'English: the short answer asked for without a verb', options: en, text: mail('Hi Anna,', 'This is the last time I write about this.\n\nIf it does not suit you now, that is fine. One word back and I will leave it there.', 'Jo') },
    { name: 'Dutch: connecting and exchanging experiences', options: nlMessage, text: 'Hallo Anna,\n\nIk kwam uw profiel tegen en was geïnteresseerd in uw werk als planner.\n\nIk zou graag verbinding maken en ervaringen uitwisselen.' },
    { name: 'Dutch post: a softened contact after a question about what the offer does', options: nlPost, text: 'Wij bouwen websites voor het mkb.\n\nBenieuwd wat we voor jouw bedrijf kunnen betekenen? Neem vrijblijvend contact op.\n\n#mkb' },
    { name: 'English post: a closing link with the hashtags on its line', options: enPost, text: 'Stimulus packages vary widely in who they help. What are governments doing for apprentices?  https://example.com/report   #apprenticeships   #workers' },
    { name: 'Dutch post: an arrow link with the hashtags on its line', options: nlPost, text: 'Wat kost een website? Bij mij betaal je per pagina, met vooraf een vaste prijs. → voorbeeld.nl #webdesign #mkb' },
    { name: 'English: a "[CTA: …]" slot is the ask', options: en, text: mail('Hi [First Name],', 'It has been a while since we have seen you.\n\n[CTA: Come back and explore]\n\nNot interested anymore? [Unsubscribe link]', 'Jo') },
    { name: 'English: a footer in a mail without blank lines cuts only itself', options: en, text: 'Dear Tom,\nMy name is Sam and I would like to show you our roster planner.\nMay I send you more information?\nRegards,\nSam\nTo be removed from our list please click here' },
    { name: 'Dutch: an opt-out field is no sentence of the body', options: nl, text: 'Hoi,\n\nIk heb een roosterassistent voor jullie school klaargezet. Zullen we even bellen?\n\n{SIGNOFF_NAME}\n\n{OPT_OUT}' },
  ],
  invalid: [
    { name: 'Dutch: "Heeft u vragen? Neem vrijblijvend contact op." only offers help', options: nl, text: mail('Beste Anna,', 'Wij bouwen websites voor het mkb.\n\nHeeft u vragen? Neem vrijblijvend contact op.', 'Jo'), excerpts: ['Neem vrijblijvend contact op.'] },
    { name: 'English: "please let me know if you have any questions" only offers help', options: en, text: mail('Hi Jo,', 'Thank you for your patience, please let me know if you have any questions.', 'Jo'), excerpts: ['Thank you for your patience, please let me know if you have any questions.'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [],
  invalid: [
    { name: 'English: "Last follow-up on this"', options: en, text: mail('Hi Jo,', 'Last follow-up on this. Would a short call next week work?', 'Jo'), excerpts: ['Last follow-up on this'] },
    { name: 'English: the reader\'s interest judged from silence', options: en, text: mail('Hi Jo,', 'It is apparent that I have misjudged your interest. Would a short call next week still work?', 'Jo'), excerpts: ['I have misjudged your interest'] },
    { name: 'English: no luck reaching the reader', options: en, text: mail('Hi Jo,', 'I have not had much success reaching you. Would a short call next week work?', 'Jo'), excerpts: ['have not had much success reaching you'] },
    { name: 'Dutch: "hierbij nog één keer, en dan laat ik het rusten"', options: nl, text: mail('Hoi Jo,', 'Die mail kan er tussendoor zijn geschoten, dus hierbij nog één keer, en dan laat ik het rusten. Zullen we even bellen?', 'Jo'), excerpts: ['hierbij nog één keer', 'en dan laat ik het rusten'] },
    { name: 'Dutch: "niets op teruggehoord"', options: nl, text: mail('Hoi Jo,', 'Vorige week stuurde ik een vraag via het formulier. Ik heb er niets op teruggehoord. Wie gaat er bij jullie over de offertes?', 'Jo'), excerpts: ['er niets op teruggehoord'] },
  ],
});

ruleCases('tone/timid', {
  valid: [],
  invalid: [
    { name: 'English: sorry for writing too often', options: en, text: mail('Hi Jo,', 'My apologies if I have crossed a line. Would a short call next week work?', 'Jo'), excerpts: ['My apologies if I have crossed a line.'] },
    { name: 'Dutch: sorry for writing too often', options: nl, text: mail('Hoi Jo,', 'Excuses als ik te opdringerig ben. Zullen we even bellen?', 'Jo'), excerpts: ['Excuses als ik te opdringerig ben.'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'Dutch: twenty minutes weighed is a short step', options: nl, text: mail('Hoi Anna,', 'We zoeken vijf scholen voor een pilot. Is dat 20 minuten waard?', 'Jo') },
  ],
  invalid: [
    { name: 'English: "Worth 30 minutes …?"', options: en, text: mail('Hi Anna,', 'Our clients see faster shortlists.\n\nWorth 30 minutes to see how this works for your team?', 'Jo'), excerpts: ['Worth 30 minutes to see how this works for your team?'] },
    { name: 'Dutch: "Is dat 30 minuten waard?"', options: nl, text: mail('Hoi Anna,', 'We zoeken vijf scholen voor een pilot. Is dat 30 minuten waard?', 'Jo'), excerpts: ['Is dat 30 minuten waard?'] },
    { name: 'Dutch message: a 90-minute scan offered, then "Interesse?"', options: nlMessage, text: 'We bieden een gratis roosterscan aan (90 min). Geen verplichtingen, wel een concreet plan. Interesse?', excerpts: ['Interesse?'] },
    { name: 'English message: a 90-minute scan offered, then "Interested?"', options: enMessage, text: 'We offer a free roster scan (90 min). No obligations, just a concrete plan. Interested?', excerpts: ['Interested?'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'Dutch reply: a step offered for one answer to the question before', options: nlReply, text: 'Dank voor je reactie.\n\nIk heb de tijd tussen mijn bericht en jullie antwoord opgeschreven: ruim achtendertig uur.\n\nMijn vraag is deze: weten jullie zelf hoeveel uur daar gemiddeld tussen zit?\n\nAls het antwoord nee is, is dat geen verwijt. Ik heb er een vragenlijst voor gemaakt die je in vier minuten invult: voorbeeld.nl/scan.' },
    { name: 'English reply: a step offered for one answer to the question before', options: enReply, text: 'Thanks for your reply.\n\nI wrote down the time between my message and your answer: more than thirty-eight hours.\n\nMy question is this: would you like to see how your team compares?\n\nIf the answer is no, that is fine. I made a questionnaire you can fill in within four minutes: example.com/scan.' },
  ],
  invalid: [],
});

ruleCases('cta/too-early', {
  valid: [
    { name: 'English: a call asked as the last item of a list under a wish', options: en, text: mail('Hi Anna,', 'I noticed your school runs three sites. I am building a tool that plans rosters across sites in minutes.\n\nBefore I build further, I would love to understand your situation:\n\n1. How many hours a week go into the roster now?\n2. What is the hardest part of it right now?\n3. Would you be open to a 20-minute call this week to discuss?\n\nI am not selling anything yet, just checking whether the problem is worth solving.', 'Jo') },
    { name: 'Dutch: a call asked as the last item of a list under a wish', options: nl, text: mail('Hoi Anna,', 'Ik zag dat jullie school drie locaties heeft. Ik bouw een tool die roosters over locaties in een paar minuten plant.\n\nVoordat ik verder bouw, wil ik graag jullie situatie begrijpen:\n\n1. Hoeveel uur per week gaat er nu in het rooster?\n2. Wat is daar op dit moment het lastigste aan?\n3. Sta je open voor een belletje van 20 minuten deze week?\n\nIk verkoop nog niets, ik wil alleen weten of het probleem het oplossen waard is.', 'Jo') },
  ],
  invalid: [],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'English: "Two questions:" over a list is one reply', options: en, text: mail('Hi Anna,', 'Saw you just opened a third site. Planning rosters across sites is usually the next headache.\n\nTwo questions:\n1. Is cross-site planning a priority at your school?\n2. Who handles the rosters there?', 'Jo') },
  ],
  invalid: [],
});
