/**
 * A tenth and an eleventh round: real outreach measured before any change, and what it taught, in
 * our own sentences. Formality-switch fields ("{jou}", "{mocht_jij}") read as their words; "dan weet
 * je me te vinden: <site>" gives the writer's address; a conceded purpose ("ook als het alleen is om
 * te sparren") keeps "Stuur gerust een berichtje" an open door; "wilde graag connecten". Pressure not
 * seen: doubting the last mail reached the reader, "nog een laatste berichtje" / "one last note",
 * "korte bump" / "quick bump", "Ik hoorde nog niet van je", "Hire … today!". Pressure invented: a
 * promise of silence in a reply that takes the reader's no. Hedges and apologies not seen: "I was
 * hoping I could … and maybe even", "I don't want to clog your inbox", "Geen zorgen als je even geen
 * tijd hebt", "if this email is unexpected". Too big not seen: shop lines ("Get yours: <url>",
 * "Hire the best team …").
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enReply, mail, nl, nlMessage, nlReply } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch message: "en wilde graag connecten", the subject shared', options: nlMessage, text: 'Hoi Sam, ik zag dat je bij {{bedrijf}} de planning doet en wilde graag connecten.' },
    { name: 'English message: "and wanted to connect", the subject shared', options: enMessage, text: 'Hi Sam, saw your talk on school rosters and wanted to connect.' },
    { name: 'English: "let me know if … discussing how I can help" names a step', options: en, text: mail('Hi Sam,', 'We plan rosters for schools like yours.\n\nLet me know if you\'d be interested in discussing how I can help Oakfield save those hours.', 'Jo') },
    { name: 'Dutch: "laat me weten of … hoe ik kan helpen" names a step', options: nl, text: mail('Hoi Sam,', 'We plannen roosters voor scholen zoals de jouwe.\n\nLaat me weten of je interesse hebt om te bespreken hoe ik Oakfield kan helpen.', 'Jo') },
  ],
  invalid: [
    { name: 'English: "let me know if I can help" only offers help', options: en, text: mail('Hi Sam,', 'We plan rosters for schools like yours.\n\nLet me know if I can help.', 'Jo'), excerpts: ['Let me know if I can help.'] },
    { name: 'Dutch: "laat het me weten als ik ergens mee kan helpen" only offers help', options: nl, text: mail('Hoi Sam,', 'We plannen roosters voor scholen zoals de jouwe.\n\nLaat het me weten als ik ergens mee kan helpen.', 'Jo'), excerpts: ['Laat het me weten als ik ergens mee kan helpen.'] },
    {
      name: 'Dutch: formality fields, the writer\'s address and a conceded purpose ask nothing',
      options: nl,
      text: mail('{aanhef} {naam},', 'Ik ga {jou} niet langer lastigvallen.\n\n{mocht_jij} ooit vastlopen op je rooster, dan {weet_jij} me te vinden: {site}. Stuur gerust een berichtje, ook als het alleen is om even te sparren over {jouw} planning.', '{ondertekening}'),
      excerpts: ['Stuur gerust een berichtje, ook als het alleen is om even te sparren over {jouw} planning.'],
    },
    {
      name: 'English: "you know where to find me: <site>" gives the writer\'s address',
      options: en,
      text: mail('Hi Sam,', 'This is the last note on the rosters. We cut planning from two days to one hour at three schools.\n\nIf it ever matters, you know where to find me: https://example.com.', 'Jo'),
      excerpts: ['If it ever matters, you know where to find me: https://example.com.'],
    },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'Dutch reply: "Dan laat ik je met rust" takes the reader\'s no', options: nlReply, text: mail('Hoi Sam,', 'Helder, dank je wel voor je eerlijke antwoord. Dan laat ik je met rust.\n\nLoop je ooit vast op de roosters, stuur dan gerust een berichtje. Succes!', 'Jo') },
    { name: 'English reply: "I won\'t contact you again" takes the reader\'s no', options: enReply, text: mail('Hi Sam,', 'Understood, and thanks for the straight answer. I won\'t contact you again about the rosters.\n\nGood luck with the new term!', 'Jo') },
  ],
  invalid: [
    { name: 'English reply: tied to the reader\'s silence it still presses', options: enReply, text: mail('Hi Sam,', 'If I don\'t hear back from you, I won\'t contact you again. We still think the roster pilot fits your school.', 'Jo'), excerpts: ['If I don\'t hear back from you, I won\'t contact you'] },
    { name: 'Dutch reply: tied to the reader\'s silence it still presses', options: nlReply, text: mail('Hoi Sam,', 'Als ik niets meer van je hoor, laat ik je met rust. We denken nog steeds dat de pilot bij jullie school past.', 'Jo'), excerpts: ['Als ik niets meer van je hoor, laat ik je met rust'] },
    { name: 'Dutch: doubting the last mail reached the reader', options: nl, text: mail('Hoi {naam},', 'Nog even over mijn mailtje van vorige week, geen idee of het bij {jou} langs is\ngekomen. Zal ik het filmpje sturen?', 'Jo'), excerpts: ['geen idee of het bij {jou} langs is\ngekomen'] },
    { name: 'English: doubting the last mail reached the reader', options: en, text: mail('Hi Sam,', 'Circling back on my note from last week, not sure my email reached you. Shall I send the short video?', 'Jo'), excerpts: ['not sure my email reached you'] },
    { name: 'Dutch: "nog een laatste berichtje"', options: nl, text: mail('Hoi Sam,', 'Ik stuur hierover nog een laatste berichtje. Past een groep van twintig op zondag 18 oktober bij jullie?', 'Jo'), excerpts: ['nog een laatste berichtje'] },
    { name: 'English: "one last note"', options: en, text: mail('Hi Sam,', 'Sending one last note on this. Would a group of twenty on Sunday 18 October work for you?', 'Jo'), excerpts: ['one last note'] },
    { name: 'Dutch: "korte bump"', options: nl, text: mail('Hoi Sam,', 'Korte bump, geen druk. Zal ik jullie ook een proefdoos sturen?', 'Jo'), excerpts: ['bump'] },
    { name: 'English: "quick bump"', options: en, text: mail('Hi Sam,', 'Quick bump on this. Shall I send you a trial box too?', 'Jo'), excerpts: ['Quick bump'] },
    { name: 'Dutch: "Ik hoorde nog niet van je"', options: nl, text: mail('Beste Sam,', 'Ik hoorde nog niet van je; hierbij iets wat je misschien kunt gebruiken. Wat doe jij nu als een rooster vastloopt?', 'Jo'), excerpts: ['Ik hoorde nog niet van je'] },
    { name: 'English: "Hire … today!"', options: en, text: mail('Hi,', 'Do you struggle to find time to write?\n\nHire the best team of writers online today! We do the research for you.', 'Mike'), excerpts: ['Hire the best team of writers online today'] },
  ],
});

ruleCases('tone/timid', {
  valid: [],
  invalid: [
    { name: 'English: "I was hoping I could … and maybe even"', options: enMessage, text: 'Hi Sam, I\'m a student looking for an internship in planning. I was hoping I could send you my CV and you could give me some feedback, and maybe even a referral.', excerpts: ['I was hoping I could', 'and maybe even '] },
    { name: 'Dutch: "Ik hoopte dat je … en misschien zelfs"', options: nlMessage, text: 'Hoi Sam, ik ben student en zoek een stage in planning. Ik hoopte dat je naar mijn cv kon kijken, en misschien zelfs een introductie kon doen.', excerpts: ['Ik hoopte dat je', 'en misschien zelfs '] },
    { name: 'English: "I don\'t want to clog your inbox"', options: en, text: mail('Hi Sam,', 'I don\'t want to clog your inbox, so this is short. If the timing isn\'t right, I completely understand. Who handles rosters at your school?', 'Jo'), excerpts: ['I don\'t want to clog your inbox, so', 'If the timing isn\'t right, '] },
    { name: 'Dutch: "Geen zorgen als je even geen tijd hebt"', options: nl, text: mail('Hoi Sam,', 'Ik wilde even checken of je mijn vorige mail hebt ontvangen.\n\nGeen zorgen als je even geen tijd hebt. Wil je even bellen?', 'Jo'), excerpts: ['Ik wilde even checken', 'Geen zorgen als je even geen tijd hebt.'] },
    { name: 'English: "if this email is unexpected" apologises for writing', options: en, text: mail('Hi Sam,', 'We apologize if this email is unexpected. We help schools recover planning hours. Would a short call work?', 'Jo'), excerpts: ['We apologize if this email is unexpected.'] },
    { name: 'Dutch: "als deze mail onverwacht komt" apologises for writing', options: nl, text: mail('Hoi Sam,', 'Excuses als deze mail onverwacht komt. We helpen scholen planningsuren terugwinnen. Zullen we kort bellen?', 'Jo'), excerpts: ['Excuses als deze mail onverwacht komt.'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'English: "Get yours free" is no purchase', options: en, text: mail('Hi Sam,', 'We wrote a planning checklist for schools. Get yours free: https://example.com/checklist', 'Jo') },
  ],
  invalid: [
    { name: 'English: a shop line "Get Yours: <url>"', options: en, text: mail('Hi,', 'Our neck massager ends neck pain in twenty minutes. 50% off this week.\n\nGet Yours: example.com', 'Mel'), excerpts: ['Get Yours: example.com'] },
    { name: 'English: "Hire the best team …" on a first touch', options: en, text: mail('Hi,', 'Do you struggle to find time to write?\n\nHire the best team of writers online! We do the research for you.', 'Mike'), excerpts: ['Hire the best team of writers online!'] },
    { name: 'Dutch: "Huur ons in" on a first touch', options: nl, text: mail('Hallo,', 'Geen tijd om te schrijven? Huur ons in voor je blog en wij doen het onderzoek.', 'Mike'), excerpts: ['Huur ons in voor je blog en wij doen het onderzoek.'] },
  ],
});
